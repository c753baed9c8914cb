#!/usr/bin/env bash
# End-to-end checks of the real binary: the full-screen trainer in a real terminal (tmux), and plain mode.
# Usage: scripts/e2e.sh [path/to/teachback] [sqlite|postgres]   (default: the debug build, on SQLite files)
# With postgres, every check that is not about SQLite files runs against the clinic server instead (databases
# e2e_main, e2e_plain, e2e_topics, e2e_shared and e2e_teach under TEACHBACK_E2E_POSTGRES_BASE, emptied first), the stations
# personal unless a check says otherwise; the checks of SQLite files themselves (a non-database, the migration
# killed part way) are left to the SQLite run.
set -euo pipefail

BIN=${1:-$(swift build --show-bin-path)/teachback}
BACKEND=${2:-sqlite}
WORK=$(mktemp -d)
SOCK="$WORK/tmux.sock"
T="tmux -S $SOCK"
passed=0
failed=0
trap '$T kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
# A library of banks of its own, so banks installed on this computer change nothing here.
export XDG_DATA_HOME="$WORK/data"
# The learner database NAME: a file, or one of the server's databases (emptied now).
dbfor() {
  if [ "$BACKEND" = postgres ]; then
    PGOPTIONS="-c client_min_messages=warning" psql "$TEACHBACK_E2E_POSTGRES_BASE/e2e_$1" -q -c \
      "DROP TABLE IF EXISTS teach_back, plan, review_state, attempt, session, learner, teachback_schema CASCADE" > /dev/null
    echo "$TEACHBACK_E2E_POSTGRES_BASE/e2e_$1?sslmode=disable"
  else
    echo "$WORK/$1.sqlite"
  fi
}
[ "$BACKEND" = postgres ] && export TEACHBACK_STATION=personal

ok() { passed=$((passed + 1)); echo "ok - $1"; }
fail() {
  failed=$((failed + 1))
  echo "not ok - $1"
  if [ -n "${2:-}" ]; then echo "$2" | sed 's/^/    | /'; fi
}
screen() { $T capture-pane -p -t e2e; }
# wait_for TEXT [SECONDS]: poll the screen until TEXT shows.
wait_for() {
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    if grep -qF -- "$1" <<<"$(screen)"; then return 0; fi
    sleep 0.1
  done
  return 1
}
check_screen() { # check_screen NAME TEXT
  if wait_for "$2"; then ok "$1"; else fail "$1: '$2' not on screen" "$(screen)"; fi
}
attempts() { # attempts DB LEARNER
  "$BIN" learner list --db "$1" --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print(sum(l['attempts'] for l in d['learners'] if l['name']==sys.argv[1]))" "$2"
}
keys() { $T send-keys -t e2e "$@"; sleep 0.15; }

# --- Full screen, 80x24, colour: a whole session -------------------------------------------------------------
DB=$(dbfor main)
$T new-session -d -s e2e -x 80 -y 24 "bash --norc --noprofile"
$T set-option -t e2e status off >/dev/null
keys "stty sane; clear" Enter
keys "TERM=xterm-256color $BIN --db '$DB' --seed 5; echo EXITED=\$?; stty -a | tr ' ' '\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo" Enter
check_screen "first screen tells a new user what to do" "Type your name or code, then press Enter"
keys "Ana" Enter
check_screen "home shows today's plan" "Today: 0 questions due, 10 new."
check_screen "home shows the content status" "Draft: not yet checked"
check_screen "home shows the disclaimer" "For learning only, not medical advice."
if grep -q $'\e\[3[0-7]m\|\e\[38;5' <<<"$($T capture-pane -p -e -t e2e)"; then ok "colour is used when allowed"; else fail "no colour in a colour terminal" "$($T capture-pane -p -e -t e2e | head -5 | cat -v)"; fi
keys s
check_screen "a question appears" "Question 1 of 10"
for n in 1 2 3; do
  keys a
  wait_for "Enter: next" || true
  if [ $n -eq 1 ]; then
    if grep -qE "Correct\.|Not quite\." <<<"$(screen)"; then ok "feedback says Correct or Not quite in words"; else fail "feedback in words" "$(screen)"; fi
  fi
  keys Enter
