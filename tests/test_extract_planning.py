"""Planned meetings dated by their future day, and relative asides ("X, who had called Y on
Saturday, said ...") that keep their own event type and date. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry

PUB = dt.date(2025, 3, 14)  # a Friday: Saturday was the 8th, Monday the 10th, next Thursday the 20th


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, lang: str) -> list[EventDraft]:
    return extract_events(Article(text=text, lang=lang, published=PUB), registry)


def one(events: list[EventDraft], kind: str) -> EventDraft:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.summary) for e in events]
    return found[0]


@pytest.mark.parametrize(
    "text, lang, start, end, country, sides",
    [
        ("Les délégations serbe et kosovare doivent se retrouver à Bruxelles le 20 mars.", "fr", "2025-03-20", "2025-03-20", "BE", {"RS", "XK"}),
        ("Serbian and Kosovan negotiators are due to meet in Brussels on Thursday.", "en", "2025-03-20", "2025-03-20", "BE", {"RS", "XK"}),
        ("Russian and Ukrainian delegations will meet on Thursday and Friday in Istanbul.", "en", "2025-03-20", "2025-03-21", "TR", {"RU", "UA"}),
        ("Les discussions entre l'Arménie et l'Azerbaïdjan reprendront jeudi et vendredi à Washington.", "fr", "2025-03-20", "2025-03-21", "US", {"AM", "AZ"}),
        ("Talks between Sudan's army and the RSF are scheduled for March 20 in Jeddah.", "en", "2025-03-20", "2025-03-20", "SA", {"SD"}),
        ("Une nouvelle session de négociations entre Israël et le Hamas est prévue le 22 mars au Caire.", "fr", "2025-03-22", "2025-03-22", "EG", {"IL", "PS"}),
        ("Une nouvelle réunion entre Belgrade et Pristina aura lieu le 2 avril à Bruxelles.", "fr", "2025-04-02", "2025-04-02", "BE", {"RS", "XK"}),
    ],
)
def test_planned_meeting_takes_its_future_day(registry: ActorRegistry, text: str, lang: str, start: str, end: str, country: str, sides: set[str]) -> None:
    events = run(registry, text, lang)
    assert not [e for e in events if e.type == "meeting_held"]
    meeting = one(events, "meeting_planned")
    assert meeting.modality == "planned"
    assert (meeting.date.start, meeting.date.end) == (start, end)
    assert meeting.location is not None and meeting.location.country == country
    assert sides <= {p.side for p in meeting.participants}


@pytest.mark.parametrize(
    "text, lang, kind, day",
    [
        ("Witkoff, who had spoken by phone with both leaders on Saturday, said progress was possible.", "en", "phone_call", "2025-03-08"),
        ("Vucic, who had met Kurti in Brussels on Monday, said the talks were difficult.", "en", "meeting_held", "2025-03-10"),
        ("Witkoff, qui s'était entretenu par téléphone samedi avec Poutine, a estimé que des progrès étaient possibles.", "fr", "phone_call", "2025-03-08"),
    ],
)
def test_relative_aside_keeps_its_own_event_and_day(registry: ActorRegistry, text: str, lang: str, kind: str, day: str) -> None:
    events = run(registry, text, lang)
    contact = one(events, kind)
    assert contact.modality == "occurred" and contact.date.start == day
    statement = one(events, "statement_issued")
    # the saying is not dated by the aside's day
    assert statement.date.start != day
    if kind == "phone_call":
        assert not [e for e in events if e.type == "meeting_held"]


def test_main_clause_day_still_dates_the_saying(registry: ActorRegistry) -> None:
    events = run(registry, "Vucic, qui avait rencontré Kurti lundi à Bruxelles, a déclaré mardi que les discussions étaient difficiles.", "fr")
    assert one(events, "meeting_held").date.start == "2025-03-10"
    assert one(events, "statement_issued").date.start == "2025-03-11"


def test_inverted_saying_after_a_plain_comma_is_still_inverted(registry: ActorRegistry) -> None:
    events = run(registry, "The talks in Geneva ended without a deal, said Peskov.", "en")
    assert {p.side for p in one(events, "statement_issued").participants} == {"RU"}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Serbian and Kosovan envoys are due in Brussels on March 20 for talks.", "en"),
        ("Les émissaires serbes et kosovars sont attendus à Bruxelles le 20 mars pour des discussions.", "fr"),
    ],
)
def test_envoys_due_somewhere_for_talks_plan_a_meeting(registry: ActorRegistry, text: str, lang: str) -> None:
    meeting = one(run(registry, text, lang), "meeting_planned")
    assert meeting.modality == "planned" and meeting.date.start == "2025-03-20"
    assert meeting.location is not None and meeting.location.country == "BE"
    assert {p.side for p in meeting.participants} == {"RS", "XK"}


@pytest.mark.parametrize(
    "text, lang, side, day",
    [
        ("Kiev a réaffirmé que le retrait des troupes russes restait une condition préalable à tout accord.", "fr", "UA", "2025-03-14"),
        ("Le Hamas a rappelé mardi que la fin de la guerre restait sa principale exigence.", "fr", "PS", "2025-03-11"),
        ("Baku has repeatedly stressed that changes to Armenia's constitution are a key condition for signing the treaty.", "en", "AZ", "2025-03-14"),
    ],
)
def test_condition_restated_is_a_proposal_of_the_side_restating_it(registry: ActorRegistry, text: str, lang: str, side: str, day: str) -> None:
    proposal = one(run(registry, text, lang), "proposal_presented")
    assert proposal.modality == "occurred" and proposal.date.start == day
    assert {p.side for p in proposal.participants} == {side}


def test_condition_denied_is_no_proposal(registry: ActorRegistry) -> None:
    events = run(registry, "Pristina stressed on Tuesday that Serbia's recognition is not a condition for the talks.", "en")
    assert not [e for e in events if e.type == "proposal_presented"]
    assert one(events, "statement_issued").date.start == "2025-03-11"


def test_veille_in_an_aside_counts_from_the_main_clause_day(registry: ActorRegistry) -> None:
    events = run(registry, "Witkoff, qui s'était entretenu la veille avec Zelensky, a déclaré mardi que des progrès étaient possibles.", "fr")
    assert one(events, "meeting_held").date.start == "2025-03-10"
    assert one(events, "statement_issued").date.start == "2025-03-11"


def test_day_before_in_an_aside_does_not_date_the_saying(registry: ActorRegistry) -> None:
    events = run(registry, "Rubio, who had spoken by phone with Lavrov the day before, told reporters on Tuesday that the talks were useful.", "en")
    assert one(events, "phone_call").date.start == "2025-03-10"
    assert one(events, "statement_issued").date.start == "2025-03-11"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les pourparlers, qui devaient reprendre jeudi à Genève, ont été reportés.", "fr"),
        ("The talks, which were due to resume on Thursday in Geneva, have been postponed.", "en"),
    ],
)
def test_postponed_talks_are_a_plan_called_off(registry: ActorRegistry, text: str, lang: str) -> None:
    events = run(registry, text, lang)
    assert not [e for e in events if e.type == "meeting_held"]
    meeting = one(events, "meeting_planned")
    assert meeting.modality == "denied" and meeting.date.start == "2025-03-20"


def test_next_session_is_planned_for_the_sides_just_met(registry: ActorRegistry) -> None:
    text = "Israël et le Hamas ont négocié lundi à Doha. Une nouvelle session est prévue le 25 mars, selon le ministère qatari."
    planned = one(run(registry, text, "fr"), "meeting_planned")
    assert planned.modality == "planned" and planned.date.start == "2025-03-25"
    assert {p.side for p in planned.participants} == {"IL", "PS"}


@pytest.mark.parametrize(
    "text, lang, planned_sides",
    [
        ("Witkoff met Putin in Moscow on Tuesday and will travel to Istanbul on Saturday for talks with Ukrainian officials.", "en", {"US", "UA"}),
        ("Witkoff a rencontré Poutine mardi à Moscou et se rendra samedi à Istanbul pour des discussions avec les Ukrainiens.", "fr", {"US", "UA"}),
        ("Rubio met Lavrov in Riyadh on Tuesday and is due to meet Zelensky in Kyiv on Saturday.", "en", {"US", "UA"}),
    ],
)
def test_second_predicate_looking_ahead_is_its_own_plan(registry: ActorRegistry, text: str, lang: str, planned_sides: set[str]) -> None:
    events = run(registry, text, lang)
    held = one(events, "meeting_held")
    assert {p.side for p in held.participants} == {"US", "RU"} and held.date.start == "2025-03-11"
    planned = one(events, "meeting_planned")
    assert planned.modality == "planned" and planned.date.start == "2025-03-15"
    assert {p.side for p in planned.participants} == planned_sides


@pytest.mark.parametrize(
    "text, lang, day",
    [
        ("Putin and Zelensky are not expected to meet on Thursday in Istanbul.", "en", "2025-03-20"),
        ("Poutine et Zelensky ne devraient pas se rencontrer jeudi à Istanbul.", "fr", "2025-03-20"),
        ("Putin and Zelensky did not meet on Thursday in Istanbul.", "en", "2025-03-13"),
    ],
)
def test_meeting_ruled_out_ahead_is_dated_ahead(registry: ActorRegistry, text: str, lang: str, day: str) -> None:
    meeting = one(run(registry, text, lang), "meeting_planned")
    assert meeting.modality == "denied" and meeting.date.start == day


def test_aside_contact_does_not_take_the_main_clause_place(registry: ActorRegistry) -> None:
    events = run(registry, "Macron, who had called Zelensky on Sunday, will travel to Kyiv on Saturday.", "en")
    call = one(events, "phone_call")
    assert call.location is None and call.date.start == "2025-03-09"
    trip = one(events, "visit")
    assert trip.modality == "planned" and trip.date.start == "2025-03-15"
    assert trip.location is not None and trip.location.country == "UA"


@pytest.mark.parametrize(
    "text, lang, kind, modality, day",
    [
        ("Belgrade and Pristina will resume the dialogue in Brussels on Thursday.", "en", "meeting_planned", "planned", "2025-03-20"),
        ("Belgrade and Pristina resumed dialogue in Brussels on Monday.", "en", "meeting_held", "occurred", "2025-03-10"),
        ("Belgrade et Pristina doivent reprendre le dialogue à Bruxelles jeudi.", "fr", "meeting_planned", "planned", "2025-03-20"),
    ],
)
def test_dialogue_resumed_is_a_meeting(registry: ActorRegistry, text: str, lang: str, kind: str, modality: str, day: str) -> None:
    meeting = one(run(registry, text, lang), kind)
    assert meeting.modality == modality and meeting.date.start == day
    assert {p.side for p in meeting.participants} == {"RS", "XK"}


def test_dialogue_alone_is_no_event(registry: ActorRegistry) -> None:
    assert run(registry, "Le dialogue entre Belgrade et Pristina est au point mort.", "fr") == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The Armenian and Azerbaijani leaders will meet on the sidelines of the European Political Community summit in Tirana on May 16.", "en"),
        ("Les dirigeants arménien et azerbaïdjanais doivent se rencontrer en marge du sommet de Tirana le 16 mai.", "fr"),
    ],
)
def test_summit_on_whose_sidelines_they_meet_is_only_the_setting(registry: ActorRegistry, text: str, lang: str) -> None:
    events = run(registry, text, lang)
    assert [e.type for e in events] == ["meeting_planned"]
    meeting = events[0]
    assert meeting.date.start == "2025-05-16" and {p.side for p in meeting.participants} == {"AM", "AZ"}


@pytest.mark.parametrize(
    "text, lang, kind, sides, day",
    [
        ("After speaking by phone with Aliyev on Saturday, Pashinyan said the treaty was ready.", "en", "phone_call", {"AM", "AZ"}, "2025-03-08"),
        ("Après s'être entretenu samedi par téléphone avec Aliyev, Pachinian a déclaré que le traité était prêt.", "fr", "phone_call", {"AM", "AZ"}, "2025-03-08"),
        ("Après avoir rencontré Kurti lundi à Bruxelles, Vucic a déclaré que le dialogue était difficile.", "fr", "meeting_held", {"RS", "XK"}, "2025-03-10"),
    ],
)
def test_participial_opener_takes_the_main_clause_subject(registry: ActorRegistry, text: str, lang: str, kind: str, sides: set[str], day: str) -> None:
    events = run(registry, text, lang)
    contact = one(events, kind)
    assert contact.modality == "occurred" and contact.date.start == day
    assert {p.side for p in contact.participants} == sides
    assert one(events, "statement_issued").date.start != day


def test_whose_aside_does_not_give_the_main_subject(registry: ActorRegistry) -> None:
    events = run(registry, "Al-Burhan, whose envoys had met RSF representatives in Jeddah a week earlier, rejected the truce on Monday.", "en")
    rejection = one(events, "proposal_rejected")
    assert {p.side for p in rejection.participants} == {"SD"} and rejection.date.start == "2025-03-10"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Hamas and Israeli negotiators are due back in Cairo on Sunday.", "en"),
        ("Les négociateurs israéliens et du Hamas sont attendus dimanche au Caire.", "fr"),
    ],
)
def test_negotiators_expected_somewhere_is_a_planned_trip(registry: ActorRegistry, text: str, lang: str) -> None:
    trip = one(run(registry, text, lang), "visit")
    assert trip.modality == "planned" and trip.date.start == "2025-03-16"
    assert trip.location is not None and trip.location.country == "EG"
    assert {p.side for p in trip.participants} == {"IL", "PS"}


def test_expected_in_a_month_is_no_trip(registry: ActorRegistry) -> None:
    assert all(e.type != "visit" for e in run(registry, "A decision by Serbia is expected in March.", "en"))
    assert all(e.type != "visit" for e in run(registry, "Une décision de la Serbie est attendue en Mars.", "fr"))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Kyiv had proposed a full exchange of prisoners.", "en"),
        ("Kiev avait proposé un échange de tous les prisonniers.", "fr"),
    ],
)
def test_proposed_exchange_is_the_proposal_only(registry: ActorRegistry, text: str, lang: str) -> None:
    events = run(registry, text, lang)
    assert [e.type for e in events] == ["proposal_presented"]
    assert {p.side for p in events[0].participants} == {"UA"} and events[0].modality == "occurred"


def test_talks_that_would_resume_in_reported_speech_are_planned(registry: ActorRegistry) -> None:
    text = "Israël et le Hamas ont négocié dimanche. Les médiateurs ont indiqué que les pourparlers reprendraient lundi à Doha."
    events = run(registry, text, "fr")
    assert one(events, "meeting_held").date.start == "2025-03-09"
    planned = one(events, "meeting_planned")
    assert planned.modality == "planned" and planned.date.start == "2025-03-17"
    assert planned.location is not None and planned.location.country == "QA"


def test_agreeing_to_meet_again_is_a_plan_not_an_agreement(registry: ActorRegistry) -> None:
    text = "Kurti et Vucic se sont rencontrés lundi à Bruxelles. Ils sont convenus de se retrouver le 2 avril à Bruxelles."
    events = run(registry, text, "fr")
    assert not [e for e in events if e.type == "agreement_reached"]
    planned = one(events, "meeting_planned")
    assert planned.date.start == "2025-04-02" and {p.side for p in planned.participants} == {"RS", "XK"}


def test_agreeing_on_an_exchange_is_still_an_agreement(registry: ActorRegistry) -> None:
    agreement = one(run(registry, "Kiev et Moscou sont convenus d'un échange de prisonniers lundi.", "fr"), "agreement_reached")
    assert agreement.date.start == "2025-03-10"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Talks between Armenia and Azerbaijan, initially planned for Monday, were pushed back to Thursday.", "en"),
        ("Les pourparlers entre l'Arménie et l'Azerbaïdjan, initialement prévus lundi, ont été reportés à jeudi.", "fr"),
    ],
)
def test_rescheduled_talks_are_planned_on_the_new_day(registry: ActorRegistry, text: str, lang: str) -> None:
    planned = one(run(registry, text, lang), "meeting_planned")
    assert planned.modality == "planned" and planned.date.start == "2025-03-20"
    assert {p.side for p in planned.participants} == {"AM", "AZ"}


def test_after_meeting_someone_is_a_past_meeting_of_the_main_subject(registry: ActorRegistry) -> None:
    events = run(registry, "After meeting Kurti in Brussels on Monday, Vucic said the dialogue was difficult.", "en")
    meeting = one(events, "meeting_held")
    assert meeting.date.start == "2025-03-10" and {p.side for p in meeting.participants} == {"RS", "XK"}
    assert meeting.location is not None and meeting.location.country == "BE"
    assert {p.side for p in one(events, "statement_issued").participants} == {"RS"}
