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
