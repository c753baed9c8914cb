#!/usr/bin/env bash
# Side by side: replaying ~1,000,000 reviews with `teachback schedule replay` (release) and with py-fsrs 6.3.2,
# on the same file, alternating, three runs each; prints each run and the medians.
# Usage: scripts/bench-replay.sh [path/to/release/teachback]
set -euo pipefail
BIN=${1:-$(swift build -c release --show-bin-path)/teachback}
PY=${PYTHON:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PY" scripts/fsrs_reference.py generate --cards 67000 --seed 11 > "$work/in.csv"
echo "reviews: $(($(wc -l < "$work/in.csv") - 1))"
t() { local s e; s=$(date +%s.%N); "$@" > "$work/out.csv"; e=$(date +%s.%N); echo "$e - $s" | bc; }
swift_times=(); py_times=()
for run in 1 2 3; do
  swift_times+=("$(t "$BIN" schedule replay < "$work/in.csv")")
  cp "$work/out.csv" "$work/swift.csv"
  py_times+=("$(t "$PY" scripts/fsrs_reference.py replay < "$work/in.csv")")
  echo "run $run: teachback ${swift_times[-1]} s, py-fsrs ${py_times[-1]} s"
done
cmp -s "$work/swift.csv" "$work/out.csv" && echo "outputs identical" || { echo "outputs differ"; exit 1; }
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
ms=$(median "${swift_times[@]}"); mp=$(median "${py_times[@]}")
echo "median: teachback $ms s, py-fsrs $mp s, ratio $(echo "scale=1; $mp / $ms" | bc)x"
