"""Fast starts: a command on a store whose schema is current runs no migration machinery.

Opening such a store reads ``alembic_version`` with one query and compares it with the head
read from the migration files; Alembic is imported only to create or upgrade a schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tracker.db import file_head, head_revision
from tracker.store import open_store


def test_file_head_is_alembics_head() -> None:
    assert file_head() == head_revision()


def test_opening_a_current_store_does_not_import_alembic(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    open_store(str(db)).close()  # created and upgraded here
    code = (
        "import sys\n"
        "from tracker.store import open_store\n"
        f"open_store({str(db)!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_outdated_store_is_still_upgraded(tmp_path: Path) -> None:
    from alembic import command

    from tracker.db import alembic_config, make_engine, stamped_revision

    db = tmp_path / "old.sqlite3"
    engine = make_engine(str(db) if "://" in str(db) else f"sqlite:///{db}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    with engine.connect() as conn:
        assert stamped_revision(conn) == "0003"
    engine.dispose()
    store = open_store(str(db))
    with store.engine.connect() as conn:
        assert stamped_revision(conn) == head_revision()
    store.close()


def test_the_named_command_is_found_among_global_options() -> None:
    from tracker.cli.app import named_command

    assert named_command(["--db", "x.sqlite3", "list", "-f", "json"]) == "list"
    assert named_command(["list", "--db", "x.sqlite3"]) == "list"
    assert named_command(["--db=x", "--lock-timeout", "3", "review", "accept", "abc"]) == "review"
    assert named_command([]) is None
    assert named_command(["--help"]) is None
    assert named_command(["--db", "x"]) is None


def test_only_the_named_command_is_built_and_the_app_is_restored() -> None:
    import typer.main

    from tracker.cli import app
    from tracker.cli.app import only_command

    everything = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    with only_command("list"):
        assert sorted(typer.main.get_command(app).commands) == ["list"]  # type: ignore[attr-defined]
    with only_command("lisst"):  # unknown: all kept, so the error can suggest the right one
        assert sorted(typer.main.get_command(app).commands) == everything  # type: ignore[attr-defined]
    assert sorted(typer.main.get_command(app).commands) == everything  # type: ignore[attr-defined]


def test_a_misspelt_command_still_gets_suggestions(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", "from tracker.cli import main; main()", "--db", str(tmp_path / "x"),
                          "lisst"], capture_output=True, text=True)
    assert out.returncode == 2
    assert "No such command 'lisst'" in out.stderr and "'list'" in out.stderr
    assert not (tmp_path / "x").exists()
