#!/usr/bin/env python3
"""The read-aloud and Spanish issue's "done when", with the real binary in tmux, espeak-ng and a null sound card.

1. Spanish: a whole session on the Spanish bank in tmux at 80x24 and 40x12 (home, help, settings, progress, a
   passage, every question and its feedback, the summary, the nurse's name, plan and teach-back screens). The same
   walk in English gives the words the English screens use; a Spanish screen may share none of them but names
   (Teachback, Ana), letters and keys. Every screen is also read for leftovers such as "Draft".
2. Read-aloud: `--speak` in tmux with PulseAudio's null sink (speech takes its real time): espeak-ng runs while the
   question is read, a key press stops it, and after quit, after Ctrl-C and after `kill -9` of the trainer no
   espeak-ng is left.
3. The WAV check: a plain-mode session with `--speak-to DIR` leaves one non-empty WAV file per question asked.
4. Without espeak-ng: one line says how to install it, and the session goes on.

Usage: scripts/language_speech_check.py path/to/teachback     (run by .ci/run)
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BIN = os.path.abspath(sys.argv[1])
work = tempfile.mkdtemp(prefix="teachback-lang-")
base_env = dict(os.environ, XDG_DATA_HOME=f"{work}/data", XDG_CACHE_HOME=f"{work}/cache", TZ="UTC",
                LANG="C.UTF-8", TERM="xterm-256color")
base_env.pop("TEACHBACK_DB", None)
passed = failed = 0


def ok(cond, what):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok - {what}")
    else:
        failed += 1
        print(f"not ok - {what}")


def tmux(*args):
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


def screen():
    return tmux("capture-pane", "-p", "-t", "lang")


def wait_change(before, timeout=5.0):
    end = time.time() + timeout
    while time.time() < end:
        now = screen()
        if now != before and now.strip():
            time.sleep(0.15)
            return screen()
        time.sleep(0.05)
    return screen()


def key(k):
    before = screen()
    tmux("send-keys", "-t", "lang", k)
    return wait_change(before, 3.0)


def start(cmd, width, height, env):
    tmux("kill-session", "-t", "lang")
    envs = " ".join(f"{k}='{v}'" for k, v in env.items())
    tmux("new-session", "-d", "-s", "lang", "-x", str(width), "-y", str(height), f"env {envs} {cmd}; sleep 30")
    end = time.time() + 15
    while time.time() < end and not screen().strip():
        time.sleep(0.1)
    time.sleep(0.8)
    return screen()


def walk(bank, width, height, tag):
    """Every screen of a session, in order, as text."""
    db = f"{work}/{tag}.sqlite"
    env = {"TEACHBACK_DB": db, "XDG_DATA_HOME": f"{work}/data", "XDG_CACHE_HOME": f"{work}/cache",
           "LANG": "C.UTF-8", "TZ": "UTC", "TEACHBACK_NOW": "2026-12-05T12:00:00Z"}
    shots = [start(f"{BIN} --bank {bank} --learner Ana --count 4 --seed 3", width, height, env)]
    for k in ["?", "Escape", "t", "Escape", "g", "Enter", "r", "Enter", "Escape", "Escape"]:
        shots.append(key(k))
    shots.append(key("s"))
    for _ in range(12):
        s = screen()
        if re.search(r"(Session done|Sesión terminada)", s):
            break
        shots.append(key("a"))          # answer A
        shots.append(key("Enter"))      # past the feedback (or on with the next question)
    shots.append(screen())
    shots.append(key("Enter"))           # home
    shots.append(key("f"))
    for ch in "Enf":
        tmux("send-keys", "-t", "lang", ch)
    shots.append(key("Enter"))
    shots.append(key("n"))
    shots.append(key("Escape"))
    shots.append(key("k"))
    shots.append(key("1"))
    shots.append(key("Escape"))
    shots.append(key("q"))
    tmux("kill-session", "-t", "lang")
    return shots


WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")
# Shared by both languages on purpose: the program's name, the learner and nurse, letters, keys and scheduler names.
SHARED = {"Teachback", "Ana", "Enf", "Esc", "FSRS", "SM", "CAR", "T", "A", "B", "C", "D", "E", "F", "G", "K", "L",
          "M", "N", "P", "Q", "R", "S", "a", "b", "e", "f", "g", "k", "l", "m", "n", "p", "q", "r", "s", "t", "u",
          "x", "no", "o", "y", "de",
          # Spanish words spelt as English ones are.
          "Complete", "No", "hospital", "tumor", "final", "plan"}
# The nurse's plan screen lists every topic by its own title, the other language's bank in its language: it is
# checked on its own below.


def words(shots):
    kept = [s for s in shots if not ("Temas y fechas" in s or "Topics and dates" in s)]
    return {w for s in kept for w in WORD.findall(s)}


for width, height in [(80, 24), (40, 12)]:
    english = walk("immunotherapy-recurrence", width, height, f"en-{width}")
    spanish = walk("immunotherapy-recurrence-es", width, height, f"es-{width}")
    english_words = words(english)
    spanish_words = words(spanish)
    shared = (english_words & spanish_words) - SHARED
    ok(len(spanish) > 20 and any("Pregunta 1 de" in s for s in spanish), f"{width}x{height}: a Spanish session ran")
    ok(any(re.search(r"Sesión terminada: \d de \d", s) for s in spanish), f"{width}x{height}: its summary")
    ok(not shared, f"{width}x{height}: no word of the English screens on a Spanish screen {sorted(shared)[:20]}")
    leftovers = [w for w in ["Draft", "Question", "Press", "Enter", "Correct", "Settings", "Help", "Quit", "answer",
                             "Teach-back", "Nurse", "Loading", "Saving", "Today", "days", "question"]
                 if any(re.search(rf"\b{w}\b", s) for s in spanish)]
    ok(not leftovers, f"{width}x{height}: no English leftovers {leftovers}")
    plan = [s for s in spanish if "Temas y fechas de Ana" in s]
    ok(plan and all("Topics" not in s and "Enter" not in s for s in plan), f"{width}x{height}: the plan screen")
    ok(any("Explicar con sus palabras" in s or "Enfermería" in s for s in spanish),
       f"{width}x{height}: the nurse's screens are in Spanish too")
    with open(f"{work}/spanish-{width}x{height}.txt", "w") as f:
        f.write("\n=====\n".join(spanish))

# 2. Read-aloud in tmux, with a null sound card so espeak-ng speaks in real time.
runtime = f"{work}/pulse"
os.makedirs(runtime, mode=0o700, exist_ok=True)
pulse_env = dict(base_env, XDG_RUNTIME_DIR=runtime)
have_espeak = shutil.which("espeak-ng") is not None
have_pulse = shutil.which("pulseaudio") is not None
ok(have_espeak, "espeak-ng is installed")
if have_pulse:
    subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                    "--load=module-null-sink sink_name=teachback_null", "--load=module-native-protocol-unix"],
                   env=pulse_env, capture_output=True)
    time.sleep(1)


def espeaks():
    """espeak-ng processes alive: a zombie (killed, not yet reaped by PID 1) is dead and says nothing."""
    out = subprocess.run(["ps", "-C", "espeak-ng", "-o", "pid=,stat="], capture_output=True, text=True).stdout
    return [int(line.split()[0]) for line in out.splitlines() if line.split() and not line.split()[1].startswith("Z")]


def espeaks_after(seconds):
    """Waits up to `seconds` for every espeak-ng to be gone; the ones still alive."""
    end = time.time() + seconds
    while time.time() < end and espeaks():
        time.sleep(0.1)
    return espeaks()


def trainer_pid():
    # This check's trainer only (its command line ends with its mode; tmux's and the shell's end with "sleep 30"):
    # any other teachback on the machine is not ours.
    out = subprocess.run(["pgrep", "-f", r"teachback --speak --bank immunotherapy-recurrence-es --learner Ana --mode review$"],
                         capture_output=True, text=True).stdout.split()
    return [int(p) for p in out]


if have_espeak and have_pulse:
    env = {"TEACHBACK_DB": f"{work}/speak.sqlite", "XDG_RUNTIME_DIR": runtime, "LANG": "C.UTF-8",
           "XDG_CACHE_HOME": f"{work}/cache", "XDG_DATA_HOME": f"{work}/data"}
    for ending in ["quit", "ctrl-c", "kill -9"]:
        start(f"{BIN} --speak --bank immunotherapy-recurrence-es --learner Ana --mode review", 80, 24, env)
        time.sleep(0.7)
        speaking = espeaks()
        ok(bool(speaking), f"{ending}: espeak-ng reads the question aloud ({len(speaking)} running)")
        tmux("send-keys", "-t", "lang", "Down")
        time.sleep(0.5)
        after_key = espeaks()
        ok(not set(speaking) & set(after_key), f"{ending}: a key press stopped that speech")
        if ending == "quit":
            tmux("send-keys", "-t", "lang", "q")   # stop: nothing answered, so home
            time.sleep(0.5)
            tmux("send-keys", "-t", "lang", "q")   # quit
        elif ending == "ctrl-c":
            tmux("send-keys", "-t", "lang", "C-c")
        else:
            for pid in trainer_pid():
                os.kill(pid, signal.SIGKILL)
        time.sleep(1.5)
        ok(not trainer_pid(), f"{ending}: the trainer has stopped")
        left = espeaks_after(5)
        ok(not left, f"{ending}: no espeak-ng left behind {left}")
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        tmux("kill-session", "-t", "lang")
    subprocess.run(["pulseaudio", "--kill"], env=pulse_env, capture_output=True)
else:
    ok(False, "pulseaudio and espeak-ng are needed for the read-aloud check (.ci/run installs them)")

# 3. WAV files: plain mode, one non-empty file per question asked.
wav = f"{work}/wav"
answers = "\n".join(["A"] * 30) + "\n"
run = subprocess.run([BIN, "--plain", "--bank", "immunotherapy-recurrence-es", "--learner", "Wav", "--count", "5",
                      "--speak-to", wav], input=answers, capture_output=True, text=True, timeout=120,
                     env=dict(base_env, TEACHBACK_DB=f"{work}/wav.sqlite"))
asked = len(re.findall(r"^Pregunta \d+ de \d+", run.stdout, re.M))
files = sorted(os.listdir(wav)) if os.path.isdir(wav) else []
questions = [f for f in files if re.match(r"\d{4}-question-\d+\.wav$", f)]
ok(run.returncode == 0, f"the plain session with --speak-to ended well (exit {run.returncode})")
ok(asked >= 5 and len(questions) == asked, f"one WAV file per question: {len(questions)} files, {asked} asked")
ok(all(os.path.getsize(f"{wav}/{f}") > 10_000 for f in questions), "every question's WAV file has sound in it")
ok(any(re.match(r"\d{4}-feedback-\d+\.wav$", f) for f in files), "feedback is written too")

# 4. Without espeak-ng: one line, then the session as usual.
run = subprocess.run([BIN, "--plain", "--speak", "--learner", "Silent", "--count", "2"], input=answers,
                     capture_output=True, text=True, timeout=60,
                     env=dict(base_env, TEACHBACK_DB=f"{work}/silent.sqlite", TEACHBACK_ESPEAK="/nonexistent/espeak-ng"))
ok(run.stderr.strip().splitlines() == [
    "Read-aloud is off: /nonexistent/espeak-ng was not found. Install it with: sudo apt-get install espeak-ng"],
   f"without espeak-ng, one line says how to install it: {run.stderr.strip()!r}")
ok(run.returncode == 0 and re.search(r"^\d+ of \d+ correct$", run.stdout, re.M) is not None,
   f"and the session went on, silent (exit {run.returncode})")

print(f"language and speech: {passed} passed, {failed} failed (screens in {work})")
sys.exit(1 if failed else 0)
