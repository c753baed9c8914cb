"""The clinic server: the real binary against a real PostgreSQL server (the throwaway cluster), each test on a fresh
database: commands, errors that name the server and never the password, TLS, a newer schema, a shared station by
default, `db copy` from a station's file, stations at once, kill -9 mid-answer, and the server restarted or away
mid-session."""

import json
import os
import re
import shutil
import threading
import time

import pytest

from conftest import FIXTURE_0_2_0
from harness.cli import expect_no_crash

pytestmark = pytest.mark.postgres

FEEDBACK = re.compile(r"^(Correct\.|Not quite\.)$", re.M)
STATION_SECONDS = float(os.environ.get("TEACHBACK_E2E_STATION_SECONDS", "60"))


def acknowledged(text):
    return len(FEEDBACK.findall(text))


def given_ana_answered_three(world, server):
    r = world.ok("quiz", "--plain", "--db", server.url(), "--learner", "Ana", "--count", "3", "--seed", "2",
                 stdin="a\nb\na\n")
    return r


def test_a_plain_session_on_the_server_is_read_back_by_every_command(world, server):
    url = server.url()
    # When Ana answers three questions in plain mode on the server
    r = given_ana_answered_three(world, server)
    assert re.search(r"^\d of 3 correct$", r.stdout, re.M), r.describe()
    # Then her three answers are on the server, and learner list, report and TEACHBACK_DB read them
    assert server.answers_of("Ana") == 3
    assert re.search(r"^Ana  3 answers", world.ok("learner", "list", "--db", url).stdout, re.M)
    assert re.search(r"^TEACHBACK REPORT: Ana", world.ok("report", "Ana", "--db", url).stdout, re.M)
    assert re.search(r"^Ana", world.ok("learner", "list", env={"TEACHBACK_DB": url}).stdout, re.M)
    # And db check gives the schema version and integrity; the four migrations are recorded
    out = world.ok("db", "check", "--db", url).stdout.strip()
    assert out == f"postgresql://teachback@127.0.0.1:{server.port}/{server.name}: schema version 6, integrity ok", out
    assert server.scalar("SELECT COUNT(*) FROM teachback_schema") == "6"


ERRORS = {
    # id: (what the message must hold, the URL's port/database/params or an environment, as a function of the server)
    "a wrong password: refused, and said so": (
        lambda s: "refused the password", lambda s: (s.url(), {"PGPASSWORD": "wrong"})),
    "a password in the URL is refused, and not echoed": (
        lambda s: "it holds a password",
        lambda s: (f"postgresql://teachback:secret-pw@127.0.0.1:{s.port}/{s.name}", None)),
    "no server on the port: host and port named": (
        lambda s: f"cannot reach the PostgreSQL server postgresql://teachback@127.0.0.1:1/{s.name} (connection "
                  "refused)",
        lambda s: (s.url(port=1), None)),
    "no such database": (
        lambda s: f"has no database named in postgresql://teachback@127.0.0.1:{s.port}/nosuch",
        lambda s: (s.url(database="nosuch"), None)),
    "sslmode=verify-full refuses a certificate it cannot trust": (
        lambda s: "cannot reach the PostgreSQL server", lambda s: (s.url(params="sslmode=verify-full"), None)),
    "an sslmode that does not exist": (
        lambda s: "sslmode 'sometimes' is not one of", lambda s: (s.url(params="sslmode=sometimes"), None)),
}


def expect_server_error(r, expected, password):
    """The contract of a server error: exit 1, the message, no password, no crash or stack trace."""
    expect_no_crash(r, secrets=(password, "secret-pw"))
    assert r.code == 1, f"expected exit 1{r.describe()}"
    assert not re.search(r"stack|fatal error|\.swift:\d", r.output, re.I), f"not a clear message{r.describe()}"
    assert expected in r.output, f"expected {expected!r}{r.describe()}"


@pytest.mark.parametrize("case", list(ERRORS))
def test_errors_name_the_server_and_never_the_password(world, server, case):
    # Given Ana on the server
    given_ana_answered_three(world, server)
    expected, given = ERRORS[case]
    url, env = given(server)
    # When a command meets the case, Then it exits 1 with a clear message naming the server, and no password
    expect_server_error(world.run("learner", "list", "--db", url, env=env), expected(server), server.password)