done
check_screen "the session moves on" "Question 4 of"
[ "$(attempts "$DB" Ana)" = 3 ] && ok "three answers are in the database" || fail "three answers in the database: $(attempts "$DB" Ana)"
keys u
check_screen "undo takes back the last answer" "Your last answer was taken back."
[ "$(attempts "$DB" Ana)" = 2 ] && ok "undo removes the answer from the database" || fail "undo in the database: $(attempts "$DB" Ana)"
$T resize-window -t e2e -x 40 -y 12
check_screen "the question reflows at 40x12" "answer · q: stop"
if screen | python3 -c "import sys; sys.exit(any(len(l.rstrip('\n')) > 40 for l in sys.stdin))"; then ok "nothing is wider than 40 columns"; else fail "lines wider than 40" "$(screen)"; fi
$T resize-window -t e2e -x 30 -y 10
check_screen "a too-small window asks for more room" "Please make this"
$T resize-window -t e2e -x 80 -y 24
check_screen "growing back shows the question again" "Question 3 of"
keys q
check_screen "q ends with a summary" "Session done:"
keys Enter
keys m
check_screen "missed-questions review starts (or says there is none)" "Review missed"
# q stops a missed-questions session; on the home screen (none were missed) it would quit the trainer.
if grep -q "Review missed questions ·" <<<"$(screen)"; then keys q; fi
wait_for "Hello, Ana." 3 || keys Enter
keys e
check_screen "exam starts" "Exam · Ana"
for n in 1 2 3 4 5 6 7 8 9 10; do keys b; keys Enter; done
check_screen "exam ends with a summary" "Session done:"
keys Enter
keys q
check_screen "the program exits with status 0" "EXITED=0"
if wait_for "icanon echo" 5; then ok "the terminal is restored after quitting"; else fail "terminal restored" "$(screen)"; fi
$T kill-session -t e2e

# --- Full screen, 40x12, NO_COLOR, and SIGTERM --------------------------------------------------------------
$T new-session -d -s e2e -x 40 -y 12 "bash --norc --noprofile"
$T set-option -t e2e status off >/dev/null
keys "clear" Enter
keys "NO_COLOR=1 TERM=xterm-256color $BIN --db '$DB' --learner Bo --seed 9; echo EXITED=\$?; stty -a | tr ' ' '\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo" Enter
check_screen "40x12 home fits the menu" "S Start today's questions"
keys s
check_screen "40x12 question" "Question 1 of"
if grep -q $'\e\[3[0-7]m\|\e\[38;5' <<<"$($T capture-pane -p -e -t e2e)"; then fail "colour used despite NO_COLOR" "$($T capture-pane -p -e -t e2e | cat -v | head -5)"; else ok "NO_COLOR turns colour off"; fi
keys a
wait_for "Enter: next" || true
keys Enter
wait_for "Question 2 of" || true
pkill -TERM -f -- "--learner Bo --seed 9" || true
check_screen "SIGTERM ends the program" "EXITED=143"
if wait_for "icanon echo" 5; then ok "the terminal is restored after SIGTERM"; else fail "terminal restored after SIGTERM" "$(screen)"; fi
[ "$(attempts "$DB" Bo)" = 1 ] && ok "the answer given before SIGTERM is kept" || fail "answer kept after SIGTERM: $(attempts "$DB" Bo)"
$T kill-session -t e2e

# --- Escape sequences in a learner's name never reach the terminal ---------------------------------------------
$T new-session -d -s e2e -x 80 -y 24 "bash --norc --noprofile"
keys "clear; echo MARKER" Enter
keys "$BIN --db '$DB' --learner \$'Eve\\e[2J\\e]0;pwned\\a' ; echo EXITED=\$?" Enter
check_screen "a name with escape codes is refused" "cannot contain control characters"
check_screen "with exit status 1" "EXITED=1"
if grep -q MARKER <<<"$(screen)"; then ok "and the screen was not cleared by the escape code"; else fail "screen cleared" "$(screen)"; fi
$T kill-session -t e2e

