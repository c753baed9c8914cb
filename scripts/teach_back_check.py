#!/usr/bin/env python3
"""The teach-back issue's "done when", end to end with the real binary, plain mode and the test clock.

A learner misses every question in four daily sessions (so the points first asked are missed in four sessions);
on the fifth day a nurse-led session ends in the teach-back step, which lists those points flagged "needs
teach-back". The nurse records results (one with a note), takes one back (the teach_back table is compared before
and after: exactly restored), finishes. The text, HTML and JSON reports carry the results and the charting
sentence; `report --format fhir` and `bank export --format fhir` (and the golden files) validate with fhir.resources
(scripts/check_fhir.py). Then, from the nurse's menu (`--mode teach-back`), a check of its own.

Usage: scripts/teach_back_check.py path/to/teachback      (run by .ci/run with the venv's python)
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

import check_fhir

BIN = sys.argv[1]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = tempfile.mkdtemp(prefix="teachback-tb-")
env = dict(os.environ, XDG_DATA_HOME=f"{work}/data", XDG_CACHE_HOME=f"{work}/cache", TZ="UTC", LANG="C.UTF-8")
env.pop("TEACHBACK_DB", None)
db = f"{work}/station.sqlite"
check = check_fhir.check


def run(args, now="2026-12-05T12:00:00Z", stdin=None):
    return subprocess.run([BIN] + args, env=dict(env, TEACHBACK_NOW=now), input=stdin, capture_output=True,
                          text=True, timeout=120)


data = json.loads(run(["bank", "items", "--format", "json", "--seed", "0"]).stdout)
right = {}
for item in data["items"]:
    right.setdefault(item["stem"], set()).add(item["options"][item["answer"]])


class Session:
    """A plain-mode session driven line by line: read up to a prompt, answer, and so on."""

    def __init__(self, args, now):
        self.p = subprocess.Popen([BIN, "quiz", "--plain", "--db", db, "--learner", "Eve", "--seed", "7"] + args,
                                  env=dict(env, TEACHBACK_NOW=now), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, bufsize=0)
        self.transcript = ""

    def until(self, *prompts):
        buffer = ""
        while not any(buffer.endswith(p) for p in prompts):
            ch = self.p.stdout.read(1)
            if ch == "":
                break
            buffer += ch
        self.transcript += buffer
        return buffer

    def send(self, line):
        self.transcript += line + "\n"
        self.p.stdin.write(line + "\n")

    def answer_questions(self, correct):
        """Answers every question (right or wrong) until the session's summary; returns how many."""
        asked = 0
        while True:
            text = self.until("or q to stop): ", "to finish: ")
            if not text.endswith("or q to stop): "):
                return asked, text
            lines = text.splitlines()
            start = max(i for i, line in enumerate(lines) if line.startswith("Question "))
            body = lines[start + 1:]
            first = next(i for i, line in enumerate(body) if line.startswith("A. "))
            stem = body[first - 1]
            options = [(line[0], line[3:]) for line in body[first:] if len(line) > 3 and line[1:3] == ". "]
            keys = right.get(stem, set())
            pick = [l for l, t in options if (t in keys) == correct]
            self.send(pick[0].lower())
            asked += 1

    def close(self):
        self.p.stdin.close()
        self.transcript += self.p.stdout.read()
        self.p.wait(timeout=30)
        return self.p.returncode


def teach_back_rows():
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        return c.execute("SELECT * FROM teach_back ORDER BY id").fetchall()


# Four daily sessions, every answer wrong
for day in range(4):
    s = Session(["--count", "4"], f"2026-12-0{1 + day}T09:00:00Z")
    asked, _ = s.answer_questions(correct=False)
    code = s.close()
    check(code == 0 and asked >= 4, f"day {day + 1}: {asked} questions, every answer wrong", s.transcript[-500:])

# Day 5: a nurse-led session, answered right, ends in the teach-back step
s = Session(["--count", "3", "--facilitator", "RN Kim"], "2026-12-05T09:00:00Z")
asked, text = s.answer_questions(correct=True)
check("Teach-back with the patient:" in s.transcript, "the nurse-led session ends in the teach-back step",
      s.transcript[-1500:])
flagged = s.transcript.count("Needs teach-back: missed in 4 sessions")
check(flagged >= 1 and "Teach-back 1 of " in text and "Needs teach-back: missed in 4 sessions" in text,
      f"the points missed in four sessions come first, flagged 'needs teach-back' ({flagged} on the first screen)",
      text[-1200:])
check("Ask: " in text and "Listen for:" in text and "1) Explained it in own words" in text,
      "each point says what to ask, what to listen for, and the four results")
s.send("2 Needed the passage twice \x1b[31m")
s.until("to finish: ")
after_one = teach_back_rows()
s.send("3")
s.until("to finish: ")
after_two = teach_back_rows()
s.send("u")
text = s.until("to finish: ")
after_undo = teach_back_rows()
check(len(after_one) == 1 and len(after_two) == 2 and after_undo == after_one,
      "undo in the teach-back step restores the record exactly (teach_back table compared row by row)",
      (after_one, after_two, after_undo))
check("The last teach-back result was taken back." in text and "Teach-back 2 of " in text,
      "undo says so and returns to that point")
