"""Option values coerced without pydantic (``tracker/cli/coercion.py``) read exactly as typer's
own coercion reads them, and anything unusual still goes through typer's coercion."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer._coercion import build_runtime_param, resolve_type_descriptor
from typer.models import OptionInfo
from typer.testing import CliRunner

from tracker.cli import app
from tracker.cli.coercion import plain_value
from tracker.store import open_store

runner = CliRunner()

SAMPLES = ["0", "7", "-3", "+12", "007", "2.5", "-0.25", ".5", "3.", "1e3", " 4", "4 ", "", "abc", "1_000",
           "0x10", "inf", "nan", "12.0"]


def typer_reads(annotation: type, value: str, low: float | None, high: float | None) -> tuple[bool, object]:
    """What typer 0.29's pydantic-based coercion makes of ``value``: (accepted, result)."""
    from pydantic import ValidationError

    info = OptionInfo(min=low, max=high)
    param = build_runtime_param(resolve_type_descriptor(annotation, info))
    try:
        return True, param.adapter.validate_python(value)  # type: ignore[attr-defined]
    except ValidationError:
        return False, None


@pytest.mark.parametrize("annotation", [int, float])
@pytest.mark.parametrize("bounds", [(None, None), (0, None), (0.1, 1.0)])
@pytest.mark.parametrize("value", SAMPLES)
def test_a_plain_number_reads_as_typer_reads_it(annotation: type, bounds: tuple, value: str) -> None:
    ok, result = plain_value(annotation, value, *bounds)
    if ok:  # taken here: typer would have accepted the same value and made the same number of it
        assert typer_reads(annotation, value, *bounds) == (True, result)
        assert type(result) is annotation


def test_plain_values_are_taken_directly() -> None:
    assert plain_value(int, "12", 0, None) == (True, 12)
    assert plain_value(float, "0.5", 0.0, 1.0) == (True, 0.5)
    assert plain_value(str, "x", None, None) == (True, "x")
    # out of bounds, malformed or of another type: typer decides and words the error
    assert plain_value(int, "-1", 0, None) == (False, None)
    assert plain_value(int, "1.5", None, None) == (False, None)
    assert plain_value(float, "2", 0.0, 1.0) == (False, None)
    assert plain_value(str, b"x", None, None) == (False, None)


def test_errors_keep_typers_wording_and_exit_code(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    open_store(str(db)).close()
    bad = runner.invoke(app, ["--db", str(db), "list", "--limit", "abc"])
    assert bad.exit_code == 2
    assert "Input should be a valid integer" in bad.output
    low = runner.invoke(app, ["--db", str(db), "list", "--limit", "-1"])
    assert low.exit_code == 2
    assert "greater than or equal to 0" in low.output
    tiny = runner.invoke(app, ["--db", str(db), "--lock-timeout", "0", "list"])
    assert tiny.exit_code == 2
    good = runner.invoke(app, ["--db", str(db), "--lock-timeout", "2.5", "list", "--limit", "3", "-f", "json"])
    assert good.exit_code == 0, good.output
    assert good.output.strip() == "[]"


def test_lists_of_text_are_taken_as_given(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    out = runner.invoke(app, ["--db", str(db), "add", "meeting_held", "--start", "2031-04-02",
                              "-p", "Ana Example:US", "-p", "Boris Sample:RU"])
    assert out.exit_code == 0, out.output
    shown = runner.invoke(app, ["--db", str(db), "list", "-f", "json"])
    assert "Ana Example" in shown.output and "Boris Sample" in shown.output


def test_a_read_command_does_not_import_pydantic(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    open_store(str(db)).close()
    code = (
        "import sys\n"
        "from tracker.cli.app import main\n"
        f"sys.argv = ['tracker', '--db', {str(db)!r}, 'list', '--limit', '10', '--since', '2030']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "import tracker.cli\n"
        "print('pydantic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
