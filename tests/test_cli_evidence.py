"""verify's outside evidence through the CLI: --expect values, the head file, signing keys,
and a log whose tail was deleted."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env)


def ok(*args: str, env: dict[str, str] | None = None) -> str:
    result = run(*args, env=env)
    assert result.exit_code == 0, result.stderr + result.stdout
    return result.stdout


def add(day: str = "20", *options: str, env: dict[str, str] | None = None) -> str:
    return ok(*options, "add", "meeting_held", "--start", f"2025-12-{day}", "-p", "X:US", env=env).strip()


def head_hash() -> str:
    return ok("verify").splitlines()[1].split()[-1]


@pytest.mark.parametrize("value", ["", "   ", "abc123", "0123456789abcde", "z" * 20, "a" * 65])
def test_empty_or_short_expect_is_refused(value: str) -> None:
    add()
    result = run("verify", "--expect", value)
    assert result.exit_code == 2
    plain = " ".join(result.stderr.replace("│", " ").split())  # the usage box wraps lines
    assert "is not a head hash: expected 16 to 64 hex digits" in plain


def test_expect_prefix_and_entries_after_it() -> None:
    add("20")
    kept = head_hash()
    add("21")
    add("22")
    assert ok("verify", "--expect", kept[:16]).splitlines()[-1] == "kept hash found at position 2; 2 entries appended after it"


def test_head_file_and_expect_file(tmp_path: Path) -> None:
    heads = tmp_path / "heads.txt"
    add("20", "--head-file", str(heads))
    add("21", env={"TRACKER_HEAD_FILE": str(heads)})
    assert len(heads.read_text().splitlines()) == 2
    assert ok("verify", "--expect-file", str(heads)).splitlines()[-1] == "all 2 heads in the head file found; last at position 3"
    add("22")  # without the head file
    result = run("verify", "--expect-file", str(heads))
    assert result.exit_code == 1
    assert result.stderr == ("Error: 1 entries after the last head in the head file (positions 4-4) were not "
                             "recorded there: written without the head file, or forged\n")
    missing = run("verify", "--expect-file", str(tmp_path / "nope"))
    assert (missing.exit_code, missing.stderr) == (1, f"Error: head file {tmp_path / 'nope'} does not exist\n")


def test_deleted_last_entry_is_detected_by_every_command(_isolated_db: Path) -> None:
    first = add("20")
    second = add("21")
    ok("list")  # read models caught up to position 3 (1: the seeded track definition)
    raw = sqlite3.connect(_isolated_db)
    raw.execute("DROP TRIGGER log_no_delete")
    raw.execute("DELETE FROM log WHERE position = 3")
    raw.commit()
    raw.close()
    message = ("Error: the log has shrunk: its head is position 2 but the read models already applied position 3; "
               "entries were deleted from its end. Refusing to go on: restore the store from a backup "
               "(`tracker verify` shows what is missing)\n")
    for args in (["add", "visit", "--start", "2025", "-p", "Y"], ["show", second], ["show", first], ["list"],
                 ["retract", first, "--reason", "x"], ["projections", "status"]):
        result = run(*args)
        assert (result.exit_code, result.stderr) == (1, message), args
    status = {r["name"]: r["value"] for r in json.loads(run("db", "status", "-f", "json").stdout)}
    assert status["log head"] == 2 and status["warning"].startswith("the log has shrunk")
    check = run("verify")
    assert check.exit_code == 1
    assert check.stderr.startswith("Error: the log has shrunk: its head is position 2 but the read models")
    with sqlite3.connect(_isolated_db) as raw:
        assert raw.execute("SELECT max(position) FROM log").fetchone() == (2,)
    raw.close()


def test_signing_key_through_the_cli(tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("a secret that stays off the store\n")
    add("20", "--signing-key-file", str(key_file))
    add("21", env={"TRACKER_SIGNING_KEY_FILE": str(key_file)})
    signed = ok("--signing-key-file", str(key_file), "verify").splitlines()
    assert signed[2] == "signatures checked: 3 entries signed"  # the seeded track definition too
    assert ok("verify").splitlines()[2] == "signatures not checked: 3 entries are signed but no signing key was given"
    wrong = run("verify", env={"TRACKER_SIGNING_KEY": "another secret of enough length"})
    assert wrong.exit_code == 1
    assert wrong.stderr == ("Error: chain broken at position 1: its MAC does not match the signing key "
                            "(forged, or signed with another key)\n")
    short = run("add", "visit", "--start", "2025", "-p", "Y", env={"TRACKER_SIGNING_KEY": "short"})
    assert (short.exit_code, short.stderr) == (1, "Error: TRACKER_SIGNING_KEY holds a key of 5 bytes; a signing key needs at least 16\n")


def test_verify_names_articles_the_chain_does_not_cover(_isolated_db: Path) -> None:
    """A store from before article entries: verify passes and warns which articles are not covered."""
    add("20")
    with sqlite3.connect(_isolated_db) as raw:
        raw.execute("INSERT INTO articles (article_id, lang, text, recorded_at) VALUES "
                    "('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', 'en', 'hello', "
                    "'2025-01-01 00:00:00.000000')")
    raw.close()
    result = run("verify")
    assert result.exit_code == 0 and result.stdout.startswith("2 entries checked, chain intact")
    assert result.stderr == ("warning: 1 articles have no article_recorded entry, so their metadata is not covered "
                             "by the chain (stored before tracker chained articles): 2cf24dba5fb0\n")

    covered = run("db", "cover-articles")
    assert (covered.exit_code, covered.stdout, covered.stderr) == (
        0, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\n", "Covered 1 articles\n")
    after = run("verify")
    assert after.exit_code == 0 and after.stderr == "" and after.stdout.startswith("3 entries checked, chain intact")
    assert run("db", "cover-articles").stderr == "Covered 0 articles\n"
