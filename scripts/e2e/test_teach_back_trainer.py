"""Teach-back in a real terminal (tmux): a nurse-led session ends in the nurse's check; a result with a note, undo,
the passage to re-teach, a small window, finishing. On SQLite files and on the clinic server."""

import re

import pytest

pytestmark = pytest.mark.tmux

QUESTION_OR_SUMMARY = re.compile(r"Question \d+ of|Session done:")


def teach_back_rows(world, db):
    return len(world.json("learner", "export", "Tom", "--db", db, "--format", "json").get("teach_back", []))


def nurse_led_session(world, db):
    """Given RN Kim leading Tom's session of two questions (answering A each time, so he misses some), at its
    summary; returns the terminal and the nurse's home screen as it was before the session."""
    signed_in = world.nurse(db)
    term = world.terminal(80, 24)
    term.start(world.trainer("--db", db, "--seed", "5", "--count", "2", "--nurse", "rnkim"),
               env={"TERM": "xterm-256color", **signed_in})
    term.wait_for("Type your name or code")
    term.type("Tom")
    term.send("Enter")
    home = term.wait_for("Nurse: teach-back check with this patient")
    term.send("s")
    for _ in range(12):
        if "Session done:" in term.wait_for(QUESTION_OR_SUMMARY):
            break
        term.press("a", "Enter: next")
        term.send("Enter")
    term.wait_for("Session done:")
    return term, home


def test_a_nurse_led_session_ends_in_the_teach_back_step_leading_with_what_was_missed(world, store):
    db = store.new("teach")
    # Given a nurse-led session, Then the nurse's home offered the teach-back check (nurse_led_session waits for it)
    term, _ = nurse_led_session(world, db)
    # Then the summary says the teach-back step comes next, and its keys offer it
    term.wait_for("Next: teach-back with the patient")
    term.wait_for("Enter: teach-back")
    # When the nurse goes on, Then the step says what to ask, what to listen for, the four results, and leads with
    # what the session missed (its safety points come after)
    screen = term.press("Enter", "Teach-back 1 of")
    for text in ("Ask:", "Listen for:", "4 Skipped", "Missed in this session"):
        assert text in screen, f"{text!r} not in the teach-back step:\n{screen}"


def test_a_result_with_a_note_is_recorded_and_undo_takes_it_back_note_and_all(world, store):
    db = store.new("teach")
    term, _ = nurse_led_session(world, db)
    term.press("Enter", "Teach-back 1 of")
    # When the nurse adds a note and records 'explained after re-teaching'
    term.press("n", "Type a short note")
    term.type("Said she would call the clinic")
    term.press("Enter", "Note: Said she would call the clinic")
    term.press("2", "Teach-back 2 of")
    # Then the result is in the database
    assert teach_back_rows(world, db) == 1
    # When she takes it back, Then the step says so and returns to that point, its note with it, and the database
    # no longer holds it
    term.press("u", "The last teach-back result was taken back.")
    term.wait_for("Note: Said she would call the clinic")
    assert teach_back_rows(world, db) == 0


def test_the_step_re_teaches_reflows_and_finishing_says_what_was_saved(world, store):
    db = store.new("teach")
    term, _ = nurse_led_session(world, db)
    term.press("Enter", "Teach-back 1 of")
    # When the nurse opens the passage to re-teach, and closes it
    term.press("r", " of 7: ")
    term.press("Escape", "Teach-back 1 of")
    # When the window is 40x12, Then the step reflows, its heading in view, no wider than 40 columns
    term.resize(40, 12)
    screen = term.wait_for(re.compile(r"^ Teach-back 1 of", re.M))
    assert max(len(line) for line in screen.split("\n")) <= 40, f"wider than 40 columns:\n{screen}"
    term.resize(80, 24)
    # When she records one result and finishes
    term.press("1", "Teach-back 2 of")
    term.press("Escape", "Teach-back saved for 1 teaching point.")
    # Then one result is kept, and the report has the charting sentence
    assert teach_back_rows(world, db) == 1
    report = world.ok("report", "Tom", "--db", db).stdout
    assert "provided to the patient using teach-back, led by RN Kim" in " ".join(report.split()), report[:1500]
    # When the nurse's menu starts a check of its own and she finishes with nothing recorded, Then it says so
    term.press("k", "Teach-back 1 of")
    term.press("Escape", "nothing was recorded")
    term.send("q")
    term.wait_exit(0)
