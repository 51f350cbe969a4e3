"""Languages are plug-ins: the engine holds no word of any language.

A toy language ("xx", invented words) is defined entirely here, registered through the one
registration point, and must extract a meeting, a statement and a date from a small article.
A second test reads the shared engine modules and checks none of them imports a language
package: everything one language knows lives under ``tracker/extract/lang/<code>/``.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path
from typing import Iterator

import pytest

from tracker.articles import Article
from tracker.errors import ArticleError, ValidationError
from tracker.extract import LANGUAGES, LanguageRules, MentionWords, TemporalWords, extract_events, register, unregister
from tracker.extract.lang import BUILTIN, rules_for, supported_languages
from tracker.extract.mentions import find_mentions
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.rules import FLAGS, compile_rule
from tracker.extract.temporal import find_temporal
from tracker.extract.temporal.pack import make_rule
from tracker.langid import normalise_lang

EXTRACT = Path(__file__).resolve().parents[1] / "tracker" / "extract"

# --------------------------------------------------------------------------- the toy language

_MONTHS = {"florb": 12, "grunt": 1}
_WEEKDAYS = {"lunzo": 0, "marzo": 1}
_DAY_MONTH = r"(?P<d1>[12]\d|3[01]|0?[1-9])\s+(?P<m1>florb|grunt)(?:\s+(?P<y1>(?:19|20)\d{2}))?"


def _toy_rules(normalise=None) -> LanguageRules:  # type: ignore[no-untyped-def]
    """Invented words: "zorbat" met, "zorbiru" will meet, "blavat" said, "florb" December."""
    return LanguageRules(
        lang="xx",
        triggers=(
            compile_rule(
                "meeting.verb_zorb", "meeting_held",
                r"(?P<past>\bzorbat\b)|(?P<fut>\bzorbiru\b)", confidence=0.8,
            ),
            compile_rule("statement.verb_blav", "statement_issued", r"(?P<past>\bblavat\b)", speech=True, confidence=0.75),
        ),
        mentions=MentionWords(city_preps=("ka",), country_preps=("ka",), articles=("lo",), coordinators=("ey", ",")),
        temporal=TemporalWords(
            rules=(make_rule("date_dm", "day_month", _DAY_MONTH, flags=FLAGS),),
            months=_MONTHS,
            weekdays=_WEEKDAYS,
        ),
        with_marker=re.compile(r"\b(?:kun)\s+(?:\w+\s+){0,4}$", FLAGS),
        negation=re.compile(r"\bnix\b", FLAGS),
        normalise=normalise,
    )


@pytest.fixture
def toy() -> Iterator[LanguageRules]:
    rules = register(_toy_rules())
    yield rules
    unregister("xx")


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


TOY_ARTICLE = "Vladimir Putin zorbat kun Donald Trump ka Genève 12 florb 2025. Donald Trump blavat: « Glorp. »"


def _drafts(registry: ActorRegistry) -> list:  # type: ignore[type-arg]
    article = Article(text=TOY_ARTICLE, lang="xx", published=dt.date(2025, 12, 14))
    return extract_events(article, registry)


def test_toy_language_extracts_a_meeting_a_statement_and_a_date(toy: LanguageRules, registry: ActorRegistry) -> None:
    drafts = _drafts(registry)
    by_type = {d.type: d for d in drafts}
    assert set(by_type) == {"meeting_held", "statement_issued"}
    meeting = by_type["meeting_held"]
    assert {p.actor_id for p in meeting.participants} >= {"vladimir-putin", "donald-trump"}
    assert meeting.date is not None and (meeting.date.start, meeting.date.end, meeting.date.precision) == ("2025-12-12", "2025-12-12", "day")
    assert meeting.location is not None and "Gen" in meeting.location.name
    statement = by_type["statement_issued"]
    assert [p.actor_id for p in statement.participants if p.role == "speaker"] == ["donald-trump"]


def test_toy_language_is_refused_once_unregistered(registry: ActorRegistry) -> None:
    assert "xx" not in LANGUAGES
    with pytest.raises(ValidationError, match="no extraction rules for language 'xx'"):
        _drafts(registry)


def test_registration_point_feeds_lang_option_and_temporal(toy: LanguageRules) -> None:
    assert supported_languages()[-1] == "xx" and rules_for("XX-yy") is toy
    assert normalise_lang("xx") == "xx"
    found = find_temporal("ka 3 grunt 2026", "xx", dt.date(2025, 12, 14))
    assert [(t.text, t.interval.start) for t in found if t.interval] == [("3 grunt 2026", "2026-01-03")]


def test_unregistered_language_is_refused_by_lang_option() -> None:
    with pytest.raises(ArticleError, match="not supported"):
        normalise_lang("xx")


def test_normaliser_lets_declined_names_match_aliases(registry: ActorRegistry) -> None:
    """The language's normaliser gives each word a second key: "putinozz" -> "putin"."""
    text = "Putinozz zorbat."
    assert not [m for m in find_mentions(text, "xx", registry) if m.actor_id == "vladimir-putin"]
    register(_toy_rules(normalise=lambda w: w[:-3] if w.endswith("ozz") else w))
    try:
        assert [m.actor_id for m in find_mentions(text, "xx", registry)] == ["vladimir-putin"]
    finally:
        unregister("xx")


