"""Pure extraction: an Article in, EventDraft values out (no I/O, no database).

Each language is a :class:`~tracker.extract.rules.LanguageRules` registered under its code;
the built-in French and English rules register themselves exactly as an extension would::

    from tracker.extract import register
    register(my_rules)          # my_rules.lang == "de"

``extract_events`` picks the rules for ``article.lang`` and runs the shared engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.errors import ValidationError
from tracker.extract.engine import extract
from tracker.extract.rules import LanguageRules, TriggerRule

if TYPE_CHECKING:  # pragma: no cover
    from tracker.articles import Article
    from tracker.events import EventDraft

EXTRACTOR_VERSION = "0.1.0"

LANGUAGES: dict[str, LanguageRules] = {}


def register(rules: LanguageRules) -> LanguageRules:
    """Make ``rules`` the extractor for ``rules.lang`` (a later registration replaces it)."""
    LANGUAGES[rules.lang] = rules
    return rules


def recorded_by(lang: str) -> str:
    """The ``recorded_by`` value of log entries made by this extractor for ``lang``."""
    return f"extractor:{lang}-rules/{EXTRACTOR_VERSION}"


def extract_events(article: "Article", registry: Any) -> list["EventDraft"]:
    """The events of one article; pure. Raises ValidationError for an unsupported language."""
    rules = LANGUAGES.get((article.lang or "").lower())
    if rules is None:
        supported = ", ".join(sorted(LANGUAGES)) or "none"
        raise ValidationError(f"no extraction rules for language {article.lang!r}: supported languages are {supported}")
    return extract(article, registry, rules)


def _register_builtins() -> None:
    from tracker.extract import en, fr

    register(fr.RULES)
    register(en.RULES)


__all__ = ["EXTRACTOR_VERSION", "LANGUAGES", "LanguageRules", "TriggerRule", "extract_events", "recorded_by", "register"]

_register_builtins()
