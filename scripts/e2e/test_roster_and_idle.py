"""The nurse's roster and the station that locks, end to end. The roster: a patient who answers a safety question
wrong while sure raises a safety alert (text, JSON, the trainer's Roster screen, and the HTML roster printed by
headless Chromium), which a teach-back clears; on a clinic's server it needs a signed-in nurse. The lock: a trainer
left mid-session warns, then returns to the welcome screen with no name on it; plain mode ends the session."""

import json
import os
import shutil
import subprocess

import pytest

from conftest import BUILT_IN, answer_key
from harness.plain import PROMPT, stem_and_options

NOW = "2026-12-06T09:00:00Z"
CONFIDENCE = "How sure were you? 1 Sure, 2 Not sure, 3 I guessed: "


def confidence_on(world, db, learner):
    """The learner turns on "ask how sure I am" on the settings screen, as a person would."""
    term = world.terminal(80, 24, label="settings")
    term.start(world.trainer("--db", db, "--learner", learner), env={"TEACHBACK_NOW": NOW, "TERM": "xterm-256color"})
    term.wait_for("S Start today's questions")
    term.press("t", "Ask how sure I am after each answer: Off")
    term.press("Enter", "Ask how sure I am after each answer: On")
    term.send("Escape")
    term.wait_for("S Start today's questions")
    term.send("q")
    term.wait_exit(0)


def safety_stems(world):
    """Each safety question's stem, to its teaching point."""
    return {i["stem"]: i["point"] for i in world.json("bank", "items", "--format", "json", "--seed", "0")["items"]
            if i["critical"]}


def session_sure_and_wrong_on_safety(world, db, learner, env):
    """A plain session in which every safety question is answered wrong and every other right, each 'sure'; returns
    the teaching points of the safety questions answered wrong."""
    key, safety = answer_key(world), safety_stems(world)
    # The section on side effects holds most of the safety points.
    s = world.plain("quiz", "--plain", "--db", db, "--learner", learner, "--mode", "section", "--section",
                    "side-effects", "--seed", "4", env={"TEACHBACK_NOW": NOW, **env})
    wrong = set()
    while True:
        text = s.until_prompt_or_end(60, prompts=(PROMPT, CONFIDENCE))
        if text is None:
            break
        if text.endswith(CONFIDENCE):
            s.answer("1")
            continue
        if not text.endswith(PROMPT):
            break
        stem, options = stem_and_options(text)
        is_safety = stem in safety
        picks = [letter for letter, option in options if (option in key.get(stem, set())) != is_safety]
        s.answer(picks[0].lower())
        if is_safety:
            wrong.add(safety[stem])
    code, transcript = s.finish()
    assert code == 0, transcript[-600:]
    return wrong


def roster(world, db, signed_in, *extra):
    return world.json("roster", "--db", db, "--nurse", "rnkim", "--format", "json", *extra,
                      env={"TEACHBACK_NOW": NOW, **signed_in})


def test_a_confident_wrong_safety_answer_is_an_alert_until_a_teach_back(world, store):
    db = store.new("roster")
    signed_in = world.nurse(db)
    # Given Ana, planned by a date, who asks to rate how sure she is, and Ben, planned with no date
    world.ok("plan", "Ana", "--db", db, "--topic", BUILT_IN, "--by", "2026-12-20", "--nurse", "rnkim",
             env={"TEACHBACK_NOW": NOW, **signed_in})
    world.ok("plan", "Ben", "--db", db, "--topic", BUILT_IN, "--nurse", "rnkim",
             env={"TEACHBACK_NOW": NOW, **signed_in})
    confidence_on(world, db, "Ana")
    # When she answers the safety questions wrong, sure of each
    wrong = session_sure_and_wrong_on_safety(world, db, "Ana", {})
    assert wrong, "no safety question was asked"
    # Then the roster lists her first, with an alert for each of those points, and Ben with none
    rows = roster(world, db, signed_in)
    assert [r["learner"] for r in rows] == ["Ana", "Ben"], rows
    # (The roster names a teaching point with its kind, "fact:tired-cause"; the bank items its element id.)
    assert {a["point"].split(":", 1)[-1] for a in rows[0]["safetyAlerts"]} == wrong and rows[1]["safetyAlerts"] == [], rows
    assert rows[0]["readyBy"] == "2026-12-20" and rows[0]["daysLeft"] == 14, rows[0]
    text = world.ok("roster", "--db", db, "--nurse", "rnkim", env={"TEACHBACK_NOW": NOW, **signed_in}).stdout
    assert "SAFETY ALERT: answered wrong while sure" in text.split("2. Ben")[0], text
    # When the nurse checks those points by teach-back and Ana explains each in her own words
    points = len(rows[0]["safetyAlerts"])
    s = world.plain("quiz", "--plain", "--db", db, "--learner", "Ana", "--mode", "teach-back", "--nurse", "rnkim",
                    env={"TEACHBACK_NOW": "2026-12-06T10:00:00Z", **signed_in})
    for _ in range(40):
        text = s.until_prompt_or_end(60, prompts=("to finish: ",))
        if text is None or not text.endswith("to finish: "):
            break
        s.answer("1")
    code, _ = s.finish()
    assert code == 0
    # Then the alerts are gone
    after = roster(world, db, {**signed_in, "TEACHBACK_NOW": "2026-12-06T11:00:00Z"})
    assert all(r["safetyAlerts"] == [] for r in after) and points >= 1, after
    # And each look at the roster is in the audit trail, naming the nurse's account
    events = world.json("audit", "list", "--db", db, "--format", "json")
    looks = [e for e in events if e["action"] == "roster"]
    assert len(looks) == 3 and all(e.get("nurse") for e in looks), looks


