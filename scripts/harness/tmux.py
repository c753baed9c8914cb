"""The full-screen trainer in a real terminal: one tmux server of its own (its own socket) with one session.

It waits for what it expects and never for a fixed time: `wait_for` polls `capture-pane` until the text (or regular
expression) is on the screen, and fails showing the screen; `wait_gone` waits for text to go. Every key that changes
what is on the screen is followed by a wait for what it should show, so no key is sent before the trainer has taken
the last one (an Escape followed too closely by a letter would read as Alt+letter)."""

import re
import shlex
import shutil
import subprocess
import tempfile
import uuid

from .procs import POLL, holds_within

# A poll interval inside a wait loop, not a synchronisation: a wait ends as soon as the screen shows what it should.
DEFAULT_TIMEOUT = 10


def describe(pattern):
    return f"/{pattern.pattern}/" if isinstance(pattern, re.Pattern) else repr(pattern)


def shows(screen, pattern):
    return pattern.search(screen) is not None if isinstance(pattern, re.Pattern) else pattern in screen


def framed(screen):
    lines = screen.rstrip("\n").split("\n")
    width = max((len(line) for line in lines), default=0)
    rows = [f"│{line.ljust(width)}│" for line in lines]
    return "\n".join(["┌" + "─" * width + "┐"] + rows + ["└" + "─" * width + "┘"])


class Tmux:
    """A terminal of `width` x `height` running one bash script; `screen()` is what it shows."""

    def __init__(self, width, height, env, cwd, label="e2e"):
        # A socket path must fit in 108 bytes: a short folder of its own under /tmp, not the test's (long) tmp_path.
        self.dir = tempfile.mkdtemp(prefix="tbtmux-")
        self.socket = f"{self.dir}/s"
        self.conf = f"{self.dir}/tmux.conf"
        with open(self.conf, "w") as f:
            # No status line (the window is all the trainer's) and no user configuration.
            f.write("set -g status off\nset -g history-limit 1000\n")
        self.name = f"{label}-{uuid.uuid4().hex[:8]}"
        self.width, self.height = width, height
        self.env = dict(env)
        self.cwd = str(cwd)
        self.started = False

    def tmux(self, *args, check=True):
        r = subprocess.run(["tmux", "-S", self.socket, "-f", self.conf, *map(str, args)], env=self.env, cwd=self.cwd,
                           capture_output=True, text=True, timeout=30)
        if check and r.returncode != 0:
            raise AssertionError(f"tmux {' '.join(map(str, args))} failed: {r.stderr.strip()}")
        return r.stdout

    def start(self, command, env=None):
        """Runs `command` (a line of bash) in the terminal, after `stty sane; clear` and with `env` exported; when it
        ends the terminal shows EXITED=<status> and whether the terminal is back in canonical mode with echo, e.g.
        'STTY=icanon echo' (or '-icanon -echo' when a program left it raw). The pane then stays open."""
        exports = "".join(f"export {k}={shlex.quote(str(v))}\n" for k, v in (env or {}).items())
        # Each line starts at column 0 on a cleared line (\r, ESC[K): a program killed with -9 leaves the cursor
        # anywhere, the terminal without its newline translation, and its screen's text on the line.
        # `trap : INT`: Ctrl-C sent to the program does not end this script too (a trap, unlike an ignored signal, is
        # not inherited: the program gets SIGINT as it would from a shell).
        script = (f"stty sane 2>/dev/null; clear\ntrap : INT\n{exports}{command}\n"
                  "status=$?\n"
                  "printf '\\r\\n\\033[KEXITED=%s\\033[K\\r\\n' \"$status\"\n"
                  "printf '\\033[KSTTY=%s\\033[K\\r\\n' "
                  "\"$(stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' ')\"\n"
                  "exec sleep 86400\n")
        path = f"{self.dir}/run.sh"
        with open(path, "w") as f:
            f.write(script)
        self.tmux("new-session", "-d", "-s", self.name, "-x", self.width, "-y", self.height,
                  f"bash --norc --noprofile {shlex.quote(path)}")
        self.started = True
        return self

    # --- What is on the screen ---------------------------------------------------------------------------------------

    def screen(self, escapes=False):
        args = ["capture-pane", "-p", "-t", self.name] + (["-e"] if escapes else [])
        return self.tmux(*args)

    def wait_for(self, pattern, timeout=DEFAULT_TIMEOUT):
        """Polls the screen until `pattern` (text, or a compiled regular expression) is on it and the screen has
        settled (two looks in a row the same: a capture can catch a redraw half done, the heading drawn and the
        body not yet); returns the screen. Fails after `timeout` seconds, showing the screen as it was."""
        seen = {}

        def look():
            before = seen.get("screen")
            seen["screen"] = self.screen()
            return shows(seen["screen"], pattern) and seen["screen"] == before
        if holds_within(look, timeout, POLL):
            return seen["screen"]
        raise AssertionError(f"within {timeout} s the screen never showed {describe(pattern)}; it shows "
                             f"({self.width}x{self.height}):\n{framed(self.screen())}")

    def wait_gone(self, pattern, timeout=DEFAULT_TIMEOUT):
        """Polls the screen until `pattern` is no longer on it; returns the screen."""
        seen = {}

        def look():
            seen["screen"] = self.screen()
            return not shows(seen["screen"], pattern)
        if holds_within(look, timeout, POLL):
            return seen["screen"]
        raise AssertionError(f"within {timeout} s {describe(pattern)} never left the screen; it shows "
                             f"({self.width}x{self.height}):\n{framed(self.screen())}")

    def wait_exit(self, code, timeout=DEFAULT_TIMEOUT):
        """Waits for the command to end with status `code`; returns the screen."""
        return self.wait_for(re.compile(rf"^EXITED={code}$", re.M), timeout)

    def restored(self, timeout=5):
        """Whether the terminal is back in canonical mode with echo after the command ended."""
        screen = self.wait_for(re.compile(r"^STTY=", re.M), timeout)
        return re.search(r"^STTY=icanon echo\s*$", screen, re.M) is not None

    # --- Input --------------------------------------------------------------------------------------------------------

    def send(self, *keys):
        """Keys by tmux's names (Enter, Escape, Down, C-c) or single characters."""
        self.tmux("send-keys", "-t", self.name, *keys)

    def type(self, text):
        """Text typed as it is (no key names)."""
        self.tmux("send-keys", "-t", self.name, "-l", text)

    def press(self, key, expect, timeout=DEFAULT_TIMEOUT):
        """Sends one key and waits for what it should show; returns the screen."""
        self.send(key)
        return self.wait_for(expect, timeout)

    # --- The window ---------------------------------------------------------------------------------------------------

    def resize(self, width, height):
        self.tmux("resize-window", "-t", self.name, "-x", width, "-y", height)
        self.width, self.height = width, height

    def kill(self):
        self.tmux("kill-server", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)
