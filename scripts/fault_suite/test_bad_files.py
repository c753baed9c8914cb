"""Issue 22, items 5 and 6: YAML alias bombs, huge node counts, and bank paths that are not regular files."""

import os
import re
import stat

import pytest

from conftest import (alias_chain, example_bank_text, expect_ok, expect_refused, expect_within, mark_lines,
                      split_example_bank, yaml_is_well_formed)

QUICK = 5  # seconds: a bad bank is refused (or skipped with a warning) at least this fast
SAFE_MEMORY = 2 << 30  # a process that reads /dev/zero into memory is stopped there (a safety net for this machine)
MAX_READ = 64 << 20  # "without reading gigabytes": at most this many bytes read in all


# --- Bank files that use anchors and aliases in sneaky ways -----------------------------------------------------------

def bomb_dash_names_in_values():
    """Anchors named like `&-a0`, which a text scan looking for `&letter` misses: 9 levels, each x7, in values."""
    return example_bank_text() + "lol:\n" + alias_chain("l", lambda i: f"-a{i}")


def bomb_dash_names_alias_as_key():
    """The same with the last level used as a mapping key (`? *-i8`), which the YAML library hashes exponentially."""
    return example_bank_text() + "lol:\n" + alias_chain("k", lambda i: f"-i{i}") + "  ? *-i8\n  : 1\n"


def bomb_fake_quote_alias_as_key():
    """A fake quote on an earlier line (`a:"b`, a plain scalar in YAML) hides ordinary anchors from a text scan."""
    return example_bank_text() + 'lol:\n  fake: a:"b\n' + alias_chain("k", lambda i: f"i{i}") + "  ? *i8\n  : 1\n"


def bomb_fake_quote_in_values():
    return example_bank_text() + 'lol:\n  fake: a:"b\n' + alias_chain("k", lambda i: f"i{i}")


BOMBS = {
    "dash-names-in-values": bomb_dash_names_in_values,
    "dash-names-alias-as-key": bomb_dash_names_alias_as_key,
    "fake-quote-alias-as-key": bomb_fake_quote_alias_as_key,
    "fake-quote-in-values": bomb_fake_quote_in_values,
}

# The ones that hang the YAML library itself (b4377f7 spends hours in them).
HANGING_BOMBS = ["dash-names-alias-as-key", "fake-quote-alias-as-key"]


def expect_location_of_a_mark(r, path, text):
    """The message points at FILE:LINE:COLUMN, LINE being a line that holds an anchor or alias."""
    found = re.findall(re.escape(str(path)) + r":(\d+):(\d+)", r.stderr)
    assert found, f"no {path}:LINE:COLUMN in the message{r.describe()}"
    lines = mark_lines(text)
    assert any(int(line) in lines for line, _ in found), \
        f"the location is not a line with an anchor or alias (those are {sorted(lines)}){r.describe()}"


@pytest.mark.parametrize("kind", BOMBS)
def test_bank_check_refuses_anchors_and_aliases_fast(station, kind):
    # Given a bank file with an alias bomb written to slip past a text scan
    text = BOMBS[kind]()
    assert yaml_is_well_formed(text)
    bank = station.write("bomb.yaml", text)
    # When it is checked
    r = station.run("bank", "check", "--bank", bank, timeout=QUICK)
    # Then it is refused at once, naming the rule and the place
    expect_within(r, QUICK)
    expect_refused(r, "anchors and aliases")
    expect_location_of_a_mark(r, bank, text)


@pytest.mark.parametrize("kind", HANGING_BOMBS)
def test_a_bomb_in_the_library_is_skipped_with_a_warning(station, kind):
    # Given an alias bomb in the library folder
    station.library.mkdir(parents=True)
    bomb = station.library / "bomb.yaml"
    bomb.write_text(BOMBS[kind]())
    # When the banks are listed
    r = station.run("bank", "list", timeout=QUICK)
    # Then the list comes at once, with a warning naming that file
    expect_within(r, QUICK)
    expect_ok(r)
    expect_warning_naming(r, bomb)
    # And a session still works
    q = station.run("quiz", "--plain", "--db", station.db, "--learner", "Ann", "--count", "1", stdin="a\n",
                    timeout=2 * QUICK)
    expect_within(q, 2 * QUICK)
    expect_ok(q)
    assert "of 1 correct" in q.stdout, q.describe()


def expect_warning_naming(r, path):
    warnings = [line for line in r.output.splitlines() if "warning:" in line]
    assert any(str(path) in line for line in warnings), f"no 'warning:' line naming {path}{r.describe()}"


def test_a_bank_of_too_many_nodes_is_refused(station):
    # Given a bank file under the size limit (5 MiB) holding over 200,000 YAML nodes
    text = example_bank_text() + "lol: [" + ",".join(["a"] * 250_000) + "]\n"
    assert len(text.encode()) < 5 * 1_048_576
    bank = station.write("many.yaml", text)
    # When it is checked
    r = station.run("bank", "check", "--bank", bank, timeout=QUICK)
    # Then it is refused at once, saying there are too many nodes
    expect_within(r, QUICK)
    expect_refused(r, "nodes")


def harmless_text_plain():
    """Text that holds & and * but no anchor or alias (the contract's fixture)."""
    text = example_bank_text()
    text = text.replace("title: Why wash your hands", "title: Why wash your hands (Q&A)", 1)
    text = text.replace("Germs on your hands can make you sick.",
                        "Germs on your hands can make you sick. Q&A: 5 * 3 is 15, and salt & pepper are not soap.", 1)
    text = text.replace("definition: Something that lifts germs off your skin",
                        'definition: "Something that lifts germs off your skin, unlike salt & pepper"', 1)
    return text


