#!/usr/bin/env bash
# Runs the browser suites of the given backends at the same time, each with its output
# prefixed by its backend, and fails if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
declare -A pids
for backend in "$@"; do
  (scripts/e2e.sh "$backend" 2>&1 | sed -u "s/^/[$backend] /") &
  pids[$backend]=$!
done
failed=()
for backend in "$@"; do
  wait "${pids[$backend]}" || failed+=("$backend")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "browser tests FAILED on: ${failed[*]}" >&2
  exit 1
fi
echo "browser tests passed on: $*"
