#!/usr/bin/env bash
# Writes Tests/LearnerStoreTests/Fixtures/teachback-0.6.0.sqlite with the release before nurse accounts (schema v9: the
# audit trail), for the test that this release keeps every row of it and its trail still verifies: the rows of
# make-fixture-0.5.0.sh, each with its audit events, then a report and an export (events of their own).
# Usage: scripts/make-fixture-0.6.0.sh path/to/that-release/teachback Tests/LearnerStoreTests/Fixtures/teachback-0.6.0.sqlite
# (that release: a build of 534fab0, whose schema v9 is da833f1's: git worktree add /tmp/prev 534fab0)
set -euo pipefail
BIN=$1; OUT=$2
"$(dirname "$0")/make-fixture-0.5.0.sh" "$BIN" "$OUT" >/dev/null
export XDG_DATA_HOME=$(mktemp -d) HOME=$(mktemp -d) TZ=UTC
TEACHBACK_NOW=2026-11-26T09:00:00Z "$BIN" report ana --db "$OUT" --format json >/dev/null
TEACHBACK_NOW=2026-11-26T09:05:00Z "$BIN" learner export ben --db "$OUT" --format json >/dev/null
sqlite3 "$OUT" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
sqlite3 "$OUT" "SELECT (SELECT COUNT(*) FROM grdb_migrations), (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM session), (SELECT COUNT(*) FROM attempt), (SELECT COUNT(*) FROM review_state), (SELECT COUNT(*) FROM plan), (SELECT COUNT(*) FROM teach_back), (SELECT COUNT(*) FROM audit_event)"
