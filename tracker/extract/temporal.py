"""Temporal expressions: found by per-language patterns, resolved against the publication date.

Why not ``dateparser.search_dates``: it reads durations as dates ("deux jours" becomes a day)
and misses phrases such as "au mois d'août". Here each language module
(:mod:`tracker.extract.temporal_fr`, :mod:`tracker.extract.temporal_en`) supplies compiled
patterns with named groups and its word tables; this engine picks the longest non-overlapping
matches and resolves each one with plain calendar arithmetic, following design §4:

* past by default, the future when the caller says the sentence points forward;
* a bare weekday is the last one (or the publication day itself when it is the same weekday);
  with ``future`` it is the next one;
* a month without a year is the one just past (the publication month is itself);
* a day and month without a year is the latest such day no more than ``DAY_WINDOW`` days
  after publication (``future``: the earliest no more than ``DAY_WINDOW`` days before), so a
  slightly mis-detected tense never throws a date a year away;
* durations ("pendant deux jours", "five hours") are never dates: they carry ``days`` only.

Numeric dates ("20/12/2025", "12/20/2025") are read by a reused ``dateparser.DateDataParser``
set to the language's DATE_ORDER (imported lazily, cached per language, preference and
reference day), whose ``period`` gives the precision; :func:`normalise_with_dateparser` is the
same door for callers holding an odd string, and the tests check that our arithmetic and
dateparser agree on full dates. Everything is pure: no I/O, no clock; the only reference date
is ``published``.

Speed: each rule declares a word class (month, weekday, unit...) that all its matches contain,
and runs only in windows around such words, so a sentence without any costs one tokenisation.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import importlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping

from tracker.errors import TrackerError, ValidationError
from tracker.events import DateInterval
from tracker.extract.types import TemporalExpression

SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "en")

#: How far past the publication date a day written without its year may still be read as
#: "this year's" in a past-tense sentence (and symmetrically before it in a future one).
DAY_WINDOW = 7

KINDS: tuple[str, ...] = ("date", "range", "duration", "relative")

_ONE = dt.timedelta(days=1)


# --------------------------------------------------------------------------- language packs


@dataclass(frozen=True)
class Rule:
    """One pattern of a language: ``resolver`` names a function of this module's table
    ``_RESOLVERS``; ``params`` are fixed values for it (e.g. the sign of "il y a" / "ago")."""

    name: str
    pattern: re.Pattern[str]
    resolver: str
    kind: str
    params: Mapping[str, Any] = field(default_factory=dict)
    #: The word class every match of this rule contains (month, weekday, unit, deictic,
    #: weekend, season, year; see ``LanguagePack.gate_words``). The rule is only run in
    #: windows around words of that class: most sentences hold no month or unit at all.
    gate: str | None = None


@dataclass(frozen=True)
class LanguagePack:
    """Patterns and word tables of one language. Table keys are folded with :func:`fold`."""

    lang: str
    rules: tuple[Rule, ...]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int | None]
    units: Mapping[str, str]  # word -> hour | day | week | month | year
    periods: Mapping[str, str]  # word -> week | month | year | weekend
    directions: Mapping[str, int]  # word -> -1 (last), 0 (this), +1 (next)
    parts: Mapping[str, str]  # word -> early | mid | late | earlier | later
    seasons: Mapping[str, str]  # word -> spring | summer | autumn | winter
    deictic_days: Mapping[str, int]  # word -> offset in days from publication
    prepositions: Mapping[str, str] = field(default_factory=dict)  # word -> since | until
    ordinals: Mapping[str, int] = field(default_factory=dict)  # "first" -> 1 ... "last" -> -1
    holidays: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # word -> (month, day)
    date_order: str = "DMY"
    dateparser_settings: Mapping[str, Any] = field(default_factory=dict)
    #: Lower-case word -> the gate classes it announces (built by :func:`gate_words`).
    gate_words: Mapping[str, frozenset[str]] = field(default_factory=dict)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lookup key of a word: lower case, no accents, one space for any run of spaces or
    hyphens, plain apostrophe, no trailing dot."""
    text = _strip_accents(text.lower())
    text = text.replace("’", "'").replace("ʼ", "'")
    text = re.sub(r"[\s\-‐‑–]+", " ", text).strip()
    return text.rstrip(".")


