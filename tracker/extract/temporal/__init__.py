"""Temporal expressions: found by per-language patterns, resolved against the publication date.

Why not ``dateparser.search_dates``: it reads durations as dates ("deux jours" becomes a day)
and misses phrases such as "au mois d'août". Here each language module
(:mod:`tracker.extract.lang.fr.temporal`, :mod:`tracker.extract.lang.en.temporal`) supplies patterns
with named groups and its word tables, built into a pack by
:mod:`tracker.extract.temporal.pack`; this module finds the longest non-overlapping matches
(recognition) and hands each one to its resolver (:mod:`tracker.extract.temporal.dates`,
:mod:`tracker.extract.temporal.relative`, over the arithmetic of
:mod:`tracker.extract.temporal.calendar`), following design §4:

* past by default, the future when the caller says the sentence points forward;
* a bare weekday is the last one (or the publication day itself when it is the same weekday);
  with ``future`` it is the next one;
* a month without a year is the one just past (the publication month is itself);
* a day and month without a year is the latest such day no more than ``DAY_WINDOW`` days
  after publication (``future``: the earliest no more than ``DAY_WINDOW`` days before), so a
  slightly mis-detected tense never throws a date a year away;
* durations ("pendant deux jours", "five hours") are never dates: they carry ``days`` only.

Numeric dates ("20/12/2025", "12/20/2025") are read by a reused ``dateparser.DateDataParser``
set to the language's DATE_ORDER (:mod:`tracker.extract.temporal.dateparsing`: imported
lazily, cached per language, preference and reference day), whose ``period`` gives the
precision; :func:`normalise_with_dateparser` is the
same door for callers holding an odd string, and the tests check that our arithmetic and
dateparser agree on full dates. Everything is pure: no I/O, no clock; the only reference date
is ``published``.

Speed: each rule declares a word class (month, weekday, unit...) that all its matches contain,
and runs only in windows around such words, so a sentence without any costs one tokenisation.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable

from tracker.errors import TrackerError
from tracker.events import DateInterval
from tracker.extract.temporal import dates as temporal_dates
from tracker.extract.temporal import relative as temporal_relative
from tracker.extract.temporal.calendar import DAY_WINDOW, NoAnchor, NotADate, ResolutionContext, Result
from tracker.extract.temporal.dateparsing import normalise_with_dateparser
from tracker.extract.temporal.pack import (
    WORD_TOKEN,
    LanguagePack,
    Rule,
    alt,
    fold,
    folded,
    gate_words,
    language_pack,
    word_pattern,
)
from tracker.extract.types import TemporalExpression

KINDS: tuple[str, ...] = ("date", "range", "duration", "relative")

#: How far from a gate word a match may reach; no pattern spans more than this on either side.
GATE_WINDOW = 100

#: Resolver name (``Rule.resolver``) -> the function that reads a match of that rule.
RESOLVERS: dict[str, Callable[[re.Match[str], Rule, ResolutionContext], Result]] = {
    **temporal_dates.RESOLVERS,
    **temporal_relative.RESOLVERS,
}


# --------------------------------------------------------------------------- public helpers


def anchor_duration(days: int, end: dt.date, resolution: str) -> DateInterval:
    """'pendant deux jours' ending on ``end`` -> [end-(days-1), end], precision day."""
    days = max(1, int(days))
    start = end - dt.timedelta(days=days - 1)
    return DateInterval(start=start.isoformat(), end=end.isoformat(), precision="day", resolution=resolution)


def publication_fallback(published: dt.date | None) -> DateInterval:
    """The interval used when the publication date is the only clue, marked as such."""
    if published is None:
        return DateInterval.unknown()
    day = published.isoformat()
    return DateInterval(start=day, end=day, precision="day", resolution="publication_fallback")


def find_temporal(
    text: str,
    lang: str,
    published: dt.date | None,
    *,
    offset: int = 0,
    future: bool = False,
    _scan_all: bool = False,
) -> list[TemporalExpression]:
    """All temporal expressions in ``text`` (typically one sentence), spans shifted by
    ``offset``, sorted, non-overlapping. ``future`` is True when the sentence's tense points
    forward: then a bare weekday or month resolves to the next one.

    ``lang`` is a registered language code (a region suffix such as "fr-FR" is ignored);
    another language raises ValidationError. An expression that needs the publication date when ``published``
    is None comes back with ``interval`` None. ``_scan_all`` (tests only) runs every pattern
    over the whole text instead of the windows around its gate words.
    """
    pack = language_pack(lang.lower().split("-")[0].split("_")[0] if lang else lang)
    if isinstance(published, dt.datetime):
        published = published.date()
    found: list[TemporalExpression] = []
    starts: list[int] = []  # the spans taken so far, sorted and disjoint
    ends: list[int] = []
    # Longest match first (then the earlier rule, then the leftmost); a match that does not
    # resolve (31 April, a "range" of three months) leaves room for the shorter ones inside it.
    for start, end, _priority, rule, match in sorted(
        _candidates(text, pack, _scan_all), key=lambda c: (c[0] - c[1], c[2], c[0])
    ):
        at = bisect.bisect_right(starts, start)
        if (at > 0 and ends[at - 1] > start) or (at < len(starts) and starts[at] < end):
            continue
        ctx = ResolutionContext(pack, published, future, text[start:end])
        try:
            kind, interval, days = RESOLVERS[rule.resolver](match, rule, ctx)
        except NoAnchor:
            kind, interval, days = rule.kind, None, None  # relative, and nothing to resolve it against
        except (NotADate, ValueError, OverflowError, TrackerError):
            continue  # not a real date after all: never a wrong one
        starts.insert(at, start)
        ends.insert(at, end)
        found.append(
            TemporalExpression(span=(start + offset, end + offset), text=text[start:end], kind=kind, interval=interval, days=days)
        )
    found.sort(key=lambda e: e.span)
    return found


# --------------------------------------------------------------------------- matching


def _windows(text: str, pack: LanguagePack) -> dict[str, list[tuple[int, int]]]:
    """For each gate class present in ``text``, the merged stretches within GATE_WINDOW
    characters of its words, ending on a space so no word is cut."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in WORD_TOKEN.finditer(text):
        token = m.group().lower()
        classes = ("year",) if token[0].isdigit() else pack.gate_words.get(token, ())
        for cls in classes:
            spans.setdefault(cls, []).append(m.span())
    size = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for cls, found in spans.items():
        merged: list[list[int]] = []
        for start, end in found:
            lo, hi = max(0, start - GATE_WINDOW), min(size, end + GATE_WINDOW)
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        windows = []
        for lo, hi in merged:
            space = _SPACE.search(text, hi)
            windows.append((lo, space.start() if space else size))
        out[cls] = windows
    return out


