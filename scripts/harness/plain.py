"""Plain mode over pipes: send a line, read until a prompt appears, with a deadline."""

import codecs
import os
import re
import signal
import subprocess
import threading
import time

PROMPT = "or q to stop): "  # the answer prompt, in English
TEACH_BACK_PROMPT = "to finish: "  # the teach-back step's prompt
FEEDBACK = ("Correct.", "Not quite.")


class PlainSession:
    """A plain-mode session driven over pipes: wait for what it prints (with a deadline), then answer."""

    def __init__(self, argv, env, cwd):
        self.argv = [str(a) for a in argv]
        self.popen = subprocess.Popen(self.argv, env=env, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, start_new_session=True, bufsize=0)
        self.pid = self.popen.pid
        self.text = ""
        self.mark = 0
        self.eof = False
        self._changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        fd = self.popen.stdout.fileno()
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            with self._changed:
                if chunk:
                    self.text += decoder.decode(chunk)
                else:
                    self.text += decoder.decode(b"", final=True)
                    self.eof = True
                self._changed.notify_all()
            if not chunk:
                return

    def wait_for(self, predicate, timeout):
        """Waits until predicate(text since the mark) holds, or the output ends, or the deadline; returns whether."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate(self.text[self.mark:]):
                remaining = deadline - time.monotonic()
                if self.eof or remaining <= 0:
                    return predicate(self.text[self.mark:])
                self._changed.wait(remaining)
            return True

    def until(self, predicate, timeout, what):
        """Waits for predicate, then moves the mark to the end and returns the text read; fails with the transcript."""
        if not self.wait_for(predicate, timeout):
            raise AssertionError(f"within {timeout} s: expected {what}; the session printed:\n{self.tail()}")
        with self._changed:
            text = self.text[self.mark:]
            self.mark = len(self.text)
        return text

    def until_text(self, needle, timeout=30):
        """Everything up to (and past) the first time `needle` is printed after the mark."""
        return self.until(lambda t: needle in t, timeout, repr(needle))

    def until_prompt(self, timeout=30, prompts=(PROMPT,)):
        return self.until(lambda t: t.endswith(tuple(prompts)), timeout, f"a prompt ending {prompts}")

    def until_prompt_or_end(self, timeout=60, prompts=(PROMPT,)):
        """The next prompt's text, or None when the session ended (its output closed) instead."""
        self.wait_for(lambda t: t.endswith(tuple(prompts)), timeout)
        with self._changed:
            text = self.text[self.mark:]
            self.mark = len(self.text)
            ended = self.eof and not text.endswith(tuple(prompts))
        if not text.endswith(tuple(prompts)) and not ended:
            raise AssertionError(f"within {timeout} s: neither a prompt nor the end; it printed:\n{self.tail()}")
        self.last = text
        return None if ended else text

    def answer(self, line):
        self.popen.stdin.write((line + "\n").encode())
        self.popen.stdin.flush()

    send = answer

    def close_input(self):
        try:
            self.popen.stdin.close()
        except BrokenPipeError:
            pass

    def wait(self, timeout):
        try:
            return self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the session did not end within {timeout} s:\n{self.tail()}")

    def finish(self, timeout=60):
        """Closes its input and waits for the end: (exit status, whole transcript)."""
        self.close_input()
        code = self.wait(timeout)
        self.wait_for(lambda t: False, 10)  # the reader has seen the end of the output
        return code, self.text

    def alive(self):
        return self.popen.poll() is None

    def kill(self, sig=signal.SIGKILL):
        try:
            os.killpg(self.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass

    def tail(self, n=3000):
        return self.text if len(self.text) <= n else "…" + self.text[-n:]

    def acknowledged(self):
        return sum(1 for line in self.text.splitlines() if line.strip() in FEEDBACK)


def question_of(prompt_text):
    """The question a prompt asks: its stem and options (the lines after the last 'Question N of M' header)."""
    lines = prompt_text.splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(r"^Question \d+ of \d+", line)]
    assert starts, f"no question before the prompt:\n{prompt_text}"
    return "\n".join(lines[starts[-1] + 1:-1])


def stem_and_options(prompt_text):
    """The question before a prompt: its stem (the line before 'A. ') and its options as [(letter, text)]."""
    lines = prompt_text.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Question ")]
    assert starts, f"no question before the prompt:\n{prompt_text}"
    body = lines[starts[-1] + 1:]
    first = next(i for i, line in enumerate(body) if line.startswith("A. "))
    options = [(line[0], line[3:]) for line in body[first:] if len(line) > 3 and line[1:3] == ". "]
    return body[first - 1], options