def word_pattern(word: str) -> str:
    """Regex for one spelling of a table word: flexible spaces, hyphens and apostrophes."""
    out = []
    for ch in word:
        if ch == " ":
            out.append(r"\s+")
        elif ch == "-":
            out.append(r"(?:\s*[-‐‑–]\s*|\s+)")
        elif ch == "'":
            out.append(r"['’ʼ]\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alt(words: Iterable[str], accents: bool = True) -> str:
    """A non-capturing alternation of table words, longest first so prefixes never win.
    With ``accents``, each accented word also matches written without its accents
    ("aout", "fevrier"), as hurried copy sometimes has it."""
    forms = set(words)
    if accents:
        forms |= {_strip_accents(w) for w in forms}
    uniq = sorted(forms, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(word_pattern(w) for w in uniq) + ")"


def folded(table: Mapping[str, Any]) -> dict[str, Any]:
    """The same table with folded keys (language modules write keys naturally)."""
    return {fold(k): v for k, v in table.items()}


_TOKEN = re.compile(r"[^\W\d_]+|(?<!\d)(?:19|20)\d\d(?!\d)")

#: How far from a gate word a match may reach; no pattern spans more than this on either side.
GATE_WINDOW = 100


def gate_words(classes: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """Map the last word of every table entry (as written and accent-folded, lower case) to
    its class: a match of a rule always contains such a word of the rule's class."""
    out: dict[str, set[str]] = {}
    for cls, words in classes.items():
        for word in words:
            for form in (word.lower(), fold(word)):
                tokens = _TOKEN.findall(form)
                if tokens:
                    out.setdefault(tokens[-1], set()).add(cls)
    return {word: frozenset(found) for word, found in out.items()}


@lru_cache(maxsize=None)
def language_pack(lang: str) -> LanguagePack:
    """The pack of a supported language, imported on first use."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ValidationError(
            f"temporal expressions are not supported for language {lang!r}: "
            f"expected one of {', '.join(SUPPORTED_LANGUAGES)}"
        )
    module = importlib.import_module(f"tracker.extract.temporal_{lang}")
    return module.PACK  # type: ignore[no-any-return]


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

    ``lang`` is "fr" or "en" (a region suffix such as "fr-FR" is ignored); another language
    raises ValidationError. An expression that needs the publication date when ``published``
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
        ctx = _Context(pack, published, future, text[start:end])
        try:
            kind, interval, days = _RESOLVERS[rule.resolver](match, rule, ctx)
        except _NoAnchor:
            kind, interval, days = rule.kind, None, None  # relative, and nothing to resolve it against
        except (_Skip, ValueError, OverflowError, TrackerError):
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
    for m in _TOKEN.finditer(text):
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


# --------------------------------------------------------------------------- resolution context


class _Skip(Exception):
    """The match is not a usable temporal expression after all (e.g. 31 February)."""


@dataclass
class _Context:
    pack: LanguagePack
    published: dt.date | None
    future: bool
    raw: str

    def word(self, table: Mapping[str, Any], value: str | None) -> Any:
        if value is None:
            return None
        key = fold(value)
        if key not in table:
            raise _Skip(value)
        return table[key]

    def number(self, value: str | None) -> int | None:
        if value is None:
            return None
        if value.isdigit():
            return int(value)
        return self.word(self.pack.numbers, value)  # type: ignore[no-any-return]

    def needs_publication(self) -> dt.date:
        if self.published is None:
            raise _NoAnchor
        return self.published


class _NoAnchor(Exception):
    """The expression is relative but there is no publication date to resolve it against."""


Result = tuple[str, DateInterval | None, int | None]


def _g(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _direction(match: re.Match[str], ctx: _Context) -> int | None:
    """-1 / 0 / +1 from a "dernier"/"ce"/"next" word; a trailing one ("mardi prochain") wins."""
    value = _g(match, "dir2") or _g(match, "dir")
    return ctx.word(ctx.pack.directions, value)  # type: ignore[no-any-return]


def _day_number(text: str) -> int:
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    if fold(text) in ("premier", "first"):
        return 1
    raise _Skip(text)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- intervals


def _days_iv(first: dt.date, last: dt.date, ctx: _Context, resolution: str, precision: str = "day") -> DateInterval:
    return DateInterval(start=first.isoformat(), end=last.isoformat(), precision=precision, raw=ctx.raw, resolution=resolution)


def _months_iv(y1: int, m1: int, y2: int, m2: int, ctx: _Context, resolution: str) -> DateInterval:
    return DateInterval(
        start=f"{y1:04d}-{m1:02d}", end=f"{y2:04d}-{m2:02d}", precision="month", raw=ctx.raw, resolution=resolution
    )


def _year_iv(year: int, ctx: _Context, resolution: str) -> DateInterval:
    return DateInterval(start=f"{year:04d}", end=f"{year:04d}", precision="year", raw=ctx.raw, resolution=resolution)


def _week_iv(day: dt.date, ctx: _Context) -> DateInterval:
    monday = day - dt.timedelta(days=day.weekday())
    return _days_iv(monday, monday + dt.timedelta(days=6), ctx, "relative_to_publication", "week")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# --------------------------------------------------------------------------- year choice


def _pick_day(month: int, day: int, ctx: _Context, direction: int | None = None) -> dt.date:
    """The year of a day written without one (see DAY_WINDOW)."""
    pub = ctx.needs_publication()
    cands = [d for y in range(pub.year - 4, pub.year + 5) if (d := _safe_date(y, month, day))]
    if not cands:
        raise _Skip(ctx.raw)
    if direction == -1:  # "le 16 décembre dernier"
        ok = [c for c in cands if c <= pub]
        return max(ok)
    if direction == 1:  # "le 5 janvier prochain"
        ok = [c for c in cands if c >= pub]
        return min(ok)
    if ctx.future:
        return min(c for c in cands if c >= pub - dt.timedelta(days=DAY_WINDOW))
    return max(c for c in cands if c <= pub + dt.timedelta(days=DAY_WINDOW))


def _pick_month_year(month: int, ctx: _Context, direction: int | None = None) -> int:
    """The year of a month written without one: the publication month is itself."""
    pub = ctx.needs_publication()
    if direction == -1:
        return pub.year if month < pub.month else pub.year - 1
    if direction == 1:
        return pub.year if month > pub.month else pub.year + 1
    if month == pub.month:
        return pub.year
    if ctx.future:
        return pub.year if month > pub.month else pub.year + 1
    return pub.year if month < pub.month else pub.year - 1


def _pick_weekday(weekday: int, ctx: _Context, direction: int | None = None, future: bool | None = None) -> dt.date:
    pub = ctx.needs_publication()
    forward = ctx.future if future is None else future
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == -1:
        return pub - dt.timedelta(days=back or 7)
    if direction == 1:
        return pub + dt.timedelta(days=ahead or 7)
    return pub + dt.timedelta(days=ahead) if forward else pub - dt.timedelta(days=back)


def _year(value: str | None) -> int | None:
    if value is None:
        return None
    year = int(value)
    if year < 100:
        year += 2000
    return year


# --------------------------------------------------------------------------- resolvers


def _r_day_month(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    month = ctx.word(ctx.pack.months, _g(m, "m1"))
    day = _day_number(_g(m, "d1") or "")
    year = _year(_g(m, "y1"))
    if year is not None:
        date = _safe_date(year, month, day)
        resolution = "explicit"
        if date is None:
            raise _Skip(ctx.raw)
    else:
        resolution = "relative_to_publication"
        try:
            date = _pick_day(month, day, ctx, _direction(m, ctx))
        except _NoAnchor:
            if _safe_date(2000, month, day) is None:
                raise _Skip(ctx.raw) from None
            return "date", None, None
    if rule.params.get("week"):  # "la semaine du 15 décembre": Monday to Sunday around it
        monday = date - dt.timedelta(days=date.weekday())
        return "date", _days_iv(monday, monday + dt.timedelta(days=6), ctx, resolution, "week"), None
    return "date", _days_iv(date, date, ctx, resolution), None


def _r_day_range(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'du 10 au 14 mars', 'Dec. 28 to Jan. 2': without a year, the start follows the rule of
    a single day (see DAY_WINDOW) and the end is the first such day after it."""
    m_end = _g(m, "m1") or _g(m, "m0")
    month2 = ctx.word(ctx.pack.months, m_end)
    month1 = ctx.word(ctx.pack.months, _g(m, "m0") or m_end)
    d1, d2 = _day_number(_g(m, "d1") or ""), _day_number(_g(m, "d2") or "")
    if _g(m, "m0") is None and d1 > d2:  # "du 28 au 3 janvier": the 28th of December
        month1 = 12 if month2 == 1 else month2 - 1
    y1, y2 = _year(_g(m, "y0")), _year(_g(m, "y1"))
    resolution = "explicit" if y1 is not None or y2 is not None else "relative_to_publication"
    if y1 is None and y2 is None:
        try:
            first = _pick_day(month1, d1, ctx)
        except _NoAnchor:
            return "range", None, None
        last = _safe_date(first.year, month2, d2)
        if last is not None and last < first:
            last = _safe_date(first.year + 1, month2, d2)
    elif y1 is None:
        last = _safe_date(y2, month2, d2)  # type: ignore[arg-type]
        if last is None:
            raise _Skip(ctx.raw)
        first = _safe_date(last.year, month1, d1)
        if first is not None and first > last:
            first = _safe_date(last.year - 1, month1, d1)
    else:
        first = _safe_date(y1, month1, d1)
        if first is None:
            raise _Skip(ctx.raw)
        last = _safe_date(y2 if y2 is not None else first.year, month2, d2)
        if y2 is None and last is not None and last < first:
            last = _safe_date(first.year + 1, month2, d2)
    if first is None or last is None or first > last or (last - first).days > 366:
        raise _Skip(ctx.raw)
    return "range", _days_iv(first, last, ctx, resolution), None


def _r_numeric(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'20/12/2025', '12/20/2025': the language's day order is dateparser's DATE_ORDER; when
    that reading is impossible (13th month) the other order is tried."""
    interval = normalise_with_dateparser(ctx.raw, ctx.pack.lang, ctx.published, ctx.future)
    if interval is not None and interval.precision == "day":
        return "date", interval, None
    a, b = int(_g(m, "a") or 0), int(_g(m, "b") or 0)
    year = _year(_g(m, "y1"))
    assert year is not None
    day, month = (a, b) if ctx.pack.date_order == "DMY" else (b, a)
    date = _safe_date(year, month, day) or _safe_date(year, day, month)
    if date is None:
        raise _Skip(ctx.raw)
    return "date", _days_iv(date, date, ctx, "explicit"), None


def _r_iso(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    date = _safe_date(int(_g(m, "y1") or 0), int(_g(m, "mo") or 0), int(_g(m, "dd") or 0))
    if date is None:
        raise _Skip(ctx.raw)
    return "date", _days_iv(date, date, ctx, "explicit"), None


def _r_month(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    month = ctx.word(ctx.pack.months, _g(m, "m1"))
    year = _year(_g(m, "y1"))
    if year is not None:
        return "date", _months_iv(year, month, year, month, ctx, "explicit"), None
    try:
        year = _pick_month_year(month, ctx, _direction(m, ctx))
    except _NoAnchor:
        return "date", None, None
    return "date", _months_iv(year, month, year, month, ctx, "relative_to_publication"), None


def _r_month_range(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    month1 = ctx.word(ctx.pack.months, _g(m, "m0"))
    month2 = ctx.word(ctx.pack.months, _g(m, "m1"))
    year = _year(_g(m, "y1"))
    resolution = "explicit"
    if year is None:
        resolution = "relative_to_publication"
        try:
            if ctx.future:
                year = _pick_month_year(month1, ctx)
                year2 = year if month2 >= month1 else year + 1
                return "range", _months_iv(year, month1, year2, month2, ctx, resolution), None
            year = _pick_month_year(month2, ctx)
        except _NoAnchor:
            return "range", None, None
    year1 = year if month1 <= month2 else year - 1
    return "range", _months_iv(year1, month1, year, month2, ctx, resolution), None


def _r_year(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    year = _year(_g(m, "y1"))
    assert year is not None
    return "date", _year_iv(year, ctx, "explicit"), None


def _r_year_range(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    first, last = _year(_g(m, "y0")), _year(_g(m, "y1"))
    assert first is not None and last is not None
    if not 0 < last - first <= 50:
        raise _Skip(ctx.raw)
    interval = DateInterval(start=f"{first:04d}", end=f"{last:04d}", precision="year", raw=ctx.raw, resolution="explicit")
    return "range", interval, None


def _r_weekday(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    weekday = ctx.word(ctx.pack.weekdays, _g(m, "wd"))
    direction = _direction(m, ctx)
    try:
        date = _pick_weekday(weekday, ctx, direction or None)
    except _NoAnchor:
        return "date", None, None
    return "date", _days_iv(date, date, ctx, "relative_to_publication"), None


def _r_weekday_day(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'lundi 22': the month near publication where the 22nd is a Monday."""
    weekday = ctx.word(ctx.pack.weekdays, _g(m, "wd"))
    day = _day_number(_g(m, "d1") or "")
    try:
        pub = ctx.needs_publication()
    except _NoAnchor:
        return "date", None, None
    cands = []
    for delta in range(-2, 3):
        y, mo = _add_months(pub.year, pub.month, delta)
        date = _safe_date(y, mo, day)
        if date is not None and date.weekday() == weekday:
            cands.append(date)
    if not cands:
        raise _Skip(ctx.raw)
    if ctx.future:
        ok = [c for c in cands if c >= pub - dt.timedelta(days=DAY_WINDOW)]
    else:
        ok = [c for c in cands if c <= pub + dt.timedelta(days=DAY_WINDOW)]
    if not ok:
        raise _Skip(ctx.raw)
    date = min(ok, key=lambda c: abs((c - pub).days))
    return "date", _days_iv(date, date, ctx, "relative_to_publication"), None


def _r_weekday_range(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    wd1 = ctx.word(ctx.pack.weekdays, _g(m, "wd"))
    wd2 = ctx.word(ctx.pack.weekdays, _g(m, "wd2"))
    try:
        if ctx.future:
            first = _pick_weekday(wd1, ctx)
            last = first + dt.timedelta(days=(wd2 - wd1) % 7)
        else:
            last = _pick_weekday(wd2, ctx)
            first = last - dt.timedelta(days=(wd2 - wd1) % 7)
    except _NoAnchor:
        return "range", None, None
    return "range", _days_iv(first, last, ctx, "relative_to_publication"), None


def _r_since_weekday(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'depuis lundi', 'since Monday': the last such day up to publication."""
    weekday = ctx.word(ctx.pack.weekdays, _g(m, "wd"))
    first = _pick_weekday(weekday, ctx, future=False)
    return "range", _days_iv(first, ctx.needs_publication(), ctx, "relative_to_publication"), None


def _r_deictic(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    shift = ctx.word(ctx.pack.deictic_days, _g(m, "deic"))
    try:
        date = ctx.needs_publication() + dt.timedelta(days=shift)
    except _NoAnchor:
        return "relative", None, None
    return "relative", _days_iv(date, date, ctx, "relative_to_publication"), None


def _period_interval(period: str, direction: int, ctx: _Context) -> DateInterval:
    pub = ctx.needs_publication()
    rel = "relative_to_publication"
    if period == "week":
        return _week_iv(pub + dt.timedelta(days=7 * direction), ctx)
    if period == "month":
        y, mo = _add_months(pub.year, pub.month, direction)
        return _months_iv(y, mo, y, mo, ctx, rel)
    if period == "year":
        return _year_iv(pub.year + direction, ctx, rel)
    if period == "weekend":
        return _weekend(direction, ctx)
    raise _Skip(ctx.raw)


def _weekend(direction: int | None, ctx: _Context) -> DateInterval:
    """Saturday-Sunday: the current one on a weekend; else the last one (next if future)."""
    pub = ctx.needs_publication()
    wd = pub.weekday()
    if wd >= 5:
        current_sat = pub - dt.timedelta(days=wd - 5)
    elif direction == 1 or (direction in (None, 0) and ctx.future):
        current_sat = pub + dt.timedelta(days=5 - wd)
    else:
        current_sat = pub - dt.timedelta(days=wd + 2)
    sat = current_sat
    if wd >= 5 and direction == 1:
        sat = current_sat + dt.timedelta(days=7)
    elif wd >= 5 and direction == -1:
        sat = current_sat - dt.timedelta(days=7)
    return _days_iv(sat, sat + _ONE, ctx, "relative_to_publication")


def _r_period(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    period = ctx.word(ctx.pack.periods, _g(m, "per"))
    direction = _direction(m, ctx)
    if direction is None:
        direction = rule.params.get("direction", 0)
    try:
        return "relative", _period_interval(period, direction, ctx), None
    except _NoAnchor:
        return "relative", None, None


def _r_weekend(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    direction = _direction(m, ctx)
    kind = "date" if direction is None else "relative"
    try:
        return kind, _weekend(direction, ctx), None
    except _NoAnchor:
        return kind, None, None


_UNIT_DAYS = {"hour": 1, "day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30}


def _r_shift(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'il y a trois jours', 'in two weeks': a point moved from publication, at the unit's
    precision."""
    n = ctx.number(_g(m, "n"))
    unit = ctx.word(ctx.pack.units, _g(m, "unit"))
    if n is None:  # "il y a quelques jours", "in a few weeks": a stretch, not a point
        return _r_span(m, replace(rule, params={**rule.params, "vague": True}), ctx)
    sign = int(rule.params["sign"])
    pub = ctx.needs_publication()
    rel = "relative_to_publication"
    if unit in ("day", "night", "hour"):
        days = n if unit != "hour" else n // 24
        date = pub + dt.timedelta(days=sign * days)
        return "relative", _days_iv(date, date, ctx, rel), None
    if unit in ("week", "fortnight"):
        return "relative", _week_iv(pub + dt.timedelta(days=sign * n * _UNIT_DAYS[unit]), ctx), None
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, sign * n)
        return "relative", _months_iv(y, mo, y, mo, ctx, rel), None
    if unit == "year":
        return "relative", _year_iv(pub.year + sign * n, ctx, rel), None
    raise _Skip(ctx.raw)


_VAGUE_SPAN = {"hour": 1, "day": 7, "night": 7, "week": 28, "fortnight": 28, "month": 90, "year": 365}


def _r_span(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'the past three days', 'd'ici deux semaines', 'les prochains jours': a stretch of days
    that ends (sign -1) or starts (sign +1) at publication."""
    unit_word = _g(m, "unit") or ""
    unit = ctx.word(ctx.pack.units, unit_word)
    n = ctx.number(_g(m, "n"))
    if n is None and _g(m, "n") is None and not fold(unit_word).endswith("s"):
        n = 1  # "the past week", "the coming month"
    if n is None:
        length = _VAGUE_SPAN[unit]
        precision = "week" if length <= 7 else "month"
    else:
        if unit == "year":
            length = 365 * n
        elif unit == "hour":
            length = max(1, n // 24)
        else:
            length = n * _UNIT_DAYS[unit]
        precision = "day"
    try:
        pub = ctx.needs_publication()
    except _NoAnchor:
        return "relative", None, None
    if int(rule.params["sign"]) < 0:
        first, last = pub - dt.timedelta(days=length), pub
    else:
        first, last = pub, pub + dt.timedelta(days=length)
    return "relative", _days_iv(first, last, ctx, "relative_to_publication", precision), None


_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_WEEK_PARTS = {"early": (0, 2), "mid": (2, 4), "late": (3, 6)}


def _part_interval(
    part: str, first: dt.date, last: dt.date, unit: str, ctx: _Context, resolution: str, pre: str | None
) -> DateInterval:
    """A part ("early", "mid", "late", "earlier", "later") of the period [first, last].

    ``pre`` changes the reading: "avant la fin de juin" / "by the end of the year" (``until``)
    is the whole period; "depuis le début de l'année" (``since``) runs from its start to
    publication.
    """
    whole_precision = {"week": "week", "month": "month", "year": "year"}[unit]
    if pre == "until" and part == "late":
        return _whole(first, last, unit, ctx, resolution)
    if pre == "since" and part == "early" and ctx.published is not None and ctx.published >= first:
        return _days_iv(first, ctx.published, ctx, "relative_to_publication", "day")
    if part in ("earlier", "later"):
        pub = ctx.needs_publication()
        if part == "earlier":
            return _days_iv(first, min(last, max(first, pub - _ONE)), ctx, resolution, whole_precision)
        return _days_iv(max(first, min(last, pub)), last, ctx, resolution, whole_precision)
    if unit == "week":
        a, b = _WEEK_PARTS[part]
        return _days_iv(first + dt.timedelta(days=a), first + dt.timedelta(days=b), ctx, resolution, "week")
    if unit == "month":
        a, b = _MONTH_THIRDS.get(part, (21, last.day))
        return _days_iv(first.replace(day=a), first.replace(day=b), ctx, resolution, "week")
    a, b = _YEAR_PARTS[part]
    return _months_iv(first.year, a, first.year, b, ctx, resolution)


def _whole(first: dt.date, last: dt.date, unit: str, ctx: _Context, resolution: str) -> DateInterval:
    if unit == "week":
        return _days_iv(first, last, ctx, resolution, "week")
    if unit == "month":
        return _months_iv(first.year, first.month, first.year, first.month, ctx, resolution)
    return _year_iv(first.year, ctx, resolution)


def _part(m: re.Match[str], ctx: _Context) -> str:
    return ctx.word(ctx.pack.parts, _g(m, "part") or _g(m, "part2"))  # type: ignore[no-any-return]


def _pre(m: re.Match[str], ctx: _Context) -> str | None:
    return ctx.word(ctx.pack.prepositions, _g(m, "pre"))  # type: ignore[no-any-return]


def _r_part_month(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'début janvier', 'at the end of November 2025', 'avant la fin du mois de juin'."""
    part = _part(m, ctx)
    month = ctx.word(ctx.pack.months, _g(m, "m1"))
    year = _year(_g(m, "y1"))
    resolution = "explicit"
    if year is None:
        resolution = "relative_to_publication"
        year = _pick_month_year(month, ctx)
    first = dt.date(year, month, 1)
    return "relative", _part_interval(part, first, _month_end(year, month), "month", ctx, resolution, _pre(m, ctx)), None


def _r_part_year(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'début 2026', 'by the end of 2025', 'mid-2025'."""
    part = _part(m, ctx)
    year = _year(_g(m, "y1"))
    assert year is not None
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return "relative", _part_interval(part, first, last, "year", ctx, "explicit", _pre(m, ctx)), None


def _r_part_period(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'en fin de semaine', 'at the end of next month', 'earlier this year', 'dans la semaine'."""
    part = _part(m, ctx) if _g(m, "part") or _g(m, "part2") else rule.params["part"]
    period = ctx.word(ctx.pack.periods, _g(m, "per"))
    direction = _direction(m, ctx) or 0
    pub = ctx.needs_publication()
    if period == "week":
        first = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * direction)
        last = first + dt.timedelta(days=6)
    elif period == "month":
        y, mo = _add_months(pub.year, pub.month, direction)
        first, last = dt.date(y, mo, 1), _month_end(y, mo)
    elif period == "year":
        first, last = dt.date(pub.year + direction, 1, 1), dt.date(pub.year + direction, 12, 31)
    else:
        raise _Skip(ctx.raw)
    interval = _part_interval(part, first, last, period, ctx, "relative_to_publication", _pre(m, ctx))
    return "relative", interval, None


def _r_week_of_month(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'la première semaine de janvier', 'the last week of December': seven days."""
    nth = ctx.word(ctx.pack.ordinals, _g(m, "nth"))
    month = ctx.word(ctx.pack.months, _g(m, "m1"))
    year = _year(_g(m, "y1"))
    resolution = "explicit"
    if year is None:
        resolution = "relative_to_publication"
        year = _pick_month_year(month, ctx)
    last_day_of_month = _month_end(year, month)
    if nth == -1:
        first = last_day_of_month - dt.timedelta(days=6)
    elif 1 <= nth <= 4:
        first = dt.date(year, month, 7 * (nth - 1) + 1)
    else:
        raise _Skip(ctx.raw)
    return "date", _days_iv(first, first + dt.timedelta(days=6), ctx, resolution, "week"), None


def _r_holiday(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """'Noël', 'New Year's Day': the day, placed like a day without a year; 'd'ici Noël',
    'by Christmas' (``until``) is the stretch from publication to that day."""
    month, day = ctx.word(ctx.pack.holidays, _g(m, "holiday"))
    pre = _pre(m, ctx)
    date = _pick_day(month, day, ctx, 1 if pre == "until" else None)
    if pre == "until" and ctx.published is not None and date > ctx.published:
        return "range", _days_iv(ctx.published, date, ctx, "relative_to_publication"), None
    return "date", _days_iv(date, date, ctx, "relative_to_publication"), None


_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season_instance(season: str, start_year: int) -> tuple[dt.date, dt.date]:
    first_month = _SEASON_MONTHS[season]
    first = dt.date(start_year, first_month, 1)
    y, mo = _add_months(start_year, first_month, 2)
    return first, _month_end(y, mo)


def _r_season(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    season = ctx.word(ctx.pack.seasons, _g(m, "season"))
    direction = _direction(m, ctx)
    if fold(_g(m, "season") or "") in rule.params.get("ambiguous", ()) and direction is None and _g(m, "y1") is None:
        raise _Skip(ctx.raw)  # "the fall of Kabul"
    year = _year(_g(m, "y1"))
    if year is not None:
        start_year = year - 1 if season == "winter" else year
        first, last = _season_instance(season, start_year)
        return "date", _months_iv(first.year, first.month, last.year, last.month, ctx, "explicit"), None
    try:
        pub = ctx.needs_publication()
    except _NoAnchor:
        return "date", None, None
    instances = [_season_instance(season, y) for y in range(pub.year - 2, pub.year + 2)]
    current = [i for i in instances if i[0] <= pub <= i[1]]
    past = [i for i in instances if i[1] < pub]
    coming = [i for i in instances if i[0] > pub]
    if direction == -1:
        chosen = past[-1]
    elif direction == 1:
        chosen = coming[0]
    elif current:
        chosen = current[0]
    else:
        chosen = coming[0] if ctx.future else past[-1]
    first, last = chosen
    kind = "date" if direction is None else "relative"
    return kind, _months_iv(first.year, first.month, last.year, last.month, ctx, "relative_to_publication"), None


def _r_duration(m: re.Match[str], rule: Rule, ctx: _Context) -> Result:
    """A length of time, never a date: ``days`` holds it (None for years or vague counts)."""
    unit = ctx.word(ctx.pack.units, _g(m, "unit"))
    n = ctx.number(_g(m, "n"))
    if unit == "year" or n is None:
        return "duration", None, None
    if n <= 0:
        raise _Skip(ctx.raw)
    if unit == "hour":
        return "duration", None, max(1, -(-n // 24))
    if unit == "minute":
        return "duration", None, 1
    return "duration", None, n * _UNIT_DAYS[unit]


_RESOLVERS: dict[str, Callable[[re.Match[str], Rule, _Context], Result]] = {
    "day_month": _r_day_month,
    "day_range": _r_day_range,
    "numeric": _r_numeric,
    "iso": _r_iso,
    "month": _r_month,
    "month_range": _r_month_range,
    "year": _r_year,
    "year_range": _r_year_range,
    "weekday": _r_weekday,
    "weekday_day": _r_weekday_day,
    "weekday_range": _r_weekday_range,
    "since_weekday": _r_since_weekday,
    "deictic": _r_deictic,
    "period": _r_period,
    "weekend": _r_weekend,
    "shift": _r_shift,
    "span": _r_span,
    "part_month": _r_part_month,
    "part_year": _r_part_year,
    "part_period": _r_part_period,
    "season": _r_season,
    "holiday": _r_holiday,
    "week_of_month": _r_week_of_month,
    "duration": _r_duration,
}


# --------------------------------------------------------------------------- dateparser


@lru_cache(maxsize=8)
def _parser(lang: str, prefer: str, base: dt.date | None) -> Any:
    """One DateDataParser per (language, preference, reference day), reused."""
    from dateparser.date import DateDataParser  # heavy: imported only when needed

    pack = language_pack(lang)
    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
    settings.update(pack.dateparser_settings)
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[lang], settings=settings)


_PERIOD_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year"}


@lru_cache(maxsize=4096)
def normalise_with_dateparser(raw: str, lang: str, published: dt.date | None, future: bool) -> DateInterval | None:
    """Normalise one already-found expression with dateparser; its ``period`` is the
    precision. None when dateparser cannot read it."""
    parser = _parser(lang, "future" if future else "past", published)
    data = parser.get_date_data(raw)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    precision = _PERIOD_PRECISION.get(data.period or "day", "day")
    explicit = re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", raw) is not None
    resolution = "explicit" if explicit else "relative_to_publication"
    if not explicit and published is None:
        return None
    if precision == "year":
        return DateInterval(start=f"{day.year:04d}", end=f"{day.year:04d}", precision="year", raw=raw, resolution=resolution)
    if precision == "month":
        text = f"{day.year:04d}-{day.month:02d}"
        return DateInterval(start=text, end=text, precision="month", raw=raw, resolution=resolution)
    if precision == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return DateInterval(
            start=monday.isoformat(), end=(monday + dt.timedelta(days=6)).isoformat(), precision="week", raw=raw, resolution=resolution
        )
    return DateInterval(start=day.isoformat(), end=day.isoformat(), precision="day", raw=raw, resolution=resolution)
