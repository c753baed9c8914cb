#!/usr/bin/env bash
# End-to-end checks of the clinic server: the real binary against a real PostgreSQL server.
# Usage: scripts/e2e-postgres.sh path/to/teachback   (with TEACHBACK_E2E_POSTGRES, PGPASSWORD, TEACHBACK_PG_DIR and
# TEACHBACK_PG_PORT set, as `source DIR/env` after `scripts/pg-cluster.sh start DIR` does)
set -euo pipefail
BIN=$1
URL=$TEACHBACK_E2E_POSTGRES
WORK=$(mktemp -d)
SOCK="$WORK/tmux.sock"
T="tmux -S $SOCK"
export XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache"
passed=0
failed=0
trap '$T kill-server 2>/dev/null || true; jobs -p | xargs -r kill 2>/dev/null || true; rm -rf "$WORK"' EXIT
ok() { passed=$((passed + 1)); echo "ok - $1"; }
fail() {
  failed=$((failed + 1))
  echo "not ok - $1"
  if [ -n "${2:-}" ]; then echo "$2" | sed 's/^/    | /'; fi
}
psqlq() { PGOPTIONS="-c client_min_messages=warning" psql "${URL%%\?*}" -At -v ON_ERROR_STOP=1 -c "$1"; }
answers() { psqlq "SELECT COUNT(*) FROM attempt JOIN learner ON learner.id = attempt.learner_id WHERE learner.name = '$1'"; }

# A fresh database each run.
psqlq "DROP TABLE IF EXISTS teach_back, plan, review_state, attempt, session, learner, teachback_schema CASCADE" > /dev/null 2>&1

# --- The same commands on the server -------------------------------------------------------------------------------
out=$(printf 'a\nb\na\n' | "$BIN" quiz --plain --db "$URL" --learner Ana --count 3 --seed 2)
grep -qE "^[0-9] of 3 correct$" <<<"$out" && ok "a plain session on the server" || fail "plain session" "$out"
[ "$(answers Ana)" = 3 ] && ok "its three answers are on the server" || fail "answers on the server: $(answers Ana)"
"$BIN" learner list --db "$URL" | grep -q "^Ana  3 answers" && ok "learner list reads the server" || fail "learner list"
"$BIN" report Ana --db "$URL" | grep -q "^TEACHBACK REPORT: Ana" && ok "report reads the server" || fail "report"
TEACHBACK_DB="$URL" "$BIN" learner list | grep -q "^Ana" && ok "TEACHBACK_DB names the server too" || fail "TEACHBACK_DB"
out=$("$BIN" db check --db "$URL")
[ "$out" = "postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/teachback_e2e: schema version 4, integrity ok" ] && ok "db check: schema version and integrity" || fail "db check" "$out"
[ "$(psqlq "SELECT COUNT(*) FROM teachback_schema")" = 4 ] && ok "the four migrations are recorded" || fail "teachback_schema"

