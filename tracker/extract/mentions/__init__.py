"""Find the actors named in a text: people, sides, delegations, unknown officials, places.

One pass over the tokens of a sentence or a whole article (see
:mod:`tracker.extract.mentions.registry` for folding and tokens), in stages:

1. registry aliases (people, organisations, sides with their country names and metonyms, and
   gazetteer places), longest match first;
2. language patterns: demonyms standing for a side ("la partie russe", "the Ukrainians",
   "le ministère russe"), delegations ("une délégation ukrainienne", "US and European
   officials", "des représentants des États-Unis"), compounds ("russo-américains");
3. overlaps resolved, longest span wins;
4. a city, building or country that is clearly a place ("à Moscou", "in Moscow", "en
   Ukraine", a dateline) becomes a place mention (``kind="place"``), while "Moscou a
   indiqué", "a proposé à Moscou" or "le Kremlin" stay the side;
5. titles (:mod:`~tracker.extract.mentions.titles`, :mod:`~tracker.extract.mentions.title_holders`):
   "le ministre ukrainien des Affaires étrangères Andriï Sybiha", "Gen. Petro Kowalski", "X, envoyé du président russe": known people get their
   title, unknown names become provisional actors (``unresolved:<slug>``), a title alone names
   the office holder ("le président russe" → Vladimir Putin, ``via="role"``) or an anonymous
   official of its side ("un haut responsable ukrainien" → ``delegation:UA``), and actors
   inside a title ("l'émissaire de Donald Trump", "Trump's envoy") are flagged
   ``as_modifier``;
6. an unknown official met earlier is recognised again by the surname (:class:`MentionContext`).

Each stage lives in its own module: :mod:`~tracker.extract.mentions.candidates` (aliases, overlaps),
:mod:`~tracker.extract.mentions.demonyms` (2), :mod:`~tracker.extract.mentions.places` (4),
:mod:`~tracker.extract.mentions.titles`, :mod:`~tracker.extract.mentions.names` and
:mod:`~tracker.extract.mentions.title_holders` (5), :mod:`~tracker.extract.mentions.surnames` (6). This module
runs them in order. Everything language specific lives in :mod:`tracker.extract.lang.fr.mentions`
and :mod:`tracker.extract.lang.en.mentions` (compiled by :mod:`~tracker.extract.mentions.words`);
other languages get the registry aliases and places.
"""

from __future__ import annotations

import datetime as dt

from tracker.extract.mentions.candidates import Cand, alias_cands, flag_possessor_sides, resolve_overlaps, to_mention
from tracker.extract.mentions.demonyms import pattern_cands
from tracker.extract.mentions.places import decide_places, unseeded_cities
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.mentions.surnames import MentionContext, apply_context
from tracker.extract.mentions.title_holders import attach_titles
from tracker.extract.mentions.tokens import fold, slugify, tokenize, with_lemmas, with_name_suffixes
from tracker.extract.mentions.words import LangWords, PhraseSet, normaliser_for, words_for
from tracker.extract.types import ActorMention


def find_mentions(
    text: str,
    lang: str,
    registry: ActorRegistry,
    *,
    offset: int = 0,
    context: MentionContext | None = None,
    when: dt.date | None = None,
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
    from tracker.extract.lang import mention_words_for

    tokens = with_lemmas(tokenize(text, fold(text)), normaliser_for(lang))
    tokens = with_name_suffixes(tokens, mention_words_for(lang).name_suffixes)
    if not tokens:
        return []
    words = words_for(lang)
    aliases = alias_cands(tokens, registry)
    cands = aliases + pattern_cands(tokens, words, registry, aliases)
    chosen = unseeded_cities(decide_places(resolve_overlaps(cands), tokens, words, registry, text), tokens, words)
    chosen = attach_titles(chosen, tokens, text, words, registry, when)
    flag_possessor_sides(chosen, tokens, words.possessive_clitics)
    chosen = apply_context(chosen, tokens, text, context if context is not None else MentionContext())
    return fold_parenthesised_aliases([to_mention(c, tokens, text, offset) for c in chosen], text, offset)


def fold_parenthesised_aliases(mentions: list[ActorMention], text: str, offset: int = 0) -> list[ActorMention]:
    """"the National Liberation Army (ELN)": one mention of one actor, not two, or the short
    form would read as a second actor apposed to the first and cut the subject short."""
    import dataclasses

    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.actor_id == prev.actor_id and m.kind != "place" \
                and text[prev.span[1] - offset : m.span[0] - offset].strip() == "(" \
                and text[m.span[1] - offset : m.span[1] - offset + 1] == ")":
            out[-1] = dataclasses.replace(prev, span=(prev.span[0], m.span[1] + 1))
            continue
        out.append(m)
    return out


def find_places(text: str, lang: str, *, offset: int = 0, registry: ActorRegistry | None = None) -> list[tuple[tuple[int, int], str, str]]:
    """Places named as locations in a sentence: ((start, end), canonical name, country code)."""
    registry = registry or ActorRegistry.load()
    return [(m.span, m.name, m.side or "") for m in find_mentions(text, lang, registry, offset=offset) if m.kind == "place"]


__all__ = ["Cand", "LangWords", "MentionContext", "PhraseSet", "find_mentions", "find_places", "words_for", "slugify"]
