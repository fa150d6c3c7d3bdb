#!/usr/bin/env bash
# Smoke test of the mail stack: starts it in DIR, creates abc.test with tanaka and sato (SHA512-CRYPT hashes from
# `doveadm pw`) in PostgreSQL, then checks over the real protocols (smoke_checks.py): SMTPS AUTH PLAIN/LOGIN only,
# a wrong password, POP3S and IMAPS fetch, the ClamAV and SpamAssassin headers on EICAR and GTUBE, a Sieve script
# uploaded over ManageSieve (STARTTLS) that rejects both; then stops the stack.
#   usage: smoke-test.sh DIR [PORT_BASE]      exit 0 when every check passed
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 DIR [PORT_BASE]" >&2; exit 2; }
HERE="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
# shellcheck disable=SC1091
source "$HERE/../lib.sh"
mc_apt python3

"$HERE/mailstack" start "$1" "${2:-}" >/dev/null
trap '"$HERE/mailstack" stop "$1"' EXIT
DIR="$(cd "$1" && pwd -P)"
# shellcheck disable=SC1091
. "$DIR/ports.env"
eval "$(echo "$SERVER_SECRETS" | tr ' ' '\n' | sed -n 's/^DEFAULT=/PGPASSWORD=/p')"
export PGPASSWORD

tanaka_pw="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
sato_pw="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DATABASE" \
    -v tanaka="$(doveadm pw -s SHA512-CRYPT -p "$tanaka_pw")" -v sato="$(doveadm pw -s SHA512-CRYPT -p "$sato_pw")" <<'SQL'
INSERT INTO domain (name) VALUES ('abc.test');
INSERT INTO mailbox (address, local_part, domain, password_hash) VALUES
    ('tanaka@abc.test', 'tanaka', 'abc.test', :'tanaka'),
    ('sato@abc.test', 'sato', 'abc.test', :'sato');
SQL
echo "ok   PostgreSQL: abc.test with tanaka and sato (SHA512-CRYPT)"
python3 -u "$HERE/smoke_checks.py" "$DIR/ports.env" "$tanaka_pw" "$sato_pw" "$HERE/test-signatures.env"
