#!/usr/bin/env bash
# Writes Tests/LearnerStoreTests/Fixtures/teachback-0.3.0.sqlite with the release before teach-back (schema v5).
set -euo pipefail
BIN=$1; OUT=$2
export XDG_DATA_HOME=$(mktemp -d) HOME=$(mktemp -d) TZ=UTC
rm -f "$OUT" "$OUT"-wal "$OUT"-shm
HW=Tests/TestSupport/Banks/hand-washing
day() { echo "2026-11-2${1}T09:00:00Z"; }
answers() { python3 -c "import sys; print('\n'.join(sys.argv[1]))" "$1"; }
# ana: two review sessions in the built-in bank (one nurse-led), a missed-mode session, an exam
TEACHBACK_NOW=$(day 0) "$BIN" --db "$OUT" --learner ana --plain --mode review --count 6 --seed 3 < <(answers abcdab) >/dev/null
TEACHBACK_NOW=$(day 1) "$BIN" --db "$OUT" --learner ana --plain --mode review --count 6 --seed 3 --facilitator "RN Kim" < <(answers bbbbbbbbbb) >/dev/null
TEACHBACK_NOW=$(day 2) "$BIN" --db "$OUT" --learner ana --plain --mode missed --seed 3 < <(answers aaaaaaaaaa) >/dev/null || true
TEACHBACK_NOW=$(day 2) "$BIN" --db "$OUT" --learner ana --plain --mode exam --count 4 --seed 3 < <(answers cccc) >/dev/null
"$BIN" bank install $HW >/dev/null
# ben: the hand-washing bank, with a plan, and an undo
TEACHBACK_NOW=$(day 0) "$BIN" plan ben --db "$OUT" --topic hand-washing --by 2026-12-01 --nurse "RN Kim" >/dev/null || true
TEACHBACK_NOW=$(day 0) "$BIN" --db "$OUT" --bank $HW --learner ben --plain --mode review --count 5 --seed 5 < <(printf 'a\nu\nb\nc\nd\na\nb\n') >/dev/null
# cai: no answers
TEACHBACK_NOW=$(day 0) "$BIN" learner add cai --db "$OUT" >/dev/null
sqlite3 "$OUT" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
sqlite3 "$OUT" "SELECT (SELECT COUNT(*) FROM grdb_migrations), (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM session), (SELECT COUNT(*) FROM attempt), (SELECT COUNT(*) FROM review_state), (SELECT COUNT(*) FROM plan)"
