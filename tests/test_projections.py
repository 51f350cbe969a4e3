"""Every projection: incremental catch-up in random chunks equals a full rebuild (SQLite and
PostgreSQL), plus the timeline projection's behaviour on corrections."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
import uuid
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from tracker.articles import Article
from tracker.events import (
    DateInterval,
    Evidence,
    EventDraft,
    Location,
    Participant,
    amendment,
    merge,
    retraction,
    split,
    track_assignment,
    tracks_definition,
)
from tracker.projections import PROJECTIONS
from tracker.projections.deep_check import replay_differences
from tracker.projections.runner import catch_up, rebuild
from tracker.store import NewEntry, Store, open_store

from pg_schema import fresh_pg_schema_url


PEOPLE = [
    ("Steve Witkoff", "US", "witkoff"),
    ("Jared Kushner", "US", "kushner"),
    ("Kirill Dmitriev", "RU", "dmitriev"),
    ("Yuri Ushakov", "RU", "ushakov"),
    ("Rustem Umerov", "UA", "umerov"),
    ("Jonathan Powell", "GB", "powell"),
    ("Hakan Fidan", "TR", "fidan"),
]
DATES = [
    ("2025-08", "2025-08", "month", "explicit"),
    ("2025-08-15", "2025-08-15", "day", "explicit"),
    ("2025-12-20", "2025-12-21", "day", "explicit"),
    ("2025-12-21", "2025-12-21", "day", "relative_to_publication"),
    ("2025-12-21", "2025-12-21", "day", "publication_fallback"),
]
TYPES = ["meeting_held", "statement_issued", "meeting_planned", "report_to_leader"]
TRACKS = ["US-RU", "US-UA-EU", "RU-UA", "CN-RU"]

#: Catalogues a ``tracks_defined`` entry may declare mid-log: one like the shipped seed, one that
#: renames the US-RU channel and declares a China-Russia one, one with a single track.
CATALOGUES = [
    tracks_definition([{"key": "US-RU", "name": "US and Russia", "sides": ["RU", "US"]},
                       {"key": "US-UA-EU", "name": "Three-way", "sides": ["EU", "UA", "US"]},
                       {"key": "RU-UA", "name": "Direct", "sides": ["RU", "UA"]}]),
    tracks_definition([{"key": "CHANNEL-A", "name": "Channel A", "sides": ["RU", "US"]},
                       {"key": "CN-RU", "name": "China and Russia", "sides": ["CN", "RU"]},
                       {"key": "EU-UA", "name": "Europe and Ukraine", "sides": ["EU", "UA"]}]),
    tracks_definition([{"key": "GB-RU-US", "name": "Wider talks", "sides": ["EU", "RU", "US"]}]),
]


# --------------------------------------------------------------------------- stores


@contextlib.contextmanager
def sqlite_store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "t.sqlite3"))
        try:
            yield store
        finally:
            store.close()


@contextlib.contextmanager
def pg_store() -> Iterator[Store]:
    with fresh_pg_schema_url() as url:
        store = open_store(url)
        try:
            yield store
        finally:
            store.close()


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every projection table, sorted, as plain values."""
    result = {}
    with store.engine.connect() as conn:
        for projection in PROJECTIONS.values():
            for table in projection.tables:
                rows = conn.execute(select(table)).all()
                result[table.name] = sorted((tuple(str(v) for v in r) for r in rows))
    return result


# --------------------------------------------------------------------------- random logs

person = st.sampled_from(PEOPLE)


@st.composite
def drafts(draw, article_id: str | None) -> EventDraft:
    kind = draw(st.sampled_from(TYPES))
    start, end, precision, resolution = draw(st.sampled_from(DATES))
    people = draw(st.lists(person, min_size=1, max_size=3, unique=True))
    roles = {"statement_issued": "speaker", "report_to_leader": "reporter"}
    participants = tuple(
        Participant(name, side, roles.get(kind, "participant") if i == 0 else "participant", actor_id)
        for i, (name, side, actor_id) in enumerate(people)
    )
    offset = draw(st.integers(0, 400))
    return EventDraft(
        type=kind,
        date=DateInterval(start, end, precision, None, resolution),
        participants=participants,
        modality="planned" if kind == "meeting_planned" else "occurred",
        location=draw(st.sampled_from([None, Location("Miami", "US"), Location("Moscou", "RU")])),
        summary=draw(st.sampled_from(["", "talks", "statement"])),
        evidence=(Evidence(article_id, "sentence", (offset, offset + 20)),) if article_id else (),
    )


