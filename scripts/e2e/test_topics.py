"""Topics: a bank library beside the built-in banks, a learner planned on two topics with a date (the test clock
TEACHBACK_NOW), both in the trainer (tmux), reports, stats and exports of one topic, and bad input. On SQLite files and
on the clinic server."""

import re
import shutil

import pytest

from conftest import BUILT_IN, BUILT_IN_ES, BUILT_IN_ZH, HAND_WASHING, ROOT
from harness.cli import expect_refused

NOW = {"TEACHBACK_NOW": "2026-12-01T09:00:00Z"}
HANDS = "Washing your hands to stay well"
IMMUNO = "How immunotherapy helps keep cancer from coming back"


def install_hand_washing(world):
    r = world.ok("bank", "install", HAND_WASHING)
    assert "Installed hand-washing" in r.output, f"bank install{r.describe()}"
    return r


@pytest.fixture
def tess(world, store):
    """Given the hand-washing bank installed, and Tess planned on the built-in topic by 5 December (four days off)
    and on hand-washing with no date; returns her database and what `plan` printed."""
    db = store.new("topics")
    install_hand_washing(world)
    signed_in = world.nurse(db)
    out = world.ok("plan", "Tess", "--db", db, "--topic", BUILT_IN, "--by", "2026-12-05", "--nurse", "rnkim",
                   env={**NOW, **signed_in})
    out2 = world.ok("plan", "Tess", "--db", db, "--topic", "hand-washing", env=NOW)
    return db, out.stdout + out2.stdout


def test_a_bank_installs_into_the_library_and_is_listed_beside_the_built_in_ones(world):
    # When the hand-washing bank is installed
    install_hand_washing(world)
    # Then the library holds it under its id, and bank list shows it after the built-in banks with its count
    assert (world.library / "hand-washing" / "bank.yaml").is_file(), f"not in the library: {world.library}"
    listed = world.json("bank", "list", "--format", "json")
    assert [b["id"] for b in listed["banks"]] == [BUILT_IN, BUILT_IN_ES, BUILT_IN_ZH, "hand-washing"], listed
    assert listed["banks"][3]["teachingPoints"] == 12, listed["banks"][3]


def test_a_plan_shows_the_pace_its_date_sets_and_warns_past_the_daily_limit(tess):
    # Given Tess planned as above, Then the plan shows the pace its date sets, beyond her daily limit, and says so
    _, printed = tess
    assert "ready by 2026-12-05 (4 days): 13 new a day" in printed, printed
    assert "more than Tess's daily limit of 10" in printed, printed


@pytest.mark.tmux
def test_a_learner_with_two_topics_sees_both_in_the_trainer_and_sessions_sum_up_by_topic(world, tess):
    db, _ = tess
    term = world.terminal(80, 24)
    # When Tess starts the trainer
    term.start(world.trainer("--db", db, "--seed", "3"), env=dict(NOW, TERM="xterm-256color"))
    term.wait_for("Type your name or code")
    term.type("Tess")
    term.send("Enter")
    # Then she sees both topics, each with what it asks today, and the plan's date in words
    term.wait_for(f"{HANDS}: 0 due, 10 new")
    term.wait_for(f"{IMMUNO}: 0 due, 13 new")
    term.wait_for("4 days until 5 December: 13 questions today")
    # When she opens hand-washing, Then it has a home screen of its own with the way back
    # (wait for the entry itself: a capture can catch the screen half redrawn, the title there and the menu not yet)
    screen = term.press("2", "B Back to my topics")
    assert f"{HANDS}. Draft" in screen, f"not hand-washing's home:\n{screen}"
    # When she starts its questions, Then they are its own
    screen = term.press("s", "Question 1 of 10")
    assert re.search(r"Why clean hands matter|How to wash your hands", screen), f"not hand-washing's:\n{screen}"
    term.press("a", "Enter: next")
    term.press("Enter", "Question 2 of")
    term.press("a", "Enter: next")
    # When she stops, Then the topic's summary shows; back at the topics, its new count went down
    term.press("Escape", "Session done:")
    term.press("Enter", "B Back to my topics")
    term.press("b", "Your topics")
    term.wait_for(f"{HANDS}: 0 due, 8 new")
    # When she answers across her topics, Then the summary sums up by topic
    term.press("a", "Question 1 of")
    for n in (1, 2, 3):
        term.press("a", "Enter: next")
        term.press("Enter", f"Question {n + 1} of")
    term.press("Escape", "By topic:")
    term.press("Enter", "Hello, Tess.")
    # And q quits the trainer
    term.send("q")
    term.wait_exit(0)


