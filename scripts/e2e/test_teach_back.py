"""The teach-back issue end to end, in plain mode with the test clock (TEACHBACK_NOW): a learner misses every question
in four daily sessions; on the fifth day a nurse-led session ends in the teach-back step, which lists those points
flagged "needs teach-back". The nurse records results (one with a note), takes one back (the teach_back table compared
before and after), finishes. The text, HTML and JSON reports carry the results and the charting sentence; FHIR output
(and the golden files) validate with fhir.resources (scripts/check_fhir.py); headless Chromium prints the HTML report
to PNG and PDF (TEACHBACK_KEEP_PRINTOUT=DIR keeps them). From the nurse's menu (`--mode teach-back`), a check of its
own. No terminal and no server: plain mode over pipes and commands."""

import json
import os
import shutil
import sqlite3
import subprocess

import pytest

from conftest import GOLDEN, answer_every_question, answer_key

STEP = ("to finish: ",)
DAY_5 = "2026-12-05T09:00:00Z"
REPORT_TIME = {"TEACHBACK_NOW": "2026-12-05T12:00:00Z"}


def rows(db, sql="SELECT * FROM teach_back ORDER BY id"):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        return c.execute(sql).fetchall()


def session(world, db, now, *args, env=None):
    return world.plain("quiz", "--plain", "--db", db, "--learner", "Eve", "--seed", "7", *args,
                       env={"TEACHBACK_NOW": now, **(env or {})})


@pytest.fixture
def eve_missed_four_days(world):
    """Given Eve answered every question wrong in four daily sessions (so the points first asked are missed in four
    sessions); returns her database and the answer key."""
    db = world.work / "station.sqlite"
    key = answer_key(world)
    for day in range(4):
        s = session(world, db, f"2026-12-0{1 + day}T09:00:00Z", "--count", "4")
        asked, _ = answer_every_question(s, key, correct=False)
        code, transcript = s.finish()
        assert code == 0 and asked >= 4, f"day {day + 1}: {asked} questions, exit {code}:\n{transcript[-500:]}"
    return db, key


def day_five_to_the_step(world, eve_missed_four_days):
    """When on day 5 a nurse-led session of three questions is answered right; returns the session at the teach-back
    step's first prompt and the text up to it."""
    db, key = eve_missed_four_days
    signed_in = world.nurse(db)
    s = session(world, db, DAY_5, "--count", "3", "--nurse", "rnkim", env=signed_in)
    _, text = answer_every_question(s, key, correct=True)
    return s, text


@pytest.fixture
def eve_checked(world, eve_missed_four_days):
    """Given day 5's teach-back step done as the nurse would: a result with a note, another taken back, three kept
    (explained after re-teaching, not yet, own words)."""
    db, _ = eve_missed_four_days
    s, _ = day_five_to_the_step(world, eve_missed_four_days)
    for line in ("2 Needed the passage twice", "3", "u", "3", "r", "1"):
        s.send(line)
        s.until_prompt(prompts=STEP)
    s.send("q")
    code, transcript = s.finish()
    assert code == 0 and "Teach-back saved for 3 teaching points." in transcript, transcript[-600:]
    return db


def test_the_reports_carry_the_results_the_flags_and_the_charting_sentence(world, eve_checked):
    db = eve_checked
    # When the nurse reads the text report, Then it has the teach-back section and the charting sentence
    text = world.ok("report", "Eve", "--db", db, env=REPORT_TIME).stdout
    assert "TEACH-BACK" in text and ("Education on how immunotherapy helps keep cancer from coming back provided to "
                                     "the patient using teach-back, led by RN Kim on 2026-12-05."
                                     in " ".join(text.split())), text[:1500]
    # And it names what the patient could not explain yet, and the flags
    assert "Not yet able to explain:" in text and "follow-up needed" in text and "NEEDS TEACH-BACK" in text, text
    # And the HTML and JSON reports have them too
    html = world.ok("report", "Eve", "--db", db, "--format", "html", env=REPORT_TIME).stdout
    assert "<h2>Teach-back</h2>" in html and "Needs teach-back" in html and "led by RN Kim" in html
    report = world.json("report", "Eve", "--db", db, "--format", "json", env=REPORT_TIME)
    assert report["evaluation"].startswith("Education on ") and len(report["teachBack"][0]["points"]) == 3 \
        and report["needsTeachBack"], json.dumps(report)[:1500]


def check_fhir_files(paths, capsys):
    """scripts/check_fhir.py on these files: fhir.resources' R4B models, then value sets, references and answers;
    returns (failures, how many checks passed, what it printed)."""
    import check_fhir
    before = check_fhir.failures
    check_fhir.main([str(p) for p in paths])
    printed = capsys.readouterr().out
    return check_fhir.failures - before, printed.count("\nok - ") + printed.startswith("ok - "), printed


