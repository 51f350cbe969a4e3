"""One meeting told by several articles we wrote, in different words, languages, dates and
precisions, comes out as one timeline entry (issue 9): extraction, then the de-duplication
rule and clustering of :mod:`tracker.projections.timeline.dedup`."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.projections.timeline.dedup import Occurrence, cluster
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry

# One meeting (Thursday 10 July 2025, Abu Dhabi, Armenia and Azerbaijan, the Emirates hosting)
# told four ways: people named and a dateline; titles only and a mediator; sides only with no
# day ("reported"); a month only. And a different meeting of the same sides a week later.
ARTICLES = [
    ("A1", "en", dt.date(2025, 7, 10),
     "ABU DHABI, July 10 (Reuters) - Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister "
     "Jeyhun Bayramov met in Abu Dhabi on Thursday. The United Arab Emirates hosted the talks."),
    ("A2", "fr", dt.date(2025, 7, 11),
     "Les chefs de la diplomatie arménienne et azerbaïdjanaise se sont entretenus jeudi à Abou Dhabi, "
     "sous l'égide des Émirats arabes unis."),
    ("A3", "en", dt.date(2025, 7, 12),
     "Armenia and Azerbaijan held peace talks in Abu Dhabi, officials in both capitals said."),
    ("A4", "fr", dt.date(2025, 7, 14),
     "L'Arménie et l'Azerbaïdjan ont négocié à Abou Dhabi en juillet, selon des diplomates."),
    ("B1", "en", dt.date(2025, 7, 18),
     "Armenian and Azerbaijani delegations met in Tbilisi on Thursday for border talks."),
]


@pytest.fixture(scope="module")
def occurrences() -> list[Occurrence]:
    registry = ActorRegistry.load()
    out = []
    for art_id, lang, published, text in ARTICLES:
        for i, draft in enumerate(extract_events(Article(text=text, lang=lang, published=published), registry)):
            if draft.type == "meeting_held":
                out.append(Occurrence(event_id=f"{art_id}-{i}", position=len(out), article_id=art_id, draft=draft))
    return out


def test_each_article_tells_one_meeting(occurrences: list[Occurrence]) -> None:
    assert sorted(o.article_id for o in occurrences) == ["A1", "A2", "A3", "A4", "B1"]


def test_the_dates_differ_in_kind(occurrences: list[Occurrence]) -> None:
    by_article = {o.article_id: o.draft.date for o in occurrences}
    assert by_article["A1"].start == by_article["A2"].start == "2025-07-10"
    assert by_article["A3"].resolution == "publication_fallback"
    assert by_article["A4"].precision == "month"


def test_one_meeting_is_one_entry_and_the_other_meeting_stays_apart(occurrences: list[Occurrence]) -> None:
    groups = cluster(occurrences)
    article_of = {o.event_id: o.article_id for o in occurrences}
    assert sorted(sorted(article_of[e] for e in g) for g in groups) == [["A1", "A2", "A3", "A4"], ["B1"]]
