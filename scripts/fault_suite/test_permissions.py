"""Issue 22, items 8-10: a read-only database stays read-only, the data folder is private from the first command,
and a deleted learner's name leaves the -wal file too."""

import os
import sqlite3
import stat
import threading

import pytest

from conftest import (BUILT_IN_TOPIC, EXAMPLE_BANK, days_ahead, expect_ok, expect_refused, file_digest,
                      make_self_contained)


@pytest.mark.parametrize("mode", [0o444, 0o400], ids=["0444", "0400"])
def test_a_read_only_database_stays_read_only(station, mode):
    # Given a database an administrator made read-only (self-contained: its WAL checkpointed first)
    station.given_session("Rita", answers=1)
    make_self_contained(station.db)
    os.chmod(station.db, mode)
    digest = file_digest(station.db)
    # When learners are listed
    listed = station.run("learner", "list", "--db", station.db)
    # Then they are, and the file's mode is exactly what the administrator set
    expect_ok(listed)
    assert "Rita" in listed.stdout, listed.describe()
    assert stat.S_IMODE(os.stat(station.db).st_mode) == mode, oct(os.stat(station.db).st_mode)
    # When a session tries to write to it
    quiz = station.run("quiz", "--plain", "--db", station.db, "--learner", "Xavier", "--count", "1", stdin="a\n")
    # Then it is refused with an error saying the file is read-only (even as root: the mode is honoured)
    expect_refused(quiz)
    assert any(line.startswith("error:") and "read-only" in line for line in quiz.stderr.splitlines()), \
        f"no 'error: … read-only' line{quiz.describe()}"
    assert stat.S_IMODE(os.stat(station.db).st_mode) == mode
    assert file_digest(station.db) == digest, "the read-only file changed"


def test_bank_install_before_any_session_makes_private_folders(station):
    # Given a data folder that does not exist yet
    assert not station.data.exists()
    # When a bank is installed first of all
    expect_ok(station.run("bank", "install", EXAMPLE_BANK))
    # Then Teachback's folder and its library are private (0700)
    for folder in (station.data / "teachback", station.data / "teachback" / "banks"):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700, f"{folder}: {oct(os.stat(folder).st_mode)}"


# --- learner delete erases the bytes, -wal included -------------------------------------------------------------------

NAME = "Zelda Quuxname"
# The nurse's name is an account now (kept: the records of other patients name it), so only the patient's own name and
# the note typed about them must go.
SECRET_BYTES = (b"Quuxname", b"Quuxphone")


def given_zelda(station):
    """Zelda Quuxname with three answers, a plan from Nurse Ratched, and a teach-back note ("Quuxphone")."""
    station.given_session(NAME, answers=3)
    signed_in = {"TEACHBACK_NURSE_SECRET": "482913"}
    station.secrets.append("482913")
    expect_ok(station.run("nurse", "add", "ratched", "--display-name", "Nurse Ratched", "--db", station.db,
                          env=signed_in))
    expect_ok(station.run("plan", NAME, "--db", station.db, "--topic", BUILT_IN_TOPIC, "--by", days_ahead(30),
                          "--nurse", "ratched", env=signed_in))
    expect_ok(station.run("quiz", "--plain", "--db", station.db, "--learner", NAME, "--mode", "teach-back",
                          "--nurse", "ratched", stdin="1\n3 Needs the Quuxphone number\n", env=signed_in))
    assert len(files_holding_the_name(station.db)) >= len(SECRET_BYTES), "the names are not in the files to begin with"


def files_holding_the_name(db):
    found = []
    for path in (str(db), f"{db}-wal", f"{db}-shm"):
        if os.path.exists(path):
            data = open(path, "rb").read()
            found += [f"{os.path.basename(path)}: {s.decode()}" for s in SECRET_BYTES if s in data]
    return found


class Reader:
    """Another process reading the file: a connection holding a read transaction open."""

    def __init__(self, db):
        self.connection = sqlite3.connect(str(db), isolation_level=None, check_same_thread=False, timeout=30)
        self.connection.execute("BEGIN")
        self.connection.execute("SELECT COUNT(*) FROM learner").fetchall()

    def end_transaction(self):
        self.connection.execute("COMMIT")

    def close(self):
        self.connection.close()


def test_learner_delete_erases_the_name_from_the_wal_too(station):
    # Given Zelda, with answers and a plan from Nurse Ratched, and a reader holding a read transaction on the file
    given_zelda(station)
    reader = Reader(station.db)
    # (the reader ends its transaction about 2 s into the delete: a deliberate delay in the scenario)
    release = threading.Timer(2.0, reader.end_transaction)
    try:
        # When Zelda is deleted meanwhile
        deleting = station.start("learner", "delete", NAME, "--db", station.db, "--yes")
        release.start()
        r = deleting.finish(60)
        release.join()
        # Then it works, and her name, her nurse's and the note are in none of the files (the reader is still
        # connected, so no checkpoint happens on anyone's close but the delete's own)
        expect_ok(r)
        assert files_holding_the_name(station.db) == [], files_holding_the_name(station.db)
    finally:
        release.cancel()
        reader.close()


def test_learner_delete_never_says_deleted_while_the_name_is_still_there(station):
    # Given Zelda, and a reader that holds its read transaction for the whole command
    given_zelda(station)
    reader = Reader(station.db)
    try:
        # When Zelda is deleted
        r = station.run("learner", "delete", NAME, "--db", station.db, "--yes", timeout=120)
        left = files_holding_the_name(station.db)
        # Then either it worked and the bytes are gone, or it says it could not erase them from the -wal file
        if r.code == 0:
            expect_ok(r)
            assert left == [], f"exit 0 ('deleted') while the name is still in {left}{r.describe()}"
        else:
            expect_refused(r, f"{station.db}-wal")
    finally:
        reader.close()