@st.composite
def operations(draw) -> list[tuple]:
    """Abstract operations; correction targets are indices into the occurrences so far."""
    ops = []
    count = 0
    for _ in range(draw(st.integers(1, 14))):
        choice = draw(st.sampled_from(["article", "article", "manual", "retract", "amend", "merge", "split", "assign",
                                       "define"]))
        if choice == "define":  # the catalogue changes mid-log (or before any occurrence)
            ops.append(("define", draw(st.integers(0, len(CATALOGUES) - 1))))
        elif choice == "article" or count == 0:
            n = draw(st.integers(1, 3))
            ops.append(("article", draw(st.integers(0, 10**9)), n, draw(st.data())))
            count += n
        elif choice == "manual":
            ops.append(("manual", draw(st.data())))
            count += 1
        elif choice == "merge":
            ops.append(("merge", draw(st.integers(0, count - 1)), draw(st.integers(0, count - 1))))
        else:
            ops.append((choice, draw(st.integers(0, count - 1)), draw(st.data())))
    return ops


def materialise(ops: list[tuple]) -> list[tuple[list[NewEntry], Article | None]]:
    """Turn abstract operations into append batches with concrete ids."""
    ids: list[str] = []
    batches: list[tuple[list[NewEntry], Article | None]] = []
    for op in ops:
        if op[0] == "article":
            _, seed, n, data = op
            art = Article(
                text=f"Article {seed} {uuid.uuid4().hex}",
                lang="en",
                published=dt.date(2025, 12, 21),
                url=f"https://news{seed % 3}.example/{seed}",
                source=f"Outlet {seed % 3}",
            )
            entries = []
            for _ in range(n):
                d = data.draw(drafts(art.id))
                eid = str(uuid.uuid4())
                ids.append(eid)
                entries.append(NewEntry(d.type, d.to_payload(), "test", event_id=eid, article_id=art.id))
            batches.append((entries, art))
        elif op[0] == "manual":
            d = op[1].draw(drafts(None))
            eid = str(uuid.uuid4())
            ids.append(eid)
            batches.append(([NewEntry(d.type, d.to_payload(), "user:test", event_id=eid)], None))
        elif op[0] == "retract":
            batches.append(([NewEntry("event_retracted", retraction(ids[op[1]], "wrong"), "user:test")], None))
        elif op[0] == "amend":
            start, end, precision, resolution = op[2].draw(st.sampled_from(DATES))
            people = op[2].draw(st.lists(person, min_size=1, max_size=2, unique=True))
            changes = op[2].draw(
                st.sampled_from(
                    [
                        {"date": DateInterval(start, end, precision, None, resolution).to_dict()},
                        {"participants": [Participant(n, s, "participant", a).to_dict() for n, s, a in people]},
                        {"summary": "amended"},
                        {"location": None},
                    ]
                )
            )
            batches.append(([NewEntry("event_amended", amendment(ids[op[1]], changes, "fix"), "user:test")], None))
        elif op[0] == "merge":
            if ids[op[1]] != ids[op[2]]:
                batches.append(([NewEntry("events_merged", merge([ids[op[1]], ids[op[2]]], "same"), "user:test")], None))
        elif op[0] == "split":
            batches.append(([NewEntry("event_split", split(ids[op[1]], "different"), "user:test")], None))
        elif op[0] == "assign":
            track = op[2].draw(st.sampled_from(TRACKS))
            batches.append(([NewEntry("track_assigned", track_assignment(ids[op[1]], track), "user:test")], None))
        elif op[0] == "define":
            batches.append(([NewEntry("tracks_defined", CATALOGUES[op[1]], "user:test")], None))
    return batches


def check_incremental_equals_rebuild(store: Store, ops: list[tuple], cuts: list[int]) -> None:
    batches = materialise(ops)
    cut_points = {c % (len(batches) + 1) for c in cuts}
    for i, (entries, art) in enumerate(batches):
        store.append(entries, article=art)
        if i in cut_points:
            catch_up(store)
    catch_up(store)
    incremental = snapshot(store)
    assert_tracks_follow_the_latest_definition(store, batches)
    assert replay_differences(store) == []  # verify --deep
    rebuild(store)
    assert snapshot(store) == incremental
    assert_entries_match_global_clustering(store)


