"""De-duplication: which logged occurrences are one real occurrence (one timeline entry).

The automatic rule (:func:`same_occurrence`) says two occurrences from *different* articles
are the same when all of these hold:

* same event type, and compatible modality (something that happened never merges with
  something only planned or denied);
* their dates overlap; a month-precision date overlaps every day inside it. A date that only
  copies the publication date (``publication_fallback``) is weak evidence: it stands for "on or
  shortly before the report", so it is widened to the :data:`FALLBACK_WINDOW_DAYS` before it,
  and such a match also needs a named person in common, or (not for statements) two parties
  in common and a known, compatible place on both sides; two weak dates match only when the
  reports were published within a day of each other;
* their participants agree: both name the same person, or (for meetings and the like) their
  side groups are the same, one contains the other, or they share at least
  :data:`SHARED_PARTIES` groups (reports listing different subsets of one multi-party
  meeting); statements need the same speaker, reports the same reporter. Only parties
  count (:func:`tracker.events.parties`): the host of talks between others and the mediator
  are left out, so one report naming the host state and another not still agree;
* their locations are compatible: the same place, or the same country, or one is unknown.

Clustering (:func:`cluster`) is deterministic and depends only on the current set of
occurrences and the manual overrides, so replaying the log in any number of steps gives the
same entries: occurrences are taken in log order and each joins the earliest entry all of whose
occurrences it matches and that holds nothing from its own article (complete linkage, so a
chain of near-matches never glues distinct occurrences together). ``events_merged`` then joins entries
whatever the rule says; ``event_split`` takes an occurrence out of automatic de-duplication for
good (only a later manual merge can join it to others again).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tracker.events import DateInterval, EventDraft, parties
from tracker.projections.timeline.tracks import side_groups

FALLBACK_WINDOW_DAYS = 7

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
_RESOLUTION_RANK = {"explicit": 0, "manual": 0, "relative_to_publication": 1, "publication_fallback": 2}


@dataclass(frozen=True)
class Occurrence:
    """One logged occurrence in its current state (amendments applied)."""

    event_id: str
    position: int
    article_id: str | None
    draft: EventDraft


@dataclass(frozen=True)
class Override:
    """A manual ``events_merged`` (kind "merge") or ``event_split`` (kind "split")."""

    position: int
    kind: str
    event_ids: tuple[str, ...]


def _fold(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def _person_keys(draft: EventDraft, roles: Iterable[str] | None = None) -> set[str]:
    wanted = set(roles) if roles is not None else None
    keys = set()
    # the host of talks between others and the mediator are not parties: sharing them says nothing
    for p in (draft.participants if wanted is not None else parties(draft.participants)):
        if p.kind != "person":
            continue
        if wanted is not None and p.role not in wanted:
            continue
        keys.add(p.actor_id or "name:" + _fold(p.name))
    return keys


def _is_weak(date: DateInterval) -> bool:
    return date.resolution == "publication_fallback"


@functools.lru_cache(maxsize=65536)
def matching_window(date: DateInterval) -> tuple[dt.date, dt.date] | None:
    """The days an occurrence may have happened on, for matching."""
    first, last = date.first_day(), date.last_day()
    if first is None or last is None:
        return None
    if _is_weak(date):
        # clamped: a report dated in the first week of year 1 must not overflow
        first = dt.date.fromordinal(max(1, first.toordinal() - FALLBACK_WINDOW_DAYS))
    return first, last


def dates_overlap(a: DateInterval, b: DateInterval) -> bool:
    wa, wb = matching_window(a), matching_window(b)
    if wa is None or wb is None:
        return False
    return wa[0] <= wb[1] and wb[0] <= wa[1]


def modalities_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    return "occurred" not in (a, b) and "denied" not in (a, b)


def modality_group(modality: str) -> str:
    """``occurred``, ``denied`` or ``other``: two modalities are compatible exactly when their
    groups are equal, so the entry blocks are searched within the probe's group."""
    return modality if modality in ("occurred", "denied") else "other"


