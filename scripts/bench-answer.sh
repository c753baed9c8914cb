#!/usr/bin/env bash
# Recording one answer durably, side by side in one run: teachback's answer path, Anki's (its own backend), and
# the floor under both (two one-row statements committed with the same SQLite settings: WAL, synchronous=FULL).
#   scripts/bench-answer.sh [BINARY] [ANSWERS] [ROUNDS] [BEFORE_BINARY]
# Needs a release build (swift build -c release) and .venv with anki==26.9.3. Prints each run, then the medians of
# the rounds' p50s and the two ratios the targets are about. With BEFORE_BINARY (the build of the commit before a
# change), its answer path runs in the same rounds, alternating, and the ratio of the two is printed too.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/teachback}
COUNT=${2:-2000}
ROUNDS=${3:-3}
BEFORE=${4:-}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
t=() a=() b=() o=()
p50() { sed -nE 's/.*p50_us=([0-9.]+).*/\1/p'; }
for r in $(seq "$ROUNDS"); do
  line=$("$BIN" debug bench-answers --db "$WORK/t$r.sqlite" --count "$COUNT"); echo "round $r: $line"; t+=("$(p50 <<<"$line")")
  if [ -n "$BEFORE" ]; then
    line=$("$BEFORE" debug bench-answers --db "$WORK/o$r.sqlite" --count "$COUNT"); echo "round $r (before): $line"; o+=("$(p50 <<<"$line")")
  fi
  line=$(.venv/bin/python scripts/bench_anki_answer.py "$COUNT"); echo "round $r: $line"; a+=("$(p50 <<<"$line")")
  line=$("$BIN" debug bench-bare-commit --db "$WORK/b$r.sqlite" --count "$COUNT"); echo "round $r: $line"; b+=("$(p50 <<<"$line")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
mt=$(median "${t[@]}") ma=$(median "${a[@]}") mb=$(median "${b[@]}")
echo "median p50 over $ROUNDS rounds: teachback ${mt} us, anki ${ma} us, bare commit ${mb} us"
awk -v t="$mt" -v a="$ma" -v b="$mb" 'BEGIN { printf "teachback / anki = %.2f (target <= 0.70); teachback / bare = %.2f (target <= 1.30)\n", t / a, t / b }'
if [ -n "$BEFORE" ]; then
  mo=$(median "${o[@]}")
  awk -v t="$mt" -v o="$mo" -v a="$ma" -v b="$mb" 'BEGIN { printf "before: %s us (anki %.2f, bare %.2f); this build / before = %.2f\n", o, o / a, o / b, t / o }'
fi
