"""Parsing a title phrase: its words, the side it belongs to, and the actors inside it.

"le ministre ukrainien des Affaires étrangères", "Russian Deputy Foreign Minister",
"l'émissaire de Donald Trump", "Trump's envoy": :func:`parse_title` reads the words around a
title head and returns a :class:`Title` saying where the phrase starts and ends, which side it
names, and which actors are its complements. Who holds the title is decided by
:mod:`tracker.extract.mentions.title_holders`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.extract.mentions.candidates import Cand
from tracker.extract.mentions.tokens import Token
from tracker.extract.mentions.words import LangWords

_ACTOR_KINDS = ("person", "side", "organisation", "delegation", "place")


@dataclass
class Title:
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


def skip_article_back(tokens: list[Token], b: int, words: LangWords) -> int:
    """Index of the token before an article ending at ``b`` (or ``b`` when there is none)."""
    if b >= 1 and tokens[b].key == "'" and tokens[b - 1].key in words.elided_articles:
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
        if key in words.title_function_words:
            j += 1
            continue
        if key in words.department_words:
            last_content = j
            j += 1
            continue
        break
    return last_content + 1, side


def parse_title(tokens: list[Token], i: int, n_head: int, words: LangWords, at: dict[int, Cand]) -> Title:
    n = len(tokens)
    title = Title(start=i, end=i + n_head - 1, head=(i, i + n_head - 1))
    n_dem, dem = words.demonyms.match_at(tokens, i)
    if n_dem == n_head:  # "la Russe Tatiana Moskalkova"
        title.side = dem
    # words before the head: "le nouveau ministre" (fr); "Russian Deputy Foreign Minister" (en)
    b = i - 1
    while b >= 0:
        if b in at:
            c = at[b]
            attributive = c.kind == "side" and c.last == b and words.demonyms.match_ending_at(tokens, b)[0] == c.last - c.first + 1
            if words.adjective_first and c.kind == "side" and not c.as_modifier and (c.via == "demonym" or attributive):
                # "Russian foreign ministry spokeswoman": the ministry belongs to the title;
                # "Kosovo Prime Minister Albin Kurti": a country name used as a demonym is the title's side
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
        if words.adjective_first and tokens[b].key in words.possessive_clitics and b >= 1 and tokens[b - 1].key == "'" and b - 2 in at:
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
        if not p and not (words.bare_complements and j in at and at[j].kind == "side" and at[j].via != "demonym"):
            break
        k = j + p
        if not p:
            # a bare genitive complement ("премьер-министр Армении"): the title's side, not an actor of its own
            c = at[k]
            title.absorbed.append(c)
            title.side = title.side or c.side
            for x in range(c.first, c.last + 1):
                at.pop(x, None)
            j = c.last + 1
            continue
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
            if j + 1 < n and tokens[j].key == "'" and tokens[j + 1].key in words.possessive_clitics:
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