def section(report, heading):
    """One topic's part of a text report: from its 'Topic:' line to the next report."""
    lines = report.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(heading)), None)
    assert start is not None, f"no {heading!r} in the report:\n{report}"
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("TEACHBACK REPORT")), len(lines))
    return "\n".join(lines[start:end])


def test_reports_stats_and_exports_keep_to_one_topic_and_say_whether_she_is_on_track(world, tess):
    db, _ = tess
    # Given Tess answered two hand-washing questions and three across her topics
    world.ok("quiz", "--plain", "--db", db, "--learner", "Tess", "--topic", "hand-washing", "--count", "2",
             "--seed", "3", stdin="a\na\n", env=NOW)
    world.ok("quiz", "--plain", "--db", db, "--learner", "Tess", "--count", "3", "--seed", "3", stdin="a\na\na\n",
             env=NOW)
    # When the nurse reads her report, Then it has one part a topic of the plan
    report = world.ok("report", "Tess", "--db", db, env=NOW).stdout
    assert len(re.findall(r"^TEACHBACK REPORT: Tess", report, re.M)) == 2, report
    # And neither topic's report shows the other's
    hands = section(report, "Topic: Washing")
    assert not re.search(r"What immunotherapy is|Side effects", hands), f"hand-washing shows immunotherapy:\n{hands}"
    immuno = world.ok("report", "Tess", "--db", db, "--topic", BUILT_IN, env=NOW).stdout
    assert not re.search(r"Why clean hands|How to wash", immuno), f"immunotherapy shows hand-washing:\n{immuno}"
    # And it says whether she is on track for the date
    readiness = world.json("report", "Tess", "--db", db, "--topic", BUILT_IN, "--format", "json", env=NOW)["readiness"]
    assert readiness["onTrack"] is True and readiness["readyBy"] == "2026-12-05", readiness
    assert re.match(r"Not ready yet.*On track for 5 December", readiness["sentence"]), readiness
    # When stats and exports name one topic, Then they read that topic
    stats = world.ok("stats", "items", "--db", db, "--topic", "hand-washing", "--format", "csv", env=NOW).stdout
    assert re.search(r"^(true-false:|definition-term:|fact)", stats, re.M), f"stats items --topic:\n{stats[:800]}"
    gift = world.ok("bank", "export", "--topic", "hand-washing", "--format", "gift").stdout
    assert "::" in gift, f"bank export --topic:\n{gift[:800]}"


def test_broken_banks_and_clashing_ids_are_refused_naming_what_is_wrong(world):
    install_hand_washing(world)
    # When a broken bank is installed, Then FILE:LINE:COLUMN, and nothing is installed
    broken = world.work / "broken.yaml"
    broken.write_text("bank:\n  id: broken\n  title: [\n")
    r = expect_refused(world.run("bank", "install", broken))
    assert re.search(r"broken\.yaml:\d+:\d+: error: ", r.stderr), f"not FILE:LINE:COLUMN{r.describe()}"
    assert not (world.library / "broken").exists(), "a broken bank was installed"
    # When a bank with the built-in bank's id is installed, Then it is refused, naming both
    expect_refused(world.run("bank", "install", ROOT / "QuestionBank" / BUILT_IN),
                   f"two different banks have the id '{BUILT_IN}'")
    # When two banks in the library have one id, Then bank list says so, naming both paths
    copy = world.library / "hands-copy"
    shutil.copytree(world.library / "hand-washing", copy)
    text = (copy / "bank.yaml").read_text()
    (copy / "bank.yaml").write_text(text.replace(HANDS, "Hand washing, a copy"))
    r = expect_refused(world.run("bank", "list"))
    assert re.search(r"banks/hand-washing and .*banks/hands-copy", r.stderr), f"duplicate ids{r.describe()}"


