"""One walk through every screen of a session in the full-screen trainer, in any language (scripts/e2e's language
tests): each step a key (tmux's names; "type:TEXT" is typed) and what its screen shows, so no key is sent before the
screen of the last one is there.
"""

import re


def exact(line):
    """A screen line that is exactly `line` (after its margin)."""
    return re.compile(rf"^ {re.escape(line)}\s*$", re.M)


def walk(world, bank, width, height, before, feedback, next_question, summary, after, label="walk", now=None):
    """Every screen of a session, in order, as text: `before` (steps to the first question), then answers ("a") and
    Enter until `summary` shows (each feedback matching `feedback`, each next question `next_question.format(n)`),
    then `after`, then "q". A nurse account enf/482913 ("Enf") is made first."""
    db = world.work / f"{bank}-{width}.sqlite"
    world.nurse(db, "enf", "Enf", "482913")
    term = world.terminal(width, height, label=label)
    env = {"TEACHBACK_DB": db, "TERM": "xterm-256color", "LANG": "C.UTF-8"}
    if now:
        env["TEACHBACK_NOW"] = now
    term.start(world.trainer("--bank", bank, "--learner", "Ana", "--count", "4", "--seed", "3"), env=env)
    shots = []

    def step(key, expected):
        if key is not None and key.startswith("type:"):
            term.type(key[len("type:"):])
        elif key is not None:
            term.send(key)
        shots.append(term.wait_for(expected))

    for key, expected in before:
        step(key, expected)
    for n in range(1, 21):
        step("a", feedback)
        step("Enter", re.compile(re.escape(next_question.format(n + 1)) + "|" + summary.pattern))
        if summary.search(shots[-1]):
            break
    assert summary.search(shots[-1]), f"the session did not end in 20 answers:\n{shots[-1]}"
    for key, expected in after:
        step(key, expected)
    term.send("q")
    term.wait_exit(0)
    term.kill()
    return shots
