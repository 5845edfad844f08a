# Twinning: `make run` to try it, `make test` for every check. See README.md.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/.tools/binaryen/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= always

DATABASE_URL ?= data/twinning.db
TWINNING_ADDR ?= 127.0.0.1:8080
SERVER := target/release/twinning

.PHONY: help tools run spa server test lint fmt-check clippy domain-check test-sqlite \
        test-postgres e2e e2e-run contract contract-run deny bench bench-api openapi clean

help:
	@echo "make run     build everything and serve http://$(TWINNING_ADDR) on SQLite with the demo network"
	@echo "make test    every check: fmt, clippy, cargo deny, domain on wasm32, tests on SQLite and PostgreSQL, OpenAPI drift, SPA build, contract, browser tests"
	@echo "make contract  schemathesis against the served OpenAPI document, on SQLite and PostgreSQL at once"
	@echo "make deny    cargo deny: licences, banned and duplicate crates, sources"
	@echo "make bench   benchmarks: the matching engine, then the job queue (bench-api)"
	@echo "make bench-api  job-queue throughput (jobs/s through the worker) on SQLite and PostgreSQL"
	@echo "make openapi regenerate openapi/openapi.json"

tools:
	@scripts/install-tools.sh

spa: tools
	@echo "==> building the web app (Trunk, release)"
	cd frontend && trunk build --release=true

server:
	@echo "==> building the server (release)"
	cargo build --release --locked -p twinning-api

run: spa server
	@mkdir -p data
	DATABASE_URL=$(DATABASE_URL) TWINNING_ADDR=$(TWINNING_ADDR) TWINNING_STATIC_DIR=frontend/dist \
		$(SERVER) serve --demo

test:
	@scripts/test.sh

lint: fmt-check clippy

fmt-check:
	@echo "==> cargo fmt --check"
	cargo fmt --all -- --check

clippy: tools
	@echo "==> clippy (host crates, then the SPA on wasm32)"
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked -p twinning-frontend --target wasm32-unknown-unknown -- -D warnings

domain-check: tools
	@echo "==> crates/domain builds for wasm32 and stays free of diesel"
	cargo check --locked -p twinning-domain --target wasm32-unknown-unknown
	@if cargo tree --locked -p twinning-domain -e normal,build --target all --prefix none | grep -q '^diesel'; then \
		echo "ERROR: diesel is in the dependency tree of crates/domain" >&2; exit 1; fi

test-sqlite:
	@echo "==> unit and integration tests on SQLite (includes the OpenAPI drift check)"
	TWINNING_TEST_BACKEND=sqlite cargo test --locked

test-postgres:
	@echo "==> store and integration tests on PostgreSQL"
	@status=0; scripts/ensure-postgres.sh || status=$$?; \
	if [ $$status -eq 0 ]; then \
		TWINNING_TEST_BACKEND=postgres cargo test --locked -p twinning-store && \
		TWINNING_TEST_BACKEND=postgres cargo test --locked -p twinning-api --test integration; \
	elif [ $$status -ne 3 ]; then exit $$status; fi

e2e: spa server e2e-run

# The browser suites of both backends run at once, each against its own server and database.
e2e-run:
	@scripts/install-tools.sh --browser
	@status=0; scripts/ensure-postgres.sh || status=$$?; \
	if [ $$status -eq 0 ]; then scripts/e2e-both.sh sqlite postgres; \
	elif [ $$status -eq 3 ]; then scripts/e2e-both.sh sqlite; \
	else exit $$status; fi

# The API's contract from outside (scripts/contract.sh), with the release server, on both
# backends at once.
contract: server contract-run

contract-run:
	@scripts/install-tools.sh --contract
	@status=0; scripts/ensure-postgres.sh || status=$$?; \
	if [ $$status -eq 0 ]; then scripts/contract.sh sqlite postgres; \
	elif [ $$status -eq 3 ]; then scripts/contract.sh sqlite; \
	else exit $$status; fi

# Licences, bans and sources of every crate in the lock file (deny.toml). Not advisories: their
# database cannot be fetched here (see README).
deny: tools
	@echo "==> cargo deny check licenses bans sources"
	cargo deny --locked check licenses bans sources

bench:
	cargo bench --locked -p twinning-matching
	@$(MAKE) --no-print-directory bench-api

# Jobs per second through the worker, on SQLite and (when it answers) PostgreSQL.
bench-api:
	@status=0; scripts/ensure-postgres.sh || status=$$?; \
	if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then exit $$status; fi
	cargo bench --locked -p twinning-flows --bench queue

openapi:
	cargo run --locked -q -p twinning-api -- openapi > openapi/openapi.json
	@echo "openapi/openapi.json regenerated"

clean:
	cargo clean
	rm -rf frontend/dist .tools e2e/node_modules
