"""Waiting for a condition with a deadline, and finding one test's own processes."""

import os
import time
from pathlib import Path

POLL = 0.05  # seconds between two looks at a condition; never a synchronisation on its own


def wait_until(condition, timeout, what="the condition", poll=POLL, describe=None):
    """Polls condition() until it returns something truthy (returned), or fails after `timeout` seconds saying what
    was awaited (and describe(), when given, to show the state it was in)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            detail = f"\n{describe()}" if describe else ""
            raise AssertionError(f"within {timeout} s: expected {what}{detail}")
        time.sleep(poll)


def holds_within(condition, timeout, poll=POLL):
    """Whether condition() becomes truthy within `timeout` seconds (no failure: the caller asserts)."""
    deadline = time.monotonic() + timeout
    while True:
        if condition():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(poll)


def _state(pid):
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return None


def processes(token, name):
    """Live processes called `name` (their comm) whose environment holds `token` (as NAME=VALUE): a test's own,
    whatever else runs on the machine. A zombie (killed, not yet reaped) is dead and not listed."""
    needle = token.encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if Path(f"/proc/{entry}/comm").read_text().strip() != name:
                continue
            environ = Path(f"/proc/{entry}/environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if needle in environ and _state(entry) not in (None, "Z", "X"):
            found.append(int(entry))
    return sorted(found)


def parent(pid):
    """The parent's pid, or None when the process is gone."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def outermost(pids):
    """The processes of `pids` whose parent is not one of them: the trainer, not a child it has just forked to start
    espeak-ng (between vfork and exec that child is still called teachback)."""
    return [p for p in pids if parent(p) not in pids]

