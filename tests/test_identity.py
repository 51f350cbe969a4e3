"""One rule names the user in ``recorded_by`` for every command typed by hand."""

from __future__ import annotations

import getpass

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.identity import current_user, extractor_recorded_by

runner = CliRunner()


def _no_login(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TRACKER_USER", "LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)


def test_tracker_user_wins_then_login_name_then_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_login(monkeypatch)
    monkeypatch.setenv("TRACKER_USER", " desk ")
    monkeypatch.setenv("USER", "login")
    assert current_user() == "user:desk"
    monkeypatch.delenv("TRACKER_USER")
    assert current_user() == "user:login"

    def no_name() -> str:
        raise OSError("no login name")

    monkeypatch.delenv("USER")
    monkeypatch.setattr(getpass, "getuser", no_name)
    assert current_user() == "user:cli"


def test_add_and_actors_record_the_same_user(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_login(monkeypatch)
    monkeypatch.setenv("TRACKER_USER", "analyst")
    assert runner.invoke(app, ["add", "meeting_held", "--start", "2025-12-20", "-p", "X"]).exit_code == 0
    assert runner.invoke(app, ["actors", "add", "Jane Roe", "--side", "GB"]).exit_code == 0
    from tracker.store import open_store

    with open_store() as store:
        assert {e.recorded_by for e in store.read() if e.event_type != "tracks_defined"} == {"user:analyst"}


def test_extractor_identity() -> None:
    assert extractor_recorded_by("fr", "7") == "extractor:fr-rules/7"