def assert_tracks_follow_the_latest_definition(store: Store, batches: list[tuple[list[NewEntry], Article | None]]) -> None:
    """The declared tracks are those of the last definition in the log (none: no declared
    track), and every live occurrence not assigned by hand is on a track of that catalogue's
    rules, whatever definitions came before it."""
    from tracker.projections.timeline.tables import timeline_occurrences as occ, tracks
    from tracker.projections.timeline.tracks import assign_article_tracks, catalogue_from_definition, TrackCatalogue

    definitions = [e.payload for entries, _ in batches for e in entries if e.event_type == "tracks_defined"]
    catalogue = catalogue_from_definition(definitions[-1]) if definitions else TrackCatalogue([])
    with store.engine.connect() as conn:
        declared = {r.key: r.name for r in conn.execute(select(tracks).where(tracks.c.declared.is_(True)))}
        rows = conn.execute(select(occ).order_by(occ.c.position)).all()
    assert declared == {t.key: t.name for t in catalogue.declared()}
    groups: dict[str, list] = {}
    for r in rows:
        if not r.retracted:
            groups.setdefault(r.article_id or r.event_id, []).append(r)
    for members in groups.values():
        import json as _json

        expected = assign_article_tracks(
            [(r.event_id, EventDraft.from_payload(_json.loads(r.payload))) for r in members], catalogue)
        for r in members:
            assert r.track == (r.manual_track or expected[r.event_id])


def assert_entries_match_global_clustering(store: Store) -> None:
    """The projection recomputes only linked neighbourhoods; the result must equal clustering
    every live occurrence at once."""
    import json as _json

    from tracker.projections.timeline.dedup import Occurrence, Override, cluster
    from tracker.projections.timeline.tables import timeline_occurrences as occ, timeline_overrides as ov

    with store.engine.connect() as conn:
        rows = conn.execute(select(occ)).all()
        overrides = [Override(o.position, o.kind, tuple(_json.loads(o.event_ids)))
                     for o in conn.execute(select(ov).order_by(ov.c.position))]
    live = [Occurrence(r.event_id, r.position, r.article_id, EventDraft.from_payload(_json.loads(r.payload)))
            for r in rows if not r.retracted]
    expected = {eid: ids[0] for ids in cluster(live, overrides) for eid in ids}
    assert {r.event_id: r.entry_id for r in rows} == {r.event_id: expected.get(r.event_id) for r in rows}


def property_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@property_settings(int(os.environ.get("TRACKER_PROPERTY_EXAMPLES", "30")))
@given(ops=operations(), cuts=st.lists(st.integers(0, 40), max_size=6))
def test_incremental_equals_rebuild_sqlite(ops, cuts):
    with sqlite_store() as store:
        check_incremental_equals_rebuild(store, ops, cuts)


@pytest.mark.postgres
@property_settings(int(os.environ.get("TRACKER_PROPERTY_EXAMPLES_PG", "10")))
@given(ops=operations(), cuts=st.lists(st.integers(0, 40), max_size=6))
def test_incremental_equals_rebuild_postgres(ops, cuts):
    with pg_store() as store:
        check_incremental_equals_rebuild(store, ops, cuts)


def defines_mid_log(ops: list[tuple]) -> bool:
    return any(op[0] == "define" for op in ops[1:])


@property_settings(int(os.environ.get("TRACKER_PROPERTY_EXAMPLES", "30")))
@given(ops=operations().filter(defines_mid_log))
def test_catalogue_changed_mid_log_sqlite(ops):
    """A catch-up after every write: each definition lands on occurrences already applied."""
    with sqlite_store() as store:
        check_incremental_equals_rebuild(store, ops, list(range(41)))


@pytest.mark.postgres
@property_settings(int(os.environ.get("TRACKER_PROPERTY_EXAMPLES_PG", "10")))
@given(ops=operations().filter(defines_mid_log))
def test_catalogue_changed_mid_log_postgres(ops):
    with pg_store() as store:
        check_incremental_equals_rebuild(store, ops, list(range(41)))


# --------------------------------------------------------------------------- timeline behaviour


def meeting(article: Article | None, *, date=("2025-12-20", "2025-12-21"), people=(PEOPLE[0], PEOPLE[2]),
            location=Location("Miami", "US"), type_="meeting_held", modality="occurred") -> EventDraft:
    return EventDraft(
        type=type_,
        date=DateInterval.from_user(date[0], date[1]),
        participants=tuple(Participant(n, s, "participant", a) for n, s, a in people),
        location=location,
        modality=modality,
        summary="Witkoff and Dmitriev meet in Miami",
        evidence=(Evidence(article.id, "They met.", (0, 9)),) if article else (),
    )