# --- Curly quotes, dashes and accented letters are drawn as they are ---------------------------------------------
$T new-session -d -s e2e -x 80 -y 24 "bash --norc --noprofile"
keys "clear" Enter
keys "LANG=C.UTF-8 $BIN --db '$DB' --learner Uma --bank Tests/ReportsTests/Fixtures/awkward.yaml --mode exam --count 2; echo EXITED=\$?" Enter
check_screen "a question from another bank" "Question 1 of 2"
keys r
check_screen "curly quotes, an em dash and accents are drawn" "“curly quotes”, an em dash — and accents: café, naïve."
keys Escape
keys q
keys q
check_screen "and it exits cleanly" "EXITED=0"
$T kill-session -t e2e

# --- Plain mode -----------------------------------------------------------------------------------------------
PDB=$(dbfor plain)
out=$(printf 'a\nb\n' | "$BIN" quiz --plain --learner X --count 2 --db "$PDB" --seed 3)
grep -q <<<"$out" "^Question 1 of 2" && ok "plain mode prints Question 1 of 2" || fail "plain question" "$out"
grep -qE <<<"$out" "^(Correct|Not quite)\.$" && ok "plain mode says Correct or Not quite" || fail "plain feedback" "$out"
grep -qE <<<"$out" "^[0-9]+ of [0-9]+ correct$" && ok "plain mode ends with X of Y correct" || fail "plain summary" "$out"
if grep -q $'\e' <<<"$out"; then fail "plain mode printed an escape sequence"; else ok "plain mode prints no escape sequences"; fi
[ "$(attempts "$PDB" X)" = 2 ] && ok "plain mode recorded both answers" || fail "plain answers recorded: $(attempts "$PDB" X)"
out=$(printf 'q\n' | "$BIN" quiz --plain --learner Y --db "$PDB")
grep -q <<<"$out" "Question 1 of" && ok "plain q stops at once" || fail "plain q" "$out"
out=$("$BIN" quiz --plain --learner Z --db "$PDB" --count 3 --mode exam < /dev/null)
grep -q <<<"$out" "Stopped. Your answers are saved." && ok "end of input stops plainly" || fail "plain EOF" "$out"

# --- The trainer's bank cache: private, and never stale -------------------------------------------------------
CACHE="$WORK/cache"
printf 'q\n' | XDG_CACHE_HOME="$CACHE" "$BIN" quiz --plain --learner C --db "$PDB" > /dev/null
entry=$(ls "$CACHE"/teachback/bank-*.json 2>/dev/null | head -1)
[ -n "$entry" ] && ok "the first start writes a bank cache" || fail "no bank cache written"
[ "$(stat -c %a "$CACHE/teachback")" = 700 ] && [ "$(stat -c %a "$entry")" = 600 ] && ok "the cache is private (0700/0600)" || fail "cache permissions"
cp Tests/ReportsTests/Fixtures/awkward.yaml "$WORK/bank.yaml"
out=$(printf 'q\n' | XDG_CACHE_HOME="$CACHE" "$BIN" quiz --plain --learner C --db "$PDB" --bank "$WORK/bank.yaml" 2>&1) || true
grep -q "Question 1 of" <<<"$out" && ok "another bank starts" || fail "other bank" "$out"
sed -i 's/Take it twice a day./Take it two times a day./' "$WORK/bank.yaml"
out=$(printf 'a\na\na\na\na\na\na\na\na\na\n' | XDG_CACHE_HOME="$CACHE" "$BIN" quiz --plain --learner C --db "$PDB" --bank "$WORK/bank.yaml" --mode exam --count 10)
grep -q <<<"$out" "Take it two times a day." && ok "an edited bank is read again, not taken from the cache" || fail "stale cache" "$out"
# The two built-in banks (English and Spanish: the catalogue counts each one's questions), and the test bank
# before and after its edit.
[ "$(ls "$CACHE"/teachback/bank-*.json | wc -l)" = 4 ] && ok "one cache entry per bank version" || fail "cache entries: $(ls "$CACHE"/teachback)"

