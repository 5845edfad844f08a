#!/usr/bin/env bash
# Installs what building and testing Twinning needs and this machine lacks, and says so as it
# goes. Safe to run again: each step checks first. Nothing is downloaded from outside the
# package registries (crates.io, npm, PyPI, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
CARGO_DENY_VERSION=0.20.2
TOOLS="$PWD/.tools"
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_install() {
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq "$@"
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq "$@"
  fi
}

# `--contract`: only what the contract tests need (scripts/contract.sh): schemathesis from
# PyPI, with every dependency pinned, in a venv of its own.
if [ "${1:-}" = "--contract" ]; then
  venv="$TOOLS/venv"
  if ! cmp -s scripts/contract/requirements.txt "$venv/requirements.txt" 2>/dev/null; then
    step "installing schemathesis (PyPI, scripts/contract/requirements.txt) into .tools/venv"
    rm -rf "$venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
      step "python3 has no venv module; installing Debian's python3-venv"
      apt_install python3-venv
      rm -rf "$venv"
      /usr/bin/python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r scripts/contract/requirements.txt
    cp scripts/contract/requirements.txt "$venv/requirements.txt"
  fi
  exit 0
fi

# The wasm-bindgen CLI must be exactly the library version the lock file resolved.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  step "installing Trunk $TRUNK_VERSION (builds from source, about 15 minutes on 2 cores, once per machine)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ -n "$WASM_BINDGEN_VERSION" ] && ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 7 minutes, once per machine)"
  # Not --locked: its lock file pins a webpki-roots release the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! cargo deny --version 2>/dev/null | grep -q "$CARGO_DENY_VERSION"; then
  step "installing cargo-deny $CARGO_DENY_VERSION (builds from source, several minutes on 2 cores, once per machine)"
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
fi

# Debian's binaryen produces a wasm that crashes on load; npm's 132 works.
if ! "$TOOLS/binaryen/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version 132"; then
  step "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into .tools/"
  mkdir -p "$TOOLS/binaryen"
  (cd "$TOOLS/binaryen" && npm install --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION")
fi

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    step "installing Debian's Chromium for the browser tests"
    apt_install chromium
  fi
  # Again whenever the lock file changed since the last install.
  if [ ! -d e2e/node_modules/@playwright/test ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
    step "installing the browser-test packages (npm, without Playwright's own browsers)"
    (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
fi

step "fetching crates for offline builds"
cargo fetch --locked >/dev/null
