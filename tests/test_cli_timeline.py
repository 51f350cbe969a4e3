"""`tracker timeline`, `tracks`, `assign`, `merge`, `split`, `projections`, `export` and `sql`
through the command line: output, exact error texts, exit codes, nothing changed on error."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.events import DateInterval, EventDraft, Participant
from tracker.resources import seeds_dir
from tracker.app.recording import record
from tracker.store import NewEntry, open_store

SEED = seeds_dir() / "articles" / "2025-12-21-rt-france-miami.txt"

SECOND = """---
title: "Russian envoy Dmitriev wraps up Miami talks with Trump team"
published: 2025-12-21
lang: en
source: Example Wire
url: https://wire.example.com/2025/12/21/dmitriev-miami
---
Russian envoy Kirill Dmitriev held talks with US special envoy Steve Witkoff and Jared Kushner in Miami on Saturday and Sunday, both sides said.
"""


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[│╭╮╰╯─]", " ", text)).strip()


def timeline_json(*args: str) -> list[dict[str, Any]]:
    result = run("timeline", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["events"]


def head() -> int:
    with open_store() as store:
        return store.head()


def add(summary: str, people: tuple[Participant, ...], start: str = "2025-12-20") -> str:
    d = EventDraft(type="meeting_held", date=DateInterval.from_user(start), participants=people, summary=summary)
    with open_store() as store:
        return record(store, [NewEntry(d.type, d.to_payload(), "user:test")]).event_ids[0]


W = Participant("Steve Witkoff", "US", "participant", "witkoff")
D = Participant("Kirill Dmitriev", "RU", "participant", "dmitriev")


@pytest.fixture
def seeded() -> list[dict[str, Any]]:
    result = run("ingest", str(SEED))
    assert result.exit_code == 0, result.output
    return timeline_json()


# --------------------------------------------------------------------------- the seed article


def test_seed_article_timeline(seeded):
    tracks = {t for e in seeded for t in e["tracks"]}
    assert {"US-RU", "US-UA-EU"} <= tracks
    starts = [e["start"] for e in seeded if e["start"]]
    assert starts == sorted(starts, key=lambda s: s[:7])  # chronological
    alaska = [e for e in seeded if e["type"] == "meeting_held" and e["location"] and "Alaska" in e["location"]["name"]]
    assert len(alaska) == 1
    assert (alaska[0]["start"], alaska[0]["precision"], alaska[0]["date_label"]) == ("2025-08", "month", "Aug 2025")
    assert alaska[0]["tracks"] == ["US-RU"]
    table = run("timeline", "US-RU", "--format", "table").stdout
    assert "Aug 2025" in table and "~2025-12-21 (reported)" in table
    assert "US-UA-EU" not in table


def test_second_article_about_the_same_meeting_adds_a_source(seeded, tmp_path):
    miami = [e for e in seeded if e["type"] == "meeting_held" and e["start"] == "2025-12-20"]
    assert len(miami) == 1 and miami[0]["independent_sources"] == 1
    path = tmp_path / "second.txt"
    path.write_text(SECOND, encoding="utf-8")
    assert run("ingest", str(path)).exit_code == 0
    after = timeline_json()
    again = [e for e in after if e["type"] == "meeting_held" and e["start"] == "2025-12-20"]
    assert len(again) == 1
    assert again[0]["id"] == miami[0]["id"]
    assert again[0]["independent_sources"] == 2
    assert "https://wire.example.com/2025/12/21/dmitriev-miami" in {s["url"] for s in again[0]["sources"]}
    assert len(after) == len(seeded)


def test_tracks_command(seeded):
    result = run("tracks", "--format", "csv")
    assert result.exit_code == 0
    rows = {r["track"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert int(rows["US-RU"]["entries"]) >= 3
    assert rows["US-RU"]["first"] == "2025-08"
    assert rows["RU-UA-TR"]["entries"] == "0"
    assert rows["US-UA-EU"]["name"] == "US–Ukraine–Europe talks"


# --------------------------------------------------------------------------- corrections


def test_assign_unknown_track_changes_nothing():
    eid = add("Miami", (W, D))
    before = head()
    result = run("assign", eid, "XX")
    assert result.exit_code == 1
    assert result.stderr == "Error: unknown track 'XX'\n"
    assert head() == before


def test_assign_moves_the_entry():
    eid = add("Miami", (W, D))
    result = run("assign", eid[:30], "ru-ua", "--reason", "about Ukraine")
    assert result.exit_code == 0, result.output
    assert "Assigned" in result.stderr and "RU-UA" in result.stderr
    assert [e["id"] for e in timeline_json("RU-UA")] == [eid]
    assert timeline_json("US-RU") == []
    again = run("assign", eid, "RU-UA")
    assert again.exit_code == 1 and "already assigned" in again.stderr


def test_unknown_event_ids():
    result = run("split", "0000aaaa")
    assert result.exit_code == 1 and result.stderr == "Error: no event with id 0000aaaa\n"
    result = run("assign", "zz", "US-RU")
    assert result.exit_code == 1 and "invalid event id" in result.stderr
    result = run("merge", "0000aaaa", "0000bbbb")
    assert result.exit_code == 1 and result.stderr.startswith("Error: no event with id")


def test_merge_and_split():
    a = add("Miami day one", (W, D))
    b = add("Talks in Florida", (W, D), start="2025-12-25")
    assert len(timeline_json()) == 2
    result = run("merge", a, b, "--reason", "same talks")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == a
    merged = timeline_json()
    assert len(merged) == 1 and merged[0]["date_label"] == "2025-12-20"
    again = run("merge", a, b)
    assert again.exit_code == 1 and "already one timeline entry" in again.stderr
    assert run("split", b, "--reason", "different").exit_code == 0
    assert len(timeline_json()) == 2
    alone = run("split", b)
    assert alone.exit_code == 1 and "already stands alone" in alone.stderr
    usage = run("merge", a)
    assert usage.exit_code == 2


def test_projections_status_and_rebuild():
    add("Miami", (W, D))
    result = run("projections", "status", "--format", "json")
    assert result.exit_code == 0
    rows = {r["name"]: r for r in json.loads(result.stdout)}
    assert rows["timeline"]["behind"] == 0 and rows["timeline"]["head"] == 2  # 1: the track definition
    before = timeline_json()
    result = run("projections", "rebuild", "timeline")
    assert result.exit_code == 0 and "Rebuilt timeline up to position 2" in result.stderr
    assert timeline_json() == before
    bad = run("projections", "rebuild", "nope")
    assert bad.exit_code == 1 and "unknown projection 'nope'" in bad.stderr


# --------------------------------------------------------------------------- as-of


def test_as_of():
    a = add("first", (W, D))
    add("second", (W, D), start="2025-08-01")
    assert [e["id"] for e in timeline_json("--as-of", "2")] == [a]  # 1: the seeded track definition
    result = run("timeline", "--as-of", "soon")
    assert result.exit_code == 1
    assert plain(result.stderr).startswith("Error: invalid as-of value 'soon': expected a log position")
    assert len(timeline_json()) == 2


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt, marker", [("md", "# Negotiation timeline"), ("json", '"events"'), ("csv", "id,date"),
                                         ("html", "<!DOCTYPE html>"), ("ics", "BEGIN:VCALENDAR"),
                                         ("timelinejs", '"unique_id"')])
def test_export_formats_to_file(tmp_path, fmt, marker):
    add("Miami", (W, D))
    out = tmp_path / f"out.{fmt}"
    result = run("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert marker in out.read_text(encoding="utf-8")
    assert result.stdout == ""
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_json_to_stdout_by_track():
    add("Miami", (W, D))
    add("Kyiv", (W, Participant("Rustem Umerov", "UA")))
    doc = json.loads(run("export", "--format", "json", "--track", "US-UA").stdout)
    assert [e["summary"] for e in doc["events"]] == ["Kyiv"]
    assert doc["events"][0]["tracks"] == ["US-UA"]


def test_export_errors_write_nothing(tmp_path):
    add("Miami", (W, D))
    target = tmp_path / "missing" / "out.html"
    result = run("export", "--format", "html", "-o", str(target))
    assert result.exit_code == 1 and "does not exist" in result.stderr
    bad = run("export", "--format", "pdf")
    assert bad.exit_code == 2
    unknown = run("export", "--format", "md", "--track", "XX", "-o", str(tmp_path / "x.md"))
    assert unknown.exit_code == 1 and unknown.stderr == "Error: unknown track 'XX'\n"
    assert not (tmp_path / "x.md").exists()


# --------------------------------------------------------------------------- sql


def test_sql_reads_and_refuses_writes():
    add("Miami", (W, D))
    result = run("sql", "SELECT track, type FROM v_timeline", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["track,type", "US-RU,meeting_held"]
    before = head()
    refused = run("sql", "DELETE FROM log")
    assert refused.exit_code == 1
    assert refused.stderr == "Error: refused: DELETE log is not allowed; tracker sql only reads\n"
    attach = run("sql", "ATTACH DATABASE 'x.db' AS x")
    assert attach.exit_code == 1 and "ATTACH" in attach.stderr
    slow = run("sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c",
               "--timeout", "0.3")
    assert slow.exit_code == 1 and "time limit" in slow.stderr
    assert head() == before
    capped = run("sql", "SELECT * FROM log", "--limit", "1", "--format", "json")
    assert capped.exit_code == 0 and len(json.loads(capped.stdout)) == 1


def test_sql_on_missing_store_creates_nothing(tmp_path):
    target = tmp_path / "none.sqlite3"
    result = run("--db", str(target), "sql", "SELECT 1")
    assert result.exit_code == 1 and "no tracker store" in result.stderr
    assert not target.exists()


def test_timeline_formats():
    add("Miami", (W, D))
    add("Alaska", (W, D), start="2025-08")
    md = run("timeline", "--format", "md")
    assert md.exit_code == 0 and "## US–Russia talks (US-RU)" in md.stdout
    assert md.stdout.index("Aug 2025") < md.stdout.index("2025-12-20")
    rows = list(csv.DictReader(io.StringIO(run("timeline", "US-RU", "--format", "csv").stdout)))
    assert [r["date"] for r in rows] == ["Aug 2025", "2025-12-20"]
    assert [r["tracks"] for r in rows] == ["US-RU", "US-RU"]
    bad = run("timeline", "--format", "xml")
    assert bad.exit_code == 2


def test_database_failure_is_one_error_line(_isolated_db: Path) -> None:
    """A driver error inside a command (here: a read-model table gone) is worded once, exit 1."""
    import sqlite3

    assert run("db", "upgrade").exit_code == 0
    conn = sqlite3.connect(_isolated_db)
    conn.execute("DROP TABLE timeline_entry_tracks")
    conn.commit()
    conn.close()
    result = run("tracks", "-f", "json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: database error on {_isolated_db}: ")
    assert "timeline_entry_tracks" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