def test_on_a_clinic_server_the_roster_needs_a_signed_in_nurse(world, server):
    url = server.url()
    signed_in = world.nurse(url)
    # (A plan is changed on the server by a signed-in nurse only, as the roster is read.)
    r = world.run("plan", "Ana", "--db", url, "--topic", BUILT_IN)
    assert r.code == 1 and "--nurse ACCOUNT" in r.stderr, r.describe()
    world.ok("plan", "Ana", "--db", url, "--topic", BUILT_IN, "--nurse", "rnkim",
             env={"TEACHBACK_NOW": NOW, **signed_in})
    r = world.run("roster", "--db", url)
    assert r.code == 1 and "--nurse ACCOUNT" in r.stderr and "Ana" not in r.stdout, r.describe()
    rows = world.json("roster", "--db", url, "--nurse", "rnkim", "--format", "json",
                      env={"TEACHBACK_NURSE_SECRET": "482913"})
    assert [r["learner"] for r in rows] == ["Ana"], rows


@pytest.mark.tmux
def test_the_roster_screen_and_its_html_printout(world):
    db = world.work / "screen.sqlite"
    signed_in = world.nurse(db)
    for name, day in (("Ana", "2026-12-20"), ("Ben", "2026-12-08")):
        world.ok("plan", name, "--db", db, "--topic", BUILT_IN, "--by", day, "--nurse", "rnkim",
                 env={"TEACHBACK_NOW": NOW, **signed_in})
    # When the nurse signs in on a shared station and opens the roster
    term = world.terminal(80, 24)
    term.start(world.trainer("--db", db, "--station", "shared", "--nurse", "rnkim"),
               env={"TEACHBACK_NOW": NOW, "TERM": "xterm-256color", **signed_in})
    term.wait_for("Type your own code")
    term.type("P-1")
    term.send("Enter")
    term.press("o", "Roster: who needs the nurse first")
    screen = term.wait_for("2. ")
    # Then Ben (two days off, nothing asked: behind) comes before Ana
    assert screen.index("Ben") < screen.index("Ana") and "behind" in screen, screen
    term.send("Escape")
    term.wait_for("Nurse: roster of every patient")
    term.send("q")
    term.wait_exit(0)
    # And the HTML roster prints in Chromium
    html = world.work / "roster.html"
    world.ok("roster", "--db", db, "--nurse", "rnkim", "--format", "html", "--out", html,
             env={"TEACHBACK_NOW": NOW, **signed_in})
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no Chromium here to print the HTML roster")
    png = world.work / "roster.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={png}",
                    "--window-size=1000,700", f"file://{html}"], capture_output=True, timeout=120)
    assert png.exists() and png.stat().st_size > 5000, "Chromium did not print the roster"
    keep = os.environ.get("TEACHBACK_KEEP_PRINTOUT")
    if keep:
        shutil.copy(png, os.path.join(keep, "roster.png"))


@pytest.mark.tmux
def test_a_trainer_left_alone_warns_then_shows_the_welcome_screen_with_no_name(world, store):
    db = store.new("idle")
    signed_in = world.nurse(db)
    term = world.terminal(80, 24)
    term.start(world.trainer("--db", db, "--station", "shared", "--idle-timeout", "12", "--nurse", "rnkim"),
               env={"TERM": "xterm-256color", **signed_in})
    term.wait_for("Type your own code")
    term.type("Zelda Quux")
    term.send("Enter")
    term.press("s", "Question 1 of")
    term.press("a", "Enter: next")
    term.press("Enter", "Question 2 of")
    # When nobody presses a key, Then a warning comes first
    term.wait_for("Still there? Press any key", timeout=30)
    # And then the welcome screen, with the patient's name and the nurse's gone
    screen = term.wait_for("without a key. Answers are saved", timeout=30)
    assert "Type your own code" in screen, screen
    assert "Zelda" not in screen and "Quux" not in screen and "RN Kim" not in screen, screen
    # And the answer given is kept, the session ended
    assert world.attempts(db, "Zelda Quux") == 1
    term.type("Zelda Quux")
    term.send("Enter")
    home = term.wait_for("Nurse: sign in")
    assert "teach-back check" not in home, home
    term.send("q")
    term.wait_exit(0)


def test_plain_mode_ends_the_session_on_idle_input(world):
    db = world.work / "plain-idle.sqlite"
    s = world.plain("quiz", "--plain", "--db", db, "--learner", "Bo", "--count", "3", "--idle-timeout", "10",
                    "--seed", "2")
    text = s.until_prompt_or_end(30)
    assert text is not None and text.endswith(PROMPT), text
    s.answer("a")
    assert s.until_prompt_or_end(30).endswith(PROMPT)
    # When nothing more is typed (standard input left open), Then a warning, then the session ends
    code = s.wait(60)
    s.wait_for(lambda t: False, 10)
    transcript = s.text
    assert code == 0, transcript[-600:]
    tail = transcript[-600:]
    assert "Still there? Type your answer and press Enter" in tail, tail
    assert "ended after 10 seconds without a key" in tail and "correct" not in tail.split("Still there?")[-1], tail
    assert world.attempts(db, "Bo") == 1
