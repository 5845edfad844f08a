#!/usr/bin/env bash
# The API's contract, tested from outside: schemathesis reads the OpenAPI document the server
# serves (/api/openapi.json), sends each operation generated requests, valid and not, and fails
# on any 5xx, undocumented status or content type, or body that breaks its schema
# (scripts/contract/schemathesis.toml). One fresh database with the demo network per backend;
# several backends given run at once, each line prefixed by its backend.
#
#   scripts/contract.sh sqlite [postgres]
#
# Each backend is tested four times, one after the other, against the same server:
#   anonymous  every operation, no credentials;
#   api-key    every operation, as the demo partner API key (printed by `serve --demo`);
#   person     every operation as the demo network admin (also an org admin), except those
#              that would end or weaken the run's own credentials (SELF_ENDING, ADMIN_ON_SELF);
#   self       last: as the demo member, only the calls about their own account, including
#              logout and the others that end it.
# Settings (environment): TWINNING_BIN (default target/release/twinning), CONTRACT_EXAMPLES
# (examples per operation, default 15), CONTRACT_TIMEOUT (hard limit of each run in seconds,
# default 150), CONTRACT_SEED (default: random, printed; pass it again to replay a failure).
# Reports stay in target/contract/<backend>/: each run's log and JUnit XML, and the server log.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -gt 1 ]; then
  declare -A pids
  for backend in "$@"; do
    ("$0" "$backend" 2>&1 | sed -u "s/^/[$backend] /") &
    pids[$backend]=$!
  done
  failed=()
  for backend in "$@"; do
    wait "${pids[$backend]}" || failed+=("$backend")
  done
  if [ ${#failed[@]} -gt 0 ]; then
    echo "contract tests FAILED on: ${failed[*]} (reports in target/contract/)" >&2
    exit 1
  fi
  echo "contract tests passed on: $*"
  exit 0
fi

backend="${1:?usage: scripts/contract.sh sqlite|postgres ...}"
bin="${TWINNING_BIN:-target/release/twinning}"
schemathesis=.tools/venv/bin/schemathesis
examples="${CONTRACT_EXAMPLES:-15}"
limit="${CONTRACT_TIMEOUT:-150}"
seed="${CONTRACT_SEED:-$(python3 -c 'import secrets; print(secrets.randbelow(2**31))')}"
[ -x "$bin" ] || { echo "no server binary at $bin (make server, or set TWINNING_BIN)" >&2; exit 2; }
[ -x "$schemathesis" ] || { echo "schemathesis is not installed: run scripts/install-tools.sh --contract" >&2; exit 2; }

# Calls that end the caller's own session or account, or change what it may do: left out of
# the person run (they would cut it short or quietly shrink what it reaches) and run last, in
# the self run. The integration tests cover what they do.
SELF_ENDING='^/api/v1/(auth/logout|me(/.*)?)$'
# Admin actions that may land on the admin's own account or organisation (people are small
# integers, and stateful runs follow links from lists to real slugs).
ADMIN_ON_SELF='^/api/v1/(admin/people/[^/]+/(disable|network-admin)|admin/organisations/[^/]+/(suspend|reject|merge)|organisations/[^/]+/(members/[^/]+|admin-transfer))$'

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
out="target/contract/$backend"
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
db_name="twinning_contract_$$"
case "$backend" in
  sqlite) export DATABASE_URL="$work/twinning.db" ;;
  postgres)
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $db_name"
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db_name" ;;
  *) echo "unknown backend $backend" >&2; exit 2 ;;
esac
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  if [ "$backend" = postgres ]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db_name WITH (FORCE)" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Limits high enough that generated traffic is never throttled: a 429 is documented, so it
# would pass, but it would hide everything behind it. Unknown names are ignored by the server.
export TWINNING_LOGIN_PER_MINUTE=1000000
export TWINNING_API_KEY_PER_MINUTE=1000000
export TWINNING_REGISTER_PER_HOUR=1000000
export TWINNING_REFRESH_PER_MINUTE=1000000
export TWINNING_RESET_PER_HOUR=1000000
export TWINNING_LOGIN_FREE_FAILURES=1000000
export TWINNING_LOGIN_ACCOUNT_FAILURES_PER_HOUR=1000000
export TWINNING_LOGIN_DELAY_MAX_SECS=1
TWINNING_JWT_SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')
export TWINNING_JWT_SECRET
TWINNING_ADDR="127.0.0.1:$port" TWINNING_STATIC_DIR="$work/no-spa" RUST_LOG=error \
  TWINNING_INSECURE_FAST_PASSWORDS=true TWINNING_WORKER=off \
  "$bin" serve --demo > "$out/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fsS "$base/api/v1/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$out/server.log"; exit 1; }
  sleep 0.2
