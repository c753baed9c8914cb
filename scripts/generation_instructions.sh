#!/usr/bin/env bash
# Counts the instructions one generation takes, with callgrind: steadier than time on a noisy machine, so two builds
# can be compared by a small change. Runs `teachback debug bench-generate` with one and with two runs and prints the
# difference (loading the bank and starting up cancel out).
#
#   scripts/generation_instructions.sh .build/release/teachback /tmp/synth2k.yaml
#
# Needs valgrind. The binary is copied without its DWARF (valgrind 3.19 cannot read Swift's), keeping its symbols.
set -euo pipefail
binary=${1:?usage: generation_instructions.sh BINARY BANK}
bank=${2:?usage: generation_instructions.sh BINARY BANK}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip --strip-debug -o "$work/teachback" "$binary"
total() {
    valgrind --tool=callgrind --callgrind-out-file="$work/out.$1" "$work/teachback" debug bench-generate \
        --bank "$bank" --runs "$1" >/dev/null 2>&1
    callgrind_annotate "$work/out.$1" | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}
one=$(total 1)
two=$(total 2)
echo "instructions per generation: $((two - one))"