if [ "$BACKEND" = sqlite ]; then
# --- Bad input gets clear errors -----------------------------------------------------------------------------
echo "not a database" > "$WORK/notes.txt"
before=$(md5sum < "$WORK/notes.txt")
if "$BIN" learner list --db "$WORK/notes.txt" 2> "$WORK/err"; then fail "a text file accepted as a database"; else
  grep -q "is not a Teachback database" "$WORK/err" && ok "a non-database gets a clear error" || fail "non-database message" "$(cat "$WORK/err")"
fi
[ "$before" = "$(md5sum < "$WORK/notes.txt")" ] && ok "the non-database file is untouched" || fail "non-database file changed"
printf 'bank:\n  id: x\n  title: [\n' > "$WORK/bad.yaml"
if "$BIN" bank check --bank "$WORK/bad.yaml" 2> "$WORK/err"; then fail "a broken bank passed"; else
  grep -qE "bad.yaml:[0-9]+:[0-9]+: error: " "$WORK/err" && ok "a broken bank gets FILE:LINE:COLUMN errors" || fail "bank error format" "$(cat "$WORK/err")"
fi
out=$("$BIN" bank check 2>&1) || true
grep -q "sections" <<<"$out" && ok "the built-in bank checks" || fail "bank check" "$out"
"$BIN" bank lint > /dev/null && ok "the built-in bank lints clean" || fail "bank lint"

# --- The topics and teach-back migrations (v5, v6), from a file of a release before them, killed part way ------
MIG="$WORK/mig"
mkdir -p "$MIG"
cp Tests/LearnerStoreTests/Fixtures/teachback-0.2.0.sqlite "$MIG/big.sqlite"
# 300,000 more answers, so the migration takes long enough to be killed in the middle of it.
sqlite3 "$MIG/big.sqlite" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 15000)
  INSERT INTO attempt (session_id, learner_id, item_id, point_id, item_version, section, chosen, chosen_text, correct,
    confidence, response_ms, answered_at, rating, scheduled, had_state)
  SELECT session_id, learner_id, item_id, point_id, item_version, section, chosen, chosen_text, correct, confidence,
    response_ms, answered_at + i, rating, 0, had_state FROM attempt, n; PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
counts() { sqlite3 "$1" "SELECT (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM session), (SELECT COUNT(*) FROM attempt), (SELECT COUNT(*) FROM review_state), (SELECT group_concat(id) FROM (SELECT id FROM attempt ORDER BY id DESC LIMIT 3))"; }
before=$(counts "$MIG/big.sqlite")
cp "$MIG/big.sqlite" "$MIG/timed.sqlite"
start=$(date +%s%N); "$BIN" learner list --db "$MIG/timed.sqlite" > /dev/null; took=$(( ($(date +%s%N) - start) / 1000000 ))
old=0; new=0; bad=0
for n in $(seq 1 20); do
  cp "$MIG/big.sqlite" "$MIG/k.sqlite"; rm -f "$MIG/k.sqlite-wal" "$MIG/k.sqlite-shm"
  "$BIN" learner list --db "$MIG/k.sqlite" > /dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v t="$took" -v n="$n" 'BEGIN { printf "%.3f", t * n / 21 / 1000 }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  version=$(sqlite3 "$MIG/k.sqlite" "SELECT COUNT(*) FROM grdb_migrations")
  check=$(sqlite3 "$MIG/k.sqlite" "PRAGMA integrity_check")
  case "$version" in
    4) [ "$(counts "$MIG/k.sqlite")" = "$before" ] && [ -z "$(sqlite3 "$MIG/k.sqlite" "SELECT name FROM pragma_table_info('attempt') WHERE name = 'bank_id'")" ] && old=$((old + 1)) || bad=$((bad + 1)) ;;
    # v5 done and v6 (teach-back), v7 (read-aloud) and v8 (names in NFC) not yet, or some, or all: each migration is whole on its own.
    5|6|7|8) [ "$(counts "$MIG/k.sqlite")" = "$before" ] && [ "$(sqlite3 "$MIG/k.sqlite" "SELECT COUNT(*) FROM attempt WHERE bank_id IS NULL")" = 0 ] \
      && { [ "$version" = 5 ] || [ "$(sqlite3 "$MIG/k.sqlite" "SELECT COUNT(*) FROM teach_back")" = 0 ]; } && new=$((new + 1)) || bad=$((bad + 1)) ;;
    *) bad=$((bad + 1)) ;;
  esac
  [ "$check" = ok ] || bad=$((bad + 1))
  "$BIN" learner list --db "$MIG/k.sqlite" > /dev/null && [ "$(counts "$MIG/k.sqlite")" = "$before" ] || bad=$((bad + 1))
