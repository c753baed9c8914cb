#!/usr/bin/env python3
"""Command to first question on screen, and peak memory during a session, for the full-screen trainer.

  python3 scripts/bench_startup.py path/to/teachback [runs] [--library N] [--no-plan]

With --library N, a fresh library folder holds N extra banks (copies of the hand-washing test bank, each its own
id) and a fresh cache folder is used (warmed by the two runs not counted). With a library the learner's plan holds the built-in topic only, as a nurse assigns one; --no-plan leaves it empty, so
the learner has every topic and `--mode review` asks across all of them.

Each run starts `teachback --learner L --mode review` in a fresh pseudo-terminal (80x24, TERM=xterm-256color)
on a warm database and times until "Question 1 of" has been drawn. Then one whole session (10 answers, quit)
is driven in the same way and its peak resident memory read from the kernel (ru_maxrss of the waited child).
A `dialog --infobox` run, where dialog is installed, is timed the same way for scale.
"""
import os
import pty
import resource
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def spawn(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    os.set_blocking(fd, False)
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd


def read_until(fd, needle: bytes, timeout=10.0):
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if needle in seen:
                return True, seen
    return False, seen


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("runs", nargs="?", type=int, default=20)
    parser.add_argument("--library", type=int, default=0)
    parser.add_argument("--no-plan", action="store_true")
    parser.add_argument("--bank", help="open this bank (e.g. immunotherapy-recurrence-es, to time a translated session)")
    parser.add_argument("--until", default="Question 1 of", help="the text that marks the first question drawn")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    runs = options.runs
    library = options.library
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    work = tempfile.mkdtemp()
    # Each run its own bank cache, warmed by the two warm-up starts: a station runs one binary. (Shared with the
    # user's ~/.cache, two binaries run in turn would each find the other's cache entry, and the memory figure would
    # depend on which ran last: seen measuring issue 27.)
    env["XDG_CACHE_HOME"] = os.path.join(work, "cache")
    db = os.path.join(work, "bench.sqlite")
    subprocess.run([binary, "learner", "add", "Bench", "--db", db], check=True, capture_output=True)
    if library:
        env["XDG_DATA_HOME"] = os.path.join(work, "data")
        env["XDG_CACHE_HOME"] = os.path.join(work, "cache")
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        source = os.path.join(root, "Tests", "TestSupport", "Banks", "hand-washing")
        for n in range(library):
            folder = os.path.join(work, "src", f"topic-{n:02d}")
            shutil.copytree(source, folder)
            with open(os.path.join(folder, "bank.yaml")) as f:
                text = f.read()
            text = text.replace("id: hand-washing", f"id: topic-{n:02d}").replace(
                "Washing your hands to stay well", f"Topic {n:02d}, washing your hands")
            with open(os.path.join(folder, "bank.yaml"), "w") as f:
                f.write(text)
            subprocess.run([binary, "bank", "install", folder], check=True, capture_output=True, env=env)
        if not options.no_plan:
            subprocess.run([binary, "plan", "Bench", "--db", db, "--topic", "immunotherapy-recurrence"], check=True,
                           capture_output=True, env=env)
        print(f"library: {library} banks, plan: {'none' if options.no_plan else 'the built-in topic'}")
    argv = [binary, "--db", db, "--learner", "Bench", "--mode", "review", "--seed", "1"]
    if options.bank:
        argv += ["--bank", options.bank]
    until = options.until.encode()
    times = []
    for i in range(runs + 2):
        start = time.perf_counter()
        pid, fd = spawn(argv, env)
        ok, _ = read_until(fd, until)
        elapsed = (time.perf_counter() - start) * 1000
        os.write(fd, b"q")
        time.sleep(0.05)
        os.write(fd, b"q")
        read_until(fd, b"\x00", 1.0)
        os.kill(pid, 15)
        os.waitpid(pid, 0)
        os.close(fd)
        if not ok:
            sys.exit("first question never appeared")
        if i >= 2:  # two warm-up runs
            times.append(elapsed)
    print(f"startup runs={len(times)} median_ms={statistics.median(times):.1f} min_ms={min(times):.1f} max_ms={max(times):.1f}")

    # Peak memory over one whole session: ten answers, then quit.
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    pid, fd = spawn(argv, env)
    read_until(fd, until)
    for n in range(10):
        os.write(fd, b"a")
        read_until(fd, b"Enter: next", 3)
        os.write(fd, b"\r")
        read_until(fd, b"Question", 3)
    os.write(fd, b"q")
    read_until(fd, b"Session done", 3)
    os.write(fd, b"\r")
    time.sleep(0.1)
    os.write(fd, b"q")
    read_until(fd, b"\x00", 2.0)
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    print(f"session peak_rss_mib={usage.ru_maxrss / 1024:.1f} exit={os.waitstatus_to_exitcode(status)}")

    dialog = shutil.which("dialog")
    if dialog:
        dtimes = []
        for i in range(runs + 2):
            start = time.perf_counter()
            pid, fd = spawn([dialog, "--infobox", "Question 1 of 10", "5", "30"], env)
            read_until(fd, until)
            elapsed = (time.perf_counter() - start) * 1000
            os.waitpid(pid, 0)
            os.close(fd)
            if i >= 2:
                dtimes.append(elapsed)
        print(f"dialog --infobox runs={len(dtimes)} median_ms={statistics.median(dtimes):.1f}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
