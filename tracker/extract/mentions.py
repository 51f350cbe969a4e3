"""Find the actors named in a text: people, sides, delegations, unknown officials, places.

One pass over the tokens of a sentence or a whole article (see
:mod:`tracker.extract.registry` for folding and tokens), in stages:

1. registry aliases (people, organisations, sides with their country names and metonyms, and
   gazetteer places), longest match first;
2. language patterns: demonyms standing for a side ("la partie russe", "the Ukrainians",
   "le ministère russe"), delegations ("une délégation ukrainienne", "US and European
   officials", "des représentants des États-Unis"), compounds ("russo-américains");
3. overlaps resolved, longest span wins;
4. a city, building or country that is clearly a place ("à Moscou", "in Moscow", "en
   Ukraine", a dateline) becomes a place mention (``kind="place"``), while "Moscou a
   indiqué", "a proposé à Moscou" or "le Kremlin" stay the side;
5. titles (:class:`_TitleWalker`): "le ministre ukrainien des Affaires étrangères Andriï
   Sybiha", "Gen. Petro Kowalski", "X, envoyé du président russe": known people get their
   title, unknown names become provisional actors (``unresolved:<slug>``), a title alone names
   the office holder ("le président russe" → Vladimir Putin, ``via="role"``) or an anonymous
   official of its side ("un haut responsable ukrainien" → ``delegation:UA``), and actors
   inside a title ("l'émissaire de Donald Trump", "Trump's envoy") are flagged
   ``as_modifier``;
6. an unknown official met earlier is recognised again by the surname (:class:`MentionContext`).

Everything language specific lives in :mod:`tracker.extract.mentions_fr` and
:mod:`tracker.extract.mentions_en`; other languages get the registry aliases and places.
"""

from __future__ import annotations

import datetime as dt
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
        self._by_first: dict[str, list[int]] = {}
        self._by_last: dict[str, list[int]] = {}
        self.max_len = 0
        for phrase, value in phrases:
            self.add(phrase, value)

    def add(self, phrase: str, value: Any) -> None:
        keys, caps = _alias_keys(phrase)
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
            if _caps_ok(caps, tokens, first):
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


#: Words left out of a title's core when matching it against role titles.
_ROLE_FUNCTION = frozenset({"'", "l", "d", "le", "la", "les", "the", "of", "s", "de", "du", "des", "a", "au", "aux", "et", "and", "for", "to", "in", "en", "."})


def _role_table(titles: dict[str, Iterable[str]]) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for role, phrases in titles.items():
        for phrase in phrases:
            keys = tuple(k for k in _alias_keys(phrase)[0] if k not in _ROLE_FUNCTION)
            if keys:
                table.setdefault(keys, role)
    return table


def _with_gates(words: LangWords) -> LangWords:
    """First words of every pattern: tokens with none of them cannot start a pattern."""
    gates: set[str] = set()
    for ps in (words.demonyms, words.plural_nouns, words.compound_prefixes, words.side_nouns, words.delegation_nouns):
        gates.update(ps.first_keys())
    from dataclasses import replace

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


@lru_cache(maxsize=None)
def _delegation_name(side: str, fallback: str) -> str:
    """"Russian delegation", "US delegation": the English adjective of a side."""
    from tracker.extract import mentions_en

    if side in ("US", "EU", "UN", "NATO"):
        return f"{side} delegation"
    adjective = next((w for w, s in mentions_en.DEMONYMS.items() if s == side and not w.isupper()), None)
    return f"{adjective or fallback} delegation"


def _delegation_cand(registry: ActorRegistry, first: int, last: int, side: str) -> Cand:
    name = _delegation_name(side, registry.side_name(side))
    return Cand(first, last, f"delegation:{side}", name, side, "delegation", "demonym", priority=0)


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


_FR_FILLERS = frozenset({"militaires", "diplomatiques", "officielles", "officiels", "techniques", "gouvernementales", "gouvernementaux", "hauts", "principaux", "principales"})
_FILLERS = frozenset({"senior", "top", "high", "level", "military", "government", "administration", "peace", "defence", "defense", "security", "intelligence", "foreign", "policy"})


