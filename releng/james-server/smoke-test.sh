#!/usr/bin/env bash
# Smoke test of a FRESH instance started with `james start WORKDIR [BASE]` (curl only).
# Creates abc.test, tanaka/sato, then checks SMTPS AUTH, wrong password, plain SMTP, POP3S,
# forwards (with and without a kept copy), quota, a Sieve discard rule and the relay bounce; then the refresh
# benchmark's seeding route: absent (404), or, in an instance started with JAMES_BENCHMARK_SEED=1, one batch that
# makes a domain, a user, a quota, forwards and a Sieve script that then work as those of the public routes do.
#   usage: smoke-test.sh WORKDIR        exit 0 when every check passed
set -u
[ $# -eq 1 ] && [ -f "$1/ports.env" ] || { echo "usage: $0 WORKDIR (of a running instance)" >&2; exit 2; }
# shellcheck disable=SC1091
. "$1/ports.env"
export no_proxy='*' NO_PROXY='*'
W=$WEBADMIN_URL
J='Content-Type: application/json'
fails=0
check() { # name expected actual
    if [ "$2" = "$3" ]; then echo "ok   $1 ($3)"; else echo "FAIL $1: expected $2, got $3"; fails=$((fails + 1)); fi
}
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
count() { # user [domain]
    curl -s --cacert "$CA_CERT" "imaps://127.0.0.1:$IMAPS_PORT/INBOX" --user "$1@${2:-abc.test}:$1-pw" \
        -X 'STATUS INBOX (MESSAGES)' | tr -d '\r' | sed -n 's/.*MESSAGES \([0-9]*\).*/\1/p'
}
header() { # user msgno name
    curl -s --cacert "$CA_CERT" "pop3s://127.0.0.1:$POP3S_PORT/$2" --user "$1@abc.test:$1-pw" \
        | tr -d '\r' | sed -n "s/^$3: //p" | head -n1
}
msg() { printf 'From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s.%s@test>\r\n\r\nhello\r\n' "$1" "$2" "$3" "$RANDOM" "$$"; }
smtps() { # password from to subject -> SMTP code of the last reply
    msg "$2" "$3" "$4" | curl -s --cacert "$CA_CERT" "smtps://127.0.0.1:$SMTPS_PORT" \
        --user "tanaka@abc.test:$1" --mail-from "$2" --mail-rcpt "$3" -T - -w '%{response_code}'
}
smtp() { # from to subject (no AUTH)
    msg "$1" "$2" "$3" | curl -s "smtp://127.0.0.1:$SMTP_PORT" --mail-from "$1" --mail-rcpt "$2" -T - -w '%{response_code}'
}
settle() { sleep 1.5; } # the spooler delivers asynchronously

check "PUT /domains/abc.test" 204 "$(code -X PUT "$W/domains/abc.test")"
for u in tanaka sato; do
    check "PUT /users/$u@abc.test" 204 "$(code -X PUT -H "$J" -d "{\"password\":\"$u-pw\"}" "$W/users/$u@abc.test")"
done
check "PUT /users without JSON content type" 400 "$(code -X PUT -d '{"password":"x"}' "$W/users/x@abc.test")"
check "SMTPS AUTH tanaka -> sato" 250 "$(smtps tanaka-pw tanaka@abc.test sato@abc.test first)"
check "SMTPS wrong password" 535 "$(smtps WRONG tanaka@abc.test sato@abc.test never)"
check "SMTP without AUTH, outside sender -> local user" 250 "$(smtp stranger@outside.test sato@abc.test inbound)"
check "SMTP without AUTH -> remote domain" 530 "$(smtp stranger@outside.test x@remote.test relay)"
check "SMTP without AUTH -> unknown local user" 550 "$(smtp stranger@outside.test nobody@abc.test unknown)"
settle
# the two mails' deliveries race to create sato's INBOX (James logs "created concurrently"): either may be number 1
check "POP3S sato: the mail from tanaka" first "$( (header sato 1 Subject; header sato 2 Subject) | grep -x first)"
check "sato INBOX count" 2 "$(count sato)"

check "PUT forward sato -> tanaka" 204 "$(code -X PUT "$W/address/forwards/sato@abc.test/targets/tanaka@abc.test")"
smtps tanaka-pw tanaka@abc.test sato@abc.test fwd-only >/dev/null; settle
check "forward only: tanaka count" 1 "$(count tanaka)"
check "forward only: sato count" 2 "$(count sato)"
check "PUT forward sato -> sato (keep a copy)" 204 "$(code -X PUT "$W/address/forwards/sato@abc.test/targets/sato@abc.test")"
smtps tanaka-pw tanaka@abc.test sato@abc.test fwd-keep >/dev/null; settle
check "keep copy: tanaka count" 2 "$(count tanaka)"
check "keep copy: sato count" 3 "$(count sato)"
check "DELETE forward -> tanaka" 204 "$(code -X DELETE "$W/address/forwards/sato@abc.test/targets/tanaka@abc.test")"
check "DELETE forward -> sato" 204 "$(code -X DELETE "$W/address/forwards/sato@abc.test/targets/sato@abc.test")"

check "PUT /quota/users/sato" 204 "$(code -X PUT -H "$J" -d '{"count":100,"size":1000000}' "$W/quota/users/sato@abc.test")"
check "GET /quota/users/sato user part" '"user":{"count":100,"size":1000000}' \
    "$(curl -s "$W/quota/users/sato@abc.test" | grep -o '"user":{[^}]*}')"

script='if address :is "from" "spam@bad.test" {
  discard;
}
'
check "PUT /sieve/sato/scripts/denylist?activate=true" 204 \
    "$(code -X PUT -H 'Content-Type: text/plain' --data-binary "$script" "$W/sieve/sato@abc.test/scripts/denylist?activate=true")"
