"""The full-screen trainer in a real terminal (tmux): a whole session at 80x24 in colour, resizing, 40x12 with NO_COLOR
and SIGTERM, a name with escape codes, curly quotes and accents. On SQLite files and on the clinic server."""

import os
import re
import signal

import pytest

from conftest import AWKWARD_BANK

pytestmark = pytest.mark.tmux

COLOUR = re.compile(r"\x1b\[3[0-7]m|\x1b\[38;5")


def widest(screen):
    return max((len(line) for line in screen.split("\n")), default=0)


def open_home(world, db, *args, width=80, height=24, learner="Ana"):
    """Given the trainer started on `db` in a colour terminal, a learner who typed their name at the first screen."""
    term = world.terminal(width, height)
    term.start(world.trainer("--db", db, *args), env={"TERM": "xterm-256color"})
    term.wait_for("Type your name or code, then press Enter")
    term.type(learner)
    term.press("Enter", f"Hello, {learner}.")
    return term


def test_a_new_user_is_told_what_to_do_and_home_shows_the_plan_in_colour(world, store):
    db = store.new("main")
    # Given a new database, When the trainer starts in an 80x24 colour terminal
    term = world.terminal(80, 24)
    term.start(world.trainer("--db", db, "--seed", "5"), env={"TERM": "xterm-256color"})
    # Then the first screen tells a new user what to do
    term.wait_for("Type your name or code, then press Enter")
    # When Ana types her name
    term.type("Ana")
    term.send("Enter")
    # Then home shows today's plan, the content's status and the disclaimer, in colour
    term.wait_for("Today: 0 questions due, 10 new.")
    screen = term.wait_for("Draft: not yet checked")
    assert "For learning only, not medical advice." in screen, f"no disclaimer on the home screen:\n{screen}"
    coloured = term.screen(escapes=True)
    assert COLOUR.search(coloured), f"no colour in a colour terminal:\n{coloured[:600]!r}"


def test_a_session_records_each_answer_undo_takes_one_back_and_the_screen_reflows(world, store):
    db = store.new("main")
    # Given Ana at home in an 80x24 terminal
    term = open_home(world, db, "--seed", "5")
    # When she starts today's questions
    term.press("s", "Question 1 of 10")
    # And answers three of them
    for n in (1, 2, 3):
        screen = term.press("a", "Enter: next")
        if n == 1:
            # Then the feedback says Correct or Not quite in words
            assert re.search(r"Correct\.|Not quite\.", screen), f"feedback not in words:\n{screen}"
        term.press("Enter", f"Question {n + 1} of")
    # Then the session moved on, and the three answers are in the database
    assert world.attempts(db, "Ana") == 3
    # When she takes the last one back
    term.press("u", "Your last answer was taken back.")
    # Then the database holds two
    assert world.attempts(db, "Ana") == 2, "undo did not remove the answer from the database"
    # When the window shrinks to 40x12, the question reflows and nothing is wider than 40 columns
    term.resize(40, 12)
    screen = term.wait_for("answer · q: stop")
    assert widest(screen) <= 40, f"lines wider than 40 columns:\n{screen}"
    # When it is too small, it asks for more room; grown back, the question shows again
    term.resize(30, 10)
    term.wait_for("Please make this")
    term.resize(80, 24)
    term.wait_for("Question 3 of")
    # When she stops, a summary ends the session
    term.press("q", "Session done:")


def test_missed_questions_and_an_exam_end_in_summaries_and_the_terminal_is_restored(world, store):
    db = store.new("main")
    # Given Ana answered three questions, missing some (plain mode)
    world.ok("quiz", "--plain", "--learner", "Ana", "--count", "3", "--db", db, "--seed", "5", stdin="a\na\na\n")
    term = open_home(world, db, "--seed", "5")
    # When she reviews her missed questions, they start; q stops them and brings her home
    term.press("m", "Review missed questions ·")
    term.press("q", "Hello, Ana.")
    # When she takes an exam of ten questions
    term.press("e", "Exam · Ana")
    for n in range(1, 11):
        term.press("b", "Enter: next")
        term.press("Enter", "Session done:" if n == 10 else f"Question {n + 1} of 10")
    # Then it ends in a summary; back home, q quits with status 0 and the terminal is restored
    term.press("Enter", "Hello, Ana.")
    term.send("q")
    term.wait_exit(0)
    assert term.restored(), f"the terminal was not restored after quitting:\n{term.screen()}"


def test_at_40x12_without_colour_sigterm_ends_the_trainer_keeping_the_answer(world, store):
    db = store.new("main")
    # Given Bo's session in a 40x12 terminal with NO_COLOR set
    term = world.terminal(40, 12)
    term.start(world.trainer("--db", db, "--learner", "Bo", "--seed", "9"),
               env={"TERM": "xterm-256color", "NO_COLOR": "1"})
    # Then the home menu fits, and the question has no colour
    term.wait_for("S Start today's questions")
    term.press("s", "Question 1 of")
    coloured = term.screen(escapes=True)
    assert not COLOUR.search(coloured), f"colour used despite NO_COLOR:\n{coloured[:600]!r}"
    # When Bo answers one question and the trainer gets SIGTERM at the next
    term.press("a", "Enter: next")
    term.press("Enter", "Question 2 of")
    trainers = world.own("teachback")
    assert len(trainers) == 1, f"expected one trainer of this test running, found {trainers}"
    os.kill(trainers[0], signal.SIGTERM)
    # Then it ends (status 143), the terminal is restored, and the answer given is kept
    term.wait_exit(143)
    assert term.restored(), f"the terminal was not restored after SIGTERM:\n{term.screen()}"
    assert world.attempts(db, "Bo") == 1, "the answer given before SIGTERM was not kept"


def test_a_name_with_escape_codes_is_refused_and_never_reaches_the_terminal(world, store):
    db = store.new("main")
    # Given a screen showing MARKER, When the trainer is given a name that clears the screen and sets the title
    term = world.terminal(80, 24)
    term.start("echo MARKER; " + world.trainer("--db", db) + " --learner $'Eve\\e[2J\\e]0;pwned\\a'")
    # Then it is refused, with status 1, and the screen was not cleared
    term.wait_for("cannot contain control characters")
    screen = term.wait_exit(1)
    assert "MARKER" in screen, f"the escape code reached the terminal (the screen was cleared):\n{screen}"


def test_curly_quotes_dashes_and_accents_are_drawn_as_they_are(world, store):
    db = store.new("main")
    # Given a bank whose passage has curly quotes, an em dash and accents
    term = world.terminal(80, 24)
    term.start(world.trainer("--db", db, "--learner", "Uma", "--bank", AWKWARD_BANK, "--mode", "exam", "--count", "2"),
               env={"LANG": "C.UTF-8"})
    term.wait_for("Question 1 of 2")
    # When the passage is opened, Then they are drawn as they are
    term.press("r", "“curly quotes”, an em dash — and accents: café, naïve.")
    # And it exits cleanly (Escape closes the passage, q stops the exam, q quits)
    term.press("Escape", "Question 1 of 2")
    term.press("q", "Hello, Uma.")
    term.send("q")
    term.wait_exit(0)
