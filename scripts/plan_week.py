#!/usr/bin/env python3
"""The topics issue's "done when", end to end with the real binary and the test clock.

Two banks side by side (the built-in one and the hand-washing test bank, installed into a fresh library), a learner
planned on both with a date one week ahead, then a week of daily sessions in plain mode answering everything right
(TEACHBACK_NOW moves the clock a day at a time). Checks: by the date every teaching point of both topics was asked
and reviewed on at least two later days before it, the report says "Ready" for both, and neither topic's report holds
anything of the other's. Prints one "ok - ..." line a check and exits 1 if any fails.

Usage: scripts/plan_week.py path/to/teachback
"""
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

BIN = sys.argv[1]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = tempfile.mkdtemp(prefix="teachback-week-")
env = dict(os.environ, XDG_DATA_HOME=f"{work}/data", XDG_CACHE_HOME=f"{work}/cache", TZ="UTC", LANG="C.UTF-8")
env.pop("TEACHBACK_DB", None)
db = f"{work}/clinic.sqlite"
failures = 0


def check(ok, what, detail=""):
    global failures
    print(("ok - " if ok else "not ok - ") + what)
    if not ok:
        failures += 1
        if detail:
            print("    | " + str(detail).replace("\n", "\n    | "))


def run(args, now, stdin=None):
    e = dict(env, TEACHBACK_NOW=now)
    return subprocess.run([BIN] + args, env=e, input=stdin, capture_output=True, text=True, timeout=120)


def session(now, keys):
    """One plain-mode session answering every question right; returns how many were asked."""
    e = dict(env, TEACHBACK_NOW=now)
    p = subprocess.Popen([BIN, "quiz", "--plain", "--db", db, "--learner", "Eve", "--seed", "7"], env=e,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=0)
    buffer, asked = "", 0
    while True:
        ch = p.stdout.read(1)
        if ch == "":
            break
        buffer += ch
        if buffer.endswith("or q to stop): "):
            lines = buffer.splitlines()
            start = max(i for i, l in enumerate(lines) if l.startswith("Question "))
            body = lines[start + 1:]
            first_option = next(i for i, l in enumerate(body) if l.startswith("A. "))
            stem, options = body[first_option - 1], {}
            for line in body[first_option:]:
                if len(line) > 3 and line[1:3] == ". ":
                    options[line[3:]] = line[0]
            right = [letter for text, letter in options.items() if text in keys.get(stem, set())]
            letter = right[0] if len(right) == 1 else None
            if letter is None:
                p.kill()
                raise SystemExit(f"cannot find the answer to: {stem} among {list(options)}")
            p.stdin.write(letter.lower() + "\n")
            asked += 1
            buffer = ""
    p.wait(timeout=30)
    if p.returncode != 0:
        raise SystemExit(f"session failed ({p.returncode}): {p.stderr.read()}")
    return asked


first = "2026-12-01T09:00:00Z"
out = run(["bank", "install", f"{ROOT}/Tests/TestSupport/Banks/hand-washing"], first)
check(out.returncode == 0 and "Installed hand-washing" in out.stdout, "the second bank installs", out.stdout + out.stderr)
listed = json.loads(run(["bank", "list", "--format", "json"], first).stdout)
# The built-in Spanish model of the article is listed too; an English learner's week is about the two English topics.
check([b["id"] for b in listed["banks"]] == ["immunotherapy-recurrence", "immunotherapy-recurrence-es", "hand-washing"],
      "bank list shows the built-in banks and the installed one, side by side", listed)
topics = [b["id"] for b in listed["banks"] if b["language"] == "en"]
points = {b["id"]: b["teachingPoints"] for b in listed["banks"]}

keys, items = {}, {}
for topic in topics:
    data = json.loads(run(["bank", "items", "--topic", topic, "--format", "json", "--seed", "0"], first).stdout)
    items[topic] = data["items"]
    for item in data["items"]:
        keys.setdefault(item["stem"], set()).add(item["options"][item["answer"]])

for topic in topics:
    out = run(["plan", "Eve", "--db", db, "--topic", topic, "--by", "2026-12-08", "--nurse", "RN Kim"], first)
    check(out.returncode == 0, f"plan Eve --topic {topic} --by 2026-12-08", out.stderr)
# A week is time enough for Eve's topics at ten a day; a date three days off is not, and the nurse is told.
out = run(["plan", "Max", "--db", db, "--topic", topics[0], "--by", "2026-12-04", "--nurse", "RN Kim"], first)
shown = run(["plan", "Max", "--db", db], first).stdout
check("more than Max's daily limit of 10" in shown, "the nurse is told when the date needs more than the daily limit", shown)

for day in range(7):
    now = f"2026-12-0{1 + day}T09:00:00Z"
    asked = session(now, keys)
    check(asked > 0, f"day {day + 1} ({now[:10]}): {asked} questions, all answered right")

exported = json.loads(run(["learner", "export", "Eve", "--db", db, "--format", "json"], first).stdout)
by_point = {}
for a in exported["attempt"]:
    if a["scheduled"]:
        day = datetime.fromtimestamp(a["answered_at"], timezone.utc).date().isoformat()
        by_point.setdefault((a["bank_id"], a["point_id"]), set()).add(day)
for topic in topics:
    mine = {p: d for (b, p), d in by_point.items() if b == topic}
    check(len(mine) == points[topic], f"{topic}: every teaching point was asked ({len(mine)} of {points[topic]})")
    short = [p for p, d in mine.items() if len(d) < 3 or max(d) >= "2026-12-08"]
    check(not short, f"{topic}: each was reviewed on two later days before 8 December", short[:5])

day_of = "2026-12-08T08:00:00Z"
out = run(["report", "Eve", "--db", db, "--format", "json"], day_of)
reports = json.loads(out.stdout)
check([r["bank"]["id"] for r in reports] == topics, "the report has a section a topic, in the plan's order",
      [r["bank"]["id"] for r in reports])
for r in reports:
    topic = r["bank"]["id"]
    check(r["readiness"]["ready"], f"{topic}: the report says ready", r["readiness"]["sentence"])
    own = {i["id"] for i in items[topic]}
    others = {i["stem"] for t in topics if t != topic for i in items[t] if i["id"] not in own}
    text = json.dumps(r)
    check(all(m["item"] in own for m in r["missed"]) and not any(s in text for s in others),
          f"{topic}: its report holds nothing of the other topic")
text = run(["report", "Eve", "--db", db], day_of).stdout
check(text.count("Ready: every teaching point") == 2, "the text report says Ready for both", text[:2000])
print(f"{'passed' if failures == 0 else 'FAILED'}: plan week ({failures} failed)")
sys.exit(1 if failures else 0)
