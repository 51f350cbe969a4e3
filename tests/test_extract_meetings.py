"""Meetings and agreements told in the ways wire copy tells them: hosted talks, talks that
resume, agreements initialled. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry

PUB = dt.date(2025, 3, 14)  # a Friday: Sunday was the 9th


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, lang: str = "en") -> list[EventDraft]:
    return extract_events(Article(text=text, lang=lang, published=PUB), registry)


def one(events: list[EventDraft], kind: str) -> EventDraft:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.summary) for e in events]
    return found[0]


def roles(e: EventDraft) -> dict[str | None, str]:
    return {p.side: p.role for p in e.participants}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Egypt and Qatar hosted talks between Hamas and Israel in Cairo on Sunday.", "en"),
        ("L'Égypte et le Qatar ont accueilli dimanche des pourparlers entre le Hamas et Israël.", "fr"),
    ],
)
def test_hosts_of_talks_between_two_parties(registry: ActorRegistry, text: str, lang: str) -> None:
    meeting = one(run(registry, text, lang), "meeting_held")
    assert meeting.modality == "occurred"
    assert meeting.date.start == "2025-03-09"
    r = roles(meeting)
    assert r["EG"] == "host" and r["QA"] == "host"
    assert r["IL"] == "participant"
    assert meeting.summary.startswith("Egypt and Qatar host talks between")


def test_talks_that_resumed_happened(registry: ActorRegistry) -> None:
    meeting = one(run(registry, "Talks between Hamas and Israel resumed in Doha on Sunday."), "meeting_held")
    assert meeting.modality == "occurred"
    assert meeting.date.start == "2025-03-09"
    assert meeting.location is not None and meeting.location.country == "QA"


def test_initialled_agreement(registry: ActorRegistry) -> None:
    agreement = one(run(registry, "Armenia and Azerbaijan initialled a peace agreement in Washington on Friday."), "agreement_reached")
    assert {"AM", "AZ"} <= set(roles(agreement))
    assert agreement.date.start == "2025-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan met in Washington under U.S. auspices.",
        "Armenia and Azerbaijan met in Washington on Monday with U.S. mediation.",
    ],
)
def test_a_name_qualifying_the_mediation_is_the_mediator(registry: ActorRegistry, text: str) -> None:
    meeting = one(run(registry, text), "meeting_held")
    assert roles(meeting) == {"AM": "participant", "AZ": "participant", "US": "mediator"}


def test_the_author_of_a_rejected_proposal_does_not_reject_it(registry: ActorRegistry) -> None:
    active = one(run(registry, "Hamas rejected a 30-day ceasefire proposed by Egypt on Monday."), "proposal_rejected")
    assert roles(active) == {"PS": "participant", "EG": "proposer"}
    assert active.summary.startswith("Hamas rejects") and "proposed by Egypt" in active.summary
    passive = one(run(registry, "The deal proposed by Qatar was rejected by Israel."), "proposal_rejected")
    assert roles(passive) == {"QA": "proposer", "IL": "participant"}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Marco Rubio met Andriy Yermak in Jeddah on Tuesday. A joint statement issued after the meeting said Ukraine was ready to accept a ceasefire.", "en"),
        ("Marco Rubio a rencontré Andriï Iermak mardi à Djeddah. Dans une déclaration commune, les deux parties ont affirmé vouloir un cessez-le-feu.", "fr"),
    ],
)
def test_a_joint_statement_is_made_by_the_parties_of_the_meeting(registry: ActorRegistry, text: str, lang: str) -> None:
    statement = one(run(registry, text, lang), "statement_issued")
    assert {p.side for p in statement.participants} == {"US", "UA"}
    assert all(p.role == "speaker" for p in statement.participants)
    assert statement.date.start == "2025-03-11"


def test_a_joint_statement_told_twice_is_one_statement(registry: ActorRegistry) -> None:
    text = (
        "Marco Rubio met Andriy Yermak in Jeddah on Tuesday. "
        "The United States and Ukraine said they would keep working on a ceasefire. "
        "A joint statement said both sides would exchange prisoners."
    )
    assert len([e for e in run(registry, text) if e.type == "statement_issued"]) == 1


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Paul Kagame is expected to travel to Washington next month to meet Felix Tshisekedi.", "en"),
        ("Steve Witkoff doit se rendre à Moscou la semaine prochaine pour rencontrer Vladimir Poutine.", "fr"),
    ],
)
def test_a_trip_and_the_meeting_it_is_for_are_one_planned_meeting(registry: ActorRegistry, text: str, lang: str) -> None:
    meeting = one(run(registry, text, lang), "meeting_planned")
    assert meeting.modality == "planned"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Kyiv is ready for a trilateral meeting with Washington and Moscow, Andriy Yermak said.", "en"),
        ("Kiev est prêt à une rencontre trilatérale avec Washington et Moscou, a dit Andriï Iermak.", "fr"),
    ],
)
def test_ready_for_a_meeting_is_a_possible_meeting(registry: ActorRegistry, text: str, lang: str) -> None:
    meeting = one(run(registry, text, lang), "meeting_planned")
    assert meeting.modality == "possible"


@pytest.mark.parametrize(
    "text, lang, witness",
    [
        ("Ilham Aliyev and Nikol Pashinyan signed the agreement in Washington in the presence of Marco Rubio.", "en", "US"),
        ("Ilham Aliev et Nikol Pachinian ont signé l'accord à Washington en présence de Donald Trump.", "fr", "US"),
    ],
)
def test_a_signing_in_the_presence_of_a_third_party(registry: ActorRegistry, text: str, lang: str, witness: str) -> None:
    agreement = one(run(registry, text, lang), "agreement_reached")
    assert roles(agreement) == {"AZ": "participant", "AM": "participant", witness: "mediator"}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ukraine and Russia held a new round of talks in Istanbul on Wednesday.", "en"),
        ("L'Ukraine et la Russie ont tenu mercredi à Istanbul un nouveau cycle de négociations directes.", "fr"),
        ("L'Arménie et l'Azerbaïdjan ont entamé mercredi une nouvelle série de consultations à Abou Dhabi.", "fr"),
    ],
)
def test_a_new_round_governed_by_a_past_verb_was_held(registry: ActorRegistry, text: str, lang: str) -> None:
    meeting = one(run(registry, text, lang), "meeting_held")
    assert meeting.date.start == "2025-03-12"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A new round of talks between Ukraine and Russia is expected in Geneva next week.", "en"),
        ("Recep Tayyip Erdogan a proposé d'accueillir un nouveau cycle de négociations entre la Russie et l'Ukraine.", "fr"),
    ],
)
def test_a_new_round_not_governed_by_a_past_verb_is_ahead(registry: ActorRegistry, text: str, lang: str) -> None:
    events = run(registry, text, lang)
    assert not [e for e in events if e.type == "meeting_held"]
    assert [e for e in events if e.type == "meeting_planned"]


@pytest.mark.parametrize(
    "text, modality, day",
    [
        ("Vladimir Poutine et Donald Trump se sont parlé au téléphone mardi.", "occurred", "2025-03-11"),
        ("Vladimir Poutine a parlé avec Donald Trump par téléphone mardi.", "occurred", "2025-03-11"),
        ("Vladimir Poutine et Donald Trump ont eu un entretien téléphonique mardi.", "occurred", "2025-03-11"),
        ("Emmanuel Macron et Volodymyr Zelensky se parleront par téléphone jeudi.", "planned", "2025-03-20"),
    ],
)
def test_french_phone_calls(registry: ActorRegistry, text: str, modality: str, day: str) -> None:
    call = one(run(registry, text, "fr"), "phone_call")
    assert call.modality == modality
    assert call.date.start == day
    assert len(call.participants) == 2


def test_speaking_about_something_is_no_phone_call(registry: ActorRegistry) -> None:
    assert not [e for e in run(registry, "Vladimir Poutine a parlé de la guerre mardi.", "fr") if e.type == "phone_call"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine swapped 84 prisoners each on Wednesday, in an exchange brokered by the United Arab Emirates.",
        "Russia and Ukraine carried out a prisoner exchange on Wednesday.",
    ],
)
def test_a_prisoner_exchange_carries_out_an_agreement(registry: ActorRegistry, text: str) -> None:
    agreement = one(run(registry, text), "agreement_reached")
    assert agreement.modality == "occurred"
    assert agreement.date.start == "2025-03-12"
    assert {"RU", "UA"} <= set(roles(agreement))


def test_carried_out_is_not_ruled_out(registry: ActorRegistry) -> None:
    ruled_out = one(run(registry, "The Kremlin ruled out a meeting between Putin and Zelensky."), "meeting_planned")
    assert ruled_out.modality == "denied"


def test_negotiators_gathered_in_a_city(registry: ActorRegistry) -> None:
    meeting = one(run(registry, "Ukrainian and Russian negotiators gathered in Istanbul on Wednesday."), "meeting_held")
    assert meeting.date.start == "2025-03-12"
    assert meeting.location is not None and meeting.location.country == "TR"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Zelensky arrived in Washington on Sunday ahead of his meeting with Trump on Monday.", "en"),
        ("Zelensky est arrivé dimanche à Washington avant sa rencontre avec Trump lundi.", "fr"),
    ],
)
def test_a_trip_before_a_meeting_still_ahead_is_its_own_visit(registry: ActorRegistry, text: str, lang: str) -> None:
    events = run(registry, text, lang)
    visit = one(events, "visit")
    assert visit.modality == "occurred" and visit.date.start == "2025-03-09"
    meeting = one(events, "meeting_planned")
    assert {"UA", "US"} <= set(roles(meeting))
    assert meeting.date.start == "2025-03-17"


def test_before_the_session_in_the_pluperfect_is_an_earlier_meeting_not_a_planned_one(registry: ActorRegistry) -> None:
    text = (
        "Les délégations russe et ukrainienne se sont retrouvées mercredi à Istanbul. "
        "Avant la séance, Marco Rubio s'était entretenu avec Hakan Fidan. "
        "Recep Tayyip Erdogan, qui avait reçu Volodymyr Zelensky mardi à Ankara, a salué les pourparlers."
    )
    events = run(registry, text, "fr")
    assert not [e for e in events if e.type == "meeting_planned"]
    held = [e for e in events if e.type == "meeting_held"]
    rubio = [e for e in held if any(p.name == "Marco Rubio" for p in e.participants)]
    assert len(rubio) == 1 and not any(p.name == "Volodymyr Zelensky" for p in rubio[0].participants)


def test_his_meeting_belongs_to_the_subject(registry: ActorRegistry) -> None:
    events = run(registry, "Volodymyr Zelensky a rencontré Emmanuel Macron dimanche avant sa rencontre avec Donald Trump.", "fr")
    planned = one(events, "meeting_planned")
    assert {p.name for p in planned.participants} == {"Volodymyr Zelensky", "Donald Trump"}
