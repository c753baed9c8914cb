"""Issue 22, item 11: names are compared in NFC, invisible and bidi control characters are refused with their
position, and `db copy` stops at a learner whose name differs from the server's only in case."""

import json

import pytest

from conftest import expect_message, expect_ok, expect_refused, nfc

JOSE_NFD = "Jose\u0301"
JOSE_NFC = "Jos\u00e9"


def learner_names(station):
    r = station.run("learner", "list", "--db", station.db, "--format", "json")
    expect_ok(r)
    return [entry["name"] for entry in json.loads(r.stdout)["learners"]]


def test_nfc_and_nfd_spellings_are_one_name(station):
    # Given José, typed with a combining accent (NFD)
    expect_ok(station.run("learner", "add", JOSE_NFD, "--db", station.db))
    # When José is added again, typed with the precomposed é (NFC)
    r = station.run("learner", "add", JOSE_NFC, "--db", station.db)
    # Then it is refused as a learner who exists, and there is one José
    expect_refused(r, "exist", case_insensitive=True)
    names = learner_names(station)
    assert len([n for n in names if nfc(n) == JOSE_NFC]) == 1, names


INVISIBLE = {"U+200B": "\u200b", "U+202E": "\u202e", "U+2066": "\u2066", "U+FEFF": "\ufeff"}


@pytest.mark.parametrize("code", INVISIBLE)
def test_invisible_and_bidi_characters_are_refused_with_their_position(station, code):
    # Given a name with an invisible or bidi control character as its 4th character
    name = "Ana" + INVISIBLE[code] + "Bell"
    # When it is added
    r = station.run("learner", "add", name, "--db", station.db)
    # Then it is refused, naming the code point and its position (4, counting from 1 as columns are counted)
    expect_refused(r, code)
    assert any(word.strip(".,:;()") == "4" for word in r.stderr.split()), f"no position 4 in the message{r.describe()}"
    assert learner_names(station) == []


@pytest.mark.postgres
def test_db_copy_stops_at_a_name_that_differs_only_in_case(station, pg_db):
    # Given a station file with "Room 4" (2 answers) and Bea (1 answer), and a server with "room 4" (1 answer)
    station.given_session("Room 4", answers=2)
    station.given_session("Bea", answers=1)
    station.given_session("room 4", answers=1, db=pg_db.url())
    assert pg_db.learner_names() == ["room 4"]
    # When the station is copied to the server
    r = station.run("db", "copy", "--from", station.db, "--to", pg_db.url())
    # Then it stops at the collision, listing both names, and copies nothing for that learner
    expect_refused(r, secrets=station.secrets)
    expect_message(r, "Room 4")
    expect_message(r, "room 4")
    assert pg_db.answers_of("room 4") == 1
    assert "Room 4" not in pg_db.learner_names()
    # but the other learners are copied
    assert "Bea" in pg_db.learner_names() and pg_db.answers_of("Bea") == 1
    # When it is copied again saying the two are one learner
    merged = station.run("db", "copy", "--from", station.db, "--to", pg_db.url(), "--merge", "Room 4")
    # Then Room 4's answers join room 4's, and nothing is copied twice
    expect_ok(merged, station.secrets)
    assert pg_db.answers_of("room 4") == 3
    assert sorted(pg_db.learner_names()) == ["Bea", "room 4"]
    assert pg_db.answers_of("Bea") == 1
