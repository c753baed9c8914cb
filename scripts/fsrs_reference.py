#!/usr/bin/env python3
"""Reference vectors for Teachback's scheduler, made with py-fsrs 6.3.2 (Scheduler(enable_fuzzing=False)).

  fsrs_reference.py generate --cards N --seed S > histories.csv   random review histories
  fsrs_reference.py replay < histories.csv > expected.csv          replay them with py-fsrs

Output columns match `teachback schedule replay`: floats as Python's repr (shortest round trip),
times as ISO-8601 UTC with Z.
"""
import argparse
import random
import sys
from datetime import datetime, timedelta, timezone

FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def generate(cards: int, seed: int) -> None:
    rng = random.Random(seed)
    out = sys.stdout
    out.write("card_id,review_time,rating\n")
    rows = []
    for card in range(1, cards + 1):
        t = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randrange(0, 86400 * 365))
        for _ in range(rng.randrange(1, 30)):
            rating = rng.choices([1, 2, 3, 4], weights=[2, 2, 5, 1])[0]
            rows.append((card, t, rating))
            # Gaps mix seconds, minutes, hours and days, so every branch (same-day, learning steps) is hit.
            kind = rng.random()
            if kind < 0.2:
                gap = rng.randrange(1, 600)
            elif kind < 0.45:
                gap = rng.randrange(600, 86400)
            elif kind < 0.6:
                gap = 86400 * rng.randrange(1, 3) + rng.randrange(-3600, 3600)
            else:
                gap = rng.randrange(86400, 86400 * 400)
            t = t + timedelta(seconds=gap)
    rng.shuffle(rows)
    # Cards interleave, but each card's reviews stay in time order.
    rows.sort(key=lambda r: r[1])
    for card, t, rating in rows:
        out.write(f"{card},{t.strftime(FORMAT)},{rating}\n")


def replay() -> None:
    from fsrs import Card, Rating, Scheduler

    scheduler = Scheduler(enable_fuzzing=False)
    cards = {}
    lines = sys.stdin.read().splitlines()
    out = sys.stdout
    out.write("card_id,review_time,rating,state,step,stability,difficulty,due\n")
    for line in lines[1:]:
        if not line:
            continue
        card_id, time_text, rating_text = line.split(",")
        when = datetime.strptime(time_text, FORMAT).replace(tzinfo=timezone.utc)
        card = cards.get(card_id) or Card(card_id=0, due=when)
        card, _ = scheduler.review_card(card, Rating(int(rating_text)), when)
        cards[card_id] = card
        step = "" if card.step is None else str(card.step)
        out.write(
            f"{card_id},{time_text},{rating_text},{card.state.name},{step},"
            f"{card.stability!r},{card.difficulty!r},{card.due.strftime(FORMAT)}\n"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--cards", type=int, default=200)
    g.add_argument("--seed", type=int, default=1)
    sub.add_parser("replay")
    args = parser.parse_args()
    if args.command == "generate":
        generate(args.cards, args.seed)
    else:
        replay()


if __name__ == "__main__":
    main()
