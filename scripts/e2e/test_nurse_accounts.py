"""Nurse accounts end to end, on SQLite files and on the clinic server: `teachback nurse add/list/passwd/disable`,
signing in with --nurse (the secret from TEACHBACK_NURSE_SECRET, as scripts give it), five wrong secrets locking the
account across restarts, the chart note naming the account; and in a real terminal, a patient on a shared station who
types a nurse's name gets no nurse's screen, while a nurse who signs in does."""

import re

import pytest

NOW = {"TEACHBACK_NOW": "2026-12-06T09:00:00Z"}


def quiz_as(world, db, account, secret, *extra, stdin="a\n", env=None):
    return world.run("quiz", "--plain", "--db", db, "--learner", "Ana", "--count", "1", "--seed", "3",
                     "--nurse", account, *extra, stdin=stdin,
                     env={**NOW, **(env or {}), "TEACHBACK_NURSE_SECRET": secret})


def test_accounts_are_listed_without_their_secrets_and_a_name_is_taken_once(world, store):
    db = store.new("nurses")
    # Given two accounts
    world.nurse(db, "rnkim", "RN Kim", "482913")
    world.nurse(db, "dreyes", "Dana Reyes, RN", "correct horse")
    # Then the list shows both, active, and no secret or hash (world.ok fails on a printed secret)
    listed = world.json("nurse", "list", "--db", db, "--format", "json")
    assert [(a["name"], a["display_name"], a["state"]) for a in listed] == [
        ("dreyes", "Dana Reyes, RN", "active"), ("rnkim", "RN Kim", "active")], listed
    assert "scrypt" not in world.ok("nurse", "list", "--db", db).stdout
    # And a second account of a name, a bad name, a short PIN or no secret at all are refused, saying why
    for args, env, said in [
        (["rnkim"], {"TEACHBACK_NURSE_SECRET": "739182"}, "already exists"),
        (["RN Kim"], {"TEACHBACK_NURSE_SECRET": "739182"}, "not an account name"),
        (["short"], {"TEACHBACK_NURSE_SECRET": "12345"}, "at least 6 digits"),
        (["nosecret"], {}, "TEACHBACK_NURSE_SECRET"),
    ]:
        r = world.run("nurse", "add", *args, "--db", db, env=env)
        assert r.code != 0 and said in r.stderr and "Traceback" not in r.stderr, r.describe()
    assert len(world.json("nurse", "list", "--db", db, "--format", "json")) == 2


def test_five_wrong_secrets_lock_the_account_across_restarts_and_a_new_secret_unlocks(world, store):
    db = store.new("lock")
    world.nurse(db)
    # When a wrong secret is given five times, each a new process
    for n in range(5):
        r = quiz_as(world, db, "rnkim", "000111")
        assert r.code == 1 and "secret" in r.stderr, r.describe()
    # Then the right secret is refused too: the account is locked, in the database (a restart does not reset it)
    r = quiz_as(world, db, "rnkim", "482913")
    assert r.code == 1 and "is locked" in r.stderr, r.describe()
    assert "locked until" in world.ok("nurse", "list", "--db", db, env=NOW).stdout
    # And the test clock cannot step past the lock: a day later by TEACHBACK_NOW is still now for the lock
    later = {"TEACHBACK_NOW": "2026-12-07T09:05:01Z"}
    r = quiz_as(world, db, "rnkim", "482913", env=later)
    assert r.code == 1 and "is locked" in r.stderr, r.describe()
    # And `nurse passwd` sets a new secret and lifts the lock (the old secret then fails), `disable` turns it off
    world.secrets.append("739182")
    world.ok("nurse", "passwd", "rnkim", "--db", db, env={"TEACHBACK_NURSE_SECRET": "739182"})
    assert quiz_as(world, db, "rnkim", "482913", env=later).code == 1
    assert quiz_as(world, db, "rnkim", "739182", env=later).code == 0
    world.ok("nurse", "disable", "rnkim", "--db", db)
    r = quiz_as(world, db, "rnkim", "739182", env=later)
    assert r.code == 1 and "disabled" in r.stderr, r.describe()
    # And the audit trail has each sign-in and refusal, and is whole
    events = world.ok("audit", "list", "--db", db, "--format", "csv").stdout
    assert events.count("sign-in-refused") >= 7 and events.count("signed-in") == 1, events
    assert "The audit trail is whole" in world.ok("audit", "verify", "--db", db).stdout


