#!/usr/bin/env bash
# Runs the browser tests against the release server on a fresh database of one backend
# (sqlite | postgres), loaded with the demo network. Stops the server and drops the database.
# Further arguments go to Playwright (`scripts/e2e.sh sqlite tests/members.spec.ts`).
set -euo pipefail
cd "$(dirname "$0")/.."
backend="${1:?usage: scripts/e2e.sh sqlite|postgres}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
work=$(mktemp -d)
db_name="twinning_e2e_$$"
case "$backend" in
  sqlite) export DATABASE_URL="$work/twinning.db" ;;
  postgres)
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $db_name"
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db_name" ;;
  *) echo "unknown backend $backend" >&2; exit 2 ;;
esac
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "${sink:-}" ] && kill "$sink" 2>/dev/null && wait "$sink" 2>/dev/null || true
  if [ "$backend" = postgres ]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db_name WITH (FORCE)" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The server's mail goes to an SMTP server of the tests' own, which keeps each message as a
# file in $TWINNING_MAILBOX_DIR for e2e/mailbox.ts to read.
smtp_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export TWINNING_MAILBOX_DIR="$work/mailbox"
node e2e/mail-sink.mjs "$smtp_port" "$TWINNING_MAILBOX_DIR" > "$work/mail-sink.log" 2>&1 &
sink=$!
for _ in $(seq 1 50); do
  grep -q "mail sink on" "$work/mail-sink.log" 2>/dev/null && break
  kill -0 "$sink" 2>/dev/null || { cat "$work/mail-sink.log"; exit 1; }
  sleep 0.1
done

# Every browser signs up, logs in and refreshes from 127.0.0.1: the per-address limits are raised
# so that the suites, not the limits, decide. (`serve --demo` needs no TWINNING_JWT_SECRET.)
TWINNING_SMTP_URL="smtp://127.0.0.1:$smtp_port" TWINNING_PUBLIC_URL="http://127.0.0.1:$port" \
TWINNING_ADDR="127.0.0.1:$port" TWINNING_STATIC_DIR=frontend/dist RUST_LOG=warn TWINNING_INSECURE_FAST_PASSWORDS=true \
  TWINNING_REGISTER_PER_HOUR=10000 TWINNING_REFRESH_PER_MINUTE=10000 TWINNING_RESET_PER_HOUR=10000 TWINNING_LOGIN_PER_MINUTE=10000 \
  target/release/twinning serve --demo > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.2
done
echo "server on $backend at http://127.0.0.1:$port"
(cd e2e && TWINNING_BASE_URL="http://127.0.0.1:$port" npx playwright test --output "test-results/$backend" "${@:2}") || { echo "--- server log"; tail -50 "$work/server.log"; exit 1; }