def test_tls_when_asked_and_the_password_from_pgpass(world, server):
    given_ana_answered_three(world, server)
    # When sslmode=require is in the URL, or in PGSSLMODE, Then the connection (TLS) works
    r = world.ok("learner", "list", "--db", server.url(params="sslmode=require"))
    assert re.search(r"^Ana", r.stdout, re.M), r.describe()
    r = world.ok("learner", "list", "--db", server.url(params=None), env={"PGSSLMODE": "require"})
    assert re.search(r"^Ana", r.stdout, re.M), r.describe()
    # When the password is in a pgpass file (and not in PGPASSWORD), Then it is used
    pgpass = world.work / "pgpass"
    pgpass.write_text(f"127.0.0.1:{server.port}:{server.name}:teachback:{server.password}\n")
    pgpass.chmod(0o600)
    r = world.ok("learner", "list", "--db", server.url(), env={"PGPASSFILE": pgpass}, drop_env=("PGPASSWORD",))
    assert re.search(r"^Ana", r.stdout, re.M), r.describe()


def test_a_server_with_a_newer_schema_is_refused_and_left_untouched(world, server):
    # Given a database a newer Teachback wrote (one migration past the last)
    world.ok("learner", "add", "Zed", "--db", server.url())
    server.sql("INSERT INTO teachback_schema SELECT MAX(version) + 1, 'from a newer Teachback', 0 "
               "FROM teachback_schema")
    before = server.sql("SELECT COUNT(*), MAX(version) FROM teachback_schema")
    # When a command opens it, Then it is refused, and the schema is as it was
    expect_server_error(world.run("learner", "list", "--db", server.url()), "written by a newer version of Teachback",
                        server.password)
    assert server.sql("SELECT COUNT(*), MAX(version) FROM teachback_schema") == before


@pytest.mark.tmux
def test_a_station_on_the_server_is_shared_by_default(world, server):
    # Given Ana and Ben Okafor on the server
    given_ana_answered_three(world, server)
    world.ok("learner", "add", "Ben Okafor", "--db", server.url())
    # When the trainer starts on the server with no --station
    term = world.terminal(80, 24)
    term.start(world.trainer("--db", server.url()), env={"TERM": "xterm-256color"})
    # Then it asks for the patient's own code and lists no one
    screen = term.wait_for("Type your own code")
    assert "Ben Okafor" not in screen and "Ana" not in screen, f"names listed on the server's station:\n{screen}"


COPIED = "4 learners, 6 sessions, 20 answers, 9 review states, 0 plan entries, 2 teach-back results"
REPORT_SUMMARY = (lambda d: [(r["bank"]["id"], len(r["sessions"]), r["readiness"]["sentence"], r["evaluation"],
                              [[(p["point"], p["result"], p["note"]) for p in g["points"]] for g in r["teachBack"]])
                             for r in (d if isinstance(d, list) else [d])])


def test_db_copy_moves_a_station_to_the_server_once_teach_back_included(world, server):
    # Given a station's file of 0.2.0, where the nurse then checked Ana by teach-back (two results)
    station = world.work / "station.sqlite"
    shutil.copy(FIXTURE_0_2_0, station)
    signed_in = world.nurse(station)
    world.ok("quiz", "--plain", "--db", station, "--learner", "Ana", "--mode", "teach-back", "--nurse", "rnkim",
             stdin="1\n3 Needs the phone number\n", env=signed_in)
    # When it is copied to the server, Then both sides count the same, teach-back results included
    first = world.ok("db", "copy", "--from", station, "--to", server.url()).stdout
    assert re.search(rf"^file .*station\.sqlite: {COPIED}$", first, re.M), first
    assert re.search(rf"^server .*: {COPIED}$", first, re.M), first
    # When it is copied again, Then nothing is copied twice
    second = world.ok("db", "copy", "--from", station, "--to", server.url()).stdout
    assert re.search(rf"^server .*: {COPIED}$", second, re.M), second
    # And Ana's report (teach-back and charting sentence too) reads the same on the server
    a = REPORT_SUMMARY(world.json("report", "Ana", "--db", station, "--format", "json"))
    b = REPORT_SUMMARY(world.json("report", "Ana", "--db", server.url(), "--format", "json"))
    # (the server cannot vouch for the file's accounts: there the nurse's name is marked not verified)
    unverified = " (typed name, not verified)"
    assert unverified in json.dumps(b) and unverified not in json.dumps(a), f"file:\n{a}\nserver:\n{b}"
    a, b = json.loads(json.dumps(a)), json.loads(json.dumps(b).replace(unverified, ""))
    assert a == b and "Needs the phone number" in json.dumps(b), f"file:\n{a}\nserver:\n{b}"
    assert server.scalar("SELECT COUNT(*) FROM teach_back WHERE nurse_id IS NOT NULL") == "0"


