"""The throwaway PostgreSQL cluster of scripts/pg-cluster.sh: the one TEACHBACK_PG_DIR names (CI starts one and
`source DIR/env` names it), else one of the suite's own. Without PostgreSQL the tests that need it are skipped, unless
TEACHBACK_REQUIRE_POSTGRES=1 (then it is an error)."""

import contextlib
import glob
import os
import re
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1]
PG_CLUSTER = SCRIPTS / "pg-cluster.sh"


def parse_env_file(path):
    values = {}
    for line in Path(path).read_text().splitlines():
        m = re.match(r"^\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)=(.*)$", line)
        if m:
            value = m.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            values[m.group(1)] = value
    return values


class Cluster:
    def __init__(self, env):
        self.env = env
        self.port = int(env["TEACHBACK_PG_PORT"])
        self.password = env["PGPASSWORD"]
        self.dir = env.get("TEACHBACK_PG_DIR")
        self.ca = env.get("TEACHBACK_PG_CA") or (str(Path(self.dir) / "ca.crt") if self.dir else None)
        if self.ca and not os.path.exists(self.ca):
            self.ca = None

    def psql(self, database, sql, user="postgres", password=None, check=True):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(PGPASSWORD=password or self.password, PGOPTIONS="-c client_min_messages=warning",
                   PGCONNECT_TIMEOUT="10")
        r = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                            "-p", str(self.port), "-U", user, "-d", database, "-c", sql],
                           env=env, capture_output=True, text=True, timeout=60)
        if check and r.returncode != 0:
            raise AssertionError(f"psql failed ({sql}): {r.stderr}")
        return [line.split("\t") for line in r.stdout.splitlines() if line]

    def control(self, action):
        """scripts/pg-cluster.sh restart|halt|resume on this cluster (the server lost mid-session)."""
        assert self.dir, "the cluster's folder is not known (TEACHBACK_PG_DIR)"
        subprocess.run([str(PG_CLUSTER), action, self.dir], check=True, capture_output=True, timeout=120)

    def create_database(self, prefix):
        """A fresh, empty database owned by the role teachback; drop it with drop_database."""
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        self.psql("postgres", f"CREATE DATABASE {name} OWNER teachback")
        return name

    def drop_database(self, name):
        self.psql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", check=False)

    def url(self, database, user="teachback", params="sslmode=disable", port=None):
        query = f"?{params}" if params else ""
        return f"postgresql://{user}@127.0.0.1:{port or self.port}/{database}{query}"


class Unavailable(Exception):
    """PostgreSQL cannot be had here; `required` says whether that is an error rather than a skip."""

    def __init__(self, message, required):
        super().__init__(message)
        self.required = required


@contextlib.contextmanager
def cluster_for_tests(prefix="teachback-pg-"):
    """The cluster for a test session: TEACHBACK_PG_DIR's, else a throwaway one started (and stopped) here.
    Raises Unavailable when there is none."""
    required = os.environ.get("TEACHBACK_REQUIRE_POSTGRES") == "1"
    existing = os.environ.get("TEACHBACK_PG_DIR")
    if existing:
        env_file = Path(existing) / "env"
        if not env_file.exists():
            raise Unavailable(f"TEACHBACK_PG_DIR={existing} has no env file (start it with scripts/pg-cluster.sh "
                              "start)", True)
        yield Cluster(parse_env_file(env_file))
        return
    installed = glob.glob("/usr/lib/postgresql/*/bin/initdb") and shutil.which("psql") and shutil.which("openssl")
    if not installed:
        raise Unavailable("PostgreSQL is not installed (apt-get install postgresql), and TEACHBACK_PG_DIR names no "
                          "cluster", required)
    parent = tempfile.mkdtemp(prefix=prefix)
    os.chmod(parent, 0o755)  # the postgres user must traverse it
    folder = Path(parent) / "cluster"
    r = subprocess.run([str(PG_CLUSTER), "start", str(folder)], capture_output=True, text=True, timeout=180)
    if r.returncode != 0:
        subprocess.run([str(PG_CLUSTER), "stop", str(folder)], capture_output=True, timeout=120)
        shutil.rmtree(parent, ignore_errors=True)
        raise Unavailable(f"scripts/pg-cluster.sh start failed: {r.stdout}{r.stderr}", True)
    try:
        yield Cluster(parse_env_file(folder / "env"))
    finally:
        subprocess.run([str(PG_CLUSTER), "stop", str(folder)], capture_output=True, timeout=120)
        shutil.rmtree(parent, ignore_errors=True)
