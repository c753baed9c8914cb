#!/usr/bin/env python3
"""Times answering cards with Anki's own backend (PyPI anki==26.9.3) in a fresh collection on disk.

  .venv/bin/python scripts/bench_anki_answer.py [answers]

Each timed step is what Anki does when a learner presses Good: build the answer from the card's scheduling
states and answer it (the backend updates the card, writes the review log and commits). Prints p50 and p99 in
microseconds, in the same form as `teachback debug bench-answers`.
"""
import statistics
import sys
import tempfile
import time
from pathlib import Path

import anki.collection  # noqa: F401  (import order: collection first)
from anki.collection import Collection
from anki.scheduler.v3 import CardAnswer


def main() -> None:
    answers = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "bench.anki2"))
        model = col.models.by_name("Basic")
        deck = col.decks.id("Bench")
        notes = 500
        for i in range(notes):
            note = col.new_note(model)
            note["Front"] = f"Question {i}"
            note["Back"] = f"Answer {i}"
            col.add_note(note, deck)
        card_ids = list(col.find_cards(""))
        times = []
        n = 0
        while len(times) < answers:
            # Answer cards in turn, whether or not the queue would show them now: the cost measured is the answer.
            card = col.get_card(card_ids[n % len(card_ids)])
            card.start_timer()
            n += 1
            start = time.perf_counter_ns()
            states = col._backend.get_scheduling_states(card.id)
            answer = col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD)
            col.sched.answer_card(answer)
            times.append((time.perf_counter_ns() - start) / 1000)
        col.close()
    times.sort()
    p50 = times[len(times) // 2]
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"anki answers={len(times)} p50_us={p50:.1f} p99_us={p99:.1f} mean_us={statistics.fmean(times):.1f}")


if __name__ == "__main__":
    main()