def _pattern_cands(tokens: list[Token], words: LangWords, registry: ActorRegistry, aliases: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    by_first = {c.first: c for c in aliases}
    n_tok = len(tokens)
    gates = words.pattern_gates
    for i in range(n_tok):
        if tokens[i].key not in gates and i not in by_first:
            continue
        # capitalised plural nouns of nationality: "les Russes", "the Ukrainians"
        n, side = words.plural_nouns.match_at(tokens, i)
        if n and tokens[i].text[:1].isupper():
            out.append(_side_cand(registry, i, i + n - 1, side, "demonym"))
        # compounds: "russo-américains", "US-Russian"
        n, side = words.compound_prefixes.match_at(tokens, i)
        if n and i + n < n_tok:
            j = i + n
            if tokens[j].hyphen_before and tokens[j].start - tokens[j - 1].end == 1:
                m, side2 = words.demonyms.match_at(tokens, j)
                if not m and j in by_first and _side_of_alias(by_first[j]):
                    m, side2 = by_first[j].size, by_first[j].side
                if m:
                    # "US-Russian talks" name the sides that meet; "the Russia-Ukraine war" only qualifies
                    before = tokens[i - 1].key if i > 0 else ""
                    after = tokens[j + m].key if j + m < n_tok else ""
                    modifier = not (after in words.talk_nouns or before in words.talk_nouns)
                    out.append(_side_cand(registry, i, i + n - 1, side, "demonym", as_modifier=modifier))
                    out.append(_side_cand(registry, j, j + m - 1, side2, "demonym", as_modifier=modifier))
        if words.adjective_first:
            out.extend(_adjective_first_at(tokens, i, words, registry, by_first))
        else:
            out.extend(_adjective_after_at(tokens, i, words, registry, by_first))
    return out


def _adjective_after_at(tokens, i, words: LangWords, registry, by_first) -> list[Cand]:
    """French order: noun then adjective ("la délégation ukrainienne", "la partie russe")."""
    out: list[Cand] = []
    for nouns, make in ((words.side_nouns, "side"), (words.delegation_nouns, "delegation")):
        n, _ = nouns.match_at(tokens, i)
        if not n:
            continue
        j = i + n
        while j < len(tokens) and tokens[j].key in _FR_FILLERS:
            j += 1
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
            if words.delegation_nouns.match_at(tokens, j)[0] or words.side_nouns.match_at(tokens, j)[0]:
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
    """True when a place preposition stands before token ``first`` (an article may sit between).

    "à Moscou", "à la Maison Blanche", "in Moscow" count; "a proposé à Moscou" does not (an
    addressee); "to"/"from" count only after a word of motion ("travel to Moscow").
    """
    ends = [first - 1]
    if first >= 1 and tokens[first - 1].key in words.articles:
        ends.append(first - 2)
    for e in ends:
        if e < 0:
            continue
        n, _ = preps.match_ending_at(tokens, e)
        if n:
            return not (e - n >= 0 and words.addressee_words.match_ending_at(tokens, e - n)[0])
        n, _ = words.motion_preps.match_ending_at(tokens, e)
        if n and any(tokens[k].key in words.motion_words for k in range(max(0, e - n - 4), e - n + 1)):
            return True
    return False


def _dateline(tokens: list[Token], c: Cand, text: str) -> bool:
    """A city in capitals opening a wire story or a paragraph: "ABOU DHABI, 13 mars (AFP) -"."""
    words_ = [t.text for t in tokens[c.first : c.last + 1] if t.text[:1].isalpha()]
    if not words_ or not all(w.isupper() and len(w) > 1 for w in words_):
        return False
    # at the start of the text or of a line, possibly after "MOSCOU/"
    k = c.first
    while k >= 2 and tokens[k - 1].key == "/" and tokens[k - 2].text.isupper():
        k -= 2
    if k > 0 and "\n" not in text[tokens[k - 1].end : tokens[k].start]:
        return False
    return c.last + 1 < len(tokens) and tokens[c.last + 1].key in (",", "(", "/", ":")


def _flag_possessor_sides(chosen: list[Cand], tokens: list[Token]) -> None:
    """"France's Emmanuel Bonne", "Russia's Lavrov": the side qualifies the person after it."""
    for a, b in zip(chosen, chosen[1:]):
        if (
            a.kind == "side"
            and b.kind == "person"
            and b.first == a.last + 3
            and tokens[a.last + 1].key == "'"
            and tokens[a.last + 2].key == "s"
        ):
            a.as_modifier = True


def _decide_places(chosen: list[Cand], tokens: list[Token], words: LangWords, registry: ActorRegistry, text: str = "") -> list[Cand]:
    """Turn cities, buildings and countries used as locations into place mentions."""
    out: list[Cand] = []
    previous: Cand | None = None
    for c in chosen:
        if c.entries and c.kind in ("side", "place"):
            sides = [e for e in c.entries if e.target == "actor"]
            places = [e for e in c.entries if e.target == "place"]
            is_country = bool(sides) and sides[0].country and not sides[0].metonym
            preps = words.country_preps if is_country else words.city_preps
            j = c.first - 1
            if j >= 1 and tokens[j].key == "'" and tokens[j - 1].key in ("l", "d"):
                j -= 2
            elif j >= 0 and tokens[j].key in words.articles:
                j -= 1
            coordinated = (
                previous is not None
                and previous.kind == "place"
                and j >= 1
                and previous.last == j - 1
                and tokens[j].key in words.place_coordinators
            )
            following = tokens[c.last + 1].key if c.last + 1 < len(tokens) and not is_country else ""
            # "the Minsk agreements", "accords de Minsk", "Moscow time": a name, not a location
            named = following in words.named_nouns_after or _preceded_by(tokens, c.first, words.named_preps, words)
            as_place = (
                not sides
                or coordinated
                or named
                or following in words.place_nouns_after
                or _preceded_by(tokens, c.first, preps, words)
                or _dateline(tokens, c, text)
            )
            if as_place:
                place = registry.place(places[0].ref) if places else None
                if place is None and is_country and c.side:
                    place = registry.country_place(c.side)
                if place is not None:
                    c = _place_cand(place, c)
                    c.as_modifier = named
        out.append(c)
        previous = c
    return out


# --------------------------------------------------------------------------- titles

_FUNCTION_KEYS = frozenset({"le", "la", "les", "l", "'", "de", "du", "des", "d", "et", "en", "a", "aux", "au", "pour", "the", "of", "and", "for", "to", "at", "in"})
_ACTOR_KINDS = ("person", "side", "organisation", "delegation", "place")


@dataclass
class _Title:
    """A parsed title phrase: tokens ``start``..``end`` and what it says about its holder."""

    start: int
    end: int
    head: tuple[int, int]
    side: str | None = None
    complements: list[Cand] = field(default_factory=list)
    inner: tuple[int, int] | None = None
    inner_side: str | None = None
    inner_named: bool = False
    absorbed: list[Cand] = field(default_factory=list)


def _is_name_word(tok: Token, words: LangWords) -> bool:
    t = tok.text
    return (
        t[:1].isupper()
        and t[:1].isalpha()
        and t not in words.name_stopwords
        and tok.key not in words.department_words
    )


def _name_at(tokens: list[Token], k: int, words: LangWords, at: dict[int, Cand]) -> tuple[int, int] | None:
    """A run of capitalised words from token ``k`` that is no known mention: "Petro Kowalski"."""
    n = len(tokens)
    if k >= n or k in at or not _is_name_word(tokens[k], words):
        return None
    last = k
    j = k + 1
    while j < n and j - k < 7:
        tok = tokens[j]
        if j in at:
            break
        glued = tokens[j].start == tokens[j - 1].end
        if tok.key == "." and glued and len(tokens[j - 1].text) == 1 and tokens[j - 1].text.isupper():
            last = j  # an initial: "Jane D. Doe"
            j += 1
            continue
        if tok.key == "'" and glued and j + 1 < n and tokens[j + 1].start == tok.end and tokens[j + 1].text[:1].isupper():
            last = j + 1  # "O'Brien"
            j += 2
            continue
        if tok.key in words.name_particles and j + 1 < n and j + 1 not in at and _is_name_word(tokens[j + 1], words):
            last = j + 1
            j += 2
            continue
        if _is_name_word(tok, words):
            last = j
            j += 1
            continue
        break
    return (k, last)


def _skip_article_back(tokens: list[Token], b: int, words: LangWords) -> int:
    """Index of the token before an article ending at ``b`` (or ``b`` when there is none)."""
    if b >= 1 and tokens[b].key == "'" and tokens[b - 1].key in ("l", "d") and not words.adjective_first:
        return b - 2
    if b >= 0 and tokens[b].key in words.apposition_articles:
        return b - 1
    return b


def _modifiers_after(
    tokens: list[Token], j: int, words: LangWords, at: dict[int, Cand], *, inner: bool = False
) -> tuple[int, str | None]:
    """Adjectives after a head: "spécial", "ukrainien"... → (next index, side).

    After an inner head ("du président russe") only adjectives that are no ministry word are
    taken, so "of the General Staff" stays a ministry name.
    """
    side = None
    while j < len(tokens) and j not in at:
        n, dem = words.demonyms.match_at(tokens, j)
        if n:
            side = side or dem
            j += n
            continue
        n, _ = words.title_modifiers.match_at(tokens, j)
        if n and inner and tokens[j].key in words.department_words:
            break
        if n:
            j += n
            continue
        break
    return j, side


def _department_run(tokens: list[Token], k: int, words: LangWords, at: dict[int, Cand]) -> tuple[int, str | None]:
    """Ministry words from ``k`` ("Affaires étrangères", "Foreign Affairs") → (next index, side)."""
    side = None
    last_content = k - 1
    j = k
    while j < len(tokens) and j not in at:
        n, dem = words.demonyms.match_at(tokens, j)
        if n:
            side = side or dem
            last_content = j + n - 1
            j += n
            continue
        key = tokens[j].key
        if key in _FUNCTION_KEYS:
            j += 1
            continue
        if key in words.department_words:
            last_content = j
            j += 1
            continue
        break
    return last_content + 1, side


def _parse_title(tokens: list[Token], i: int, n_head: int, words: LangWords, at: dict[int, Cand]) -> _Title:
    n = len(tokens)
    title = _Title(start=i, end=i + n_head - 1, head=(i, i + n_head - 1))
    n_dem, dem = words.demonyms.match_at(tokens, i)
    if n_dem == n_head:  # "la Russe Tatiana Moskalkova"
        title.side = dem
    # words before the head: "le nouveau ministre" (fr); "Russian Deputy Foreign Minister" (en)
    b = i - 1
    while b >= 0:
        if b in at:
            c = at[b]
            if words.adjective_first and c.via == "demonym" and c.kind == "side" and not c.as_modifier:
                # "Russian foreign ministry spokeswoman": the ministry belongs to the title
                title.absorbed.append(c)
                for x in range(c.first, c.last + 1):
                    at.pop(x, None)
                continue
            if words.adjective_first and c.kind in ("side", "person") and c.last == b:
                title.complements.append(c)
                title.side = title.side or c.side
                b = c.first - 1
                title.start = c.first
                continue
            break
        if words.adjective_first and tokens[b].key == "s" and b >= 1 and tokens[b - 1].key == "'" and b - 2 in at:
            c = at[b - 2]  # "Trump's envoy"
            title.complements.append(c)
            title.side = title.side or c.side
            title.start = c.first
            b = c.first - 1
            continue
        if words.adjective_first:
            m, dem = words.demonyms.match_ending_at(tokens, b)
            if m:
                title.side = title.side or dem
                title.start = b - m + 1
                b -= m
                continue
            m, _ = words.title_modifiers.match_ending_at(tokens, b)
            if not m:
                m, _ = words.title_heads.match_ending_at(tokens, b)
        else:
            m, _ = words.title_prefixes.match_ending_at(tokens, b)
        if not m:
            break
        title.start = b - m + 1
        b -= m
    j = i + n_head
    # further heads and modifiers after the head
    while j < n and j not in at:
        m, _ = words.title_heads.match_at(tokens, j)
        if m and words.adjective_first:
            title.head = (j, j + m - 1)
            j += m
            continue
        j2, side = _modifiers_after(tokens, j, words, at)
        if j2 > j:
            title.side = title.side or side
            j = j2
            continue
        break
    # complements: "de Donald Trump", "du président russe", "des Affaires étrangères"
    while j < n:
        p, _ = words.complement_preps.match_at(tokens, j)
        if not p:
            break
        k = j + p
        if k in at and at[k].via == "demonym" and at[k].kind == "side" and not at[k].as_modifier:
            # "porte-parole de la diplomatie russe": a ministry, not the side pattern
            c = at[k]
            title.absorbed.append(c)
            for x in range(c.first, c.last + 1):
                at.pop(x, None)
        if k in at and at[k].kind in _ACTOR_KINDS:
            c = at[k]
            title.complements.append(c)
            title.side = title.side or c.side
            j = c.last + 1
            # "head of Ukraine's presidential office"
            if j + 1 < n and tokens[j].key == "'" and tokens[j + 1].key == "s":
                j2, _ = _department_run(tokens, j + 2, words, at)
                j = j2 if j2 > j + 2 else j
            continue
        m, _ = words.title_heads.match_at(tokens, k)
        j2, side = _modifiers_after(tokens, k + m, words, at, inner=True) if m else (k, None)
        if m and k not in at and not (j2 < n and tokens[j2].key in words.department_words):
            # "du président russe [Vladimir Poutine]", but not "of the General Staff"
            title.inner = (k, j2 - 1)
            title.inner_side = side
            title.side = title.side or side
            j = j2
            continue
        j2, side = _department_run(tokens, k, words, at)
        if j2 > k:
            title.side = title.side or side
            j = j2
            continue
        break
    title.end = j - 1
    return title


class _TitleWalker:
    """Reads every title of a text and settles who holds it.

    For each title phrase, in order: a name after it ("le porte-parole Jean Dupont") or an
    apposition before it ("Kirill Dmitriev, envoyé du président russe") holds the title; else
    the office holder it names ("le président russe"); else an anonymous official of its side
    ("un haut responsable ukrainien"). Actors inside the title are flagged ``as_modifier``.
    """

    def __init__(self, chosen: list[Cand], tokens: list[Token], text: str, words: LangWords, registry: ActorRegistry, when: Any) -> None:
        self.chosen, self.tokens, self.text, self.words, self.registry, self.when = chosen, tokens, text, words, registry, when
        self.added: list[Cand] = []
        self.at: dict[int, Cand] = {}
        for c in chosen:
            for k in range(c.first, c.last + 1):
                self.at[k] = c

    # ----------------------------------------------------------------- bookkeeping

    def _add(self, c: Cand) -> Cand:
        self.added.append(c)
        for x in range(c.first, c.last + 1):
            self.at[x] = c
        return c

    def _drop(self, cands: Iterable[Cand]) -> None:
        gone = {id(c) for c in cands}
        if not gone:
            return
        self.chosen = [y for y in self.chosen if id(y) not in gone]
        for k in [k for k, c in self.at.items() if id(c) in gone]:
            del self.at[k]

    def _phrase(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def _unresolved(self, span: tuple[int, int], side: str | None, title: str) -> Cand | None:
        if _in_headline(self.tokens, self.text, span[1]):
            return None  # "Russian Envoy Hails Progress": capitals of a headline, not a name
        return self._add(_unresolved(self.tokens, self.text, span, side, title))

    # ----------------------------------------------------------------- walk

    def run(self) -> list[Cand]:
        tokens, words, at = self.tokens, self.words, self.at
        n = len(tokens)
        i = 0
        while i < n:
            if i in at:
                i = at[i].last + 1
                continue
            m, _ = words.title_heads.match_at(tokens, i)
            if not m:
                i += 1
                continue
            # "le chef de la diplomatie russe": the title wins over the side pattern "diplomatie russe"
            self._drop(
                c for x in range(i, i + m) if (c := at.get(x)) is not None and c.via == "demonym" and c.kind == "side" and not c.as_modifier
            )
            # "le chef de la délégation russe": a shorter head, the delegation is its complement
            inside = [x for x in range(i, i + m) if x in at]
            if inside:
                m, _ = words.title_heads.match_at(tokens, i, limit=inside[0] - i)
                if not m:
                    i += 1
                    continue
            t = _parse_title(tokens, i, m, words, at)
            self._drop(t.absorbed)
            for c in t.complements:
                c.as_modifier = True
            before = len(self.added)
            owner_found = self._owner_after(t) or self._owner_before(t)
            self._inner_holder(t)
            if not owner_found and t.side:
                owner_found = self._holder_by_role(t) or self._counterpart(t) or self._anonymous(t)
            if not owner_found:
                # nobody holds the title: its side or delegation speaks for the unnamed holder
                # ("le chef de la délégation russe a dit"), a place stays a location ("will head
                # to Moscow"); a person stays a modifier
                for c in t.complements:
                    if c.kind in ("side", "delegation", "place"):
                        c.as_modifier = False
            if t.absorbed and not owner_found and not any(t.start <= c.first and c.last <= t.end for c in self.added[before:]):
                # nothing came of the title: the side patterns it swallowed stand again
                for c in t.absorbed:
                    self.chosen.append(c)
                    for x in range(c.first, c.last + 1):
                        at[x] = c
            i = max(t.end + 1, i + 1)
        return sorted(self.chosen + self.added, key=lambda c: c.first)

    def _owner_after(self, t: _Title) -> bool:
        """A name right after the title (or after its comma) holds it, or holds its inner title."""
        tokens, at = self.tokens, self.at
        n = len(tokens)
        k = t.end + 1
        comma = k < n and tokens[k].key == ","
        if comma:
            k += 1
        target = at.get(k)
        if target is not None and (target.first != k or target.kind != "person"):
            target = None
        span = None if target is not None else _name_at(tokens, k, self.words, at)
        if span is not None:
            # "Turkish President Tayyip Erdogan": a first name before a known surname
            nxt = at.get(span[1] + 1)
            if nxt is not None and nxt.kind == "person" and nxt.first == span[1] + 1 and nxt.resolved:
                for x in range(span[0], nxt.first):
                    at[x] = nxt
                nxt.first = span[0]
                target, span = nxt, None
        if target is None and span is None:
            return False
        inner_owns = t.inner is not None and not comma
        holder_title = self._phrase(*t.inner) if inner_owns and t.inner else self._phrase(t.start, t.end)
        side = t.inner_side if inner_owns else t.side
        if target is None and span is not None:
            target = self._unresolved(span, side, holder_title)
            if target is None:
                return False
        elif target is not None and target.title is None:
            target.title = holder_title
        if not inner_owns:
            return True
        # the name belongs to the inner title: "envoyé du président russe Vladimir Poutine"
        t.inner_named = True
        target.as_modifier = True
        t.end = target.last
        return self._outer_after_inner(t, target.last + 1)

    def _outer_after_inner(self, t: _Title, after: int) -> bool:
        """"the envoy of President Vladimir Putin, Kirill Dmitriev": the outer holder after a comma."""
        tokens, at = self.tokens, self.at
        if not (after + 1 < len(tokens) and tokens[after].key == ","):
            return False
        phrase = self._phrase(t.start, t.end)
        outer = at.get(after + 1)
        if outer is not None and (outer.first != after + 1 or outer.kind != "person"):
            return False
        if outer is None:
            span = _name_at(tokens, after + 1, self.words, at)
            if span is None or span[1] == span[0] or self._unresolved(span, t.side, phrase) is None:
                return False
        elif outer.title is None:
            outer.title = phrase
        return True

    def _owner_before(self, t: _Title) -> bool:
        """An apposition: "Kirill Dmitriev, envoyé du président russe"; "Jane Roe, the US envoy"."""
        tokens, at = self.tokens, self.at
        phrase = self._phrase(t.start, t.end)
        b = _skip_article_back(tokens, t.start - 1, self.words)
        if not (b >= 1 and tokens[b].key == ","):
            return False
        prev = at.get(b - 1)
        if prev is not None:
            if prev.kind != "person" or prev.last != b - 1:
                return False
            prev.title = f"{prev.title}, {phrase}" if prev.title else phrase
            if not prev.resolved and prev.side is None:
                prev.side = t.side
            return True
        back = _name_before(tokens, b - 1, self.words, at)
        return back is not None and self._unresolved(back, t.side, phrase) is not None

    def _inner_holder(self, t: _Title) -> None:
        """An inner title without a name names its office holder: "conseiller du président russe"."""
        if t.inner is None or t.inner_named:
            return
        c = _role_cand(self.tokens, self.text, self.words, self.at, self.registry, t.inner, t.inner[0], t.inner_side, None, self.when)
        if c is not None:
            c.as_modifier = True
            self._add(c)

    def _holder_by_role(self, t: _Title) -> bool:
        """The title alone names an office holder: "le président russe a déclaré"."""
        c = _role_cand(
            self.tokens, self.text, self.words, self.at, self.registry, (t.start, t.end), t.head[0], t.side, t.inner, self.when, t.complements
        )
        if c is None:
            return False
        self._add(c)
        return True

    def _counterpart(self, t: _Title) -> bool:
        """"Trump a parlé avec son homologue russe": the other side's holder of the same office.

        The office is the one the nearest person before the title holds in the same sentence.
        """
        h0, h1 = t.head
        if self.words.counterpart_heads.match_at(self.tokens, h0)[0] != h1 - h0 + 1 or not t.side:
            return False
        people = [c for c in self.chosen + self.added if c.kind == "person" and c.resolved and c.last < t.start]
        if not people:
            return False
        subject = max(people, key=lambda c: c.last)
        if any(tok.key in (".", "!", "?") for tok in self.tokens[subject.last + 1 : t.start]):
            return False
        for role in self.registry.roles_of(subject.actor_id, self.when):
            holder = self.registry.role_holder(role, t.side, self.when)
            if holder is not None and holder.id != subject.actor_id:
                title = self._phrase(t.start, t.end)
                a, b = h0, h1
                while a - 1 >= t.start and a - 1 not in self.at:
                    a -= 1
                while b + 1 <= t.end and b + 1 not in self.at and self.tokens[b + 1].key not in _ROLE_FUNCTION:
                    b += 1
                self._add(Cand(a, b, holder.id, holder.name, holder.side, holder.kind, "role", priority=2, title=title))
                return True
        return False

    def _anonymous(self, t: _Title) -> bool:
        """An unnamed official of a side: "un haut responsable ukrainien", "a U.S. official"."""
        h0, h1 = t.head
        if self.words.anonymous_heads.match_at(self.tokens, h0)[0] != h1 - h0 + 1:
            return False
        inside = {id(self.at[x]): self.at[x] for x in range(t.start, t.end + 1) if x in self.at}
        if not all(c.kind in ("side", "place") and c.first >= t.start and c.last <= t.end for c in inside.values()):
            return False
        self._drop(inside.values())
        c = _delegation_cand(self.registry, t.start, t.end, t.side or "")
        c.via = "title_name"
        self._add(c)
        return True


def _in_headline(tokens: list[Token], text: str, last: int) -> bool:
    """True when a run of capitals ending at token ``last`` is part of a title-case headline.

    In prose a name is followed by punctuation or a lower-case word ("Jane Doe arrived."); in
    a headline the capitals run to the end of the line ("Russian Envoy Hails Progress") or go
    on after a short break ("... Hails Progress In Talks").
    """
    def same_line(a: int, b: int) -> bool:
        return "\n" not in text[tokens[a].end : tokens[b].start]

    nxt = last + 1
    if nxt >= len(tokens) or not same_line(last, nxt):
        return True
    if not tokens[nxt].text[:1].isupper():
        return False
    after = nxt + 1
    return after >= len(tokens) or not same_line(nxt, after) or tokens[after].text[:1].isupper()


def _attach_titles(
    chosen: list[Cand], tokens: list[Token], text: str, words: LangWords, registry: ActorRegistry, when: Any = None
) -> list[Cand]:
    """Titles of known people, provisional actors for unknown named officials, modifier flags."""
    if not words.title_heads.max_len:
        return chosen
    return _TitleWalker(chosen, tokens, text, words, registry, when).run()


def _title_core(
    tokens: list[Token], first: int, last: int, words: LangWords, at: dict[int, Cand], skip: tuple[int, int] | None
) -> tuple[str, ...]:
    """The words of a title without its demonyms, actors and function words."""
    keys: list[str] = []
    j = first
    while j <= last:
        if skip is not None and skip[0] <= j <= skip[1]:
            j = skip[1] + 1
            continue
        if j in at:
            j = at[j].last + 1
            continue
        n, _ = words.demonyms.match_at(tokens, j)
        if n:
            j += n
            continue
        if tokens[j].key not in _ROLE_FUNCTION:
            keys.append(tokens[j].key)
        j += 1
    return tuple(keys)


def _role_cand(
    tokens: list[Token],
    text: str,
    words: LangWords,
    at: dict[int, Cand],
    registry: ActorRegistry,
    rng: tuple[int, int],
    head: int,
    side: str | None,
    skip: tuple[int, int] | None,
    when: Any,
    principals: Iterable[Cand] = (),
) -> Cand | None:
    """The office holder a title names when no name follows: "le président russe" → Putin.

    A person in the title must be the side's head of state ("Putin's spokesman" is the
    Kremlin spokesman; "Driscoll's spokesman" is nobody the registry can name).
    """
    if not side or not words.role_titles:
        return None
    for p in principals:
        if p.kind not in ("person", "side"):
            return None  # "le chef de la délégation russe" is nobody's office
        if p.kind == "person":
            leader = registry.role_holder("head_of_state", p.side or "", when)
            if leader is None or leader.id != p.actor_id:
                return None
    core = _title_core(tokens, rng[0], rng[1], words, at, skip)
    if not core or any(k in words.role_blockers for k in core):
        return None
    role = words.role_titles.get(core)
    if role is None:
        return None
    holder = registry.role_holder(role, side, when)
    if holder is None:
        return None
    # the span: the run of free tokens around the head, without trailing function words
    a = head
    while a - 1 >= rng[0] and a - 1 not in at and not (skip and skip[0] <= a - 1 <= skip[1]):
        a -= 1
    b = head
    while b + 1 <= rng[1] and b + 1 not in at and not (skip and skip[0] <= b + 1 <= skip[1]):
        b += 1
    while b > head and tokens[b].key in _ROLE_FUNCTION:
        b -= 1
    while a < head and tokens[a].key in _ROLE_FUNCTION:
        a += 1
    title = text[tokens[rng[0]].start : tokens[rng[1]].end]
    return Cand(a, b, holder.id, holder.name, holder.side, holder.kind, "role", priority=2, title=title)


def _name_before(tokens: list[Token], b: int, words: LangWords, at: dict[int, Cand]) -> tuple[int, int] | None:
    """A run of two or more capitalised words ending at token ``b``, not starting the sentence."""
    k = b
    while k >= 0 and k not in at and (_is_name_word(tokens[k], words) or tokens[k].key in words.name_particles):
        k -= 1
    first = k + 1
    if b - first + 1 < 2 or not _is_name_word(tokens[first], words):
        return None
    if first == 0 and tokens[first].text in words.name_stopwords:
        return None
    return (first, b)


def _unresolved(tokens: list[Token], text: str, span: tuple[int, int], side: str | None, title: str) -> Cand:
    name = text[tokens[span[0]].start : tokens[span[1]].end]
    return Cand(
        span[0], span[1], f"unresolved:{slugify(name)}", name, side, "person", "title_name", priority=2, resolved=False, title=title
    )


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


class MentionContext:
    """Memory of one article: the unknown officials named so far.

    Pass the same context to :func:`find_mentions` for every sentence of an article, in order,
    and a later bare surname ("Chelyshkin rejected the draft", "le général Kravets-Ostapiouk")
    resolves to the provisional actor introduced earlier ("Deputy Foreign Minister Vsevolod
    Chelyshkin"), with the same id, full name and side.
    """

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, ...], Cand] = {}

    @staticmethod
    def _surname_keys(tokens: list[Token], c: Cand) -> tuple[str, ...]:
        """Keys of the last word of a name, hyphenated parts included ("Kravets-Ostapiouk")."""
        k = c.last
        while k > c.first and tokens[k].hyphen_before and tokens[k].start - tokens[k - 1].end == 1:
            k -= 1
        return tuple(t.key for t in tokens[k : c.last + 1])

    def remember(self, tokens: list[Token], c: Cand) -> None:
        full = tuple(t.key for t in tokens[c.first : c.last + 1])
        self._by_key.setdefault(full, c)
        surname = self._surname_keys(tokens, c)
        if surname != full:
            self._by_key.setdefault(surname, c)

    def known(self, keys: tuple[str, ...]) -> Cand | None:
        return self._by_key.get(keys)

    def surnames(self) -> list[tuple[tuple[str, ...], Cand]]:
        return list(self._by_key.items())


