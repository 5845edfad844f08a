#!/usr/bin/env bash
# Exits 0 when PostgreSQL answers at 127.0.0.1:5432. Under CI=true it is required: it is
# started if down, and its absence fails the build. Elsewhere its absence is said loudly
# and the caller skips the PostgreSQL run (exit 3).
set -uo pipefail
ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
ready && exit 0
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  echo "PostgreSQL is down; starting it"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  for _ in $(seq 1 20); do ready && exit 0; sleep 0.5; done
fi
if [ "${CI:-}" = "true" ]; then
  echo "ERROR: PostgreSQL is required under CI=true and is not reachable at 127.0.0.1:5432" >&2
  exit 1
fi
cat >&2 <<'MSG'
###########################################################################
#  WARNING: PostgreSQL is NOT reachable at 127.0.0.1:5432.                #
#  The PostgreSQL half of the test suite was NOT run.                     #
#  Start it (pg_ctlcluster ... main start) and run `make test` again.     #
###########################################################################
MSG
exit 3
