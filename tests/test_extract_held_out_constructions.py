"""Constructions that failed on the articles held out in issue 9 (gen9), stated in both
languages with invented names, places and days: each rule is over the construction, so the
French and the English sentence must give the same event. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry

PUB = dt.date(2026, 2, 11)  # a Wednesday: Tuesday was the 10th, next Thursday the 12th


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, lang: str) -> list[EventDraft]:
    return extract_events(Article(text=text, lang=lang, published=PUB), registry)


def of_type(events: list[EventDraft], kind: str) -> list[EventDraft]:
    return [e for e in events if e.type == kind]


# --------------------------------------------------------------------------- chained infinitives


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les délégations de la Moldavie et de la Roumanie ont décidé de créer une commission et de se réunir à Varsovie le 4 mars.", "fr"),
        ("Moldova and Romania agreed to set up a commission and to meet again in Warsaw on March 4.", "en"),
        ("Moldova and Romania decided to set up a commission and meet again in Warsaw on March 4.", "en"),
    ],
)
def test_a_second_infinitive_shares_the_modal_of_the_first(registry, text, lang):
    """"agreed to X and to meet on March 4": the meeting is planned, on the coming March 4,
    not a meeting held on the March 4 of last year."""
    [planned] = of_type(run(registry, text, lang), "meeting_planned")
    assert planned.modality == "planned"
    assert planned.date.start == "2026-03-04"
    assert not of_type(run(registry, text, lang), "meeting_held")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Moldavie et la Roumanie ont relancé la commission et se sont réunies mardi à Varsovie.", "fr"),
        ("Moldova and Romania revived the commission and met in Warsaw on Tuesday.", "en"),
    ],
)
def test_a_past_verb_after_the_conjunction_stays_past(registry, text, lang):
    [held] = of_type(run(registry, text, lang), "meeting_held")
    assert held.date.start == "2026-02-10"
