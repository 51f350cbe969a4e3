"""The fault and hostile-input table (issue 7): every probe runs through the command line on
SQLite and on PostgreSQL, checks its own outcome (clear message, exit code, nothing written),
and then checks that the store is still usable: ``verify`` passes, ``timeline`` and every
export work, and a normal ingest records a new article.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()
HEAD = "---\npublished: 2025-12-21\nlang: en\n---\n"
BODY = "Steve Witkoff met Kirill Dmitriev in Miami on Saturday to discuss the peace plan."


@dataclass
class Ctx:
    """One probe's world: the store (a SQLite path or a PostgreSQL URL) and a scratch folder."""

    db: str
    backend: str
    tmp: Path
    monkeypatch: pytest.MonkeyPatch

    def run(self, *args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args))

    def file(self, name: str, content: str) -> Path:
        path = self.tmp / name
        path.write_text(content, encoding="utf-8")
        return path

    def count(self, table: str = "log") -> int:
        url = self.db if "://" in self.db else f"sqlite:///{self.db}"
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
        finally:
            engine.dispose()

    def add(self) -> str:
        result = self.run("add", "meeting_held", "--start", "2025-12-20", "-p", "Steve Witkoff", "-p", "Kirill Dmitriev")
        assert result.exit_code == 0, result.output
        return result.stdout.strip()


def flat(text_: str) -> str:
    """Rich boxes and wrapping removed, for usage errors."""
    return " ".join(text_.replace("│", " ").replace("╭", " ").replace("╰", " ").split())