done
[ "$bad" = 0 ] && [ "$old" -gt 0 ] && ok "kill -9 during the v5, v6, v7 and v8 migrations, 20 times (migration ${took} ms): $old left the old schema whole, $new finished; every row kept, integrity ok, and each then opens" || fail "migration killed: $old old, $new new, $bad bad"

fi # the checks of SQLite files

# --- Topics: a bank library, a learner with two topics and a plan, in a real terminal ---------------------------
TDB=$(dbfor topics)
out=$("$BIN" bank install Tests/TestSupport/Banks/hand-washing 2>&1) && grep -q "Installed hand-washing" <<<"$out" && ok "bank install copies a checked bank into the library" || fail "bank install" "$out"
[ -f "$XDG_DATA_HOME/teachback/banks/hand-washing/bank.yaml" ] && ok "the library holds it under its id" || fail "library folder" "$(ls -R "$XDG_DATA_HOME")"
out=$("$BIN" bank list --format json)
python3 -c "import json,sys; d=json.loads(sys.argv[1]); b=[x['id'] for x in d['banks']]; sys.exit(0 if b==['immunotherapy-recurrence','immunotherapy-recurrence-es','hand-washing'] and d['banks'][2]['teachingPoints']==12 else 1)" "$out" && ok "bank list --format json lists both with their counts" || fail "bank list json" "$out"
export TEACHBACK_NOW=2026-12-01T09:00:00Z
"$BIN" plan Tess --db "$TDB" --topic immunotherapy-recurrence --by 2026-12-05 --nurse "RN Kim" > "$WORK/plan.out"
"$BIN" plan Tess --db "$TDB" --topic hand-washing >> "$WORK/plan.out"
grep -q "ready by 2026-12-05 (4 days): 13 new a day" "$WORK/plan.out" && ok "plan shows the pace its date sets" || fail "plan pace" "$(cat "$WORK/plan.out")"
grep -q "more than Tess's daily limit of 10" "$WORK/plan.out" && ok "plan tells the nurse when the date needs more than the daily limit" || fail "plan warning" "$(cat "$WORK/plan.out")"
$T new-session -d -s e2e -x 80 -y 24 "bash --norc --noprofile"
$T set-option -t e2e status off >/dev/null
keys "stty sane; clear; TERM=xterm-256color TEACHBACK_NOW=$TEACHBACK_NOW XDG_DATA_HOME=$XDG_DATA_HOME $BIN --db '$TDB' --seed 3; echo EXITED=\$?" Enter
check_screen "the first screen asks for the name" "Type your name or code"
keys "Tess" Enter
check_screen "a learner with two topics sees both" "Washing your hands to stay well: 0 due, 10 new"
check_screen "each topic shows what it asks today" "How immunotherapy helps keep cancer from coming back: 0 due, 13 new"
check_screen "the plan's date says what it means today" "4 days until 5 December: 13 questions today"
keys 2
check_screen "a topic opens on its own home screen" "Washing your hands to stay well. Draft"
check_screen "the topic's home offers the way back" "B Back to my topics"
keys s
wait_for "Question 1 of 10" || true
if grep -qE "Why clean hands matter|How to wash your hands" <<<"$(screen)"; then ok "the topic's questions are its own"; else fail "topic questions" "$(screen)"; fi
keys a; wait_for "Enter: next" || true; keys Enter
keys a; wait_for "Enter: next" || true; keys Escape
check_screen "stopping shows the topic's summary" "Session done:"
keys Enter
keys b
check_screen "back to the topics" "Your topics"
check_screen "the topic's new count went down" "Washing your hands to stay well: 0 due, 8 new"
keys a
wait_for "Question 1 of" || true
for n in 1 2 3; do keys a; wait_for "Enter: next" || true; keys Enter; done
keys Escape
check_screen "a session across topics sums up by topic" "By topic:"
keys Enter
keys q
check_screen "the trainer quits from the topics screen" "EXITED=0"
$T kill-session -t e2e
report=$("$BIN" report Tess --db "$TDB")
[ "$(grep -c "^TEACHBACK REPORT: Tess" <<<"$report")" = 2 ] && ok "report: one section a topic of the plan" || fail "report sections" "$report"
hands=$(awk '/^Topic: Washing/{f=1} /^TEACHBACK REPORT/{if (f && seen) f=0; seen=1} f' <<<"$report")
immuno=$("$BIN" report Tess --db "$TDB" --topic immunotherapy-recurrence)
if grep -qE "What immunotherapy is|Side effects" <<<"$hands" || grep -qE "Why clean hands|How to wash" <<<"$immuno"; then fail "a topic's report shows the other topic" "$report"; else ok "neither topic's report shows the other's"; fi
track=$("$BIN" report Tess --db "$TDB" --topic immunotherapy-recurrence --format json | python3 -c "import json,sys; r=json.load(sys.stdin)['readiness']; print(r['onTrack'], r['readyBy'], r['sentence'])")
grep -q "^True 2026-12-05 Not ready yet.*On track for 5 December" <<<"$track" && ok "the report says whether the learner is on track for the date" || fail "on track" "$track"
"$BIN" stats items --db "$TDB" --topic hand-washing --format csv | grep -q "^true-false:\|^definition-term:\|^fact" && ok "stats items --topic reads one topic" || fail "stats --topic"
"$BIN" bank export --topic hand-washing --format gift | grep -q "::" && ok "bank export --topic exports an installed bank" || fail "export --topic"
unset TEACHBACK_NOW

