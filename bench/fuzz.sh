#!/bin/sh
# `make fuzz`: runs each libFuzzer target of .build-fuzz/release/danvan-fuzz for FUZZ_SECONDS seconds
# (or FUZZ_RUNS inputs when set above 0), seeded from the saved corpus and the repository's examples.
# A crashing, hanging (-timeout) or memory-hungry (-rss_limit_mb) input is written to
# Tests/RobustnessTests/Corpus/<target>/ (replayed by the normal test suite) and the script fails.
set -eu
cd "$(dirname "$0")/.."
BIN=.build-fuzz/release/danvan-fuzz
SECONDS_EACH=${FUZZ_SECONDS:-60}
RUNS=${FUZZ_RUNS:-0}
TARGETS=${*:-question tasks-csv plan docx xlsx snapshot}
status=0
for target in $TARGETS; do
    work=.build-fuzz/corpus/$target
    seeds=.build-fuzz/seeds/$target
    saved=Tests/RobustnessTests/Corpus/$target
    mkdir -p "$work" "$seeds" "$saved"
    case $target in
        question)
            max_len=512
            python3 - "$seeds" bench/questions.txt bench/task-questions.txt bench/task-commands.txt <<'PY'
import os, sys
out = sys.argv[1]
words = set()
for path in sys.argv[2:]:
    for i, line in enumerate(open(path, encoding="utf-8")):
        line = line.strip()
        if line and not line.startswith("#"):
            open(os.path.join(out, f"{os.path.basename(path)}-{i}"), "w", encoding="utf-8").write(line)
            words.update(line.split())
with open(os.path.join(os.path.dirname(out), "question.dict"), "w", encoding="utf-8") as f:
    for w in sorted(words):
        esc = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "".join(f"\\x{b:02x}" for b in c.encode()) for c in w)
        f.write(f'"{esc}"\n')
PY
            dict="-dict=.build-fuzz/seeds/question.dict" ;;
        tasks-csv)
            max_len=8192
            cp Data/examples/*.csv "$seeds"/
            python3 bench/generate.py tasks 20 5 "$seeds/generated.csv"
            dict="" ;;
        plan)
            max_len=32768
            cp Tests/DanVanKnowledgeTests/Fixtures/*.txt "$seeds"/
            python3 bench/generate.py plans 3 "$seeds"
            dict="" ;;
        docx)
            max_len=65536
            # Seeds: the document.xml of the repository's .docx fixtures, and a tiny paragraph.
            python3 - "$seeds" Tests/DanVanKnowledgeTests/Fixtures <<'PY'
import glob, os, sys, zipfile
out, fixtures = sys.argv[1], sys.argv[2]
for path in glob.glob(os.path.join(fixtures, "*.docx")):
    with zipfile.ZipFile(path) as z:
        open(os.path.join(out, os.path.basename(path) + ".xml"), "wb").write(z.read("word/document.xml"))
open(os.path.join(out, "tiny.xml"), "w", encoding="utf-8").write(
    "<w:document><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:body></w:document>")
PY
            dict="" ;;
        xlsx)
            max_len=65536
            # Seeds: a small task workbook (shared and inline strings, a date, a formula, a merge), whole and
            # as its parts joined by NUL bytes (the fuzzer's split form: sheet1, sharedStrings, workbook, styles).
            python3 - "$seeds" <<'PY'
import os, sys, zipfile
out = sys.argv[1]
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
parts = {
    "xl/worksheets/sheet1.xml": f'<worksheet {ns}><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="inlineStr"><is><t>Phòng Văn hóa - Xã hội</t></is></c>'
        '<c r="C2" s="1"><v>45930</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" s="1"><v>45940</v></c><c r="D3" t="b"><v>1</v></c></row>'
        '</sheetData><mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells></worksheet>',
    "xl/sharedStrings.xml": f'<sst {ns}><si><t>Nội dung nhiệm vụ</t></si><si><t>Đơn vị chủ trì</t></si>'
        '<si><t>Thời gian hoàn thành</t></si><si><t>Họp tổ dân vận</t></si><si><r><t>Tuyên </t></r><r><t>truyền</t></r></si></sst>',
    "xl/workbook.xml": f'<workbook {ns} {rel}><workbookPr date1904="0"/><sheets><sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/styles.xml": f'<styleSheet {ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>',
}
rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
with zipfile.ZipFile(os.path.join(out, "workbook.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for path, text in parts.items():
        z.writestr(path, text)
    z.writestr("xl/_rels/workbook.xml.rels", rels)
order = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"]
open(os.path.join(out, "parts"), "wb").write(b"\0".join(parts[p].encode() for p in order))
open(os.path.join(out, "sheet-only"), "wb").write(parts[order[0]].encode())
PY
            dict="" ;;
        snapshot)
            max_len=4096
            printf '\0' >"$seeds/whole"
            printf '\0\0\0\0\377\0\1\0\0\7' >"$seeds/edit"
            dict="" ;;
        *)
            max_len=65536
            dict="" ;;
    esac
    if [ "$RUNS" -gt 0 ]; then limit="-runs=$RUNS"; else limit="-max_total_time=$SECONDS_EACH"; fi
    echo "== fuzz $target ($limit)"
    log=.build-fuzz/fuzz-$target.log
    if SWIFT_BACKTRACE=enable=no DANVAN_FUZZ_TARGET=$target "$BIN" "$work" "$seeds" "$saved" $dict $limit -max_len=$max_len -timeout=10 \
        -rss_limit_mb=1024 -print_final_stats=1 -artifact_prefix="$saved/" >"$log" 2>&1; then
        :
    else
        status=1
        echo "   FAILED: see $log and $saved/"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$log" | sed 's/^/   /' || true
done
exit $status
