#!/usr/bin/env bash
# The seams hold: module dependencies point down, only LearnerStore uses GRDB and only ClinicStore postgres-nio, plain mode links no ncurses, Speech reads only view models, no UI
# decides anything by a notice's text, and swift format finds nothing in Sources/. Prints one line a check.
set -euo pipefail
cd "$(dirname "$0")/.."
pass=0 fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
no() { echo "not ok - $1"; fail=$((fail + 1)); }
deps=$(swift package dump-package | python3 -c '
import json, sys
p = json.load(sys.stdin)
for t in p["targets"]:
    names = []
    for d in t.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in d:
                names.append(d[kind][0])
    print(t["name"], " ".join(names))
')
depends() { awk -v t="$1" '$1 == t { $1 = ""; print }' <<<"$deps"; }
grep -qw QuizEngine <<<"$(depends LearnerStore)" && no "LearnerStore depends on QuizEngine" || ok "LearnerStore does not depend on QuizEngine"
grep -qwE 'CNcursesw|TerminalUI' <<<"$(depends PlainUI)" && no "PlainUI depends on ncurses" || ok "PlainUI does not depend on CNcursesw"
grdb=$(awk '/ GRDB( |$)/ { print $1 }' <<<"$deps" | grep -v Tests$ | tr '\n' ' ')
[ "$grdb" = "LearnerStore " ] && ok "only LearnerStore depends on GRDB" || no "GRDB used by: $grdb"
importers=$(grep -rlE '^(internal |public |package )?import (GRDB|GRDBSQLite)$' Sources | grep -v '^Sources/LearnerStore/' || true)
[ -z "$importers" ] && ok "nothing outside LearnerStore imports GRDB" || no "GRDB imported by $importers"
pg=$(awk '/ PostgresNIO( |$)/ { print $1 }' <<<"$deps" | grep -v Tests$ | tr '\n' ' ')
[ "$pg" = "ClinicStore " ] && ok "only ClinicStore depends on PostgresNIO" || no "PostgresNIO used by: $pg"
pgimporters=$(grep -rlE '^(internal |public |package )?import (PostgresNIO|NIOCore|NIOPosix|NIOSSL|Logging)$' Sources | grep -v '^Sources/ClinicStore/' || true)
[ -z "$pgimporters" ] && ok "nothing outside ClinicStore imports postgres-nio or NIO" || no "postgres-nio imported by $pgimporters"
grep -qwE 'QuizEngine|GRDB|LearnerStore' <<<"$(depends ClinicStore)" && no "ClinicStore depends on the quiz or SQLite" || ok "ClinicStore depends only on the store's model"
grep -qwE 'TerminalUI|PlainUI|CNcursesw|LearnerStore|ClinicStore' <<<"$(depends Speech)" && no "Speech depends on a UI or a store" || ok "Speech depends only on the engine's view models (and CSpawn)"
grep -qw Speech <<<"$(depends TerminalUI) $(depends PlainUI)" && no "a UI depends on Speech" || ok "the UIs do not depend on Speech (the executable wires it)"
# The record layer (issue 24): the records know no driver; only the stores use them.
grep -qwE 'GRDB|PostgresNIO|LearnerStore|ClinicStore|QuizEngine' <<<"$(depends StoreRecords)" && no "StoreRecords depends on a driver, a store or the engine" || ok "StoreRecords depends only on the store's model"
users=$(grep -rlE '^(internal |public |package )?import StoreRecords' Sources | cut -d/ -f2 | sort -u | grep -vxE 'StoreRecords|LearnerStore|ClinicStore' | tr '\n' ' ' || true)
[ -z "$users" ] && ok "only the stores import StoreRecords" || no "StoreRecords imported by: $users"
# Each shared statement once: the review-state upsert, the attempt insert and each table's column list live in
# StoreRecords. Shipped migrations (*+Schema.swift) keep the SQL they shipped with and are never edited.
copies=$(grep -rnE 'INSERT INTO (review_state|attempt|session|learner|plan|teach_back)\b|ON CONFLICT \(learner_id, bank_id, item_id\)' Sources \
  | grep -vE '^Sources/StoreRecords/|^Sources/(LearnerStore|ClinicStore)/[A-Za-z]+\+Schema\.swift:|^Sources/(LearnerStore|ClinicStore)/[A-Za-z]+\+Benchmark\.swift:.*INSERT INTO learner' || true)
[ -z "$copies" ] && ok "each table's inserts and the review-state upsert are written once, in StoreRecords" || no "statements outside StoreRecords: $copies"
# "Not saved yet" is an optional, never -1 or 0 in an id.
sentinels=$(grep -rnE '(\?\? -1\b|[iI][dD]: -1\b|[iI][dD] == -1\b|[iI][dD] (<|>=) 0\b|[iI][dD]: Int64 = 0\b|ID\(-1\))' Sources || true)
[ -z "$sentinels" ] && ok "no -1 or 0 stands for an id not saved yet" || no "id sentinels: $sentinels"
long=$(find Sources -name '*.swift' -exec awk 'END { if (NR > 450) print FILENAME " (" NR " lines)" }' {} \; | tr '\n' ' ')
[ -z "$long" ] && ok "no file in Sources is over 450 lines" || no "files over 450 lines: $long"
# Every module a target imports is one it declares (or the system's), so nothing leans on a dependency of a dependency.
undeclared=$(swift package dump-package | python3 -c '
import json, os, re, sys
p = json.load(sys.stdin)
modules = {"GRDB": "GRDB", "GRDBSQLite": "GRDBSQLite", "Yams": "Yams", "ArgumentParser": "ArgumentParser", "PostgresNIO": "PostgresNIO",
    "NIOCore": "NIOCore", "NIOPosix": "NIOPosix", "NIOSSL": "NIOSSL", "Logging": "Logging"}
system = {"Foundation", "Glibc", "Dispatch", "Darwin", "FoundationEssentials", "Synchronization", "PackageDescription"}
bad = []
for t in p["targets"]:
    if t["type"] not in ("regular", "executable"):
        continue
    path = t.get("path") or os.path.join("Sources", t["name"])
    if not path.startswith("Sources"):
        continue
    declared = set()
    for d in t.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in d:
                declared.add(modules.get(d[kind][0], d[kind][0]))
    for root, _, files in os.walk(path):
        for f in files:
            if not f.endswith(".swift"):
                continue
            for line in open(os.path.join(root, f), encoding="utf-8"):
                m = re.match(r"^(?:@\w+(?:\([^)]*\))? )*(?:(?:internal|public|package|private|fileprivate) )?import (\w+)", line)
                if m and m.group(1) not in declared | system | {t["name"]}:
                    bad.append(t["name"] + " imports " + m.group(1))
print(" ".join(sorted(set(bad))))
')
[ -z "$undeclared" ] && ok "every module a target imports is declared in Package.swift" || no "undeclared imports: $undeclared"
# Words (issue 26): every sentence comes from a catalogue through a typed accessor; no two-language picks, no
# English-or-Spanish ternaries; no sentence-like string literal outside a message call unless marked "not a message"
# (the check proves on its fixture that it catches one); the words module imports nothing; the catalogues are
# complete and msgfmt-clean.
picks=$(grep -rnE '\bpick\(|== \.english \?|== \.spanish \?|\.english \? |\.spanish \? ' Sources --include='*.swift' || true)
[ -z "$picks" ] && ok "no language.pick( or English-or-Spanish ternary in Sources (words come from catalogues)" || no "words outside catalogues: $(head -3 <<<"$picks")"
[ -z "$(depends Words | tr -d ' ')" ] && ok "Words depends on nothing" || no "Words depends on: $(depends Words)"
selftest=$(python3 scripts/messages.py selftest 2>&1) && ok "$selftest" || no "$selftest"
messages=$(python3 scripts/messages.py check 2>&1) && ok "catalogues: $(tail -1 <<<"$messages")" || no "catalogues: $(head -5 <<<"$messages")"
notice=$(grep -rn 'notice ==' Sources/TerminalUI Sources/PlainUI || true)
[ -z "$notice" ] && ok "no UI compares notice text" || no "notice compared in: $notice"
lint=$(swift format lint --recursive Sources 2>&1 || true)
[ -z "$lint" ] && ok "swift format lint --recursive Sources reports nothing" || no "swift format lint: $(head -3 <<<"$lint")"
echo "layers: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
