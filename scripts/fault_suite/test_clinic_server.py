"""Issue 22, items 3, 4, 12 and 13, on a throwaway PostgreSQL server: a benchmark never touches a real database,
a cut network is a message and not a hang, a station runs as a role without CREATE, and the clinic's own CA can be
trusted with verify-ca/verify-full (never advising a weaker sslmode)."""

import re
import subprocess
import urllib.parse

import pytest

from conftest import expect_ok, expect_refused, expect_within, question_of

pytestmark = pytest.mark.postgres


# --- 3. debug bench-due refuses a database it did not create ---------------------------------------------------------

BENCH = ("--learners", "3", "--items", "4", "--runs", "3")


def test_bench_due_refuses_a_database_holding_learners(station, pg_db):
    # Given a clinic's database holding a learner from an ordinary session
    station.given_session("Ana", answers=2, db=pg_db.url())
    before = pg_db.row_counts()
    assert before.get("attempt") == 2 and before.get("learner") == 1, before
    names = pg_db.learner_names()
    # When the benchmark is pointed at it
    r = station.run("debug", "bench-due", "--db", pg_db.url(), *BENCH)
    # Then it refuses, saying nothing was changed, and nothing was
    expect_refused(r, "nothing was changed", case_insensitive=True, secrets=station.secrets)
    assert pg_db.row_counts() == before
    assert pg_db.learner_names() == names


def test_bench_due_runs_on_an_empty_database_and_again(station, pg_db):
    # Given a new, empty database
    # When the benchmark runs on it, and again afterwards
    first = station.run("debug", "bench-due", "--db", pg_db.url(), *BENCH)
    again = station.run("debug", "bench-due", "--db", pg_db.url(), *BENCH)
    # Then both run (the first marks it as a benchmark database)
    for r in (first, again):
        expect_ok(r, station.secrets)
        assert "due runs=" in r.stdout, r.describe()


# --- 4. a cut network -------------------------------------------------------------------------------------------------

def through(proxy, pg_db):
    return (f"postgresql://teachback@127.0.0.1:{proxy.port}/{pg_db.name}?sslmode=disable&connect_timeout=3")


def test_a_cut_network_is_a_message_and_the_session_carries_on(station, pg_db, proxy_to):
    # Given a station talking to the server through a link that can be cut, in an exam of six questions
    proxy = proxy_to()
    session = station.plain("quiz", "--plain", "--db", through(proxy, pg_db), "--learner", "Ned", "--mode", "exam",
                            "--count", "6")
    # and two questions answered
    for _ in range(2):
        session.until_prompt(timeout=30)
        session.answer("a")
    asked = question_of(session.until_prompt(timeout=30))
    assert session.acknowledged() == 2, session.tail()
    # When the link stops passing bytes (both ways; nothing closed) and the third is answered
    proxy.pause()
    session.answer("a")
    # Then within 15 s one line says the answer was not saved, and the same question is asked again
    assert session.wait_for(lambda text: "not saved" in text, timeout=15), \
        f"within 15 s: expected a line saying the answer was not saved; the session printed:\n{session.tail()}"
    again = session.until_prompt(timeout=30)
    assert "not saved" in again, again
    if re.search(r"^Question \d+ of \d+", again, re.M):
        assert question_of(again) == asked, f"not the same question:\n{asked}\n---\n{again}"
    # (else no other question was shown: the prompt asks the same one again)
    # When the link comes back, and every question is answered
    proxy.resume()
    for _ in range(20):
        session.answer("a")
        if session.until_prompt_or_end(timeout=60) is None:
            break
    session.close_input()
    code = session.wait(60)
    # Then the session ends well, and exactly the answers acknowledged are stored
    assert code == 0, session.tail()
    assert "Fatal error" not in session.text and pg_db.cluster.password not in session.text
    acknowledged = session.acknowledged()
    assert acknowledged == 6, session.tail()
    assert pg_db.answers_of("Ned") == acknowledged


def test_a_station_started_while_the_network_is_cut_says_so(station, pg_db, proxy_to):
    # Given a server reachable only through a link that passes no bytes
    station.given_session("Ned", answers=1, db=pg_db.url())
    proxy = proxy_to()
    proxy.pause()
    # When a station starts on it
    r = station.run("quiz", "--plain", "--db", through(proxy, pg_db), "--learner", "Ned", "--count", "1",
                    stdin="a\n", timeout=15)
    # Then within 15 s it stops, naming the server, rather than hang
    expect_within(r, 15)
    expect_refused(r, f"127.0.0.1:{proxy.port}", secrets=station.secrets)


# --- 12. least privilege ----------------------------------------------------------------------------------------------

def as_role(pg_db, role):
    return pg_db.url(user=role)


