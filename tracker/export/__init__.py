"""Exports of the timeline, one module per format behind one registry.

Every exporter is a module with ``FORMAT`` (its name), ``SUFFIX`` (file extension) and
``render(events, tracks) -> str``: ``events`` are timeline entries as dicts (the JSON contract of
design §7, see :func:`contract_event`), ``tracks`` maps track keys to display names. Exporters
are pure; :func:`write_atomic` puts the text in place with a temporary file and a rename, so a
failed export never leaves a half-written file, and gives it the permissions of any new file
(0666 less the umask). Source links that are not http(s) are dropped in :func:`contract_event`,
so no format can publish a ``javascript:`` link an older store may hold.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from tracker.errors import TrackerError, ValidationError
from tracker.urls import web_url_or_none

#: format name -> module path; built-ins are registered the way an extension would be.
EXPORTERS: dict[str, str] = {
    "md": "tracker.export.md",
    "json": "tracker.export.json_export",
    "csv": "tracker.export.csv_export",
    "html": "tracker.export.html",
    "ics": "tracker.export.ics",
    "timelinejs": "tracker.export.timelinejs",
}


def register(name: str, module: str) -> None:
    EXPORTERS[name] = module


def exporter(name: str) -> ModuleType:
    """The exporter module of a format; an unknown format is a user error."""
    if name not in EXPORTERS:
        raise ValidationError(f"unknown export format {name!r}: expected one of {', '.join(EXPORTERS)}")
    return importlib.import_module(EXPORTERS[name])


def contract_event(entry: dict[str, Any]) -> dict[str, Any]:
    """An entry in the JSON contract: id, type, modality, start, end, precision, participants,
    location, tracks, summary, sources; plus date_label, resolution, independent_sources,
    ``codes`` (CAMEO/PLOVER) and, when the entry was read with its review state
    (:mod:`tracker.app.review.outputs`), ``review`` and ``confidence``."""
    from tracker.interop_codes import codes_for

    return {
        "id": entry["id"],
        "type": entry["type"],
        "modality": entry["modality"],
        "start": entry["start"],
        "end": entry["end"],
        "precision": entry["precision"],
        "resolution": entry.get("resolution"),
        "date_label": entry.get("date_label"),
        "participants": [{"name": p["name"], "side": p["side"], "role": p["role"]} for p in entry["participants"]],
        "location": entry["location"],
        "tracks": list(entry["tracks"]),
        "summary": entry["summary"],
        "independent_sources": entry.get("independent_sources", len(entry["sources"])),
        "sources": [
            {
                "article_id": s["article_id"],
                "url": web_url_or_none(s["url"]),  # a link an old store kept may be anything
                "published": s["published"],
                "evidence": s["evidence"],
                "span": s["span"],
                "title": s.get("title"),
                "outlet": s.get("outlet"),
            }
            for s in entry["sources"]
        ],
        "codes": entry.get("codes") or codes_for(entry["type"], entry["modality"]),
        **({"review": entry["review"], "confidence": entry.get("confidence")} if "review" in entry else {}),
    }


def render(name: str, entries: Iterable[dict[str, Any]], tracks: dict[str, str]) -> str:
    """Render timeline entries in the named format."""
    module = exporter(name)
    return module.render([contract_event(e) for e in entries], tracks)


def write_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TrackerError(f"cannot write {target}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, _new_file_mode())  # mkstemp makes 0600; an export is meant to be served
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise TrackerError(f"cannot write {target}: {exc.strerror or exc}") from None
        raise
    return target


def _new_file_mode() -> int:
    """The mode ``open()`` would give a new file: 0666 less the process umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def track_label(key: str, tracks: dict[str, str]) -> str:
    return tracks.get(key, key)


def participants_text(event: dict[str, Any]) -> str:
    return ", ".join(
        p["name"] + (f" ({p['side']})" if p.get("side") and p["side"] not in p["name"] else "")
        for p in event["participants"]
    )


def location_text(event: dict[str, Any]) -> str:
    loc = event.get("location")
    if not loc:
        return ""
    return loc["name"] + (f" ({loc['country']})" if loc.get("country") else "")


def kind_text(event: dict[str, Any]) -> str:
    from tracker.projections.timeline.labels import kind_label

    return kind_label(event["type"], event["modality"])


REVIEW_NOTES = {"accepted": "reviewed", "unreviewed": "not reviewed", "rejected": "rejected"}


def review_note(event: dict[str, Any]) -> str:
    """``reviewed``, ``not reviewed`` or ``rejected``; empty for an entry read without its
    review state."""
    return REVIEW_NOTES.get((event.get("review") or {}).get("status", ""), "")


def by_track(events: list[dict[str, Any]], tracks: dict[str, str]) -> list[tuple[str | None, list[dict[str, Any]]]]:
    """Events grouped per track (declared order of ``tracks``, then others), unassigned last."""
    order = list(tracks)
    keys = sorted({k for e in events for k in e["tracks"]}, key=lambda k: (order.index(k) if k in order else len(order), k))
    groups: list[tuple[str | None, list[dict[str, Any]]]] = [(k, [e for e in events if k in e["tracks"]]) for k in keys]
    loose = [e for e in events if not e["tracks"]]
    if loose:
        groups.append((None, loose))
    return groups


def distinct_sources(event: dict[str, Any]) -> list[dict[str, Any]]:
    """One source per article (an article may support an event with several sentences)."""
    seen: dict[Any, dict[str, Any]] = {}
    for i, s in enumerate(event["sources"]):
        key = s.get("article_id") or s.get("url") or ("#", i)
        seen.setdefault(key, s)
    return list(seen.values())