def test_three_stations_answering_at_once_lose_no_answer(world, server):
    url = server.url()
    deadline = time.monotonic() + STATION_SECONDS
    logs = {"Sam-1": [], "Sam-2": [], "Tia": []}

    def station(learner, log):
        # Plain sessions one after another until the time is up; each acknowledged answer prints its feedback.
        while time.monotonic() < deadline:
            log.append(world.run("quiz", "--plain", "--db", url, "--learner", learner, "--mode", "section",
                                 "--section", "types", "--count", "6", stdin="a\n" * 40))
    # When two stations answer for Sam and one for Tia, at once, for a minute
    threads = [threading.Thread(target=station, args=(name.split("-")[0], log)) for name, log in logs.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    runs = [r for log in logs.values() for r in log]
    # Then no station met an error
    errors = [r for r in runs if r.code != 0 or "error:" in r.output or "not saved" in r.output]
    assert not errors, f"{len(errors)} station errors in {STATION_SECONDS:.0f} s:{errors[0].describe()}"
    # And every acknowledged answer is on the server
    sam = sum(acknowledged(r.stdout) for r in logs["Sam-1"] + logs["Sam-2"])
    tia = sum(acknowledged(r.stdout) for r in logs["Tia"])
    assert (server.answers_of("Sam"), server.answers_of("Tia")) == (sam, tia), "answers lost (stored vs acknowledged)"
    assert sam > 50, f"only {sam} answers for Sam in {STATION_SECONDS:.0f} s"
    assert "integrity ok" in world.ok("db", "check", "--db", url).stdout


def test_kill_9_of_a_station_mid_answer_loses_no_acknowledged_answer(world, server):
    url = server.url()
    lost = []
    for n in range(20):
        before = server.answers_of("Kim") if n else 0
        # When a station answering as fast as it can is killed (SIGKILL) once it has acknowledged n % 8 answers (the
        # next one is on its way), or at its first question
        s = world.plain("quiz", "--plain", "--db", url, "--learner", "Kim", "--mode", "exam", "--count", "40")
        s.answer("\n".join(["a"] * 40))
        wanted = n % 8
        reached = s.wait_for(lambda t: acknowledged(t) >= wanted and "Question" in t, 60)
        s.kill()
        s.wait(30)
        s.wait_for(lambda t: False, 10)  # everything it printed has been read
        assert reached, f"kill {n}: the station never acknowledged {wanted} answers:\n{s.tail()}"
        acked = acknowledged(s.text)
        stored = server.answers_of("Kim") - before
        # Then every acknowledged answer is stored; at most the one being answered is stored without its feedback
        if not acked <= stored <= acked + 1:
            lost.append(f"kill {n}: {acked} acknowledged, {stored} stored")
    assert not lost, f"kill -9 mid-answer lost answers: {lost}"


def count_lines(text, needles):
    return [line for line in text.splitlines() if any(n in line for n in needles)]


def test_the_server_restarted_mid_session_the_station_carries_on_counting_each_answer_once(world, server,
                                                                                           pg_cluster):
    url = server.url()
    s = world.plain("quiz", "--plain", "--db", url, "--learner", "Rae", "--mode", "exam", "--count", "8")
    # When the server restarts after the fourth question is shown
    for n in range(8):
        if s.until_prompt_or_end(60) is None:
            break
        if n == 3:
            pg_cluster.control("restart")
        s.answer("a")
    code, transcript = s.finish(60)
    # Then the session ends well, at most one line says the server was away, and what was acknowledged is stored
    notices = count_lines(transcript, ("not saved", "cannot reach"))
    acked = acknowledged(transcript)
    stored = server.answers_of("Rae")
    assert code == 0 and acked >= 7 and stored == acked and len(notices) <= 1, \
        f"acknowledged {acked}, stored {stored}, exit {code}, notices {notices}:\n{transcript[-2000:]}"


def test_the_server_away_mid_session_one_line_says_so_and_the_station_carries_on(world, server, pg_cluster):
    url = server.url()
    s = world.plain("quiz", "--plain", "--db", url, "--learner", "Uma", "--mode", "exam", "--count", "6")
    halted = False
    try:
        for n in range(10):
            text = s.until_prompt_or_end(60)
            if text is None:
                break
            # When the server stops before the third answer, and is back before the fourth
            if n == 2:
                pg_cluster.control("halt")
                halted = True
            if n == 3:
                pg_cluster.control("resume")
                halted = False
            s.answer("a")
    finally:
        if halted:
            pg_cluster.control("resume")
    code, transcript = s.finish(60)
    # Then one line says the answer was not saved (the server cannot be reached), the station carries on, and the
    # six acknowledged answers are the six stored
    away = count_lines(transcript, ("not saved",))
    stored = server.answers_of("Uma")
    acked = acknowledged(transcript)
    assert len(away) == 1 and "cannot reach the PostgreSQL server" in away[0], f"said: {away}\n{transcript[-2000:]}"
    assert stored == acked == 6, f"acknowledged {acked}, stored {stored}:\n{transcript[-2000:]}"
    assert "Stopped" not in transcript, f"the session stopped:\n{transcript[-2000:]}"