def test_a_station_runs_as_a_role_without_create(station, pg_db):
    # Given a database its owner migrated with `teachback db migrate`
    expect_ok(station.run("db", "migrate", "--db", pg_db.url()), station.secrets)
    assert "attempt" in pg_db.tables()
    # and a station role that may only connect and read and write rows
    role, password = pg_db.create_station_role()
    station.secrets.append(password)
    # When a session runs as that role
    r = station.run("quiz", "--plain", "--db", as_role(pg_db, role), "--learner", "Sta", "--count", "2",
                    stdin="a\na\n", env={"PGPASSWORD": password})
    # Then it works end to end, and its answers are stored
    expect_ok(r, station.secrets)
    assert "of 2 correct" in r.stdout, r.describe()
    assert pg_db.answers_of("Sta") == 2


def psql_as(pg_db, role, password, sql):
    """Runs SQL as a role with psql; returns (succeeded, what the server said)."""
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("PG")}
    env.update(PGPASSWORD=password, PGCONNECT_TIMEOUT="10")
    r = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                        "-p", str(pg_db.cluster.port), "-U", role, "-d", pg_db.name, "-c", sql],
                       env=env, capture_output=True, text=True, timeout=60)
    return r.returncode == 0, r.stderr.strip()


def test_grant_station_leaves_a_role_its_rows_and_an_audit_trail_it_can_only_add_to(station, pg_db):
    # Given a database its owner migrated, and a station role that was given every right on every table
    expect_ok(station.run("db", "migrate", "--db", pg_db.url()), station.secrets)
    role, password = pg_db.create_station_role()
    station.secrets.append(password)
    # When the owner runs grant-station for it
    r = expect_ok(station.run("db", "grant-station", role, "--db", pg_db.url()), station.secrets)
    assert role in r.stdout, r.describe()
    # Then a session as that role works end to end, and its start is in the audit trail
    r = station.run("quiz", "--plain", "--db", as_role(pg_db, role), "--learner", "Sta", "--count", "2",
                    stdin="a\na\n", env={"PGPASSWORD": password, "TEACHBACK_STATION_NAME": "ward-9"})
    expect_ok(r, station.secrets)
    assert pg_db.answers_of("Sta") == 2
    assert pg_db.sql("SELECT action, station FROM audit_event ORDER BY id") == [
        ["learner-added", "ward-9"], ["session-started", "ward-9"]]
    # And the role cannot rewrite, delete or empty the audit trail, nor drop or alter a table, nor move the schema
    for sql in ["UPDATE audit_event SET station = 'x'", "DELETE FROM audit_event", "TRUNCATE audit_event",
                "DROP TABLE attempt", "ALTER TABLE attempt ADD COLUMN x INTEGER", "TRUNCATE attempt",
                "UPDATE teachback_schema SET version = 1"]:
        ok, said = psql_as(pg_db, role, password, sql)
        assert not ok and ("permission denied" in said or "must be owner" in said), f"{sql}: {said or 'allowed'}"
    # And of nurse accounts it may read them and count wrong secrets, nothing more: a nurse signs in as that role
    # (a wrong secret counted and audited), but the role cannot change a secret, a name, or turn an account back on
    nurse = {"PGPASSWORD": password, "TEACHBACK_NURSE_SECRET": "482913"}
    station.secrets.append("482913")
    expect_ok(station.run("nurse", "add", "rnkim", "--display-name", "RN Kim", "--db", pg_db.url(),
                          env={"TEACHBACK_NURSE_SECRET": "482913"}), station.secrets)
    wrong = station.run("quiz", "--plain", "--db", as_role(pg_db, role), "--learner", "Sta", "--count", "1",
                        "--nurse", "rnkim", stdin="a\n", env={**nurse, "TEACHBACK_NURSE_SECRET": "000111"})
    assert wrong.code == 1 and "wrong account name or secret" in wrong.stderr, wrong.describe()
    assert pg_db.sql("SELECT failed_tries FROM nurse_account") == [["1"]]
    r = station.run("quiz", "--plain", "--db", as_role(pg_db, role), "--learner", "Sta", "--count", "1",
                    "--nurse", "rnkim", stdin="a\n", env=nurse)
    expect_ok(r, station.secrets)
    assert pg_db.sql("SELECT facilitator, nurse_id IS NOT NULL FROM session ORDER BY id DESC LIMIT 1") == [
        ["RN Kim", "t"]]
    for sql in ["UPDATE nurse_account SET secret_hash = 'x'", "UPDATE nurse_account SET disabled = false",
                "UPDATE nurse_account SET display_name = 'RN Fake'", "DELETE FROM nurse_account",
                "INSERT INTO nurse_account (name, display_name, secret_hash, created_at) VALUES ('f', 'F', 'x', 0)"]:
        ok, said = psql_as(pg_db, role, password, sql)
        assert not ok and "permission denied" in said, f"{sql}: {said or 'allowed'}"
    # And the role cannot run grant-station itself (GRANT by a non-owner only warns): refused, saying who may
    r = station.run("db", "grant-station", role, "--db", as_role(pg_db, role), env={"PGPASSWORD": password})
    assert r.code == 1 and "owns Teachback's tables" in r.stderr and "may now run" not in r.stdout, r.describe()
    # But it may still add to the trail and delete a learner's rows (teachback learner delete)
    r = station.run("learner", "delete", "Sta", "--yes", "--db", as_role(pg_db, role), env={"PGPASSWORD": password})
    assert r.code == 0, r.describe()
    assert pg_db.sql("SELECT action FROM audit_event ORDER BY id DESC LIMIT 1") == [["learner-deleted"]]


