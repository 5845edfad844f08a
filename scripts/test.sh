#!/usr/bin/env bash
# `make test`: every check, stage by stage, with each stage's time and a summary at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -a SUMMARY=()
stage() {
  local name=$1; shift
  local start=$SECONDS
  printf '\033[1m==> %s\033[0m\n' "$name"
  "$@"
  local took=$((SECONDS - start))
  SUMMARY+=("$(printf '%-48s %5ds' "$name" "$took")")
  printf '\033[1m<== %s: %ds\033[0m\n' "$name" "$took"
}

stage "tools (installed once per machine)" make -s tools
stage "cargo fmt --check" make -s fmt-check
stage "clippy (host crates and the SPA on wasm32)" make -s clippy
stage "cargo deny: licences, bans, sources" make -s deny
stage "domain on wasm32, no diesel in its tree" make -s domain-check
stage "unit and integration tests on SQLite" make -s test-sqlite
stage "integration tests on PostgreSQL" make -s test-postgres
stage "release build: server and SPA" make -s server spa
stage "contract (schemathesis), both backends at once" make -s contract-run
stage "browser tests, both backends at once" make -s e2e-run

echo
echo "Stage times:"
printf '  %s\n' "${SUMMARY[@]}"
echo "==> all checks passed in ${SECONDS}s"
