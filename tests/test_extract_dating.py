"""How the extractor dates events: durations, relative days and statements told after a
meeting. Sentences written for these tests, about several negotiations."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.registry import ActorRegistry

PUB = dt.date(2025, 3, 14)  # a Friday: Monday is the 10th, Tuesday the 11th ...


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, lang: str = "en", published: dt.date | None = PUB) -> list[EventDraft]:
    return extract_events(Article(text=text, lang=lang, published=published), registry)


def one(events: list[EventDraft], kind: str) -> EventDraft:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.summary) for e in events]
    return found[0]


def span(e: EventDraft) -> tuple[str | None, str | None]:
    return e.date.start, e.date.end


# --------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Moscow rejected a U.S. proposal to halt strikes on energy infrastructure for 30 days.", "en"),
        ("Hamas rejected a 60-day truce put to it by Egyptian mediators.", "en"),
        ("Moscou a rejeté la proposition d'une trêve pendant 30 jours.", "fr"),
    ],
)
def test_duration_of_a_ceasefire_is_not_the_rejection_date(registry: ActorRegistry, text: str, lang: str) -> None:
    rejection = one(run(registry, text, lang), "proposal_rejected")
    assert rejection.date.first_day() == rejection.date.last_day()


def test_visit_with_duration_ends_on_the_day_written_nearby(registry: ActorRegistry) -> None:
    visit = one(run(registry, "Nikol Pashinyan wrapped up a two-day visit to Brussels on Thursday."), "visit")
    assert span(visit) == ("2025-03-12", "2025-03-13")


def test_visit_with_duration_starts_on_the_day_it_began(registry: ActorRegistry) -> None:
    visit = one(run(registry, "Emmanuel Macron a effectué une visite de trois jours à Kiev qui a débuté lundi.", "fr"), "visit")
    assert span(visit) == ("2025-03-10", "2025-03-12")


def test_talks_with_duration_and_a_relative_clause_ending_them(registry: ActorRegistry) -> None:
    meeting = one(run(registry, "Rubio and Lavrov held two days of talks in Riyadh that ended on Tuesday."), "meeting_held")
    assert span(meeting) == ("2025-03-10", "2025-03-11")


def test_paid_a_visit_is_an_occurred_visit_lasting_until_publication(registry: ActorRegistry) -> None:
    visit = one(run(registry, "Ilham Aliyev paid a three-day visit to Moscow."), "visit")
    assert visit.modality == "occurred"
    assert span(visit) == ("2025-03-12", "2025-03-14")
    assert visit.date.resolution == "relative_to_publication"