# --- A shared station lists no one; CSV never carries a formula ---------------------------------------------------
SDB=$(dbfor shared)
for who in "Ben Okafor" "P-0231"; do "$BIN" learner add "$who" --db "$SDB" > /dev/null; done
$T new-session -d -s e2e -x 80 -y 24 "bash --norc --noprofile"
$T set-option -t e2e status off >/dev/null
keys "stty sane; clear; TERM=xterm-256color $BIN --db '$SDB' --station shared; echo EXITED=\$?" Enter
check_screen "a shared station asks each patient for their own code" "Type your own code, then press Enter"
if grep -qE "Ben Okafor|P-0231" <<<"$(screen)"; then fail "a shared station shows other learners' names" "$(screen)"; else ok "a shared station shows no other learner's name or code"; fi
keys "Ana" Enter
check_screen "the patient's own session opens" "Hello, Ana."
if grep -q "Next learner" <<<"$(screen)"; then fail "next learner offered to a patient on a shared station" "$(screen)"; else ok "next learner is the nurse's on a shared station"; fi
keys q
check_screen "quits" "EXITED=0"
$T kill-session -t e2e
"$BIN" learner add '=HYPERLINK("http://evil","x")' --db "$SDB" > /dev/null
"$BIN" learner export '=HYPERLINK("http://evil","x")' --db "$SDB" --format csv > "$WORK/export.csv"
if grep -q ",=HYPERLINK\|,\"=HYPERLINK" "$WORK/export.csv"; then fail "a name exported as a formula" "$(cat "$WORK/export.csv")"; else
  grep -q ",\"'=HYPERLINK" "$WORK/export.csv" && ok "a name that looks like a formula is exported as text" || fail "formula name export" "$(cat "$WORK/export.csv")"
fi

# --- Topics: bad input ------------------------------------------------------------------------------------------
printf 'bank:\n  id: broken\n  title: [\n' > "$WORK/broken.yaml"
if "$BIN" bank install "$WORK/broken.yaml" 2> "$WORK/err"; then fail "a broken bank was installed"; else
  grep -qE "broken.yaml:[0-9]+:[0-9]+: error: " "$WORK/err" && [ ! -e "$XDG_DATA_HOME/teachback/banks/broken" ] && ok "bank install refuses a broken bank with FILE:LINE:COLUMN, installing nothing" || fail "install broken" "$(cat "$WORK/err")"
