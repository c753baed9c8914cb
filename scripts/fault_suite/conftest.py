"""The fault suite: end-to-end checks that each defect of issue 22 (hardening) is fixed, with the real binary.

Shared fixtures and helpers, so that each test reads as Given / When / Then:

- `station`: a world of its own for one test (its own temp folder as HOME, XDG_DATA_HOME, XDG_CACHE_HOME, and a
  database file), that runs the binary (`station.run`), starts it (`station.start`, `station.start_together`) or
  drives a plain-mode session over pipes (`station.plain`). Every process it starts is in a process group of its own
  and is killed when the test ends.
- `expect_ok`, `expect_refused`, `expect_within`: the common contract (a refusal exits non-zero with a message on
  stderr, never a crash, a stack trace or a password).
- `pg_cluster` (session) and `pg_db` (a fresh database a test): a throwaway PostgreSQL cluster from
  scripts/pg-cluster.sh, or the one named by TEACHBACK_PG_DIR (CI starts one). Skipped with a reason when PostgreSQL
  is not installed, unless TEACHBACK_REQUIRE_POSTGRES=1 (then it is an error).
- `Result`, the contract, `PlainSession` and the cluster come from scripts/harness, shared with the end-to-end suite
  (scripts/e2e).
- `PausableProxy`: a TCP proxy on 127.0.0.1 that can stop forwarding bytes both ways, keeping connections open.
- `in_mount_namespace`: runs a command in a private mount namespace (a small tmpfs for a full disk, a /dev of its
  own so a device node can be a target without touching the machine's own).

The binary is TEACHBACK_BIN, default .build/debug/teachback of this checkout (/work/main/.build/debug/teachback).
Run: python3 -m pytest scripts/fault_suite   (about 2 minutes; the PostgreSQL tests start a cluster unless
TEACHBACK_PG_DIR names one).

Against b4377f7 (before the fixes) every test of a defect fails. These pass there by design, guarding what must
keep working: the harmless Q&A bank, a plain bank folder installs, bench-due on an empty database, a station started
while the network is cut (b4377f7 already had a connect deadline), sslmode=require/disable, --out over a regular
file and refusing a directory, learner delete with a reader that lets go after 2 s, the --fhir-base values b4377f7
already checked (query, fragment, ftp, no scheme) and the two good ones, and a full disk under a new database.

test_terminal.py was added after: a Spanish station whose locale is not installed (found reading the trainer's
screens in tmux). It fails on 5e856da and before ("Jos" for "José", and the name cannot be entered).
"""

import base64
import dataclasses
import datetime
import glob
import hashlib
import json
import os
import re
import select
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import unicodedata
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

# Shared with the end-to-end suite (scripts/harness); the tests import these names from here.
from harness.cli import (CRASH_MARKERS, SWIFT_SOURCE_LINE, Result, expect_message, expect_no_crash,  # noqa: E402,F401
                         expect_ok, expect_refused, expect_within, shell_word)
from harness.plain import FEEDBACK, PROMPT, PlainSession, question_of  # noqa: E402,F401
from harness.postgres import Cluster, Unavailable, cluster_for_tests, parse_env_file  # noqa: E402,F401

EXAMPLE_BANK = ROOT / "Tests" / "ContentModelTests" / "Fixtures" / "example.yaml"
FIXTURE_0_4_0 = ROOT / "Tests" / "LearnerStoreTests" / "Fixtures" / "teachback-0.4.0.sqlite"
BUILT_IN_TOPIC = "immunotherapy-recurrence"


# Reports and folders are created by the binary under this umask, so modes are checked against a known starting point.
os.umask(0o022)


from harness.sandbox import Sandbox  # noqa: E402
from harness.binary import BIN, binary_path, pytest_report_header, teachback_bin  # noqa: E402,F401


def pytest_configure(config):
    config.addinivalue_line("markers", "postgres: needs a PostgreSQL server (the throwaway cluster)")
    config.addinivalue_line("markers", "namespace: needs a private mount namespace (unshare -m)")


# --- Results and the common contract ---------------------------------------------------------------------------------

def file_digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def leftover_temporaries(folder):
    return sorted(name for name in os.listdir(folder) if ".tmp" in name)


def days_ahead(n):
    return (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=n)).isoformat()


# --- Processes ------------------------------------------------------------------------------------------------------

