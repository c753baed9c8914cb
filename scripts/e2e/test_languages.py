"""A third language and the pseudo-locale, with the real binary in tmux, and errors in the reader's language:

1. A whole session in Simplified Chinese at 40x12 and 80x24 (home, help, settings, progress, a passage, every question
   and its feedback, the summary, the nurse's sign-in, plan and teach-back screens): every line of every screen fits
   its width as Python's wcwidth counts a Chinese character (two cells), and no word of the English walk's screens
   is left but names, keys and letters.
2. The pseudo-locale (`--language qps`): the first screens are bracketed and accented, with no English left.
3. A store's error in the language of LANG (Spanish, Chinese), with its exit status; English without one.
"""

import re

import pytest
from wcwidth import wcswidth

from conftest import BUILT_IN
from harness.walk import exact, walk as shared_walk

NOW = "2026-12-05T12:00:00Z"
CHINESE = "immunotherapy-recurrence-zh"


HOME = ("Hello, Ana.", "Ana，您好。")
BEFORE_THE_SESSION = [
    (None, *HOME),
    ("?", exact("Help"), exact("帮助")),
    ("Escape", *HOME),
    ("t", "Settings for Ana", "Ana的设置"),
    ("Escape", *HOME),
    ("g", "Your progress", "您的进度"),
    ("Enter", *HOME),
    ("r", "Read the material: choose", "阅读资料：请选择"),
    ("Escape", *HOME),
    ("s", "Question 1 of", "第1题，共"),
]
FEEDBACK = (re.compile(r"Correct\.|Not quite\."), re.compile(r"答对了。|不太对。"))
SUMMARY = (re.compile(r"Session done"), re.compile(r"本次学习结束"))
QUESTION = ("Question {} of", "第{}题，共")
AFTER_THE_SESSION = [
    ("Enter", *HOME),
    ("f", "Nurse sign-in", "护士登录"),
    ("type:enf", "> enf", "> enf"),
    ("Enter", "Password or PIN:", "密码或 PIN："),
    ("type:482913", "> ******", "> ******"),
    ("Enter", "Nurse-led session with Enf.", "本次学习由护士指导：Enf。"),
    ("n", "Topics and dates for Ana", "Ana"),
    ("Escape", *HOME),
    ("k", "Teach-back 1 of", "复述确认：第1项"),
    ("1", "Teach-back 2 of", "复述确认：第2项"),
    ("Escape", "Teach-back saved for 1", "已保存1个教学要点"),
]


def walk(world, bank, width, height, chinese):
    """Every screen of a session, in order, as text."""
    lang = 1 if chinese else 0
    return shared_walk(
        world, bank, width, height, [(k, e[lang]) for k, *e in BEFORE_THE_SESSION], FEEDBACK[lang], QUESTION[lang],
        SUMMARY[lang], [(k, e[lang]) for k, *e in AFTER_THE_SESSION], label="zh", now=NOW)


LATIN = re.compile(r"[A-Za-z]{2,}")
# Names, keys and commands stay as they are in every language.
KEPT = {"Teachback", "Ana", "Enf", "enf", "PIN", "Esc", "Enter", "Tab", "PgUp", "PgDn", "FSRS", "SM", "CAR"}


@pytest.mark.tmux
@pytest.mark.parametrize("width,height", [(80, 24), (40, 12)], ids=["80x24", "40x12"])
def test_a_whole_chinese_session_fits_by_wcwidth_and_has_no_english(world, width, height):
    # Given the same walk through every screen in English and in Chinese
    english = walk(world, BUILT_IN, width, height, chinese=False)
    chinese = walk(world, CHINESE, width, height, chinese=True)
    screens = "\n=====\n".join(chinese)
    (world.root / f"chinese-{width}x{height}.txt").write_text(screens)
    # Then the session ran to its summary
    assert len(chinese) > 15 and any(re.search(r"本次学习结束：\d+题中答对\d+题", s) for s in chinese), screens
    # And every line of every screen fits the terminal as wcwidth counts it (a Chinese character is two cells)
    for shot in chinese:
        for line in shot.splitlines():
            assert wcswidth(line) != -1 and wcswidth(line) <= width, f"{wcswidth(line)} cells: {line!r}\n{shot}"
    # And no English word of the same walk is on a Chinese screen, but names, keys and commands
    english_words = {w for s in english for w in LATIN.findall(s)}
    left = sorted({w for s in chinese for w in LATIN.findall(s)} & english_words - KEPT)
    assert not left, f"English on the Chinese screens: {left[:30]}\n{screens}"


@pytest.mark.tmux
def test_the_pseudo_locale_leaves_no_english_on_the_first_screens(world):
    # Given the trainer in the pseudo-locale at 40x12
    term = world.terminal(40, 12, label="qps")
    term.start(world.trainer("--language", "qps"),
               env={"TEACHBACK_DB": world.work / "qps.sqlite", "TEACHBACK_NOW": NOW, "TERM": "xterm-256color",
                    "LANG": "C.UTF-8"})
    # Then the welcome screen is bracketed and accented, and names only the program
    welcome = term.wait_for("[Ŵéļçöɱé ţö Ţéàçĥƀàçķ.")
    assert set(LATIN.findall(welcome)) <= {"Teachback"}, welcome
    # When a learner signs in, the home screen is pseudo-translated too, with only the name in plain letters
    term.type("Zoe")
    term.send("Enter")
    home = term.wait_for("[Ĥéļļö, Zoe.")
    chrome = [line for line in home.splitlines() if line.strip().startswith(("[", "›", "S", "M", "R", "P", "E", "↓"))]
    assert chrome and all(set(LATIN.findall(line)) <= {"Zoe", "Teachback"} for line in chrome), home
    for line in home.splitlines():
        assert wcswidth(line) <= 40, line
    term.send("q")
    term.wait_exit(0)


def test_a_store_error_is_in_the_language_of_lang(world):
    # Given a file that is not a Teachback database
    notadb = world.work / "notes.sqlite"
    notadb.write_text("these are my notes\n")
    # When a command opens it in Spanish, in Chinese, and with no language
    spanish = world.run("learner", "list", "--db", str(notadb), env={"LANG": "es_ES.UTF-8"})
    chinese = world.run("learner", "list", "--db", str(notadb), env={"LANG": "zh_CN.UTF-8"})
    english = world.run("learner", "list", "--db", str(notadb), env={"LANG": "C.UTF-8"})
    # Then each says what and where in its language, exits 1, and leaves the file as it was
    assert spanish.code == 1 and f"{notadb} no es una base de datos de Teachback" in spanish.stderr, spanish
    assert chinese.code == 1 and str(notadb) in chinese.stderr and "Teachback" in chinese.stderr, chinese
    assert not re.search(r"\b(is not|Nothing was changed)\b", chinese.stderr), chinese
    assert english.code == 1 and f"{notadb} is not a Teachback database" in english.stderr, english
    assert notadb.read_text() == "these are my notes\n"