fi
if "$BIN" bank install QuestionBank/immunotherapy-recurrence 2> "$WORK/err"; then fail "a second bank with the built-in id installed"; else
  grep -q "two different banks have the id 'immunotherapy-recurrence'" "$WORK/err" && ok "installing a bank with the built-in bank's id is refused, naming both" || fail "install duplicate" "$(cat "$WORK/err")"
fi
cp -r "$XDG_DATA_HOME/teachback/banks/hand-washing" "$XDG_DATA_HOME/teachback/banks/hands-copy"
sed -i 's/Washing your hands to stay well/Hand washing, a copy/' "$XDG_DATA_HOME/teachback/banks/hands-copy/bank.yaml"
if "$BIN" bank list > /dev/null 2> "$WORK/err"; then fail "two library banks with one id listed"; else
  grep -q "banks/hand-washing and .*banks/hands-copy" "$WORK/err" && ok "two banks with one id: an error naming both paths" || fail "duplicate message" "$(cat "$WORK/err")"
fi
rm -rf "$XDG_DATA_HOME/teachback/banks/hands-copy"
if TEACHBACK_NOW=soon "$BIN" learner list --db "$TDB" 2> "$WORK/err"; then fail "a bad TEACHBACK_NOW accepted"; else
  grep -q "TEACHBACK_NOW='soon' is not a time" "$WORK/err" && ok "a bad TEACHBACK_NOW gets a clear error" || fail "TEACHBACK_NOW message" "$(cat "$WORK/err")"
fi
if "$BIN" plan Tess --db "$TDB" --topic hand-washing --by 2026-02-30 2> "$WORK/err"; then fail "a day that does not exist accepted"; else
  grep -q "is not a day like" "$WORK/err" && ok "plan --by refuses a day that does not exist" || fail "bad day" "$(cat "$WORK/err")"
fi
if "$BIN" plan Tess --db "$TDB" --topic hand-washing --by 2020-01-01 2> "$WORK/err"; then fail "a past day accepted"; else
  grep -q "is not after today" "$WORK/err" && ok "plan --by refuses a day already past" || fail "past day" "$(cat "$WORK/err")"
fi
if "$BIN" plan Tess --db "$TDB" --topic blood-thinners 2> "$WORK/err"; then fail "an unknown topic planned"; else
  grep -q "no topic 'blood-thinners'; the topics are: immunotherapy-recurrence, immunotherapy-recurrence-es, hand-washing" "$WORK/err" && ok "an unknown topic is named with the topics there are" || fail "unknown topic" "$(cat "$WORK/err")"
