"""Pure extraction: an Article in, EventDraft values out (no I/O, no database).

The shared engine holds no word of any language; it is grouped by stage:

* ``engine.py`` runs the stages over an article; ``rules.py`` defines what a language must
  tell the engine (:class:`LanguageRules`, :class:`MentionWords`, :class:`TemporalWords`,
  :class:`TriggerRule`); ``sentences.py`` and ``types.py`` are shared by all stages.
* ``mentions/``: actors, sides, delegations, titles and places named in a text, resolved
  through the actor registry (``mentions/registry.py``).
* ``temporal/``: dates, ranges, durations and relative expressions, resolved to intervals.
* ``events/``: triggers, modality, subjects and roles, clauses, durations and dating,
  merging, implicit events and the English summaries.
* ``lang/``: the one registration point (``lang/__init__.py``) and one package per language.

How to add a language (say German, ``de``):

1. Make the folder ``tracker/extract/lang/de/`` with

   * ``mentions.py``: ``WORDS = MentionWords(...)``: demonyms, plural nouns, delegation and
     side nouns, titles, place prepositions, name stop words, role titles (see the fields'
     comments in :mod:`tracker.extract.rules`);
   * ``temporal.py``: ``WORDS = TemporalWords(...)``: month, weekday, number and unit tables,
     the rules made with :func:`tracker.extract.temporal.pack.make_rule` (resolver names in
     ``RESOLVER_SHAPES``), ``date_order`` and ``dateparser_language="de"``;
   * ``events.py``: ``RULES = LanguageRules(lang="de", triggers=..., mentions=..., temporal=...,
     ...)``: trigger verbs and nouns (:func:`tracker.extract.rules.compile_rule`, one named group
     per tense), the modality, speech, role and clause cues, the English summary labels and,
     optionally, ``normalise`` (a lemmatiser or stemmer for declined names and titles, e.g.
     ``simplemma.lemmatize`` or pymorphy3, wrapped in an ``lru_cache``);
   * ``__init__.py``: ``from tracker.extract.lang.de.events import RULES``.

   Every cue left out never matches, so a language can start with its triggers.
2. Register it: add ``"de"`` to :data:`tracker.extract.lang.BUILTIN`. Ingest, language
   detection, ``--lang``, the mention and temporal finders read that registry; a plug-in
   outside the package calls :func:`register` instead.
3. Write its tests, in your own words (never the corpus's sentences): a subclass of the
   contract in ``tests/test_extract_contract.py`` and of ``TemporalContract`` in
   ``tests/test_temporal.py``, mention cases in ``tests/test_mentions.py``, and a
   ``tests/test_extract_de.py`` with one test per construction; then measure with
   ``bench/eval_corpus.py --lang de``. ``tests/test_extract_plugin.py`` checks that no shared
   module imports a language package.

``extract_events`` picks the rules for ``article.lang`` and runs the shared engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.extract.engine import extract
from tracker.extract.lang import LANGUAGES, register, rules_for, unregister
from tracker.extract.rules import LanguageRules, MentionWords, TemporalWords, TriggerRule

if TYPE_CHECKING:  # pragma: no cover
    from tracker.articles import Article
    from tracker.events import EventDraft

EXTRACTOR_VERSION = "0.1.0"


def recorded_by(lang: str) -> str:
    """The ``recorded_by`` value of log entries made by this extractor for ``lang``."""
    from tracker.identity import extractor_recorded_by

    return extractor_recorded_by(lang, str(EXTRACTOR_VERSION))


def extract_events(article: Article, registry: Any) -> list[EventDraft]:
    """The events of one article; pure. Raises ValidationError for an unsupported language."""
    return extract(article, registry, rules_for(article.lang))


__all__ = [
    "EXTRACTOR_VERSION", "LANGUAGES", "LanguageRules", "MentionWords", "TemporalWords", "TriggerRule",
    "extract_events", "recorded_by", "register", "rules_for", "unregister",
]