# --- Errors name the server, never the password ---------------------------------------------------------------------
check_error() { # NAME EXPECTED COMMAND...
  local name=$1 expected=$2
  shift 2
  local out status=0
  out=$("$@" 2>&1) || status=$?
  if [ "$status" -ne 1 ]; then fail "$name: exit $status" "$out"; return; fi
  if grep -qF "$PGPASSWORD" <<<"$out" || grep -q "secret-pw" <<<"$out"; then fail "$name: the password was printed" "$out"; return; fi
  if grep -qiE "stack|fatal error|\.swift:[0-9]" <<<"$out"; then fail "$name: not a clear message" "$out"; return; fi
  grep -qF "$expected" <<<"$out" && ok "$name" || fail "$name" "$out"
}
check_error "a wrong password: refused, and said so" "refused the password" env PGPASSWORD=wrong "$BIN" learner list --db "$URL"
check_error "a password in the URL is refused, and not echoed" "it holds a password" "$BIN" learner list --db "postgresql://teachback:secret-pw@127.0.0.1:$TEACHBACK_PG_PORT/teachback_e2e"
check_error "no server on the port: host and port named" "cannot reach the PostgreSQL server postgresql://teachback@127.0.0.1:1/teachback_e2e (connection refused)" "$BIN" learner list --db "postgresql://teachback@127.0.0.1:1/teachback_e2e?sslmode=disable"
check_error "no such database" "has no database named in postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/nosuch" "$BIN" learner list --db "postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/nosuch?sslmode=disable"
"$BIN" learner list --db "postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/teachback_e2e?sslmode=require" | grep -q "^Ana" && ok "sslmode=require: TLS to the server" || fail "sslmode=require"
[ "$(psqlq "SELECT COUNT(*) FROM pg_stat_ssl WHERE ssl")" -ge 0 ] || true
PGSSLMODE=require "$BIN" learner list --db "postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/teachback_e2e" | grep -q "^Ana" && ok "PGSSLMODE sets it too" || fail "PGSSLMODE"
check_error "sslmode=verify-full refuses a certificate it cannot trust" "cannot reach the PostgreSQL server" "$BIN" learner list --db "postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/teachback_e2e?sslmode=verify-full"
check_error "an sslmode that does not exist" "sslmode 'sometimes' is not one of" "$BIN" learner list --db "postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/teachback_e2e?sslmode=sometimes"
printf '127.0.0.1:%s:teachback_e2e:teachback:%s\n' "$TEACHBACK_PG_PORT" "$PGPASSWORD" > "$WORK/pgpass"
chmod 600 "$WORK/pgpass"
env -u PGPASSWORD PGPASSFILE="$WORK/pgpass" "$BIN" learner list --db "$URL" | grep -q "^Ana" && ok "the password from PGPASSFILE (~/.pgpass)" || fail "pgpass"

# --- A newer schema is refused untouched ------------------------------------------------------------------------------
NEWER="postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/teachback_newer?sslmode=disable"
PGOPTIONS="-c client_min_messages=warning" psql "${NEWER%%\?*}" -q -c "DROP TABLE IF EXISTS teach_back, plan, review_state, attempt, session, learner, teachback_schema CASCADE"
"$BIN" learner add Zed --db "$NEWER" > /dev/null
psql "${NEWER%%\?*}" -q -c "INSERT INTO teachback_schema SELECT MAX(version) + 1, 'from a newer Teachback', 0 FROM teachback_schema"
before=$(psql "${NEWER%%\?*}" -At -c "SELECT COUNT(*), MAX(version) FROM teachback_schema")
check_error "a server with a newer schema is refused" "written by a newer version of Teachback" "$BIN" learner list --db "$NEWER"
[ "$(psql "${NEWER%%\?*}" -At -c "SELECT COUNT(*), MAX(version) FROM teachback_schema")" = "$before" ] && ok "and left untouched" || fail "newer schema changed"

# --- A shared station: the default on a server ----------------------------------------------------------------------
"$BIN" learner add "Ben Okafor" --db "$URL" > /dev/null
$T new-session -d -s pg -x 80 -y 24 "TERM=xterm-256color XDG_DATA_HOME=$XDG_DATA_HOME PGPASSWORD=$PGPASSWORD $BIN --db '$URL'; sleep 5"
sleep 1.5
screen=$($T capture-pane -p -t pg)
if grep -q "Type your own code" <<<"$screen" && ! grep -qE "Ben Okafor|Ana" <<<"$screen"; then ok "a station on the server is shared by default: no names listed"; else fail "shared by default" "$screen"; fi
$T send-keys -t pg Escape
$T kill-server 2>/dev/null || true

# --- Moving a station to the server ---------------------------------------------------------------------------------------
cp "$(dirname "$0")/../Tests/LearnerStoreTests/Fixtures/teachback-0.2.0.sqlite" "$WORK/station.sqlite"
COPY="postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/teachback_newer?sslmode=disable"
PGOPTIONS="-c client_min_messages=warning" psql "${COPY%%\?*}" -q -c "DROP TABLE IF EXISTS teach_back, plan, review_state, attempt, session, learner, teachback_schema CASCADE"
# The station's nurse checked Ana by teach-back (two results, in a session of its own) before the move.
printf '1\n3 Needs the phone number\n' | "$BIN" quiz --plain --db "$WORK/station.sqlite" --learner Ana --mode teach-back --facilitator "RN Kim" > /dev/null
first=$("$BIN" db copy --from "$WORK/station.sqlite" --to "$COPY")
counts="4 learners, 6 sessions, 20 answers, 9 review states, 0 plan entries, 2 teach-back results"
grep -q "^file .*station.sqlite: $counts$" <<<"$first" && grep -q "^server .*: $counts$" <<<"$first" \
  && ok "db copy: the counts on both sides match, teach-back results included" || fail "db copy" "$first"
