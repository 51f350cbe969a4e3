"""Places versus metonymy: when a city, building or country is a location, not a side.

"à Moscou", "in Moscow", "en Ukraine", a wire dateline ("KYIV, March 3 (Reuters) -") and
"the Minsk agreements" name places; "Moscou a indiqué", "a proposé à Moscou" and "le Kremlin"
stay the side that speaks. Only candidates matched from registry aliases are reconsidered.
"""

from __future__ import annotations

from tracker.extract.mentions.candidates import Cand, place_cand
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.mentions.tokens import Token, slugify
from tracker.extract.mentions.words import LangWords, PhraseSet


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


def decide_places(chosen: list[Cand], tokens: list[Token], words: LangWords, registry: ActorRegistry, text: str = "") -> list[Cand]:
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
            if j >= 1 and tokens[j].key == "'" and tokens[j - 1].key in words.elided_articles:
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
            # "Doha, Qatar, on Sunday": the country of the city just placed, in apposition
            apposed = (
                is_country
                and previous is not None
                and previous.kind == "place"
                and previous.side == c.side
                and previous.last == c.first - 2
                and tokens[c.first - 1].key == ","
                and (c.last + 1 >= len(tokens) or tokens[c.last + 1].key in (",", ".", ";", ")"))
            )
            following = tokens[c.last + 1].key if c.last + 1 < len(tokens) and not is_country else ""
            # "the Minsk agreements", "accords de Minsk", "Moscow time": a name, not a location
            named = following in words.named_nouns_after or _preceded_by(tokens, c.first, words.named_preps, words)
            as_place = (
                not sides
                or coordinated
                or apposed
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
                    c = place_cand(place, c)
                    c.as_modifier = named
        out.append(c)
        previous = c
    return out


def unseeded_cities(chosen: list[Cand], tokens: list[Token], words: LangWords) -> list[Cand]:
    """"à Almaty, au Kazakhstan", "in Lusaka, Zambia": a capitalised name the gazetteer does
    not know, set after a city preposition and followed by a country taken as a location, is
    a city of that country; it becomes the place instead of the country alone."""
    taken = {i for c in chosen for i in range(c.first, c.last + 1)}
    found: list[Cand] = []
    for c in chosen:
        if c.kind != "place" or not c.actor_id.startswith("place:country-") or c.side is None:
            continue
        j = c.first - 1
        if j >= 0 and tokens[j].key in words.articles:
            j -= 1
        n, _ = words.country_preps.match_ending_at(tokens, j) if j >= 0 else (0, None)
        comma = j - n if n else j  # "in Lusaka, Zambia": no preposition before the country
        if comma < 1 or tokens[comma].key != ",":
            continue
        last = comma - 1
        first = last
        while first >= 0 and first not in taken and tokens[first].text[:1].isupper() and tokens[first].text[:1].isalpha():
            first -= 1
        first += 1
        if first > last or last - first > 3:
            continue
        if not words.city_preps.match_ending_at(tokens, first - 1)[0] if first >= 1 else True:
            continue
        name = " ".join(t.text for t in tokens[first : last + 1])
        found.append(Cand(first, last, f"place:{slugify(name)}", name, c.side, "place", "place"))
    return sorted(chosen + found, key=lambda c: c.first) if found else chosen
