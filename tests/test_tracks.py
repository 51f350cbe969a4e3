"""Track catalogue and assignment rules (pure)."""

from __future__ import annotations

import json

import pytest

from tracker.errors import NotFoundError, ValidationError
from tracker.events import DateInterval, Evidence, EventDraft, Location, Participant
from tracker.projections.timeline.tracks import (
    assign_article_tracks,
    auto_key,
    default_catalogue,
    event_groups,
    load_catalogue,
    side_group,
)


def ev(type_, sides, *, offset=0, modality="occurred", location=None, roles=None):
    parts = tuple(
        Participant(name=f"P{i}-{s}", side=s, role=(roles or {}).get(s, "participant"), actor_id=f"a{i}{s}")
        for i, s in enumerate(sides)
    )
    return EventDraft(
        type=type_,
        date=DateInterval("2025-12-20", "2025-12-21"),
        participants=parts,
        modality=modality,
        location=location,
        evidence=(Evidence(article_id="A", sentence="s", span=(offset, offset + 10)),),
    )


def test_shipped_catalogue_has_required_tracks():
    cat = default_catalogue()
    keys = {t.key for t in cat}
    assert {"US-RU", "US-UA", "US-UA-EU", "RU-UA", "US-RU-UA", "RU-UA-TR"} <= keys
    assert cat.find("US-RU").name == "US–Russia talks"


def test_european_states_fold_into_eu():
    assert side_group("fr") == "EU"
    assert side_group("GB") == "EU"
    assert side_group("UA") == "UA"
    assert side_group(None) is None
    assert default_catalogue().for_groups(frozenset({"US", "UA", "EU"})).key == "US-UA-EU"


def test_lookup_by_side_set_and_case():
    cat = default_catalogue()
    assert cat.find("ru-us").key == "US-RU"
    assert cat.find("us-ua-fr").key == "US-UA-EU"
    assert cat.find("nonsense") is None
    with pytest.raises(NotFoundError, match="unknown track 'XX'"):
        cat.resolve("XX")


def test_new_side_set_makes_an_automatic_track():
    cat = default_catalogue()
    track = cat.for_groups(frozenset({"RU", "CN"}))
    assert track.key == auto_key({"RU", "CN"}) == "CN-RU"
    assert not track.declared
    assert "Russia" in track.name and "China" in track.name
    assert cat.resolve("CN-RU", known=["CN-RU"]).key == "CN-RU"


def test_catalogue_rejects_bad_file(tmp_path):
    path = tmp_path / "tracks.json"
    path.write_text(json.dumps({"tracks": [{"key": "X", "name": "x", "sides": ["US"]}]}))
    with pytest.raises(ValidationError):
        load_catalogue(path)
    path.write_text("{not json")
    with pytest.raises(ValidationError, match="cannot read track catalogue"):
        load_catalogue(path)


def test_meeting_defines_its_own_track():
    got = assign_article_tracks([("m1", ev("meeting_held", ["US", "RU", "RU"]))], default_catalogue())
    assert got == {"m1": "US-RU"}


def test_statement_follows_the_meeting_it_refers_to():
    items = [
        ("m1", ev("meeting_held", ["US", "RU"], offset=0)),
        ("m2", ev("meeting_held", ["US", "UA", "FR"], offset=500)),
        ("s1", ev("statement_issued", ["US"], offset=100, roles={"US": "speaker"})),
        ("r1", ev("report_to_leader", ["RU", "RU"], offset=900, roles={"RU": "reporter"})),
        ("s2", ev("statement_issued", ["UA"], offset=600, roles={"UA": "speaker"})),
    ]
    got = assign_article_tracks(items, default_catalogue())
    assert got["s1"] == "US-RU"  # both meetings hold US: the nearest one before it
    assert got["r1"] == "US-RU"  # only meeting holding RU
    assert got["s2"] == "US-UA-EU"


def test_statement_about_another_side_without_meeting():
    items = [("s1", ev("statement_issued", ["RU", "UA", "DE"], roles={"RU": "speaker"}))]
    assert assign_article_tracks(items, default_catalogue()) == {"s1": "EU-RU-UA"}


def test_lone_single_side_statement_has_no_track():
    items = [("s1", ev("statement_issued", ["RU"], roles={"RU": "speaker"}))]
    assert assign_article_tracks(items, default_catalogue()) == {"s1": None}


def test_planned_meeting_with_two_sides_defines_track_single_side_refers():
    items = [
        ("m1", ev("meeting_held", ["US", "UA"], offset=0)),
        ("p1", ev("meeting_planned", ["US", "RU"], modality="planned", offset=50)),
        ("p2", ev("meeting_planned", ["UA"], modality="possible", offset=80)),
    ]
    got = assign_article_tracks(items, default_catalogue())
    assert got == {"m1": "US-UA", "p1": "US-RU", "p2": "US-UA"}


def test_visit_counts_host_country():
    draft = ev("visit", ["US"], location=Location("Moscou", "RU"))
    assert event_groups(draft) == frozenset({"US", "RU"})
    assert assign_article_tracks([("v", draft)], default_catalogue()) == {"v": "US-RU"}


def test_smallest_containing_meeting_wins():
    items = [
        ("m3", ev("meeting_held", ["US", "RU", "UA"], offset=0)),
        ("m2", ev("meeting_held", ["US", "RU"], offset=1000)),
        ("s", ev("statement_issued", ["RU", "US"], offset=10, roles={"RU": "speaker"})),
    ]
    assert assign_article_tracks(items, default_catalogue())["s"] == "US-RU"
