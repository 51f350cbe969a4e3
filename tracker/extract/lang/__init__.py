"""The languages the extractor reads: the one registration point.

Every language is a package ``tracker/extract/lang/<code>/`` whose ``RULES`` is a
:class:`~tracker.extract.rules.LanguageRules` (triggers, cue tables, mention words, temporal
words, labels). :data:`BUILTIN` lists the packages shipped with tracker; :func:`register`
adds one at run time (a plug-in, or a test's toy language). Ingest, language detection
(:mod:`tracker.langid`), ``--lang``, the mention finder and the temporal finder all read
:data:`LANGUAGES` through :func:`rules_for` and :func:`supported_languages`.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from tracker.errors import ValidationError
from tracker.extract.rules import LanguageRules, MentionWords

#: The language packages shipped with tracker: adding a language is adding its folder and
#: its code here.
BUILTIN: tuple[str, ...] = (
    "fr",
    "en",
    "ru",
    "uk",
    "de",
    "it",
    "es",
)

#: The language summaries and labels are written in ("Russian delegation", "the peace plan").
LABEL_LANGUAGE = "en"

#: Registered languages by ISO 639-1 code.
LANGUAGES: dict[str, LanguageRules] = {}


def register(rules: LanguageRules) -> LanguageRules:
    """Make ``rules`` the rules of ``rules.lang`` (a later registration replaces it)."""
    LANGUAGES[rules.lang] = rules
    _forget_compiled()
    return rules


def unregister(lang: str) -> None:
    """Forget a registered language (a test's toy language); unknown codes are ignored."""
    if LANGUAGES.pop(lang, None) is not None:
        _forget_compiled()


def supported_languages() -> tuple[str, ...]:
    """The codes of the registered languages, in registration order."""
    return tuple(LANGUAGES)


def rules_for(lang: str | None, what: str = "no extraction rules") -> LanguageRules:
    """The rules of ``lang`` ("fr", "FR", "fr-FR"); ValidationError when it is not registered
    (``what`` begins the message: "no extraction rules", "temporal expressions not supported")."""
    code = (lang or "").strip().lower().replace("_", "-").split("-", 1)[0]
    rules = LANGUAGES.get(code)
    if rules is None:
        supported = ", ".join(sorted(LANGUAGES)) or "none"
        raise ValidationError(f"{what} for language {lang!r}: supported languages are {supported}")
    return rules


def mention_words_for(lang: str | None) -> MentionWords:
    """The mention words of ``lang``: a registered language's; for another language, the
    ``WORDS`` of its ``lang/<code>/mentions.py`` when the folder has one yet (aliases and
    places in a language whose events are not read); else none, so only aliases match."""
    code = (lang or "").strip().lower().replace("_", "-").split("-", 1)[0]
    if code in LANGUAGES:
        return LANGUAGES[code].mentions
    if code.isalpha() and code.isascii():
        try:
            module = importlib.import_module(f"{__name__}.{code}.mentions")
        except ModuleNotFoundError:
            return MentionWords()
        return getattr(module, "WORDS", MentionWords())
    return MentionWords()


@functools.lru_cache(maxsize=1)
def leading_articles() -> tuple[str, ...]:
    """The articles of every language that has mention words (registered, or a folder with a
    ``mentions.py``), as name keys ending in a space: "la ", "the ", "l ' " (elided). The
    actor registry strips them to look up "la Russie", "the White House", "l'Élysée"."""
    from tracker.extract.mentions.tokens import normalise_name

    codes = dict.fromkeys([*LANGUAGES, *(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg)])
    out: dict[str, None] = {}
    for code in codes:
        words = mention_words_for(code)
        for article in words.articles:
            out[normalise_name(article) + " "] = None
        for elided in words.elided_articles:
            out[normalise_name(elided) + " ' "] = None
    return tuple(sorted(out, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def case_endings() -> tuple[str, ...]:
    """The case endings of every language folder (registered or not), longest first: cut from
    a word to make its matching key (see ``MentionWords.case_endings``). Aliases and text are
    keyed alike whatever the article's language, since one registry serves all of them."""
    codes = dict.fromkeys([*LANGUAGES, *(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg)])
    endings = {e for code in codes for e in mention_words_for(code).case_endings}
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))


def _forget_compiled() -> None:
    """Drop the word tables compiled from an earlier registration of a language."""
    leading_articles.cache_clear()
    case_endings.cache_clear()
    from tracker.extract.mentions.words import words_for
    from tracker.extract.temporal.pack import language_pack

    words_for.cache_clear()
    language_pack.cache_clear()


def _register_builtins() -> None:
    for code in BUILTIN:
        register(importlib.import_module(f"{__name__}.{code}").RULES)


_register_builtins()
