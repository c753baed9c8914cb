"""The audit trail from the command line, on SQLite and on the clinic server: a session, a report and an export each
leave an event naming the station; `audit verify` passes on the untouched trail and fails, naming the event, once the
database is edited behind Teachback's back; `audit list` gives the privacy officer the trail as JSON."""

import json
import sqlite3

import pytest

from conftest import answer_every_question, answer_key
from harness.cli import expect_refused


@pytest.fixture
def trail(world, store):
    """Given a plain session, a report and an export for Ana at a station named ward-4; returns the database."""
    db = store.new("audit")
    key = answer_key(world)
    env = {"TEACHBACK_STATION_NAME": "ward-4"}
    s = world.plain("--plain", "--db", db, "--learner", "Ana", "--count", "2", env=env)
    answer_every_question(s, key, correct=True)
    code, transcript = s.finish()
    assert code == 0, transcript[-500:]
    world.ok("report", "Ana", "--db", db, env=env)
    world.ok("learner", "export", "Ana", "--db", db, "--station-name", "desk-2", env=env)
    return db


def test_each_access_is_listed_with_its_station_and_the_trail_verifies(world, store, trail):
    # When the privacy officer lists the trail
    events = json.loads(world.ok("audit", "list", "--db", trail, "--format", "json").stdout)
    # Then the learner's addition, the session, the report and the export are there, in order, with their stations
    assert [e["action"] for e in events] == ["learner-added", "session-started", "report", "export"], events
    assert [e["station"] for e in events] == ["ward-4", "ward-4", "ward-4", "desk-2"], events
    assert all(e["learnerID"] == events[0]["learnerID"] for e in events), events
    assert not any("Ana" in (e["detail"] or "") for e in events), events
    # And the untouched trail verifies, its last hash printed to write down
    r = world.ok("audit", "verify", "--db", trail)
    assert "The audit trail is whole: 4 events." in r.stdout and events[-1]["hash"] in r.stdout, r.describe()


def test_verify_names_an_event_changed_behind_teachbacks_back(world, store, trail):
    events = json.loads(world.ok("audit", "list", "--db", trail, "--format", "json").stdout)
    second = events[1]["id"]
    # When someone with the database edits an event (around the triggers that refuse it)
    if store.kind == "sqlite":
        with sqlite3.connect(trail) as c:
            c.executescript(f"DROP TRIGGER audit_event_no_update; UPDATE audit_event SET station = 'elsewhere' "
                            f"WHERE id = {second};")
    else:
        store._server.sql("ALTER TABLE audit_event DISABLE TRIGGER USER; "
                          f"UPDATE audit_event SET station = 'elsewhere' WHERE id = {second};")
    # Then verify fails and names it
    r = expect_refused(world.run("audit", "verify", "--db", trail), "is not as it was written", secrets=world.secrets)
    assert f"event {second}: changed since it was written" in r.stdout, r.describe()
