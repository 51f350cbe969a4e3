"""French and English constructions of real wire copy (issue 9), in sentences written for
these tests: datelines, days told relative to another day, offices held on the article's
date, triggers, speakers, modality and groups of parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, lang: str, published: dt.date) -> list[EventDraft]:
    return extract_events(Article(text=text, lang=lang, published=published), registry)


def of_type(events: list[EventDraft], kind: str) -> list[EventDraft]:
    return [e for e in events if e.type == kind]


def sides(e: EventDraft, role: str | None = None) -> set[str]:
    return {p.side for p in e.participants if p.side and (role is None or p.role == role)}


def people(e: EventDraft) -> set[str]:
    return {p.actor_id for p in e.participants if p.kind == "person"}


def day(e: EventDraft) -> tuple[str | None, str | None]:
    return (e.date.start, e.date.end)


# ---------------------------------------------------------------- dating


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "OSLO, 7 mars (Xinhua) -- Le ministre des Affaires étrangères russe, Sergueï Lavrov, a déclaré que les pourparlers continueraient."),
        ("en", "OSLO, March 7 (Reuters) -- Russian Foreign Minister Sergei Lavrov said talks with Norway would continue."),
        ("en", "OSLO, March 7 (LaPresse/AP) — Russian Foreign Minister Sergei Lavrov said talks with Norway would continue."),
    ],
)
def test_a_dateline_day_dates_undated_statements(registry: ActorRegistry, lang: str, text: str) -> None:
    events = run(registry, text, lang, dt.date(2025, 3, 8))
    st = of_type(events, "statement_issued")
    assert st and day(st[0]) == ("2025-03-07", "2025-03-07")
    # still a weak, "reported" date: no words of the article give the day
    assert st[0].date.resolution == "publication_fallback"


def test_without_a_dateline_the_statement_stays_on_the_publication_day(registry: ActorRegistry) -> None:
    events = run(registry, "Russian Foreign Minister Sergei Lavrov said talks with Norway would continue.", "en", dt.date(2025, 3, 8))
    assert day(of_type(events, "statement_issued")[0]) == ("2025-03-08", "2025-03-08")


def test_a_dateline_day_after_publication_is_ignored(registry: ActorRegistry) -> None:
    events = run(registry, "OSLO, March 9 (Reuters) -- Sergei Lavrov said talks with Norway would continue.", "en", dt.date(2025, 3, 8))
    assert day(of_type(events, "statement_issued")[0]) == ("2025-03-08", "2025-03-08")


def test_a_dateline_does_not_date_planned_events(registry: ActorRegistry) -> None:
    text = "OSLO, March 7 (Reuters) -- Lavrov and Rubio could meet again, a spokesman said."
    for e in run(registry, text, "en", dt.date(2025, 3, 8)):
        if e.type == "meeting_planned":
            assert e.date.start != "2025-03-07"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les pourparlers du Kremlin se sont achevés jeudi soir. Sergueï Lavrov a déclaré le même jour qu'ils avaient été utiles."),
        ("fr", "Les pourparlers du Kremlin se sont achevés jeudi soir. Ce jour-là, Sergueï Lavrov a affirmé qu'ils avaient été utiles."),
        ("en", "The Kremlin talks ended late on Thursday. Lavrov said the same day that they had been useful."),
        ("en", "The Kremlin talks ended late on Thursday. That same day, Lavrov said they had been useful."),
    ],
)
def test_the_same_day_is_the_day_told_before(registry: ActorRegistry, lang: str, text: str) -> None:
    events = run(registry, text, lang, dt.date(2025, 3, 8))  # a Saturday
    st = of_type(events, "statement_issued")
    assert st and day(st[0]) == ("2025-03-06", "2025-03-06")


@pytest.mark.parametrize(
    ("published", "holder"),
    [(dt.date(2024, 6, 5), "joe-biden"), (dt.date(2025, 6, 5), "donald-trump")],
)
def test_a_title_is_its_holder_on_the_article_date(registry: ActorRegistry, published: dt.date, holder: str) -> None:
    events = run(registry, "Le président américain a déclaré mardi que la trêve tenait.", "fr", published)
    st = of_type(events, "statement_issued")
    assert st and people(st[0]) == {holder}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Rubio told a news site a deal was near. Speaking to reporters on Friday, he said the talks were stalling."),
        ("en", "On Tuesday Rubio told a news site a deal was near. Talking with journalists Friday, he said the talks were stalling."),
        ("fr", "Mardi, Marco Rubio a déclaré à un site d'information qu'un accord était proche. S'exprimant devant la presse vendredi, il a affirmé que les pourparlers piétinaient."),
    ],
)
def test_statements_of_one_speaker_on_different_days_stay_apart(registry: ActorRegistry, lang: str, text: str) -> None:
    st = of_type(run(registry, text, lang, dt.date(2026, 2, 13)), "statement_issued")
    assert sorted(day(e) for e in st) == [("2026-02-10", "2026-02-10"), ("2026-02-13", "2026-02-13")]


# ---------------------------------------------------------------- agreements and consent


@pytest.mark.parametrize(
    "text",
    [
        "Le Chili et le Pérou sont parvenus samedi à un accord sur la pêche.",
        "Le Chili et le Pérou sont finalement parvenus à un cessez-le-feu samedi.",
        "Le Chili et le Pérou ont accepté une trêve samedi.",
    ],
)
def test_french_agreement_reached_with_sont_parvenus_and_accepted(registry: ActorRegistry, text: str) -> None:
    ag = of_type(run(registry, text, "fr", dt.date(2025, 5, 10)), "agreement_reached")
    assert len(ag) == 1 and sides(ag[0]) >= {"CL", "PE"}
    assert day(ag[0]) == ("2025-05-10", "2025-05-10")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israel agreed to include a civilian in its delegation on Monday."),
        ("en", "Lavrov agreed to continue negotiations."),
        ("en", "Chile has accepted the truce."),
        ("fr", "Le Chili a accepté la trêve lundi."),
    ],
)
def test_one_party_consenting_is_no_agreement(registry: ActorRegistry, lang: str, text: str) -> None:
    assert not of_type(run(registry, text, lang, dt.date(2025, 5, 10)), "agreement_reached")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia and Ukraine agreed to exchange 500 prisoners on Monday."),
        ("en", "Chile and Peru accepted a truce on Monday."),
    ],
)
def test_two_parties_consenting_is_an_agreement(registry: ActorRegistry, lang: str, text: str) -> None:
    ag = of_type(run(registry, text, lang, dt.date(2025, 5, 10)), "agreement_reached")
    assert len(ag) == 1 and len(sides(ag[0])) == 2


def test_an_event_of_nobody_is_dropped_even_with_a_place(registry: ActorRegistry) -> None:
    events = run(registry, "He said this during the Alaska summit.", "en", dt.date(2025, 8, 27))
    assert [e.type for e in events if e.type != "statement_issued"] == []


# ---------------------------------------------------------------- groups of parties and plans


def test_a_host_of_a_new_round_keeps_its_role_and_the_two_sides_are_the_parties(registry: ActorRegistry) -> None:
    text = "Le Chili et le Pérou ont signé samedi un accord sur la pêche. Doha devrait accueillir un nouveau cycle de négociations entre les deux parties."
    events = run(registry, text, "fr", dt.date(2025, 5, 10))
    ag = of_type(events, "agreement_reached")
    assert len(ag) == 1 and sides(ag[0]) == {"CL", "PE"} and day(ag[0]) == ("2025-05-10", "2025-05-10")
    planned = of_type(events, "meeting_planned")
    assert len(planned) == 1
    assert sides(planned[0], "host") == {"QA"}
    assert sides(planned[0], "participant") == {"CL", "PE"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les ministres chilien et péruvien se sont rencontrés lundi à Lima. Les deux parties sont convenues de reprendre les discussions au niveau technique."),
        ("fr", "Les ministres chilien et péruvien se sont rencontrés lundi à Lima. La commission mixte, où siègent les deux pays, se réunira mercredi."),
        ("fr", "Les ministres chilien et péruvien se sont rencontrés lundi à Lima. Ils se retrouveront en janvier, selon le ministère."),
    ],
)
def test_the_two_sides_take_the_sides_of_the_last_two_party_event(registry: ActorRegistry, lang: str, text: str) -> None:
    events = run(registry, text, lang, dt.date(2025, 12, 22))
    planned = of_type(events, "meeting_planned")
    assert len(planned) == 1 and sides(planned[0]) == {"CL", "PE"}
    assert not of_type(events, "agreement_reached")


def test_a_group_reference_never_takes_the_sides_of_another_negotiation(registry: ActorRegistry) -> None:
    text = "Les ministres chilien et péruvien se sont rencontrés lundi à Lima. Le Brésil a déclaré que les deux parties devraient se revoir."
    for e in of_type(run(registry, text, "fr", dt.date(2025, 12, 22)), "meeting_planned"):
        assert "BR" not in sides(e, "participant") or {"CL", "PE"} <= sides(e)


@pytest.mark.parametrize(
    "text",
    [
        "Le Chili et le Pérou reprendront les pourparlers d'ici la fin de la semaine.",
        "Le Chili et le Pérou relanceront les discussions d'ici la fin de la semaine.",
    ],
)
def test_french_simple_future_of_support_verbs_is_a_plan(registry: ActorRegistry, text: str) -> None:
    planned = of_type(run(registry, text, "fr", dt.date(2025, 12, 22)), "meeting_planned")
    assert len(planned) == 1 and sides(planned[0]) == {"CL", "PE"}
    assert planned[0].date.end == "2025-12-28"


@pytest.mark.parametrize(
    "text",
    [
        "Le négociateur chilien était lui attendu à Lima mercredi.",
        "Les négociateurs chiliens seront également attendus à Lima mercredi.",
    ],
)
def test_french_expected_in_with_a_clitic_or_future_is_a_planned_trip(registry: ActorRegistry, text: str) -> None:
    trips = [e for e in run(registry, text, "fr", dt.date(2025, 12, 22)) if e.type in ("visit", "meeting_planned")]
    assert len(trips) == 1 and trips[0].modality == "planned"
    assert trips[0].location is not None and trips[0].location.name == "Lima"
    assert day(trips[0]) == ("2025-12-24", "2025-12-24")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Vice Premier He Lifeng will be in Oslo from July 27 to 30 for trade talks with US officials.",
        "Chinese Vice Premier He Lifeng is heading to Oslo for trade talks with US officials.",
    ],
)
def test_english_trip_for_talks_is_a_planned_meeting(registry: ActorRegistry, text: str) -> None:
    planned = of_type(run(registry, text, "en", dt.date(2025, 7, 24)), "meeting_planned")
    assert len(planned) == 1 and sides(planned[0]) == {"CN", "US"}
    assert "he-lifeng" in people(planned[0])
    assert planned[0].location is not None and planned[0].location.name == "Oslo"


def test_a_trip_for_another_meeting_is_one_planned_meeting(registry: ActorRegistry) -> None:
    text = "Witkoff is expected to travel to Russia later this month for a third meeting with Putin."
    planned = of_type(run(registry, text, "en", dt.date(2025, 4, 4)), "meeting_planned")
    assert len(planned) == 1 and sides(planned[0]) == {"US", "RU"}


# ---------------------------------------------------------------- proposals and "after talks with"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le président chilien a dévoilé la semaine dernière un plan de sortie de crise en quatre étapes."),
        ("fr", "Le président chilien a dévoilé lundi un plan de paix."),
        ("en", "The Chilean president announced last week a three-step roadmap."),
        ("en", "The Chilean president unveiled a new peace plan on Monday."),
        ("fr", "Le président chilien a tenté un geste en proposant de lever les quotas."),
        ("en", "The Chilean president tried to ease tensions by proposing to lift the quotas."),
    ],
)
def test_announcing_a_plan_presents_a_proposal(registry: ActorRegistry, lang: str, text: str) -> None:
    events = run(registry, text, lang, dt.date(2025, 5, 10))
    props = of_type(events, "proposal_presented")
    assert len(props) == 1 and sides(props[0], "proposer") == {"CL"}
    assert not of_type(events, "statement_issued")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rustem Umerov, after talks with the Russian side in Geneva, met US envoys on Tuesday."),
        ("fr", "Le négociateur ukrainien Roustem Oumerov, après des négociations avec la délégation russe à Genève, a rencontré mardi les émissaires américains."),
    ],
)
def test_the_actor_before_after_talks_with_took_part_in_those_talks(registry: ActorRegistry, lang: str, text: str) -> None:
    held = of_type(run(registry, text, lang, dt.date(2026, 2, 18)), "meeting_held")
    assert sorted(sorted(sides(e)) for e in held) == [["RU", "UA"], ["UA", "US"]]
    assert all(e.location is not None and e.location.name in ("Geneva", "Genève") for e in held)


# ---------------------------------------------------------------- people the registry does not know


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Foreign Minister Ahmed Salem of Yemen said the talks in Muscat were useful."),
        ("en", "Yemeni Foreign Minister Ahmed Salem said the talks in Muscat were useful."),
        ("fr", "Le ministre yéménite des Affaires étrangères Ahmed Salem a déclaré que les pourparlers étaient utiles."),
        ("fr", "Le ministre des Affaires étrangères Ahmed Salem du Yémen a déclaré que les pourparlers étaient utiles."),
    ],
)
def test_an_unknown_titled_minister_is_a_provisional_actor_of_his_side(registry: ActorRegistry, lang: str, text: str) -> None:
    st = of_type(run(registry, text, lang, dt.date(2025, 5, 10)), "statement_issued")
    assert len(st) == 1
    (p,) = st[0].participants
    assert p.kind == "person" and not p.resolved and p.side == "YE" and p.actor_id == "unresolved:ahmed-salem"


def test_ambassador_to_a_country_does_not_take_its_side(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "Ambassador Ahmed Salem to the United States said the talks would continue.", "en", dt.date(2025, 5, 10)), "statement_issued")
    assert all(p.side != "US" for e in st for p in e.participants if p.kind == "person")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Yemen's Foreign Minister Ahmed Salem met his Omani counterpart in Muscat on Friday."),
        ("fr", "Le ministre yéménite des Affaires étrangères Ahmed Salem a rencontré vendredi son homologue omanais à Mascate."),
    ],
)
def test_the_counterpart_of_an_unknown_person_stands_for_its_side(registry: ActorRegistry, lang: str, text: str) -> None:
    held = of_type(run(registry, text, lang, dt.date(2025, 5, 10)), "meeting_held")
    assert len(held) == 1 and sides(held[0]) == {"YE", "OM"}
    assert held[0].location is not None and held[0].location.country == "OM"


# ---------------------------------------------------------------- non-events


@pytest.mark.parametrize(
    "text",
    [
        "Any pressure will be met with resistance, Lavrov said.",
        "Lavrov said every new sanction was met with defiance in Moscow.",
    ],
)
def test_met_with_as_a_passive_idiom_is_no_meeting(registry: ActorRegistry, text: str) -> None:
    events = run(registry, text, "en", dt.date(2025, 7, 6))
    assert not [e for e in events if e.type in ("meeting_held", "meeting_planned")]
    assert of_type(events, "statement_issued")


def test_a_real_meeting_with_is_still_a_meeting(registry: ActorRegistry) -> None:
    held = of_type(run(registry, "Lavrov met with Rubio on Saturday.", "en", dt.date(2025, 7, 6)), "meeting_held")
    assert len(held) == 1 and sides(held[0]) == {"RU", "US"}


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu's office on Saturday dismissed Hamas' proposed amendments to the ceasefire proposal as unacceptable.",
        "Netanyahu on Saturday dismissed the revised draft of the ceasefire proposal as unacceptable.",
    ],
)
def test_an_attributive_participle_is_no_proposal(registry: ActorRegistry, text: str) -> None:
    events = run(registry, text, "en", dt.date(2025, 7, 6))
    assert not of_type(events, "proposal_presented")
    assert of_type(events, "proposal_rejected")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Trump may unveil the deal during his meeting with Netanyahu in Washington on Monday."),
        ("en", "An official said that Trump may announce a deal during his meeting with Netanyahu in Washington on Monday."),
        ("fr", "Donald Trump pourrait dévoiler l'accord lors de sa rencontre avec Benjamin Netanyahou lundi à Washington."),
    ],
)
def test_a_modal_before_during_his_meeting_makes_it_ahead_and_the_weekday_forward(registry: ActorRegistry, lang: str, text: str) -> None:
    events = run(registry, text, lang, dt.date(2025, 7, 6))  # a Sunday
    assert not of_type(events, "meeting_held")
    (m,) = of_type(events, "meeting_planned")
    assert m.modality == "possible" and sides(m) == {"US", "IL"}
    assert day(m) == ("2025-07-07", "2025-07-07")


def test_during_his_meeting_told_in_the_past_stays_held(registry: ActorRegistry) -> None:
    events = run(registry, "Trump unveiled the deal during his meeting with Netanyahu in Washington on Monday.", "en", dt.date(2025, 7, 9))
    (m,) = of_type(events, "meeting_held")
    assert sides(m) == {"US", "IL"} and day(m) == ("2025-07-07", "2025-07-07")


def test_an_agreement_told_with_a_located_meeting_takes_its_place(registry: ActorRegistry) -> None:
    events = run(registry, "Chilean and Peruvian delegations met in Lima on Friday, and agreed on a prisoner exchange.", "en", dt.date(2025, 5, 17))
    (ag,) = of_type(events, "agreement_reached")
    assert ag.location is not None and ag.location.name == "Lima"


def test_his_office_said_is_a_statement_of_the_leader_just_named(registry: ActorRegistry) -> None:
    text = "Netanyahu met the US envoy on Monday. The premier wants talks with Lebanon to continue, his office said."
    st = of_type(run(registry, text, "en", dt.date(2025, 12, 3)), "statement_issued")
    assert len(st) == 1 and people(st[0]) == {"benjamin-netanyahu"}
