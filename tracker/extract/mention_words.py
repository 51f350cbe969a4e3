"""Per-language word lists for mention finding, compiled once into token-keyed phrase sets.

The language modules (:mod:`tracker.extract.mentions_fr`, :mod:`tracker.extract.mentions_en`)
hold plain words; this module turns them into :class:`PhraseSet` lookups keyed on folded
tokens, so every stage of :func:`tracker.extract.mentions.find_mentions` matches phrases the
same way, and gives languages without a word module the place prepositions they need.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import ModuleType
from typing import Any, Iterable

from tracker.extract.tokens import Token, alias_keys, caps_ok


class PhraseSet:
    """Multi-word phrases matched on token keys, each with a value and a case constraint."""

    def __init__(self, phrases: Iterable[tuple[str, Any]] = ()) -> None:
        self._items: dict[tuple[str, ...], list[tuple[tuple[int, ...], Any]]] = {}
        self._by_first: dict[str, list[int]] = {}
        self._by_last: dict[str, list[int]] = {}
        self.max_len = 0
        for phrase, value in phrases:
            self.add(phrase, value)

    def add(self, phrase: str, value: Any) -> None:
        keys, caps = alias_keys(phrase)
        if not keys:
            return
        self._items.setdefault(keys, []).append((caps, value))
        self.max_len = max(self.max_len, len(keys))
        for index, key in ((self._by_first, keys[0]), (self._by_last, keys[-1])):
            lengths = index.setdefault(key, [])
            if len(keys) not in lengths:
                lengths.append(len(keys))
                lengths.sort(reverse=True)

    def _value(self, tokens: list[Token], first: int, last: int) -> tuple[bool, Any]:
        key = tuple(t.key for t in tokens[first : last + 1])
        for caps, value in self._items.get(key, ()):
            if caps_ok(caps, tokens, first):
                return True, value
        return False, None

    def first_keys(self) -> set[str]:
        """The keys that can start a phrase."""
        return set(self._by_first)

    def match_at(self, tokens: list[Token], i: int, limit: int | None = None) -> tuple[int, Any]:
        """Longest phrase starting at token ``i`` (of at most ``limit`` tokens): (length, value)."""
        if i >= len(tokens):
            return 0, None
        lengths = self._by_first.get(tokens[i].key)
        if lengths is None:
            return 0, None
        for n in lengths:
            if i + n > len(tokens) or (limit is not None and n > limit):
                continue
            ok, value = self._value(tokens, i, i + n - 1)
            if ok:
                return n, value
        return 0, None

    def match_ending_at(self, tokens: list[Token], j: int) -> tuple[int, Any]:
        """Longest phrase ending at token ``j``: (number of tokens, value), or (0, None)."""
        if not 0 <= j < len(tokens):
            return 0, None
        lengths = self._by_last.get(tokens[j].key)
        if lengths is None:
            return 0, None
        for n in lengths:
            if n > j + 1:
                continue
            ok, value = self._value(tokens, j - n + 1, j)
            if ok:
                return n, value
        return 0, None


@dataclass(frozen=True)
class LangWords:
    """The compiled word lists of one language."""

    adjective_first: bool
    demonyms: PhraseSet
    plural_nouns: PhraseSet
    compound_prefixes: PhraseSet
    side_nouns: PhraseSet
    delegation_nouns: PhraseSet
    city_preps: PhraseSet
    country_preps: PhraseSet
    articles: frozenset[str]
    coordinators: frozenset[str]
    title_heads: PhraseSet
    title_modifiers: PhraseSet
    title_prefixes: PhraseSet
    complement_preps: PhraseSet
    department_words: frozenset[str]
    name_stopwords: frozenset[str]
    name_particles: frozenset[str]
    anonymous_heads: PhraseSet
    motion_preps: PhraseSet
    motion_words: frozenset[str]
    addressee_words: PhraseSet
    place_coordinators: frozenset[str]
    apposition_articles: frozenset[str]
    role_titles: dict[tuple[str, ...], str] = field(default_factory=dict)
    role_blockers: frozenset[str] = frozenset()
    counterpart_heads: PhraseSet = field(default_factory=PhraseSet)
    place_nouns_after: frozenset[str] = frozenset()
    named_nouns_after: frozenset[str] = frozenset()
    named_preps: PhraseSet = field(default_factory=PhraseSet)
    talk_nouns: frozenset[str] = frozenset()
    pattern_gates: frozenset[str] = frozenset()
    speaker_verbs: PhraseSet = field(default_factory=PhraseSet)
    organisation_words: frozenset[str] = frozenset()


def _keyset(words: Iterable[str]) -> frozenset[str]:
    out = set()
    for w in words:
        keys, _ = alias_keys(w)
        if len(keys) == 1:
            out.add(keys[0])
        elif keys:
            out.add(" ".join(keys))
    return frozenset(out)


def _flags(words: Iterable[str]) -> PhraseSet:
    return PhraseSet((w, True) for w in words)


#: Words left out of a title's core when matching it against role titles.
ROLE_FUNCTION_WORDS = frozenset({"'", "l", "d", "le", "la", "les", "the", "of", "s", "de", "du", "des", "a", "au", "aux", "et", "and", "for", "to", "in", "en", "."})


def _role_table(titles: dict[str, Iterable[str]]) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for role, phrases in titles.items():
        for phrase in phrases:
            keys = tuple(k for k in alias_keys(phrase)[0] if k not in ROLE_FUNCTION_WORDS)
            if keys:
                table.setdefault(keys, role)
    return table


def _with_gates(words: LangWords) -> LangWords:
    """First words of every pattern: tokens with none of them cannot start a pattern."""
    gates: set[str] = set()
    for ps in (words.demonyms, words.plural_nouns, words.compound_prefixes, words.side_nouns, words.delegation_nouns):
        gates.update(ps.first_keys())
    return replace(words, pattern_gates=frozenset(gates))


def _compile(module: ModuleType, adjective_first: bool) -> LangWords:
    demonyms = PhraseSet(module.DEMONYMS.items())
    plural = getattr(module, "PLURAL_NOUNS", None)
    if plural is None:  # French: a capitalised plural demonym is a noun ("les Russes")
        plural = {w[:1].upper() + w[1:]: s for w, s in module.DEMONYMS.items() if w.endswith(("s", "x"))}
    return _with_gates(LangWords(
        adjective_first=adjective_first,
        demonyms=demonyms,
        plural_nouns=PhraseSet(plural.items()),
        compound_prefixes=PhraseSet(module.COMPOUND_PREFIXES.items()),
        side_nouns=_flags(module.SIDE_NOUNS),
        delegation_nouns=_flags(module.DELEGATION_NOUNS),
        city_preps=_flags(module.CITY_PREPS),
        country_preps=_flags(module.COUNTRY_PREPS),
        articles=_keyset(module.ARTICLES),
        coordinators=_keyset(module.COORDINATORS),
        title_heads=_flags(module.TITLE_HEADS),
        title_modifiers=_flags(getattr(module, "TITLE_MODIFIERS", ()) or getattr(module, "TITLE_ADJECTIVES", ())),
        title_prefixes=_flags(getattr(module, "TITLE_PREFIXES", ())),
        complement_preps=_flags(module.COMPLEMENT_PREPS),
        department_words=_keyset(module.DEPARTMENT_WORDS),
        name_stopwords=frozenset(module.NAME_STOPWORDS),
        name_particles=_keyset(module.NAME_PARTICLES),
        anonymous_heads=_flags(getattr(module, "ANONYMOUS_HEADS", ())),
        motion_preps=_flags(getattr(module, "MOTION_PREPS", ())),
        motion_words=_keyset(getattr(module, "MOTION_WORDS", ())),
        addressee_words=_flags(getattr(module, "ADDRESSEE_WORDS", ())),
        place_coordinators=_keyset(getattr(module, "PLACE_COORDINATORS", ())),
        apposition_articles=_keyset(getattr(module, "APPOSITION_ARTICLES", ())),
        role_titles=_role_table(getattr(module, "ROLE_TITLES", {})),
        role_blockers=_keyset(getattr(module, "ROLE_BLOCKERS", ())),
        counterpart_heads=_flags(getattr(module, "COUNTERPART_HEADS", ())),
        place_nouns_after=_keyset(getattr(module, "PLACE_NOUNS_AFTER", ())),
        named_nouns_after=_keyset(getattr(module, "NAMED_NOUNS_AFTER", ())),
        named_preps=_flags(getattr(module, "NAMED_PREPS", ())),
        talk_nouns=_keyset(getattr(module, "TALK_NOUNS", ())),
        speaker_verbs=_flags(getattr(module, "SPEAKER_VERBS", ())),
        organisation_words=_keyset(getattr(module, "ORGANISATION_WORDS", ())),
    ))


#: Prepositions that make a city a place in the languages without a word module.
_GENERIC_PREPS = {
    "de": ("in", "nach", "aus", "im", "bei", "am", "vor"),
    "es": ("en", "a", "desde", "hacia", "hasta", "de"),
    "ru": ("в", "во", "из", "на", "до", "под"),
    "uk": ("в", "у", "з", "із", "до", "на", "під"),
}


class _Generic:
    DEMONYMS: dict[str, str] = {}
    PLURAL_NOUNS: dict[str, str] = {}
    COMPOUND_PREFIXES: dict[str, str] = {}
    SIDE_NOUNS = DELEGATION_NOUNS = COUNTRY_PREPS = COORDINATORS = TITLE_HEADS = ()
    COMPLEMENT_PREPS = DEPARTMENT_WORDS = NAME_STOPWORDS = NAME_PARTICLES = ()
    ARTICLES: tuple[str, ...] = ()
    CITY_PREPS: tuple[str, ...] = ()


@lru_cache(maxsize=None)
def words_for(lang: str) -> LangWords:
    """The compiled word lists of a language (French, English, or aliases-only for others)."""
    lang = (lang or "").lower()[:2]
    if lang == "fr":
        from tracker.extract import mentions_fr

        return _compile(mentions_fr, adjective_first=False)
    if lang == "en":
        from tracker.extract import mentions_en

        return _compile(mentions_en, adjective_first=True)
    generic = type("_G", (_Generic,), {"CITY_PREPS": _GENERIC_PREPS.get(lang, ()), "COUNTRY_PREPS": _GENERIC_PREPS.get(lang, ())})
    return _compile(generic, adjective_first=True)  # type: ignore[arg-type]