@dataclass(frozen=True)
class _Features:
    """What the rule compares, computed once per draft (drafts are immutable)."""

    persons: frozenset[str]
    groups: frozenset[str]
    role_persons: frozenset[str]
    role_groups: frozenset[str]
    place: str | None
    country: str | None
    weak: bool
    window: tuple[dt.date, dt.date] | None
    located: bool


_ROLES = {"statement_issued": ("speaker",), "report_to_leader": ("reporter",)}


def _features(draft: EventDraft) -> _Features:
    cached = draft.__dict__.get("_dedup_features")
    if cached is None:
        roles = _ROLES.get(draft.type, ())
        loc = draft.location
        cached = _Features(
            persons=frozenset(_person_keys(draft)),
            groups=party_groups(draft),
            role_persons=frozenset(_person_keys(draft, roles)) if roles else frozenset(),
            role_groups=side_groups(p.side for p in draft.participants if p.role in roles) if roles else frozenset(),
            place=_fold(loc.name) if loc is not None else None,
            country=loc.country.upper() if loc is not None and loc.country else None,
            weak=_is_weak(draft.date),
            window=matching_window(draft.date),
            located=loc is not None,
        )
        object.__setattr__(draft, "_dedup_features", cached)  # a cache, not a field: eq and payload ignore it
    return cached


def locations_compatible(a: EventDraft, b: EventDraft) -> bool:
    return _places_compatible(_features(a), _features(b))


def _places_compatible(fa: _Features, fb: _Features) -> bool:
    if not fa.located or not fb.located:
        return True
    if fa.place == fb.place:
        return True
    if fa.country and fb.country:
        return fa.country == fb.country
    return True  # different names, a country unknown: cannot tell them apart


def party_groups(draft: EventDraft) -> frozenset[str]:
    """Side groups of an event's parties: hosts and mediators left out (one report lists the
    host city's state or the mediator, another does not), unless nobody else is named."""
    return side_groups(p.side for p in parties(draft.participants)) or side_groups(p.side for p in draft.participants)


#: Party groups two reports of one meeting must share when neither list contains the other
#: (one names the US, Ukraine and Russia, the other Ukraine, Russia and the Turkish host's EU
#: partner): two groups in common say it is one multi-party meeting; one alone does not.
SHARED_PARTIES = 2


def participants_agree(a: EventDraft, b: EventDraft) -> bool:
    return _participants_agree(a.type, _features(a), _features(b))


def _participants_agree(event_type: str, fa: _Features, fb: _Features) -> bool:
    if event_type in _ROLES:
        return _same_role_holder(fa, fb)
    ga, gb = fa.groups, fb.groups
    if ga and gb and not (ga <= gb or gb <= ga) and len(ga & gb) < SHARED_PARTIES:
        return False
    if fa.persons & fb.persons:
        return True
    return bool(ga and gb)


def _strong_without_people(fa: _Features, fb: _Features) -> bool:
    """A reported (publication-day) occurrence and a dated one with no person in common are
    still one when they name at least two parties in common and the same place."""
    if not fa.located or not fb.located or not _places_compatible(fa, fb):
        return False
    return len(fa.groups & fb.groups) >= SHARED_PARTIES


def _same_role_holder(fa: _Features, fb: _Features) -> bool:
    pa, pb = fa.role_persons, fb.role_persons
    if pa and pb:
        return bool(pa & pb)
    sa, sb = fa.role_groups, fb.role_groups
    if pa or pb:
        # one names the person, the other only a side: same side needed, and a common person
        # elsewhere in the event
        return bool(sa and sb and sa == sb and fa.persons & fb.persons)
    return bool(sa and sb and sa == sb)


