#!/usr/bin/env python3
"""Writes a synthetic bank for the generation benchmark: N concepts in N/100 groups of 100, ten sections, three
non-members a group. The same shape as `syntheticBank` in Benchmarks/.

  python3 scripts/synthetic_bank.py 10000 > /tmp/synth10k.yaml
  .build/release/teachback debug bench-generate --bank /tmp/synth10k.yaml --runs 5
"""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
groups = max(1, n // 100)
per = n // groups
out = ["bank:", "  id: synthetic", "  title: Synthetic", "  language: en", "  audience: x", '  version: "1"',
       "  review: {status: draft}", "sections:"]
out += [f"  - {{id: s{i}, title: Section {i}, passage: Some words to read.}}" for i in range(10)]
out.append("concepts:")
out += [f"  - {{id: c{i}, term: Thing {i} name, definition: A kind of thing that does job {i + 50000} in the body, "
        f"section: s{i % 10}}}" for i in range(groups * per)]
out.append("groups:")
for g in range(groups):
    members = ", ".join(f"c{g * per + m}" for m in range(per))
    out.append(f"  - {{id: g{g}, label: kinds of group {g}, member_noun: a kind of group {g}, section: s{g % 10}, "
               f"members: [{members}], non_members: [Other {g} one, Other {g} two, Other {g} three]}}")
print("\n".join(out))
