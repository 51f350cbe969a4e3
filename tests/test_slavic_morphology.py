"""The Russian/Ukrainian normaliser: declined names, titles and places meet the registry's nominatives.

Sentences are written for these tests; the names are facts (registry entries).
"""

from __future__ import annotations

from typing import Iterator

import pytest

from tracker.extract import LanguageRules, TemporalWords, register, unregister
from tracker.extract.lang import LANGUAGES, mention_words_for
from tracker.extract.lang.slavic_morphology import normal_forms, normaliser
from tracker.extract.mentions import find_mentions
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.mentions.tokens import alias_keys, tokenize, with_lemmas


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def _with_normaliser(lang: str) -> LanguageRules:
    """A rule table with no triggers: only the mention words of ``lang`` and its normaliser."""
    return LanguageRules(
        lang=lang, triggers=(), mentions=mention_words_for(lang),
        temporal=TemporalWords(rules=(), months={}, weekdays={}), normalise=normaliser(lang),
    )


@pytest.fixture(params=["ru", "uk"])
def slavic(request: pytest.FixtureRequest) -> Iterator[str]:
    """``lang`` registered with its normaliser (the registered rules, if any, restored after)."""
    lang = request.param
    before = LANGUAGES.get(lang)
    if before is None or before.normalise is None:
        register(_with_normaliser(lang))
    yield lang
    if before is None:
        unregister(lang)
    else:
        register(before)


def _actors(text: str, lang: str, registry: ActorRegistry) -> list[str]:
    return [m.actor_id for m in find_mentions(text, lang, registry) if m.actor_id]


def test_all_readings_are_kept_first_reading_first() -> None:
    assert normal_forms("Путина", "ru")[0] == "путин"
    assert "песков" in normal_forms("Пескова", "ru")  # a surname, also read as a common noun
    assert set(normal_forms("прибыли", "ru")) >= {"прибыль", "прибыть"}
    assert "київ" in normal_forms("Києва", "uk")  # the stem changes: no ending cut finds it


def test_short_and_non_cyrillic_words_are_not_analysed() -> None:
    assert normal_forms("в", "ru") == () and normal_forms("Trump", "ru") == () and normal_forms("2025", "uk") == ()


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="no morphology dictionary"):
        normaliser("de")


def test_tokens_get_every_reading_as_a_key() -> None:
    tokens = with_lemmas(tokenize("Переговоры с Зеленским, говорит Песков"), normaliser("ru"))
    by_text = {t.text: t for t in tokens}
    assert "зеленск" in by_text["Зеленским"].keys()
    assert by_text["Песков"].lemma == "песок"  # the dictionary's first reading is the noun
    assert "песков" in by_text["Песков"].keys()  # the surname still matches by its own key


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("ru", "Трамп позвонил Владимиру Путину вечером.", "vladimir-putin"),
        ("ru", "Кирилл Дмитриев встретился с Уиткоффом.", "steve-witkoff"),
        ("ru", "Журналисты говорили с Сергеем Лавровым.", "sergei-lavrov"),
        ("uk", "Трамп зателефонував Зеленському в неділю.", "volodymyr-zelensky"),
        ("uk", "Делегацію очолив Умєров, слова Умєрова передали журналісти.", "rustem-umerov"),
    ],
)
def test_declined_names_find_their_actor(lang: str, text: str, actor: str, registry: ActorRegistry) -> None:
    before = LANGUAGES.get(lang)
    register(_with_normaliser(lang))
    try:
        assert actor in _actors(text, lang, registry)
    finally:
        unregister(lang) if before is None else register(before)


def test_stem_changing_city_is_found_as_a_place(slavic: str, registry: ActorRegistry) -> None:
    text = {"ru": "Делегация прилетела из Киева утром.", "uk": "Делегація приїхала до Києва вранці."}[slavic]
    found = [(m.kind, m.name) for m in find_mentions(text, slavic, registry)]
    assert any("Ки" in name or "Kyiv" in name or "Kiev" in name for _, name in found), found


def test_the_normaliser_reaches_what_the_ending_cut_misses() -> None:
    """The ending cut alone ("Києва" -> "києв") does not reach "Київ": the dictionary does."""
    (kyiv,), _ = alias_keys("Київ")
    assert kyiv not in tokenize("до Києва")[1].keys()
    assert kyiv in with_lemmas(tokenize("до Києва"), normaliser("uk"))[1].keys()
