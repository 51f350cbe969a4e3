"""Docs that cannot go stale: every command the CLI registers has help text and a README entry.

The commands are found by walking the typer application (groups and their sub-commands), so a
command added later is checked without anyone touching this file. (``tracker --help`` not
importing heavy libraries is tested in tests/test_cli_log.py; here the same holds for every
command's own ``--help``.)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from tracker.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
HEAVY = ("sqlalchemy", "alembic", "dateparser", "trafilatura", "lingua")


def _walk(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """(name path, command) for every command and group below ``command``, in registration order."""
    found = []
    for name, sub in getattr(command, "commands", {}).items():
        if getattr(sub, "hidden", False):
            continue
        found.append(((*path, name), sub))
        found += _walk(sub, (*path, name))
    return found


COMMANDS = _walk(typer.main.get_command(app))
IDS = [" ".join(path) for path, _ in COMMANDS]


def test_the_walk_finds_groups_and_their_sub_commands() -> None:
    names = set(IDS)
    assert {"add", "ingest", "timeline", "verify", "db", "actors", "projections"} <= names
    assert {"db upgrade", "db status", "actors add", "actors alias", "projections status",
            "projections rebuild"} <= names


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_every_command_has_help(path: tuple[str, ...], command: Any) -> None:
    assert (command.help or "").strip(), f"tracker {' '.join(path)} has no help text"
    for param in command.params:
        if getattr(param, "hidden", False):
            continue
        assert (getattr(param, "help", None) or "").strip(), \
            f"{param.name} of tracker {' '.join(path)} has no help text"


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS], ids=IDS)
def test_every_command_is_in_the_readme(path: tuple[str, ...]) -> None:
    name = " ".join(path)
    assert re.search(rf"\btracker {re.escape(name)}\b", README.read_text(encoding="utf-8")), \
        f"README.md does not mention `tracker {name}`"


def test_command_help_does_not_import_heavy_libraries() -> None:
    probe = (
        "import contextlib, io, sys\n"
        "import typer.main\n"
        "from tracker.cli import app\n"
        "root = typer.main.get_command(app)\n"
        f"paths = {[list(path) for path, _ in COMMANDS]!r}\n"
        "failed = []\n"
        "for path in paths:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        try:\n"
        "            root.main(args=[*path, '--help'], prog_name='tracker')\n"
        "        except SystemExit as exc:\n"
        "            if exc.code not in (0, None):\n"
        "                failed.append(path)\n"
        f"print('FAILED', failed)\n"
        f"print('HEAVY', [m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert "FAILED []" in result.stdout, result.stdout + result.stderr
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr
