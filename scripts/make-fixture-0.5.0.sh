#!/usr/bin/env bash
# Writes Tests/LearnerStoreTests/Fixtures/teachback-0.5.0.sqlite with the release before the record layer (schema v8:
# read-aloud and NFC names), for the test that this release reads every row of it: the learners, sessions, plan and
# teach-back of make-fixture-0.4.0.sh, then a Spanish learner whose name has an accent (NFC) and a Spanish session.
# Usage: scripts/make-fixture-0.5.0.sh path/to/that-release/teachback Tests/LearnerStoreTests/Fixtures/teachback-0.5.0.sqlite
# (that release: git worktree add /tmp/prev 7846f00 && (cd /tmp/prev && swift build))
set -euo pipefail
BIN=$1; OUT=$2
"$(dirname "$0")/make-fixture-0.4.0.sh" "$BIN" "$OUT" >/dev/null
export XDG_DATA_HOME=$(mktemp -d) HOME=$(mktemp -d) TZ=UTC
TEACHBACK_NOW=2026-11-25T09:00:00Z "$BIN" --db "$OUT" --learner "José" --plain --mode review --count 4 --seed 3 \
  --bank immunotherapy-recurrence-es < <(printf 'a\nb\nc\nd\n') >/dev/null
sqlite3 "$OUT" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
sqlite3 "$OUT" "SELECT (SELECT COUNT(*) FROM grdb_migrations), (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM session), (SELECT COUNT(*) FROM attempt), (SELECT COUNT(*) FROM review_state), (SELECT COUNT(*) FROM plan), (SELECT COUNT(*) FROM teach_back)"