def read_io_counters(pid):
    try:
        text = Path(f"/proc/{pid}/io").read_text()
    except OSError:
        return None
    fields = dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)
    return int(fields["rchar"]) if "rchar" in fields else None


GATE_WRAPPER = ("# fault-suite-gate\nimport os, sys\nfd = int(sys.argv[1])\nos.read(fd, 1)\nos.close(fd)\n"
                "os.execvp(sys.argv[2], sys.argv[2:])\n")


class Proc:
    """One started process of the binary: stdout and stderr go to files, so nothing blocks on a full pipe."""

    def __init__(self, argv, env, cwd, logdir, stdin=None, gate=None, memory_limit=None, root=None):
        self.argv = [str(a) for a in argv]
        self.root = root
        n = len(os.listdir(logdir))
        self.out_path = Path(logdir) / f"{n:03d}.out"
        self.err_path = Path(logdir) / f"{n:03d}.err"
        command = list(self.argv)
        if memory_limit:
            # A safety net only: a process that reads /dev/zero into memory stops at this many bytes of address space.
            command = ["prlimit", f"--as={memory_limit}", "--"] + command
        pass_fds = ()
        if gate is not None:
            # Held until the gate is opened: the read returns at end of file, when every copy of the write end is
            # closed; then the binary replaces the wrapper (same pid).
            command = [sys.executable, "-c", GATE_WRAPPER, str(gate)] + command
            pass_fds = (gate,)
        stdin_file = subprocess.DEVNULL
        if stdin is not None:
            stdin_path = Path(logdir) / f"{n:03d}.in"
            stdin_path.write_bytes(stdin.encode() if isinstance(stdin, str) else stdin)
            stdin_file = open(stdin_path, "rb")
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.started = time.monotonic()
            self.popen = subprocess.Popen(command, env=env, cwd=cwd, stdin=stdin_file, stdout=out, stderr=err,
                                          start_new_session=True, pass_fds=pass_fds)
        if stdin_file is not subprocess.DEVNULL:
            stdin_file.close()
        self.pid = self.popen.pid
        self._exited = threading.Event()
        self._exit_time = None
        self._read_bytes = None
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self):
        # Waits for the exit without reaping, so /proc/PID/io can still be read.
        try:
            os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOWAIT)
        except ChildProcessError:
            pass
        self._exit_time = time.monotonic()
        self._read_bytes = read_io_counters(self.pid)
        self._exited.set()

    def alive(self):
        return not self._exited.is_set()

    def kill(self):
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def finish(self, timeout) -> Result:
        """Waits for the exit, at most `timeout` seconds (then kills the process group)."""
        timed_out = not self._exited.wait(timeout)
        if timed_out:
            self.kill()
            self._exited.wait(30)
        code = self.popen.wait(timeout=30)
        elapsed = (self._exit_time or time.monotonic()) - self.started
        if timed_out:
            elapsed = max(elapsed, timeout)
        return Result(self.argv, code, self.out_path.read_text(errors="replace"),
                      self.err_path.read_text(errors="replace"), elapsed, timed_out, self._read_bytes, self.root)


def waiting_for_a_lock(proc):
    """Whether the process has finished, or one of its threads sleeps where SQLite's busy handler sleeps."""
    if not proc.alive():
        return True
    for wchan in glob.glob(f"/proc/{proc.pid}/task/*/wchan"):
        try:
            if "nanosleep" in Path(wchan).read_text():
                return True
        except OSError:
            return True  # gone meanwhile
    return False


# --- A station: one test's own world ----------------------------------------------------------------------------------