def _apply_context(chosen: list[Cand], tokens: list[Token], text: str, context: MentionContext) -> list[Cand]:
    """Reuse provisional actors met earlier (in the article or this text); remember new ones."""
    for c in chosen:
        if c.resolved or c.kind != "person":
            continue
        earlier = context.known(tuple(t.key for t in tokens[c.first : c.last + 1]))
        if earlier is None:
            context.remember(tokens, c)
        elif earlier.actor_id != c.actor_id or earlier is not c:
            c.actor_id, c.name = earlier.actor_id, earlier.name
            c.side = c.side or earlier.side
            if earlier.side is None and c.side:
                earlier.side = c.side
    taken = {k for c in chosen for k in range(c.first, c.last + 1)}
    added: list[Cand] = []
    for keys, earlier in context.surnames():
        n = len(keys)
        for i in range(len(tokens) - n + 1):
            if i in taken or tokens[i].key != keys[0] or not tokens[i].text[:1].isupper():
                continue
            if tuple(t.key for t in tokens[i : i + n]) != keys or any(k in taken for k in range(i, i + n)):
                continue
            if i + n < len(tokens) and tokens[i + n].start == tokens[i + n - 1].end and tokens[i + n].key not in (".", ",", "'", ";", ":", "»", ")"):
                continue
            added.append(
                Cand(i, i + n - 1, earlier.actor_id, earlier.name, earlier.side, "person", "alias", priority=2, resolved=False)
            )
            taken.update(range(i, i + n))
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda c: c.first)


