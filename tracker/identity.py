"""Who recorded an entry: the one place that names users and the extractor in ``recorded_by``.

Entries typed at the command line (``add``, ``retract``, ``actors add``...) are recorded by
``user:<name>``; entries made by an ingest are recorded by ``extractor:<lang>-rules/<version>``;
the track catalogue a store is seeded with by ``seed:tracks.json``.
"""

from __future__ import annotations

import os

USER_VARIABLE = "TRACKER_USER"

#: ``recorded_by`` of the entries a store is seeded with (the shipped track catalogue).
SEED_RECORDED_BY = "seed:tracks.json"


def current_user() -> str:
    """``user:<name>`` for entries typed by hand: TRACKER_USER, else the login name (LOGNAME,
    USER, the password database), else ``user:cli`` where there is none (some containers)."""
    name = os.environ.get(USER_VARIABLE, "").strip()
    if not name:
        import getpass

        try:
            name = getpass.getuser().strip()
        except Exception:  # noqa: BLE001 - no login name in some containers
            name = ""
    return f"user:{name or 'cli'}"


def extractor_recorded_by(lang: str, version: str) -> str:
    """``extractor:<lang>-rules/<version>`` for entries an ingest extracted."""
    return f"extractor:{lang}-rules/{version}"
