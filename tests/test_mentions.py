"""Mentions of actors, sides, delegations, unknown officials and places in one sentence."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.mentions import MentionContext, find_mentions, find_places
from tracker.extract.mentions.registry import ActorRegistry
from tracker.resources import seeds_dir


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


def test_compound_demonyms_name_the_sides_of_talks_and_qualify_anything_else(reg: ActorRegistry) -> None:
    ms = find_mentions("Ces échanges russo-américains ont duré; la guerre russo-ukrainienne continue.", "fr", reg)
    assert [(m.text, m.side, m.as_modifier) for m in ms] == [
        ("russo", "RU", False),
        ("américains", "US", False),
        ("russo", "RU", True),
        ("ukrainienne", "UA", True),
    ]
    ms = find_mentions("The US-Russian talks ended; the Russia-Ukraine war goes on.", "en", reg)
    assert [(m.text, m.as_modifier) for m in ms] == [("US", False), ("Russian", False), ("Russia", True), ("Ukraine", True)]


# --------------------------------------------------------------------------- titles and modifiers


def test_envoy_of_trump_yields_both_people_with_trump_as_modifier(reg: ActorRegistry) -> None:
    text = (
        "Dans un message publié sur X, l’émissaire spécial de Donald Trump, Steve Witkoff, a qualifié de "
        "« productives » les négociations menées à Miami avec Kirill Dmitriev, envoyé du président russe Vladimir Poutine."
    )
    ms = by_text(text, "fr", reg)
    assert list(ms) == ["Donald Trump", "Steve Witkoff", "Miami", "Kirill Dmitriev", "Vladimir Poutine"]
    assert ms["Donald Trump"].as_modifier and ms["Vladimir Poutine"].as_modifier
    assert not ms["Steve Witkoff"].as_modifier and not ms["Kirill Dmitriev"].as_modifier
    assert ms["Steve Witkoff"].title == "émissaire spécial de Donald Trump"
    assert ms["Kirill Dmitriev"].title == "envoyé du président russe Vladimir Poutine"
    assert ms["Vladimir Poutine"].title == "président russe"
    for m in ms.values():
        assert text[m.span[0] : m.span[1]] == m.text


def test_envoy_without_name_still_marks_the_principal_as_modifier(reg: ActorRegistry) -> None:
    ms = find_mentions("Dans son message, l'envoyé spécial de Donald Trump a affirmé que la Russie restait engagée.", "fr", reg)
    assert [(m.text, m.as_modifier) for m in ms] == [("Donald Trump", True), ("Russie", False)]


def test_relational_titles_in_apposition(reg: ActorRegistry) -> None:
    ms = by_text(
        "Steve Witkoff, Jared Kushner, gendre du président Donald Trump, ainsi que Josh Gruenbaum, responsable à la Maison Blanche.",
        "fr",
        reg,
    )
    assert ms["Jared Kushner"].title == "gendre du président Donald Trump"
    assert ms["Donald Trump"].as_modifier
    assert ms["Josh Gruenbaum"].title == "responsable à la Maison Blanche"
    assert ms["Maison Blanche"].as_modifier


def test_president_before_name_is_a_title_not_a_modifier(reg: ActorRegistry) -> None:
    ms = by_text("Kirill Dmitriev rendrait compte au président Vladimir Poutine à son retour à Moscou.", "fr", reg)
    assert ms["Vladimir Poutine"].title == "président" and not ms["Vladimir Poutine"].as_modifier
    assert ms["Moscou"].kind == "place"


def test_english_possessive_principal(reg: ActorRegistry) -> None:
    ms = by_text("Trump's special envoy Steve Witkoff met the Kremlin's envoy, Kirill Dmitriev.", "en", reg)
    assert ms["Trump"].as_modifier and ms["Kremlin"].as_modifier
    assert ms["Steve Witkoff"].title == "Trump's special envoy"
    assert ms["Kirill Dmitriev"].title == "Kremlin's envoy"
    assert not ms["Steve Witkoff"].as_modifier and not ms["Kirill Dmitriev"].as_modifier


def test_outer_holder_after_inner_name(reg: ActorRegistry) -> None:
    ms = by_text("The envoy of President Vladimir Putin, Kirill Dmitriev, arrived.", "en", reg)
    assert ms["Vladimir Putin"].as_modifier
    assert ms["Kirill Dmitriev"].title == "envoy of President Vladimir Putin"


def test_known_minister_with_long_french_title(reg: ActorRegistry) -> None:
    ms = by_text("Le ministre ukrainien des Affaires étrangères Andriï Sybiha a parlé.", "fr", reg)
    assert ms["Andriï Sybiha"].actor_id == "andrii-sybiha"
    assert ms["Andriï Sybiha"].title == "ministre ukrainien des Affaires étrangères"


def test_general_staff_is_a_ministry_not_a_general(reg: ActorRegistry) -> None:
    ms = by_text("Chief of the General Staff Valery Gerasimov attended.", "en", reg)
    assert ms["Valery Gerasimov"].title == "Chief of the General Staff"
    assert not ms["Valery Gerasimov"].as_modifier


# --------------------------------------------------------------------------- unknown officials


@pytest.mark.parametrize(
    "text, lang, name, side, title",
    [
        ("Gen. Petro Kowalski met the press.", "en", "Petro Kowalski", None, "Gen."),
        ("Deputy Foreign Minister Jane Doe arrived.", "en", "Jane Doe", None, "Deputy Foreign Minister"),
        ("Russian negotiator Ivan Petrov said no.", "en", "Ivan Petrov", "RU", "Russian negotiator"),
        ("Turkish Deputy Foreign Minister Nuh Yilmaz chaired.", "en", "Nuh Yilmaz", "TR", "Turkish Deputy Foreign Minister"),
        ("Olena Marchenko, the Ukrainian ambassador, said so.", "en", "Olena Marchenko", "UA", "Ukrainian ambassador"),
        ("Driscoll's spokesman, Lt. Col. Jeff Tolbert, said.", "en", "Jeff Tolbert", None, "Lt. Col."),
        ("Le porte-parole Jean Dupont a démenti.", "fr", "Jean Dupont", None, "porte-parole"),
        ("Piotr Ivanov, envoyé du président russe, est arrivé.", "fr", "Piotr Ivanov", "RU", "envoyé du président russe"),
        ("Olena Kovalenko, ambassadrice d'Ukraine, a parlé.", "fr", "Olena Kovalenko", "UA", "ambassadrice d'Ukraine"),
        ("Le vice-ministre de la Défense Arkadi Zolotnitski conduisait la délégation.", "fr", "Arkadi Zolotnitski", None, "vice-ministre de la Défense"),
        ("Selon le porte-parole du Kremlin, Ivan Sidorov, rien n'est décidé.", "fr", "Ivan Sidorov", "RU", "porte-parole du Kremlin"),
        ("Le général Bohdan Kravets-Ostapiouk a signé.", "fr", "Bohdan Kravets-Ostapiouk", None, "général"),
        ("L'émissaire qatari Khalid Al-Mansour a servi de médiateur.", "fr", "Khalid Al-Mansour", "QA", "émissaire qatari"),
    ],
)
def test_unknown_officials_become_provisional_actors(text: str, lang: str, name: str, side: str | None, title: str, reg: ActorRegistry) -> None:
    people = [m for m in find_mentions(text, lang, reg) if not m.resolved]
    assert len(people) == 1
    m = people[0]
    assert (m.text, m.name, m.side, m.title, m.kind, m.via) == (name, name, side, title, "person", "title_name")
    assert m.actor_id.startswith("unresolved:") and m.actor_id == "unresolved:" + m.actor_id.split(":", 1)[1]


def test_side_of_an_unknown_official_from_a_later_apposition(reg: ActorRegistry) -> None:
    ms = find_mentions("Selon le général Mykola Petrenko, chef d'état-major ukrainien, la réunion aura lieu.", "fr", reg)
    assert [(m.text, m.side) for m in ms] == [("Mykola Petrenko", "UA")]


def test_title_words_alone_make_no_person(reg: ActorRegistry) -> None:
    assert found("Le président a déclaré que le ministre viendrait.", "fr", reg) == []
    assert found("The president said the minister would come.", "en", reg) == []


def test_anonymous_officials_of_a_side(reg: ActorRegistry) -> None:
    assert found("Un haut responsable ukrainien a déclaré que rien n'était réglé.", "fr", reg) == [
        ("haut responsable ukrainien", "delegation:UA", "delegation")
    ]
    assert found("A U.S. official said talks went well.", "en", reg) == [("U.S. official", "delegation:US", "delegation")]


def test_first_name_before_a_known_surname_extends_the_known_person(reg: ActorRegistry) -> None:
    assert found("Turkish President Tayyip Erdogan spoke.", "en", reg) == [("Tayyip Erdogan", "recep-tayyip-erdogan", "person")]


def test_context_resolves_a_later_surname_to_the_same_provisional_actor(reg: ActorRegistry) -> None:
    ctx = MentionContext()
    first = find_mentions("Russia's delegation was headed by Deputy Foreign Minister Vsevolod Chelyshkin.", "en", reg, context=ctx)
    later = find_mentions("Chelyshkin rejected the draft.", "en", reg, context=ctx, offset=80)
    assert first[-1].actor_id == later[0].actor_id == "unresolved:vsevolod-chelyshkin"
    assert later[0].span == (80, 90) and later[0].name == "Vsevolod Chelyshkin" and not later[0].resolved
    ctx2 = MentionContext()
    find_mentions("La délégation ukrainienne était conduite par le général Bohdan Kravets-Ostapiouk.", "fr", reg, context=ctx2)
    again = find_mentions("a déclaré le général Kravets-Ostapiouk.", "fr", reg, context=ctx2)
    assert [m.actor_id for m in again] == ["unresolved:bohdan-kravets-ostapiouk"]
    assert find_mentions("Chelyshkin rejected the draft.", "en", reg) == []


# --------------------------------------------------------------------------- places vs sides, more


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Washington a proposé à Moscou un cessez-le-feu.", "fr", [("Washington", "side"), ("Moscou", "side")]),
        ("Witkoff se rendra à Moscou puis à Kiev.", "fr", [("Witkoff", "person"), ("Moscou", "place"), ("Kiev", "place")]),
        ("Moscou attend les résultats des discussions de Berlin.", "fr", [("Moscou", "side"), ("Berlin", "place")]),
        ("Witkoff will travel to Moscow; Rubio said, referring to Moscow, that it was fine.", "en",
         [("Witkoff", "person"), ("Moscow", "place"), ("Rubio", "person"), ("Moscow", "side")]),
        ("In Moscow, Kremlin aide Yuri Ushakov spoke.", "en", [("Moscow", "place"), ("Kremlin", "side"), ("Yuri Ushakov", "person")]),
        ("ABOU DHABI, 13 mars (AFP) - Abou Dhabi a salué l'échange.", "fr", [("ABOU DHABI", "place"), ("Abou Dhabi", "side")]),
        ("MOSCOU/KIEV, 8 janvier (Reuters) - La Russie", "fr", [("MOSCOU", "place"), ("KIEV", "place"), ("Russie", "side")]),
        ("Переговоры прошли в Москве, а Кремль их одобрил.", "ru", [("Москве", "place"), ("Кремль", "side")]),
        ("Москва заявила, что Киев отказался.", "ru", [("Москва", "side"), ("Киев", "side")]),
        ("Зустріч відбулася у Києві, повідомив Білий дім.", "uk", [("Києві", "place"), ("Білий дім", "side")]),
        ("Die Gespräche in Genf; Moskau lehnte ab.", "de", [("Genf", "place"), ("Moskau", "side")]),
        ("Trump met Putin at the White House.", "en", [("Trump", "person"), ("Putin", "person"), ("White House", "place")]),
        ("Zelensky arrived in Saudi Arabia; Saudi Arabia hosted talks.", "en",
         [("Zelensky", "person"), ("Saudi Arabia", "place"), ("Saudi Arabia", "side")]),
    ],
)
def test_place_or_side(text: str, lang: str, expected: list, reg: ActorRegistry) -> None:
    assert [(m.text, m.kind) for m in find_mentions(text, lang, reg)] == expected


def test_place_mentions_carry_the_country(reg: ActorRegistry) -> None:
    ms = find_mentions("Les pourparlers se sont tenus à Djeddah, puis en Suisse.", "fr", reg)
    assert [(m.name, m.side, m.actor_id) for m in ms] == [("Jeddah", "SA", "place:jeddah"), ("Switzerland", "CH", "place:country-ch")]


def test_more_delegations(reg: ActorRegistry) -> None:
    assert found("Des délégations militaires russe et ukrainienne ont négocié.", "fr", reg) == [
        ("délégations militaires russe", "delegation:RU", "delegation"),
        ("ukrainienne", "delegation:UA", "delegation"),
    ]
    assert found("Ukraine's delegation met officials from the US and Russia.", "en", reg) == [
        ("Ukraine's delegation", "delegation:UA", "delegation"),
        ("officials from the US", "delegation:US", "delegation"),
        ("Russia", "delegation:RU", "delegation"),
    ]
    assert found("European national security advisers met Senior U.S. and Russian officials.", "en", reg) == [
        ("European national security advisers", "delegation:EU", "delegation"),
        ("U.S.", "delegation:US", "delegation"),
        ("Russian officials", "delegation:RU", "delegation"),
    ]


def test_title_beats_side_pattern(reg: ActorRegistry) -> None:
    ms = by_text("Le chef de la diplomatie russe Sergueï Lavrov viendra; la diplomatie russe a salué.", "fr", reg)
    assert ms["Sergueï Lavrov"].title == "chef de la diplomatie russe"
    assert ms["diplomatie russe"].actor_id == "side:RU"


def test_offset_shifts_every_span(reg: ActorRegistry) -> None:
    text = "Le Kremlin et Kiev."
    a = find_mentions(text, "fr", reg)
    b = find_mentions(text, "fr", reg, offset=1000)
    assert [(m.span[0] + 1000, m.span[1] + 1000) for m in a] == [m.span for m in b]


def test_empty_and_punctuation_only() -> None:
    reg = ActorRegistry.load()
    assert find_mentions("", "fr", reg) == []
    assert find_mentions(" ... « » ", "en", reg) == []


# --------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzÉéèàçïëôû ABCDEFGHIJKLMNOPQRSTUVWXYZ   ,.;:'’-«»()/\n0123456789")
    + list("МоскваКиївПутінЗеленськийьїєё")
    + ["Moscou", "Poutine", "Witkoff", "Steve ", "à ", "la ", "délégation ", "russe", "américains", " et ", "in ",
       "US", "U.S.", "Kremlin", "'s ", "envoy ", "Gen. ", "l’émissaire ", "de ", "du président ", "Trump", ", ",
       "Kravets-Ostapiouk", "ministre ", "Jean ", "Dupont", "Maison Blanche", "İ", "ß", "\u0301", "Abou-Dhabi"]
)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(_ALPHABET, max_size=40), lang=st.sampled_from(["fr", "en", "ru", "de", "xx"]), offset=st.integers(0, 10_000))
def test_find_mentions_never_raises_and_spans_match_the_text(parts: list[str], lang: str, offset: int) -> None:
    text = "".join(parts)
    reg = ActorRegistry.load()
    ctx = MentionContext()
    for _ in range(2):  # second pass exercises the context
        ms = find_mentions(text, lang, reg, offset=offset, context=ctx)
        last_end = -1
        for m in ms:
            start, end = m.span[0] - offset, m.span[1] - offset
            assert 0 <= start < end <= len(text)
            assert text[start:end] == m.text
            assert start >= last_end  # sorted and non-overlapping
            last_end = end
            assert m.kind in ("person", "side", "organisation", "delegation", "place")
            assert m.resolved or m.actor_id.startswith("unresolved:")


# --------------------------------------------------------------------------- office holders named by a title


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Witkoff rendra compte au président américain.", "fr", [("Witkoff", "steve-witkoff", False), ("président américain", "donald-trump", False)]),
        ("Iouri Ouchakov, conseiller du président russe, a parlé.", "fr",
         [("Iouri Ouchakov", "yuri-ushakov", False), ("président russe", "vladimir-putin", True)]),
        ("Le porte-parole du Kremlin a démenti.", "fr", [("porte-parole", "dmitry-peskov", False), ("Kremlin", "side:RU", True)]),
        ("La porte-parole de la diplomatie russe a dénoncé le plan.", "fr",
         [("porte-parole de la diplomatie russe", "maria-zakharova", False)]),
        ("The Russian president told the Ukrainian leader no.", "en",
         [("Russian president", "vladimir-putin", False), ("Ukrainian leader", "volodymyr-zelensky", False)]),
        ("Putin's spokesman agreed.", "en", [("Putin", "vladimir-putin", True), ("spokesman", "dmitry-peskov", False)]),
        ("Russian foreign ministry spokeswoman said.", "en", [("Russian foreign ministry spokeswoman", "maria-zakharova", False)]),
        ("The Saudi crown prince hosted them.", "en", [("Saudi crown prince", "mohammed-bin-salman", False)]),
    ],
)
def test_titles_without_names_name_the_office_holder(text: str, lang: str, expected: list, reg: ActorRegistry) -> None:
    ms = find_mentions(text, lang, reg)
    assert [(m.text, m.actor_id, m.as_modifier) for m in ms] == expected
    holders = [m for m in ms if m.via == "role"]
    assert holders and all(m.kind == "person" and m.resolved and m.title for m in holders)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'ancien président russe a parlé.", "fr"),
        ("The former US president spoke.", "en"),
        ("Driscoll's spokesman said so.", "en"),
        ("Le président a parlé.", "fr"),
    ],
)
def test_titles_that_name_nobody_in_office(text: str, lang: str, reg: ActorRegistry) -> None:
    assert [m for m in find_mentions(text, lang, reg) if m.via == "role"] == []


def test_offices_that_changed_hands_need_the_date(reg: ActorRegistry) -> None:
    import datetime as dt

    text = "The German chancellor met the Ukrainian prime minister."
    assert [m for m in find_mentions(text, "en", reg) if m.via == "role"] == []
    early = [m.actor_id for m in find_mentions(text, "en", reg, when=dt.date(2025, 3, 1)) if m.via == "role"]
    late = [m.actor_id for m in find_mentions(text, "en", reg, when=dt.date(2025, 12, 1)) if m.via == "role"]
    assert early == ["olaf-scholz", "denys-shmyhal"]
    assert late == ["friedrich-merz", "yulia-svyrydenko"]


def test_institutions_stand_for_their_side(reg: ActorRegistry) -> None:
    assert found("Le ministère russe de la Défense a indiqué que tout allait bien.", "fr", reg) == [
        ("ministère russe", "side:RU", "side")
    ]
    assert found("The Russian Defence Ministry said; Ukraine's military said.", "en", reg) == [
        ("Russian Defence Ministry", "side:RU", "side"),
        ("Ukraine's military", "side:UA", "side"),
    ]
    # inside a title the ministry belongs to the title; without a holder it stands again
    assert found("Le porte-parole du ministère russe des Affaires étrangères a dit non.", "fr", reg) == [
        ("porte-parole du ministère russe des Affaires étrangères", "maria-zakharova", "person")
    ]
    assert found("The Russian army commander said no.", "en", reg) == [("Russian army", "side:RU", "side")]


def test_border_between_two_countries_is_a_place(reg: ActorRegistry) -> None:
    ms = find_mentions("Ils se sont rencontrés à la frontière entre la Biélorussie et l'Ukraine.", "fr", reg)
    assert [(m.name, m.kind) for m in ms] == [("Belarus", "place"), ("Ukraine", "place")]


def test_capitalised_demonym_noun_introduces_a_name(reg: ActorRegistry) -> None:
    ms = find_mentions("La Russe Tatiana Moskalkova a rencontré l'Américain John Smith.", "fr", reg)
    assert [(m.text, m.actor_id, m.side, m.resolved) for m in ms] == [
        ("Tatiana Moskalkova", "tatiana-moskalkova", "RU", True),
        ("John Smith", "unresolved:john-smith", "US", False),
    ]


def test_possessor_side_and_relational_nouns_are_modifiers(reg: ActorRegistry) -> None:
    ms = by_text("European officials, including France's Emmanuel Bonne, joined Witkoff, a longtime friend of Trump.", "en", reg)
    assert ms["France"].as_modifier and not ms["Emmanuel Bonne"].as_modifier
    assert ms["Trump"].as_modifier and not ms["Witkoff"].as_modifier
    ms = by_text("The head of Russia's sovereign wealth fund, Kirill Dmitriev, told Reuters.", "en", reg)
    assert ms["Kirill Dmitriev"].title == "head of Russia's sovereign wealth fund" and ms["Russia"].as_modifier


def test_dateline_after_a_headline_line_is_a_place(reg: ActorRegistry) -> None:
    text = "Kremlin says talks useful\nMOSCOW/KYIV, Feb 2 (Reuters) - Moscow said. WASHINGTON is far."
    assert [(m.text, m.kind) for m in find_mentions(text, "en", reg)] == [
        ("Kremlin", "side"),
        ("MOSCOW", "place"),
        ("KYIV", "place"),
        ("Moscow", "side"),
        ("WASHINGTON", "side"),
    ]


def test_title_case_headline_words_are_not_names(reg: ActorRegistry) -> None:
    text = "Russian Negotiator Hails Progress In Talks\nRussian negotiator Ivan Petrov said no."
    assert [m.text for m in find_mentions(text, "en", reg) if not m.resolved] == ["Ivan Petrov"]


def test_head_of_a_delegation_holds_the_title(reg: ActorRegistry) -> None:
    ms = by_text("Le chef de la délégation russe, Vladimir Medinski, a parlé.", "fr", reg)
    assert ms["délégation russe"].as_modifier
    assert ms["Vladimir Medinski"].title == "chef de la délégation russe"


def test_head_of_a_delegation_without_name_is_nobody_in_office(reg: ActorRegistry) -> None:
    ms = find_mentions("Le chef de la délégation russe a dit que le chef du Kremlin viendra.", "fr", reg)
    assert [(m.text, m.actor_id, m.as_modifier) for m in ms] == [
        ("délégation russe", "delegation:RU", False),  # speaks for its unnamed head
        ("chef", "vladimir-putin", False),
        ("Kremlin", "side:RU", True),
    ]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Donald Trump s'est entretenu au téléphone avec son homologue russe.", "fr", ("homologue russe", "vladimir-putin")),
        ("Sybiha told his Turkish counterpart that Kyiv was ready.", "en", ("Turkish counterpart", "hakan-fidan")),
        ("Lavrov met his US counterpart in Riyadh.", "en", ("US counterpart", "marco-rubio")),  # "US" used as a demonym
    ],
)
def test_counterpart_is_the_same_office_on_the_other_side(text: str, lang: str, expected: tuple, reg: ActorRegistry) -> None:
    roles = [(m.text, m.actor_id) for m in find_mentions(text, lang, reg) if m.via == "role"]
    assert roles == [expected]


def test_counterpart_needs_a_subject_in_the_same_sentence(reg: ActorRegistry) -> None:
    assert [m for m in find_mentions("Trump a parlé. Son homologue russe a répondu.", "fr", reg) if m.via == "role"] == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The Minsk agreements; the Istanbul talks; Moscow time; Moscow said.", "en",
         [("Minsk", "place", True), ("Istanbul", "place", False), ("Moscow", "place", True), ("Moscow", "side", False)]),
        ("Le mémorandum de Budapest, les accords de Genève et les discussions de Berlin; Budapest a dit.", "fr",
         [("Budapest", "place", True), ("Genève", "place", True), ("Berlin", "place", False), ("Budapest", "side", False)]),
    ],
)
def test_cities_naming_documents_are_modifier_places(text: str, lang: str, expected: list, reg: ActorRegistry) -> None:
    assert [(m.text, m.kind, m.as_modifier) for m in find_mentions(text, lang, reg)] == expected


def test_title_word_used_as_a_verb_leaves_the_place_a_location(reg: ActorRegistry) -> None:
    ms = find_mentions("Witkoff will head to Moscow next week.", "en", reg)
    assert [(m.text, m.kind, m.as_modifier) for m in ms] == [("Witkoff", "person", False), ("Moscow", "place", False)]


@pytest.mark.parametrize(
    "text, lang, actor_id",
    [
        ("Le ministre israélien des Affaires étrangères a rencontré son homologue.", "fr", "gideon-saar"),
        ("The Israeli foreign minister said the talks would resume.", "en", "gideon-saar"),
        ("Le ministre égyptien des Affaires étrangères a reçu la délégation.", "fr", "badr-abdelatty"),
    ],
)
def test_israeli_and_egyptian_titles_name_their_holders(text: str, lang: str, actor_id: str, reg: ActorRegistry) -> None:
    import datetime as dt

    ids = [m.actor_id for m in find_mentions(text, lang, reg, when=dt.date(2025, 10, 9))]
    assert actor_id in ids


def test_blair_house_is_a_place_not_tony_blair(reg: ActorRegistry) -> None:
    assert found("Zelensky stayed at Blair House.", "en", reg)[-1] == ("Blair House", "place:blair-house", "place")
    assert ("Blair", "tony-blair", "person") in found("Blair said the board would meet.", "en", reg)


def test_new_demonyms_name_sides_and_title_holders(reg: ActorRegistry) -> None:
    import datetime as dt

    text = "Le chef de la diplomatie iranienne a rencontré les Pakistanais et la délégation thaïlandaise."
    got = [(m.actor_id, m.kind) for m in find_mentions(text, "fr", reg, when=dt.date(2025, 6, 20))]
    assert ("abbas-araghchi", "person") in got
    assert ("side:PK", "side") in got
    assert ("delegation:TH", "delegation") in got


# --------------------------------------------------------------------------- sides beyond Russia–Ukraine


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Belgrade a rejeté la proposition de Pristina.", "fr", [("Belgrade", "side:RS"), ("Pristina", "side:XK")]),
        ("Serbia said it was ready to talk, and Kosovo agreed.", "en", [("Serbia", "side:RS"), ("Kosovo", "side:XK")]),
        ("La Serbie a rejeté le plan; le Soudan l'a accepté; les Philippines aussi.", "fr",
         [("Serbie", "side:RS"), ("Soudan", "side:SD"), ("Philippines", "side:PH")]),
        ("Congo and Rwanda signed the deal; Sudan rejected it.", "en", [("Congo", "side:CD"), ("Rwanda", "side:RW"), ("Sudan", "side:SD")]),
        ("The Sudanese army and the RSF agreed to a truce.", "en", [("Sudanese army", "side:SD"), ("RSF", "rapid-support-forces")]),
        ("L'armée soudanaise a rejeté l'offre des Forces de soutien rapide.", "fr",
         [("armée soudanaise", "side:SD"), ("Forces de soutien rapide", "rapid-support-forces")]),
        ("Les négociateurs serbes et kosovars ont discuté.", "fr", [("négociateurs serbes", "delegation:RS"), ("kosovars", "delegation:XK")]),
        ("Serbian and Kosovo negotiators met.", "en", [("Serbian", "delegation:RS"), ("Kosovo negotiators", "delegation:XK")]),
        ("The Rwandan side said it was ready.", "en", [("Rwandan side", "side:RW")]),
        ("Le gouvernement libanais et les autorités syriennes ont parlé.", "fr",
         [("gouvernement libanais", "side:LB"), ("autorités syriennes", "side:SY")]),
        ("Venezuelan and Colombian officials met; the Cubans declined.", "en",
         [("Venezuelan", "delegation:VE"), ("Colombian officials", "delegation:CO"), ("Cubans", "side:CU")]),
        ("Houthi rebels and the Taliban said so; Hezbollah did not.", "en",
         [("Houthi rebels", "houthis"), ("Taliban", "taliban"), ("Hezbollah", "hezbollah")]),
    ],
)
def test_sides_and_movements_of_other_conflicts(text: str, lang: str, expected: list, reg: ActorRegistry) -> None:
    assert [(t, a) for t, a, k in found(text, lang, reg) if k != "place"] == expected


def test_capitals_of_other_conflicts_are_places_after_a_preposition(reg: ActorRegistry) -> None:
    assert [(m.text, m.actor_id) for m in find_mentions("Les pourparlers ont eu lieu au Caire puis à Tirana.", "fr", reg)] == [
        ("Caire", "place:cairo"), ("Tirana", "place:tirana")
    ]
    got = [(m.text, m.kind, m.side) for m in find_mentions("Belgrade said talks in Belgrade were useful.", "en", reg)]
    assert got == [("Belgrade", "side", "RS"), ("Belgrade", "place", "RS")]


@pytest.mark.parametrize(
    "text, lang, name, side",
    [
        ("Le président tchadien Mahamat Idriss Déby a rencontré les médiateurs.", "fr", "Mahamat Idriss Déby", "TD"),
        ("Chadian President Mahamat Idriss Deby met the mediators.", "en", "Mahamat Idriss Deby", "TD"),
        ("Le Premier ministre malien Abdoulaye Maïga a déclaré que le dialogue continuait.", "fr", "Abdoulaye Maïga", "ML"),
        ("Sudanese army spokesman Nabil Abdallah said he was ready.", "en", "Nabil Abdallah", "SD"),
    ],
)
def test_unknown_officials_of_new_sides_get_their_side(text: str, lang: str, name: str, side: str, reg: ActorRegistry) -> None:
    m = by_text(text, lang, reg)[name]
    assert m.actor_id.startswith("unresolved:") and m.side == side


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Israeli and Hamas negotiators met in Doha.", "en", [("Israeli", "delegation:IL"), ("Hamas", "hamas")]),
        ("Congolese and M23 delegations signed the text.", "en", [("Congolese", "delegation:CD"), ("M23", "m23")]),
        ("Serbian and Kosovo officials met.", "en", [("Serbian", "delegation:RS"), ("Kosovo officials", "delegation:XK")]),
    ],
)
def test_demonyms_coordinated_with_a_movement_or_country_share_the_noun(text: str, lang: str, expected: list, reg: ActorRegistry) -> None:
    assert [(t, a) for t, a, k in found(text, lang, reg) if k != "place"] == expected


def test_country_name_before_a_title_is_its_side_not_a_mention(reg: ActorRegistry) -> None:
    ms = find_mentions("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met.", "en", reg)
    assert [(m.text, m.side) for m in ms] == [("Aleksandar Vucic", "RS"), ("Albin Kurti", "XK")]


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Alberto Fernandez said on Monday that he would attend.", "en", "Alberto Fernandez"),
        ("On Monday, Jane Doe told reporters the talks were over.", "en", "Jane Doe"),
        ("Alberto Fernandez a déclaré lundi qu'il viendrait.", "fr", "Alberto Fernandez"),
    ],
)
def test_unknown_person_speaking_without_title_is_provisional(text: str, lang: str, name: str, reg: ActorRegistry) -> None:
    m = by_text(text, lang, reg)[name]
    assert m.actor_id.startswith("unresolved:") and m.side is None and m.kind == "person"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The Security Council said it would meet.", "en"),
        ("Hamas Political Bureau said no.", "en"),
        ("Prime Minister said nothing.", "en"),
        ("The RSF Command said it would hold.", "en"),
        ("Le Conseil de sécurité a dit non.", "fr"),
        ("Talks In Geneva Said To Resume", "en"),
    ],
)
def test_organisation_names_before_a_verb_are_no_people(text: str, lang: str, reg: ActorRegistry) -> None:
    assert not [m for m in find_mentions(text, lang, reg) if m.actor_id.startswith("unresolved:")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le président tchadien a déclaré que le dialogue était mort.", "fr", ("président tchadien", "side:TD")),
        ("Le ministre nigérien des Affaires étrangères a dit non.", "fr", ("ministre nigérien des Affaires étrangères", "side:NE")),
        ("The Chadian foreign minister said no.", "en", ("Chadian foreign minister", "side:TD")),
    ],
)
def test_office_of_a_side_without_seeded_people_speaks_for_the_side(text: str, lang: str, expected: tuple, reg: ActorRegistry) -> None:
    assert [(m.text, m.actor_id) for m in find_mentions(text, lang, reg)] == [expected]


def test_office_of_a_seeded_side_still_names_its_holder_or_nobody(reg: ActorRegistry) -> None:
    assert [m.actor_id for m in find_mentions("Le président russe a déclaré.", "fr", reg)] == ["vladimir-putin"]
    # the German chancellor changed hands in the period: without a date, nobody (not the side)
    assert not find_mentions("The German chancellor said no.", "en", reg)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Des représentants de Belgrade et de Pristina ont discuté.", [("représentants de Belgrade", "delegation:RS"), ("Pristina", "delegation:XK")]),
        ("Les délégations du Hamas et d'Israël sont arrivées.", [("Hamas", "hamas"), ("Israël", "delegation:IL")]),
        ("Des représentants de la Russie et de l'Ukraine se sont vus.", [("représentants de la Russie", "delegation:RU"), ("Ukraine", "delegation:UA")]),
    ],
)
def test_french_delegation_complements_coordinated_with_de(text: str, expected: list, reg: ActorRegistry) -> None:
    assert [(t, a) for t, a, k in found(text, "fr", reg) if k != "place"] == expected


def test_a_place_after_a_and_is_no_second_delegation(reg: ActorRegistry) -> None:
    ms = find_mentions("Des représentants de Kiev et au Kremlin ont parlé.", "fr", reg)
    assert [(m.text, m.actor_id) for m in ms][0] == ("représentants de Kiev", "delegation:UA")
    assert all(m.kind != "delegation" for m in ms[1:])


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Jordan Bardella a déclaré que le parti voterait contre.", "fr", "Jordan Bardella"),
        ("Chad Smith said the deal was good.", "en", "Chad Smith"),
        ("Santiago Peña said he would attend.", "en", "Santiago Peña"),
    ],
)
def test_country_or_capital_as_a_given_name_is_no_side(text: str, lang: str, name: str, reg: ActorRegistry) -> None:
    ms = find_mentions(text, lang, reg)
    assert not [m for m in ms if m.kind == "side"]
    assert [m.text for m in ms if m.actor_id.startswith("unresolved:")] == [name]


@pytest.mark.parametrize(
    "text, lang, side",
    [
        ("Ukraine President Volodymyr Zelensky said.", "en", "UA"),
        ("Serbia Rejects EU Plan", "en", "RS"),
        ("Jordan said on Monday it was ready.", "en", "JO"),
    ],
)
def test_a_side_before_a_title_headline_word_or_verb_stays(text: str, lang: str, side: str, reg: ActorRegistry) -> None:
    assert find_mentions(text, lang, reg)[0].actor_id == f"side:{side}"


@pytest.mark.parametrize(
    "text, lang, actor_id",
    [
        ("Le président serbe a déclaré que le dialogue était mort.", "fr", "aleksandar-vucic"),
        ("Kosovo Prime Minister Albin Kurti said the talks failed.", "en", "albin-kurti"),
        ("Le président syrien Ahmad al-Chareh a reçu l'émissaire.", "fr", "ahmed-al-sharaa"),
        ("Sudan's army chief Abdel Fattah al-Burhan said he was ready.", "en", "abdel-fattah-al-burhan"),
        ("The Lebanese president said he wanted talks.", "en", "joseph-aoun"),
    ],
)
def test_leaders_of_other_negotiations_are_seeded(text: str, lang: str, actor_id: str, reg: ActorRegistry) -> None:
    assert actor_id in [m.actor_id for m in find_mentions(text, lang, reg)]