before=$(count sato)
smtp spam@bad.test sato@abc.test from-spam >/dev/null
smtp friend@good.test sato@abc.test from-friend >/dev/null
settle
check "Sieve: only one of two mails arrived" $((before + 1)) "$(count sato)"
check "Sieve: the one that arrived" from-friend "$(header sato "$(count sato)" Subject)"

before=$(count tanaka)
check "SMTPS AUTH tanaka -> remote domain accepted" 250 "$(smtps tanaka-pw tanaka@abc.test x@remote.test to-remote)"
settle
check "relay: bounce delivered to tanaka" $((before + 1)) "$(count tanaka)"
check "relay: bounce sender" postmaster@localhost "$(header tanaka "$(count tanaka)" From)"

seed() { curl -s -o /dev/null -w '%{http_code}' -X POST -H "$J" --data-binary "$1" "$W/benchmark/seed"; }
if [ ! -d "$1/extensions-jars" ]; then
    check "POST /benchmark/seed without JAMES_BENCHMARK_SEED=1" 404 "$(seed '[]')"
else
    check "POST /benchmark/seed: a domain, a user, a quota, forwards, a Sieve script" 200 "$(seed '[
      {"kind":"domain","domain":"seed.test"},
      {"kind":"user","user":"carol@seed.test","password":"carol-pw"},
      {"kind":"quota-size","user":"carol@seed.test","size":2000000},
      {"kind":"forward","user":"carol@seed.test","target":"tanaka@abc.test"},
      {"kind":"forward","user":"carol@seed.test","target":"carol@seed.test"},
      {"kind":"sieve","user":"carol@seed.test","name":"denylist","activate":true,
       "script":"if address :is \"from\" \"spam@bad.test\" {\n  discard;\n}\n"}]')"
    check "seeded: quota of carol" '"user":{"count":null,"size":2000000}' \
        "$(curl -s "$W/quota/users/carol@seed.test" | grep -o '"user":{[^}]*}')"
    check "seeded: IMAPS login of carol" 0 "$(count carol seed.test)"
    before=$(count tanaka)
    smtp friend@good.test carol@seed.test to-carol >/dev/null
    smtp spam@bad.test carol@seed.test spam-to-carol >/dev/null
    settle
    # the forward comes before the Sieve script, which filters carol's own copy only
    check "seeded forward: tanaka got both mails to carol" $((before + 2)) "$(count tanaka)"
    check "seeded forward's kept copy and Sieve discard: carol has one mail" 1 "$(count carol seed.test)"
    check "POST /benchmark/seed: a forward of an unknown user is refused" 400 \
        "$(seed '[{"kind":"forward","user":"nobody@seed.test","target":"tanaka@abc.test"}]')"
fi

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
