"""What only SQLite files have: a file that is not a database, and a migration killed part way. And bad banks get
clear errors, the built-in banks check and lint clean. (scripts/e2e.sh ran these on its SQLite run only.)"""

import hashlib
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import time

from conftest import FIXTURE_0_2_0
from harness.cli import expect_refused

TICK = os.sysconf("SC_CLK_TCK")


def test_a_file_that_is_not_a_database_gets_a_clear_error_and_is_left_untouched(world):
    # Given a text file
    notes = world.work / "notes.txt"
    notes.write_text("not a database\n")
    before = hashlib.sha256(notes.read_bytes()).hexdigest()
    # When it is named as the database, Then it is refused clearly
    expect_refused(world.run("learner", "list", "--db", notes), "is not a Teachback database")
    # And the file is as it was
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == before, "the non-database file was changed"


def test_a_broken_bank_gets_file_line_column_errors_and_the_built_in_banks_check_and_lint_clean(world):
    # Given a bank file that is not valid YAML, When it is checked, Then the error says FILE:LINE:COLUMN
    bad = world.work / "bad.yaml"
    bad.write_text("bank:\n  id: x\n  title: [\n")
    r = expect_refused(world.run("bank", "check", "--bank", bad))
    assert re.search(r"bad\.yaml:\d+:\d+: error: ", r.stderr), f"not FILE:LINE:COLUMN{r.describe()}"
    # When the built-in bank is checked and linted, Then it passes
    r = world.run("bank", "check")
    assert "sections" in r.output, f"bank check{r.describe()}"
    world.ok("bank", "lint")


def counts(db):
    c = sqlite3.connect(str(db), timeout=30)
    try:
        return c.execute("SELECT (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM session), "
                         "(SELECT COUNT(*) FROM attempt), (SELECT COUNT(*) FROM review_state), "
                         "(SELECT group_concat(id) FROM (SELECT id FROM attempt ORDER BY id DESC LIMIT 3))").fetchone()
    finally:
        c.close()


def scalar(db, sql):
    c = sqlite3.connect(str(db), timeout=30)
    try:
        return c.execute(sql).fetchone()[0]
    finally:
        c.close()


def cpu_seconds(pid):
    """The CPU time a process has used so far: how far it has got with its work, whatever the machine's load."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def test_kill_9_during_the_migrations_from_a_release_before_topics_keeps_every_row(world):
    # Given a database of 0.2.0 (schema v4) with 300,000 more answers, so the migrations to v5-v8 take a while
    mig = world.work / "mig"
    mig.mkdir()
    big = mig / "big.sqlite"
    shutil.copy(FIXTURE_0_2_0, big)
    c = sqlite3.connect(str(big))
    c.executescript("""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 15000)
        INSERT INTO attempt (session_id, learner_id, item_id, point_id, item_version, section, chosen, chosen_text,
          correct, confidence, response_ms, answered_at, rating, scheduled, had_state)
        SELECT session_id, learner_id, item_id, point_id, item_version, section, chosen, chosen_text, correct,
          confidence, response_ms, answered_at + i, rating, 0, had_state FROM attempt, n;""")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    c.close()
    before = counts(big)
    # The CPU time a whole migration takes (the kills below land at fractions of it, not after fixed sleeps)
    timed = mig / "timed.sqlite"
    shutil.copy(big, timed)
    p = subprocess.Popen([world.bin, "learner", "list", "--db", timed], env=world.environment(),
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    assert p.returncode == 0, f"the migration failed: {p.stderr.read().decode()}"
    total = usage.ru_utime + usage.ru_stime
    old = new = 0
    bad = []
    for n in range(1, 21):
        k = mig / "k.sqlite"
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(f"{k}{suffix}"):
                os.remove(f"{k}{suffix}")
        shutil.copy(big, k)
        # When the migration is killed (SIGKILL) once it has used n/19 of a whole migration's CPU time (the last
        # ones may finish first)
        p = subprocess.Popen([world.bin, "learner", "list", "--db", k], env=world.environment(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while p.poll() is None:
            try:
                if cpu_seconds(p.pid) >= total * n / 19:
                    p.send_signal(signal.SIGKILL)
                    break
            except OSError:
                break
            time.sleep(0.002)  # a poll interval: the condition is the process's own progress
        p.wait()
        version = scalar(k, "SELECT COUNT(*) FROM grdb_migrations")
        # Then the file holds either the old schema whole (v4: every row, no bank_id column) or finished migrations
        # (each of v5, v6 teach-back, v7 read-aloud, v8 names in NFC, v9 the audit trail, v10 nurse accounts is whole
        # on its own), every
        # row kept
        if version == 4:
            columns = [r[1] for r in sqlite3.connect(str(k)).execute("PRAGMA table_info('attempt')")]
            if counts(k) == before and "bank_id" not in columns:
                old += 1
            else:
                bad.append(f"kill {n}: v4 changed")
        elif version in (5, 6, 7, 8, 9, 10):
            nulls = scalar(k, "SELECT COUNT(*) FROM attempt WHERE bank_id IS NULL")
            teach = 0 if version == 5 else scalar(k, "SELECT COUNT(*) FROM teach_back")
            if counts(k) == before and nulls == 0 and teach == 0:
                new += 1
            else:
                bad.append(f"kill {n}: v{version} lost rows or left bank_id empty")
        else:
            bad.append(f"kill {n}: schema version {version}")
        # And the file passes SQLite's integrity check, then opens, every row still there
        integrity = scalar(k, "PRAGMA integrity_check")
        if integrity != "ok":
            bad.append(f"kill {n}: integrity {integrity}")
        r = world.run("learner", "list", "--db", k)
        if r.code != 0 or counts(k) != before:
            bad.append(f"kill {n}: did not open with every row{r.describe()}")
    print(f"{old} kills left the old schema whole, {new} found the migrations finished "
          f"({total:.2f} s of CPU a whole one)")
    assert not bad and old > 0, (f"a migration killed part way ({total:.2f} s of CPU a whole one): {old} left the "
                                 f"old schema whole, {new} finished; wrong: {bad}")