class Station(Sandbox):
    def __init__(self, root: Path, binary: str):
        self.root = root
        self.bin = binary
        self.home = root / "home"
        self.data = root / "data"
        self.cache = root / "cache"
        self.work = root / "work"
        self.logs = root / "logs"
        for folder in (self.home, self.cache, self.work, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        self.db = self.work / "station.sqlite"
        self.secrets = []
        self.procs = []
        keep = {k: v for k, v in os.environ.items()
                if not k.startswith(("PG", "TEACHBACK_", "XDG_", "LC_", "SWIFT_", "NO_COLOR"))}
        keep.update(HOME=str(self.home), XDG_DATA_HOME=str(self.data), XDG_CACHE_HOME=str(self.cache), TZ="UTC",
                    LANG="C.UTF-8", TERM="dumb", NO_COLOR="1", SWIFT_BACKTRACE="enable=no")
        self.env = keep

    def start(self, *args, stdin=None, env=None, drop_env=(), gate=None, memory_limit=None) -> Proc:
        p = Proc([self.bin, *args], self.environment(env, drop_env), self.work, self.logs, stdin=stdin, gate=gate,
                 memory_limit=memory_limit, root=str(self.root))
        self.procs.append(p)
        return p

    def run(self, *args, stdin=None, timeout=60, env=None, drop_env=(), memory_limit=None) -> Result:
        return self.start(*args, stdin=stdin, env=env, drop_env=drop_env, memory_limit=memory_limit).finish(timeout)

    def start_together(self, commands, stdin=None, env=None, hold_write_lock=None):
        """Starts every command held at a gate, waits (bounded) until each is parked there, and opens the gate at
        once, so they race on what they do first (opening the database). Returns the Procs.

        With hold_write_lock=DB, another connection holds DB's write lock (BEGIN IMMEDIATE) as they start, and lets
        it go once every one of them is waiting for it (sleeping in SQLite's busy handler, or finished; bounded at
        8 s): so all of them have read the file as it was before any of them wrote, which is when a process that
        does not re-read what it read under the lock goes wrong."""
        holder = None
        if hold_write_lock is not None:
            holder = sqlite3.connect(str(hold_write_lock), isolation_level=None, timeout=30)
            holder.execute("BEGIN IMMEDIATE")
        gate_read, gate_write = os.pipe()
        try:
            procs = [self.start(*c, stdin=stdin, env=env, gate=gate_read) for c in commands]
        finally:
            os.close(gate_read)
        deadline = time.monotonic() + 10
        waiting = set(p.pid for p in procs)
        while waiting and time.monotonic() < deadline:
            for pid in list(waiting):
                try:
                    state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
                    parked = state == "S" and b"fault-suite-gate" in Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    parked = True
                if parked:
                    waiting.discard(pid)
            if waiting:
                time.sleep(0.01)
        os.close(gate_write)
        if holder is not None:
            deadline = time.monotonic() + 8
            while time.monotonic() < deadline and not all(waiting_for_a_lock(p) for p in procs):
                time.sleep(0.02)
            holder.execute("COMMIT")
            holder.close()
        return procs

    def plain(self, *args, env=None) -> PlainSession:
        s = PlainSession([self.bin, *args], self.environment(env), self.work)
        self.procs.append(s)
        return s

    def cleanup(self):
        for p in self.procs:
            if p.alive():
                p.kill()
        for p in self.procs:
            if isinstance(p, PlainSession):
                try:
                    p.popen.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass

    # Givens shared by the tests.

    def given_session(self, learner, answers=1, db=None, env=None, extra=()):
        """A plain session of `answers` questions for `learner` (answering 'a' each time), which must succeed."""
        r = self.run("quiz", "--plain", "--db", db or self.db, "--learner", learner, "--count", str(answers),
                     "--seed", "1", *extra, stdin="a\n" * answers, env=env)
        expect_ok(r, self.secrets)
        assert f"of {answers} correct" in r.stdout, f"the session did not end in its summary{r.describe()}"
        return r

    def write(self, relative, text):
        path = self.work / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path


@pytest.fixture
def station(tmp_path, teachback_bin):
    s = Station(tmp_path, teachback_bin)
    yield s
    s.cleanup()


# --- SQLite helpers -------------------------------------------------------------------------------------------------

def sqlite_rows(db, sql, params=()):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return c.execute(sql, params).fetchall()
    finally:
        c.close()


def sqlite_scalar(db, sql, params=()):
    return sqlite_rows(db, sql, params)[0][0]


def sqlite_tables(db):
    return [r[0] for r in sqlite_rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def sqlite_snapshot(db):
    """Every table's columns and rows, for comparing what a migration kept."""
    snapshot = {}
    for table in sqlite_tables(db):
        columns = [r[1] for r in sqlite_rows(db, f'PRAGMA table_info("{table}")')]
        rows = sqlite_rows(db, f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{table}"')
        snapshot[table] = (columns, rows)
    return snapshot


def make_self_contained(db):
    """Checkpoints the WAL into the file and closes, so the file holds everything (and -wal/-shm go away)."""
    c = sqlite3.connect(str(db), timeout=30)
    try:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        c.close()


# --- Bank files -------------------------------------------------------------------------------------------------------

def example_bank_text():
    return EXAMPLE_BANK.read_text()


def split_example_bank():
    """The example bank as two files: (bank.yaml: the bank and its sections, content.yaml: everything else)."""
    text = example_bank_text()
    cut = text.index("\nconcepts:") + 1
    return text[:cut], text[cut:]


def alias_chain(prefix, name, levels=9, width=7, indent="  "):
    """A 'billion laughs' chain: level 0 has `width` scalars, each next level `width` aliases of the one before."""
    lines = [f"{indent}{prefix}0: &{name(0)} [" + ", ".join(["lol"] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"{indent}{prefix}{i}: &{name(i)} [" + ", ".join([f"*{name(i - 1)}"] * width) + "]")
    return "\n".join(lines) + "\n"


def yaml_is_well_formed(text):
    """Whether the text parses as YAML events (PyYAML, when it is there; no composing, so no expansion)."""
    try:
        import yaml
    except ImportError:
        return True
    for _ in yaml.parse(text):
        pass
    return True


def mark_lines(text):
    """The 1-based lines holding an anchor (&) or alias (*) mark."""
    return {n for n, line in enumerate(text.splitlines(), 1) if re.search(r"(^|[\s\[{,:?-])[&*][^\s,\]}]", line)}


# --- PostgreSQL -------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_cluster():
    try:
        with cluster_for_tests("teachback-fault-pg-") as cluster:
            yield cluster
    except Unavailable as why:
        if why.required:
            pytest.fail(str(why))
        pytest.skip(str(why))


class PgDatabase:
    def __init__(self, cluster: Cluster, name: str):
        self.cluster = cluster
        self.name = name
        self.roles = []

    def url(self, user="teachback", params="sslmode=disable", port=None):
        query = f"?{params}" if params else ""
        return f"postgresql://{user}@127.0.0.1:{port or self.cluster.port}/{self.name}{query}"

    @property
    def shown(self):
        """How the binary names the server in messages."""
        return f"127.0.0.1:{self.cluster.port}"

    def sql(self, statement, user="postgres", password=None):
        return self.cluster.psql(self.name, statement, user=user, password=password)

    def tables(self):
        return [r[0] for r in self.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]

    def row_counts(self):
        return {t: int(self.sql(f'SELECT COUNT(*) FROM "{t}"')[0][0]) for t in self.tables()}

    def answers_of(self, learner):
        return int(self.sql("SELECT COUNT(*) FROM attempt JOIN learner ON learner.id = attempt.learner_id "
                            f"WHERE learner.name = '{learner}'")[0][0])

    def learner_names(self):
        return sorted(r[0] for r in self.sql("SELECT name FROM learner"))

    def create_station_role(self):
        """A role that may only connect and read/write rows (after the owner migrated): a station's least privilege."""
        role = f"station1_{uuid.uuid4().hex[:8]}"
        password = uuid.uuid4().hex
        self.cluster.psql("postgres", f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        self.roles.append(role)
        self.sql(f"REVOKE ALL ON DATABASE {self.name} FROM PUBLIC; "
                 f"GRANT CONNECT ON DATABASE {self.name} TO {role}; "
                 f"REVOKE CREATE ON SCHEMA public FROM PUBLIC; "
                 f"GRANT USAGE ON SCHEMA public TO {role}; "
                 f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}; "
                 f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")
        return role, password

    def drop(self):
        self.cluster.psql("postgres", f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)", check=False)
        for role in self.roles:
            self.cluster.psql("postgres", f"DROP ROLE IF EXISTS {role}", check=False)


@pytest.fixture
def pg_db(pg_cluster, station):
    """A fresh, empty database owned by the role teachback; the station gets the password in PGPASSWORD."""
    db = PgDatabase(pg_cluster, f"fault_{uuid.uuid4().hex[:12]}")
    pg_cluster.psql("postgres", f"CREATE DATABASE {db.name} OWNER teachback")
    station.env["PGPASSWORD"] = pg_cluster.password
    station.secrets.append(pg_cluster.password)
    try:
        yield db
    finally:
        station.cleanup()
        db.drop()


# --- A TCP proxy that can stop forwarding -----------------------------------------------------------------------------

class PausableProxy:
    """Forwards 127.0.0.1:port to 127.0.0.1:upstream. pause() stops forwarding bytes both ways (connections stay
    open: no RST, no FIN; new connections are accepted but get nothing through); resume() carries on."""

    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.forwarding = threading.Event()
        self.forwarding.set()
        self.lock = threading.Lock()  # held while a chunk is read and passed on, so pause() is exact
        self.closed = threading.Event()
        self.sockets = []
        self.threads = []
        self._start(self._accept)

    def _start(self, target, *args):
        t = threading.Thread(target=target, args=args, daemon=True)
        self.threads.append(t)
        t.start()

    def _accept(self):
        while not self.closed.is_set():
            ready, _, _ = select.select([self.listener], [], [], 0.2)
            if not ready:
                continue
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=10)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            self.sockets += [client, upstream]
            self._start(self._pump, client, upstream)
            self._start(self._pump, upstream, client)

    def _pump(self, source, destination):
        while not self.closed.is_set():
            if not self.forwarding.wait(0.2):
                continue
            try:
                ready, _, _ = select.select([source], [], [], 0.2)
            except (OSError, ValueError):
                return
            if not ready:
                continue
            with self.lock:
                if not self.forwarding.is_set():
                    continue  # paused meanwhile: the bytes stay where they are
                try:
                    data = source.recv(65536)
                    if not data:
                        destination.shutdown(socket.SHUT_WR)
                        return
                    destination.sendall(data)
                except OSError:
                    return

    def pause(self):
        with self.lock:
            self.forwarding.clear()

    def resume(self):
        self.forwarding.set()

    def close(self):
        self.closed.set()
        self.forwarding.set()
        for s in [self.listener] + self.sockets:
            try:
                s.close()
            except OSError:
                pass


@pytest.fixture
def proxy_to(pg_cluster):
    made = []

    def make():
        p = PausableProxy(pg_cluster.port)
        made.append(p)
        return p
    yield make
    for p in made:
        p.close()


# --- A private mount namespace (full disk, a /dev of its own) -------------------------------------------------------

NAMESPACE_RUNNER = r'''
import base64, json, os, stat, subprocess, sys, time
spec = json.loads(sys.argv[1])
def sh(*argv):
    subprocess.run(argv, check=True, capture_output=True)
if spec.get("private_dev"):
    sh("mount", "-t", "tmpfs", "-o", "size=1m,mode=755", "tmpfs", "/dev")
    for name, minor in (("null", 3), ("zero", 5), ("full", 7), ("random", 8), ("urandom", 9)):
        os.mknod("/dev/" + name, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
        os.chmod("/dev/" + name, 0o666)
    os.symlink("/proc/self/fd", "/dev/fd")
    for n, name in enumerate(("stdin", "stdout", "stderr")):
        os.symlink("/proc/self/fd/%d" % n, "/dev/" + name)
for m in spec.get("tmpfs", []):
    os.makedirs(m["target"], exist_ok=True)
    sh("mount", "-t", "tmpfs", "-o", "size=" + m["size"], "tmpfs", m["target"])
for path, content in spec.get("files", {}).items():
    with open(path, "wb") as f:
        f.write(base64.b64decode(content))
for folder in spec.get("fill", []):
    with open(os.path.join(folder, "filler"), "wb", buffering=0) as f:
        try:
            for _ in range(1 << 20):
                if not f.write(b"\0" * 512):
                    break
        except OSError:
            pass
stdin = open(spec["stdin_file"], "rb") if spec.get("stdin_file") else subprocess.DEVNULL
started = time.monotonic()
try:
    p = subprocess.run(spec["argv"], env=spec["env"], cwd=spec.get("cwd"), stdin=stdin, capture_output=True,
                       timeout=spec["timeout"])
    code, out, err, timed_out = p.returncode, p.stdout, p.stderr, False
except subprocess.TimeoutExpired as e:
    code, out, err, timed_out = -9, e.stdout or b"", e.stderr or b"", True
elapsed = time.monotonic() - started
inspected = {}
for path in spec.get("inspect", []):
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        inspected[path] = {"kind": "missing"}
        continue
    kind = ("char" if stat.S_ISCHR(st.st_mode) else "file" if stat.S_ISREG(st.st_mode) else
            "dir" if stat.S_ISDIR(st.st_mode) else "link" if stat.S_ISLNK(st.st_mode) else "other")
    info = {"kind": kind, "mode": stat.S_IMODE(st.st_mode)}
    if kind == "char":
        info["rdev"] = [os.major(st.st_rdev), os.minor(st.st_rdev)]
    if kind == "file" and st.st_size <= 1 << 20:
        info["content"] = base64.b64encode(open(path, "rb").read()).decode()
    if kind == "dir":
        info["names"] = sorted(os.listdir(path))
    inspected[path] = info
print(json.dumps({"code": code, "stdout": out.decode(errors="replace"), "stderr": err.decode(errors="replace"),
                  "elapsed": elapsed, "timed_out": timed_out, "inspected": inspected}))
'''


@dataclasses.dataclass
class NamespaceRun:
    result: Result
    inspected: dict

    def kind(self, path):
        return self.inspected[str(path)]["kind"]

    def content(self, path):
        return base64.b64decode(self.inspected[str(path)]["content"])


_namespace_probe = {}


def namespace_prefix():
    """The unshare command that gives a private mount namespace where tmpfs can be mounted, or None with why."""
    if "prefix" in _namespace_probe:
        return _namespace_probe["prefix"], _namespace_probe["why"]
    if not shutil.which("unshare"):
        _namespace_probe.update(prefix=None, why="unshare (util-linux) is not installed")
        return None, _namespace_probe["why"]
    candidates = [["unshare", "-m", "--propagation", "private"]] if os.geteuid() == 0 else []
    candidates.append(["unshare", "-r", "-m", "--propagation", "private"])
    why = "cannot make a private mount namespace with tmpfs here (tried: unshare -m as root, unshare -rm)"
    for prefix in candidates:
        probe = subprocess.run(prefix + ["sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && touch /mnt/x"],
                               capture_output=True, text=True, timeout=30)
        if probe.returncode == 0:
            _namespace_probe.update(prefix=prefix, why=None)
            return prefix, None
        why += f"; {' '.join(prefix)}: {probe.stderr.strip()[:200]}"
    _namespace_probe.update(prefix=None, why=why)
    return None, why


def in_mount_namespace(station, *args, tmpfs=(), files=None, fill=(), private_dev=False, inspect=(), stdin=None,
                       timeout=30, env=None):
    """Runs the binary in a private mount namespace after mounting small tmpfs folders (`tmpfs`: [(path, size)]),
    writing `files` ({path: bytes}) and filling `fill` folders to the last byte; with private_dev, /dev is a tmpfs
    holding its own null, zero, full, random and urandom nodes, so the machine's /dev is never at risk. Returns what
    it did and what `inspect` paths were afterwards (seen from inside, before the namespace goes)."""
    prefix, why = namespace_prefix()
    if prefix is None:
        pytest.skip(why)
    if private_dev and prefix[1] != "-m":
        pytest.skip("a private /dev needs device nodes, which only root can make (mknod)")
    spec = {
        "argv": [station.bin, *map(str, args)],
        "env": station.environment(env),
        "cwd": str(station.work),
        "timeout": timeout,
        "private_dev": private_dev,
        "tmpfs": [{"target": str(p), "size": size} for p, size in tmpfs],
        "files": {str(p): base64.b64encode(b).decode() for p, b in (files or {}).items()},
        "fill": [str(p) for p in fill],
        "inspect": [str(p) for p in inspect],
    }
    if stdin is not None:
        stdin_path = station.logs / f"ns-{uuid.uuid4().hex[:6]}.in"
        stdin_path.write_bytes(stdin.encode())
        spec["stdin_file"] = str(stdin_path)
    r = subprocess.run(prefix + [sys.executable, "-c", NAMESPACE_RUNNER, json.dumps(spec)], capture_output=True,
                       text=True, timeout=timeout + 60)
    assert r.returncode == 0, f"the namespace runner failed: {r.stderr[-2000:]}"
    data = json.loads(r.stdout)
    result = Result(spec["argv"], data["code"], data["stdout"], data["stderr"], data["elapsed"], data["timed_out"],
                    root=str(station.root))
    return NamespaceRun(result, data["inspected"])


def nfc(text):
    return unicodedata.normalize("NFC", text)
