"""The topics issue end to end, with the test clock (TEACHBACK_NOW moves a day at a time): two banks side by side (the
built-in one and the hand-washing test bank installed into a fresh library), a learner planned on both with a date one
week ahead, then a week of daily sessions in plain mode answering everything right. By the date every teaching point
of both topics was asked and reviewed on two later days before it, the report says "Ready" for both, and neither
topic's report holds anything of the other's. No terminal and no server: plain mode over pipes and commands."""

import json

import pytest

from conftest import BUILT_IN, BUILT_IN_ES, BUILT_IN_ZH, HAND_WASHING, answer_every_question

FIRST = {"TEACHBACK_NOW": "2026-12-01T09:00:00Z"}
DAY_OF = {"TEACHBACK_NOW": "2026-12-08T08:00:00Z"}


def install_and_list(world):
    r = world.run("bank", "install", HAND_WASHING, env=FIRST)
    assert r.code == 0 and "Installed hand-washing" in r.stdout, f"the second bank did not install{r.describe()}"
    return world.json("bank", "list", "--format", "json", env=FIRST)


def test_a_second_bank_installs_and_is_listed_beside_the_built_in_banks(world):
    # When the hand-washing bank is installed, Then bank list shows the built-in banks and it, side by side
    listed = install_and_list(world)
    assert [b["id"] for b in listed["banks"]] == [BUILT_IN, BUILT_IN_ES, BUILT_IN_ZH, "hand-washing"], listed


def test_a_date_too_close_for_the_daily_limit_is_told_to_the_nurse(world):
    db = world.work / "clinic.sqlite"
    signed_in = world.nurse(db)
    world.ok("plan", "Max", "--db", db, "--topic", BUILT_IN, "--by", "2026-12-04", "--nurse", "rnkim",
             env={**FIRST, **signed_in})
    # When the nurse looks at a plan three days off, Then she is told it needs more than the daily limit
    shown = world.ok("plan", "Max", "--db", db, env=FIRST).stdout
    assert "more than Max's daily limit of 10" in shown, shown


@pytest.fixture
def week(world):
    """Given Eve planned on both English topics by 8 December, and a week of daily sessions answered right (the
    built-in Spanish model of the article is listed too; an English learner's week is about the two English
    topics); returns the database, the topics, each one's teaching points and items."""
    db = world.work / "clinic.sqlite"
    listed = install_and_list(world)
    topics = [b["id"] for b in listed["banks"] if b["language"] == "en"]
    points = {b["id"]: b["teachingPoints"] for b in listed["banks"]}
    key, items = {}, {}
    for topic in topics:
        items[topic] = world.json("bank", "items", "--topic", topic, "--format", "json", "--seed", "0",
                                  env=FIRST)["items"]
        for item in items[topic]:
            key.setdefault(item["stem"], set()).add(item["options"][item["answer"]])
    signed_in = world.nurse(db)
    for topic in topics:
        world.ok("plan", "Eve", "--db", db, "--topic", topic, "--by", "2026-12-08", "--nurse", "rnkim",
                 env={**FIRST, **signed_in})
    for day in range(7):
        now = f"2026-12-0{1 + day}T09:00:00Z"
        s = world.plain("quiz", "--plain", "--db", db, "--learner", "Eve", "--seed", "7", env={"TEACHBACK_NOW": now})
        asked, _ = answer_every_question(s, key, correct=True)
        code, transcript = s.finish()
        assert code == 0 and asked > 0, f"day {day + 1} ({now[:10]}): {asked} questions, exit {code}:\n" \
                                        f"{transcript[-800:]}"
    return db, topics, points, items


def test_on_the_day_the_report_says_ready_for_each_topic_and_holds_nothing_of_the_other(world, week):
    db, topics, _, items = week
    # When the nurse reads the report on the day
    reports = world.json("report", "Eve", "--db", db, "--format", "json", env=DAY_OF)
    # Then it has a section a topic, in the plan's order, each ready, holding nothing of the other topic
    assert [r["bank"]["id"] for r in reports] == topics
    for r in reports:
        topic = r["bank"]["id"]
        assert r["readiness"]["ready"], f"{topic}: {r['readiness']['sentence']}"
        own = {i["id"] for i in items[topic]}
        others = {i["stem"] for t in topics if t != topic for i in items[t] if i["id"] not in own}
        text = json.dumps(r)
        assert all(m["item"] in own for m in r["missed"]), f"{topic}: another topic's missed question"
        assert not [s for s in others if s in text], f"{topic}: holds the other topic's questions"
    # And the text report says Ready for both
    text = world.ok("report", "Eve", "--db", db, env=DAY_OF).stdout
    assert text.count("Ready: every teaching point") == 2, text[:2000]