note = after_one[0][6] if after_one else None
check(note == "Needed the passage twice [31m", "the note is kept without its control characters", note)
s.send("3")
s.until("to finish: ")
s.send("r")
text = s.until("to finish: ")
check(len(text) > 200, "r shows the section's passage for re-teaching")
s.send("1")
s.until("to finish: ")
s.send("q")
code = s.close()
check(code == 0 and "Teach-back saved for 3 teaching points." in s.transcript, "q finishes; 3 results saved",
      s.transcript[-400:])
rows = teach_back_rows()
with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
    session = c.execute("SELECT id, facilitator, mode FROM session ORDER BY id DESC LIMIT 1").fetchone()
check([r[5] for r in rows] == ["after-reteaching", "not-yet", "own-words"] and all(r[1] == session[0] for r in rows)
      and all(r[7] == "RN Kim" for r in rows), "the results are kept with the session and the nurse", (rows, session))

# The reports
text = run(["report", "Eve", "--db", db]).stdout
check("TEACH-BACK" in text and "Education on how immunotherapy helps keep cancer from coming back provided to the "
      "patient using teach-back, led by RN Kim on 2026-12-05." in " ".join(text.split()),
      "the text report has the teach-back section and the charting sentence", text[:1500])
check("Not yet able to explain:" in text and "follow-up needed" in text and "NEEDS TEACH-BACK" in text,
      "the text report names what the patient could not explain yet, and the flags")
html = run(["report", "Eve", "--db", db, "--format", "html"]).stdout
check("<h2>Teach-back</h2>" in html and "Needs teach-back" in html and "led by RN Kim" in html,
      "the HTML report shows the results and the flags")
report = json.loads(run(["report", "Eve", "--db", db, "--format", "json"]).stdout)
check(report["evaluation"].startswith("Education on ") and len(report["teachBack"][0]["points"]) == 3
      and report["needsTeachBack"], "the JSON report has the results, the flags and the charting sentence")

# FHIR: the report as a Bundle, the bank as a Questionnaire, and the golden files
out = run(["report", "Eve", "--db", db, "--format", "fhir", "--out", f"{work}/report.fhir.json"])
check(out.returncode == 0, "report --format fhir", out.stderr)
out = run(["bank", "export", "--format", "fhir", "--out", f"{work}/bank.fhir.json"])
check(out.returncode == 0, "bank export --format fhir", out.stderr)
bad = run(["report", "Eve", "--db", db, "--format", "fhir", "--fhir-base", "not a url"])
check(bad.returncode == 1 and "--fhir-base" in bad.stderr and not bad.stdout, "a bad --fhir-base is refused", bad)
check_fhir.main([f"{work}/bank.fhir.json", f"{work}/report.fhir.json"])
golden = f"{ROOT}/Tests/ReportsTests/Golden"
check_fhir.main([f"{golden}/export.fhir", f"{golden}/report.fhir"])

# From the nurse's menu: a check of its own, in a teach-back session
s = Session(["--mode", "teach-back", "--facilitator", "RN Diaz"], "2026-12-06T09:00:00Z")
text = s.until("to finish: ")
check("Teach-back 1 of " in text, "--mode teach-back starts the nurse's check", text[-600:])
s.send("1")
s.until("to finish: ")
code = s.close()
with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
    last = c.execute("SELECT mode, facilitator, ended_at FROM session ORDER BY id DESC LIMIT 1").fetchone()
    count = c.execute("SELECT COUNT(*) FROM teach_back WHERE session_id = (SELECT MAX(id) FROM session)").fetchone()
check(code == 0 and last[0] == "teach-back" and last[1] == "RN Diaz" and last[2] is not None and count[0] == 1,
      "its result is kept with a teach-back session of its own, ended when input ends", (last, count))
no_nurse = run(["quiz", "--plain", "--db", db, "--learner", "Eve", "--mode", "teach-back"])
check(no_nurse.returncode != 0 and "--facilitator" in no_nurse.stderr, "--mode teach-back without a nurse is refused")

# The nurse's printout in a real browser: headless Chromium renders the HTML report to PNG and PDF
html_path = f"{work}/report.html"
run(["report", "Eve", "--db", db, "--format", "html", "--out", html_path])
keep = os.environ.get("TEACHBACK_KEEP_PRINTOUT") or work
os.makedirs(keep, exist_ok=True)
png, pdf = f"{keep}/report.png", f"{keep}/report.pdf"
browser = next((b for b in ("chromium", "chromium-browser") if subprocess.run(["which", b], capture_output=True).returncode == 0), None)
if check(browser is not None, "Chromium is installed (Debian's chromium)"):
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-pdf-header-footer"]
    shot = subprocess.run(flags + ["--window-size=900,2400", f"--screenshot={png}", f"file://{html_path}"],
                          capture_output=True, text=True, timeout=120)
    printed = subprocess.run(flags + [f"--print-to-pdf={pdf}", f"file://{html_path}"], capture_output=True, text=True,
                             timeout=120)
    png_ok = os.path.exists(png) and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n" and os.path.getsize(png) > 20000
    check(png_ok, f"the HTML report renders to PNG ({os.path.getsize(png) if os.path.exists(png) else 0} bytes: {png})",
          shot.stderr[-800:])
    body = open(pdf, "rb").read() if os.path.exists(pdf) else b""
    pages = body.count(b"/Type /Page") - body.count(b"/Type /Pages")
    check(body.startswith(b"%PDF") and pages >= 1, f"the HTML report prints to PDF ({pages} pages: {pdf})",
          printed.stderr[-800:])

print(f"teach-back: {'all passed' if check_fhir.failures == 0 else f'{check_fhir.failures} failed'}")
sys.exit(1 if check_fhir.failures else 0)
