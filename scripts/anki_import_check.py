#!/usr/bin/env python3
"""Imports Teachback's Anki export into a fresh collection with Anki's own backend (PyPI anki==26.9.3),
and checks the note count, the decks and one note's fields.

  .venv/bin/python scripts/anki_import_check.py path/to/teachback [--bank PATH]

Prints 'anki-import: ok, N notes' and exits 0, or says what differs and exits 1.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from anki.collection import Collection, ImportCsvRequest


def main() -> int:
    binary = sys.argv[1]
    extra = sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "teachback.txt"
        subprocess.run([binary, "bank", "export", "--format", "anki", "--out", str(export), *extra], check=True)
        items = json.loads(subprocess.run([binary, "bank", "items", "--format", "json", *extra], check=True, capture_output=True, text=True).stdout)["items"]
        col = Collection(str(Path(tmp) / "collection.anki2"))
        try:
            metadata = col.get_csv_metadata(path=str(export), delimiter=None)
            col.import_csv(ImportCsvRequest(path=str(export), metadata=metadata))
            problems = []
            notes = col.find_notes("")
            if len(notes) != len(items):
                problems.append(f"{len(notes)} notes imported, {len(items)} items exported")
            decks = {d.name for d in col.decks.all_names_and_ids()}
            sections = {i["section"] for i in items}
            bank_id = json.loads(subprocess.run([binary, "bank", "items", "--format", "json", *extra], check=True, capture_output=True, text=True).stdout)["bank"]
            for s in sections:
                if f"Teachback::{bank_id}::{s}" not in decks:
                    problems.append(f"deck Teachback::{bank_id}::{s} missing; decks: {sorted(decks)}")
            # One note, checked field by field: the first item's stem is on the front, its key and explanation on the back.
            first = items[0]
            found = col.find_notes(f'"tag:id:{first["id"].replace(":", "_")}"')
            if len(found) != 1:
                problems.append(f"note for {first['id']} found {len(found)} times")
            else:
                note = col.get_note(found[0])
                front, back = note.fields[0], note.fields[1]
                if first["stem"].replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#39;") not in front and first["stem"] not in front:
                    problems.append(f"front lacks the stem: {front!r}")
                key = first["options"][first["answer"]]
                if key not in back and key.replace("'", "&#39;") not in back:
                    problems.append(f"back lacks the key {key!r}: {back!r}")
                if "teachback" not in note.tags:
                    problems.append(f"tags: {note.tags}")
        finally:
            col.close()
        if problems:
            for p in problems:
                print("anki-import:", p)
            return 1
        print(f"anki-import: ok, {len(notes)} notes in {len(sections)} section decks")
        return 0


if __name__ == "__main__":
    sys.exit(main())
