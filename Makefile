# danvan — the two commands a newcomer needs: `make run` and `make test`.
SWIFT ?= swift
BIN := .build/release/danvan

.PHONY: deps build run test bench fuzz clean

# Installs what is missing on a fresh Debian machine (run as root): libedit's headers and pkg-config.
deps:
	@if [ ! -f /usr/include/histedit.h ] || ! command -v pkg-config >/dev/null 2>&1; then \
		echo "Cài đặt libedit-dev, pkg-config…"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y libedit-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build -c release --product danvan

run: build
	$(BIN)

test: deps
	$(SWIFT) build
	$(SWIFT) test

clean:
	rm -rf .build
