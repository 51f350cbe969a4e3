"""French constructions of real wire copy (issue 9, branch fr9), in sentences written for these
tests with invented places, people and days: modality read off the right noun, days told
relative to another day, background that is no event, participial clauses that carry their
own date."""

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


def run(registry: ActorRegistry, text: str, published: dt.date) -> list[EventDraft]:
    return extract_events(Article(text=text, lang="fr", published=published), registry)


def of_type(events: list[EventDraft], kind: str) -> list[EventDraft]:
    return [e for e in events if e.type == kind]


def day(e: EventDraft) -> tuple[str | None, str | None]:
    return (e.date.start, e.date.end)


# ---------------------------------------------------------------- modality


def test_possible_before_another_noun_does_not_make_talks_possible(registry: ActorRegistry) -> None:
    text = (
        "Les pourparlers sur une possible trêve dans le Kivu sont ouverts ce jeudi 3 avril 2025 "
        "à Genève entre la Russie et l'Ukraine."
    )
    events = run(registry, text, dt.date(2025, 4, 3))
    held = of_type(events, "meeting_held")
    assert held and day(held[0]) == ("2025-04-03", "2025-04-03")
    assert not of_type(events, "meeting_planned")


def test_a_possible_meeting_stays_possible(registry: ActorRegistry) -> None:
    text = "Une éventuelle rencontre entre la Russie et l'Ukraine à Genève est évoquée pour le mois prochain."
    events = run(registry, text, dt.date(2025, 4, 3))
    assert of_type(events, "meeting_planned") and not of_type(events, "meeting_held")


# ---------------------------------------------------------------- days told relative to another


def test_the_same_day_after_a_verb_of_saying_counts_from_the_day_told(registry: ActorRegistry) -> None:
    text = (
        "Le mardi 8 avril, le ministre turc des Affaires étrangères Hakan Fidan a appelé les deux camps au calme. "
        "Mais Sergueï Lavrov a affirmé le même jour que la Russie ne signerait aucun texte imposé."
    )
    events = run(registry, text, dt.date(2025, 4, 10))
    lavrov = [e for e in of_type(events, "statement_issued") if any(p.actor_id == "sergei-lavrov" for p in e.participants)]
    assert lavrov and day(lavrov[0]) == ("2025-04-08", "2025-04-08")


def test_the_day_before_counts_from_the_story_day_told_long_before(registry: ActorRegistry) -> None:
    filler = " ".join(f"Le décor numéro {i} du palais reste calme." for i in range(8))
    text = (
        "Des négociations entre la Russie et l'Ukraine ont débuté samedi à Lomé. " + filler
        + " La veille, Donald Trump avait tenté une ouverture en proposant de lever une partie des sanctions."
    )
    events = run(registry, text, dt.date(2025, 4, 12))
    prop = of_type(events, "proposal_presented")
    assert prop and day(prop[0]) == ("2025-04-11", "2025-04-11")


# ---------------------------------------------------------------- background that is no event


@pytest.mark.parametrize(
    "text",
    [
        "La Norvège, aidée par la Suisse, conduit depuis des années des pourparlers entre Bogota et la guérilla.",
        "La Norvège accueille depuis 2015 le bureau des négociateurs de la Colombie.",
    ],
)
def test_a_long_running_process_is_no_meeting(registry: ActorRegistry, text: str) -> None:
    events = run(registry, text, dt.date(2025, 4, 5))
    assert not [e for e in events if e.type in ("meeting_held", "meeting_planned")]


def test_talks_that_began_on_a_day_are_still_held(registry: ActorRegistry) -> None:
    text = "Les négociations entre la Russie et l'Ukraine ont lieu depuis mardi à Genève."
    events = run(registry, text, dt.date(2025, 4, 5))
    assert of_type(events, "meeting_held")


def test_a_former_venue_is_neither_the_place_nor_a_plan(registry: ActorRegistry) -> None:
    text = (
        "Initialement prévues à Rome, les négociations entre la Russie et l'Ukraine se sont "
        "finalement tenues vendredi à Genève."
    )
    events = run(registry, text, dt.date(2025, 4, 5))
    assert not of_type(events, "meeting_planned")
    held = of_type(events, "meeting_held")
    assert held and held[0].location is not None and held[0].location.name == "Geneva"