def article(n: int, outlet: str = "RT France") -> Article:
    return Article(text=f"Article number {n}.", lang="fr", published=dt.date(2025, 12, 21),
                   url=f"https://example.org/{n}", source=outlet)


def add(store: Store, draft: EventDraft, art: Article | None = None) -> str:
    from tracker.app.recording import record

    return record(store, [NewEntry(draft.type, draft.to_payload(), "test", article_id=art.id if art else None)],
                  article=art).event_ids[0]


def correct(store: Store, kind: str, payload: dict) -> None:
    from tracker.app.recording import record

    record(store, [NewEntry(kind, payload, "user:test")])


def rows(store: Store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql)).all()]


@pytest.fixture(params=["sqlite", "postgres"])
def store(request) -> Iterator[Store]:
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
    with (pg_store() if request.param == "postgres" else sqlite_store()) as s:
        yield s


def test_second_article_adds_a_source_not_an_entry(store):
    a1, a2 = article(1), article(2, outlet="Reuters")
    first = add(store, meeting(a1), a1)
    add(store, meeting(a2, date=("2025-12-21", "2025-12-21"), location=Location("Floride", "US")), a2)
    assert rows(store, "SELECT event_id, occurrences, independent_sources, date_label FROM v_events") == [
        (first, 2, 2, "2025-12-20–21")
    ]
    urls = rows(store, "SELECT url FROM v_sources ORDER BY ordinal")
    assert urls == [("https://example.org/1",), ("https://example.org/2",)]
    assert rows(store, "SELECT track FROM v_timeline") == [("US-RU",)]


def test_same_outlet_twice_counts_once(store):
    a1, a2 = article(1), article(2)
    add(store, meeting(a1), a1)
    add(store, meeting(a2), a2)
    assert rows(store, "SELECT occurrences, independent_sources FROM v_events") == [(2, 1)]


def test_retraction_amendment_split_merge_assign(store):
    a1, a2 = article(1), article(2, outlet="AFP")
    first = add(store, meeting(a1), a1)
    second = add(store, meeting(a2), a2)
    correct(store, "event_split", split(second, "different meeting"))
    assert len(rows(store, "SELECT * FROM v_events")) == 2
    correct(store, "events_merged", merge([first, second], "same after all"))
    assert rows(store, "SELECT event_id, occurrences FROM v_events") == [(first, 2)]
    correct(store, "event_retracted", retraction(first, "misread"))
    assert rows(store, "SELECT event_id, occurrences FROM v_events") == [(second, 1)]
    correct(store, "event_amended", amendment(second, {"date": DateInterval("2025-08", "2025-08", "month").to_dict()}, "typo"))
    assert rows(store, "SELECT date_label, precision FROM v_events") == [("Aug 2025", "month")]
    correct(store, "track_assigned", track_assignment(second, "RU-UA"))
    assert rows(store, "SELECT track, track_name FROM v_timeline") == [("RU-UA", "Russia–Ukraine talks")]


def test_assigning_one_member_moves_the_whole_entry(store):
    a1, a2 = article(1), article(2, outlet="AFP")
    first = add(store, meeting(a1), a1)
    second = add(store, meeting(a2), a2)
    assert rows(store, "SELECT event_id, track FROM v_timeline") == [(first, "US-RU")]
    correct(store, "track_assigned", track_assignment(second, "US-RU-UA"))
    assert rows(store, "SELECT event_id, track FROM v_timeline") == [(first, "US-RU-UA")]


def test_more_precise_date_is_displayed_and_new_tracks_appear(store):
    a1, a2 = article(1), article(2, outlet="AFP")
    cn_ru = ((PEOPLE[2]), ("Wang Yi", "CN", "wangyi"))
    add(store, meeting(a1, date=("2025-08", "2025-08"), people=cn_ru, location=None), a1)
    add(store, meeting(a2, date=("2025-08-15", "2025-08-15"), people=cn_ru, location=None), a2)
    assert rows(store, "SELECT date_label, occurrences FROM v_events") == [("2025-08-15", 2)]
    got = rows(store, "SELECT track, declared, entries FROM v_tracks WHERE track = 'CN-RU'")
    assert [(t, bool(d), n) for t, d, n in got] == [("CN-RU", False, 1)]
