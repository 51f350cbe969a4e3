"""Language packs for temporal expressions: the shapes every language fills, and one builder.

A language (``tracker/extract/lang/<code>/temporal.py``) holds only words and patterns: a
:class:`~tracker.extract.rules.TemporalWords` with its word tables (months, weekdays,
numbers...), its rules made with :func:`make_rule`, and its date order. :func:`build_pack`
turns it into a :class:`LanguagePack` the same way for every language, so a new language is
a new word table and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from tracker.extract.rules import TemporalWords

#: Per resolver: the kind of an expression it cannot resolve (no publication date), and the
#: word class every match of its rules contains (see :func:`gate_words`).
RESOLVER_SHAPES: dict[str, tuple[str, str]] = {
    "day_month": ("date", "month"),
    "day_range": ("range", "month"),
    "numeric": ("date", "year"),
    "iso": ("date", "year"),
    "month": ("date", "month"),
    "month_range": ("range", "month"),
    "year": ("date", "year"),
    "year_range": ("range", "year"),
    "part_month": ("relative", "month"),
    "part_year": ("relative", "year"),
    "part_period": ("relative", "unit"),
    "week_of_month": ("date", "month"),
    "weekday": ("date", "weekday"),
    "weekday_day": ("date", "weekday"),
    "weekday_range": ("range", "weekday"),
    "since_weekday": ("range", "weekday"),
    "deictic": ("relative", "deictic"),
    "period": ("relative", "unit"),
    "weekend": ("date", "weekend"),
    "shift": ("relative", "unit"),
    "span": ("relative", "unit"),
    "season": ("date", "season"),
    "holiday": ("date", "holiday"),
    "duration": ("duration", "unit"),
}

#: "2025-12-20": the same in every language.
ISO_DATE = r"(?P<y1>(?:19|20)\d{2})-(?P<mo>\d{2})-(?P<dd>\d{2})(?!\d)"


@dataclass(frozen=True)
class Rule:
    """One pattern of a language: ``resolver`` names a resolution function (see
    :mod:`tracker.extract.temporal`); ``params`` are fixed values for it (e.g. the sign of
    "il y a" / "ago")."""

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
    #: The code dateparser knows the language by; None: dateparser is not asked.
    dateparser_language: str | None = None
    #: Lower-case word -> the gate classes it announces (built by :func:`gate_words`).
    gate_words: Mapping[str, frozenset[str]] = field(default_factory=dict)


# --------------------------------------------------------------------------- words


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lookup key of a word: lower case, no accents, one space for any run of spaces or
    hyphens, plain apostrophe, no trailing dot."""
    text = strip_accents(text.lower())
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
        forms |= {strip_accents(w) for w in forms}
    uniq = sorted(forms, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(word_pattern(w) for w in uniq) + ")"


def folded(table: Mapping[str, Any]) -> dict[str, Any]:
    """The same table with folded keys (language modules write keys naturally)."""
    return {fold(k): v for k, v in table.items()}


#: A word or a four-digit year, as the gate windows see the text.
WORD_TOKEN = re.compile(r"[^\W\d_]+|(?<!\d)(?:19|20)\d\d(?!\d)")


def gate_words(classes: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """Map the last word of every table entry (as written and accent-folded, lower case) to
    its class: a match of a rule always contains such a word of the rule's class."""
    out: dict[str, set[str]] = {}
    for cls, words in classes.items():
        for word in words:
            for form in (word.lower(), fold(word)):
                tokens = WORD_TOKEN.findall(form)
                if tokens:
                    out.setdefault(tokens[-1], set()).add(cls)
    return {word: frozenset(found) for word, found in out.items()}


# --------------------------------------------------------------------------- building


def make_rule(name: str, resolver: str, pattern: str, *, flags: int = 0, **params: Any) -> Rule:
    """A rule whose match stands between word boundaries; kind and gate come from the resolver."""
    kind, gate = RESOLVER_SHAPES[resolver]
    return Rule(name, re.compile(r"(?<![\w])" + pattern + r"(?![\w])", flags), resolver, kind, params, gate)


def build_pack(lang: str, words: TemporalWords) -> LanguagePack:
    """The pack of a language's temporal words: its rules, its tables folded, its gate words."""
    gates = gate_words(
        {
            "month": words.months,
            "weekday": words.weekdays,
            "unit": words.units,
            "deictic": words.deictic_days,
            "weekend": [w for w, period in words.periods.items() if period == "weekend"],
            "season": words.seasons,
            "holiday": words.holidays,
        }
    )
    return LanguagePack(
        lang=lang,
        rules=tuple(words.rules),
        months=folded(words.months),
        weekdays=folded(words.weekdays),
        numbers=folded(words.numbers),
        units=folded(words.units),
        periods=folded(words.periods),
        directions=folded(words.directions),
        parts=folded(words.parts),
        seasons=folded(words.seasons),
        deictic_days=folded(words.deictic_days),
        prepositions=folded(words.prepositions),
        ordinals=folded(words.ordinals),
        holidays=folded(words.holidays),
        date_order=words.date_order,
        dateparser_settings={"DATE_ORDER": words.date_order},
        dateparser_language=words.dateparser_language,
        gate_words=gates,
    )


@cache
def language_pack(lang: str) -> LanguagePack:
    """The pack of a registered language (see :mod:`tracker.extract.lang`), built on first use.
    Raises ValidationError for a language that is not registered."""
    from tracker.extract.lang import rules_for

    return build_pack(lang, rules_for(lang, what="temporal expressions not supported").temporal)