def test_case_endings_come_from_the_language_folders() -> None:
    """Matching keys cut the endings the language folders declare, not a list in the engine:
    a toy language declaring "ωζ" makes "putinωζ" and "putin" one key (endings apply to words with a letter outside ASCII)."""
    from tracker.extract.lang import case_endings
    from tracker.extract.mentions.tokens import tokenize

    assert "ого" in case_endings()  # Russian and Ukrainian declare theirs
    assert tokenize("Путина")[0].key == tokenize("Путин")[0].key
    rules = _toy_rules()
    register(LanguageRules(**{**rules.__dict__, "mentions": MentionWords(case_endings=frozenset({"ωζ"}))}))
    try:
        assert "ωζ" in case_endings()
        assert tokenize("Putinωζ")[0].key == "putin"
    finally:
        unregister("xx")
    assert "ωζ" not in case_endings()


def test_name_suffixes_belong_to_their_language(toy: LanguageRules, registry: ActorRegistry) -> None:
    """English and German declare the genitive "s" ("Putins Berater"); a language that does not
    declare it keeps "Putins" whole."""
    def putin(text: str, lang: str) -> bool:
        return any(m.actor_id == "vladimir-putin" for m in find_mentions(text, lang, registry))

    assert putin("Putins Berater reisten ab.", "de")
    assert not putin("Putins zorbat.", "xx")
    register(LanguageRules(**{**toy.__dict__, "mentions": MentionWords(name_suffixes=("s",))}))
    assert putin("Putins zorbat.", "xx")


# --------------------------------------------------------------------------- the shared engine

def _shared_modules() -> list[Path]:
    return sorted(p for p in EXTRACT.rglob("*.py") if "lang" not in p.relative_to(EXTRACT).parts[:1])


def test_shared_engine_imports_no_language_package() -> None:
    """Only the registration point (tracker.extract.lang) may be imported, never lang/<code>."""
    codes = {p.name for p in (EXTRACT / "lang").iterdir() if p.is_dir() and not p.name.startswith("_")}
    assert {"fr", "en"} <= codes
    offenders = []
    for path in _shared_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            if any(n.startswith("tracker.extract.lang.") and n.split(".")[3] in codes for n in names):
                offenders.append(f"{path.relative_to(EXTRACT)}:{node.lineno}")
    assert _shared_modules() and offenders == []


def test_builtin_languages_are_packages_with_rules() -> None:
    for code in BUILTIN:
        assert (EXTRACT / "lang" / code / "__init__.py").is_file()
        assert rules_for(code).lang == code
