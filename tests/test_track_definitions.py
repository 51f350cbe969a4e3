"""Track definitions in the log: the payload builder, the seeded entry, ``tracker tracks
define|list``, and the timeline following the definition in force (now and as of a point)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.errors import ValidationError
from tracker.events import DateInterval, EventDraft, Participant, tracks_definition
from tracker.projections.deep_check import replay_differences
from tracker.app.recording import record
from tracker.store import NewEntry, open_store
from tracker.app.timeline import load_timeline
from tracker.projections.timeline.asof import parse_as_of
from tracker.app.track_definitions import current_definition, define_tracks
from tracker.projections.timeline.tracks import read_definition, seed_definition

W = Participant("Ada Stone", "US", "participant", "stone")
D = Participant("Boris Lenko", "RU", "participant", "lenko")
RENAMED = {"tracks": [{"key": "BACKCHANNEL", "name": "The back channel", "sides": ["US", "RU"]},
                      {"key": "RU-UA", "name": "Direct talks", "sides": ["RU", "UA"]}]}


def meeting(summary: str = "talks") -> NewEntry:
    d = EventDraft(type="meeting_held", date=DateInterval.from_user("2025-11-03"), participants=(W, D), summary=summary)
    return NewEntry(d.type, d.to_payload(), "user:test")


def write(tmp_path: Path, data: Any, name: str = "tracks.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
        url = request.getfixturevalue("pg_url")
        yield url
    else:
        yield str(tmp_path / "defs.sqlite3")


# --------------------------------------------------------------------------- the payload builder


@pytest.mark.parametrize(("tracks", "message"), [
    ([], "a track definition needs at least one track"),
    ("US-RU", "tracks must be a list"),
    ([["US", "RU"]], "track 1 must be an object with key, name and sides"),
    ([{"key": "A", "name": "n", "sides": ["US", "RU"], "side": "x"}], "track 1 has unknown field(s) side"),
    ([{"key": "bad key", "name": "n", "sides": ["US", "RU"]}], "track 1 has an invalid key 'bad key'"),
    ([{"key": "K" * 65, "name": "n", "sides": ["US", "RU"]}], "track 1 has an invalid key"),
    ([{"key": "A", "name": " ", "sides": ["US", "RU"]}], "track A needs a name"),
    ([{"key": "A", "name": "n", "sides": "US,RU"}], "track A needs sides: a list of side codes"),
    ([{"key": "A", "name": "n", "sides": ["US", "us"]}], "track A needs two or more different sides"),
    ([{"key": "A", "name": "n", "sides": ["US", "R-U"]}], "track A has an invalid side code 'R-U'"),
    ([{"key": "A", "name": "n", "sides": ["US", "RU"]}, {"key": "a", "name": "m", "sides": ["US", "UA"]}],
     "track a is declared twice (keys are compared ignoring case)"),
    ([{"key": "A", "name": "n", "sides": ["US", "RU"]}, {"key": "B", "name": "m", "sides": ["RU", "US"]}],
     "track B has the same sides (RU, US) as track A"),
])
def test_builder_refuses_bad_catalogues(tracks: Any, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        tracks_definition(tracks)
    assert str(caught.value).startswith(message)


def test_builder_normalises_sides_and_names() -> None:
    payload = tracks_definition([{"key": "US-RU", "name": " Talks ", "sides": ["ru", "US", "RU"]}])
    assert payload == {"tracks": [{"key": "US-RU", "name": "Talks", "sides": ["RU", "US"]}]}


def test_a_file_folds_european_states_into_eu(tmp_path: Path) -> None:
    path = write(tmp_path, {"about": "ours", "tracks": [{"key": "Q", "name": "Quad", "sides": ["US", "FR", "DE", "UA"]}]})
    assert read_definition(path) == {"tracks": [{"key": "Q", "name": "Quad", "sides": ["EU", "UA", "US"]}]}
    with pytest.raises(ValidationError, match=r"track catalogue .* must be a JSON object with a \"tracks\" list"):
        read_definition(write(tmp_path, [1, 2]))
    with pytest.raises(ValidationError, match="cannot read track catalogue"):
        read_definition(write(tmp_path, "{not json"))
    with pytest.raises(ValidationError, match="unknown field.*trakcs"):
        read_definition(write(tmp_path, {"trakcs": [], "tracks": []}))


def test_the_store_refuses_a_malformed_definition(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite3")) as store:
        with pytest.raises(ValidationError, match="needs two or more different sides"):
            store.append([NewEntry("tracks_defined", {"tracks": [{"key": "A", "name": "n", "sides": ["US"]}]}, "u")])
        assert store.head() == 0


# --------------------------------------------------------------------------- seeding


def test_first_write_is_seeded_once(db: str) -> None:
    with open_store(db) as store:
        assert store.head() == 0  # opening writes nothing
        first = record(store, [meeting()])
        record(store, [meeting("again")])
        kinds = [(e.position, e.event_type, e.recorded_by) for e in store.read()]
        assert kinds[0] == (1, "tracks_defined", "seed:tracks.json")
        assert [k[1] for k in kinds].count("tracks_defined") == 1
        assert first.positions == [2] and store.entry(first.event_ids[0]).event_type == "meeting_held"
        assert current_definition(store) == seed_definition()
        [entry], key = load_timeline(store, "US-RU")
        assert key == "US-RU" and entry["tracks"] == ["US-RU"]


def test_a_store_from_before_definitions_gets_one_with_its_next_write(db: str) -> None:
    """Written without a definition (as by earlier versions): automatic tracks only, until the
    next write appends the seed at the end of the log; nothing already written changes."""
    with open_store(db) as store:
        store.append([meeting("old")])
        before = [(e.position, e.hash) for e in store.read()]
        entries, _ = load_timeline(store)
        assert entries[0]["tracks"] == ["RU-US"]  # no catalogue yet: the automatic key
        record(store, [meeting("new")])
        after = list(store.read())
        assert [(e.position, e.hash) for e in after[:1]] == before
        assert [e.event_type for e in after] == ["meeting_held", "tracks_defined", "meeting_held"]
        assert {t for e in load_timeline(store)[0] for t in e["tracks"]} == {"US-RU"}
        assert store.verify().ok and replay_differences(store) == []


def test_db_upgrade_seeds_a_store_from_before_definitions_once(db: str) -> None:
    """``tracker db upgrade`` appends the definition to such a store (at the end: nothing written
    changes), so a rebuild gives the declared tracks without waiting for a write; a second
    upgrade, or an empty store, appends nothing."""
    with open_store(db) as store:
        store.append([meeting("old")])
    first = run("--db", db, "db", "upgrade")
    assert first.exit_code == 0 and "Seeded the track definitions into the log at position 2" in first.stderr
    again = run("--db", db, "db", "upgrade")
    assert again.exit_code == 0 and "Seeded" not in again.stderr
    with open_store(db) as store:
        assert [e.event_type for e in store.read()] == ["meeting_held", "tracks_defined"]
        assert load_timeline(store)[0][0]["tracks"] == ["US-RU"]
        assert store.verify().ok and replay_differences(store) == []


def test_db_upgrade_leaves_an_empty_store_empty(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.sqlite3")
    assert run("--db", db, "db", "upgrade").exit_code == 0
    assert run("--db", db, "db", "upgrade").exit_code == 0
    with open_store(db) as store:
        assert store.head() == 0


# --------------------------------------------------------------------------- defining tracks


def test_a_new_definition_moves_existing_entries_and_as_of_keeps_the_old(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        record(store, [meeting()])
        position, count = define_tracks(store, write(tmp_path, RENAMED), recorded_by="user:ana")
        assert (position, count) == (3, 2)
        [now], _ = load_timeline(store)
        assert now["tracks"] == ["BACKCHANNEL"]
        [then], _ = load_timeline(store, as_of=parse_as_of("2"))
        assert then["tracks"] == ["US-RU"]
        with pytest.raises(ValidationError, match="already the ones in force; nothing recorded"):
            define_tracks(store, write(tmp_path, RENAMED))
        assert store.head() == 3 and replay_differences(store) == []


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_tracks_define_and_list_through_the_cli(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        record(store, [meeting()])
        head = store.head()
    bad = run("--db", db, "tracks", "define", str(write(tmp_path, {"tracks": [{"key": "X", "name": "x", "sides": ["US"]}]})))
    assert (bad.exit_code, bad.stderr) == (1, f"Error: track catalogue {tmp_path / 'tracks.json'}: track X needs two "
                                              "or more different sides\n")
    with open_store(db) as store:
        assert store.head() == head  # nothing half-written
    done = run("--db", db, "tracks", "define", str(write(tmp_path, RENAMED, "mine.json")))
    assert (done.exit_code, done.stderr) == (0, f"Defined 2 tracks at position {head + 1}\n")
    listed = json.loads(run("--db", db, "tracks", "list", "--format", "json").stdout)
    assert [(t["track"], t["name"], t["declared"], t["entries"]) for t in listed] == [
        ("BACKCHANNEL", "The back channel", True, 1), ("RU-UA", "Direct talks", True, 0)]
    assert json.loads(run("--db", db, "tracks", "-f", "json").stdout) == listed  # bare `tracks`: the list
    csv = run("--db", db, "tracks", "list", "-f", "csv").stdout.splitlines()
    assert csv[0] == "track,name,sides,declared,entries,first,last" and csv[1].startswith("BACKCHANNEL,")
    assert run("--db", db, "tracks", "list", "-f", "pdf").exit_code == 2