def same_occurrence(a: Occurrence, b: Occurrence) -> bool:
    """The automatic rule: do these two logged occurrences report one real occurrence?"""
    if a.event_id == b.event_id:
        return True
    if a.article_id is not None and a.article_id == b.article_id:
        return False
    da, db = a.draft, b.draft
    if da.type != db.type or not modalities_compatible(da.modality, db.modality):
        return False
    fa, fb = _features(da), _features(db)
    wa, wb = fa.window, fb.window
    if wa is None or wb is None or wa[0] > wb[1] or wb[0] > wa[1]:  # the dates overlap
        return False
    if not _places_compatible(fa, fb) or not _participants_agree(da.type, fa, fb):
        return False
    weak_a, weak_b = fa.weak, fb.weak
    if weak_a and weak_b:
        # two reports that only give their publication dates: the same occurrence only if
        # published within a day of each other (a spokesman speaks every day)
        ea, eb = da.date.last_day(), db.date.last_day()
        if ea is None or eb is None or abs((ea - eb).days) > 1:
            return False
    if weak_a or weak_b:
        return bool(fa.persons & fb.persons) or (da.type != "statement_issued" and _strong_without_people(fa, fb))
    return True


def cluster(occurrences: Sequence[Occurrence], overrides: Sequence[Override] = ()) -> list[list[str]]:
    """Group occurrences into entries. Each group lists event ids in log order; groups are
    ordered by their first occurrence."""
    ordered = sorted(occurrences, key=lambda o: o.position)
    known = {o.event_id for o in ordered}
    split_at: dict[str, int] = {}
    for ov in overrides:
        if ov.kind == "split":
            for eid in ov.event_ids:
                split_at[eid] = max(split_at.get(eid, 0), ov.position)

    # automatic pass
    groups: list[list[Occurrence]] = []
    group_of: dict[str, int] = {}
    for occ in ordered:
        if occ.event_id in split_at:
            continue
        chosen = None
        for gi in _candidate_groups(occ, groups, group_of):
            members = groups[gi]
            if occ.article_id is not None and any(m.article_id == occ.article_id for m in members):
                continue
            if all(same_occurrence(occ, m) for m in members):
                chosen = gi
                break
        if chosen is None:
            groups.append([occ])
            group_of[occ.event_id] = len(groups) - 1
        else:
            groups[chosen].append(occ)
            group_of[occ.event_id] = chosen

    # union-find over automatic groups and singletons, joined by manual merges
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    for members in groups:
        for m in members[1:]:
            union(members[0].event_id, m.event_id)
    for ov in sorted(overrides, key=lambda o: o.position):
        if ov.kind != "merge":
            continue
        ids = [e for e in ov.event_ids if e in known and split_at.get(e, -1) < ov.position]
        for other in ids[1:]:
            union(ids[0], other)

    position = {o.event_id: o.position for o in ordered}
    result: dict[str, list[str]] = {}
    for occ in ordered:
        result.setdefault(find(occ.event_id), []).append(occ.event_id)
    return sorted(result.values(), key=lambda ids: position[ids[0]])


def _candidate_groups(occ: Occurrence, groups: list[list[Occurrence]], group_of: dict[str, int]) -> list[int]:
    """Groups to try, earliest first. A linear scan, fine for the thousands of occurrences of
    one type the tool is meant for."""
    seen: list[int] = []
    for gi, members in enumerate(groups):
        if members[0].draft.type == occ.draft.type:
            seen.append(gi)
    return seen


# --------------------------------------------------------------------------- merged view


def date_strength(date: DateInterval) -> tuple[int, int]:
    """Sort key: lower is better evidence (real date before publication fallback, then the
    finer precision)."""
    return (_RESOLUTION_RANK.get(date.resolution, 1), _PRECISION_RANK.get(date.precision, 4))


def best_date(dates: Sequence[DateInterval]) -> DateInterval:
    """The date to display for an entry: the strongest evidence, the earliest logged on ties."""
    return min(enumerate(dates), key=lambda item: (date_strength(item[1]), item[0]))[1]


# --------------------------------------------------------------------------- blocking keys

#: A matching window of at most this many days is filed under each of its days; a longer one
#: under each of its weeks; one spanning more than :data:`MAX_WEEKS` weeks under :data:`WIDE_BUCKET`.
MAX_DAYS = 14
MAX_WEEKS = 60
WIDE_BUCKET = -1
#: Side sets are indexed by their subsets up to this size (every real set is smaller).
_MAX_SUBSET = 6


def _week(ordinal: int) -> int:
    return -2 - ordinal // 7  # negative: weeks and days never share a number


