"""A shared station lists no one, and CSV never carries a formula. On SQLite files and on the clinic server."""

import pytest


@pytest.mark.tmux
def test_a_shared_station_lists_no_one_and_leaves_the_next_learner_to_the_nurse(world, store):
    db = store.new("shared")
    # Given two learners on the database
    for who in ("Ben Okafor", "P-0231"):
        world.ok("learner", "add", who, "--db", db)
    # When the trainer starts as a shared station
    term = world.terminal(80, 24)
    term.start(world.trainer("--db", db, "--station", "shared"), env={"TERM": "xterm-256color"})
    # Then it asks each patient for their own code, and shows no other learner's name or code
    screen = term.wait_for("Type your own code, then press Enter")
    assert "Ben Okafor" not in screen and "P-0231" not in screen, f"other learners shown:\n{screen}"
    # When Ana types hers, Then her own session opens, without 'Next learner' (that is the nurse's)
    term.type("Ana")
    screen = term.press("Enter", "Hello, Ana.")
    assert "Next learner" not in screen, f"next learner offered to a patient on a shared station:\n{screen}"
    term.send("q")
    term.wait_exit(0)


def test_a_name_that_looks_like_a_formula_is_exported_to_csv_as_text(world, store):
    db = store.new("shared")
    name = '=HYPERLINK("http://evil","x")'
    # Given a learner whose name is a spreadsheet formula, When exported as CSV
    world.ok("learner", "add", name, "--db", db)
    csv = world.ok("learner", "export", name, "--db", db, "--format", "csv").stdout
    # Then it is text (a leading quote), never a formula
    assert ",=HYPERLINK" not in csv and ',"=HYPERLINK' not in csv, f"a name exported as a formula:\n{csv}"
    assert ",\"'=HYPERLINK" in csv, f"the formula-like name is not quoted as text:\n{csv}"