_SPACE = re.compile(r"\s")


def _candidates(
    text: str, pack: LanguagePack, scan_all: bool = False
) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
    """Every match of every rule, each rule run only where its gate words are (or over the
    whole text with ``scan_all``, which tests use to check the windows lose nothing)."""
    out = []
    windows = None if scan_all else _windows(text, pack)
    whole = [(0, len(text))]
    for priority, rule in enumerate(pack.rules):
        if windows is None or rule.gate is None:
            regions = whole
        else:
            regions = windows.get(rule.gate, [])
        for lo, hi in regions:
            for match in rule.pattern.finditer(text, lo, hi):
                if "core" in rule.pattern.groupindex and match.group("core") is not None:
                    start, end = match.span("core")
                else:
                    start, end = match.span()
                if end > start:
                    out.append((start, end, priority, rule, match))
    return out


__all__ = [
    "DAY_WINDOW", "GATE_WINDOW", "KINDS", "RESOLVERS", "SUPPORTED_LANGUAGES", "LanguagePack", "Rule", "alt",
    "anchor_duration", "find_temporal", "fold", "folded", "gate_words", "language_pack", "normalise_with_dateparser",
    "publication_fallback", "word_pattern",
]


def __getattr__(name: str) -> object:
    """``SUPPORTED_LANGUAGES``: the registered languages, read when asked (see :mod:`tracker.extract.lang`)."""
    if name == "SUPPORTED_LANGUAGES":
        from tracker.extract.lang import supported_languages

        return supported_languages()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
