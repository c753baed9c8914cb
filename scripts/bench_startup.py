#!/usr/bin/env python3
"""Command to first question on screen, and peak memory during a session, for the full-screen trainer.

  python3 scripts/bench_startup.py path/to/teachback [runs]

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
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    work = tempfile.mkdtemp()
    db = os.path.join(work, "bench.sqlite")
    subprocess.run([binary, "learner", "add", "Bench", "--db", db], check=True, capture_output=True)
    argv = [binary, "--db", db, "--learner", "Bench", "--mode", "review", "--seed", "1"]
    times = []
    for i in range(runs + 2):
        start = time.perf_counter()
        pid, fd = spawn(argv, env)
        ok, _ = read_until(fd, b"Question 1 of")
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
    read_until(fd, b"Question 1 of")
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
            read_until(fd, b"Question 1 of")
            elapsed = (time.perf_counter() - start) * 1000
            os.waitpid(pid, 0)
            os.close(fd)
            if i >= 2:
                dtimes.append(elapsed)
        print(f"dialog --infobox runs={len(dtimes)} median_ms={statistics.median(dtimes):.1f}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
