#!/usr/bin/env python3
"""Writes textstat's Spanish readability of each passage of a bank, for the Swift test that compares ours with it.

Usage: .venv/bin/python scripts/textstat_es_fixture.py QuestionBank/immunotherapy-recurrence-es \
           > Tests/QuestionGenerationTests/Fixtures/textstat-es.json
The passages are written into the fixture too, so a test can tell when the bank changed and the fixture is stale.
"""
import json
import pathlib
import sys

import textstat
import yaml

folder = pathlib.Path(sys.argv[1])
sections = []
for path in sorted(folder.glob("*.yaml")):
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    sections += data.get("sections", [])

textstat.set_lang("es")
out = {"textstat": textstat.__version__ if hasattr(textstat, "__version__") else "", "sections": []}
for section in sections:
    text = section["passage"]
    out["sections"].append({
        "id": section["id"],
        "passage": text,
        "words": textstat.lexicon_count(text),
        "sentences": textstat.sentence_count(text),
        "syllables": textstat.syllable_count(text),
        "fernandez_huerta": round(textstat.fernandez_huerta(text), 2),
        "szigriszt_pazos": round(textstat.szigriszt_pazos(text), 2),
    })
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
print()
