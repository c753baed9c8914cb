"""The teachback binary both suites run: TEACHBACK_BIN, else this checkout's debug build; and a session fixture
that checks it once, up front, so a binary that cannot load its built-in bank fails one clear line, not every test."""

import os
import re
from pathlib import Path

import pytest

from harness.cli import run_command

ROOT = Path(__file__).resolve().parents[2]
BUILT_IN = "immunotherapy-recurrence"


def binary_path():
    explicit = os.environ.get("TEACHBACK_BIN")
    if explicit:
        return os.path.abspath(explicit)
    return str(ROOT / ".build" / "debug" / "teachback")


BIN = binary_path()


def pytest_report_header(config):
    return f"teachback binary: {BIN}"


@pytest.fixture(scope="session")
def teachback_bin(tmp_path_factory):
    if not (os.path.isfile(BIN) and os.access(BIN, os.X_OK)):
        pytest.fail(f"the binary {BIN} is missing: build it, or set TEACHBACK_BIN", pytrace=False)
    # The built-in bank is read from Teachback_BuiltInBank.resources beside the binary, else from the build folder it
    # was built in: a copied binary whose build folder has moved on reads a bank it cannot load, and every test would
    # fail for that reason alone. Say so once, up front.
    home = tmp_path_factory.mktemp("sanity")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "TEACHBACK_", "XDG_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"), LANG="C.UTF-8")
    r = run_command([BIN, "bank", "list"], env)
    if r.code != 0 or "warning:" in r.output or not re.search(rf"^{BUILT_IN}\s.*\(built in\)", r.stdout, re.M):
        pytest.fail(f"{BIN}: its built-in bank does not load (put the Teachback_BuiltInBank.resources it was built "
                    f"with beside it):{r.describe()}", pytrace=False)
    return BIN
