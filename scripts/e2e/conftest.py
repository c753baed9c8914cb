"""The end-to-end suite: the real binary (TEACHBACK_BIN) in a real terminal (tmux), in plain mode over pipes, and as
commands, on SQLite files and on a PostgreSQL server. scripts/e2e/README.md maps the checks of the scripts it
replaced (e2e.sh, e2e-postgres.sh, language_speech_check.py, teach_back_check.py, plan_week.py) to its tests.

Fixtures, so that each test reads as Given / When / Then:

- `world`: one test's own world: a temp folder as HOME, XDG_DATA_HOME (its bank library), XDG_CACHE_HOME and
  XDG_RUNTIME_DIR, its database files, and a token in the environment of everything it starts (so its own processes
  are told from any other teachback or espeak-ng on the machine). `world.run` runs a command (a `Result`: exit status,
  stdout, stderr), `world.plain` drives plain mode over pipes, `world.terminal` opens a tmux terminal. Everything it
  started is killed when the test ends, pass or fail.
- `store` (parametrized: sqlite, postgres): where the learner databases of a test live: `store.new(name)` is a file
  in the world's folder, or a fresh database on the throwaway server (stations personal there, as the SQLite default).
- `server` (PostgreSQL only): a fresh database on the throwaway cluster, with psql access and the cluster's controls
  (restart, halt, resume).
- `pg_cluster` (session): scripts/pg-cluster.sh's cluster: the one TEACHBACK_PG_DIR names, else one of the suite's
  own. Without PostgreSQL those tests are skipped, unless TEACHBACK_REQUIRE_POSTGRES=1 (then they error).

The helpers themselves (Tmux, PlainSession, Result and the contract, the cluster) are in scripts/harness, shared with
scripts/fault_suite.
"""

import json
import os
import re
import shlex
import signal
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from harness.cli import Result, expect_ok, run_command  # noqa: E402
from harness.plain import PlainSession, stem_and_options, PROMPT  # noqa: E402
from harness.postgres import Unavailable, cluster_for_tests  # noqa: E402
from harness.procs import processes  # noqa: E402
from harness.tmux import Tmux  # noqa: E402

AWKWARD_BANK = ROOT / "Tests" / "ReportsTests" / "Fixtures" / "awkward.yaml"
HAND_WASHING = ROOT / "Tests" / "TestSupport" / "Banks" / "hand-washing"
FIXTURE_0_2_0 = ROOT / "Tests" / "LearnerStoreTests" / "Fixtures" / "teachback-0.2.0.sqlite"
GOLDEN = ROOT / "Tests" / "ReportsTests" / "Golden"
BUILT_IN = "immunotherapy-recurrence"
BUILT_IN_ES = "immunotherapy-recurrence-es"
BUILT_IN_ZH = "immunotherapy-recurrence-zh"


from harness.sandbox import Sandbox  # noqa: E402
from harness.binary import BIN, binary_path, pytest_report_header, teachback_bin  # noqa: E402,F401


def pytest_configure(config):
    config.addinivalue_line("markers", "postgres: needs a PostgreSQL server (the throwaway cluster)")
    config.addinivalue_line("markers", "tmux: drives the full-screen trainer in a real terminal (tmux)")


# --- One test's world -------------------------------------------------------------------------------------------------

class World(Sandbox):
    def __init__(self, root: Path, binary: str):
        self.root = root
        self.bin = binary
        self.home = root / "home"
        self.data = root / "data"
        self.cache = root / "cache"
        self.runtime = root / "run"
        self.work = root / "work"
        for folder in (self.home, self.cache, self.work):
            folder.mkdir(parents=True, exist_ok=True)
        self.runtime.mkdir(mode=0o700)
        self.token = f"TEACHBACK_E2E_TOKEN={uuid.uuid4().hex}"
        self.secrets = []
        self.sessions = []
        self.terminals = []
        self.finalizers = []
        keep = {k: v for k, v in os.environ.items()
                if not k.startswith(("PG", "TEACHBACK_", "XDG_", "LC_", "SWIFT_", "NO_COLOR", "TMUX"))}
        keep.update(HOME=str(self.home), XDG_DATA_HOME=str(self.data), XDG_CACHE_HOME=str(self.cache),
                    XDG_RUNTIME_DIR=str(self.runtime), TZ="UTC", LANG="C.UTF-8", TERM="dumb",
                    SWIFT_BACKTRACE="enable=no")
        name, value = self.token.split("=", 1)
        keep[name] = value
        self.env = keep

    # --- Commands -----------------------------------------------------------------------------------------------------

    def run(self, *args, stdin=None, env=None, drop_env=(), timeout=120) -> Result:
        """One command of the binary, to its end."""
        return run_command([self.bin, *args], self.environment(env, drop_env), cwd=self.work, stdin=stdin,
                           timeout=timeout, root=str(self.root))

    def ok(self, *args, **kwargs) -> Result:
        """One command that must succeed (exit 0, no crash, no password printed)."""
        return expect_ok(self.run(*args, **kwargs), self.secrets)

    def nurse(self, db, account="rnkim", display="RN Kim", secret="482913", env=None):
        """Adds a nurse account to the database (as its administrator would, the secret from the environment);
        returns the environment that signs in as it with --nurse ACCOUNT. The secret must never be printed."""
        self.secrets.append(secret)
        self.ok("nurse", "add", account, "--display-name", display, "--db", str(db),
                env={**(env or {}), "TEACHBACK_NURSE_SECRET": secret})
        return {"TEACHBACK_NURSE_SECRET": secret}

    def json(self, *args, **kwargs):
        r = self.ok(*args, **kwargs)
        try:
            return json.loads(r.stdout)
        except json.JSONDecodeError:
            raise AssertionError(f"not JSON:{r.describe()}")

    def plain(self, *args, env=None) -> PlainSession:
        """Plain mode over pipes (the arguments follow the binary: `quiz --plain ...`)."""
        s = PlainSession([self.bin, *args], self.environment(env), self.work)
        self.sessions.append(s)
        return s

    def attempts(self, db, learner, env=None):
        """A learner's answers as the database holds them (learner list --format json)."""
        data = self.json("learner", "list", "--db", db, "--format", "json", env=env)
        return sum(entry["attempts"] for entry in data["learners"] if entry["name"] == learner)

    # --- A real terminal ----------------------------------------------------------------------------------------------

    def terminal(self, width=80, height=24, env=None, drop_env=(), label="e2e") -> Tmux:
        t = Tmux(width, height, self.environment(env, drop_env), self.work, label=label)
        self.terminals.append(t)
        return t

    def trainer(self, *args):
        """The shell words that start the binary with these arguments."""
        return " ".join([shlex.quote(self.bin)] + [shlex.quote(str(a)) for a in args])

    def own(self, name):
        """This test's live processes called `name` (teachback, espeak-ng): found by the token in their environment."""
        return processes(self.token, name)

    def cleanup(self):
        for t in self.terminals:
            t.kill()
        for s in self.sessions:
            if s.alive():
                s.kill()
        for s in self.sessions:
            try:
                s.popen.wait(timeout=10)
            except Exception:
                pass
        # Whatever of this test's is still running (a trainer, an espeak-ng it started) goes too.
        for name in ("teachback", "espeak-ng"):
            for pid in processes(self.token, name):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        for finalizer in reversed(self.finalizers):
            finalizer()


