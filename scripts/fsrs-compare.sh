#!/usr/bin/env bash
# Replays fresh random review histories through `teachback schedule replay` and through py-fsrs 6.3.2,
# and checks the two agree row for row (byte for byte). Needs .venv with fsrs==6.3.2.
# Usage: scripts/fsrs-compare.sh [path/to/teachback] [cards] [seed]
set -euo pipefail
BIN=${1:-$(swift build --show-bin-path)/teachback}
CARDS=${2:-500}
SEED=${3:-$RANDOM$RANDOM}
PY=${PYTHON:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PY" scripts/fsrs_reference.py generate --cards "$CARDS" --seed "$SEED" > "$work/in.csv"
"$PY" scripts/fsrs_reference.py replay < "$work/in.csv" > "$work/expected.csv"
"$BIN" schedule replay < "$work/in.csv" > "$work/actual.csv"
rows=$(($(wc -l < "$work/in.csv") - 1))
if cmp -s "$work/expected.csv" "$work/actual.csv"; then
  echo "fsrs-compare: $rows reviews of $CARDS cards (seed $SEED) identical to py-fsrs 6.3.2"
else
  echo "fsrs-compare: differences from py-fsrs (seed $SEED):"
  diff "$work/expected.csv" "$work/actual.csv" | head -20
  exit 1
fi
