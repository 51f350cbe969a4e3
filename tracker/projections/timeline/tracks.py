"""Negotiation tracks and the rules that put an occurrence on one.

A track is one negotiation channel, named by the set of *side groups* that meet in it. Side
groups are participant sides with every European state folded into ``EU`` (see
:data:`EUROPEAN_SIDES`): a meeting of US, Ukrainian, French and German officials belongs to the
``US-UA-EU`` track, like one with "European national security advisers".

Tracks are declared by ``tracks_defined`` log entries (readable keys such as ``US-RU``): a new
store's first write carries the shipped ``seeds/tracks.json``, ``tracker tracks define``
replaces it; the timeline read model applies the latest definition it has seen. A set of side
groups that no declared track covers gets an automatic track whose key is the sorted codes
joined by ``-`` (``CN-RU``). Lookups go by side set, so ``RU-US`` and ``US-RU`` name the same
track.

Assignment (pure, per article, see :func:`assign_article_tracks`):

* meetings, calls, visits and agreements with two or more side groups define their own track;
  a ``meeting_planned`` or proposal naming two or more side groups does too;
* statements, reports to a leader, and plans or proposals naming fewer than two side groups
  belong to the meeting they refer to in the same article: the meeting whose side groups
  contain theirs (the one with the fewest side groups wins, then the nearest one before them
  in the text);
* otherwise they take the track of the side groups they name (a statement by one side about
  another: the track of those two sides); with a single side group and no meeting to refer to,
  they stay without a track until a user assigns one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.errors import NotFoundError, ValidationError
from tracker.events import EventDraft, tracks_definition

#: Sides folded into the ``EU`` group for track purposes: EU members, the other European
#: states that act with them in these talks (GB, NO, CH, IS, LI), and the EU institutions.
EUROPEAN_SIDES: frozenset[str] = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
    "GB UK NO CH IS LI EU".split()
)

#: Types whose own sides define the track they belong to.
DEFINING_TYPES: frozenset[str] = frozenset({"meeting_held", "phone_call", "visit", "agreement_reached"})

#: Types that define their own track only when they name two or more side groups.
PLAN_TYPES: frozenset[str] = frozenset({"meeting_planned", "proposal_presented", "proposal_rejected"})

_SIDE_NAMES = {
    "US": "US", "RU": "Russia", "UA": "Ukraine", "EU": "Europe", "TR": "Türkiye", "CN": "China",
    "SA": "Saudi Arabia", "AE": "UAE", "QA": "Qatar", "BY": "Belarus", "VA": "Vatican",
    "UN": "UN", "NATO": "NATO", "IN": "India", "BR": "Brazil", "ZA": "South Africa",
}


def side_group(side: str | None) -> str | None:
    """The group a side counts as on tracks: European states become ``EU``."""
    if not side:
        return None
    code = side.strip().upper()
    if not code:
        return None
    return "EU" if code in EUROPEAN_SIDES else code


def side_groups(sides: Iterable[str | None]) -> frozenset[str]:
    return frozenset(g for g in (side_group(s) for s in sides) if g)


def auto_key(groups: Iterable[str]) -> str:
    """Key of an automatic track: sorted side codes joined by ``-``."""
    return "-".join(sorted(groups))


@dataclass(frozen=True)
class Track:
    key: str
    name: str
    sides: frozenset[str]
    declared: bool = True

    def to_dict(self) -> dict[str, object]:
        return {"key": self.key, "name": self.name, "sides": sorted(self.sides), "declared": self.declared}


class TrackCatalogue:
    """Declared tracks plus automatic ones, looked up by key or by side set."""

    def __init__(self, tracks: Iterable[Track]) -> None:
        self._by_key: dict[str, Track] = {}
        self._by_sides: dict[frozenset[str], Track] = {}
        for track in tracks:
            self.add(track)

    def add(self, track: Track) -> Track:
        if track.key in self._by_key or track.sides in self._by_sides:
            raise ValidationError(f"track {track.key!r} is declared twice")
        self._by_key[track.key] = track
        self._by_sides[track.sides] = track
        return track

    def __iter__(self):
        return iter(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)

    def declared(self) -> list[Track]:
        return [t for t in self._by_key.values() if t.declared]

    def for_groups(self, groups: frozenset[str]) -> Track:
        """The track of exactly these side groups, made on the fly when none is declared."""
        found = self._by_sides.get(groups)
        if found is not None:
            return found
        names = "–".join(_SIDE_NAMES.get(g, g) for g in sorted(groups))
        return Track(key=auto_key(groups), name=f"{names} talks", sides=groups, declared=False)

    def find(self, text: str) -> Track | None:
        """A track by key, case-insensitively, or by the side codes its key lists."""
        if text in self._by_key:
            return self._by_key[text]
        wanted = text.strip().upper()
        for key, track in self._by_key.items():
            if key.upper() == wanted:
                return track
        codes = [c for c in wanted.split("-") if c]
        if len(codes) >= 2:
            return self._by_sides.get(side_groups(codes))
        return None

    def resolve(self, text: str, known: Iterable[str] = ()) -> Track:
        """Like :meth:`find`, also accepting automatic track keys already in use; else an error."""
        found = self.find(text)
        if found is not None:
            return found
        for key in known:
            if key.upper() == text.strip().upper():
                codes = key.split("-")
                return self.for_groups(frozenset(codes))
        raise NotFoundError(f"unknown track {text!r}")


def read_definition(path: str | Path) -> dict[str, Any]:
    """The ``tracks_defined`` payload for a catalogue file: ``{"tracks": [{"key", "name",
    "sides"}, ...]}`` (an ``about`` text may sit beside ``tracks``), sides folded into side
    groups, every track checked by :func:`tracker.events.tracks_definition`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"cannot read track catalogue {path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("tracks"), list):
        raise ValidationError(f"track catalogue {path} must be a JSON object with a \"tracks\" list")
    unknown = sorted(set(data) - {"tracks", "about"})
    if unknown:
        raise ValidationError(f"track catalogue {path} has unknown field(s) {', '.join(unknown)}: expected tracks")
    items = []
    for item in data["tracks"]:
        if isinstance(item, dict) and isinstance(item.get("sides"), list):
            sides = item["sides"]
            if all(isinstance(s, str) for s in sides):
                item = {**item, "sides": sorted(side_groups(sides))}
        items.append(item)
    try:
        return tracks_definition(items)
    except ValidationError as exc:
        raise ValidationError(f"track catalogue {path}: {exc}") from None


