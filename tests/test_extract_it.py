"""Italian extraction: one test per construction, in sentences written for these tests.

Compound tenses with their auxiliary and agreement ("si sono incontrate", "è stato
raggiunto"), clitics, pro-drop subjects, the direction word before or after its noun ("la
prossima settimana", "martedì scorso"), durations and counts that are not dates, titles with
their complement and demonyms in their four forms.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import LANGUAGES, extract_events
from tracker.extract.mentions import find_mentions
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.temporal import find_temporal

THU = dt.date(2026, 5, 14)  # a Thursday


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def events(text: str, registry: ActorRegistry, published: dt.date = THU) -> list[EventDraft]:
    return extract_events(Article(text=text, lang="it", published=published), registry)


def one(evs: list[EventDraft], type_: str) -> EventDraft:
    found = [e for e in evs if e.type == type_]
    assert len(found) == 1, [(e.type, e.summary) for e in evs]
    return found[0]


def names(e: EventDraft) -> set[str]:
    return {p.name for p in e.participants}


def sides(e: EventDraft) -> set[str | None]:
    return {p.side for p in e.participants}


def span(e: EventDraft) -> tuple[str, str]:
    return (str(e.date.start), str(e.date.end))


def test_italian_is_registered() -> None:
    assert "it" in LANGUAGES


def test_reflexive_past_with_feminine_agreement(registry: ActorRegistry) -> None:
    e = one(events("Le delegazioni di Russia e Ucraina si sono incontrate ieri a Ginevra.", registry), "meeting_held")
    assert e.modality == "occurred"
    assert span(e) == ("2026-05-13", "2026-05-13")
    assert e.location is not None and e.location.name == "Geneva"
    assert {"RU", "UA"} <= sides(e)


def test_future_meeting_with_next_weekday(registry: ActorRegistry) -> None:
    e = one(events("Il presidente russo Vladimir Putin incontrerà Donald Trump martedì prossimo a Budapest.", registry), "meeting_planned")
    assert e.modality == "planned"
    assert span(e) == ("2026-05-19", "2026-05-19")
    assert {"Vladimir Putin", "Donald Trump"} <= names(e)
    assert e.location is not None and e.location.name == "Budapest"


def test_reciprocal_future_and_conditional_possibility(registry: ActorRegistry) -> None:
    e = one(events("Secondo il Cremlino, Putin e Trump potrebbero incontrarsi in Ungheria il mese prossimo.", registry), "meeting_planned")
    assert e.modality == "possible"
    assert (str(e.date.start)[:7], e.date.precision) == ("2026-06", "month")


def test_phone_call_noun_with_support_verb_and_evening(registry: ActorRegistry) -> None:
    e = one(events("Sergei Lavrov e Marco Rubio hanno avuto una lunga telefonata mercoledì sera.", registry), "phone_call")
    assert e.modality == "occurred"
    assert span(e) == ("2026-05-13", "2026-05-13")
    assert {"Sergei Lavrov", "Marco Rubio"} <= names(e)


def test_meeting_ruled_out_by_negated_future(registry: ActorRegistry) -> None:
    evs = events("Il vertice tra Putin e Trump non si terrà, ha detto il Cremlino.", registry)
    e = one(evs, "meeting_planned")
    assert e.modality == "denied"


def test_rejection_of_a_plan(registry: ActorRegistry) -> None:
    e = one(events("Kiev ha respinto il piano presentato da Mosca, giudicandolo inaccettabile.", registry), "proposal_rejected")
    assert "UA" in sides(e)
    assert "plan" in e.summary


def test_arrival_with_yesterday(registry: ActorRegistry) -> None:
    e = one(events("L'inviato speciale Steve Witkoff è arrivato ieri a Mosca.", registry), "visit")
    assert e.modality == "occurred"
    assert names(e) == {"Steve Witkoff"}
    assert span(e) == ("2026-05-13", "2026-05-13")
    assert e.location is not None and e.location.name == "Moscow"


def test_future_report_to_the_president(registry: ActorRegistry) -> None:
    e = one(events("Rustem Umerov riferirà al presidente Volodymyr Zelensky sui risultati.", registry), "report_to_leader")
    assert e.modality == "planned"
    assert {p.role for p in e.participants} == {"reporter", "leader"}
    assert {"Rustem Umerov", "Volodymyr Zelensky"} == names(e)


def test_first_person_report_in_a_quote_is_the_speakers(registry: ActorRegistry) -> None:
    text = (
        "Il negoziatore ucraino Rustem Umerov ha scritto su X che la giornata è stata utile. "
        "«Adesso mettiamo in ordine gli appunti: stiamo preparando un rapporto al presidente "
        "Volodymyr Zelensky sui colloqui», ha aggiunto."
    )
    e = one(events(text, registry), "report_to_leader")
    assert e.modality == "planned"
    assert {"Rustem Umerov", "Volodymyr Zelensky"} == names(e)


def test_first_person_meeting_in_a_post_is_the_authors(registry: ActorRegistry) -> None:
    text = (
        "Il ministro degli Esteri Antonio Tajani ha commentato sui social la giornata. "
        "«Ho ricevuto alla Farnesina il ministro degli Esteri iraniano Abbas Araghchi», ha scritto."
    )
    e = one(events(text, registry), "meeting_held")
    assert {"Antonio Tajani", "Abbas Araghchi"} <= names(e)


def test_speaker_before_a_colon_and_a_quote(registry: ActorRegistry) -> None:
    text = "Antonio Tajani, capo della diplomazia italiana, su X scrive: «Qui a Roma le parti si parlano»."
    e = one(events(text, registry), "statement_issued")
    assert names(e) == {"Antonio Tajani"}


def test_passive_agreement_reported_by_a_speaker(registry: ActorRegistry) -> None:
    text = "Yuri Ushakov ha detto che con Washington è stato raggiunto un accordo sullo scambio dei detenuti."
    evs = events(text, registry)
    assert one(evs, "statement_issued").participants[0].name == "Yuri Ushakov"
    a = one(evs, "agreement_reached")
    assert a.modality == "occurred"
    assert "US" in sides(a)


def test_planned_visit_next_week_after_an_agreement(registry: ActorRegistry) -> None:
    text = "Il Cremlino ha confermato che l'inviato americano Steve Witkoff sarà a Mosca la prossima settimana."
    e = one(events(text, registry, dt.date(2025, 11, 26)), "visit")
    assert e.modality == "planned"
    assert span(e) == ("2025-12-01", "2025-12-07")
    assert "Steve Witkoff" in names(e)


def test_mediated_talks_held_in_the_present(registry: ActorRegistry) -> None:
    text = "Il nuovo round di negoziati tra Israele e Hamas si tiene a Sharm el Sheik con la mediazione dell'Egitto."
    e = one(events(text, registry, dt.date(2025, 10, 6)), "meeting_held")
    assert e.modality == "occurred"
    assert e.location is not None and e.location.name == "Sharm el-Sheikh"
    assert {"IL"} <= sides(e)
    assert any(p.role == "mediator" and p.side == "EG" for p in e.participants)


def test_talks_resuming_tomorrow_are_planned(registry: ActorRegistry) -> None:
    text = "A Ginevra si sono incontrate le delegazioni di Russia e Ucraina. I colloqui riprenderanno domani."
    evs = events(text, registry)
    p = one(evs, "meeting_planned")
    assert p.modality == "planned"
    assert span(p) == ("2026-05-15", "2026-05-15")


def test_presented_proposal_summary_is_english(registry: ActorRegistry) -> None:
    e = one(events("Gli Stati Uniti hanno presentato una nuova proposta di pace in 20 punti.", registry), "proposal_presented")
    assert "US" in sides(e)
    assert "proposal" in e.summary and "proposta" not in e.summary


def test_demonyms_in_all_forms_give_sides(registry: ActorRegistry) -> None:
    for text, side in [
        ("la delegazione russa", "RU"), ("i negoziatori ucraini", "UA"), ("le autorità iraniane", "IR"),
        ("il governo statunitense", "US"), ("la parte americana", "US"), ("i funzionari israeliani", "IL"),
    ]:
        found = [m for m in find_mentions(f"Ieri {text} ha parlato.", "it", registry) if m.kind != "place"]
        assert found and found[0].side == side, text


def test_titles_with_their_complement_resolve_people(registry: ActorRegistry) -> None:
    found = find_mentions("Il ministro degli Esteri iraniano Abbas Araghchi ha parlato con l'inviato speciale Usa Steve Witkoff.", "it", registry)
    titled = {m.name: m.title for m in found if m.kind == "person"}
    assert titled["Abbas Araghchi"].lower().startswith("ministro degli esteri")
    assert titled["Steve Witkoff"].lower().startswith("inviato speciale")


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("lunedì", False, ("2026-05-11", "2026-05-11")),
        ("lunedì scorso", True, ("2026-05-11", "2026-05-11")),
        ("martedì prossimo", False, ("2026-05-19", "2026-05-19")),
        ("giovedì", False, ("2026-05-14", "2026-05-14")),
        ("la settimana prossima", False, ("2026-05-18", "2026-05-24")),
        ("la prossima settimana", False, ("2026-05-18", "2026-05-24")),
        ("la settimana scorsa", False, ("2026-05-04", "2026-05-10")),
        ("una settimana fa", False, ("2026-05-04", "2026-05-10")),
        ("tra martedì e mercoledì", True, ("2026-05-19", "2026-05-20")),
        ("il 9 settembre scorso", False, ("2025-09-09", "2025-09-09")),
        ("dal 10 al 14 marzo", False, ("2026-03-10", "2026-03-14")),
        ("l'altro ieri", False, ("2026-05-12", "2026-05-12")),
    ],
)
def test_italian_dates(text: str, future: bool, expected: tuple[str, str]) -> None:
    found = find_temporal(text, "it", THU, future=future)
    assert [e.text for e in found] == [text]
    iv = found[0].interval
    assert iv is not None and (str(iv.start), str(iv.end)) == expected


@pytest.mark.parametrize("text", ["quattro ore", "per due giorni", "un piano in 20 punti", "venti bambini"])
def test_durations_and_counts_are_not_dates(text: str) -> None:
    assert all(e.kind == "duration" or e.interval is None for e in find_temporal(text, "it", THU))


def test_dropped_subject_of_a_reported_clause_is_the_speaker(registry: ActorRegistry) -> None:
    e = one(events("Il ministro degli Esteri Antonio Tajani ha annunciato che sabato sarà a Kiev.", registry), "visit")
    assert e.modality == "planned"
    assert names(e) == {"Antonio Tajani"}
    assert span(e) == ("2026-05-16", "2026-05-16")
    assert e.location is not None and e.location.name == "Kyiv"


def test_first_person_saying_inside_a_quote_is_not_inverted(registry: ActorRegistry) -> None:
    text = "Antonio Tajani ha scritto su X: «Ho ringraziato il ministro omanita Badr Albusaidi per la mediazione»."
    evs = events(text, registry)
    assert all(e.participants[0].name == "Antonio Tajani" for e in evs if e.type == "statement_issued")


def test_statements_of_one_speaker_on_two_days_stay_apart(registry: ActorRegistry) -> None:
    text = (
        "Antonio Tajani scrive su X che la Farnesina sostiene i negoziati. "
        "Ieri Tajani, sempre sui social, aveva scritto che l'Italia è pronta a dare il suo contributo."
    )
    said = sorted(span(e) for e in events(text, registry) if e.type == "statement_issued")
    assert said == [("2026-05-13", "2026-05-13"), ("2026-05-14", "2026-05-14")]


def test_verbless_lead_is_the_talks_under_way(registry: ActorRegistry) -> None:
    text = "ISTANBUL – A Istanbul i colloqui tra Russia e Ucraina sullo scambio di prigionieri. Le delegazioni sono arrivate in mattinata."
    e = one(events(text, registry), "meeting_held")
    assert e.modality == "occurred"
    assert {"RU", "UA"} <= sides(e)
    assert e.location is not None and e.location.name == "Istanbul"
    assert span(e) == ("2026-05-14", "2026-05-14")


def test_the_one_before_keeps_its_own_date_and_place(registry: ActorRegistry) -> None:
    text = "A Ginevra i negoziati tra Iran e Stati Uniti. È il secondo round di negoziati, dopo quello di una settimana fa a Muscat."
    held = [e for e in events(text, registry) if e.type == "meeting_held"]
    assert held and all(e.location is None or e.location.name == "Geneva" for e in held)
    assert all(span(e) == ("2026-05-14", "2026-05-14") for e in held)


def test_the_date_of_an_attack_does_not_date_an_arrival(registry: ActorRegistry) -> None:
    text = "La delegazione di Hamas è arrivata ieri al Cairo, guidata da un dirigente scampato all'attacco su Doha del 9 settembre."
    e = one(events(text, registry), "visit")
    assert span(e) == ("2026-05-13", "2026-05-13")


def test_delegation_heads_join_the_meeting_just_told(registry: ActorRegistry) -> None:
    text = (
        "Le delegazioni di Russia e Ucraina si sono incontrate ieri in Turchia. "
        "A fare da mediatore c'era Hakan Fidan, ministro degli Esteri turco. "
        "La delegazione ucraina era guidata da Rustem Umerov, quella russa da Vladimir Medinsky."
    )
    e = one(events(text, registry), "meeting_held")
    assert {"Rustem Umerov", "Vladimir Medinsky"} <= names(e)
    assert any(p.role == "mediator" and p.name == "Hakan Fidan" for p in e.participants)


def test_people_who_took_part_join_the_talks_whatever_their_side(registry: ActorRegistry) -> None:
    text = (
        "I colloqui trilaterali sono proseguiti oggi ad Abu Dhabi. La delegazione ucraina comprendeva Rustem Umerov e Kyrylo Budanov. "
        "Ai colloqui hanno partecipato anche Steve Witkoff e Jared Kushner."
    )
    e = one(events(text, registry), "meeting_held")
    assert {"Rustem Umerov", "Kyrylo Budanov", "Steve Witkoff", "Jared Kushner"} <= names(e)
    assert e.location is not None and e.location.name == "Abu Dhabi"


def test_a_delegation_with_no_meeting_told_is_no_event(registry: ActorRegistry) -> None:
    assert not [e for e in events("La delegazione ucraina era guidata da Rustem Umerov.", registry) if e.type == "meeting_held"]


def test_inverted_speaker_with_an_institution_in_the_title(registry: ActorRegistry) -> None:
    e = one(events("Il vertice è stato utile, ha detto il portavoce del Cremlino Dmitri Peskov.", registry), "statement_issued")
    assert names(e) == {"Dmitry Peskov"}


def test_negated_acceptance_is_a_rejection(registry: ActorRegistry) -> None:
    e = one(events("Kiev non ha accettato la proposta russa.", registry), "proposal_rejected")
    assert e.modality == "occurred" and sides(e) == {"UA"}
    p = one(events("Lavrov ha detto che la Russia non accetterà il piano.", registry), "proposal_rejected")
    assert p.modality == "planned"


def test_a_landing_delegation_led_by_someone_joins_the_round_told_before(registry: ActorRegistry) -> None:
    text = (
        "Il nuovo round di negoziati si tiene al Cairo. Nella capitale egiziana è atterrata ieri la delegazione "
        "israeliana guidata da Ron Dermer. La delegazione di Hamas, arrivata per prima, è guidata da Khalil al Hayya."
    )
    e = one(events(text, registry), "meeting_held")
    assert {"IL", "PS"} <= sides(e)
    assert e.location is not None and e.location.name == "Cairo"


def test_a_delegation_led_by_someone_that_arrives_is_still_a_visit(registry: ActorRegistry) -> None:
    e = one(events("La delegazione russa guidata da Vladimir Medinsky è arrivata ieri a Istanbul.", registry), "visit")
    assert "Vladimir Medinsky" in names(e)
    assert not [x for x in events("La delegazione russa guidata da Vladimir Medinsky è arrivata ieri a Istanbul.", registry) if x.type == "meeting_held"]


def test_ready_to_meet_is_a_possible_meeting(registry: ActorRegistry) -> None:
    e = one(events("Il Cremlino ha fatto sapere che Putin è pronto a incontrare Zelensky.", registry), "meeting_planned")
    assert e.modality == "possible"
    assert {"Vladimir Putin", "Volodymyr Zelensky"} <= names(e)


def test_leaving_for_a_capital_is_a_trip(registry: ActorRegistry) -> None:
    e = one(events("Witkoff partirà domani per Mosca.", registry), "visit")
    assert e.modality == "planned" and span(e) == ("2026-05-15", "2026-05-15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nei prossimi giorni", ("2026-05-14", "2026-05-21")),
        ("nei prossimi tre giorni", ("2026-05-14", "2026-05-17")),
        ("nelle ultime due settimane", ("2026-04-30", "2026-05-14")),
    ],
)
def test_coming_and_recent_stretches(text: str, expected: tuple[str, str]) -> None:
    found = find_temporal(text, "it", THU)
    assert [e.text for e in found] == [text]
    assert (str(found[0].interval.start), str(found[0].interval.end)) == expected


def test_subject_after_a_verb_of_arrival(registry: ActorRegistry) -> None:
    e = one(events("Ieri è arrivato a Mosca l'inviato americano Steve Witkoff.", registry), "visit")
    assert names(e) == {"Steve Witkoff"}
    assert e.location is not None and e.location.name == "Moscow"
