"""The full-screen trainer in a real terminal (a pty read by pyte): accented letters survive whatever locale the
environment names. A station set to es_MX.UTF-8 where that locale is not installed (only C.UTF-8 is, as on most
minimal systems) left curses in ASCII: "Jos" for "José", "cdigo" for "código", stray characters on the screen."""

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import termios
import time

import pyte
import pytest

COLUMNS, ROWS = 40, 12


class Terminal:
    """The binary on a pty of COLUMNS×ROWS; the screen is what pyte draws from its output."""

    def __init__(self, argv, env, cwd):
        self.screen = pyte.Screen(COLUMNS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        self.master = master
        self.proc = subprocess.Popen(argv, env=env, cwd=cwd, stdin=slave, stdout=slave, stderr=slave,
                                     start_new_session=True, close_fds=True)
        os.close(slave)

    def _pump(self, seconds):
        ready, _, _ = select.select([self.master], [], [], seconds)
        if not ready:
            return
        try:
            self.stream.feed(os.read(self.master, 65536))
        except OSError:
            time.sleep(seconds)

    def text(self):
        return "\n".join(self.screen.display)

    def until(self, needle, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.text():
                return self.text()
            self._pump(0.1)
        raise AssertionError(f"within {timeout} s the screen never showed {needle!r}; it shows:\n{self.text()}")

    def type(self, text):
        os.write(self.master, text.encode())

    def close(self):
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait(timeout=10)
        os.close(self.master)


def installed_locales():
    r = subprocess.run(["locale", "-a"], capture_output=True, text=True)
    return {name.lower().replace("-", "") for name in r.stdout.split()}


@pytest.mark.parametrize("lang", ["es_MX.UTF-8", "C"])
def test_a_spanish_station_shows_accents_whatever_locale_it_names(station, lang):
    if lang != "C" and lang.lower().replace("-", "") in installed_locales():
        pytest.skip(f"{lang} is installed here: the fallback is not needed")
    # Given a station whose environment names a locale that is not installed (or the plain C locale)
    env = station.environment({"LANG": lang, "TERM": "xterm-256color"}, drop=("NO_COLOR",))
    term = Terminal([station.bin, "--bank", "immunotherapy-recurrence-es", "--language", "es"], env, station.work)
    try:
        # When José starts a Spanish session
        first = term.until("Escriba su nombre")
        term.type("José\r")
        # (Wait for the whole greeting: a screen read while it is being drawn holds half of the one before.)
        menu = term.until("Hola, José.")
        # Then the screens keep every accented letter
        assert "código" in first, first
        assert "Hola, José." in menu, menu
        assert "José" in menu.splitlines()[0], menu
    finally:
        term.close()
