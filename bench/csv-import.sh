#!/usr/bin/env bash
# `danvan tasks import` of a large generated CSV: time, rows per second and peak RSS (/usr/bin/time -v).
#
#   bench/csv-import.sh ROWS [DANVAN]      # e.g. bench/csv-import.sh 1000000; CI: bench/csv-import.sh 20000
#
# DANVAN defaults to the release build (.build/release/danvan, as `make build` makes it). The rows
# spread over 200 generated units added to a copy of Data/units.yaml (bench/generate.py), as
# `make bench` does. Prints one line: rows, seconds, rows/s, peak RSS in MiB; exits 1 when the
# import fails or misses the issue-16 targets (>= 10,000 rows/s, <= 150 MiB).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROWS=${1:?usage: bench/csv-import.sh ROWS [DANVAN]}
DANVAN=${2:-$ROOT/.build/release/danvan}
UNITS=200
WORK=$(mktemp -d "${TMPDIR:-/tmp}/danvan-csv-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cp -r "$ROOT/Data" "$WORK/data"
python3 "$ROOT/bench/generate.py" units "$UNITS" "$WORK/data/units.yaml"
python3 "$ROOT/bench/generate.py" tasks "$ROWS" "$UNITS" "$WORK/tasks.csv"
mkdir -p "$WORK/home" "$WORK/cache" "$WORK/config" "$WORK/state"
export HOME="$WORK/home" XDG_CACHE_HOME="$WORK/cache" XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state" \
       XDG_DATA_HOME="$WORK/home/.local/share"
start=$(date +%s.%N)
/usr/bin/time -v -o "$WORK/time.txt" "$DANVAN" tasks import --today 2025-09-10 --data "$WORK/data" \
    --store "$WORK/tasks.sqlite" "$WORK/tasks.csv" > "$WORK/out.txt"
end=$(date +%s.%N)
rss_kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
python3 - "$ROWS" "$start" "$end" "$rss_kib" <<'PY'
import sys
rows, start, end, rss = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
secs = end - start
rate = rows / secs
mib = rss / 1024
ok = rate >= 10000 and mib <= 150
print(f"tasks import {rows:,} rows: {secs:.1f} s, {rate:,.0f} rows/s, peak RSS {mib:.0f} MiB"
      f" (targets >= 10,000 rows/s, <= 150 MiB: {'ok' if ok else 'MISSED'})")
sys.exit(0 if ok else 1)
PY
