#!/usr/bin/env bash
# Writes Tests/LearnerStoreTests/Fixtures/teachback-0.4.0.sqlite with the release before read-aloud (schema v6:
# teach-back), for the v7 migration test: the learners, sessions and plan of make-fixture-0.3.0.sh, then a nurse's
# teach-back check of ana with a note.
# Usage: scripts/make-fixture-0.4.0.sh path/to/that-release/teachback Tests/LearnerStoreTests/Fixtures/teachback-0.4.0.sqlite
# (that release: git worktree add /tmp/prev 598d898 && (cd /tmp/prev && swift build))
set -euo pipefail
BIN=$1; OUT=$2
"$(dirname "$0")/make-fixture-0.3.0.sh" "$BIN" "$OUT" >/dev/null
export XDG_DATA_HOME=$(mktemp -d) HOME=$(mktemp -d) TZ=UTC
TEACHBACK_NOW=2026-11-24T09:00:00Z "$BIN" --db "$OUT" --learner ana --plain --mode teach-back --facilitator "RN Kim" \
  < <(printf '1 said it back well\n3\n2\nq\n') >/dev/null
sqlite3 "$OUT" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
sqlite3 "$OUT" "SELECT (SELECT COUNT(*) FROM grdb_migrations), (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM session), (SELECT COUNT(*) FROM attempt), (SELECT COUNT(*) FROM review_state), (SELECT COUNT(*) FROM plan), (SELECT COUNT(*) FROM teach_back)"
