"""Plain mode (line by line, for screen readers and pipes) and the trainer's bank cache. On SQLite files and on the
clinic server. No terminal: these are commands with their input piped in."""

import re
import shutil
import stat

from conftest import AWKWARD_BANK


def test_a_plain_session_asks_says_and_sums_up_in_plain_words_and_records_each_answer(world, store):
    db = store.new("plain")
    # When X answers two questions in plain mode
    r = world.ok("quiz", "--plain", "--learner", "X", "--count", "2", "--db", db, "--seed", "3", stdin="a\nb\n")
    # Then it prints the question, the feedback in words and the score, and no escape sequence
    assert re.search(r"^Question 1 of 2", r.stdout, re.M), f"no 'Question 1 of 2'{r.describe()}"
    assert re.search(r"^(Correct|Not quite)\.$", r.stdout, re.M), f"no 'Correct.' or 'Not quite.'{r.describe()}"
    assert re.search(r"^\d+ of \d+ correct$", r.stdout, re.M), f"no 'X of Y correct' at the end{r.describe()}"
    assert "\x1b" not in r.stdout, f"plain mode printed an escape sequence{r.describe()}"
    # And both answers are recorded
    assert world.attempts(db, "X") == 2


def test_q_stops_a_plain_session_at_once_and_the_end_of_input_stops_it_plainly(world, store):
    db = store.new("plain")
    # When Y types q at the first question, Then the session had shown it and stops
    r = world.ok("quiz", "--plain", "--learner", "Y", "--db", db, stdin="q\n")
    assert "Question 1 of" in r.stdout, f"plain q{r.describe()}"
    # When Z's input ends before any answer, Then the session stops and says the answers are kept
    r = world.ok("quiz", "--plain", "--learner", "Z", "--db", db, "--count", "3", "--mode", "exam")
    assert "Stopped. Your answers are saved." in r.stdout, f"end of input{r.describe()}"


def test_the_bank_cache_is_private_and_an_edited_bank_is_read_again(world, store):
    db = store.new("plain")
    cache = world.root / "bank-cache"
    env = {"XDG_CACHE_HOME": cache}
    # When the trainer first starts, Then it writes a bank cache, private to the user
    world.ok("quiz", "--plain", "--learner", "C", "--db", db, stdin="q\n", env=env)
    entries = sorted((cache / "teachback").glob("bank-*.json"))
    assert entries, f"no bank cache written in {cache}"
    modes = (stat.S_IMODE((cache / "teachback").stat().st_mode), stat.S_IMODE(entries[0].stat().st_mode))
    assert modes == (0o700, 0o600), f"the cache is not private: folder {modes[0]:o}, entry {modes[1]:o}"
    # Given another bank, it starts
    bank = world.work / "bank.yaml"
    shutil.copy(AWKWARD_BANK, bank)
    r = world.run("quiz", "--plain", "--learner", "C", "--db", db, "--bank", bank, stdin="q\n", env=env)
    assert "Question 1 of" in r.output, f"another bank did not start{r.describe()}"
    # When that bank is edited, Then the edit is read, not the cached version
    text = bank.read_text()
    assert "Take it twice a day." in text
    bank.write_text(text.replace("Take it twice a day.", "Take it two times a day."))
    r = world.ok("quiz", "--plain", "--learner", "C", "--db", db, "--bank", bank, "--mode", "exam", "--count", "10",
                 stdin="a\n" * 10, env=env)
    assert "Take it two times a day." in r.stdout, f"a stale cache entry was used{r.describe()}"
    # And there is one entry per bank version: the three built-in banks (the catalogue counts each one's questions)
    # and the test bank before and after its edit
    entries = sorted(p.name for p in (cache / "teachback").glob("bank-*.json"))
    assert len(entries) == 5, f"cache entries: {entries}"
