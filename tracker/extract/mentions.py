"""Find the actors named in a sentence: people, sides, delegations, unknown officials, places.

One pass over the sentence's tokens (see :mod:`tracker.extract.registry` for folding and
tokens), in stages:

1. registry aliases (people, organisations, sides with their country names and metonyms, and
   gazetteer places), longest match first;
2. language patterns: demonyms standing for a side ("la partie russe", "the Ukrainians"),
   delegations ("une délégation ukrainienne", "US and European officials", "des représentants
   des États-Unis"), compounds ("russo-américains", "US-Russian");
3. overlaps resolved, longest span wins;
4. a city, building or country that is clearly a place ("à Moscou", "in Moscow", "en
   Ukraine") becomes a place mention (``kind="place"``), while "Moscou a indiqué" or "le
   Kremlin" stay the side;
5. titles (:mod:`tracker.extract.titles`): "le ministre ukrainien des Affaires étrangères
   Andriï Sybiha", "Gen. Petro Kowalski", "X, envoyé du président russe": known people get
   their title, unknown names become provisional actors (``unresolved:<slug>``), and actors
   inside a title's complement ("l'émissaire de Donald Trump", "Trump's envoy") are flagged
   ``as_modifier``.

Everything language specific lives in :mod:`tracker.extract.mentions_fr` and
:mod:`tracker.extract.mentions_en`; other languages get the registry aliases and places.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any, Iterable

from tracker.extract.registry import (
    ActorRegistry,
    AliasEntry,
    Place,
    Token,
    _alias_keys,
    _caps_ok,
    fold,
    side_actor_id,
    slugify,
    tokenize,
)
from tracker.extract.types import ActorMention

# --------------------------------------------------------------------------- phrase sets


class PhraseSet:
    """Multi-word phrases matched on token keys, each with a value and a case constraint."""

    def __init__(self, phrases: Iterable[tuple[str, Any]] = ()) -> None:
        self._items: dict[tuple[str, ...], list[tuple[tuple[int, ...], Any]]] = {}
        self.max_len = 0
        for phrase, value in phrases:
            self.add(phrase, value)

    def add(self, phrase: str, value: Any) -> None:
        keys, caps = _alias_keys(phrase)
        if not keys:
            return
        self._items.setdefault(keys, []).append((caps, value))
        self.max_len = max(self.max_len, len(keys))

    def _value(self, tokens: list[Token], first: int, last: int) -> tuple[bool, Any]:
        key = tuple(t.key for t in tokens[first : last + 1])
        for caps, value in self._items.get(key, ()):
            if _caps_ok(caps, tokens, first):
                return True, value
        return False, None

    def match_at(self, tokens: list[Token], i: int) -> tuple[int, Any]:
        """Longest phrase starting at token ``i``: (number of tokens, value), or (0, None)."""
        for n in range(min(self.max_len, len(tokens) - i), 0, -1):
            ok, value = self._value(tokens, i, i + n - 1)
            if ok:
                return n, value
        return 0, None

    def match_ending_at(self, tokens: list[Token], j: int) -> tuple[int, Any]:
        """Longest phrase ending at token ``j``: (number of tokens, value), or (0, None)."""
        for n in range(min(self.max_len, j + 1), 0, -1):
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


def _keyset(words: Iterable[str]) -> frozenset[str]:
    out = set()
    for w in words:
        keys, _ = _alias_keys(w)
        if len(keys) == 1:
            out.add(keys[0])
        elif keys:
            out.add(" ".join(keys))
    return frozenset(out)


def _flags(words: Iterable[str]) -> PhraseSet:
    return PhraseSet((w, True) for w in words)


def _compile(module: ModuleType, adjective_first: bool) -> LangWords:
    demonyms = PhraseSet(module.DEMONYMS.items())
    plural = getattr(module, "PLURAL_NOUNS", None)
    if plural is None:  # French: a capitalised plural demonym is a noun ("les Russes")
        plural = {w[:1].upper() + w[1:]: s for w, s in module.DEMONYMS.items() if w.endswith(("s", "x"))}
    return LangWords(
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
    )


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


# --------------------------------------------------------------------------- candidates


@dataclass
class Cand:
    """A mention being built: tokens ``first``..``last`` (inclusive) and what they name."""

    first: int
    last: int
    actor_id: str
    name: str
    side: str | None
    kind: str
    via: str
    priority: int = 1
    resolved: bool = True
    as_modifier: bool = False
    title: str | None = None
    entries: tuple[AliasEntry, ...] = field(default=(), repr=False)

    @property
    def size(self) -> int:
        return self.last - self.first + 1


def _side_cand(registry: ActorRegistry, first: int, last: int, side: str, via: str, **kw: Any) -> Cand:
    actor = registry.side_actor(side)
    name = actor.name if actor else registry.side_name(side)
    return Cand(first, last, side_actor_id(side), name, side, "side", via, priority=0, **kw)


def _delegation_cand(registry: ActorRegistry, first: int, last: int, side: str) -> Cand:
    return Cand(
        first, last, f"delegation:{side}", f"{registry.side_name(side)} delegation", side, "delegation", "demonym", priority=0
    )


def _place_cand(place: Place, c: Cand) -> Cand:
    return Cand(c.first, c.last, f"place:{place.slug}", place.name, place.country, "place", "place", priority=c.priority)


def _alias_cands(tokens: list[Token], registry: ActorRegistry) -> list[Cand]:
    out = []
    for m in registry.alias_index().matches(tokens):
        people = [e for e in m.entries if e.target == "actor" and not e.ref.startswith("side:")]
        sides = [e for e in m.entries if e.target == "actor" and e.ref.startswith("side:")]
        places = [e for e in m.entries if e.target == "place"]
        if people:
            actor = registry.get(people[0].ref)
            if actor is not None:
                out.append(Cand(m.first, m.last, actor.id, actor.name, actor.side, actor.kind, "alias"))
                continue
        if sides:
            actor = registry.get(sides[0].ref)
            if actor is not None:
                via = "metonym" if sides[0].metonym else "alias"
                out.append(Cand(m.first, m.last, actor.id, actor.name, actor.side, "side", via, entries=m.entries))
                continue
        if places:
            place = registry.place(places[0].ref)
            if place is not None:
                out.append(
                    Cand(m.first, m.last, f"place:{place.slug}", place.name, place.country, "place", "place", entries=m.entries)
                )
    return out


def _side_of_alias(c: Cand) -> str | None:
    """The side a side-alias candidate names (country or metonym), else None."""
    if c.kind == "side" and c.actor_id.startswith("side:"):
        return c.side
    return None


def _dem_list(tokens: list[Token], i: int, words: LangWords) -> list[tuple[int, int, str]]:
    """Demonyms from token ``i`` joined by coordinators: "américains et européens"."""
    items: list[tuple[int, int, str]] = []
    j = i
    while j < len(tokens):
        n, side = words.demonyms.match_at(tokens, j)
        if not n:
            break
        items.append((j, j + n - 1, side))
        k = j + n
        if k + 1 < len(tokens) and tokens[k].key in words.coordinators and words.demonyms.match_at(tokens, k + 1)[0]:
            j = k + 1
            continue
        break
    return items


_FILLERS = frozenset({"senior", "top", "high", "level", "military", "government", "administration", "peace", "defence", "defense", "security", "intelligence", "foreign", "policy"})


def _pattern_cands(tokens: list[Token], words: LangWords, registry: ActorRegistry, aliases: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    by_first = {c.first: c for c in aliases}
    n_tok = len(tokens)
    for i in range(n_tok):
        # capitalised plural nouns of nationality: "les Russes", "the Ukrainians"
        n, side = words.plural_nouns.match_at(tokens, i)
        if n and tokens[i].text[:1].isupper():
            out.append(_side_cand(registry, i, i + n - 1, side, "demonym"))
        # compounds: "russo-américains", "US-Russian"
        n, side = words.compound_prefixes.match_at(tokens, i)
        if n and i + n < n_tok:
            j = i + n
            gap = fold_between(tokens, j - 1, j)
            if gap in ("-",):
                m, side2 = words.demonyms.match_at(tokens, j)
                if not m and j in by_first and _side_of_alias(by_first[j]):
                    m, side2 = by_first[j].size, by_first[j].side
                if m:
                    out.append(_side_cand(registry, i, i + n - 1, side, "demonym", as_modifier=True))
                    out.append(_side_cand(registry, j, j + m - 1, side2, "demonym", as_modifier=True))
        if words.adjective_first:
            out.extend(_adjective_first_at(tokens, i, words, registry, by_first))
        else:
            out.extend(_adjective_after_at(tokens, i, words, registry, by_first))
    return out


def fold_between(tokens: list[Token], a: int, b: int) -> str:
    """The text between two tokens as a hint: "-" for a hyphen, " " for a space, "" for nothing."""
    gap = tokens[b].start - tokens[a].end
    if gap == 0:
        return ""
    return "-" if gap == 1 and not tokens[a].text.isspace() else " "


def _adjective_after_at(tokens, i, words: LangWords, registry, by_first) -> list[Cand]:
    """French order: noun then adjective ("la délégation ukrainienne", "la partie russe")."""
    out: list[Cand] = []
    for nouns, make in ((words.side_nouns, "side"), (words.delegation_nouns, "delegation")):
        n, _ = nouns.match_at(tokens, i)
        if not n:
            continue
        j = i + n
        items = _dem_list(tokens, j, words)
        if items:
            for k, (a, b, side) in enumerate(items):
                first = i if k == 0 else a
                out.append(
                    _delegation_cand(registry, first, b, side) if make == "delegation" else _side_cand(registry, first, b, side, "demonym")
                )
            continue
        # "la délégation de Kiev", "des représentants des États-Unis"
        if make == "delegation":
            p, _ = words.complement_preps.match_at(tokens, j)
            if p and j + p in by_first:
                target = by_first[j + p]
                side = _side_of_alias(target)
                if side:
                    out.append(_delegation_cand(registry, i, target.last, side))
    return out


def _adjective_first_at(tokens, i, words: LangWords, registry, by_first) -> list[Cand]:
    """English order: adjective then noun ("the US delegation", "US and European officials")."""
    out: list[Cand] = []
    items = _dem_list(tokens, i, words)
    last_adj = items[-1][1] if items else None
    # "Ukraine's delegation", "Kremlin officials": a side alias used attributively
    if not items and i in by_first and _side_of_alias(by_first[i]):
        c = by_first[i]
        last_adj = c.last
        if c.last + 2 < len(tokens) and tokens[c.last + 1].key == "'" and tokens[c.last + 2].key == "s":
            last_adj = c.last + 2
        items = [(c.first, last_adj, c.side)]
    if items:
        j = last_adj + 1
        fill = 0
        while j < len(tokens) and tokens[j].key in _FILLERS and fill < 2:
            n_d, _ = words.delegation_nouns.match_at(tokens, j)
            if n_d:
                break
            j += 1
            fill += 1
        for nouns, make in ((words.delegation_nouns, "delegation"), (words.side_nouns, "side")):
            n, _ = nouns.match_at(tokens, j)
            if not n:
                continue
            end = j + n - 1
            for k, (a, b, side) in enumerate(items):
                last = end if k == len(items) - 1 else b
                out.append(
                    _delegation_cand(registry, a, last, side) if make == "delegation" else _side_cand(registry, a, last, side, "demonym")
                )
            break
    # "delegations from Russia and Ukraine", "officials of the US"
    n, _ = words.delegation_nouns.match_at(tokens, i)
    if n:
        j = i + n
        if j < len(tokens) and tokens[j].key in ("from", "of"):
            j += 1
            if j < len(tokens) and tokens[j].key == "the":
                j += 1
            first = i
            while j in by_first and _side_of_alias(by_first[j]):
                target = by_first[j]
                out.append(_delegation_cand(registry, first, target.last, target.side))
                j = target.last + 1
                if j + 1 < len(tokens) and tokens[j].key in words.coordinators:
                    j += 1
                    if j < len(tokens) and tokens[j].key == "the":
                        j += 1
                    first = j
                else:
                    break
    return out


# --------------------------------------------------------------------------- resolution


def _resolve(cands: list[Cand]) -> list[Cand]:
    """Longest span first; ties go to the lower priority number, then to the earlier one."""
    chosen: list[Cand] = []
    taken: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.size, c.priority, c.first)):
        span = set(range(c.first, c.last + 1))
        if span & taken:
            continue
        taken |= span
        chosen.append(c)
    chosen.sort(key=lambda c: c.first)
    return chosen


def _preceded_by(tokens: list[Token], first: int, preps: PhraseSet, words: LangWords) -> bool:
    j = first - 1
    if j >= 0 and tokens[j].key in words.articles:
        if preps.match_ending_at(tokens, j - 1)[0]:
            return True
    return j >= 0 and bool(preps.match_ending_at(tokens, j)[0])


def _decide_places(chosen: list[Cand], tokens: list[Token], words: LangWords, registry: ActorRegistry) -> list[Cand]:
    """Turn cities, buildings and countries used as locations into place mentions."""
    out: list[Cand] = []
    previous: Cand | None = None
    for c in chosen:
        if c.entries and c.kind in ("side", "place"):
            sides = [e for e in c.entries if e.target == "actor"]
            places = [e for e in c.entries if e.target == "place"]
            is_country = bool(sides) and sides[0].country and not sides[0].metonym
            preps = words.country_preps if is_country else words.city_preps
            coordinated = (
                previous is not None
                and previous.kind == "place"
                and previous.last == c.first - 2
                and tokens[c.first - 1].key in words.coordinators
            )
            as_place = not sides or coordinated or _preceded_by(tokens, c.first, preps, words)
            if as_place:
                place = registry.place(places[0].ref) if places else None
                if place is None and is_country and c.side:
                    place = registry.country_place(c.side)
                if place is not None:
                    c = _place_cand(place, c)
        out.append(c)
        previous = c
    return out


def _to_mention(c: Cand, tokens: list[Token], text: str, offset: int) -> ActorMention:
    start, end = tokens[c.first].start, tokens[c.last].end
    return ActorMention(
        span=(start + offset, end + offset),
        text=text[start:end],
        actor_id=c.actor_id,
        name=c.name,
        side=c.side,
        kind=c.kind,
        resolved=c.resolved,
        via=c.via,
        as_modifier=c.as_modifier,
        title=c.title,
    )


def find_mentions(text: str, lang: str, registry: ActorRegistry, *, offset: int = 0) -> list[ActorMention]:
    """Actor, side, delegation, unknown-official and place mentions of one sentence, in order.

    Spans are offsets into ``text`` shifted by ``offset`` (the sentence's start in the article),
    non-overlapping, longest match first. Place mentions have ``kind="place"``.
    """
    if not text:
        return []
    tokens = tokenize(text, fold(text))
    if not tokens:
        return []
    words = words_for(lang)
    aliases = _alias_cands(tokens, registry)
    cands = aliases + _pattern_cands(tokens, words, registry, aliases)
    chosen = _decide_places(_resolve(cands), tokens, words, registry)
    return [_to_mention(c, tokens, text, offset) for c in chosen]


def find_places(text: str, lang: str, *, offset: int = 0, registry: ActorRegistry | None = None) -> list[tuple[tuple[int, int], str, str]]:
    """Places named as locations in a sentence: ((start, end), canonical name, country code)."""
    registry = registry or ActorRegistry.load()
    return [(m.span, m.name, m.side or "") for m in find_mentions(text, lang, registry, offset=offset) if m.kind == "place"]


__all__ = ["Cand", "LangWords", "PhraseSet", "find_mentions", "find_places", "words_for", "slugify"]
