"""Per-language word lists for mention finding, compiled once into token-keyed phrase sets.

A language's :class:`~tracker.extract.rules.MentionWords` (``tracker/extract/lang/<code>/mentions.py``)
hold plain words; this module turns them into :class:`PhraseSet` lookups keyed on folded
tokens, so every stage of :func:`tracker.extract.mentions.find_mentions` matches phrases the
same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from tracker.extract.mentions.tokens import Token, alias_keys, caps_ok
from tracker.extract.rules import MentionWords


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
        span = tokens[first : last + 1]
        key = tuple(t.key for t in span)
        for caps, value in self._items.get(key, ()):
            if caps_ok(caps, tokens, first):
                return True, value
        if any(t.lemma for t in span):  # the normalised words: "президента" -> "президент"
            for caps, value in self._items.get(tuple(t.lemma or t.key for t in span), ()):
                if caps_ok(caps, tokens, first):
                    return True, value
        return False, None

    def _lengths(self, index: dict[str, list[int]], token: Token) -> list[int] | None:
        lengths = index.get(token.key)
        if token.lemma and token.lemma in index:
            return sorted(set(lengths or ()) | set(index[token.lemma]), reverse=True)
        return lengths

    def first_keys(self) -> set[str]:
        """The keys that can start a phrase."""
        return set(self._by_first)

    def match_at(self, tokens: list[Token], i: int, limit: int | None = None) -> tuple[int, Any]:
        """Longest phrase starting at token ``i`` (of at most ``limit`` tokens): (length, value)."""
        if i >= len(tokens):
            return 0, None
        lengths = self._lengths(self._by_first, tokens[i])
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
        lengths = self._lengths(self._by_last, tokens[j])
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
    #: a side right after a title is its complement without a preposition (see MentionWords)
    bare_complements: bool = False
    organisation_words: frozenset[str] = frozenset()
    role_function_words: frozenset[str] = frozenset()
    title_function_words: frozenset[str] = frozenset()
    delegation_fillers: frozenset[str] = frozenset()
    elided_articles: frozenset[str] = frozenset()
    possessive_clitics: frozenset[str] = frozenset()
    chaining_preps: frozenset[str] = frozenset()
    source_preps: frozenset[str] = frozenset()
    origin_preps: frozenset[str] = frozenset()
    plural_nouns_lowercase: bool = False



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


def _role_table(titles: Mapping[str, Iterable[str]], function_words: frozenset[str]) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for role, phrases in titles.items():
        for phrase in phrases:
            keys = tuple(k for k in alias_keys(phrase)[0] if k not in function_words)
            if keys:
                table.setdefault(keys, role)
    return table


def _with_gates(words: LangWords) -> LangWords:
    """First words of every pattern: tokens with none of them cannot start a pattern."""
    gates: set[str] = set()
    for ps in (words.demonyms, words.plural_nouns, words.compound_prefixes, words.side_nouns, words.delegation_nouns):
        gates.update(ps.first_keys())
    return replace(words, pattern_gates=frozenset(gates))


def compile_words(words: MentionWords) -> LangWords:
    """The phrase sets of a language's plain word lists."""
    function_words = frozenset(words.role_function_words)
    return _with_gates(LangWords(
        adjective_first=words.adjective_first,
        bare_complements=words.bare_complements,
        plural_nouns_lowercase=words.plural_nouns_lowercase,
        demonyms=PhraseSet(words.demonyms.items()),
        plural_nouns=PhraseSet(words.plural_nouns.items()),
        compound_prefixes=PhraseSet(words.compound_prefixes.items()),
        side_nouns=_flags(words.side_nouns),
        delegation_nouns=_flags(words.delegation_nouns),
        city_preps=_flags(words.city_preps),
        country_preps=_flags(words.country_preps),
        articles=_keyset(words.articles),
        coordinators=_keyset(words.coordinators),
        title_heads=_flags(words.title_heads),
        title_modifiers=_flags(words.title_modifiers),
        title_prefixes=_flags(words.title_prefixes),
        complement_preps=_flags(words.complement_preps),
        department_words=_keyset(words.department_words),
        name_stopwords=frozenset(words.name_stopwords),
        name_particles=_keyset(words.name_particles),
        anonymous_heads=_flags(words.anonymous_heads),
        motion_preps=_flags(words.motion_preps),
        motion_words=_keyset(words.motion_words),
        addressee_words=_flags(words.addressee_words),
        place_coordinators=_keyset(words.place_coordinators),
        apposition_articles=_keyset(words.apposition_articles),
        role_titles=_role_table(words.role_titles, function_words),
        role_blockers=_keyset(words.role_blockers),
        role_function_words=function_words,
        title_function_words=frozenset(words.title_function_words),
        delegation_fillers=frozenset(words.delegation_fillers),
        elided_articles=_keyset(words.elided_articles),
        possessive_clitics=_keyset(words.possessive_clitics),
        chaining_preps=_keyset(words.chaining_preps),
        source_preps=_keyset(words.source_preps),
        origin_preps=_keyset(words.origin_preps),
        counterpart_heads=_flags(words.counterpart_heads),
        place_nouns_after=_keyset(words.place_nouns_after),
        named_nouns_after=_keyset(words.named_nouns_after),
        named_preps=_flags(words.named_preps),
        talk_nouns=_keyset(words.talk_nouns),
        speaker_verbs=_flags(words.speaker_verbs),
        organisation_words=_keyset(words.organisation_words),
    ))


@cache
def words_for(lang: str) -> LangWords:
    """The compiled word lists of a language: a registered language's, else the mention
    words its folder already has (see :func:`tracker.extract.lang.mention_words_for`), else
    none (aliases only)."""
    from tracker.extract.lang import mention_words_for

    return compile_words(mention_words_for(lang))


def normaliser_for(lang: str) -> Callable[[str], str | tuple[str, ...]] | None:
    """The word normaliser of a registered language (see ``LanguageRules.normalise``), or None."""
    from tracker.extract.lang import LANGUAGES

    rules = LANGUAGES.get((lang or "").strip().lower().replace("_", "-").split("-", 1)[0])
    return rules.normalise if rules is not None else None
