"""Pure extraction: an Article in, EventDraft values out (no I/O, no database).

Each language is a :class:`~tracker.extract.rules.LanguageRules` registered under its code
in :mod:`tracker.extract.lang`; the built-in French and English rules register themselves
exactly as an extension would::

    from tracker.extract import register
    register(my_rules)          # my_rules.lang == "de"

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
    return f"extractor:{lang}-rules/{EXTRACTOR_VERSION}"


def extract_events(article: "Article", registry: Any) -> list["EventDraft"]:
    """The events of one article; pure. Raises ValidationError for an unsupported language."""
    return extract(article, registry, rules_for(article.lang))


__all__ = [
    "EXTRACTOR_VERSION", "LANGUAGES", "LanguageRules", "MentionWords", "TemporalWords", "TriggerRule",
    "extract_events", "recorded_by", "register", "rules_for", "unregister",
]

