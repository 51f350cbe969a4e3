"""Mentions of actors, sides, delegations, unknown officials and places in one sentence."""

from __future__ import annotations

import pytest

from tracker.extract.mentions import find_mentions, find_places
from tracker.extract.registry import ActorRegistry


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.load()


def found(text: str, lang: str, reg: ActorRegistry) -> list[tuple[str, str, str]]:
    """(text, actor_id, kind) of every mention."""
    return [(m.text, m.actor_id, m.kind) for m in find_mentions(text, lang, reg)]


def by_text(text: str, lang: str, reg: ActorRegistry) -> dict:
    return {m.text: m for m in find_mentions(text, lang, reg)}


# --------------------------------------------------------------------------- aliases


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Vladimir Poutine a reçu Steve Witkoff.", "fr", [("Vladimir Poutine", "vladimir-putin"), ("Steve Witkoff", "steve-witkoff")]),
        ("Putin met Witkoff in the Kremlin.", "en", [("Putin", "vladimir-putin"), ("Witkoff", "steve-witkoff")]),
        ("Путин встретился с Уиткоффом.", "ru", [("Путин", "vladimir-putin"), ("Уиткоффом", "steve-witkoff")]),
        ("Зеленський провів розмову з Путіним? Ні.", "uk", [("Зеленський", "volodymyr-zelensky"), ("Путіним", "vladimir-putin")]),
        ("Selenskyj traf Juri Uschakow nicht.", "de", [("Selenskyj", "volodymyr-zelensky"), ("Juri Uschakow", "yuri-ushakov")]),
        ("Putins Berater Uschakow", "de", [("Putins", "vladimir-putin"), ("Uschakow", "yuri-ushakov")]),
        ("Erdogan and Erdoğan", "en", [("Erdogan", "recep-tayyip-erdogan"), ("Erdoğan", "recep-tayyip-erdogan")]),
        ("ERDOĞAN SPEAKS", "en", [("ERDOĞAN", "recep-tayyip-erdogan")]),
        ("Kirill Dmitriyev said", "en", [("Kirill Dmitriyev", "kirill-dmitriev")]),
        ("M. Witkoff a parlé", "fr", [("Witkoff", "steve-witkoff")]),
        ("Zelenskyy's office", "en", [("Zelenskyy", "volodymyr-zelensky")]),
    ],
)
def test_registry_aliases(text: str, lang: str, expected: list, reg: ActorRegistry) -> None:
    assert [(t, a) for t, a, k in found(text, lang, reg) if k == "person"] == expected


def test_capitalised_alias_does_not_match_a_common_word(reg: ActorRegistry) -> None:
    assert found("une bonne nouvelle pour la poutine", "fr", reg) == []
    assert found("Let us trump them", "en", reg) == []


def test_us_in_capitals_is_the_united_states_but_not_the_pronoun(reg: ActorRegistry) -> None:
    assert found("The US said it would join us.", "en", reg) == [("US", "side:US", "side")]


# --------------------------------------------------------------------------- sides and places


def test_metonym_subject_is_a_side_and_place_after_preposition(reg: ActorRegistry) -> None:
    ms = find_mentions("Moscou a indiqué qu'une rencontre aurait lieu à Moscou.", "fr", reg)
    assert [(m.text, m.kind, m.via, m.side) for m in ms] == [
        ("Moscou", "side", "metonym", "RU"),
        ("Moscou", "place", "place", "RU"),
    ]
    assert ms[1].actor_id == "place:moscow"


def test_english_metonyms_and_places(reg: ActorRegistry) -> None:
    got = [(m.text, m.kind) for m in find_mentions("Moscow said talks in Moscow and Kyiv were useful, the White House said.", "en", reg)]
    assert got == [("Moscow", "side"), ("Moscow", "place"), ("Kyiv", "place"), ("White House", "side")]


def test_country_as_place_and_as_side(reg: ActorRegistry) -> None:
    got = [(m.text, m.kind) for m in find_mentions("La Russie a rejeté le plan pour la paix en Ukraine.", "fr", reg)]
    assert got == [("Russie", "side"), ("Ukraine", "place")]


def test_kremlin_building_is_a_place_after_au(reg: ActorRegistry) -> None:
    got = [(m.text, m.kind, m.side) for m in find_mentions("Witkoff a été reçu au Kremlin; le Kremlin a salué la visite.", "fr", reg)]
    assert got == [("Witkoff", "person", "US"), ("Kremlin", "place", "RU"), ("Kremlin", "side", "RU")]


def test_find_places_gazetteer(reg: ActorRegistry) -> None:
    text = "Après Genève et Djeddah, les délégations se sont retrouvées à Riyad puis en Floride."
    assert [(name, c) for _, name, c in find_places(text, "fr")] == [
        ("Geneva", "CH"),
        ("Jeddah", "SA"),
        ("Riyadh", "SA"),
        ("Florida", "US"),
    ]
    spans = [s for s, _, _ in find_places(text, "fr", offset=100)]
    assert text[spans[0][0] - 100 : spans[0][1] - 100] == "Genève"


# --------------------------------------------------------------------------- delegations


def test_french_delegations_with_two_sides(reg: ActorRegistry) -> None:
    got = found("Une délégation ukrainienne a rencontré des responsables américains et européens.", "fr", reg)
    assert got == [
        ("délégation ukrainienne", "delegation:UA", "delegation"),
        ("responsables américains", "delegation:US", "delegation"),
        ("européens", "delegation:EU", "delegation"),
    ]


def test_delegation_named_by_country(reg: ActorRegistry) -> None:
    got = found("Des représentants des États-Unis et des conseillers nationaux européens en matière de sécurité.", "fr", reg)
    assert got == [
        ("représentants des États-Unis", "delegation:US", "delegation"),
        ("conseillers nationaux européens", "delegation:EU", "delegation"),
    ]


def test_english_delegations(reg: ActorRegistry) -> None:
    got = found("The US delegation met Russian negotiators and US and European officials.", "en", reg)
    assert got == [
        ("US delegation", "delegation:US", "delegation"),
        ("Russian negotiators", "delegation:RU", "delegation"),
        ("US", "delegation:US", "delegation"),
        ("European officials", "delegation:EU", "delegation"),
    ]


def test_demonym_sides(reg: ActorRegistry) -> None:
    assert found("La partie russe et les Ukrainiens ont parlé.", "fr", reg) == [
        ("partie russe", "side:RU", "side"),
        ("Ukrainiens", "side:UA", "side"),
    ]
    assert found("The Russian side told the Ukrainians.", "en", reg) == [
        ("Russian side", "side:RU", "side"),
        ("Ukrainians", "side:UA", "side"),
    ]


def test_compound_demonyms_are_modifiers(reg: ActorRegistry) -> None:
    ms = find_mentions("Ces échanges russo-américains ont duré.", "fr", reg)
    assert [(m.text, m.side, m.as_modifier) for m in ms] == [("russo", "RU", True), ("américains", "US", True)]