def refused(result, code: int, *needles: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in flat(result.stderr), (needle, result.stderr)


# --------------------------------------------------------------------------- probes


def bad_published_front_matter(c: Ctx) -> None:
    before = c.count()
    f = c.file("old.txt", "---\npublished: 0001-01-01\nlang: en\n---\n" + BODY)
    refused(c.run("ingest", "-f", "json", str(f)), 1, "out of range: years 1900 to 2100")
    assert c.count() == before and c.count("articles") == 0


def rfc_year_0001_in_jsonl(c: Ctx) -> None:
    f = c.file("a.jsonl", json.dumps({"text": BODY, "lang": "en", "published": "Mon, 01 Jan 0001 00:00:00 +0000"}) + "\n")
    refused(c.run("ingest", "-f", "json", str(f)), 1, "out of range")
    assert c.count("articles") == 0


def published_option_out_of_range(c: Ctx) -> None:
    f = c.file("a.txt", BODY)
    refused(c.run("ingest", "--lang", "en", "--published", "9999-12-31", str(f)), 2, "out of range")


def add_far_future(c: Ctx) -> None:
    before = c.count()
    refused(c.run("add", "meeting_held", "--start", "9999-12", "-p", "X"), 1, "out of range")
    refused(c.run("add", "meeting_held", "--start", "2025-01-01", "--end", "9999-12-31", "-p", "X"), 1, "out of range")
    assert c.count() == before


def amend_to_year_one(c: Ctx) -> None:
    event_id = c.add()
    before = c.count()
    refused(c.run("amend", event_id, "--reason", "r", "--start", "0001-01-01"), 1, "out of range")
    assert c.count() == before


def as_of_far_future(c: Ctx) -> None:
    refused(c.run("timeline", "--as-of", "9999-12-31"), 1, "as-of date 9999-12-31 is out of range")
    refused(c.run("export", "-f", "ics", "--as-of", "9999-12-31T23:59:59.999999"), 1, "out of range")


def extracted_date_out_of_range(c: Ctx) -> None:
    from tracker.app import ingest
    from tracker.events import DateInterval, EventDraft, Participant

    def far(article, registry):  # type: ignore[no-untyped-def]
        return [EventDraft("meeting_held", DateInterval("2250-03-01", "2250-03-01", raw="1 March 2250"),
                           (Participant("Steve Witkoff"),), summary="far")]

    c.monkeypatch.setattr(ingest, "default_extractor", lambda: (far, "t"))
    result = c.run("ingest", "-f", "json", str(c.file("far.txt", HEAD + BODY)))
    assert result.exit_code == 0, result.output
    assert "meeting_held dated 2250-03-01 is out of range" in result.stderr
    [row] = json.loads(result.stdout)
    assert row["start"] is None and row["precision"] == "unknown"


def extreme_date_already_in_the_store(c: Ctx) -> None:
    """A store written before the checks may hold 9999-12-31: exports must not overflow."""
    from tracker.events import DateInterval, EventDraft, Participant
    from tracker.projections.runner import catch_up
    from tracker.store import NewEntry, open_store

    draft = EventDraft("meeting_held", DateInterval("9999-12-31", "9999-12-31"), (Participant("Steve Witkoff"),),
                       summary="far", source_url="https://example.org/far")
    with open_store(c.db) as store:
        store.append([NewEntry("meeting_held", draft.to_payload(), "user:old")])
        catch_up(store)
    for fmt in ("ics", "md", "json", "csv", "html", "timelinejs"):
        result = c.run("export", "-f", fmt)
        assert result.exit_code == 0, (fmt, result.output)
    assert "DTSTART;VALUE=DATE:99991231" in c.run("export", "-f", "ics").stdout


def catch_up_fails_after_commit(c: Ctx) -> None:
    from tracker.projections import runner as projections_runner

    real = projections_runner.catch_up

    def failing(store, names=None):  # type: ignore[no-untyped-def]
        if names is None:
            raise OverflowError("date value out of range")
        return real(store, names)

    c.monkeypatch.setattr(projections_runner, "catch_up", failing)
    before = c.count()
    result = c.run("add", "visit", "--start", "2025-12-21", "-p", "X")
    assert result.exit_code == 0 and len(result.stdout.strip()) == 36, result.output
    assert result.stderr.startswith("Warning: recorded, but the read models are not up to date")
    assert c.count() == before + 2  # the event and the track definition a new store is seeded with
    c.monkeypatch.setattr(projections_runner, "catch_up", real)


def lock_timeout_before_commit(c: Ctx) -> None:
    c.add()
    before = c.count()
    if c.backend == "sqlite":
        holder = sqlite3.connect(c.db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            result = c.run("--lock-timeout", "0.3", "add", "visit", "--start", "2025-12-21", "-p", "X")
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    else:
        engine = create_engine(c.db)
        try:
            with engine.connect() as conn:
                conn.execute(text("LOCK TABLE log IN EXCLUSIVE MODE"))
                result = c.run("--lock-timeout", "0.3", "add", "visit", "--start", "2025-12-21", "-p", "X")
                conn.rollback()
        finally:
            engine.dispose()
    refused(result, 1, "the store is busy", "--lock-timeout", "TRACKER_LOCK_TIMEOUT")
    assert result.stdout == "" and c.count() == before


def oversized_article(c: Ctx) -> None:
    c.monkeypatch.setenv("TRACKER_MAX_ARTICLE_BYTES", "4000")
    f = c.file("big.txt", HEAD + (BODY + " ") * 80)
    refused(c.run("ingest", "-f", "json", str(f)), 1, "over the limit of 4 KB per article")
    assert c.count("articles") == 0
    c.monkeypatch.delenv("TRACKER_MAX_ARTICLE_BYTES")


def too_many_events(c: Ctx) -> None:
    c.monkeypatch.setenv("TRACKER_MAX_EVENTS_PER_ARTICLE", "1")
    f = c.file("many.txt", HEAD + BODY + " Later Witkoff called Dmitriev on Sunday. Rubio met Lavrov in Riyadh on Monday.")
    result = c.run("ingest", "-f", "json", str(f))
    refused(result, 1, "per article (TRACKER_MAX_EVENTS_PER_ARTICLE); nothing recorded")
    assert c.count() == 0 and c.count("articles") == 0
    c.monkeypatch.delenv("TRACKER_MAX_EVENTS_PER_ARTICLE")


def hostile_links(c: Ctx) -> None:
    f = c.file("a.txt", HEAD + BODY)
    refused(c.run("ingest", "--url", "javascript:alert(1)", str(f)), 2, "expected http:// or https://")
    fm = c.file("fm.txt", "---\nurl: javascript:alert(1)\nlang: en\npublished: 2025-12-21\n---\n" + BODY)
    refused(c.run("ingest", "-f", "json", str(fm)), 1, "invalid url 'javascript:alert(1)'")
    jl = c.file("a.jsonl", json.dumps({"text": BODY, "lang": "en", "url": "data:text/html,x"}) + "\n")
    refused(c.run("ingest", "-f", "json", str(jl)), 1, "expected http:// or https://")
    refused(c.run("add", "visit", "--start", "2025", "-p", "X", "--source", "javascript:x"), 1, "expected http://")
    assert c.count("articles") == 0


def hostile_text_in_exports(c: Ctx) -> None:
    result = c.run("add", "meeting_held", "--start", "2025-12-20", "-p", "X", "--summary", "<script>alert(1)</script> [x](javascript:y)")
    assert result.exit_code == 0
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(c.run("export", "-f", "md").stdout)
    assert "<script>" not in html and 'href="javascript' not in html and "&lt;script&gt;" in html
    assert "javascript:" not in c.run("export", "-f", "timelinejs").stdout.replace("(javascript:y)", "")


def mistyped_db_path(c: Ctx) -> None:
    missing = c.tmp / "typo.sqlite3"
    refused(c.run("--db", str(missing), "timeline"), 1, f"no tracker store at {missing}")
    assert not missing.exists()


def global_option_after_command(c: Ctx) -> None:
    c.add()
    result = c.run("list", "--format", "json", "--db", c.db)
    assert result.exit_code == 0 and len(json.loads(result.stdout)) >= 1


def bad_format_and_backend(c: Ctx) -> None:
    refused(c.run("export", "--format", "pdf"), 2, "'pdf' is not a format: choose md, json, csv, html, ics, timelinejs")
    refused(c.run("--db", "mysql://u@localhost/t", "list"), 1, "unsupported database", "SQLite", "PostgreSQL")


def full_disk_on_stdout(c: Ctx) -> None:
    f = c.file("full.txt", HEAD + BODY + " They met again on Sunday.")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-c", "from tracker.cli import main; main()", "--db", c.db,
                               "ingest", "-f", "json", str(f)], stdout=full, stderr=subprocess.PIPE, text=True, timeout=300)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "Error: cannot write the output: No space left on device" in done.stderr


