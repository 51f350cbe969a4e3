"""Which language an article is written in, and whether the extractor can read it.

Detection uses lingua. The decision is between the languages the extractor supports, but a
few other common news languages are loaded as contrast: a detector that only knows French
and English reads a German article as English with high confidence, and we would rather
refuse it. lingua's low-accuracy mode (trigram models only) is used because articles are
long; it loads in about 0.15 s and 30 MB, against 3 s and 250 MB for the full models. The
detector is built once, on first use.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from tracker.errors import ArticleError

#: Other languages that wire articles commonly come in; detected only to be refused clearly
#: (a registered language among them is read, not refused).
CONTRAST_LANGUAGES: tuple[str, ...] = (
    "de", "es", "it", "pt", "nl", "pl", "ro", "ru", "uk", "tr", "ar", "zh", "ja",
)

#: Below this top confidence, or under this many letters, a guess is reported as unsure.
LOW_CONFIDENCE = 0.8
MIN_LETTERS = 40

#: Only this much of a text is read: enough to tell, and a long text stays fast.
SAMPLE_CHARS = 10_000


def supported_languages() -> tuple[str, ...]:
    """ISO 639-1 codes the extractor reads: the registered languages of :mod:`tracker.extract.lang`."""
    from tracker.extract.lang import supported_languages as registered

    return registered()


def language_name(code: str) -> str:
    """English name of an ISO 639-1 code, for messages ("German"); the code if unknown."""
    try:
        from lingua import IsoCode639_1, Language

        return Language.from_iso_code_639_1(IsoCode639_1.from_str(code)).name.title()
    except (ImportError, ValueError):
        return code


def normalise_lang(value: str) -> str:
    """``"FR"``, ``"fr-FR"``, ``"fr_CA"`` -> ``"fr"``. Raises ArticleError on an unsupported code."""
    code = value.strip().lower().replace("_", "-").split("-", 1)[0]
    supported = supported_languages()
    if code not in supported:
        raise ArticleError(
            f"language {value.strip()!r} is not supported (supported: {', '.join(sorted(supported))})"
        )
    return code


@dataclass(frozen=True)
class LanguageGuess:
    """The detected language (ISO 639-1), its confidence (0..1), and whether it is unsure."""

    lang: str
    confidence: float
    unsure: bool

    @property
    def supported(self) -> bool:
        return self.lang in supported_languages()


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    codes = dict.fromkeys(supported_languages() + CONTRAST_LANGUAGES)
    languages = []
    for code in codes:
        try:
            languages.append(Language.from_iso_code_639_1(IsoCode639_1.from_str(code)))
        except ValueError:  # a code lingua does not know: nothing to detect it with
            continue
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text``.

    Raises ArticleError when nothing can be told (no letters, or no language scores).
    The guess may be a language the extractor does not support: callers decide.
    """
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters == 0:
        raise ArticleError("cannot tell the language of a text without letters; pass --lang")
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value <= 0.0:
        raise ArticleError("cannot tell the language of the text; pass --lang")
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    confidence = float(best.value)
    return LanguageGuess(code, confidence, unsure=confidence < LOW_CONFIDENCE or letters < MIN_LETTERS)