def test_a_participial_clause_keeps_its_date_from_the_talks(registry: ActorRegistry) -> None:
    text = (
        "Le président russe Vladimir Poutine et le président ukrainien Volodymyr Zelensky se sont "
        "rencontrés à Genève, selon le Kremlin. Après la guerre, la Russie et l'Ukraine ont entamé "
        "des négociations, parvenant à un accord en mars 2024."
    )
    events = run(registry, text, dt.date(2025, 4, 5))
    held = of_type(events, "meeting_held")
    assert held and all(e.date.start != "2024-03" for e in held)


# ---------------------------------------------------------------- rounds ahead and their parties


def test_talks_a_proposal_prepares_are_still_ahead(registry: ActorRegistry) -> None:
    text = (
        "La Norvège a remis mardi un projet de traité, en prélude à de nouveaux pourparlers "
        "entre la Russie et l'Ukraine à Oslo."
    )
    events = run(registry, text, dt.date(2025, 4, 5))
    assert not of_type(events, "meeting_held")
    assert of_type(events, "meeting_planned")


def test_a_round_a_city_is_to_host_takes_the_parties_of_the_deal_told(registry: ActorRegistry) -> None:
    text = (
        "La Russie et l'Ukraine ont signé une déclaration d'intention le 2 mars à Oslo. "
        "Oslo doit accueillir une nouvelle session de pourparlers, a ajouté le diplomate."
    )
    events = run(registry, text, dt.date(2025, 4, 5))
    planned = of_type(events, "meeting_planned")
    assert planned
    by_role = {(p.side, p.role) for p in planned[0].participants}
    assert ("NO", "host") in by_role
    assert {("RU", "participant"), ("UA", "participant")} <= by_role


def test_a_bare_plan_without_a_host_takes_no_parties_from_a_deal(registry: ActorRegistry) -> None:
    text = (
        "La Russie et l'Ukraine ont signé une déclaration d'intention le 2 mars à Oslo. "
        "Un nouveau cycle de pourparlers est prévu, a ajouté le diplomate."
    )
    events = run(registry, text, dt.date(2025, 4, 5))
    for e in of_type(events, "meeting_planned"):
        assert not {p.side for p in e.participants} >= {"RU", "UA"} or e.confidence < 0.7


# ---------------------------------------------------------------- speakers


def test_an_inverted_speaker_after_a_long_title_in_apposition(registry: ActorRegistry) -> None:
    text = "« Nos deux pays veulent la paix », a dit le ministre indien des Affaires extérieures, Subrahmanyam Jaishankar."
    events = run(registry, text, dt.date(2025, 5, 10))
    st = of_type(events, "statement_issued")
    assert st and {p.actor_id for p in st[0].participants} == {"subrahmanyam-jaishankar"}


# ---------------------------------------------------------------- who meets


def test_a_speaker_after_a_meeting_of_a_named_body_took_part_in_it(registry: ActorRegistry) -> None:
    text = (
        "Le calendrier reste trop vague, a précisé Sergueï Lavrov après une session des chefs de la "
        "diplomatie de l'ASEAN (dix pays membres) à Kuala Lumpur."
    )
    events = run(registry, text, dt.date(2025, 7, 10))
    held = of_type(events, "meeting_held")
    assert held
    assert {"asean", "sergei-lavrov"} <= {p.actor_id for p in held[0].participants}
    # a short parenthesis is an acronym, not a clause: the place after it is the meeting's
    assert held[0].location is not None and held[0].location.name == "Kuala Lumpur"


# ---------------------------------------------------------------- agreements of technical talks


def test_delegations_agreeing_on_an_exchange_reach_an_agreement(registry: ActorRegistry) -> None:
    text = "Les délégations russe et ukrainienne sont convenues d'un échange de 300 prisonniers jeudi à Bakou."
    events = run(registry, text, dt.date(2025, 6, 14))
    agr = of_type(events, "agreement_reached")
    assert agr and {p.side for p in agr[0].participants} >= {"RU", "UA"}


def test_agreeing_to_resume_patrols_is_an_agreement_not_a_round(registry: ActorRegistry) -> None:
    text = "Les militaires thaïlandais et cambodgiens ont convenu de reprendre les patrouilles conjointes."
    events = run(registry, text, dt.date(2025, 6, 14))
    assert of_type(events, "agreement_reached") and not of_type(events, "meeting_planned")


def test_agreeing_to_resume_talks_is_still_a_round_ahead(registry: ActorRegistry) -> None:
    text = "La Thaïlande et le Cambodge ont convenu de reprendre les pourparlers."
    events = run(registry, text, dt.date(2025, 6, 14))
    assert of_type(events, "meeting_planned") and not of_type(events, "agreement_reached")


