"""Spanish and read-aloud, with the real binary in tmux, espeak-ng and a null sound card (PulseAudio's null sink, so
speech takes its real time):

1. A whole Spanish session at 80x24 and 40x12 (home, help, settings, progress, a passage, every question and its
   feedback, the summary, the nurse's name, plan and teach-back screens). The same walk in English gives the words the
   English screens use; a Spanish screen may share none of them but names (Teachback, Ana), letters and keys.
2. `--speak`: espeak-ng reads the question, a key press stops it, and after quit, Ctrl-C or `kill -9` of the trainer
   no espeak-ng of the test's is left.
3. `--speak-to DIR` in plain mode leaves one non-empty WAV file per question asked.
4. Without espeak-ng one line says how to install it, and the session goes on.
"""

import os
import re
import shutil
import signal
import subprocess

import pytest

from conftest import BUILT_IN, BUILT_IN_ES
from harness.procs import holds_within, outermost, wait_until
from harness.walk import exact, walk as shared_walk

NOW = "2026-12-05T12:00:00Z"


# The walk: each key (tmux's names; "type:TEXT" is typed) and what its screen shows, in English and in Spanish, so no
# key is sent before the screen of the last one is there. None: the first screen.
HOME = ("Hello, Ana.", "Hola, Ana.")
BEFORE_THE_SESSION = [
    (None, *HOME),
    ("?", exact("Help"), exact("Ayuda")),
    ("Escape", *HOME),
    ("t", "Settings for Ana", "Ajustes de Ana"),
    ("Escape", *HOME),
    ("g", "Your progress", "Su progreso"),
    ("Enter", *HOME),
    ("r", "Read the material: choose", "Leer el texto: elija"),
    ("Enter", "1 of 7:", "1 de 7:"),
    ("Escape", "Read the material: choose", "Leer el texto: elija"),
    ("Escape", *HOME),
    ("s", "Question 1 of", "Pregunta 1 de"),
]
FEEDBACK = (re.compile(r"Correct\.|Not quite\."), re.compile(r"Correcto\.|No es correcto\."))
SUMMARY = ("Session done", "Sesión terminada")
QUESTION = ("Question {} of", "Pregunta {} de")
AFTER_THE_SESSION = [
    ("Enter", *HOME),
    ("f", "Nurse sign-in", "Inicio de sesión de enfermería"),
    ("type:enf", "> enf", "> enf"),
    ("Enter", "Password or PIN:", "Contraseña o PIN:"),
    ("type:482913", "> ******", "> ******"),
    ("Enter", "Nurse-led session with Enf.", "Sesión guiada por Enf."),
    ("n", "Topics and dates for Ana", "Temas y fechas de Ana"),
    ("Escape", *HOME),
    ("k", "Teach-back 1 of", "Explicar con sus palabras: 1 de"),
    ("1", "Teach-back 2 of", "Explicar con sus palabras: 2 de"),
    ("Escape", "Teach-back saved for 1", "Se guardó la explicación de 1"),
]


def walk(world, bank, width, height, spanish):
    """Every screen of a session, in order, as text."""
    lang = 1 if spanish else 0
    summary = re.compile(re.escape(SUMMARY[lang]))
    return shared_walk(
        world, bank, width, height, [(k, e[lang]) for k, *e in BEFORE_THE_SESSION], FEEDBACK[lang], QUESTION[lang],
        summary, [(k, e[lang]) for k, *e in AFTER_THE_SESSION], label="lang", now=NOW)


WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")
# Shared by both languages on purpose: the program's name, the learner and nurse, letters, keys and scheduler names.
SHARED = {"Teachback", "Ana", "Enf", "enf", "PIN", "Esc", "FSRS", "SM", "CAR", "T", "A", "B", "C", "D", "E", "F", "G", "K", "L",
          "M", "N", "O", "P", "Q", "R", "S", "a", "b", "e", "f", "g", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u",
          "x", "no", "o", "y", "de",
          # Spanish words spelt as English ones are.
          "Complete", "No", "hospital", "tumor", "final", "plan"}
LEFTOVERS = ["Draft", "Question", "Press", "Enter", "Correct", "Settings", "Help", "Quit", "answer", "Teach-back",
             "Nurse", "Loading", "Saving", "Today", "days", "question"]


def words(shots):
    # The nurse's plan screen lists every topic by its own title, the other language's bank in its language: it is
    # checked on its own.
    kept = [s for s in shots if not ("Temas y fechas" in s or "Topics and dates" in s)]
    return {w for s in kept for w in WORD.findall(s)}


@pytest.mark.tmux
@pytest.mark.parametrize("width,height", [(80, 24), (40, 12)], ids=["80x24", "40x12"])
def test_a_whole_spanish_session_shows_no_english_word(world, width, height):
    # Given the same walk through every screen in English and in Spanish
    english = walk(world, BUILT_IN, width, height, spanish=False)
    spanish = walk(world, BUILT_IN_ES, width, height, spanish=True)
    (world.root / f"spanish-{width}x{height}.txt").write_text("\n=====\n".join(spanish))
    screens = "\n=====\n".join(spanish)
    # Then a Spanish session ran, to its summary
    assert len(spanish) > 20 and any("Pregunta 1 de" in s for s in spanish), screens
    assert any(re.search(r"Sesión terminada: \d de \d", s) for s in spanish), screens
    # And no word of the English screens is on a Spanish screen, nor an English leftover
    shared = sorted((words(english) & words(spanish)) - SHARED)
    assert not shared, f"English words on the Spanish screens: {shared[:20]}\n{screens}"
    leftovers = [w for w in LEFTOVERS if any(re.search(rf"\b{w}\b", s) for s in spanish)]
    assert not leftovers, f"English leftovers: {leftovers}\n{screens}"
    # And the plan screen and the nurse's screens are in Spanish too
    plan = [s for s in spanish if "Temas y fechas de Ana" in s]
    assert plan and all("Topics" not in s and "Enter" not in s for s in plan), "\n=====\n".join(plan) or screens
    assert any("Explicar con sus palabras" in s or "Enfermería" in s for s in spanish), screens


