"""Issue 22, items 1 and 2: several processes opening one SQLite file at once (schema upgrade race, one new learner)."""

import shutil
from collections import Counter

import pytest

from conftest import FIXTURE_0_4_0, expect_ok, sqlite_rows, sqlite_scalar, sqlite_snapshot

STATIONS = 12
ROUNDS = 3
NEW_FILE_ROUNDS = 5  # a race with nothing to hold it open: b4377f7 lost it in most rounds, not in every one


def twelve_sessions(db):
    return [("quiz", "--plain", "--db", db, "--learner", f"p{n}", "--count", "2", "--seed", str(n))
            for n in range(STATIONS)]


def expect_every_session_finished(results, answers):
    for r in results:
        expect_ok(r)
        assert f"of {answers} correct" in r.stdout, f"no summary line{r.describe()}"


def migrations_of_a_new_file(station):
    """How many migrations a file the binary creates today records (7 for schema v7)."""
    fresh = station.work / "fresh.sqlite"
    expect_ok(station.run("learner", "add", "X", "--db", fresh))
    return sqlite_scalar(fresh, "SELECT COUNT(*) FROM grdb_migrations")


@pytest.mark.parametrize("round_", range(1, NEW_FILE_ROUNDS + 1))
def test_twelve_stations_open_a_new_file_at_once(station, round_):
    # Given a database file that does not exist yet
    db = station.work / "new.sqlite"
    # When twelve plain sessions start together on it
    procs = station.start_together(twelve_sessions(db), stdin="a\na\n")
    results = [p.finish(120) for p in procs]
    # Then every one of them works, and every answer is in the file
    expect_every_session_finished(results, answers=2)
    assert sqlite_scalar(db, "SELECT COUNT(*) FROM learner") == STATIONS
    assert sqlite_scalar(db, "SELECT COUNT(*) FROM attempt") == 2 * STATIONS
    assert sqlite_rows(db, "PRAGMA integrity_check") == [("ok",)]


@pytest.mark.parametrize("round_", range(1, ROUNDS + 1))
def test_twelve_stations_open_a_file_of_the_previous_release_at_once(station, round_):
    # Given a copy of a file written by the previous release (schema v6), and what every table holds
    db = station.work / "old.sqlite"
    shutil.copyfile(FIXTURE_0_4_0, db)
    before = sqlite_snapshot(db)
    assert len(before["grdb_migrations"][1]) == 6, "the fixture is not schema v6"
    old_answers = len(before["attempt"][1])
    expected_migrations = migrations_of_a_new_file(station)
    # When twelve plain sessions start together on it (all of them racing to upgrade it, while another connection
    # holds the write lock until each of them waits for it)
    procs = station.start_together(twelve_sessions(db), stdin="a\na\n", hold_write_lock=db)
    results = [p.finish(120) for p in procs]
    # Then every one works, every row of every old table is still there, and the schema is upgraded once
    expect_every_session_finished(results, answers=2)
    for table, (columns, rows) in before.items():
        quoted = ", ".join(f'"{c}"' for c in columns)
        now = Counter(sqlite_rows(db, f'SELECT {quoted} FROM "{table}"'))
        missing = Counter(rows) - now
        assert not missing, f"rows of {table} lost in the upgrade: {list(missing)[:5]}"
    # (7 rows for schema v7: as many as a file the same binary creates)
    assert sqlite_scalar(db, "SELECT COUNT(*) FROM grdb_migrations") == expected_migrations
    assert sqlite_scalar(db, "SELECT COUNT(*) FROM attempt") == old_answers + 2 * STATIONS
    assert sqlite_scalar(db, "SELECT COUNT(*) FROM learner WHERE name LIKE 'p%'") == STATIONS
    assert sqlite_rows(db, "PRAGMA integrity_check") == [("ok",)]


@pytest.mark.parametrize("file_exists", [False, True], ids=["new-file", "existing-file"])
@pytest.mark.parametrize("round_", [1, 2])
def test_twenty_processes_create_one_new_learner(station, file_exists, round_):
    # Given a new file, or a file already created (holding another learner)
    db = station.work / "shared.sqlite"
    others = 0
    if file_exists:
        expect_ok(station.run("learner", "add", "Someone Else", "--db", db))
        others = 1
    # When twenty sessions for one new learner start together (on an existing file, while another connection holds
    # the write lock until each of them waits for it). In exam mode, so each asks its question however many of the
    # others finished first (the learner's daily limit of 10 new questions would leave the last ones nothing to ask).
    commands = [("quiz", "--plain", "--db", db, "--learner", "Same Name", "--mode", "exam", "--count", "1")
                for _ in range(20)]
    results = [p.finish(120) for p in station.start_together(commands, stdin="a\n",
                                                             hold_write_lock=db if file_exists else None)]
    # Then all work, there is one learner of that name, and all twenty answers are theirs
    expect_every_session_finished(results, answers=1)
    names = [r[0] for r in sqlite_rows(db, "SELECT name FROM learner ORDER BY id")]
    assert names.count("Same Name") == 1, f"learners: {names}"
    assert len(names) == 1 + others, f"learners: {names}"
    assert not [n for n in names if n.strip().lower() in ("a", "b", "c", "d", "1", "2", "3", "4", "q")], \
        f"a learner named after an answer: {names}"
    per_learner = dict(sqlite_rows(db, "SELECT learner.name, COUNT(*) FROM attempt "
                                       "JOIN learner ON learner.id = attempt.learner_id GROUP BY learner.name"))
    assert per_learner == {"Same Name": 20}, f"answers by learner: {per_learner}"
