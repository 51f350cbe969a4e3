"""The command line at its edges: missing stores, global options after the command, help and
choice wording, unsupported back ends, output that cannot be written, lock waits, and writes
whose read models could not catch up."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def add(*extra: str) -> str:
    result = run(*extra, "add", "meeting_held", "--start", "2025-12-20", "-p", "Steve Witkoff")
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def log_count(url_or_path: str) -> int:
    url = url_or_path if "://" in url_or_path else f"sqlite:///{url_or_path}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM log")).scalar_one())
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- missing stores and --db


@pytest.mark.parametrize("command", [["list"], ["show", "abc"], ["timeline"], ["tracks"], ["export", "-f", "json"],
                                     ["projections", "status"], ["verify"], ["db", "status"], ["sql", "select 1"]])
def test_read_commands_do_not_create_a_store(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo.sqlite3"
    result = run("--db", str(missing), *command)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: no tracker store at {missing}: check --db or TRACKER_DB")
    assert not missing.exists()


def test_write_commands_still_create_the_store(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    add("--db", str(path))
    assert path.exists() and log_count(str(path)) == 2  # the seeded track definition, the event


def test_global_options_work_after_the_command(tmp_path: Path, _isolated_db: Path) -> None:
    other = tmp_path / "other.sqlite3"
    result = run("add", "visit", "--start", "2025-12", "-p", "X", "--db", str(other), "--lock-timeout=5")
    assert result.exit_code == 0, result.output
    listed = json.loads(run("list", "--db", str(other), "--format", "json").stdout)
    assert [e["type"] for e in listed] == ["visit"]
    assert not _isolated_db.exists()
    # after "--", an argument spelled like the option is only an argument
    assert run("show", "--db", str(other), "--", "--db").exit_code == 1


# --------------------------------------------------------------------------- help and choices


@pytest.mark.parametrize("command", [["ingest"], ["actors", "add"], ["export"], ["add"], ["list"], ["amend"], ["merge"]])
def test_help_shows_no_python_types(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    for python_type in ("<bool>", "<str>", "<int>", "<float>", "<list[", "list[str]"):
        assert python_type not in result.stdout, (python_type, result.stdout)


@pytest.mark.parametrize("command, choices", [
    (["export", "--format", "pdf"], "'pdf' is not a format: choose md, json, csv, html, ics, timelinejs"),
    (["list", "--format", "pdf"], "'pdf' is not a format: choose table, json, csv"),
    (["timeline", "-f", "pdf"], "'pdf' is not a format: choose table, json, csv, md"),
    (["actors", "add", "X Y", "--side", "GB", "--kind", "alien"], "'alien' is not a kind: choose person, organisation"),
])
def test_bad_choice_is_a_plain_usage_error(command: list[str], choices: str, _isolated_db: Path) -> None:
    result = run(*command)
    assert result.exit_code == 2
    flat = " ".join(result.stderr.replace("│", " ").split())
    assert choices in flat and "Value error" not in flat
    assert not _isolated_db.exists()


@pytest.mark.parametrize("url", ["mysql://user@localhost/tracker", "oracle://x/y", "mongodb://h/d"])
def test_unsupported_backend_names_what_works(url: str) -> None:
    for command in (["list"], ["add", "visit", "--start", "2025", "-p", "X"]):
        result = run("--db", url, *command)
        assert result.exit_code == 1
        assert "unsupported database" in result.stderr
        assert "SQLite" in result.stderr and "PostgreSQL" in result.stderr and "MySQLdb" not in result.stderr


# --------------------------------------------------------------------------- output that cannot be written


def test_ingest_to_a_full_disk_ends_cleanly(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2025-12-21\nlang: en\n---\nSteve Witkoff met Kirill Dmitriev in Miami on Saturday.\n")
    db = tmp_path / "s.sqlite3"
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-c", "from tracker.cli import main; main()", "--db", str(db), "ingest", "-f", "json", str(article)],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=300,
        )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "Error: cannot write the output: No space left on device" in done.stderr


def test_closed_pipe_during_output_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    add()
    import tracker.cli.output as output

    def broken(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(output, "write_rows", broken)
    result = run("list", "--format", "json")
    assert result.exit_code == 1
    assert result.stderr == "Error: cannot write the output: Broken pipe\n"


# --------------------------------------------------------------------------- lock waits


def test_sqlite_lock_timeout_is_named_and_writes_nothing(_isolated_db: Path) -> None:
    add()
    holder = sqlite3.connect(_isolated_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run("--lock-timeout", "0.2", "add", "visit", "--start", "2025-12-21", "-p", "X")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1 and result.stdout == ""
    assert "the store is busy" in result.stderr and "0.2 s" in result.stderr
    assert "--lock-timeout" in result.stderr and "TRACKER_LOCK_TIMEOUT" in result.stderr
    assert log_count(str(_isolated_db)) == 2


def test_lock_timeout_variable_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_LOCK_TIMEOUT", "soon")
    result = run("add", "visit", "--start", "2025", "-p", "X")
    assert result.exit_code == 1
    assert result.stderr == "Error: TRACKER_LOCK_TIMEOUT must be a positive number of seconds, not 'soon'\n"
    assert run("--lock-timeout", "0", "list").exit_code == 2


def test_postgres_lock_timeout_before_commit_leaves_no_row(pg_url: str) -> None:
    add("--db", pg_url)
    holder = create_engine(pg_url)
    try:
        with holder.connect() as conn:
            conn.execute(text("LOCK TABLE log IN EXCLUSIVE MODE"))
            result = run("--db", pg_url, "--lock-timeout", "0.3", "add", "visit", "--start", "2025-12-21", "-p", "X")
            conn.rollback()
    finally:
        holder.dispose()
    assert result.exit_code == 1 and result.stdout == ""
    assert "the store is busy" in result.stderr and "TRACKER_LOCK_TIMEOUT" in result.stderr
    assert log_count(pg_url) == 2


def test_postgres_lock_timeout_after_commit_is_a_success_with_a_warning(pg_url: str) -> None:
    """The case of the issue: the append committed, the read models' lock wait ran out; the
    command used to print the lock timeout as an error and exit 1 with its row in the log."""
    add("--db", pg_url)
    holder = create_engine(pg_url)
    try:
        with holder.connect() as conn:
            conn.execute(text("LOCK TABLE projection_positions IN EXCLUSIVE MODE"))
            result = run("--db", pg_url, "--lock-timeout", "0.3", "add", "visit", "--start", "2025-12-21", "-p", "X")
            conn.rollback()
    finally:
        holder.dispose()
    assert result.exit_code == 0, result.output
    event_id = result.stdout.strip()
    assert len(event_id) == 36
    assert result.stderr.startswith("Warning: recorded, but the read models are not up to date (the store is busy")
    assert log_count(pg_url) == 3
    shown = json.loads(run("--db", pg_url, "show", event_id, "--format", "json").stdout)  # catches up now
    assert shown["type"] == "visit"


# --------------------------------------------------------------------------- catch-up trouble after a commit


@pytest.fixture
def failing_catch_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """Catch-up of every projection (what a write runs after its append) fails; the targeted
    catch-ups that reads run before a correction still work."""
    from tracker.projections import runner as projections_runner

    real = projections_runner.catch_up

    def catch_up(store, names=None):  # type: ignore[no-untyped-def]
        if names is None:
            raise OverflowError("date value out of range")
        return real(store, names)

    monkeypatch.setattr(projections_runner, "catch_up", catch_up)


def test_every_write_reports_its_commit_despite_catch_up_trouble(failing_catch_up: None, tmp_path: Path) -> None:
    first = add()
    made = run("add", "phone_call", "--start", "2025-11-02", "-p", "Kirill Dmitriev")
    second = made.stdout.strip()
    results = {
        "add": run("add", "visit", "--start", "2025-12-21", "-p", "X"),
        "amend": run("amend", first, "--reason", "place", "--location", "Miami"),
        "assign": run("assign", first, "US-RU", "--reason", "r"),
        "merge": run("merge", first, second, "--reason", "same"),
        "split": run("split", second, "--reason", "not the same"),
        "retract": run("retract", second, "--reason", "wrong"),
        "actors add": run("actors", "add", "Jane Roe", "--side", "GB"),
        "actors alias": run("actors", "alias", "Jane Roe", "J. Roe"),
    }
    for name, result in results.items():
        assert result.exit_code == 0, (name, result.output)
        assert "Warning: recorded, but the read models are not up to date (OverflowError: date value out of range)" \
            in result.stderr, name
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2025-12-21\nlang: en\n---\nSteve Witkoff met Kirill Dmitriev in Miami on Saturday.\n")
    ingested = run("ingest", "-f", "json", str(article))
    assert ingested.exit_code == 0, ingested.output
    assert "read models are not up to date" in ingested.stderr
    assert "read models behind after 1 article" in ingested.stderr


def test_hoisting_moves_only_global_options() -> None:
    from tracker.cli.app import hoist_global_options

    assert hoist_global_options(["list", "--db", "x", "-f", "json"]) == ["--db", "x", "list", "-f", "json"]
    assert hoist_global_options(["add", "visit", "--lock-timeout=2", "-p", "X"]) == ["--lock-timeout=2", "add", "visit", "-p", "X"]
    assert hoist_global_options(["--db", "a", "list"]) == ["--db", "a", "list"]
    assert hoist_global_options(["sql", "--", "--db"]) == ["sql", "--", "--db"]
