"""Russian and Ukrainian word normaliser: declined names, titles and places meet the registry.

The registry lists nominatives ("Путин", "Зеленський", "Анкоридж"); running text declines them
("Путина", "с Уиткоффом", "Зеленському", "в Анкоридже", "Києва"). pymorphy3 with its ru and
uk dictionaries gives the normal form of every reading of a word; the engine's normaliser hook
(``LanguageRules.normalise``) takes them all, so a word matches an alias under any of its
readings: the first reading can be wrong ("Песков" read as "песок", "прибыли" as "прибыль",
uk "Умєрова" as "умєрів") and a later one is right. The mention tokens keep their own key (the
case-ending cut of :mod:`tracker.extract.mentions.tokens`) as well, which is the fallback for
names the dictionaries mis-read.

The analysers load lazily, once per language and process (about 0.5 s each, only in a process
that reads that language); every word is analysed once (``lru_cache``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

#: The languages pymorphy3 has dictionaries for here (pymorphy3-dicts-ru, pymorphy3-dicts-uk).
LANGUAGES = ("ru", "uk")

#: Case endings of Russian and Ukrainian nouns and adjectives, folded (ё→е, ї→і, й→и): the
#: lemmatiser-free fallback both languages give ``MentionWords.case_endings``.
CASE_ENDINGS: frozenset[str] = frozenset({
    "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ові", "еві", "ою", "ею",
    "ии", "ыи", "ои", "еи", "ая", "яя", "ую", "юю", "ым", "им", "ом", "ем", "ах", "ях",
    "ые", "ых", "ие", "их",
    "ам", "ям", "ої", "а", "я", "у", "ю", "е", "ы", "и", "ь", "і",
})

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ-]*")
#: Shorter words are prepositions, conjunctions and particles: nothing to match.
MIN_LETTERS = 3


@functools.cache
def analyzer(lang: str) -> Any:
    """The pymorphy3 analyser of ``lang`` ("ru" or "uk"), loaded on first use."""
    if lang not in LANGUAGES:
        raise ValueError(f"no morphology dictionary for language {lang!r}: known are {', '.join(LANGUAGES)}")
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@functools.lru_cache(maxsize=262144)
def normal_forms(word: str, lang: str) -> tuple[str, ...]:
    """Every reading's normal form of ``word`` (as written), first reading first, no repeats;
    empty for a word that is not Cyrillic or shorter than :data:`MIN_LETTERS`."""
    lowered = word.lower()
    if len(lowered) < MIN_LETTERS or not _CYRILLIC_WORD.fullmatch(lowered):
        return ()
    return tuple(dict.fromkeys(p.normal_form for p in analyzer(lang).parse(lowered)))


def normaliser(lang: str) -> Callable[[str], tuple[str, ...]]:
    """The ``LanguageRules.normalise`` hook of ``lang``: a word as written -> its normal forms."""
    if lang not in LANGUAGES:
        raise ValueError(f"no morphology dictionary for language {lang!r}: known are {', '.join(LANGUAGES)}")

    def normalise(word: str) -> tuple[str, ...]:
        return normal_forms(word, lang)

    normalise.__qualname__ = f"normaliser({lang!r})"
    return normalise


__all__ = ["LANGUAGES", "MIN_LETTERS", "analyzer", "normal_forms", "normaliser"]