def buckets(window: tuple[dt.date, dt.date] | None) -> tuple[int, ...]:
    """Buckets an occurrence is filed under: days (ordinals) for a short window, weeks (negative
    numbers) for a longer one, :data:`WIDE_BUCKET` for a very long one."""
    if window is None:
        return ()
    first, last = window[0].toordinal(), window[1].toordinal()
    if last - first + 1 <= MAX_DAYS:
        return tuple(range(first, last + 1))
    if (last // 7) - (first // 7) + 1 > MAX_WEEKS:
        return (WIDE_BUCKET,)
    return tuple(_week(d * 7) for d in range(first // 7, last // 7 + 1))


def query_buckets(window: tuple[dt.date, dt.date]) -> tuple[int, ...] | None:
    """Buckets to look in for occurrences whose windows may overlap ``window`` (None: all).

    Two overlapping windows share a day d: a short one is filed under d, a long one under d's
    week, a very long one under the wide bucket; so look under every day and every week of
    the window, and the wide bucket."""
    first, last = window[0].toordinal(), window[1].toordinal()
    if last - first + 1 > MAX_WEEKS * 7:
        return None
    days = range(first, last + 1) if last - first + 1 <= MAX_DAYS else range(first // 7 * 7, last // 7 * 7 + 7)
    weeks = {_week(d) for d in days}
    return (*days, *sorted(weeks), WIDE_BUCKET)


def _side_set(groups: Iterable[str]) -> str:
    return ",".join(sorted(groups))


def _subsets(groups: frozenset[str], max_size: int) -> list[frozenset[str]]:
    items = sorted(groups)
    return [frozenset(c) for n in range(1, min(max_size, len(items)) + 1) for c in itertools.combinations(items, n)]


def stored_keys(draft: EventDraft) -> frozenset[str]:
    """Blocking keys an occurrence is filed under. Whenever :func:`same_occurrence` holds for a
    pair, one's :func:`query_keys` meet the other's stored keys (property-tested):

    * a person in common: ``P:`` person;
    * side groups where one set contains the other: the smaller set ``F:`` (full set) is a
      subset of the bigger one, which files ``S:`` every subset of itself;
    * side groups sharing :data:`SHARED_PARTIES` groups without nesting (and the weak-date rule
      on shared parties): each side files ``S:`` its pairs too, and looks them up;
    * statements and reports matched on their speakers' (reporters') side set: ``R:`` that set.

    Computed once per draft (drafts are immutable; catch-up asks for them more than once).
    """
    cached: frozenset[str] | None = draft.__dict__.get("_stored_keys")
    if cached is None:
        cached = frozenset(_stored_keys(draft))
        object.__setattr__(draft, "_stored_keys", cached)  # a cache, not a field, as in _features
    return cached


def _stored_keys(draft: EventDraft) -> set[str]:
    features = _features(draft)
    keys = {"P:" + k for k in features.persons}
    groups = features.groups
    if groups:
        keys.add("F:" + _side_set(groups))
        keys.update("S:" + _side_set(s) for s in _subsets(groups, _MAX_SUBSET))
    role = features.role_groups
    if role:
        keys.add("R:" + _side_set(role))
    return keys


def query_keys(draft: EventDraft) -> set[str]:
    """Keys to look up to find every occurrence that may match this one (see :func:`stored_keys`)."""
    features = _features(draft)
    keys = {"P:" + k for k in features.persons}
    groups = features.groups
    if groups:
        own = groups if len(groups) <= _MAX_SUBSET else frozenset(sorted(groups)[:_MAX_SUBSET])
        keys.add("S:" + _side_set(own))  # every superset files this
        pairs = [frozenset(c) for c in itertools.combinations(sorted(groups), SHARED_PARTIES)]
        keys.update("S:" + _side_set(pair) for pair in pairs)  # every set sharing a pair files it
        keys.update("F:" + _side_set(s) for s in _subsets(groups, len(groups)))  # every subset's own set
    role = features.role_groups
    if role:
        keys.add("R:" + _side_set(role))
    return keys