def test_fhir_output_and_the_golden_files_validate_with_fhir_resources(world, eve_checked, capsys):
    db = eve_checked
    # When the report and the bank are written as FHIR
    world.ok("report", "Eve", "--db", db, "--format", "fhir", "--out", world.work / "report.fhir.json",
             env=REPORT_TIME)
    world.ok("bank", "export", "--format", "fhir", "--out", world.work / "bank.fhir.json")
    # And a bad --fhir-base is refused
    bad = world.run("report", "Eve", "--db", db, "--format", "fhir", "--fhir-base", "not a url", env=REPORT_TIME)
    assert bad.code == 1 and "--fhir-base" in bad.stderr and not bad.stdout, bad.describe()
    # Then they validate (the Bundle's QuestionnaireResponses answer the Questionnaire), and so do the golden files
    for paths in ([world.work / "bank.fhir.json", world.work / "report.fhir.json"],
                  [GOLDEN / "export.fhir", GOLDEN / "report.fhir"]):
        failed, passed, printed = check_fhir_files(paths, capsys)
        assert failed == 0 and passed > 0, f"check_fhir on {[p.name for p in paths]}:\n{printed}"


def test_the_html_report_prints_in_chromium_to_png_and_pdf(world, eve_checked):
    db = eve_checked
    html = world.work / "report.html"
    world.ok("report", "Eve", "--db", db, "--format", "html", "--out", html, env=REPORT_TIME)
    browser = next((b for b in ("chromium", "chromium-browser") if shutil.which(b)), None)
    assert browser, "Chromium is not installed (Debian's chromium; .ci/run installs it)"
    keep = os.environ.get("TEACHBACK_KEEP_PRINTOUT") or str(world.work)
    os.makedirs(keep, exist_ok=True)
    png, pdf = os.path.join(keep, "report.png"), os.path.join(keep, "report.pdf")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-pdf-header-footer"]
    env = world.environment()
    # When headless Chromium renders it to PNG, Then a PNG with something drawn
    shot = subprocess.run(flags + ["--window-size=900,2400", f"--screenshot={png}", f"file://{html}"], env=env,
                          cwd=world.work, capture_output=True, text=True, timeout=120)
    size = os.path.getsize(png) if os.path.exists(png) else 0
    assert size > 20000 and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n", \
        f"the HTML report did not render to PNG ({size} bytes: {png}):\n{shot.stderr[-800:]}"
    # When it prints to PDF, Then a PDF of one page or more
    printed = subprocess.run(flags + [f"--print-to-pdf={pdf}", f"file://{html}"], env=env, cwd=world.work,
                             capture_output=True, text=True, timeout=120)
    body = open(pdf, "rb").read() if os.path.exists(pdf) else b""
    pages = body.count(b"/Type /Page") - body.count(b"/Type /Pages")
    assert body.startswith(b"%PDF") and pages >= 1, \
        f"the HTML report did not print to PDF ({pages} pages: {pdf}):\n{printed.stderr[-800:]}"


def test_the_nurses_menu_starts_a_teach_back_session_of_its_own(world, eve_checked):
    db = eve_checked
    # When the nurse starts a check from her menu (--mode teach-back) and records one result, then input ends
    signed_in = world.nurse(db, "rdiaz", "RN Diaz", "739182")
    s = world.plain("quiz", "--plain", "--db", db, "--learner", "Eve", "--seed", "7", "--mode", "teach-back",
                    "--nurse", "rdiaz", env={"TEACHBACK_NOW": "2026-12-06T09:00:00Z", **signed_in})
    text = s.until_prompt(prompts=STEP)
    assert "Teach-back 1 of " in text, text[-600:]
    s.send("1")
    s.until_prompt(prompts=STEP)
    code, _ = s.finish()
    # Then the result is kept with a teach-back session of its own, ended when input ended
    last = rows(db, "SELECT mode, facilitator, ended_at FROM session ORDER BY id DESC LIMIT 1")[0]
    count = rows(db, "SELECT COUNT(*) FROM teach_back WHERE session_id = (SELECT MAX(id) FROM session)")[0][0]
    assert code == 0 and last[0] == "teach-back" and last[1] == "RN Diaz" and last[2] is not None and count == 1, \
        (code, last, count)
    # And without a nurse, --mode teach-back is refused
    r = world.run("quiz", "--plain", "--db", db, "--learner", "Eve", "--mode", "teach-back", env=REPORT_TIME)
    assert r.code != 0 and "--nurse ACCOUNT" in r.stderr, r.describe()
    # And a typed name is no nurse: --facilitator is refused, saying what to do instead, and nothing is recorded
    before = rows(db, "SELECT COUNT(*) FROM session")[0][0]
    r = world.run("quiz", "--plain", "--db", db, "--learner", "Eve", "--mode", "teach-back", "--facilitator",
                  "RN Fake", stdin="1\n", env=REPORT_TIME)
    assert r.code != 0 and "--nurse ACCOUNT" in r.stderr and "Traceback" not in r.stderr, r.describe()
    assert rows(db, "SELECT COUNT(*) FROM session")[0][0] == before
