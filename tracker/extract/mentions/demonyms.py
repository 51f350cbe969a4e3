"""Sides and delegations named by nationality words rather than by a registry alias.

"la partie russe", "the Ukrainians", "une délégation ukrainienne", "US and European officials",
"des représentants des États-Unis", "russo-américains": patterns over the demonyms and nouns
of :mod:`tracker.extract.mentions.words`, in the word order of each language (French puts the
adjective after the noun, English before).
"""

from __future__ import annotations

from tracker.extract.mentions.candidates import Cand, delegation_cand, side_cand, side_of_alias
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.mentions.tokens import Token
from tracker.extract.mentions.words import LangWords


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




def pattern_cands(tokens: list[Token], words: LangWords, registry: ActorRegistry, aliases: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    by_first = {c.first: c for c in aliases}
    n_tok = len(tokens)
    gates = words.pattern_gates
    for i in range(n_tok):
        if tokens[i].key not in gates and i not in by_first:
            continue
        # capitalised plural nouns of nationality: "les Russes", "the Ukrainians"
        n, side = words.plural_nouns.match_at(tokens, i)
        if n and (tokens[i].text[:1].isupper() or words.plural_nouns_lowercase):
            out.append(side_cand(registry, i, i + n - 1, side, "demonym"))
        # compounds: "russo-américains", "US-Russian"
        n, side = words.compound_prefixes.match_at(tokens, i)
        if n and i + n < n_tok:
            j = i + n
            if tokens[j].hyphen_before and tokens[j].start - tokens[j - 1].end == 1:
                m, side2 = words.demonyms.match_at(tokens, j)
                if not m and j in by_first and side_of_alias(by_first[j]):
                    m, side2 = by_first[j].size, by_first[j].side
                if m:
                    # "US-Russian talks" name the sides that meet; "the Russia-Ukraine war" only qualifies
                    before = tokens[i - 1].key if i > 0 else ""
                    after = tokens[j + m].key if j + m < n_tok else ""
                    modifier = not (after in words.talk_nouns or before in words.talk_nouns)
                    out.append(side_cand(registry, i, i + n - 1, side, "demonym", as_modifier=modifier))
                    out.append(side_cand(registry, j, j + m - 1, side2, "demonym", as_modifier=modifier))
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
        while j < len(tokens) and tokens[j].key in words.delegation_fillers:
            j += 1
        items = _dem_list(tokens, j, words)
        if items:
            for k, (a, b, side) in enumerate(items):
                first = i if k == 0 else a
                out.append(
                    delegation_cand(registry, first, b, side) if make == "delegation" else side_cand(registry, first, b, side, "demonym")
                )
            continue
        # "la délégation de Kiev", "des représentants des États-Unis"
        if make == "delegation":
            out.extend(_complement_chain(tokens, i, j, words, registry, by_first))
    return out


def _complement_chain(tokens, i: int, j: int, words: LangWords, registry, by_first) -> list[Cand]:
    """"des représentants de Belgrade et de Pristina": one delegation per side named after the noun."""
    out: list[Cand] = []
    first: int | None = i
    while True:
        p, _ = words.complement_preps.match_at(tokens, j)
        if p and first is None and tokens[j].key not in words.chaining_preps:
            break  # "de Kiev et à Moscou": only "de" coordinates another delegation
        target = by_first.get(j + p) if p else None
        if target is None or not (side_of_alias(target) or target.kind == "organisation"):
            break
        side = side_of_alias(target)
        if side:  # an organisation ("du Hamas") stays itself; a country is its delegation
            out.append(delegation_cand(registry, target.first if first is None else first, target.last, side))
        k = target.last + 1
        if k + 1 < len(tokens) and tokens[k].key in words.coordinators and tokens[k].key != ",":
            first, j = None, k + 1
            continue
        break
    return out


def _coordinated_actor(tokens: list[Token], last: int, words: LangWords, by_first: dict[int, Cand]) -> Cand | None:
    """An organisation or country name coordinated after demonyms: "Israeli and [Hamas] negotiators"."""
    j = last + 1
    if j + 1 >= len(tokens) or tokens[j].key not in words.coordinators or tokens[j].key == ",":
        return None
    c = by_first.get(j + 1)
    return c if c is not None and (c.kind == "organisation" or side_of_alias(c)) else None


def _adjective_first_at(tokens, i, words: LangWords, registry, by_first) -> list[Cand]:
    """English order: adjective then noun ("the US delegation", "US and European officials")."""
    out: list[Cand] = []
    items = _dem_list(tokens, i, words)
    last_adj = items[-1][1] if items else None
    # "Ukraine's delegation", "Kremlin officials": a side alias used attributively
    if not items and i in by_first and side_of_alias(by_first[i]):
        c = by_first[i]
        last_adj = c.last
        if c.last + 2 < len(tokens) and tokens[c.last + 1].key == "'" and tokens[c.last + 2].key in words.possessive_clitics:
            last_adj = c.last + 2
        items = [(c.first, last_adj, c.side)]
    tail = _coordinated_actor(tokens, last_adj, words, by_first) if last_adj is not None else None
    if tail is not None:
        # "Israeli and Hamas negotiators": the noun after the actor covers the demonyms too
        last_adj = tail.last
    if last_adj is not None:  # set exactly when there are items
        j = last_adj + 1
        fill = 0
        while j < len(tokens) and tokens[j].key in words.delegation_fillers and fill < 2:
            if words.delegation_nouns.match_at(tokens, j)[0] or words.side_nouns.match_at(tokens, j)[0]:
                break
            j += 1
            fill += 1
        for nouns, make in ((words.delegation_nouns, "delegation"), (words.side_nouns, "side")):
            n, _ = nouns.match_at(tokens, j)
            if not n:
                continue
            end = j + n - 1
            if tail is not None:
                for a, b, side in items:
                    out.append(delegation_cand(registry, a, b, side) if make == "delegation" else side_cand(registry, a, b, side, "demonym"))
                tail_side = side_of_alias(tail)
                if tail_side:
                    out.append(
                        delegation_cand(registry, tail.first, end, tail_side) if make == "delegation"
                        else side_cand(registry, tail.first, end, tail_side, "demonym")
                    )
                break
            for k, (a, b, side) in enumerate(items):
                last = end if k == len(items) - 1 else b
                out.append(
                    delegation_cand(registry, a, last, side) if make == "delegation" else side_cand(registry, a, last, side, "demonym")
                )
            break
    # "delegations from Russia and Ukraine", "officials of the US"
    n, _ = words.delegation_nouns.match_at(tokens, i)
    if n:
        j = i + n
        if j < len(tokens) and tokens[j].key in words.source_preps:
            j += 1
            if j < len(tokens) and tokens[j].key in words.articles:
                j += 1
            first = i
            while j in by_first and side_of_alias(by_first[j]):
                target = by_first[j]
                out.append(delegation_cand(registry, first, target.last, target.side))
                j = target.last + 1
                if j + 1 < len(tokens) and tokens[j].key in words.coordinators:
                    j += 1
                    if j < len(tokens) and tokens[j].key in words.articles:
                        j += 1
                    first = j
                else:
                    break
    return out