second=$("$BIN" db copy --from "$WORK/station.sqlite" --to "$COPY")
grep -q "^server .*: $counts$" <<<"$second" && ok "db copy again copies nothing twice" || fail "db copy twice" "$second"
summary='import json,sys; d=json.load(sys.stdin); d=d if isinstance(d,list) else [d]; print([(r["bank"]["id"], len(r["sessions"]), r["readiness"]["sentence"], r["evaluation"], [[(p["point"], p["result"], p["note"]) for p in g["points"]] for g in r["teachBack"]]) for r in d])'
a=$("$BIN" report Ana --db "$WORK/station.sqlite" --format json | python3 -c "$summary")
b=$("$BIN" report Ana --db "$COPY" --format json | python3 -c "$summary")
[ "$a" = "$b" ] && grep -q "Needs the phone number" <<<"$b" && ok "the copied learner's report (teach-back and charting sentence too) reads the same on the server" || fail "report after copy" "$a"$'\n'"$b"

# --- Two stations answering at once, for 60 seconds -----------------------------------------------------------------------
station() { # LEARNER LOG: plain sessions one after another until the time is up; each acknowledged answer prints feedback
  local end=$((SECONDS + ${DURATION:-60}))
  while [ $SECONDS -lt $end ]; do
    (set +o pipefail; yes a 2>/dev/null | head -40 | "$BIN" quiz --plain --db "$URL" --learner "$1" --mode section --section types --count 6 >> "$2" 2>&1) || echo "STATION ERROR $?" >> "$2"
  done
}
station Sam "$WORK/s1.log" &
p1=$!
station Sam "$WORK/s2.log" &
p2=$!
station Tia "$WORK/s3.log" &
p3=$!
wait $p1 $p2 $p3
acknowledged=$(cat "$WORK/s1.log" "$WORK/s2.log" | grep -cE "^(Correct\.|Not quite\.)$" || true)
ackt=$(grep -cE "^(Correct\.|Not quite\.)$" "$WORK/s3.log" || true)
errors=$(cat "$WORK"/s?.log | grep -cE "STATION ERROR|error:|not saved" || true)
[ "$errors" = 0 ] && ok "three stations for ${DURATION:-60} s (two for one learner): no error" || fail "station errors: $errors" "$(grep -hE "STATION ERROR|error:|not saved" "$WORK"/s?.log | head -5)"
[ "$(answers Sam)" = "$acknowledged" ] && [ "$(answers Tia)" = "$ackt" ] && [ "$acknowledged" -gt 50 ] && ok "no answer lost: $acknowledged answers for one learner from two stations, $ackt for another, all on the server" || fail "answers: Sam $(answers Sam) stored of $acknowledged acknowledged, Tia $(answers Tia) of $ackt"
"$BIN" db check --db "$URL" | grep -q "integrity ok" && ok "integrity after the stations" || fail "integrity"

# --- kill -9 of a station mid-answer, 20 times ----------------------------------------------------------------------------
lost=0
for n in $(seq 1 20); do
  before=$(answers Kim)
  log="$WORK/kill$n.log"
  ( (yes a 2>/dev/null | "$BIN" quiz --plain --db "$URL" --learner Kim --mode exam --count 40 > "$log" 2>&1) 2>/dev/null ) 2>/dev/null &
  pid=$!
  sleep "0.$((RANDOM % 9 + 1))"
  pkill -9 -f -- "--learner Kim --mode exam" || true
  wait $pid 2>/dev/null || true
  acked=$(grep -cE "^(Correct\.|Not quite\.)$" "$log" || true)
  stored=$(( $(answers Kim) - before ))
  # Every acknowledged answer is stored; at most the one being answered may be stored without its feedback shown.
  if [ "$stored" -lt "$acked" ] || [ "$stored" -gt $((acked + 1)) ]; then lost=$((lost + 1)); echo "    kill $n: $acked acknowledged, $stored stored"; fi