done
echo "server on $backend at $base; seed $seed, $examples examples per operation"

login() {
  local answer
  answer=$(curl -sS -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}")
  python3 -c 'import json, sys; print(json.loads(sys.argv[1])["tokens"]["access_token"])' "$answer" 2>/dev/null ||
    { echo "cannot log in as $1 (did an earlier run disable or change it?): $answer" >&2; exit 1; }
}
api_key=$(grep -o 'twk_[A-Za-z0-9_-]*' "$out/server.log" | head -1)
[ -n "$api_key" ] || { echo "serve --demo printed no API key" >&2; exit 1; }

failed=()
run() {
  local name=$1; shift
  local start=$SECONDS status=0
  timeout --kill-after=10 "$limit" "$schemathesis" --no-color \
    --config-file scripts/contract/schemathesis.toml run "$base/api/openapi.json" \
    --url "$base" --seed "$seed" --max-examples "$examples" --request-timeout 10 \
    --report junit --report-dir "$out/$name" "$@" > "$out/$name.log" 2>&1 || status=$?
  case $status in
    0) echo "$name: passed in $((SECONDS - start))s ($(grep -Eo '[0-9]+ generated' "$out/$name.log" | tail -1) cases)" ;;
    124|137)
      cat "$out/$name.log"
      echo "$name: did not finish within ${limit}s (CONTRACT_TIMEOUT)"
      failed+=("$name") ;;
    *)
      cat "$out/$name.log"
      echo "$name: FAILED after $((SECONDS - start))s; replay with CONTRACT_SEED=$seed"
      failed+=("$name") ;;
  esac
}

run anonymous
# The coverage phase's boundary cases are the anonymous and person runs' work; a key differs
# in what it may do, which fuzzing and the stateful phase show.
run api-key -H "Authorization: Bearer $api_key" --phases examples,fuzzing,stateful
# Access tokens live 15 minutes: each run logs in just before it starts.
admin_token=$(login admin@twinning.example twinning-admin-2026)
# One regex: schemathesis keeps only the last of several --exclude-path-regex options.
run person -H "Authorization: Bearer $admin_token" \
  --exclude-path-regex "($SELF_ENDING)|($ADMIN_ON_SELF)"
# And the run must have left out exactly what the two regexes name, or it could end its own
# credentials (or test less than it says).
if ! python3 - "$base/api/openapi.json" "$out/person.log" "$SELF_ENDING" "$ADMIN_ON_SELF" <<'PY'
import json, re, sys, urllib.request
doc = json.load(urllib.request.urlopen(sys.argv[1]))
methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
ops = [p for p, item in doc["paths"].items() for m in item if m in methods]
kept = sum(1 for p in ops if not any(re.search(r, p) for r in sys.argv[3:]))
found = re.search(r"Operations:\s+(\d+) selected / (\d+) total", open(sys.argv[2]).read())
if not found or (int(found[1]), int(found[2])) != (kept, len(ops)):
    sys.exit(f"expected {kept} selected / {len(ops)} total, the log says: {found and found[0]}")
PY
then
  echo "person: the run did not leave out exactly the operations of SELF_ENDING and ADMIN_ON_SELF"
  failed+=("person")
fi
# The person run must have kept its credentials all along, or it tested less than it says.
me=$(curl -sS -H "Authorization: Bearer $admin_token" "$base/api/v1/me")
if ! python3 -c 'import json, sys; assert json.loads(sys.argv[1])["is_network_admin"]' "$me" 2>/dev/null; then
  echo "person: the network admin's token stopped working during the run: $me"
  echo "  an operation that ends or weakens its own credentials is missing from SELF_ENDING or ADMIN_ON_SELF"
  failed+=("person")
fi
member_token=$(login member@twinning.example twinning-member-2026)
run self -H "Authorization: Bearer $member_token" --include-path-regex "$SELF_ENDING"

if grep -q "panicked" "$out/server.log"; then
  grep -B2 -A10 "panicked" "$out/server.log" | head -60
  failed+=("server panicked")
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "--- server log (last 40 lines)"; tail -40 "$out/server.log"
  echo "contract FAILED on $backend: ${failed[*]}"
  exit 1
fi
echo "contract passed on $backend"
