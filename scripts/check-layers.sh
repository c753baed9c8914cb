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
importers=$(grep -rl '^import GRDB' Sources | grep -v '^Sources/LearnerStore/' || true)
[ -z "$importers" ] && ok "nothing outside LearnerStore imports GRDB" || no "GRDB imported by $importers"
pg=$(awk '/ PostgresNIO( |$)/ { print $1 }' <<<"$deps" | grep -v Tests$ | tr '\n' ' ')
[ "$pg" = "ClinicStore " ] && ok "only ClinicStore depends on PostgresNIO" || no "PostgresNIO used by: $pg"
pgimporters=$(grep -rlE '^import (PostgresNIO|NIOCore|NIOPosix|NIOSSL)' Sources | grep -v '^Sources/ClinicStore/' || true)
[ -z "$pgimporters" ] && ok "nothing outside ClinicStore imports postgres-nio or NIO" || no "postgres-nio imported by $pgimporters"
grep -qwE 'QuizEngine|GRDB|LearnerStore' <<<"$(depends ClinicStore)" && no "ClinicStore depends on the quiz or SQLite" || ok "ClinicStore depends only on the store's model"
grep -qwE 'TerminalUI|PlainUI|CNcursesw|LearnerStore|ClinicStore' <<<"$(depends Speech)" && no "Speech depends on a UI or a store" || ok "Speech depends only on the engine's view models (and CSpawn)"
grep -qw Speech <<<"$(depends TerminalUI) $(depends PlainUI)" && no "a UI depends on Speech" || ok "the UIs do not depend on Speech (the executable wires it)"
notice=$(grep -rn 'notice ==' Sources/TerminalUI Sources/PlainUI || true)
[ -z "$notice" ] && ok "no UI compares notice text" || no "notice compared in: $notice"
lint=$(swift format lint --recursive Sources 2>&1 || true)
[ -z "$lint" ] && ok "swift format lint --recursive Sources reports nothing" || no "swift format lint: $(head -3 <<<"$lint")"
echo "layers: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