done
[ "$lost" = 0 ] && ok "kill -9 of a station mid-answer, 20 times: no acknowledged answer lost" || fail "kill -9: $lost runs lost answers"

# --- The server restarted mid-session ---------------------------------------------------------------------------------------
python3 - "$BIN" "$URL" "$TEACHBACK_PG_DIR" "$(dirname "$0")/pg-cluster.sh" > "$WORK/restart.log" 2>&1 <<'PY' && ok "the server restarted mid-session: the station carries on, nothing counted twice or lost" || fail "server restart" "$(cat "$WORK/restart.log")"
import os, subprocess, sys, time
binary, url, pgdir, cluster = sys.argv[1:5]
p = subprocess.Popen([binary, "quiz", "--plain", "--db", url, "--learner", "Rae", "--mode", "exam", "--count", "8"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=0)
def read_prompt():
    out = ""
    while not out.endswith("or q to stop): "):
        ch = p.stdout.read(1)
        if not ch:
            return out
        out += ch
    return out
acknowledged, notices = 0, []
for n in range(8):
    text = read_prompt()
    acknowledged += sum(1 for line in text.splitlines() if line in ("Correct.", "Not quite."))
    notices += [line for line in text.splitlines() if "not saved" in line or "cannot reach" in line]
    if n == 3:
        subprocess.run([cluster, "restart", pgdir], check=True)
    p.stdin.write("a\n")
rest = p.communicate(timeout=60)[0]
acknowledged += sum(1 for line in rest.splitlines() if line in ("Correct.", "Not quite."))
stored = int(subprocess.run(["psql", url.split("?")[0], "-At", "-c",
    "SELECT COUNT(*) FROM attempt JOIN learner ON learner.id = attempt.learner_id WHERE learner.name = 'Rae'"],
    capture_output=True, text=True, check=True).stdout)
print(f"acknowledged {acknowledged}, stored {stored}, notices {notices}")
sys.exit(0 if stored == acknowledged and acknowledged >= 7 and p.returncode == 0 and len(notices) <= 1 else 1)
PY
cat "$WORK/restart.log" | tail -1

# --- The server away for a while: one line, nothing lost, and the station carries on when it is back ---------------------
python3 - "$BIN" "$URL" "$TEACHBACK_PG_DIR" "$(dirname "$0")/pg-cluster.sh" > "$WORK/away.log" 2>&1 <<'PY' && ok "the server away mid-session: one line says so, the answer is not counted, the station carries on" || fail "server away" "$(cat "$WORK/away.log")"
import subprocess, sys
binary, url, pgdir, cluster = sys.argv[1:5]
p = subprocess.Popen([binary, "quiz", "--plain", "--db", url, "--learner", "Uma", "--mode", "exam", "--count", "6"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=0)
def read_prompt():
    out = ""
    while not out.endswith("or q to stop): "):
        ch = p.stdout.read(1)
        if not ch:
            return out
        out += ch
    return out
seen = ""
answers = 0
for n in range(10):
    text = read_prompt()
    seen += text
    if not text.endswith("or q to stop): "):
        break
    if n == 2:
        subprocess.run([cluster, "halt", pgdir], check=True)
    if n == 3:
        subprocess.run([cluster, "resume", pgdir], check=True)
    p.stdin.write("a\n")
seen += p.communicate(timeout=60)[0]
lines = seen.splitlines()
acknowledged = sum(1 for line in lines if line in ("Correct.", "Not quite."))
away = [line for line in lines if "not saved" in line]
stored = int(subprocess.run(["psql", url.split("?")[0], "-At", "-c",
    "SELECT COUNT(*) FROM attempt JOIN learner ON learner.id = attempt.learner_id WHERE learner.name = 'Uma'"],
    capture_output=True, text=True, check=True).stdout)
print(f"acknowledged {acknowledged}, stored {stored}, said: {away}")
ok = (len(away) == 1 and "cannot reach the PostgreSQL server" in away[0] and stored == acknowledged == 6
      and "Stopped" not in seen)
sys.exit(0 if ok else 1)
PY
tail -1 "$WORK/away.log"

echo
echo "e2e-postgres: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
