"""Issue 22, item 7: `report --out` writes atomically only over a regular file or a new path; it never replaces a
symbolic link, a directory or a device, and a failure (a full disk, /dev/full) is one clear line, with no temporary
file left and the old file intact."""

import os
import stat

import pytest

from conftest import expect_message, expect_ok, expect_refused, in_mount_namespace, leftover_temporaries

LEARNER = "Olga"


@pytest.fixture
def reported(station):
    """A station whose learner Olga has answered a question, so there is a report to write."""
    station.given_session(LEARNER, answers=1)
    return station


def report_to(station, target, **kw):
    return station.run("report", LEARNER, "--db", station.db, "--out", target, **kw)


def test_out_through_a_symbolic_link_is_refused(reported):
    station = reported
    # Given a target that is a symbolic link to someone else's file
    victim = station.work / "victim.txt"
    victim.write_bytes(b"the victim's own bytes\n")
    target = station.work / "report.txt"
    os.symlink(victim, target)
    # When the report is written there
    r = report_to(station, target)
    # Then it is refused, the victim is untouched, and the link is still a link to it
    expect_refused(r, str(target))
    assert victim.read_bytes() == b"the victim's own bytes\n"
    assert os.path.islink(target) and os.readlink(target) == str(victim)
    assert leftover_temporaries(station.work) == []


def test_out_to_a_directory_is_refused(reported):
    station = reported
    # Given a target that is a directory holding a file
    target = station.work / "reports"
    target.mkdir()
    (target / "kept.txt").write_text("kept\n")
    # When the report is written there
    r = report_to(station, target)
    # Then it is refused and the directory is untouched
    expect_refused(r, str(target))
    assert os.listdir(target) == ["kept.txt"] and (target / "kept.txt").read_text() == "kept\n"
    assert stat.S_ISDIR(os.lstat(target).st_mode)
    assert leftover_temporaries(station.work) == []


def test_out_over_an_existing_regular_file_replaces_it(reported):
    station = reported
    # Given a target that is an existing regular file
    target = station.work / "report.txt"
    target.write_text("last week's report\n")
    # When the report is written there
    r = report_to(station, target)
    # Then it holds the new report, and no temporary file is left beside it
    expect_ok(r)
    assert target.read_text().startswith(f"TEACHBACK REPORT: {LEARNER}"), target.read_text()[:200]
    assert leftover_temporaries(station.work) == []


@pytest.mark.namespace
def test_out_to_dev_null_writes_through_the_device(reported):
    """--out /dev/null as root: the device node stays a device. Run in a private mount namespace whose /dev is a
    tmpfs of its own (nodes made with mknod), so a binary that replaces the node never touches this machine's."""
    station = reported
    if os.geteuid() != 0:
        pytest.skip("only as root can a rename replace /dev/null (the contract checks it as root)")
    # When the report is written to /dev/null
    run = in_mount_namespace(station, "report", LEARNER, "--db", station.db, "--out", "/dev/null",
                             private_dev=True, inspect=["/dev/null", "/dev"])
    # Then it works, and /dev/null is still the null device, with nothing left beside it
    expect_ok(run.result)
    assert run.kind("/dev/null") == "char" and run.inspected["/dev/null"]["rdev"] == [1, 3], run.inspected
    assert not [n for n in run.inspected["/dev"]["names"] if ".tmp" in n], run.inspected["/dev"]


@pytest.mark.namespace
def test_out_to_dev_full_fails_in_one_clear_line(reported):
    station = reported
    if os.geteuid() == 0:
        # As root a binary that renames over the target would replace the machine's /dev/full: a /dev of its own.
        run = in_mount_namespace(station, "report", LEARNER, "--db", station.db, "--out", "/dev/full",
                                 private_dev=True, inspect=["/dev/full", "/dev"])
        r = run.result
        assert run.kind("/dev/full") == "char" and run.inspected["/dev/full"]["rdev"] == [1, 7], run.inspected
        assert not [n for n in run.inspected["/dev"]["names"] if ".tmp" in n], run.inspected["/dev"]
    else:
        # Not root: /dev cannot be written, so the machine's /dev/full is safe to use.
        r = report_to(station, "/dev/full")
    # Then it fails, saying the device is full, without a crash
    expect_refused(r, "full", case_insensitive=True)


@pytest.mark.namespace
def test_out_on_a_full_disk_keeps_the_old_file(reported):
    station = reported
    # Given an existing small report on a disk (a 64 KiB tmpfs) that is full to the last byte
    disk = station.work / "disk"
    disk.mkdir()
    target = disk / "report.txt"
    # When the new report is written over it
    run = in_mount_namespace(station, "report", LEARNER, "--db", station.db, "--out", target,
                             tmpfs=[(disk, "64k")], files={target: b"last week's report\n"}, fill=[disk],
                             inspect=[target, disk])
    r = run.result
    # Then it fails in one clear line saying the disk is full; the old report is intact; no temporary file is left
    expect_refused(r, "full", case_insensitive=True)
    assert len(r.lines("stderr")) == 1, f"expected one line{r.describe()}"
    expect_message(r, str(target))
    assert run.content(target) == b"last week's report\n"
    assert run.inspected[str(disk)]["names"] == ["filler", "report.txt"], run.inspected[str(disk)]
