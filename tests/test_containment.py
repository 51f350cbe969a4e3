"""Bad data is contained in the read models: an entry a projection cannot apply is quarantined
(visible in ``projections status`` and ``verify``) and the projection goes on; extreme dates
never crash catch-up, rebuild or the ``--as-of`` view. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tracker.articles import Article
from tracker.cli import app
from tracker.events import DateInterval, EventDraft, Evidence, Location, Participant, last_day
from tracker.projections.runner import catch_up, quarantined, rebuild, status
from tracker.projections.timeline.tables import timeline_entries
from tracker.store import NewEntry, Store, open_store
from tracker.errors import ValidationError
from tracker.app.timeline import load_timeline
from tracker.projections.timeline.asof import AsOf, parse_as_of


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
        url = request.getfixturevalue("pg_url")
    else:
        url = str(tmp_path / "c.sqlite3")
    s = open_store(url)
    yield s
    s.close()


def meeting(summary: str, date: DateInterval, article_id: str | None = None) -> EventDraft:
    return EventDraft(
        type="meeting_held",
        date=date,
        participants=(Participant("Steve Witkoff", "US", actor_id="witkoff"),
                      Participant("Kirill Dmitriev", "RU", actor_id="dmitriev")),
        location=Location("Miami", "US"),
        summary=summary,
        evidence=(Evidence(article_id, "They met.", (0, 9)),) if article_id else (),
    )


def year_one_article() -> tuple[Article, NewEntry]:
    """An article dated 0001-01-01 whose event only copies that date (publication fallback):
    its matching window reaches seven days before the first representable day."""
    art = Article(text="A report dated in year one.", lang="en", published=dt.date(1, 1, 1),
                  url="https://example.org/year-one", source="Old Gazette")
    date = DateInterval("0001-01-01", "0001-01-01", "day", raw=None, resolution="publication_fallback")
    draft = meeting("talks in year one", date, art.id)
    return art, NewEntry(draft.type, draft.to_payload(), "test", article_id=art.id)


def plain(summary: str, day: str = "2025-12-20") -> NewEntry:
    """A hand-added meeting; the interval is built as stored, without the edge checks of user
    input, as a store written before those checks may hold it."""
    precision = {10: "day", 7: "month", 4: "year"}[len(day)]
    draft = meeting(summary, DateInterval(day, day, precision))
    return NewEntry(draft.type, draft.to_payload(), "user:test")


def summaries(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(select(timeline_entries.c.summary)).scalars())


def test_year_one_publication_date_never_breaks_the_timeline(store: Store) -> None:
    art, entry = year_one_article()
    store.append([entry], article=art)
    store.append([plain("later talks")])
    # positions: the occurrence, its article's article_recorded entry, the later talks
    assert catch_up(store)["timeline"] == 3
    assert summaries(store) == ["later talks", "talks in year one"]
    assert rebuild(store)["timeline"] == 3
    assert summaries(store) == ["later talks", "talks in year one"]
    entries, _ = load_timeline(store, as_of=AsOf(before=dt.datetime.max.replace(tzinfo=dt.timezone.utc)))
    assert sorted(e["summary"] for e in entries) == ["later talks", "talks in year one"]
    assert quarantined(store) == []


def test_december_9999_and_extreme_as_of(store: Store) -> None:
    assert last_day("9999-12") == dt.date(9999, 12, 31)
    store.append([plain("far future", "9999-12"), plain("first day", "0001-01")])
    catch_up(store)
    assert summaries(store) == ["far future", "first day"]
    for text in ("9999-12-31", "9999-12-31T23:59:59.999999", "0001-01-01T00:00+05:00", "0001-01-01"):
        with pytest.raises(ValidationError, match="out of range"):  # refused at the edge
            parse_as_of(text)
    # and the replay itself survives the extreme instants a library caller may hand it
    utc = dt.timezone.utc
    for moment in (dt.datetime.max.replace(tzinfo=utc), dt.datetime.min.replace(tzinfo=utc)):
        load_timeline(store, as_of=AsOf(before=moment, text=str(moment)))  # no OverflowError
    entries, _ = load_timeline(store, as_of=AsOf(before=dt.datetime.min.replace(tzinfo=utc), text="start"))
    assert entries == []


def test_an_entry_a_read_model_cannot_apply_is_quarantined_and_the_rest_goes_on(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.projections.timeline.apply as timeline

    real = timeline.entry_rows

    def fragile(members, *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(m.draft.summary == "poison" for m in members):
            raise ValueError("cannot apply this one")
        return real(members, *args, **kwargs)

    monkeypatch.setattr(timeline, "entry_rows", fragile)
    store.append([plain("before", "2025-01-05")])
    bad = store.append([plain("poison", "2025-03-05")]).positions[0]
    store.append([plain("after", "2025-06-05")])
    assert catch_up(store) == {"events": 3, "review": 3, "timeline": 3}
    assert summaries(store) == ["after", "before"]
    [row] = quarantined(store)
    assert (row["projection"], row["position"], row["event_type"]) == ("timeline", bad, "meeting_held")
    assert row["error"] == "ValueError: cannot apply this one"
    assert {s["name"]: (s["behind"], s["quarantined"]) for s in status(store)} == {
        "events": (0, 0), "review": (0, 0), "timeline": (0, 1)}
    # a rebuild quarantines it again (not twice), and the as-of view skips it too
    rebuild(store)
    assert [r["position"] for r in quarantined(store)] == [bad]
    assert summaries(store) == ["after", "before"]
    entries, _ = load_timeline(store, as_of=parse_as_of(str(store.head())))
    assert sorted(e["summary"] for e in entries) == ["after", "before"]
    # once the code is fixed, a rebuild applies it and the quarantine is empty
    monkeypatch.setattr(timeline, "entry_rows", real)
    rebuild(store)
    assert summaries(store) == ["after", "before", "poison"]
    assert quarantined(store) == []


def test_cli_status_and_verify_report_quarantine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.projections.timeline.apply as timeline

    db = str(tmp_path / "cli.sqlite3")
    monkeypatch.setenv("TRACKER_DB", db)
    real = timeline.entry_rows
    monkeypatch.setattr(timeline, "entry_rows", lambda members, *a, **k: (_ for _ in ()).throw(
        ValueError("broken")) if members[0].draft.summary == "poison" else real(members, *a, **k))
    with open_store(db) as s:
        s.append([plain("poison")])
        catch_up(s)
    runner = CliRunner()
    result = runner.invoke(app, ["projections", "status", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "name,position,head,behind,quarantined" in result.stdout
    assert "timeline,1,1,0,1" in result.stdout
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 0
    assert re.search(r"warning: read model timeline quarantined position 1 \(meeting_held [0-9a-f-]+\): "
                     r"ValueError: broken", result.stderr)