# --- Read-aloud -------------------------------------------------------------------------------------------------------

@pytest.fixture
def sound(world):
    """A PulseAudio of the test's own (in its XDG_RUNTIME_DIR) with a null sink, so espeak-ng speaks in real time."""
    missing = [tool for tool in ("espeak-ng", "pulseaudio") if not shutil.which(tool)]
    if missing:
        pytest.fail(f"{' and '.join(missing)} not installed: the read-aloud checks need espeak-ng and pulseaudio "
                    "(.ci/run installs them)", pytrace=False)
    env = world.environment()
    subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                    "--load=module-null-sink sink_name=teachback_null", "--load=module-native-protocol-unix"],
                   env=env, capture_output=True, timeout=60)
    wait_until(lambda: (world.runtime / "pulse" / "native").exists(), 15, "PulseAudio's socket")
    yield
    subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=60)


@pytest.mark.tmux
@pytest.mark.parametrize("ending", ["quit", "ctrl-c", "kill -9"])
def test_read_aloud_stops_at_a_key_and_leaves_no_espeak_behind(world, sound, ending):
    # Given a Spanish session read aloud
    term = world.terminal(80, 24, label="speak")
    term.start(world.trainer("--speak", "--bank", BUILT_IN_ES, "--learner", "Ana", "--mode", "review"),
               env={"TEACHBACK_DB": world.work / "speak.sqlite", "LANG": "C.UTF-8"})
    term.wait_for("Pregunta 1 de")
    # Then espeak-ng reads the question aloud
    speaking = wait_until(lambda: world.own("espeak-ng"), 10, "espeak-ng reading the question aloud")
    # When a key is pressed, Then that speech stops (a question takes longer than this to read)
    term.send("Down")
    assert holds_within(lambda: not set(speaking) & set(world.own("espeak-ng")), 2), \
        f"{ending}: a key press did not stop the speech (espeak-ng {speaking} still running)"
    # When the trainer ends by quitting, by Ctrl-C or by kill -9
    if ending == "quit":
        term.press("q", "Hola, Ana.")  # stop: nothing answered, so home
        term.send("q")  # quit
    elif ending == "ctrl-c":
        term.send("C-c")
    else:
        trainers = outermost(world.own("teachback"))
        assert len(trainers) == 1, f"expected this test's one trainer, found {trainers}"
        os.kill(trainers[0], signal.SIGKILL)
    term.wait_for(re.compile(r"EXITED=\d+"))  # after kill -9 the screen is left as it was drawn
    # Then the trainer has stopped, and no espeak-ng of its is left
    assert holds_within(lambda: not world.own("teachback"), 5), f"{ending}: the trainer is still running"
    assert holds_within(lambda: not world.own("espeak-ng"), 5), \
        f"{ending}: espeak-ng left behind: {world.own('espeak-ng')}"


def test_speak_to_leaves_one_wav_file_with_sound_per_question(world):
    wav = world.work / "wav"
    # When a plain Spanish session of five questions writes what it would say to WAV files
    r = world.run("--plain", "--bank", BUILT_IN_ES, "--learner", "Wav", "--count", "5", "--speak-to", wav,
                  stdin="A\n" * 30, env={"TEACHBACK_DB": world.work / "wav.sqlite"})
    # Then it ended well, with one non-empty WAV file per question asked, and the feedback's too
    assert r.code == 0, f"the plain session with --speak-to failed{r.describe()}"
    asked = len(re.findall(r"^Pregunta \d+ de \d+", r.stdout, re.M))
    files = sorted(os.listdir(wav)) if wav.is_dir() else []
    questions = [f for f in files if re.match(r"\d{4}-question-\d+\.wav$", f)]
    assert asked >= 5 and len(questions) == asked, f"{len(questions)} question files for {asked} asked: {files}"
    small = [f for f in questions if (wav / f).stat().st_size <= 10_000]
    assert not small, f"WAV files with no sound in them: {small}"
    assert any(re.match(r"\d{4}-feedback-\d+\.wav$", f) for f in files), f"no feedback file: {files}"


def test_without_espeak_one_line_says_how_to_install_it_and_the_session_goes_on(world):
    # Given no espeak-ng where the trainer looks, When a session is read aloud
    r = world.run("--plain", "--speak", "--learner", "Silent", "--count", "2", stdin="A\n" * 30,
                  env={"TEACHBACK_DB": world.work / "silent.sqlite", "TEACHBACK_ESPEAK": "/nonexistent/espeak-ng"})
    # Then one line says how to install it, and the session goes on, silent
    assert r.stderr.strip().splitlines() == [
        "Read-aloud is off: /nonexistent/espeak-ng was not found. Install it with: sudo apt-get install espeak-ng"], \
        r.describe()
    assert r.code == 0 and re.search(r"^\d+ of \d+ correct$", r.stdout, re.M), r.describe()