def test_ampersands_and_stars_in_text_are_not_anchors(station):
    # Given a valid bank whose text holds "Q&A", "5 * 3" and "salt & pepper" (in a plain, a quoted and a block scalar)
    bank = station.write("harmless.yaml", harmless_text_plain())
    # When it is checked
    r = station.run("bank", "check", "--bank", bank, timeout=QUICK)
    # Then it passes
    expect_within(r, QUICK)
    expect_ok(r)


# --- Paths that are not regular files ---------------------------------------------------------------------------------

def make_fifo(path):
    os.mkfifo(path)
    return path


def link_to_dev_zero(path):
    os.symlink("/dev/zero", path)
    return path


NOT_REGULAR = {"fifo": make_fifo, "link-to-dev-zero": link_to_dev_zero}


def expect_little_read(r):
    if r.read_bytes is not None:
        assert r.read_bytes < MAX_READ, f"it read {r.read_bytes} bytes{r.describe()}"


@pytest.mark.parametrize("kind", NOT_REGULAR)
def test_bank_check_refuses_a_path_that_is_not_a_regular_file(station, kind):
    # Given a bank path that is a FIFO, or a link to /dev/zero
    bank = NOT_REGULAR[kind](station.work / "bank.yaml")
    # When it is checked
    r = station.run("bank", "check", "--bank", bank, timeout=QUICK, memory_limit=SAFE_MEMORY)
    # Then it is refused at once, without reading it
    expect_within(r, QUICK)
    expect_refused(r, "not a regular file", str(bank))
    expect_little_read(r)


@pytest.mark.parametrize("kind", NOT_REGULAR)
def test_bank_check_refuses_such_a_file_inside_a_bank_folder(station, kind):
    # Given a valid bank folder that also holds x.yaml, a FIFO (or a link to /dev/zero)
    folder = station.work / "bank"
    folder.mkdir()
    (folder / "bank.yaml").write_text(example_bank_text())
    odd = NOT_REGULAR[kind](folder / "x.yaml")
    # When the folder is checked
    r = station.run("bank", "check", "--bank", folder, timeout=QUICK, memory_limit=SAFE_MEMORY)
    # Then it is refused at once, naming that file
    expect_within(r, QUICK)
    expect_refused(r, "not a regular file", "x.yaml")
    expect_little_read(r)


@pytest.mark.parametrize("kind", NOT_REGULAR)
def test_such_a_file_in_the_library_is_skipped_with_a_warning(station, kind):
    # Given a FIFO (or a link to /dev/zero) named like a bank in the library folder
    station.library.mkdir(parents=True)
    odd = NOT_REGULAR[kind](station.library / "odd.yaml")
    # When the banks are listed
    r = station.run("bank", "list", timeout=QUICK, memory_limit=SAFE_MEMORY)
    # Then the list comes at once, with a warning naming it
    expect_within(r, QUICK)
    expect_ok(r)
    expect_warning_naming(r, odd)
    expect_little_read(r)
    # And a session still works
    q = station.run("quiz", "--plain", "--db", station.db, "--learner", "Ann", "--count", "1", stdin="a\n",
                    timeout=2 * QUICK, memory_limit=SAFE_MEMORY)
    expect_within(q, 2 * QUICK)
    expect_ok(q)
    assert "of 1 correct" in q.stdout, q.describe()
    expect_little_read(q)


# --- bank install: only regular files ---------------------------------------------------------------------------------

def bank_folder_with_a_link(station, relative):
    """A valid bank in two files, the second (content.yaml) a symbolic link to a file outside the folder."""
    head, content = split_example_bank()
    outside = station.work / "outside"
    outside.mkdir()
    (outside / "content.yaml").write_text(content)
    folder = station.work / "bank"
    folder.mkdir()
    (folder / "bank.yaml").write_text(head)
    link = folder / "content.yaml"
    os.symlink("../outside/content.yaml" if relative else str(outside / "content.yaml"), link)
    return folder, link


def installed_entries(station):
    if not station.library.exists():
        return []
    return sorted(os.path.relpath(os.path.join(d, n), station.library)
                  for d, dirs, files in os.walk(station.library) for n in dirs + files)


@pytest.mark.parametrize("relative", [False, True], ids=["absolute-link", "relative-link"])
def test_bank_install_refuses_a_symbolic_link(station, relative):
    # Given a bank folder (valid through its link: bank check passes) holding a symbolic link
    folder, link = bank_folder_with_a_link(station, relative)
    expect_ok(station.run("bank", "check", "--bank", folder))
    # When it is installed
    r = station.run("bank", "install", folder)
    # Then it is refused, naming the link, and nothing is installed
    expect_refused(r, "symbolic link", str(link))
    assert installed_entries(station) == [], f"installed anyway: {installed_entries(station)}"


def test_bank_install_of_a_plain_folder_copies_regular_files(station):
    # Given a valid bank folder of two regular files
    head, content = split_example_bank()
    folder = station.work / "bank"
    folder.mkdir()
    (folder / "bank.yaml").write_text(head)
    (folder / "content.yaml").write_text(content)
    # When it is installed
    r = station.run("bank", "install", folder)
    # Then it is, and every installed file is a regular file
    expect_ok(r)
    files = [p for p in station.library.rglob("*") if not p.is_dir() or p.is_symlink()]
    assert len([p for p in files if p.name.endswith(".yaml")]) == 2, installed_entries(station)
    for p in files:
        assert stat.S_ISREG(os.lstat(p).st_mode), f"{p} is not a regular file"
