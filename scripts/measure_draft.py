#!/usr/bin/env python3
"""Measures `teachback bank draft` against a hand-written content model of the same handout (issue 27, part 3).

    python3 scripts/measure_draft.py --bin .build/debug/teachback HANDOUT HAND_MODEL [--language en] [--json]

HAND_MODEL is a bank folder (the shipped bank of the seed article) or a reduced hand-model.yaml (sections, faqs,
concepts, groups, facts, claims, actions, each with `quotes:`; the fixtures under Tests/DraftingTests/Fixtures).

What is counted, per element kind of the hand model:
- found: a draft element of the same kind quotes the same sentence as one of the hand element's quotes. Two quotes
  are of the same sentence when one holds the other (after normalising spaces, quote marks and case), the shorter
  being three words or more: the hand model may quote part of a sentence the draft quotes whole, or the reverse.
- found by its main quote: the same, with the hand element's first quote only (what it teaches).
- facts, claims and actions are also counted together, a draft element of any of the three kinds counting (a
  sentence the hand model asks as a fact may be drafted as a statement: the educator changes its kind in review).
- a hand section is found when one draft section's passage holds at least half of its quotes.
- extra: draft elements that quote no sentence any hand element quotes (what the educator drops in review).
- the draft is checked with `teachback bank check`: every problem must be a placeholder (TO WRITE), and every quote
  is found in the handout (a quote that is not would be a problem of its own).
Exit status 1 when the draft fails check on anything but placeholders.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

KINDS = ["faqs", "concepts", "groups", "facts", "claims", "actions"]
STATEMENTS = {"facts", "claims", "actions"}


def norm(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def same_sentence(a, b):
    a, b = norm(a).rstrip(".;:!? "), norm(b).rstrip(".;:!? ")
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short.split()) >= 3 and short in long_


def load_yaml_files(paths):
    merged = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        for key, value in data.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            else:
                merged[key] = value
    return merged


def load_model(path):
    if os.path.isdir(path):
        files = sorted(glob.glob(os.path.join(path, "*.yaml")) + glob.glob(os.path.join(path, "*.yml")))
    else:
        files = [path]
    return load_yaml_files(files)


def quotes_of(element):
    quotes = list(element.get("quotes") or [])
    # A group's non-members may quote too; they are not what the group teaches.
    return [q for q in quotes if isinstance(q, str)]


def measure(draft, hand):
    result = {"kinds": {}, "sections": {}, "extra": {}}
    for kind in KINDS:
        hand_elements = hand.get(kind) or []
        draft_quotes = [q for e in draft.get(kind) or [] for q in quotes_of(e)]
        pooled = [q for k in (STATEMENTS if kind in STATEMENTS else {kind}) for e in draft.get(k) or [] for q in quotes_of(e)]
        found = main = found_pooled = 0
        missed = []
        for e in hand_elements:
            qs = quotes_of(e)
            hit = any(same_sentence(q, d) for q in qs for d in draft_quotes)
            found += hit
            main += bool(qs) and any(same_sentence(qs[0], d) for d in draft_quotes)
            found_pooled += any(same_sentence(q, d) for q in qs for d in pooled)
            if not hit:
                missed.append(e.get("id"))
        result["kinds"][kind] = {
            "hand": len(hand_elements), "found": found, "found_main": main, "found_pooled": found_pooled,
            "draft": len(draft.get(kind) or []), "missed": missed,
        }
    # Sections: the draft's passage that holds at least half of a hand section's quotes.
    draft_sections = draft.get("sections") or []
    found_sections, missed_sections = 0, []
    for s in hand.get("sections") or []:
        qs = quotes_of(s)
        best = max((sum(norm(q) in norm(d.get("passage", "")) for q in qs) for d in draft_sections), default=0)
        if qs and best * 2 >= len(qs):
            found_sections += 1
        else:
            missed_sections.append(s.get("id"))
    result["sections"] = {
        "hand": len(hand.get("sections") or []), "found": found_sections, "draft": len(draft_sections),
        "missed": missed_sections,
    }
    hand_quotes = [q for k in KINDS for e in hand.get(k) or [] for q in quotes_of(e)]
    for kind in KINDS:
        extra = [e.get("id") for e in draft.get(kind) or []
                 if not e.get("id", "").endswith("-belief")
                 and not any(same_sentence(q, h) for q in quotes_of(e) for h in hand_quotes)]
        result["extra"][kind] = extra
    return result


def pct(a, b):
    return "—" if b == 0 else f"{100 * a / b:.0f}%"


def report(name, result, check):
    lines = [f"### {name}", "", "| hand model | elements | found (any quote) | found (main quote) | draft elements | not in the hand model |",
             "|---|---:|---:|---:|---:|---:|"]
    s = result["sections"]
    lines.append(f"| sections | {s['hand']} | {s['found']} ({pct(s['found'], s['hand'])}) | — | {s['draft']} | — |")
    for kind in KINDS:
        k = result["kinds"][kind]
        lines.append(
            f"| {kind} | {k['hand']} | {k['found']} ({pct(k['found'], k['hand'])}) | {k['found_main']} "
            f"({pct(k['found_main'], k['hand'])}) | {k['draft']} | {len(result['extra'][kind])} |")
    pooled_hand = sum(result["kinds"][k]["hand"] for k in STATEMENTS)
    pooled = sum(result["kinds"][k]["found_pooled"] for k in STATEMENTS)
    lines.append("")
    lines.append(f"Facts, claims and actions together (any of the three kinds): {pooled} of {pooled_hand} ({pct(pooled, pooled_hand)}).")
    lines.append(f"`bank check`: {check['placeholders']} placeholders to write, {len(check['other'])} other problems.")
    for kind in KINDS:
        if result["kinds"][kind]["missed"]:
            lines.append(f"- {kind} not found: {', '.join(map(str, result['kinds'][kind]['missed']))}")
    if s["missed"]:
        lines.append(f"- sections not found: {', '.join(map(str, s['missed']))}")
    for problem in check["other"]:
        lines.append(f"- check: {problem}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.environ.get("TEACHBACK_BIN", ".build/debug/teachback"))
    parser.add_argument("--language", default="en")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--require", default="",
                        help="shares the draft must find, e.g. sections=1,faqs=1,concepts=0.8,statements=0.6 "
                             "(statements: facts, claims and actions together); exit 1 below any")
    parser.add_argument("handout")
    parser.add_argument("hand_model")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "draft")
        run = subprocess.run([args.bin, "bank", "draft", args.handout, "--out", out, "--language", args.language],
                             capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8"})
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            sys.exit(2)
        draft = load_model(out)
        check = subprocess.run([args.bin, "bank", "check", "--bank", out], capture_output=True, text=True,
                               env={**os.environ, "LANG": "C.UTF-8"})
        problems = [l for l in check.stderr.splitlines() if ": error: " in l]
        other = [l.replace(out, "DRAFT") for l in problems if ": error: to write: " not in l]
        result = measure(draft, load_model(args.hand_model))
        result["check"] = {"placeholders": len(problems) - len(other), "other": other}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(report(os.path.basename(args.handout), result, result["check"]))
    failed = bool(result["check"]["other"])
    for requirement in filter(None, args.require.split(",")):
        name, share = requirement.split("=")
        if name == "sections":
            got, of = result["sections"]["found"], result["sections"]["hand"]
        elif name == "statements":
            got = sum(result["kinds"][k]["found_pooled"] for k in STATEMENTS)
            of = sum(result["kinds"][k]["hand"] for k in STATEMENTS)
        else:
            got, of = result["kinds"][name]["found"], result["kinds"][name]["hand"]
        if of and got < float(share) * of:
            print(f"below the requirement: {name} {got} of {of}, less than {float(share):.0%}", file=sys.stderr)
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