def test_a_bad_clock_day_or_topic_is_refused_and_leaves_the_plan_as_it_was(world, tess):
    db, _ = tess
    # When the test clock is not a time, Then a clear error
    expect_refused(world.run("learner", "list", "--db", db, env={"TEACHBACK_NOW": "soon"}),
                   "TEACHBACK_NOW='soon' is not a time")
    # When the day does not exist, or is past, or the topic is unknown, Then each is refused saying why
    expect_refused(world.run("plan", "Tess", "--db", db, "--topic", "hand-washing", "--by", "2026-02-30"),
                   "is not a day like")
    expect_refused(world.run("plan", "Tess", "--db", db, "--topic", "hand-washing", "--by", "2020-01-01"),
                   "is not after today")
    expect_refused(world.run("plan", "Tess", "--db", db, "--topic", "hand-washing", "--by", "9999-12-31"),
                   "is more than a year away")
    expect_refused(world.run("plan", "Tess", "--db", db, "--topic", "blood-thinners"),
                   f"no topic 'blood-thinners'; the topics are: {BUILT_IN}, {BUILT_IN_ES}, {BUILT_IN_ZH}, hand-washing")
    # And the plan is as it was
    assert "ready by 2026-12-05" in world.ok("plan", "Tess", "--db", db).stdout


def hand_washing_states(world, db):
    exported = world.json("learner", "export", "Tess", "--db", db, "--format", "json")
    return sorted(r["item_id"] for r in exported["review_state"] if r["bank_id"] == "hand-washing")


def test_a_new_version_of_a_bank_keeps_history_and_a_topic_comes_off_the_plan_and_out_of_the_library(world, tess):
    db, _ = tess
    # Given Tess has a history in hand-washing
    world.ok("quiz", "--plain", "--db", db, "--learner", "Tess", "--topic", "hand-washing", "--count", "2",
             "--seed", "3", stdin="a\na\n", env=NOW)
    had = hand_washing_states(world, db)
    assert had, "no review states in hand-washing to keep"
    # When version 2 is installed, one question's claim reworded
    v2 = world.work / "hw2"
    shutil.copytree(world.library / "hand-washing", v2)
    (v2 / "bank.yaml").write_text((v2 / "bank.yaml").read_text().replace('version: "1"', 'version: "2"'))
    claims = (v2 / "claims.yaml").read_text()
    old_claim = "You can skip the skin under your nails when you wash."
    assert old_claim in claims
    (v2 / "claims.yaml").write_text(claims.replace(old_claim, "You can leave out the skin under your nails when you "
                                                              "wash."))
    r = world.ok("bank", "install", v2)
    # Then it says how many questions kept their history, and her history is kept
    assert ("It replaces version 1. Learners keep their history for the 18 of 19 questions that did not change."
            in r.stdout), f"new version{r.describe()}"
    assert hand_washing_states(world, db) == had
    assert re.search(r"hand-washing .*version 2", world.ok("bank", "list").stdout), "bank list shows no version 2"
    # When the topic is taken off her plan and out of the library, Then both say so
    r = world.ok("plan", "Tess", "--db", db, "--remove", "hand-washing")
    assert "Took hand-washing off" in r.stdout, r.describe()
    world.ok("bank", "remove", "hand-washing")
    assert not (world.library / "hand-washing").exists(), "bank remove left the folder"
    # And the built-in bank cannot be removed
    expect_refused(world.run("bank", "remove", BUILT_IN), "is built in")