def catalogue_from_definition(payload: Mapping[str, Any]) -> TrackCatalogue:
    """The catalogue a ``tracks_defined`` payload declares."""
    return TrackCatalogue(
        Track(key=t["key"], name=t["name"], sides=frozenset(t["sides"]), declared=True) for t in payload["tracks"]
    )


def load_catalogue(path: str | Path | None = None) -> TrackCatalogue:
    """The catalogue of a file (default: the shipped ``seeds/tracks.json``)."""
    return catalogue_from_definition(read_definition(path) if path is not None else seed_definition())


_SEED: dict[str, Any] | None = None


def seed_definition() -> dict[str, Any]:
    """The ``tracks_defined`` payload of the shipped ``seeds/tracks.json``, read once per process.

    Only the first write of a store reads it (:func:`tracker.app.recording.tracks_seed`); the
    read models take their catalogue from the log, never from this file.
    """
    global _SEED
    if _SEED is None:
        from tracker.resources import seeds_dir

        _SEED = read_definition(seeds_dir() / "tracks.json")
    return _SEED


def default_catalogue() -> TrackCatalogue:
    """The shipped catalogue (what a new store's first ``tracks_defined`` entry declares)."""
    return catalogue_from_definition(seed_definition())


# --------------------------------------------------------------------------- assignment


def event_groups(draft: EventDraft) -> frozenset[str]:
    """Side groups an occurrence names: its participants' sides, plus the host country of a
    visit (a visit to Moscow involves the Russian side even when no Russian is named)."""
    groups = set(side_groups(p.side for p in draft.participants))
    if draft.type == "visit" and draft.location is not None:
        host = side_group(draft.location.country)
        if host:
            groups.add(host)
    return frozenset(groups)


def defines_track(draft: EventDraft) -> bool:
    """Whether an occurrence's own sides make its track."""
    n = len(event_groups(draft))
    if draft.type in DEFINING_TYPES:
        return n >= 2
    if draft.type in PLAN_TYPES:
        return n >= 2
    return False


def _text_start(draft: EventDraft) -> int:
    return min((e.span[0] for e in draft.evidence), default=0)


def assign_article_tracks(
    items: Sequence[tuple[str, EventDraft]],
    catalogue: TrackCatalogue,
) -> dict[str, str | None]:
    """Track key (or None) for each ``(event_id, draft)`` of one article, by the rules above.

    ``items`` holds the current (amended, not retracted) occurrences of one article; events
    logged without an article are passed one at a time.
    """
    anchors: list[tuple[str, frozenset[str], int, str]] = []  # (event_id, groups, offset, key)
    result: dict[str, str | None] = {}
    for event_id, draft in items:
        if defines_track(draft):
            groups = event_groups(draft)
            key = catalogue.for_groups(groups).key
            result[event_id] = key
            if draft.type in DEFINING_TYPES:
                anchors.append((event_id, groups, _text_start(draft), key))
    for event_id, draft in items:
        if event_id in result:
            continue
        groups = event_groups(draft)
        result[event_id] = _refer(groups, _text_start(draft), anchors, catalogue)
    return result


def _refer(
    groups: frozenset[str],
    offset: int,
    anchors: Sequence[tuple[str, frozenset[str], int, str]],
    catalogue: TrackCatalogue,
) -> str | None:
    candidates = [a for a in anchors if groups and groups <= a[1]]
    if candidates:
        def rank(anchor: tuple[str, frozenset[str], int, str]) -> tuple[int, int, int, str]:
            before = 0 if anchor[2] <= offset else 1
            return (len(anchor[1]), before, abs(offset - anchor[2]), anchor[0])

        return min(candidates, key=rank)[3]
    if len(groups) >= 2:
        return catalogue.for_groups(groups).key
    return None


def tracks_by_key(tracks: Iterable[Track]) -> Mapping[str, Track]:
    return {t.key: t for t in tracks}