def test_the_chart_note_names_the_signed_in_account_and_old_typed_names_are_marked(world, tmp_path):
    db = world.work / "chart.sqlite"
    signed_in = world.nurse(db, "dreyes", "Dana Reyes, RN", "482913")
    # When Dana signs in and records a teach-back result
    r = world.run("quiz", "--plain", "--db", db, "--learner", "Ana", "--mode", "teach-back", "--nurse", "dreyes",
                  stdin="1\n", env={**NOW, **signed_in})
    assert r.code == 0, r.describe()
    # Then the chart note and the sessions name her account's display name, not verified nowhere
    report = world.ok("report", "Ana", "--db", db, env=NOW).stdout
    assert "Dana Reyes, RN" in report and "not verified" not in report, report
    # And a record from before accounts (a typed name) reads as not verified
    import sqlite3
    with sqlite3.connect(db) as c:
        c.execute("UPDATE teach_back SET nurse = 'RN Fake', nurse_id = NULL")
        c.execute("UPDATE session SET facilitator = 'RN Fake', nurse_id = NULL")
    report = world.ok("report", "Ana", "--db", db, env=NOW).stdout
    assert "RN Fake (typed name, not verified)" in report and "Dana Reyes" not in report, report


@pytest.mark.tmux
def test_on_a_shared_station_a_typed_name_is_no_nurse_and_a_signed_in_nurse_is(world):
    db = world.work / "shared.sqlite"
    world.nurse(db, "rnkim", "RN Kim", "482913")
    term = world.terminal(80, 24)
    term.start(world.trainer("--db", db, "--station", "shared"), env={**NOW, "TERM": "xterm-256color"})
    term.wait_for("Type your own code")
    term.type("P-0231")
    term.send("Enter")
    home = term.wait_for("Nurse: sign in")
    assert "teach-back check" not in home, home
    # When the patient presses f and types a nurse's name and a guess
    term.send("f")
    term.wait_for("Account name:")
    term.type("RN Fake")
    term.send("Enter")
    term.wait_for("Password or PIN:")
    term.type("123456")
    term.wait_for("> ******")
    term.send("Enter")
    screen = term.wait_for("Wrong account name or secret")
    # Then the secret was never on screen, and no nurse's entry is offered
    assert "123456" not in screen, screen
    term.send("Escape")
    home = term.wait_for("Nurse: sign in")
    assert "teach-back check" not in home and "Next learner" not in home, home
    # When the nurse signs in
    term.send("f")
    term.wait_for("Account name:")
    term.type("rnkim")
    term.send("Enter")
    term.wait_for("Password or PIN:")
    term.type("482913")
    screen = term.wait_for("> ******")
    assert "482913" not in screen, screen
    term.send("Enter")
    home = term.wait_for("Nurse-led session with RN Kim.")
    assert "Nurse: teach-back check with this patient" in home and "Nurse: sign out" in home, home
    # And signing out takes the nurse's entries away again
    term.send("f")
    home = term.wait_for("RN Kim signed out.")
    assert "teach-back check" not in home, home
    term.send("q")
    term.wait_exit(0)


@pytest.mark.tmux
def test_the_secret_prompt_gives_the_terminal_back_and_takes_no_empty_secret(world):
    db = world.work / "prompt.sqlite"
    world.nurse(db)
    # When the nurse presses Enter at the secret prompt without typing, Then nothing is tried
    term = world.terminal(80, 24)
    term.start(world.trainer("roster", "--db", db, "--nurse", "rnkim"))
    term.wait_for("Password or PIN for rnkim:")
    term.send("Enter")
    screen = term.wait_exit(1)
    assert "no secret was typed" in screen, screen
    assert term.restored(), f"echo was left off:\n{screen}"
    # When Ctrl-C comes while the secret is half typed, Then the terminal gets its echo back
    term = world.terminal(80, 24, label="ctrl-c")
    term.start(world.trainer("roster", "--db", db, "--nurse", "rnkim"))
    term.wait_for("Password or PIN for rnkim:")
    term.type("4829")
    term.send("C-c")
    screen = term.wait_exit(130)
    assert term.restored(), f"Ctrl-C at the secret prompt left the terminal without echo:\n{screen}"
    assert "4829" not in screen, screen
    # And neither counted as a wrong try
    assert world.json("nurse", "list", "--db", db, "--format", "json")[0]["state"] == "active"
    import sqlite3
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT failed_tries FROM nurse_account").fetchone()[0] == 0

