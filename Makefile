# danvan — the two commands a newcomer needs: `make run` and `make test`.
SWIFT ?= swift
BIN := .build/release/danvan
# danvan-pg: danvan with the PostgreSQL client, which danvan hands `postgresql://` stores and `admin` over to.
PG_BIN := .build/release/danvan-pg
# The release build links the Swift runtime and Foundation statically: no dynamic loading and relocation of
# a dozen Swift libraries on every start (a cold `danvan ask` is about a third faster). libedit is still
# loaded with dlopen when the REPL starts. `make test` (debug) stays dynamically linked.
RELEASE_FLAGS := --static-swift-stdlib

.PHONY: deps office-tools build-danvan build run test bench fuzz faults clean install uninstall man

# `make install PREFIX=…`: the binary, its data, the man page and the bash/zsh/fish completions.
PREFIX ?= /usr/local
DESTDIR ?=

# `make bench`: the benchmark table (BENCHMARKS.md). BENCH_CONFIG=debug measures a debug build instead.
BENCH_CONFIG ?= release
BENCH_ARGS ?=
# `make fuzz`: each libFuzzer target for FUZZ_SECONDS (or FUZZ_RUNS inputs); crashes land in Tests/RobustnessTests/Corpus.
# All six by default, the file readers (.docx, .xlsx) and the snapshot decoder included; FUZZ_TARGETS=xlsx runs one.
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?= 0
FUZZ_TARGETS ?= question tasks-csv plan docx xlsx snapshot
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

# The report's PDF and Excel checks (DocxDecreeFormTests, ReportWriterTests, XlsxOutputTests) convert with
# LibreOffice (soffice) and read the PDF with pdftotext: Debian's headless LibreOffice (Writer, Calc),
# poppler-utils and Liberation 2 (Times New Roman's metrics, with the Vietnamese letters Liberation 1 lacks)
# are installed when missing — about 100 MB, a minute. Without root or a mirror those tests print a notice and are skipped; the rest run.
office-tools:
	@missing=""; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui libreoffice-calc-nogui"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || missing="$$missing fonts-liberation2"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Cài đặt$$missing (kiểm thử PDF và Excel của báo cáo)…"; \
			{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; } \
				|| echo "Không cài được LibreOffice: bỏ qua các kiểm thử PDF và Excel của báo cáo." >&2; \
		else \
			echo "Thiếu$$missing (cần quyền root để cài): bỏ qua các kiểm thử PDF và Excel của báo cáo." >&2; \
		fi; \
	fi

# `make run` builds danvan alone (a few minutes); `make build` and `make install` also build danvan-pg, the
# PostgreSQL backend an office's shared store needs (postgres-nio and its TLS stack: much longer on 2 cores).
build-danvan: deps
	$(SWIFT) build -c release --product danvan $(RELEASE_FLAGS)

build: build-danvan
	$(SWIFT) build -c release --product danvan-pg $(RELEASE_FLAGS)

run: build-danvan
	$(BIN)

# The PostgreSQL tests run against a real, throwaway server: bench/pg-cluster.sh installs Debian's
# postgresql when missing, starts a cluster (temp data dir, free port, non-root OS user) and exports
# DANVAN_TEST_PG; it is stopped and removed after the tests, even when they fail. A DANVAN_TEST_PG
# already set (your own server) is used as it is. DANVAN_PG_FULL=1: the 15 × 200 concurrency run.
test: deps office-tools
	$(SWIFT) build --build-tests
	# All tests are XCTest: no empty Swift Testing summary after XCTest's closing line.
	# A throwaway PostgreSQL cluster for the shared-store tests (bench/pg-cluster.sh), stopped after.
	# If it cannot be installed or started, the PostgreSQL tests say they are skipped; the rest run.
	@if [ -n "$$DANVAN_TEST_PG" ]; then exec $(SWIFT) test --disable-swift-testing; fi; \
	env_file=$$(mktemp); \
	if bench/pg-cluster.sh start > "$$env_file"; then \
		. "$$env_file"; trap 'bench/pg-cluster.sh stop "$$DANVAN_PG_CLUSTER"' EXIT; \
		echo "PostgreSQL tạm cho kiểm thử: $$DANVAN_TEST_PG"; \
	else \
		echo "Không khởi động được PostgreSQL tạm: bỏ qua các kiểm thử PostgreSQL." >&2; \
	fi; \
	rm -f "$$env_file"; \
	$(SWIFT) test --disable-swift-testing

bench: deps
	python3 bench/run.py --config $(BENCH_CONFIG) $(BENCH_ARGS)

fuzz: deps
	$(SWIFT) build -c release --product danvan-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_RUNS=$(FUZZ_RUNS) bench/fuzz.sh $(FUZZ_TARGETS)

faults: deps
	DANVAN_FAULT_KILLS=$(FAULT_KILLS) DANVAN_FAULT_FULL=1 $(SWIFT) test --filter RobustnessTests.FaultTests

# The man page, generated from the command definitions by swift-argument-parser's plugin.
# The tool behind the plugin is run directly: it drops non-ASCII letters, so danvan hands them over
# as ZZU1EE3ZZ tokens (DANVAN_MAN_ASCII=1) which sed turns into roff's \[u1EE3].
man: build
	$(SWIFT) build -c release --product generate-manual $(RELEASE_FLAGS)
	mkdir -p .build/man
	DANVAN_MAN_ASCII=1 .build/release/generate-manual $(BIN) --output-directory .build/man
	sed -i -E 's/ZZU([0-9A-F]{4,6})ZZ/\\[u\1]/g' .build/man/danvan.1

install: build man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/danvan $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/danvan
	install -m 755 $(PG_BIN) $(DESTDIR)$(PREFIX)/bin/danvan-pg
	rm -rf $(DESTDIR)$(PREFIX)/share/danvan/Data $(DESTDIR)$(PREFIX)/share/danvan/Intents
	cp -R Data Intents $(DESTDIR)$(PREFIX)/share/danvan/
	install -m 644 .build/man/danvan.1 $(DESTDIR)$(PREFIX)/share/man/man1/danvan.1
	$(DESTDIR)$(PREFIX)/bin/danvan completion script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/danvan
	$(DESTDIR)$(PREFIX)/bin/danvan completion script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_danvan
	$(DESTDIR)$(PREFIX)/bin/danvan completion script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/danvan.fish
	@echo "Đã cài danvan và danvan-pg vào $(DESTDIR)$(PREFIX) (man danvan; gợi ý Tab cho bash, zsh, fish)."

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/danvan $(DESTDIR)$(PREFIX)/bin/danvan-pg $(DESTDIR)$(PREFIX)/share/man/man1/danvan.1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/danvan $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_danvan \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/danvan.fish
	rm -rf $(DESTDIR)$(PREFIX)/share/danvan

clean:
	rm -rf .build .build-fuzz
