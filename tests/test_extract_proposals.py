"""Proposals presented, and occurrences kept apart (other authors, other objects, the
pluperfect). Sentences written for these tests, about several negotiations."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry

PUB = dt.date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, lang: str = "en") -> list[EventDraft]:
    return extract_events(Article(text=text, lang=lang, published=PUB), registry)


def of_type(events: list[EventDraft], kind: str) -> list[EventDraft]:
    return [e for e in events if e.type == kind]


def sides(e: EventDraft, role: str) -> set[str | None]:
    return {p.side for p in e.participants if p.role == role}


@pytest.mark.parametrize(
    "text, lang, proposer",
    [
        ("Steve Witkoff proposed a three-phase deal to Hamas on Monday.", "en", "US"),
        ("Ukraine sent Russia a list of 1,200 prisoners to be exchanged.", "en", "UA"),
        ("Armenia made a counter-offer on the transit route.", "en", "AM"),
        ("Le Kremlin a proposé mardi un cessez-le-feu de trois jours.", "fr", "RU"),
        ("Erevan a remis à Bakou un projet de traité de paix.", "fr", "AM"),
        ("Moscou a fait une contre-proposition à Kiev.", "fr", "RU"),
    ],
)
def test_proposal_verbs_and_nouns(registry: ActorRegistry, text: str, lang: str, proposer: str) -> None:
    (proposal,) = of_type(run(registry, text, lang), "proposal_presented")
    assert proposal.modality == "occurred"
    assert proposer in sides(proposal, "proposer")


def test_a_participle_is_not_the_act_of_proposing(registry: ActorRegistry) -> None:
    events = run(registry, "L'accord proposé la semaine dernière par le Qatar reste sur la table.", "fr")
    assert not of_type(events, "proposal_presented")


def test_proposals_of_two_authors_stay_apart(registry: ActorRegistry) -> None:
    text = (
        "La délégation russe a remis à la partie ukrainienne un mémorandum sur un règlement du conflit. "
        "Kiev avait transmis son propre document quelques jours plus tôt."
    )
    proposals = of_type(run(registry, text, "fr"), "proposal_presented")
    assert len(proposals) == 2
    kyiv = next(p for p in proposals if "UA" in sides(p, "proposer"))
    # told in the pluperfect, the Ukrainian document is older than the scene: no scene date
    assert kyiv.date.resolution == "publication_fallback"


def test_two_proposals_of_one_side_about_different_things_stay_apart(registry: ActorRegistry) -> None:
    text = (
        "Russia handed Ukraine a memorandum on a settlement of the conflict. "
        "Russia also proposed a ceasefire of two to three days to collect the bodies."
    )
    assert len(of_type(run(registry, text), "proposal_presented")) == 2


def test_a_pluperfect_meeting_before_the_session_is_another_meeting(registry: ActorRegistry) -> None:
    text = (
        "Marco Rubio et Sergueï Lavrov se sont rencontrés mardi à Riyad. "
        "Avant la séance, Rubio s'était entretenu avec le prince héritier Mohammed ben Salmane."
    )
    meetings = of_type(run(registry, text, "fr"), "meeting_held")
    assert len(meetings) == 2
    earlier = next(m for m in meetings if any(p.name == "Mohammed bin Salman" for p in m.participants))
    assert earlier.date.start != "2025-03-11" or earlier.date.resolution == "publication_fallback"


def test_reported_pluperfect_is_not_an_earlier_occurrence(registry: ActorRegistry) -> None:
    text = "Rubio met Lavrov in Riyadh on Tuesday. Rubio said he had met Lavrov in a constructive spirit."
    assert len(of_type(run(registry, text), "meeting_held")) == 1


def test_an_earlier_meeting_does_not_borrow_the_place_of_the_scene(registry: ActorRegistry) -> None:
    text = "Ilham Aliyev and Nikol Pashinyan met in Abu Dhabi on Thursday. Earlier, Pashinyan had met Emmanuel Macron."
    meetings = of_type(run(registry, text), "meeting_held")
    earlier = next(m for m in meetings if any(p.name == "Emmanuel Macron" for p in m.participants))
    assert earlier.location is None


def test_two_verbs_of_one_sentence_tell_two_agreements(registry: ActorRegistry) -> None:
    text = (
        "Donald Trump a reçu vendredi Ilham Aliev et Nikol Pachinian à la Maison Blanche. "
        "Les deux hommes y ont signé une déclaration sur le transit, tandis que le Qatar et "
        "l'Égypte ont paraphé un accord humanitaire."
    )
    assert len(of_type(run(registry, text, "fr"), "agreement_reached")) == 2


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Rubio met Lavrov in Riyadh on Tuesday and held four hours of talks.", "en"),
        ("Witkoff a rencontré Poutine mardi au Kremlin et s'est entretenu avec lui pendant cinq heures.", "fr"),
    ],
)
def test_a_second_predicate_of_the_same_subject_is_the_same_meeting(registry: ActorRegistry, text: str, lang: str) -> None:
    assert len(of_type(run(registry, text, lang), "meeting_held")) == 1


@pytest.mark.parametrize(
    "text, lang, rejecter, author",
    [
        ("Bakou a écarté le projet de traité présenté par Erevan.", "fr", "AZ", "AM"),
        ("Russia rejected the counter-proposal submitted by Ukraine.", "en", "RU", "UA"),
    ],
)
def test_a_proposal_named_with_its_author_is_presented_by_that_author_only(
    registry: ActorRegistry, text: str, lang: str, rejecter: str, author: str
) -> None:
    events = run(registry, text, lang)
    (presented,) = of_type(events, "proposal_presented")
    assert sides(presented, "proposer") == {author}
    (rejected,) = of_type(events, "proposal_rejected")
    assert sides(rejected, "participant") == {rejecter}


def test_rebuffed_is_a_rejection(registry: ActorRegistry) -> None:
    (rejected,) = of_type(run(registry, "Moscow rebuffed the European counter-proposal on Tuesday."), "proposal_rejected")
    assert sides(rejected, "participant") == {"RU"}