def find_mentions(
    text: str,
    lang: str,
    registry: ActorRegistry,
    *,
    offset: int = 0,
    context: MentionContext | None = None,
    when: "dt.date | None" = None,
) -> list[ActorMention]:
    """Actor, side, delegation, unknown-official and place mentions of one sentence, in order.

    ``text`` is a sentence or a whole article. Spans are offsets into ``text`` shifted by
    ``offset``, non-overlapping, longest match first. Place mentions have ``kind="place"``.
    An unknown official named with a title is recognised again by the surname elsewhere in
    ``text``; pass one :class:`MentionContext` to every call of an article to carry that
    across sentences given one at a time.

    A title without a name names the office holder ("le président russe" → Vladimir Putin,
    ``via="role"``); ``when`` (the article's date) resolves offices that changed hands in the
    period ("the German chancellor"), which are otherwise left out.
    """
    if not text:
        return []
    tokens = tokenize(text, fold(text))
    if not tokens:
        return []
    words = words_for(lang)
    aliases = _alias_cands(tokens, registry)
    cands = aliases + _pattern_cands(tokens, words, registry, aliases)
    chosen = _decide_places(_resolve(cands), tokens, words, registry, text)
    chosen = _attach_titles(chosen, tokens, text, words, registry, when)
    _flag_possessor_sides(chosen, tokens)
    chosen = _apply_context(chosen, tokens, text, context if context is not None else MentionContext())
    return [_to_mention(c, tokens, text, offset) for c in chosen]


def find_places(text: str, lang: str, *, offset: int = 0, registry: ActorRegistry | None = None) -> list[tuple[tuple[int, int], str, str]]:
    """Places named as locations in a sentence: ((start, end), canonical name, country code)."""
    registry = registry or ActorRegistry.load()
    return [(m.span, m.name, m.side or "") for m in find_mentions(text, lang, registry, offset=offset) if m.kind == "place"]


__all__ = ["Cand", "LangWords", "MentionContext", "PhraseSet", "find_mentions", "find_places", "words_for", "slugify"]
