"""The log commands through typer's CliRunner: output, exact error texts, exit codes, and
nothing written on bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.stderr + result.stdout
    return result.stdout


def add(*args: str) -> str:
    out = ok("add", *args)
    assert out.count("\n") == 1
    return out.strip()


def events_json(*args: str) -> list[dict]:
    return json.loads(ok("list", "--format", "json", *args))


# --------------------------------------------------------------------------- add and list


def test_add_prints_id_and_list_shows_event(_isolated_db: Path) -> None:
    eid = add("meeting_held", "--start", "2025-12-20", "--participant", "Steve Witkoff:US",
              "--participant", "Kirill Dmitriev:RU", "--location", "Miami:US", "--summary", "Talks in Miami",
              "--source", "https://example.org/a")
    assert len(eid) == 36
    [event] = events_json()
    assert event["id"] == eid
    assert (event["type"], event["modality"], event["start"], event["end"], event["precision"]) == (
        "meeting_held", "occurred", "2025-12-20", "2025-12-20", "day")
    assert [(p["name"], p["side"]) for p in event["participants"]] == [("Steve Witkoff", "US"), ("Kirill Dmitriev", "RU")]
    assert event["location"] == {"name": "Miami", "country": "US"}
    assert event["summary"] == "Talks in Miami"
    assert event["recorded_by"].startswith("user:")
    shown = json.loads(ok("show", eid[:18], "--format", "json"))
    assert shown["source_url"] == "https://example.org/a"
    assert shown["corrections"] == []


def test_add_month_and_year_dates_and_ranges() -> None:
    add("meeting_planned", "--start", "2026-01", "--modality", "planned", "-p", "A:US")
    add("visit", "--start", "2025", "-p", "B:UA")
    add("meeting_held", "--start", "2025-12-01", "--end", "2025-12-02", "-p", "C:RU")
    got = {e["type"]: (e["start"], e["end"], e["precision"], e["modality"]) for e in events_json()}
    assert got == {
        "meeting_planned": ("2026-01", "2026-01", "month", "planned"),
        "visit": ("2025", "2025", "year", "occurred"),
        "meeting_held": ("2025-12-01", "2025-12-02", "day", "occurred"),
    }


def test_participants_resolved_through_registry() -> None:
    add("phone_call", "--start", "2025-12-20", "-p", "Poutine", "-p", "Nobody Known")
    [event] = events_json()
    putin, other = event["participants"]
    assert (putin["name"], putin["side"], putin["resolved"]) == ("Vladimir Putin", "RU", True)
    assert (other["name"], other["side"], other["resolved"], other["actor_id"]) == (
        "Nobody Known", None, False, "unresolved:nobody-known")


def test_list_filters_and_formats() -> None:
    a = add("meeting_held", "--start", "2025-12-20", "-p", "Steve Witkoff:US", "-p", "Kirill Dmitriev:RU")
    b = add("phone_call", "--start", "2025-11-05", "-p", "Rustem Umerov:UA")
    c = add("meeting_planned", "--start", "2026-01", "--modality", "planned", "-p", "Steve Witkoff:US")
    assert [e["id"] for e in events_json()] == [b, a, c]  # date order
    assert [e["id"] for e in events_json("--type", "phone_call")] == [b]
    assert [e["id"] for e in events_json("--actor", "witkoff")] == [a, c]
    assert [e["id"] for e in events_json("--actor", "UA")] == [b]
    assert [e["id"] for e in events_json("--since", "2025-12")] == [a, c]
    assert [e["id"] for e in events_json("--until", "2025-12-19")] == [b]
    assert [e["id"] for e in events_json("--since", "2025-12-01", "--until", "2025-12-31")] == [a]
    assert [e["id"] for e in events_json("--limit", "1")] == [b]
    csv_out = ok("list", "--format", "csv", "--type", "meeting_held").splitlines()
    assert csv_out[0] == "id,type,modality,start,end,participants,location,summary,review"
    assert csv_out[1].startswith(f"{a},meeting_held,occurred,2025-12-20,2025-12-20,Steve Witkoff (US); Kirill Dmitriev (RU),")
    table = ok("list", "--format", "table").splitlines()
    assert table[0].split()[:3] == ["ID", "TYPE", "MODALITY"] and len(table) == 4


def test_list_rejects_bad_filters() -> None:
    result = run("list", "--type", "meeting")
    assert (result.exit_code, result.stderr) == (1, "Error: unknown event type 'meeting': expected one of meeting_held, "
                                                   "statement_issued, report_to_leader, meeting_planned, phone_call, "
                                                   "visit, proposal_presented, proposal_rejected, agreement_reached\n")
    result = run("list", "--since", "yesterday")
    assert (result.exit_code, result.stderr) == (1, "Error: invalid date 'yesterday': expected YYYY-MM-DD, YYYY-MM or YYYY\n")
    assert run("list", "--limit", "-1").exit_code == 2


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("args, message", [
    (["meeting", "--start", "2025-12-20", "-p", "X"],
     "Error: unknown event type 'meeting': expected one of meeting_held, statement_issued, report_to_leader, "
     "meeting_planned, phone_call, visit, proposal_presented, proposal_rejected, agreement_reached"),
    (["meeting_held", "--start", "20/12/2025", "-p", "X"],
     "Error: invalid date '20/12/2025': expected YYYY-MM-DD, YYYY-MM or YYYY"),
    (["meeting_held", "--start", "2025-02-30", "-p", "X"], "Error: invalid date '2025-02-30': no such day or month"),
    (["meeting_held", "--start", "2025-12-20", "--end", "2025-12-19", "-p", "X"],
     "Error: end date 2025-12-19 is before start date 2025-12-20"),
    (["meeting_held", "--start", "2025-12-20", "--modality", "rumoured", "-p", "X"],
     "Error: unknown modality 'rumoured': expected one of occurred, planned, possible, denied"),
    (["meeting_held", "--start", "2025-12-20", "-p", " "], "Error: participant name must not be empty (got ' ')"),
    (["meeting_held", "--start", "2025-12-20", "-p", ":RU"], "Error: participant name must not be empty (got ':RU')"),
    (["meeting_held", "--start", "2025-12-20", "-p", "X", "--location", ""], "Error: location name must not be empty"),
    (["meeting_held", "--start", "2025-12-20", "-p", "X", "--source", "example.org/a"],
     "Error: invalid source URL 'example.org/a': expected http:// or https://"),
])
def test_add_bad_input_writes_nothing(_isolated_db: Path, args: list[str], message: str) -> None:
    result = run("add", *args)
    assert (result.exit_code, result.stderr, result.stdout) == (1, message + "\n", "")
    assert not _isolated_db.exists()


def test_add_usage_errors_exit_2(_isolated_db: Path) -> None:
    result = run("add", "meeting_held", "--start", "2025-12-20")
    assert result.exit_code == 2 and "Missing option '--participant'" in result.stderr
    assert run("add", "meeting_held", "-p", "X").exit_code == 2
    assert not _isolated_db.exists()


# --------------------------------------------------------------------------- show, retract, amend


def test_show_errors() -> None:
    a = add("meeting_held", "--start", "2025-12-20", "-p", "X:US")
    add("meeting_held", "--start", "2025-12-21", "-p", "Y:US")
    result = run("show", "ffff")
    assert (result.exit_code, result.stderr) == (1, "Error: no event with id ffff\n")
    result = run("show", "zz")
    assert (result.exit_code, result.stderr) == (1, "Error: invalid event id 'zz': expected hexadecimal digits\n")
    result = run("show", a[:4])
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: event id prefix {a[:4]} is ambiguous: it matches ")
    table = ok("show", a, "--format", "table")
    assert "meeting_held" in table and "X (US)" in table


def test_retract() -> None:
    a = add("meeting_held", "--start", "2025-12-20", "-p", "X:US")
    b = add("meeting_held", "--start", "2025-12-21", "-p", "Y:US")
    result = run("retract", a, "--reason", "duplicate of another report")
    assert result.exit_code == 0 and result.stderr == f"Retracted {a}\n"
    retraction_id = result.stdout.strip()
    assert [e["id"] for e in events_json()] == [b]
    assert [(e["id"], e["retracted"]) for e in events_json("--all")] == [(a, True), (b, False)]
    shown = json.loads(ok("show", a, "-f", "json"))
    assert (shown["retracted"], shown["retract_reason"]) == (True, "duplicate of another report")
    assert [c["event_id"] for c in shown["corrections"]] == [retraction_id]
    again = run("retract", a, "--reason", "x")
    assert (again.exit_code, again.stderr) == (1, f"Error: event {a} is already retracted\n")
    entry = json.loads(ok("show", retraction_id, "-f", "json"))["entry"]
    assert entry["event_type"] == "event_retracted" and entry["payload"]["target"] == a
    bad = run("retract", retraction_id, "--reason", "x")
    assert (bad.exit_code, bad.stderr) == (1, f"Error: {retraction_id} is a event_retracted entry, not an event "
                                              "that can be corrected\n")
    empty = run("retract", b, "--reason", "  ")
    assert (empty.exit_code, empty.stderr) == (1, "Error: a reason is required\n")


def test_amend() -> None:
    a = add("meeting_held", "--start", "2025-12-20", "-p", "X:US", "--location", "Miami:US", "--summary", "talks")
    result = run("amend", a[:20], "--start", "2025-12-02", "--end", "2025-12-03", "--location", "Moscow:RU",
                 "--modality", "occurred", "--reason", "wrong date and city")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Amended {a}: date, location\n"
    [event] = events_json()
    assert (event["start"], event["end"], event["location"], event["amendments"]) == (
        "2025-12-02", "2025-12-03", {"name": "Moscow", "country": "RU"}, 1)
    ok("amend", a, "--end", "2025-12-04", "--reason", "three days")
    ok("amend", a, "-p", "Y:UA", "-p", "Z:RU", "--summary", "new", "--reason", "people")
    [event] = events_json()
    assert (event["start"], event["end"], event["summary"]) == ("2025-12-02", "2025-12-04", "new")
    assert [p["name"] for p in event["participants"]] == ["Y", "Z"]
    shown = json.loads(ok("show", a, "-f", "json"))
    assert [c["payload"]["reason"] for c in shown["corrections"]] == ["wrong date and city", "three days", "people"]
    same = run("amend", a, "--summary", "new", "--reason", "x")
    assert (same.exit_code, same.stderr) == (1, "Error: nothing to amend: the new values equal the current ones\n")
    bad = run("amend", a, "--modality", "maybe", "--reason", "x")
    assert (bad.exit_code, bad.stderr) == (1, "Error: unknown modality 'maybe': expected one of occurred, planned, "
                                              "possible, denied\n")
    bad = run("amend", a, "--start", "2025-12-10", "--end", "2025-12-01", "--reason", "x")
    assert (bad.exit_code, bad.stderr) == (1, "Error: end date 2025-12-01 is before start date 2025-12-10\n")
    none = run("amend", a, "--reason", "x")
    assert (none.exit_code, none.stderr) == (1, "Error: nothing to amend: the new values equal the current ones\n")
    assert run("amend", a, "--summary", "y").exit_code == 2  # --reason is required
    ok("retract", a, "--reason", "gone")
    gone = run("amend", a, "--summary", "z", "--reason", "x")
    assert (gone.exit_code, gone.stderr) == (1, f"Error: event {a} is retracted; it cannot be amended\n")


# --------------------------------------------------------------------------- verify and db


def test_verify_ok_and_expect() -> None:
    add("meeting_held", "--start", "2025-12-20", "-p", "X:US")
    out = ok("verify").splitlines()
    assert out[0] == "2 entries checked, chain intact"  # the seeded track definition, the event
    head_hash = out[1].split()[-1]
    assert out[1] == f"head position 2 hash {head_hash}" and len(head_hash) == 64
    add("meeting_held", "--start", "2025-12-21", "-p", "Y:US")
    assert ok("verify", "--expect", head_hash).splitlines()[-1] == "kept hash found at position 2; 1 entries appended after it"
    missing = run("verify", "--expect", "ab" * 32)
    assert (missing.exit_code, missing.stderr) == (
        1, f"Error: hash {'ab' * 32} is not in the chain: the log was rewritten since it was kept\n")


def test_verify_reports_first_bad_position(_isolated_db: Path) -> None:
    for day in ("20", "21", "22"):
        add("meeting_held", "--start", f"2025-12-{day}", "-p", "X:US")
    raw = sqlite3.connect(_isolated_db)
    raw.execute("DROP TRIGGER log_no_update")
    raw.execute("UPDATE log SET recorded_by = 'user:mallory' WHERE position = 2")
    raw.commit()
    raw.close()
    result = run("verify")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("Error: chain broken at position 2: the entry does not match its hash "
                             "(it was changed after it was written)\n")


def test_not_a_store_is_refused_untouched(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello\n")
    for args in (["list"], ["add", "visit", "--start", "2025", "-p", "X"], ["verify"], ["db", "upgrade"], ["db", "status"]):
        result = run("--db", str(text_file), *args)
        assert (result.exit_code, result.stderr) == (1, f"Error: {text_file} is not a tracker store: it is not a SQLite database\n")
    assert text_file.read_text() == "hello\n"
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE t (x)")
    raw.close()
    before = foreign.read_bytes()
    result = run("--db", str(foreign), "list")
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {foreign} is not a tracker store: it has other tables (t) and no tracker schema version\n")
    assert foreign.read_bytes() == before


def test_newer_store_is_refused(_isolated_db: Path) -> None:
    add("visit", "--start", "2025", "-p", "X")
    with sqlite3.connect(_isolated_db) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00d'")
    raw.close()
    result = run("list")
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {_isolated_db} has schema revision f00d, which this tracker does not know; "
           "it was written by a newer tracker: upgrade tracker\n")


def test_db_upgrade_and_status(_isolated_db: Path) -> None:
    missing = run("db", "status")
    assert (missing.exit_code, missing.stderr) == (
        1, f"Error: no tracker store at {_isolated_db}: check --db or TRACKER_DB "
           "(commands that write, such as add and ingest, create a new store)\n")
    created = run("db", "upgrade")
    assert created.exit_code == 0 and created.stderr.startswith("Created store at revision ")
    again = run("db", "upgrade")
    assert again.exit_code == 0 and again.stderr.startswith("Already at revision ")
    add("visit", "--start", "2025", "-p", "X")
    rows = {r["name"]: r["value"] for r in json.loads(ok("db", "status", "--format", "json"))}
    assert rows["database"] == str(_isolated_db)
    assert rows["revision"] == rows["code revision"] and rows["up to date"] == "yes"
    assert rows["log head"] == 2 and rows["projection events"] == "position 2, 0 behind"


def test_db_option_beats_environment(tmp_path: Path, _isolated_db: Path) -> None:
    other = tmp_path / "other.sqlite3"
    ok("--db", str(other), "add", "visit", "--start", "2025", "-p", "X")
    assert other.exists() and not _isolated_db.exists()


@pytest.mark.postgres
def test_commands_on_postgres(pg_url: str) -> None:
    eid = ok("--db", pg_url, "add", "meeting_held", "--start", "2025-12-20", "-p", "X:US").strip()
    ok("--db", pg_url, "amend", eid, "--summary", "on postgres", "--reason", "test")
    [event] = json.loads(ok("--db", pg_url, "list", "-f", "json"))
    assert (event["id"], event["summary"]) == (eid, "on postgres")
    assert ok("--db", pg_url, "verify").startswith("3 entries checked, chain intact")


def test_help_does_not_import_heavy_libraries() -> None:
    import subprocess
    import sys

    probe = ("import sys; sys.argv = ['tracker', '--help']\n"
             "from tracker.cli import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "heavy = [m for m in ('sqlalchemy', 'alembic', 'dateparser', 'trafilatura', 'lingua') if m in sys.modules]\n"
             "print('HEAVY', heavy)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr
