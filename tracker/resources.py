"""Where the shipped data lives: ``seeds/`` and ``migrations/``.

In a checkout they are the top-level folders; in an installed wheel they travel inside the
package as ``tracker/_seeds`` and ``tracker/_migrations`` (see pyproject.toml), so ``pip install
.`` works outside the checkout.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for path in candidates:
        if path.is_dir():
            return path
    return candidates[0]


def seeds_dir() -> Path:
    """The folder with actors.json, tracks.json and the seed articles."""
    return _first_existing(_PACKAGE / "_seeds", _PACKAGE.parent / "seeds")


def migrations_dir() -> Path:
    """The Alembic script folder (env.py and versions/)."""
    return _first_existing(_PACKAGE / "_migrations", _PACKAGE.parent / "migrations")