def test_both_sides_deciding_to_set_up_a_body_is_an_agreement(registry: ActorRegistry) -> None:
    text = (
        "Les délégations russe et ukrainienne se sont rencontrées mardi à Bakou. "
        "Les deux parties ont décidé de mettre en place un groupe de travail conjoint."
    )
    events = run(registry, text, dt.date(2025, 6, 14))
    agr = of_type(events, "agreement_reached")
    assert agr and {p.side for p in agr[0].participants} >= {"RU", "UA"}
    assert day(agr[0]) == ("2025-06-10", "2025-06-10")


@pytest.mark.parametrize(
    "text",
    [
        "Selon Sergueï Lavrov, les discussions avec Washington avancent lentement.",
        "D'après le chef de la diplomatie russe Sergueï Lavrov, les discussions avec Washington avancent lentement.",
    ],
)
def test_according_to_a_named_person_is_a_statement_of_that_person(registry: ActorRegistry, text: str) -> None:
    events = run(registry, text, dt.date(2025, 6, 12))
    st = of_type(events, "statement_issued")
    assert st and [p.actor_id for p in st[0].participants] == ["sergei-lavrov"]


@pytest.mark.parametrize(
    "text",
    [
        "Selon Le Monde, les discussions avec Washington avancent lentement.",
        "Selon un diplomate européen, les discussions avec Washington avancent lentement.",
    ],
)
def test_according_to_a_paper_or_an_unnamed_source_is_no_statement(registry: ActorRegistry, text: str) -> None:
    assert not of_type(run(registry, text, dt.date(2025, 6, 12)), "statement_issued")


def test_a_country_speaking_inside_its_ministers_words_is_his_statement(registry: ActorRegistry) -> None:
    text = (
        "Alors que l'Azerbaïdjan a déclaré être prêt à signer, l'Arménie estime que ces annonces "
        "visent surtout l'opinion, a déclaré Ararat Mirzoyan après la réunion organisée pour "
        "relancer le processus."
    )
    events = run(registry, text, dt.date(2025, 6, 12))
    speakers = [{p.actor_id for p in e.participants} for e in of_type(events, "statement_issued")]
    assert {"ararat-mirzoyan"} in speakers  # the speaker inverted before a long adjunct
    assert {"side:AZ"} in speakers  # another side's statement, reported, stays
    assert {"side:AM"} not in speakers  # his own country's view is his own statement


def test_coordinated_officials_each_with_a_title_are_both_parties(registry: ActorRegistry) -> None:
    text = (
        "Le chef de la diplomatie iranienne, Abbas Araghchi, et l'émissaire américain Steve Witkoff "
        "ont tenu vendredi à Mascate des pourparlers indirects."
    )
    events = run(registry, text, dt.date(2025, 6, 14))
    held = of_type(events, "meeting_held")
    assert held and {"abbas-araghchi", "steve-witkoff"} <= {p.actor_id for p in held[0].participants}


def test_initialling_a_draft_with_a_day_and_place_between_is_an_agreement(registry: ActorRegistry) -> None:
    text = "Des représentants de la Serbie et du Kosovo ont paraphé mercredi à Bruxelles un projet d'accord de normalisation."
    events = run(registry, text, dt.date(2025, 6, 14))
    agr = of_type(events, "agreement_reached")
    assert agr and day(agr[0]) == ("2025-06-11", "2025-06-11")
    assert agr[0].location is not None and agr[0].location.name == "Brussels"


@pytest.mark.parametrize(
    "text",
    [
        "Les pourparlers avancent bien, a annoncé le département d'Etat.",
        "Le département d'État a annoncé que les pourparlers avançaient bien.",
    ],
)
def test_the_state_department_in_lower_case_speaks_for_the_united_states(registry: ActorRegistry, text: str) -> None:
    st = of_type(run(registry, text, dt.date(2025, 6, 14)), "statement_issued")
    assert st and {p.side for p in st[0].participants} == {"US"}


# ---------------------------------------------------------------- modality and sources


def test_not_ruling_out_a_meeting_makes_it_possible(registry: ActorRegistry) -> None:
    text = "Le président brésilien n'a pas exclu de rencontrer Nicolas Maduro lors de sa tournée régionale."
    events = run(registry, text, dt.date(2025, 6, 14))
    planned = of_type(events, "meeting_planned")
    assert planned and planned[0].modality == "possible"
    # the tour is the setting of that possible meeting, not a trip already made
    assert not [e for e in of_type(events, "visit") if e.modality == "occurred"]