def test_grant_station_refuses_a_role_that_does_not_exist_or_a_file(station, pg_db):
    expect_ok(station.run("db", "migrate", "--db", pg_db.url()), station.secrets)
    expect_refused(station.run("db", "grant-station", "nobody_here", "--db", pg_db.url()), "CREATE ROLE nobody_here",
                   secrets=station.secrets)
    expect_refused(station.run("db", "grant-station", "x; DROP TABLE attempt", "--db", pg_db.url()),
                   "not a role name", secrets=station.secrets)
    assert "attempt" in pg_db.tables()
    expect_refused(station.run("db", "grant-station", "someone", "--db", station.work / "f.sqlite"),
                   "clinic's server", secrets=station.secrets)


def test_a_station_on_a_database_not_yet_migrated_says_what_to_run(station, pg_db):
    # Given a new database nobody migrated, and a station role without CREATE
    role, password = pg_db.create_station_role()
    station.secrets.append(password)
    # When a session starts as that role
    r = station.run("quiz", "--plain", "--db", as_role(pg_db, role), "--learner", "Sta", "--count", "1",
                    stdin="a\n", env={"PGPASSWORD": password})
    # Then it stops, saying which command the owner must run (not the server's raw "permission denied")
    expect_refused(r, "teachback db migrate", secrets=station.secrets)
    assert "permission denied" not in r.output.lower(), r.describe()
    assert pg_db.tables() == []


# --- 13. TLS a clinic can use -----------------------------------------------------------------------------------------

@pytest.fixture
def clinic_ca(pg_cluster):
    if not pg_cluster.ca:
        pytest.skip("the cluster has no CA (ca.crt): it was started by a pg-cluster.sh older than this suite")
    return pg_cluster.ca


def tls_url(pg_db, mode, **extra):
    params = {"sslmode": mode, **extra}
    return pg_db.url(params=urllib.parse.urlencode(params, safe="/"))


@pytest.mark.parametrize("mode", ["verify-full", "verify-ca"])
def test_verify_trusts_the_clinic_ca_from_pgsslrootcert(station, pg_db, clinic_ca, mode):
    r = station.run("learner", "list", "--db", tls_url(pg_db, mode), env={"PGSSLROOTCERT": clinic_ca})
    expect_ok(r, station.secrets)


def test_verify_full_trusts_the_clinic_ca_from_sslrootcert_in_the_url(station, pg_db, clinic_ca):
    r = station.run("learner", "list", "--db", tls_url(pg_db, "verify-full", sslrootcert=clinic_ca))
    expect_ok(r, station.secrets)


def test_verify_full_trusts_the_clinic_ca_in_home_postgresql_root_crt(station, pg_db, clinic_ca):
    # Given the CA in ~/.postgresql/root.crt (HOME is the test's own folder)
    folder = station.home / ".postgresql"
    folder.mkdir()
    (folder / "root.crt").write_bytes(open(clinic_ca, "rb").read())
    # When a command connects with verify-full
    r = station.run("learner", "list", "--db", tls_url(pg_db, "verify-full"))
    # Then it trusts the server
    expect_ok(r, station.secrets)


def test_verify_full_without_a_root_certificate_never_advises_require(station, pg_db, clinic_ca):
    # Given no root certificate anywhere (no PGSSLROOTCERT, no sslrootcert, no ~/.postgresql/root.crt)
    # When a command connects with verify-full
    r = station.run("learner", "list", "--db", tls_url(pg_db, "verify-full"))
    # Then it is refused, naming the mode as libpq spells it, and never advising one that checks no certificate
    expect_refused(r, "verify-full", secrets=station.secrets)
    for weaker in ("sslmode=require", "sslmode=prefer", "sslmode=disable", "verifyFull", "verifyCA"):
        assert weaker not in r.output, f"it says {weaker!r}{r.describe()}"


def test_verify_full_refuses_a_certificate_from_another_ca(station, pg_db, clinic_ca):
    """Beyond the contract, a guard: verification must really verify (trusting any CA would pass the tests above)."""
    other = station.work / "other-ca"
    other.mkdir()
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                           "/CN=Some other CA", "-keyout", str(other / "ca.key"), "-out", str(other / "ca.crt")],
                          capture_output=True, timeout=60)
    assert made.returncode == 0, made.stderr
    r = station.run("learner", "list", "--db", tls_url(pg_db, "verify-full"),
                    env={"PGSSLROOTCERT": other / "ca.crt"})
    expect_refused(r, "verify-full", secrets=station.secrets)
    assert "sslmode=require" not in r.output, r.describe()


@pytest.mark.parametrize("mode", ["require", "disable"])
def test_sslmode_require_and_disable_still_work(station, pg_db, mode):
    expect_ok(station.run("learner", "list", "--db", pg_db.url(params=f"sslmode={mode}")), station.secrets)
