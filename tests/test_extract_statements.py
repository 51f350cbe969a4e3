"""Verbs of saying wire copy uses besides "said". Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry

PUB = dt.date(2025, 3, 14)


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Dmitry Peskov accused Kyiv of delaying the prisoner exchange.", "RU"),
        ("Volodymyr Zelensky hailed the agreement as historic.", "UA"),
        ("Hamas responded to the proposal on Sunday.", "PS"),
        ("Marco Rubio emphasized that the talks would continue.", "US"),
        ("Ilham Aliyev conceded that the border question remained open.", "AZ"),
    ],
)
def test_more_verbs_of_saying(registry: ActorRegistry, text: str, speaker: str) -> None:
    events = extract_events(Article(text=text, lang="en", published=PUB), registry)
    statements = [e for e in events if e.type == "statement_issued"]
    assert len(statements) == 1
    assert {p.side for p in statements[0].participants if p.role == "speaker"} == {speaker}


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Marco Rubio said in Geneva on Sunday that talks would continue in Moscow.", "en", "Geneva"),
        ("Marco Rubio a déclaré à Genève que les discussions continueraient à Moscou.", "fr", "Geneva"),
        ("Marco Rubio said that talks would continue in Moscow.", "en", None),
    ],
)
def test_a_statement_is_placed_where_it_was_said_not_where_its_content_is(
    registry: ActorRegistry, text: str, lang: str, place: str | None
) -> None:
    events = extract_events(Article(text=text, lang=lang, published=dt.date(2025, 11, 23)), registry)
    [statement] = [e for e in events if e.type == "statement_issued"]
    assert (statement.location.name if statement.location else None) == place
