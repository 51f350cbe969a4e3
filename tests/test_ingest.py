"""The ingest pipeline: one transaction per article, idempotency, dry runs, failures in a batch.

Most tests pass a small extractor of their own so that they check the pipeline (what is
appended, when, with which ids) independently of extraction quality; the tests at the end
run the real extractor and registry.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from tracker.article_loading import Overrides
from tracker.articles import Article
from tracker.events import DateInterval, EventDraft, Evidence, Location, Participant
from tracker.app.ingest import (
    DUPLICATE,
    RECORDED,
    WOULD_RECORD,
    Failure,
    date_text,
    ingest_paths,
    open_for_reading,
)
from tracker.store import Store, open_store

FIXTURES = Path(__file__).parent / "fixtures"


def first_sentence_extractor(article: Article, registry: Any) -> list[EventDraft]:
    """One statement per article, on its first line, evidence without an article id."""
    first = article.text.split("\n", 1)[0]
    return [
        EventDraft(
            type="statement_issued",
            date=DateInterval(start=article.published.isoformat(), end=None, resolution="publication_fallback")
            if article.published
            else DateInterval.unknown(),
            participants=(Participant("Someone", "US", role="speaker"),),
            summary=first[:40],
            evidence=(Evidence(article_id=None, sentence=first, span=(0, len(first)), trigger="said", rule="test"),),
        )
    ]


def two_event_extractor(article: Article, registry: Any) -> list[EventDraft]:
    return first_sentence_extractor(article, registry) * 2


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "store.sqlite3")) as s:
        yield s


def _ingest(store: Store | None, paths: list[Any], **kw: Any):  # type: ignore[no-untyped-def]
    kw.setdefault("extract", first_sentence_extractor)
    kw.setdefault("version", "9.9")
    kw.setdefault("registry", object())
    return ingest_paths(store, paths, **kw)


def _write(folder: Path, name: str, published: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"---\npublished: {published}\nlang: en\n---\n{body}\n", encoding="utf-8")
    return path


BODY_A = "The envoy met the minister in Geneva on Monday, officials said."
BODY_B = "The two delegations will meet again in Istanbul next week, a spokesman said."


def test_article_and_events_are_recorded_together(store: Store) -> None:
    report = _ingest(store, [FIXTURES / "en_page.html"], extract=two_event_extractor)
    [result] = report.results
    assert result.status == RECORDED and len(result.event_ids) == 2
    seed, *entries = store.read(upto=3)  # 1: the seeded track definition; 4: article_recorded
    assert seed.event_type == "tracks_defined" and seed.recorded_by == "seed:tracks.json"
    assert [e.position for e in entries] == list(result.positions) == [2, 3]
    for entry in entries:
        assert entry.event_type == "statement_issued"
        assert entry.recorded_by == "extractor:en-rules/9.9"
        assert entry.article_id == result.article.id
        assert entry.payload["evidence"][0]["article_id"] == result.article.id
        assert entry.payload["source_url"] == "https://wire.example.com/world/istanbul-talks"
    assert store.has_article(result.article.id)
    stored = store.get_article(result.article.id)
    assert stored is not None and stored.published == dt.date(2025, 6, 2) and stored.title == "Negotiators return to Istanbul"
    assert report.summary() == "Recorded 1 article, 2 events; 0 duplicates skipped; 0 failed"


def test_second_ingest_appends_nothing(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "2025-12-21", BODY_A)
    first = _ingest(store, [path])
    head = store.head()
    again = _ingest(store, [path])
    assert store.head() == head == 3  # the track definition, one event and the article_recorded entry
    [dup] = again.results
    assert dup.status == DUPLICATE and dup.duplicate_of == "the store" and dup.article.id == first.results[0].article.id
    assert again.event_rows() == []
    assert again.summary() == "Recorded 0 articles, 0 events; 1 duplicate skipped; 0 failed"


def test_same_text_twice_in_one_batch(store: Store, tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "2025-12-21", BODY_A)
    b = _write(tmp_path, "b.txt", "2025-12-21", BODY_A)  # same text: same article
    report = _ingest(store, [a, b])
    assert [r.status for r in report.results] == [RECORDED, DUPLICATE]
    assert report.results[1].duplicate_of == str(a)
    assert store.head() == 3


def test_dry_run_without_store_creates_no_file(tmp_path: Path) -> None:
    db = tmp_path / "never.sqlite3"
    assert open_for_reading(str(db)) is None
    report = _ingest(None, [_write(tmp_path, "a.txt", "2025-12-21", BODY_A)], dry_run=True)
    assert not db.exists()
    [result] = report.results
    assert result.status == WOULD_RECORD and result.event_ids == ()
    [row] = report.event_rows()
    assert row["event_id"] is None and row["type"] == "statement_issued"
    assert report.summary() == "Dry run: would record 1 article, 1 event; 0 duplicates skipped; 0 failed (nothing written)"


def test_dry_run_on_existing_store_reads_only(store: Store, tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "2025-12-21", BODY_A)
    b = _write(tmp_path, "b.txt", "2025-12-22", BODY_B)
    _ingest(store, [a])
    reader = open_for_reading(store.url)
    assert reader is not None
    try:
        report = _ingest(reader, [a, b], dry_run=True)
    finally:
        reader.close()
    assert [r.status for r in report.results] == [DUPLICATE, WOULD_RECORD]
    assert store.head() == 3
    assert not store.has_article(report.results[1].article.id)


def test_failing_file_among_good_ones(store: Store, tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "2025-12-21", BODY_A)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    b = _write(tmp_path, "b.txt", "2025-12-22", BODY_B)
    report = _ingest(store, [a, bad, b, tmp_path / "missing.txt"])
    assert [r.status for r in report.results] == [RECORDED, RECORDED]
    assert [(f.origin, f.message) for f in report.failures] == [
        (str(bad), "empty file"),
        (str(tmp_path / "missing.txt"), "no such file or directory"),
    ]
    assert [type(i).__name__ for i in report.items] == ["ArticleResult", "Failure", "ArticleResult", "Failure"]
    assert not report.ok
    assert store.head() == 5


def test_extractor_error_leaves_nothing_of_that_article(store: Store, tmp_path: Path) -> None:
    def fragile(article: Article, registry: Any) -> list[EventDraft]:
        if "Istanbul" in article.text:
            raise KeyError("boom")
        return first_sentence_extractor(article, registry)

    a = _write(tmp_path, "a.txt", "2025-12-21", BODY_A)
    b = _write(tmp_path, "b.txt", "2025-12-22", BODY_B)
    report = _ingest(store, [a, b], extract=fragile)
    [failure] = report.failures
    assert failure == Failure(str(b), "extraction failed (KeyError: 'boom'); please report this article")
    assert store.head() == 3
    assert not store.has_article(Article(text=BODY_B, lang="en").id)
    # Fixed extractor later: the article is not considered ingested, so it goes in now.
    assert [r.status for r in _ingest(store, [b]).results] == [RECORDED]


def test_article_without_events_is_still_recorded(store: Store, tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "2025-12-21", BODY_A)
    report = _ingest(store, [a], extract=lambda article, registry: [])
    assert report.results[0].status == RECORDED and store.head() == 1  # its article_recorded entry
    assert store.has_article(report.results[0].article.id)
    assert _ingest(store, [a]).results[0].status == DUPLICATE


def test_jsonl_bad_line_keeps_its_place_and_the_rest_goes_in(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"text": BODY_A, "published": "2025-12-21", "lang": "en"}),
                "{broken",
                json.dumps({"text": BODY_B, "published": "2025-12-22", "lang": "en"}),
            ]
        ),
        encoding="utf-8",
    )
    report = _ingest(store, [path])
    assert [getattr(i, "origin") for i in report.items] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert isinstance(report.items[1], Failure)
    assert store.head() == 5


def test_stdin_and_overrides(store: Store) -> None:
    stdin = io.BytesIO(f"---\npublished: 2025-01-01\nlang: en\n---\n{BODY_A}\n".encode())
    report = _ingest(store, ["-"], stdin=stdin, overrides=Overrides(published=dt.date(2025, 12, 21), url="https://x.example/a"))
    [result] = report.results
    assert result.origin == "<stdin>"
    assert result.article.published == dt.date(2025, 12, 21)
    assert result.article.url == "https://x.example/a"


def test_progress_wraps_the_input_files(store: Store, tmp_path: Path) -> None:
    seen: list[list[Any]] = []

    class Recorder:
        def __init__(self, items: list[Any]) -> None:
            seen.append(items)
            self.items = items

        def __enter__(self) -> list[Any]:
            return self.items

        def __exit__(self, *exc: object) -> None:
            return None

    paths = [_write(tmp_path, f"{i}.txt", "2025-12-21", f"{BODY_A} Number {i}.") for i in range(4)]
    _ingest(store, paths, progress=Recorder)
    assert [[s.origin for s in items] for items in seen] == [[str(p) for p in paths]]


def test_date_text() -> None:
    def draft(date: DateInterval) -> EventDraft:
        return EventDraft(type="visit", date=date, location=Location("Miami", "US"))

    assert date_text(draft(DateInterval("2025-12-20", "2025-12-20"))) == "2025-12-20"
    assert date_text(draft(DateInterval("2025-12-19", "2025-12-20"))) == "2025-12-19/2025-12-20"
    assert date_text(draft(DateInterval("2025-08", "2025-08", precision="month"))) == "2025-08"
    assert date_text(draft(DateInterval("2025-12-21", None, resolution="publication_fallback"))) == "2025-12-21 (publication date)"
    assert date_text(draft(DateInterval.unknown())) == "unknown"


def test_store_needed_unless_dry_run() -> None:
    from tracker.errors import TrackerError

    with pytest.raises(TrackerError, match="^a store is needed to record articles$"):
        _ingest(None, [FIXTURES / "en_page.html"])


@pytest.mark.postgres
def test_ingest_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "2025-12-21", BODY_A)
    with open_store(pg_url) as pg:
        first = _ingest(pg, [path], extract=two_event_extractor)
        again = _ingest(pg, [path], extract=two_event_extractor)
        assert [r.status for r in first.results] == [RECORDED]
        assert [r.status for r in again.results] == [DUPLICATE]
        assert pg.head() == 4
        assert [e.article_id for e in pg.read()] == [None] + [first.results[0].article.id] * 3  # 1: the tracks


def test_reading_an_empty_database_file_leaves_it_untouched(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    db.write_bytes(b"")
    assert open_for_reading(str(db)) is None
    assert db.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]


def test_store_refusal_is_a_failure_of_that_article_only(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.app import recording
    from tracker.errors import StoreError

    real = recording.append_and_catch_up
    a = _write(tmp_path, "a.txt", "2025-12-21", BODY_A)
    b = _write(tmp_path, "b.txt", "2025-12-22", BODY_B)

    def refuse_istanbul(st: Store, entries: Any, *, article: Article | None = None) -> Any:
        if article is not None and "Istanbul" in article.text:
            raise StoreError("append failed: database is locked")
        return real(st, entries, article=article)

    monkeypatch.setattr(recording, "append_and_catch_up", refuse_istanbul)
    report = _ingest(store, [a, b])
    assert [(type(i).__name__, i.origin) for i in report.items] == [("ArticleResult", str(a)), ("Failure", str(b))]
    assert report.failures[0].message == "append failed: database is locked"
    assert store.head() == 3
