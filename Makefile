# danvan — the two commands a newcomer needs: `make run` and `make test`.
SWIFT ?= swift
BIN := .build/release/danvan

.PHONY: deps build run test bench fuzz faults clean

# `make bench`: the benchmark table (BENCHMARKS.md). BENCH_CONFIG=debug measures a debug build instead.
BENCH_CONFIG ?= release
BENCH_ARGS ?=
# `make fuzz`: each libFuzzer target for FUZZ_SECONDS (or FUZZ_RUNS inputs); crashes land in Tests/RobustnessTests/Corpus.
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?= 0
FUZZ_TARGETS ?= question tasks-csv plan
# `make faults`: SIGKILLs of a writing danvan (the normal suite runs 10).
FAULT_KILLS ?= 200

# Installs what is missing on a fresh Debian machine (run as root): libedit's headers (libedit-dev,
# which brings the library the REPL loads) and SQLite's (libsqlite3-dev, for GRDB).
deps:
	@missing=""; \
	[ -f /usr/include/histedit.h ] || missing="$$missing libedit-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	if [ -n "$$missing" ]; then \
		echo "Cài đặt$$missing…"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product danvan

run: build
	$(BIN)

# The PostgreSQL tests run against a real, throwaway server: bench/pg-cluster.sh installs Debian's
# postgresql when missing, starts a cluster (temp data dir, free port, non-root OS user) and exports
# DANVAN_TEST_PG; it is stopped and removed after the tests, even when they fail. A DANVAN_TEST_PG
# already set (your own server) is used as it is. DANVAN_PG_FULL=1: the 15 × 200 concurrency run.
test: deps
	$(SWIFT) build --build-tests
	# All tests are XCTest: no empty Swift Testing summary after XCTest's closing line.
	@if [ -n "$$DANVAN_TEST_PG" ]; then exec $(SWIFT) test --disable-swift-testing; fi; \
	set -e; env_file=$$(mktemp); bench/pg-cluster.sh start > "$$env_file"; . "$$env_file"; rm -f "$$env_file"; \
	trap 'bench/pg-cluster.sh stop "$$DANVAN_PG_CLUSTER"' EXIT; \
	echo "PostgreSQL tạm cho kiểm thử: $$DANVAN_TEST_PG"; \
	$(SWIFT) test --disable-swift-testing

bench: deps
	python3 bench/run.py --config $(BENCH_CONFIG) $(BENCH_ARGS)

fuzz: deps
	$(SWIFT) build -c release --product danvan-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_RUNS=$(FUZZ_RUNS) bench/fuzz.sh $(FUZZ_TARGETS)

faults: deps
	DANVAN_FAULT_KILLS=$(FAULT_KILLS) DANVAN_FAULT_FULL=1 $(SWIFT) test --filter RobustnessTests.FaultTests

clean:
	rm -rf .build .build-fuzz