@pytest.fixture
def world(tmp_path, teachback_bin):
    w = World(tmp_path, teachback_bin)
    yield w
    w.cleanup()


# --- PostgreSQL -------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_cluster():
    try:
        with cluster_for_tests("teachback-e2e-pg-") as cluster:
            yield cluster
    except Unavailable as why:
        if why.required:
            pytest.fail(str(why), pytrace=False)
        pytest.skip(str(why))


class Server:
    """A fresh database on the throwaway cluster, for one test."""

    def __init__(self, cluster, name):
        self.cluster = cluster
        self.name = name
        self.password = cluster.password
        self.port = cluster.port

    def url(self, params="sslmode=disable", user="teachback", port=None, database=None):
        return self.cluster.url(database or self.name, user=user, params=params, port=port)

    def sql(self, statement):
        return self.cluster.psql(self.name, statement)

    def scalar(self, statement):
        return self.sql(statement)[0][0]

    def answers_of(self, learner):
        return int(self.scalar("SELECT COUNT(*) FROM attempt JOIN learner ON learner.id = attempt.learner_id "
                               f"WHERE learner.name = '{learner}'"))

    def another(self, prefix="e2e"):
        """A second fresh database, dropped with this one."""
        name = self.cluster.create_database(prefix)
        self._others.append(name)
        return Server(self.cluster, name)


def _open_server(cluster, world, prefix):
    name = cluster.create_database(prefix)
    server = Server(cluster, name)
    server._others = []
    world.env["PGPASSWORD"] = cluster.password
    world.secrets.append(cluster.password)

    def drop():
        for other in server._others:
            cluster.drop_database(other)
        cluster.drop_database(name)
    world.finalizers.append(drop)
    return server


@pytest.fixture
def server(pg_cluster, world):
    return _open_server(pg_cluster, world, "e2e")


class Store:
    """Where a test's learner databases live: files (sqlite) or fresh databases on the server (postgres)."""

    def __init__(self, kind, world, cluster=None):
        self.kind = kind
        self.world = world
        self.cluster = cluster
        self._server = None
        if kind == "postgres":
            # As scripts/e2e.sh did on the server: the stations personal (the SQLite default) unless a test says.
            world.env["TEACHBACK_STATION"] = "personal"

    def new(self, name):
        if self.kind == "sqlite":
            return str(self.world.work / f"{name}.sqlite")
        if self._server is None:
            self._server = _open_server(self.cluster, self.world, f"e2e_{name}")
            return self._server.url()
        return self._server.another(f"e2e_{name}").url()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, world):
    if request.param == "postgres":
        return Store("postgres", world, request.getfixturevalue("pg_cluster"))
    return Store("sqlite", world)


# --- Answering questions right or wrong in plain mode -----------------------------------------------------------------

def answer_key(world, *topics, now=None):
    """Each question's stem to the texts of its right options, from `bank items --format json` (every variant)."""
    key = {}
    env = {"TEACHBACK_NOW": now} if now else None
    for topic in topics or (None,):
        args = ["bank", "items", "--format", "json", "--seed", "0"] + (["--topic", topic] if topic else [])
        for item in world.json(*args, env=env)["items"]:
            key.setdefault(item["stem"], set()).add(item["options"][item["answer"]])
    return key


def answer_every_question(session, key, correct=True, timeout=60):
    """Answers each question of a plain session right (or wrong) until no answer prompt comes; returns (how many were
    asked, the text after the last answer)."""
    asked = 0
    while True:
        text = session.until_prompt_or_end(timeout, prompts=(PROMPT, "to finish: "))
        if text is None or not text.endswith(PROMPT):
            return asked, text if text is not None else session.last
        stem, options = stem_and_options(text)
        right = key.get(stem, set())
        picks = [letter for letter, option in options if (option in right) == correct]
        assert picks, f"no {'right' if correct else 'wrong'} option for {stem!r} among {options}"
        if correct:
            assert len(picks) == 1, f"{len(picks)} right options for {stem!r}: {options}"
        session.answer(picks[0].lower())
        asked += 1