def test_an_unnamed_source_is_no_party_of_the_talks_it_reports(registry: ActorRegistry) -> None:
    text = "Les négociations entre le Hamas et Israël reprendront dimanche au Caire, selon une source égyptienne."
    planned = of_type(run(registry, text, dt.date(2025, 6, 14)), "meeting_planned")
    assert planned and {p.side for p in planned[0].participants} == {"PS", "IL"}


# ---------------------------------------------------------------- places


def test_a_city_the_gazetteer_does_not_know_is_the_place_when_its_country_follows(registry: ActorRegistry) -> None:
    text = "Les ministres arménien et azerbaïdjanais se sont rencontrés vendredi à Almaty, au Kazakhstan."
    held = of_type(run(registry, text, dt.date(2025, 6, 14)), "meeting_held")
    assert held and held[0].location is not None
    assert (held[0].location.name, held[0].location.country) == ("Almaty", "KZ")


def test_a_capitalised_word_without_a_city_preposition_is_no_place(registry: ActorRegistry) -> None:
    from tracker.extract.mentions import find_places

    text = "Selon Marat Tokaïev, au Kazakhstan, les pourparlers ont échoué."
    assert [p[1] for p in find_places(text, "fr", registry=registry)] == ["Kazakhstan"]


# ---------------------------------------------------------------- recaps and the round told


_ROUND = (
    "BAKOU, 24 juillet (AFP) - Les délégations russe et ukrainienne ont tenu mercredi soir à Bakou "
    "un quatrième cycle de négociations, sous l'égide de la Turquie. "
    "Lors du précédent cycle, le 2 juin à Bakou, les deux parties étaient convenues d'une libération de captifs. "
    "Vladimir Medinski a jugé les échanges utiles, a-t-il déclaré à la presse après la réunion. "
    "Les deux camps se sont mis d'accord sur un nouvel échange de 800 prisonniers."
)


def test_the_meeting_a_speaker_leaves_is_the_round_told_not_a_new_one(registry: ActorRegistry) -> None:
    held = of_type(run(registry, _ROUND, dt.date(2025, 7, 24)), "meeting_held")
    # today's round (with the meeting the speaker left) and the previous one, each on its day
    assert sorted(day(e) for e in held) == [("2025-06-02", "2025-06-02"), ("2025-07-23", "2025-07-23")]
    today = next(e for e in held if day(e) == ("2025-07-23", "2025-07-23"))
    assert any(ev.trigger == "réunion" for ev in today.evidence)


def test_an_agreement_of_an_earlier_round_stays_apart_from_todays(registry: ActorRegistry) -> None:
    agreements = of_type(run(registry, _ROUND, dt.date(2025, 7, 24)), "agreement_reached")
    assert sorted(day(a) for a in agreements) == [("2025-06-02", "2025-06-02"), ("2025-07-23", "2025-07-23")]
    for a in agreements:
        # what the sides agreed on is the same agreement; the mediator is no party to it
        assert {p.side for p in a.participants} == {"RU", "UA"}
        assert a.modality == "occurred"


# ---------------------------------------------------------------- proposals and demands


def test_proposing_to_set_up_working_groups_is_a_proposal(registry: ActorRegistry) -> None:
    text = "Le chef de la délégation russe, Vladimir Medinski, a proposé de créer trois groupes de travail."
    prop = of_type(run(registry, text, dt.date(2025, 7, 24)), "proposal_presented")
    assert prop and [p.actor_id for p in prop[0].participants] == ["vladimir-medinsky"]


def test_proposing_to_back_a_candidacy_is_no_negotiation_proposal(registry: ActorRegistry) -> None:
    text = "Ilham Aliev a proposé de soutenir la candidature de son hôte au prix Nobel."
    assert not of_type(run(registry, text, dt.date(2025, 7, 24)), "proposal_presented")


def test_a_meeting_one_side_demands_is_a_possible_meeting(registry: ActorRegistry) -> None:
    text = "Le négociateur ukrainien Roustem Oumerov a réclamé une rencontre entre Volodymyr Zelensky et Vladimir Poutine."
    events = run(registry, text, dt.date(2025, 7, 24))
    planned = of_type(events, "meeting_planned")
    assert planned and planned[0].modality == "possible"
    assert {"volodymyr-zelensky", "vladimir-putin"} <= {p.actor_id for p in planned[0].participants}
    assert not of_type(events, "meeting_held")


