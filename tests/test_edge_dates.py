"""Bad dates are contained at the edge: out-of-range dates are refused where they enter, never
stored; exporters and labels survive the extreme dates an older store may already hold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from tracker import export
from tracker.article_loading import load_html, load_jsonl, load_text, parse_published
from tracker.articles import Article
from tracker.cli import app
from tracker.projections.timeline.labels import date_label
from tracker.errors import ArticleError, ValidationError
from tracker.events import DateInterval, EventDraft, Participant, last_day
from tracker.app.ingest import ingest_paths
from tracker.limits import MAX_YEAR, MIN_YEAR, check_date
from tracker.projections.timeline.asof import parse_as_of

runner = CliRunner()
TEXT = "Sergei Lavrov met Marco Rubio in Riyadh on Tuesday to discuss the talks."


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


# --------------------------------------------------------------------------- publication dates


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01T10:00:00"])
def test_published_out_of_range_is_refused(value: str) -> None:
    with pytest.raises(ArticleError, match=f"published date .* is out of range: years {MIN_YEAR} to {MAX_YEAR}"):
        parse_published(value)


def test_rfc_date_with_year_0001_is_not_read_as_2001() -> None:
    with pytest.raises(ArticleError, match="out of range"):
        parse_published("Mon, 01 Jan 0001 00:00:00 +0000")
    assert parse_published("Sun, 21 Dec 2025 10:00:00 +0100") == dt.date(2025, 12, 21)
    assert parse_published("Sun, 21 Dec 25 10:00:00 +0100") == dt.date(2025, 12, 21)  # two-digit years stay as email reads them


def test_front_matter_and_jsonl_with_bad_published_are_refused() -> None:
    with pytest.raises(ArticleError, match="front matter line 2: .*out of range"):
        load_text(f"---\npublished: 0001-01-01\nlang: en\n---\n{TEXT}\n")
    [outcome] = list(load_jsonl(json.dumps({"text": TEXT, "lang": "en", "published": "9999-12-31"})))
    assert "out of range" in outcome.message


def test_html_metadata_with_bad_date_is_ignored_with_a_warning() -> None:
    page = (
        '<html><head><title>T</title><meta property="article:published_time" content="0001-01-01T00:00:00Z"></head>'
        f"<body><article><p>{TEXT}</p><p>{TEXT} They spoke again later in the evening.</p></article></body></html>"
    )
    loaded = load_html(page)
    assert loaded.article.published is None or MIN_YEAR <= loaded.article.published.year <= MAX_YEAR


def test_ingest_published_option_out_of_range_is_a_usage_error(tmp_path: Path, _isolated_db: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    result = run("ingest", "--published", "0001-01-01", "--lang", "en", str(f))
    assert result.exit_code == 2 and "out of range" in result.stderr
    assert not _isolated_db.exists()


# --------------------------------------------------------------------------- dates typed by users


@pytest.mark.parametrize("start, end", [("9999-12", None), ("0001-01-01", None), ("2025-01-01", "9999-12-31"), ("1899", None)])
def test_add_out_of_range_dates_write_nothing(_isolated_db: Path, start: str, end: str | None) -> None:
    args = ["add", "meeting_held", "--start", start, "-p", "X"] + (["--end", end] if end else [])
    result = run(*args)
    assert result.exit_code == 1 and "out of range: years 1900 to 2100 are accepted" in result.stderr
    assert result.stdout == "" and not _isolated_db.exists()


def test_amend_out_of_range_date_is_refused() -> None:
    event_id = run("add", "meeting_held", "--start", "2025-12-20", "-p", "X").stdout.strip()
    result = run("amend", event_id, "--reason", "typo", "--start", "0001-01-01")
    assert result.exit_code == 1 and "out of range" in result.stderr
    shown = json.loads(run("show", event_id, "--format", "json").stdout)
    assert shown["start"] == "2025-12-20" and shown["corrections"] == []


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "9999-12-31T23:59:59.999999"])
def test_as_of_out_of_range_is_a_clear_error(value: str) -> None:
    with pytest.raises(ValidationError, match="out of range"):
        parse_as_of(value)
    run("add", "meeting_held", "--start", "2025-12-20", "-p", "X")
    for command in (["timeline", "--as-of", value], ["export", "-f", "json", "--as-of", value]):
        result = run(*command)
        assert result.exit_code == 1 and "out of range" in result.stderr, result.output


def test_library_refuses_to_store_an_out_of_range_occurrence(_isolated_db: Path) -> None:
    from tracker.app.recording import record
    from tracker.store import NewEntry, open_store

    draft = EventDraft("meeting_held", DateInterval("0001-01-01", "0001-01-01"), (Participant("X"),))
    store = open_store(str(_isolated_db))
    try:
        with pytest.raises(ValidationError, match="out of range"):
            record(store, [NewEntry("meeting_held", draft.to_payload(), "user:t")])
        assert store.head() == 0
    finally:
        store.close()


# --------------------------------------------------------------------------- extracted dates


def _extract_far_future(article: Article, registry: object) -> list[EventDraft]:
    sure = EventDraft("meeting_held", DateInterval("2025-12-20", "2025-12-20"), (Participant("A"),), summary="kept")
    far = EventDraft("meeting_held", DateInterval("2200-01-01", "2200-01-01", raw="in 2200"), (Participant("B"),), summary="far")
    return [sure, far]


def test_extracted_dates_out_of_range_are_cleared_with_a_warning(tmp_path: Path, _isolated_db: Path) -> None:
    from tracker.store import open_store

    f = tmp_path / "a.txt"
    f.write_text(f"---\npublished: 2025-12-21\nlang: en\n---\n{TEXT}\n")
    store = open_store(str(_isolated_db))
    try:
        report = ingest_paths(store, [f], extract=_extract_far_future, version="t", registry=object())
        [result] = report.results
        dates = {d.summary: d.date for d in result.drafts}
        assert dates["kept"].start == "2025-12-20"
        assert dates["far"].precision == "unknown" and dates["far"].start is None and dates["far"].raw == "in 2200"
        assert any("2200-01-01" in w and "out of range" in w for w in result.warnings)
        stored = [e.payload["date"] for e in store.read() if "date" in e.payload]  # article_recorded entries have none
        assert len(stored) == 2
        assert all(d["start"] in (None, "2025-12-20") for d in stored)
    finally:
        store.close()


# --------------------------------------------------------------------------- display and export of extreme dates


def test_check_date_bounds() -> None:
    assert check_date(dt.date(MIN_YEAR, 1, 1)) and check_date(dt.date(MAX_YEAR, 12, 31))
    with pytest.raises(ValidationError):
        check_date(dt.date(MAX_YEAR + 1, 1, 1))


def test_last_day_of_the_last_month_does_not_overflow() -> None:
    assert last_day("9999-12") == dt.date(9999, 12, 31)
    assert date_label(DateInterval("9999-12", "9999-12", "month")) == "Dec 9999"
    assert date_label(DateInterval("0001-01-01", "9999-12-31", "day")) == "0001-01-01 – 9999-12-31"


def _entry(start: str, end: str, precision: str = "day") -> dict:
    return {
        "id": "01a00000-0000-7000-8000-000000000009", "type": "meeting_held", "modality": "occurred",
        "start": start, "end": end, "precision": precision, "resolution": "explicit", "date_label": start,
        "participants": [{"name": "A", "side": "US", "role": "participant"}], "location": None, "tracks": [],
        "summary": "far", "independent_sources": 1,
        "sources": [{"article_id": "a" * 64, "url": "https://example.org/a", "published": "2025-12-21",
                     "evidence": "x", "span": [0, 1]}],
    }


@pytest.mark.parametrize("fmt", sorted(export.EXPORTERS))
@pytest.mark.parametrize("start, end, precision", [("9999-12-31", "9999-12-31", "day"), ("9999-12", "9999-12", "month"),
                                                   ("0001-01-01", "0001-01-01", "day"), ("9999", "9999", "year")])
def test_every_exporter_survives_extreme_dates(fmt: str, start: str, end: str, precision: str) -> None:
    text = export.render(fmt, [_entry(start, end, precision)], {})
    assert text
    if fmt == "ics":
        [vevent] = Calendar.from_ical(text).walk("VEVENT")
        assert vevent.decoded("dtstart").year == int(start[:4])
