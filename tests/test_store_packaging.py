"""The built wheel carries the migrations and seeds, and works outside the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_wheel(tmp: Path) -> Path:
    """Build from a copy of the sources, so the checkout gets no build/ folder."""
    src = tmp / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for folder in ("tracker", "migrations", "seeds"):
        shutil.copytree(ROOT / folder, src / folder, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "alembic.ini"):
        shutil.copy(ROOT / name, src / name)
    out = tmp / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(src)],
        check=True, capture_output=True, timeout=300,
    )
    [wheel] = out.glob("tracker-*.whl")
    return wheel


def test_wheel_ships_migrations_and_seeds_and_runs_elsewhere(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "migrations").rglob("*.py"):
        assert f"tracker/_migrations/{path.relative_to(ROOT / 'migrations').as_posix()}" in names
    assert "tracker/_migrations/script.py.mako" in names
    for path in (ROOT / "seeds").rglob("*"):
        if path.is_file():
            assert f"tracker/_seeds/{path.relative_to(ROOT / 'seeds').as_posix()}" in names
    assert not any(n.startswith(("tests/", "bench/")) or "__pycache__" in n for n in names)

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "TRACKER_DB": str(elsewhere / "x.sqlite3")}
    probe = ("import sys, tracker, tracker.resources as r; "
             "print(tracker.__file__); print(r.migrations_dir()); print(r.seeds_dir()); "
             "from tracker.cli import main; sys.argv = ['tracker'] + sys.argv[1:]; main()")
    result = subprocess.run(
        [sys.executable, "-c", probe, "add", "visit", "--start", "2025-12", "-p", "Witkoff"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    module, migrations, seeds, event_id = result.stdout.split("\n")[:4]
    assert Path(module).is_relative_to(site)
    assert Path(migrations) == site / "tracker" / "_migrations"
    assert Path(seeds) == site / "tracker" / "_seeds"
    assert len(event_id) == 36
    assert (elsewhere / "x.sqlite3").exists()