fi
"$BIN" plan Tess --db "$TDB" | grep -q "ready by 2026-12-05" && ok "a refused change leaves the plan as it was" || fail "plan changed"
states() { "$BIN" learner export Tess --db "$TDB" --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print(sorted(r['item_id'] for r in d['review_state'] if r['bank_id']=='hand-washing'))"; }
had=$(states)
cp -r "$XDG_DATA_HOME/teachback/banks/hand-washing" "$WORK/hw2"
sed -i 's/version: "1"/version: "2"/' "$WORK/hw2/bank.yaml"
sed -i 's/You can skip the skin under your nails when you wash./You can leave out the skin under your nails when you wash./' "$WORK/hw2/claims.yaml"
out=$("$BIN" bank install "$WORK/hw2")
grep -q "It replaces version 1. Learners keep their history for the 18 of 19 questions that did not change." <<<"$out" && ok "installing a new version says how many questions kept their history" || fail "new version" "$out"
[ "$(states)" = "$had" ] && [ "$had" != "[]" ] && ok "a new version of a bank keeps the learner's history" || fail "history after a new version: $had then $(states)"
"$BIN" bank list | grep -q "hand-washing .*version 2" && ok "bank list shows the new version" || fail "bank list version"
out=$("$BIN" plan Tess --db "$TDB" --remove hand-washing) && grep -q "Took hand-washing off" <<<"$out" && ok "plan --remove takes a topic off" || fail "plan remove" "$out"
out=$("$BIN" bank remove hand-washing) && [ ! -e "$XDG_DATA_HOME/teachback/banks/hand-washing" ] && ok "bank remove takes it out of the library" || fail "bank remove" "$out"
if "$BIN" bank remove immunotherapy-recurrence 2> "$WORK/err"; then fail "the built-in bank removed"; else
  grep -q "is built in" "$WORK/err" && ok "the built-in bank cannot be removed" || fail "remove built-in" "$(cat "$WORK/err")"
fi

# --- Teach-back: a nurse-led session ends in the nurse's check, in a real terminal -------------------------------
TBDB=$(dbfor teach)
tb_rows() { "$BIN" learner export Tom --db "$TBDB" --format json | python3 -c "import json,sys; print(len(json.load(sys.stdin).get('teach_back', [])))"; }
$T new-session -d -s e2e -x 80 -y 24 "bash --norc --noprofile"
$T set-option -t e2e status off >/dev/null
keys "stty sane; clear" Enter
keys "TERM=xterm-256color $BIN --db '$TBDB' --seed 5 --count 2 --facilitator 'RN Kim'; echo EXITED=\$?" Enter
check_screen "a nurse-led session names the nurse" "Type your name or code"
keys "Tom" Enter
check_screen "the nurse's home offers the teach-back check" "Nurse: teach-back check with this patient"
keys s
for n in $(seq 1 12); do
  wait_for "Session done:" 1 && break
  keys a
  wait_for "Enter: next" 2 || true
  keys Enter
done
check_screen "the summary says the teach-back step comes next" "Next: teach-back with the patient"
check_screen "the summary's keys offer it" "Enter: teach-back"
keys Enter
check_screen "the session ends in the teach-back step" "Teach-back 1 of"
check_screen "the step says what to ask" "Ask:"
check_screen "the step says what to listen for" "Listen for:"
check_screen "the step lists the four results" "4 Skipped"
check_screen "the step leads with what the session missed (its safety points come after)" "Missed in this session"
keys n
check_screen "n opens a note" "Type a short note"
keys "Said she would call the clinic" Enter
check_screen "the note is shown before recording" "Note: Said she would call the clinic"
keys 2
check_screen "recording goes on to the next point" "Teach-back 2 of"
[ "$(tb_rows)" = 1 ] && ok "the result is in the database" || fail "teach-back rows: $(tb_rows)"
keys u
check_screen "undo takes the result back" "The last teach-back result was taken back."
check_screen "undo returns to that point, its note with it" "Note: Said she would call the clinic"
[ "$(tb_rows)" = 0 ] && ok "undo removes it from the database" || fail "teach-back rows after undo: $(tb_rows)"
keys r
check_screen "r opens the passage to re-teach" " of 7: "
keys Escape
check_screen "Escape closes the passage" "Teach-back 1 of"
$T resize-window -t e2e -x 40 -y 12
check_screen "the step reflows at 40x12, its heading in view" "Teach-back 1 of"
if screen | python3 -c "import sys; sys.exit(any(len(l.rstrip('\n')) > 40 for l in sys.stdin))"; then ok "the step is no wider than 40 columns"; else fail "teach-back wider than 40" "$(screen)"; fi
$T resize-window -t e2e -x 80 -y 24
keys 1
check_screen "the next point" "Teach-back 2 of"
keys Escape
check_screen "Escape finishes the step and says what was saved" "Teach-back saved for 1 teaching point."
[ "$(tb_rows)" = 1 ] && ok "one result kept" || fail "teach-back rows at the end: $(tb_rows)"
"$BIN" report Tom --db "$TBDB" | tr -s ' \n' ' ' | grep -q "provided to the patient using teach-back, led by RN Kim" && ok "the report has the charting sentence" || fail "charting sentence" "$("$BIN" report Tom --db "$TBDB" | head -20)"
keys k
check_screen "the nurse's menu starts a check of its own" "Teach-back 1 of"
keys Escape
check_screen "finishing with nothing recorded says so" "nothing was recorded"
keys q
check_screen "the trainer quits" "EXITED=0"
$T kill-session -t e2e

echo
echo "e2e ($BACKEND): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