def navigation_only_page(c: Ctx) -> None:
    page = c.file("nav.html", "<html><head><title>Site</title></head><body><nav>Home Login</nav>"
                              "<main><p>Home Login Register About Contact</p></main></body></html>")
    refused(c.run("ingest", "--lang", "en", str(page)), 1, "no article text")
    assert c.count("articles") == 0


def zero_width_names(c: Ctx) -> None:
    f = c.file("zw.txt", HEAD + "Sergei Lav\u200brov met Marco Ru\u00adbio in Riyadh on Tuesday to discuss the war.")
    result = c.run("ingest", "-f", "json", str(f))
    assert result.exit_code == 0, result.output
    names = [p for row in json.loads(result.stdout) for p in row["participants"]]
    assert any(p.startswith("Sergei Lavrov") for p in names) and not any(p.startswith("Sergei Lav ") for p in names)


PROBES: dict[str, Callable[[Ctx], None]] = {p.__name__: p for p in (
    bad_published_front_matter, rfc_year_0001_in_jsonl, published_option_out_of_range, add_far_future,
    amend_to_year_one, as_of_far_future, extracted_date_out_of_range, extreme_date_already_in_the_store,
    catch_up_fails_after_commit, lock_timeout_before_commit, oversized_article, too_many_events, hostile_links,
    hostile_text_in_exports, mistyped_db_path, global_option_after_command, bad_format_and_backend,
    full_disk_on_stdout, navigation_only_page, zero_width_names,
)}


# --------------------------------------------------------------------------- the table


@pytest.fixture(params=["sqlite", "postgresql"])
def ctx(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ctx:
    db = str(tmp_path / "store.sqlite3") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    monkeypatch.setenv("TRACKER_DB", db)
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
    return Ctx(db=db, backend=request.param, tmp=tmp_path, monkeypatch=monkeypatch)


def assert_usable(c: Ctx) -> None:
    verified = c.run("verify")
    assert verified.exit_code == 0 and "chain intact" in verified.stdout, verified.output
    assert c.run("timeline", "--format", "json").exit_code == 0
    for fmt in ("md", "json", "csv", "html", "ics", "timelinejs"):
        result = c.run("export", "-f", fmt)
        assert result.exit_code == 0, (fmt, result.output)
    normal = c.file("normal-after.txt", HEAD + "Marco Rubio met Andrii Yermak in Geneva on Sunday to discuss the plan.")
    ingested = c.run("ingest", "-f", "json", str(normal))
    assert ingested.exit_code == 0 and "Recorded 1 article" in ingested.stderr, ingested.output


@pytest.mark.parametrize("probe", sorted(PROBES))
def test_probe_leaves_a_usable_store(ctx: Ctx, probe: str) -> None:
    PROBES[probe](ctx)
    assert_usable(ctx)