def test_a_title_in_ant_in_apposition_is_no_participial_clause(registry: ActorRegistry) -> None:
    text = "Le général Yasser al-Atta, commandant adjoint de l'armée soudanaise, a rejeté l'initiative américaine."
    rej = of_type(run(registry, text, dt.date(2025, 6, 14)), "proposal_rejected")
    assert rej and {p.side for p in rej[0].participants} == {"SD"}


def test_to_be_received_under_a_modal_is_a_meeting_ahead(registry: ActorRegistry) -> None:
    text = "Steve Witkoff est arrivé dimanche à Moscou, où il doit être reçu par Vladimir Poutine."
    events = run(registry, text, dt.date(2025, 6, 14))
    assert not of_type(events, "meeting_held")
    visit = of_type(events, "visit")
    assert visit and day(visit[0]) == ("2025-06-08", "2025-06-08")
    planned = of_type(events, "meeting_planned")
    assert planned and any(p.actor_id == "vladimir-putin" and p.role == "host" for p in planned[0].participants)
    # the day of the arrival is not the day of the audience
    assert day(planned[0]) != ("2025-06-15", "2025-06-15")


def test_who_might_be_received_is_the_guest(registry: ActorRegistry) -> None:
    text = "Steve Witkoff pourrait être reçu mardi par Vladimir Poutine."
    planned = of_type(run(registry, text, dt.date(2025, 6, 14)), "meeting_planned")
    assert planned and planned[0].modality == "possible"
    roles = {p.actor_id: p.role for p in planned[0].participants}
    assert roles == {"steve-witkoff": "visitor", "vladimir-putin": "host"}


_SECOND_ROUND = (
    "OSLO, 15 février (AFP) - Les négociateurs serbes et kosovars se sont retrouvés samedi à Oslo "
    "pour un deuxième cycle de pourparlers. "
    "Un premier cycle s'était tenu le 6 février à Bruxelles. "
    "Selon Marco Rubio, un troisième cycle pourrait se tenir dans les prochains jours. "
    "Belgrade exige le retrait des unités spéciales."
)


def test_a_counted_round_is_a_meeting_and_a_recap_in_the_pluperfect_sets_no_scene(registry: ActorRegistry) -> None:
    events = run(registry, _SECOND_ROUND, dt.date(2026, 2, 15))
    held = sorted(day(e) for e in of_type(events, "meeting_held"))
    assert held == [("2026-02-06", "2026-02-06"), ("2026-02-14", "2026-02-14")]
    planned = of_type(events, "meeting_planned")
    assert planned and planned[0].modality == "possible"
    # the demand told after the recap is not dated by the recap's day
    demand = of_type(events, "proposal_presented")
    assert demand and day(demand[0]) != ("2026-02-06", "2026-02-06")


def test_according_to_x_is_not_dated_by_what_x_says(registry: ActorRegistry) -> None:
    events = run(registry, _SECOND_ROUND, dt.date(2026, 2, 15))
    st = [e for e in of_type(events, "statement_issued") if e.evidence[0].trigger == "Selon"]
    assert st and day(st[0]) == ("2026-02-15", "2026-02-15")


def test_talks_told_in_the_present_of_holding_are_held(registry: ActorRegistry) -> None:
    text = "Les pourparlers entre la Serbie et le Kosovo se tiennent depuis mardi à Bruxelles."
    held = of_type(run(registry, text, dt.date(2025, 4, 5)), "meeting_held")
    assert held and held[0].date.start == "2025-04-01"


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mars, l'Union européenne a invité la Serbie et le Kosovo à participer aux prochains pourparlers.",
        "La Norvège a remis mardi un projet de traité, en prélude à de nouveaux pourparlers entre la Russie et l'Ukraine.",
    ],
)
def test_the_day_of_a_past_verb_is_not_the_day_of_the_talks_it_looks_to(registry: ActorRegistry, text: str) -> None:
    planned = of_type(run(registry, text, dt.date(2025, 4, 5)), "meeting_planned")
    # neither next 3 March nor next Tuesday: the text gives the talks no day of their own
    assert planned and planned[0].date.resolution == "publication_fallback"


def test_signing_with_a_counterpart_before_the_text_keeps_both_parties(registry: ActorRegistry) -> None:
    text = "Ararat Mirzoyan a signé vendredi à Washington avec Jeyhun Bayramov une déclaration commune."
    agr = of_type(run(registry, text, dt.date(2025, 6, 14)), "agreement_reached")
    assert agr and {p.side for p in agr[0].participants} == {"AM", "AZ"}
    assert day(agr[0]) == ("2025-06-13", "2025-06-13")
