"""What one run of the binary did, and the contract every run keeps: no crash, no Swift trap or stack trace, no
password printed; a refusal exits non-zero and says why on stderr."""

import dataclasses
import os
import re
import signal
import subprocess
import time

CRASH_MARKERS = ("Fatal error", "Current stack trace", "Stack dump", "Program crashed", "💣", "Backtrace")
SWIFT_SOURCE_LINE = re.compile(r"\.swift:\d+")


@dataclasses.dataclass
class Result:
    """What one run of the binary did."""

    argv: list
    code: int
    stdout: str
    stderr: str
    elapsed: float
    timed_out: bool
    read_bytes: int | None = None  # rchar from /proc/PID/io at exit: every byte the process read
    root: str | None = None  # the test's temp folder: a needle is not found in it (its name holds the test's name)

    @property
    def output(self):
        return self.stdout + self.stderr

    @property
    def crashed(self):
        return (self.code < 0 or self.code >= 128 or any(m in self.output for m in CRASH_MARKERS)
                or SWIFT_SOURCE_LINE.search(self.output) is not None)

    def lines(self, stream="output"):
        return [line for line in getattr(self, stream).splitlines() if line.strip()]

    def describe(self):
        def tail(text, n=1500):
            return text if len(text) <= n else "…" + text[-n:]
        command = " ".join(shell_word(str(a)) for a in self.argv)
        status = f"killed after {self.elapsed:.1f} s (timed out)" if self.timed_out else f"exit {self.code}"
        return (f"\n$ {command}\n-> {status} in {self.elapsed:.2f} s\n--- stdout ---\n{tail(self.stdout)}"
                f"\n--- stderr ---\n{tail(self.stderr)}")


def shell_word(text):
    return text if re.fullmatch(r"[\w@%+=:,./-]+", text) else "'" + text.replace("'", "'\\''") + "'"


def run_command(argv, env, cwd=None, stdin=None, timeout=60, root=None) -> Result:
    """Runs a command to its end (killing its process group after `timeout` seconds)."""
    argv = [str(a) for a in argv]
    started = time.monotonic()
    p = subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    timed_out = False
    try:
        out, err = p.communicate(stdin.encode() if isinstance(stdin, str) else stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
    return Result(argv, p.returncode, out.decode(errors="replace"), err.decode(errors="replace"),
                  time.monotonic() - started, timed_out, root=root)


def expect_no_crash(r: Result, secrets=()):
    assert not r.timed_out, f"it did not finish{r.describe()}"
    assert not r.crashed, f"it crashed (a signal, a Swift trap or a stack trace){r.describe()}"
    for secret in secrets:
        if secret:
            assert secret not in r.output, f"a password was printed{r.describe()}"


def expect_ok(r: Result, secrets=()):
    expect_no_crash(r, secrets)
    assert r.code == 0, f"expected exit 0{r.describe()}"
    return r


def expect_refused(r: Result, *needles, secrets=(), case_insensitive=False, code=None):
    """A refusal: non-zero exit, a message on stderr holding every needle, no crash, no password."""
    expect_no_crash(r, secrets)
    assert r.code != 0, f"expected a refusal (non-zero exit){r.describe()}"
    if code is not None:
        assert r.code == code, f"expected exit {code}{r.describe()}"
    assert r.stderr.strip(), f"a refusal must say why on stderr{r.describe()}"
    for needle in needles:
        expect_message(r, needle, case_insensitive=case_insensitive)
    return r


def expect_message(r: Result, needle, stream="stderr", case_insensitive=False):
    """The needle is in the stream, not counting the test's temp folder's own name (unless it names a path there)."""
    text = getattr(r, stream)
    if r.root and r.root not in needle:
        text = text.replace(r.root, "<tmp>")
    if case_insensitive:
        text, needle_ = text.lower(), needle.lower()
    else:
        needle_ = needle
    assert needle_ in text, f"the {stream} does not contain {needle!r}{r.describe()}"


def expect_within(r: Result, seconds):
    assert not r.timed_out and r.elapsed <= seconds, \
        f"expected it to finish within {seconds} s{r.describe()}"
