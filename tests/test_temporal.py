"""Temporal expressions: recognition by per-language patterns, resolution against publication.

Publication dates used below (weekday in brackets):
SUN = 2025-12-21 (the seed article), MON = 2025-12-22, WED = 2025-03-12, FRI = 2026-03-13,
TUE = 2025-02-18.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.errors import ValidationError
from tracker.events import PRECISIONS, DateInterval
from tracker.extract.temporal import (
    KINDS,
    RESOLVERS,
    SUPPORTED_LANGUAGES,
    anchor_duration,
    find_temporal,
    language_pack,
    normalise_with_dateparser,
    publication_fallback,
)
from tracker.extract.temporal.pack import RESOLVER_SHAPES

SUN = dt.date(2025, 12, 21)
MON = dt.date(2025, 12, 22)
WED = dt.date(2025, 3, 12)
FRI = dt.date(2026, 3, 13)
TUE = dt.date(2025, 2, 18)

SEED = Path("/work/shared/seed-article.txt")
REPO = Path(__file__).resolve().parents[1]


def one(text: str, lang: str, published: dt.date | None, future: bool = False):
    """The single expression found in ``text`` (fails if there are none or several)."""
    found = find_temporal(text, lang, published, future=future)
    assert len(found) == 1, [(e.text, e.kind) for e in found]
    return found[0]


def iv(expr) -> tuple[str | None, str | None, str]:
    assert expr.interval is not None, expr
    return expr.interval.start, expr.interval.end, expr.interval.precision


# --------------------------------------------------------------------------- the seed article


def test_seed_article_expressions() -> None:
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else (
        "Kirill Dmitriev a tenu une série de réunions pendant deux jours en Floride. "
        "Une délégation ukrainienne a passé trois jours en Floride. "
        "leur sommet en Alaska au mois d’août."
    )
    found = find_temporal(text, "fr", SUN)
    by_text = {e.text: e for e in found}
    assert set(by_text) == {"pendant deux jours", "trois jours", "au mois d’août"}
    assert by_text["pendant deux jours"].kind == "duration"
    assert by_text["pendant deux jours"].days == 2
    assert by_text["pendant deux jours"].interval is None
    assert by_text["trois jours"].kind == "duration" and by_text["trois jours"].days == 3
    august = by_text["au mois d’août"]
    assert august.kind == "date"
    assert iv(august) == ("2025-08", "2025-08", "month")
    assert august.interval.resolution == "relative_to_publication"
    # "vingt points" is a number, not a date
    assert not any("vingt" in e.text for e in found)


# --------------------------------------------------------------------------- French


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        # weekdays, published Sunday 21 Dec 2025
        ("Il a parlé mardi.", SUN, False, ("2025-12-16", "2025-12-16", "day")),
        ("Il parlera mardi.", SUN, True, ("2025-12-23", "2025-12-23", "day")),
        ("Ils se verront mardi prochain.", SUN, False, ("2025-12-23", "2025-12-23", "day")),
        ("Ils se sont vus mardi dernier.", SUN, False, ("2025-12-16", "2025-12-16", "day")),
        ("Ils se sont vus dimanche.", SUN, False, ("2025-12-21", "2025-12-21", "day")),
        ("Ils se verront dimanche.", SUN, True, ("2025-12-21", "2025-12-21", "day")),
        ("Elle a appelé samedi soir.", SUN, False, ("2025-12-20", "2025-12-20", "day")),
        # published Monday 22 Dec 2025: "mardi" is last Tuesday, "lundi" is the day itself
        ("La réunion a eu lieu mardi.", MON, False, ("2025-12-16", "2025-12-16", "day")),
        ("Les pourparlers ont repris ce lundi matin.", MON, False, ("2025-12-22", "2025-12-22", "day")),
        ("La réunion aura lieu mercredi.", MON, True, ("2025-12-24", "2025-12-24", "day")),
        ("Il l'a dit lundi dernier.", MON, False, ("2025-12-15", "2025-12-15", "day")),
        # days and months
        ("Le sommet du 20 décembre a échoué.", SUN, False, ("2025-12-20", "2025-12-20", "day")),
        ("Le mardi 16 décembre, ils ont parlé.", SUN, False, ("2025-12-16", "2025-12-16", "day")),
        ("Le texte date du 1er mars 2024.", SUN, False, ("2024-03-01", "2024-03-01", "day")),
        ("Il a été signé le 16 décembre dernier.", SUN, False, ("2025-12-16", "2025-12-16", "day")),
        ("Rendez-vous le 5 janvier prochain.", SUN, False, ("2026-01-05", "2026-01-05", "day")),
        ("Le document daté du 20/12/2025 circule.", SUN, False, ("2025-12-20", "2025-12-20", "day")),
        ("Lundi 15, les délégués sont arrivés.", SUN, False, ("2025-12-15", "2025-12-15", "day")),
        # months
        ("Ils se sont rencontrés au mois d'août.", SUN, False, ("2025-08", "2025-08", "month")),
        ("Ils se rencontreront en mars.", SUN, True, ("2026-03", "2026-03", "month")),
        ("Ils se sont rencontrés en mars.", SUN, False, ("2025-03", "2025-03", "month")),
        ("Les combats de décembre ont repris en décembre.", SUN, False, ("2025-12", "2025-12", "month")),
        ("Ils avaient parlé en mai 2024.", SUN, False, ("2024-05", "2024-05", "month")),
        ("Les contacts ont commencé en 2025.", SUN, False, ("2025", "2025", "year")),
        # seasons and parts of periods
        ("Ils avaient parlé au printemps.", SUN, False, ("2025-03", "2025-05", "month")),
        ("L'accord date de l'été dernier.", SUN, False, ("2025-06", "2025-08", "month")),
        ("Une rencontre est prévue début janvier.", SUN, True, ("2026-01-01", "2026-01-10", "week")),
        ("La trêve a été conclue fin novembre.", SUN, False, ("2025-11-21", "2025-11-30", "week")),
        ("Ils se verront à la mi-janvier 2026.", SUN, True, ("2026-01-11", "2026-01-20", "week")),
        ("Un accord pourrait intervenir d'ici la fin de l'année.", SUN, True, ("2025", "2025", "year")),
        ("Ils ont proposé de se revoir avant la fin du mois de juin.", dt.date(2025, 6, 3), False, ("2025-06", "2025-06", "month")),
        ("Un accord est attendu fin 2025.", WED, False, ("2025-09", "2025-12", "month")),
    ],
)
def test_french_dates(text: str, published: dt.date, future: bool, expected: tuple[str, str, str]) -> None:
    expr = one(text, "fr", published, future)
    assert expr.kind == "date" or expr.kind == "relative"
    assert iv(expr) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected", "kind"),
    [
        ("Ils ont négocié hier.", SUN, ("2025-12-20", "2025-12-20", "day"), "relative"),
        ("Il arrive aujourd'hui.", SUN, ("2025-12-21", "2025-12-21", "day"), "relative"),
        ("Ils partent demain.", SUN, ("2025-12-22", "2025-12-22", "day"), "relative"),
        ("C'était avant-hier.", MON, ("2025-12-20", "2025-12-20", "day"), "relative"),
        ("Ils se verront la semaine prochaine.", SUN, ("2025-12-22", "2025-12-28", "week"), "relative"),
        ("Ils se sont vus la semaine dernière.", MON, ("2025-12-15", "2025-12-21", "week"), "relative"),
        ("Cette semaine, les délégués ont parlé.", WED, ("2025-03-10", "2025-03-16", "week"), "relative"),
        ("Le mois dernier, rien n'a bougé.", SUN, ("2025-11", "2025-11", "month"), "relative"),
        ("Cela pourrait arriver l'an prochain.", SUN, ("2026", "2026", "year"), "relative"),
        ("Ils ont parlé il y a trois jours.", SUN, ("2025-12-18", "2025-12-18", "day"), "relative"),
        ("Ils ont parlé il y a quelques jours.", SUN, ("2025-12-14", "2025-12-21", "week"), "relative"),
        ("Ils se verront dans quelques semaines.", SUN, ("2025-12-21", "2026-01-18", "month"), "relative"),
        ("Ils se reverront dans deux semaines.", SUN, ("2025-12-29", "2026-01-04", "week"), "relative"),
        ("Ils ont parlé ce week-end.", SUN, ("2025-12-20", "2025-12-21", "day"), "relative"),
        ("Ils ont parlé le week-end dernier.", WED, ("2025-03-08", "2025-03-09", "day"), "relative"),
        ("Plus tôt ce mois-ci, ils ont parlé.", SUN, ("2025-12-01", "2025-12-20", "month"), "relative"),
        ("Ils se retrouvent en fin de semaine.", WED, ("2025-03-13", "2025-03-16", "week"), "relative"),
        ("Ils ont négocié du 10 au 12 mars.", FRI, ("2026-03-10", "2026-03-12", "day"), "range"),
        ("Ils ont négocié du 10 au 14 mars.", SUN, ("2025-03-10", "2025-03-14", "day"), "range"),
        ("Les 20 et 21 décembre, ils ont négocié.", SUN, ("2025-12-20", "2025-12-21", "day"), "range"),
        ("Entre le 28 février et le 2 mars, ils ont négocié.", FRI, ("2026-02-28", "2026-03-02", "day"), "range"),
        ("Du 28 décembre 2025 au 2 janvier 2026, trêve.", WED, ("2025-12-28", "2026-01-02", "day"), "range"),
        ("Une trêve du 24 décembre au 2 janvier.", SUN, ("2025-12-24", "2026-01-02", "day"), "range"),
        ("Une trêve du 28 au 3 janvier.", SUN, ("2025-12-28", "2026-01-03", "day"), "range"),
        ("Un échange pourrait avoir lieu d'ici Noël.", SUN, ("2025-12-21", "2025-12-25", "day"), "range"),
        ("Les accords d'Istanbul de mars-avril 2022.", SUN, ("2022-03", "2022-04", "month"), "range"),
        ("Les discussions du 10 au 14 mars 2025.", SUN, ("2025-03-10", "2025-03-14", "day"), "range"),
        ("Les discussions du 30 décembre 2024 au 3 janvier.", SUN, ("2024-12-30", "2025-01-03", "day"), "range"),
        ("Ils ont parlé entre lundi et mercredi.", FRI, ("2026-03-09", "2026-03-11", "day"), "range"),
        ("Ils négocient depuis lundi.", FRI, ("2026-03-09", "2026-03-13", "day"), "range"),
        ("Dans la nuit de mardi à mercredi, un accord.", FRI, ("2026-03-10", "2026-03-11", "day"), "range"),
        ("Les contacts ont eu lieu de mars à mai.", SUN, ("2025-03", "2025-05", "month"), "range"),
        ("Ils ont négocié lundi 15 et mardi 16 décembre.", SUN, ("2025-12-15", "2025-12-16", "day"), "range"),
        ("Le conflit gelé de 2020 à 2022.", SUN, ("2020", "2022", "year"), "range"),
        ("Ces dernières 24 heures, rien n'a bougé.", SUN, ("2025-12-20", "2025-12-21", "day"), "relative"),
        ("Il se rendra à Moscou dans la semaine.", WED, ("2025-03-12", "2025-03-16", "week"), "relative"),
        ("Un échange aura lieu dans les jours à venir.", SUN, ("2025-12-21", "2025-12-28", "week"), "relative"),
        ("Il a parlé dans la soirée.", SUN, ("2025-12-21", "2025-12-21", "day"), "relative"),
        ("Moscou doit répondre sous 48 heures.", SUN, ("2025-12-21", "2025-12-23", "day"), "relative"),
        ("Ils se verront la première semaine de janvier 2026.", SUN, ("2026-01-01", "2026-01-07", "week"), "date"),
        ("Ils se sont vus dans la semaine du 15 décembre.", SUN, ("2025-12-15", "2025-12-21", "week"), "date"),
    ],
)
def test_french_relative_and_ranges(text: str, published: dt.date, expected: tuple, kind: str) -> None:
    expr = one(text, "fr", published)
    assert expr.kind == kind
    assert iv(expr) == expected
    has_year = re.search(r"(?:19|20)\d\d", text) is not None
    assert expr.interval.resolution == ("explicit" if has_year else "relative_to_publication")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Ils ont tenu des réunions pendant deux jours.", 2),
        ("Une délégation a passé trois jours en Floride.", 3),
        ("La réunion a duré pendant 48 heures.", 2),
        ("La réunion a duré moins de deux heures.", 1),
        ("Une visite de cinq jours.", 5),
        ("La séance a duré plus d'une heure.", 1),
        ("Un cessez-le-feu de 30 jours.", 30),
        ("Ils ont négocié durant une semaine.", 7),
        ("Ils ont négocié pendant sept jours.", 7),
    ],
)
def test_french_durations_are_not_dates(text: str, days: int) -> None:
    expr = one(text, "fr", SUN)
    assert expr.kind == "duration"
    assert expr.interval is None
    assert expr.days == days


@pytest.mark.parametrize(
    "text",
    [
        "Un cadre de paix en vingt points a été modifié.",
        "Un plan en 20 points.",
        "Des garanties pour une durée de 20 à 30 ans.",
        "Quelque 2 000 soldats ont été déployés.",
        "Une aide de 500 milliards de dollars.",
        "La résolution 2231 du Conseil de sécurité.",
        "Les 27 pays de l'Union ont été informés.",
        "Le texte a été adopté, il a été signé.",
        "Le sommet de 10h15 à 12h.",
        "Il a été reçu à 16 h.",
        "Cela fait 3 à 4 points de plus.",
        "Le rapport compte 2025 pages.",
        "Le lundi de Pâques et le Vendredi saint sont fériés.",
    ],
)
def test_french_number_traps_give_no_date(text: str) -> None:
    for expr in find_temporal(text, "fr", SUN):
        assert expr.interval is None, (text, expr)
        assert expr.kind == "duration"


# --------------------------------------------------------------------------- English


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        ("Officials met on Tuesday.", TUE, False, ("2025-02-18", "2025-02-18", "day")),
        ("Officials met on Monday.", TUE, False, ("2025-02-17", "2025-02-17", "day")),
        ("They will meet on Monday.", TUE, True, ("2025-02-24", "2025-02-24", "day")),
        ("They will meet Thursday.", TUE, True, ("2025-02-20", "2025-02-20", "day")),
        ("They met last Tuesday.", TUE, False, ("2025-02-11", "2025-02-11", "day")),
        ("They meet next Tuesday.", TUE, False, ("2025-02-25", "2025-02-25", "day")),
        ("He spoke by phone on Sunday night.", MON, False, ("2025-12-21", "2025-12-21", "day")),
        ("The talks were held on Dec. 20.", SUN, False, ("2025-12-20", "2025-12-20", "day")),
        ("The talks were held on December 20, 2025.", SUN, False, ("2025-12-20", "2025-12-20", "day")),
        ("The talks were held on 20 December.", SUN, False, ("2025-12-20", "2025-12-20", "day")),
        ("The deal was signed on Tuesday, Dec. 16.", SUN, False, ("2025-12-16", "2025-12-16", "day")),
        ("A memo dated 12/20/2025 circulated.", SUN, False, ("2025-12-20", "2025-12-20", "day")),
        ("It was agreed on the 3rd of March 2025.", SUN, False, ("2025-03-03", "2025-03-03", "day")),
        ("They met in August.", SUN, False, ("2025-08", "2025-08", "month")),
        ("They will meet in March.", SUN, True, ("2026-03", "2026-03", "month")),
        ("They met in March.", SUN, False, ("2025-03", "2025-03", "month")),
        ("They met in December.", SUN, False, ("2025-12", "2025-12", "month")),
        ("Talks began in May 2024.", SUN, False, ("2024-05", "2024-05", "month")),
        ("Russia's invasion in 2022.", SUN, False, ("2022", "2022", "year")),
        ("The truce began last summer.", SUN, False, ("2025-06", "2025-08", "month")),
        ("They met in the spring.", SUN, False, ("2025-03", "2025-05", "month")),
    ],
)
def test_english_dates(text: str, published: dt.date, future: bool, expected: tuple[str, str, str]) -> None:
    expr = one(text, "en", published, future)
    assert expr.kind in ("date", "relative")
    assert iv(expr) == expected


@pytest.mark.parametrize(
    ("text", "published", "future", "expected", "kind"),
    [
        ("They met yesterday.", SUN, False, ("2025-12-20", "2025-12-20", "day"), "relative"),
        ("They meet today.", SUN, False, ("2025-12-21", "2025-12-21", "day"), "relative"),
        ("They meet tomorrow.", SUN, True, ("2025-12-22", "2025-12-22", "day"), "relative"),
        ("They will meet next week.", SUN, True, ("2025-12-22", "2025-12-28", "week"), "relative"),
        ("They met last month.", SUN, False, ("2025-11", "2025-11", "month"), "relative"),
        ("They met this week.", WED, False, ("2025-03-10", "2025-03-16", "week"), "relative"),
        ("They met three days ago.", SUN, False, ("2025-12-18", "2025-12-18", "day"), "relative"),
        ("They meet in two weeks.", SUN, True, ("2025-12-29", "2026-01-04", "week"), "relative"),
        ("They met earlier this month.", SUN, False, ("2025-12-01", "2025-12-20", "month"), "relative"),
        ("They will meet in early January.", SUN, True, ("2026-01-01", "2026-01-10", "week"), "relative"),
        ("A deal is due at the end of the year.", SUN, True, ("2025-09", "2025-12", "month"), "relative"),
        ("A deal is due by the end of next month.", SUN, True, ("2026-01", "2026-01", "month"), "relative"),
        ("A deal is due at the end of next month.", SUN, True, ("2026-01-21", "2026-01-31", "week"), "relative"),
        ("Witkoff travels later this week.", WED, True, ("2025-03-12", "2025-03-16", "week"), "relative"),
        ("Fighting has eased since the start of the year.", SUN, False, ("2025-01-01", "2025-12-21", "day"), "relative"),
        ("Since Monday, mediators shuttled between them.", dt.date(2025, 10, 9), False, ("2025-10-06", "2025-10-09", "day"), "range"),
        ("They spoke over the weekend.", MON, False, ("2025-12-20", "2025-12-21", "day"), "date"),
        ("They speak this weekend.", WED, True, ("2025-03-15", "2025-03-16", "day"), "relative"),
        ("They met mid-December.", SUN, False, ("2025-12-11", "2025-12-20", "week"), "relative"),
        ("Talks ran from 10 to 14 March.", SUN, False, ("2025-03-10", "2025-03-14", "day"), "range"),
        ("Talks ran March 10-14.", SUN, False, ("2025-03-10", "2025-03-14", "day"), "range"),
        ("They will meet again from March 2 to 4.", dt.date(2026, 2, 16), True, ("2026-03-02", "2026-03-04", "day"), "range"),
        ("Talks ran from Dec. 28 to Jan. 2.", dt.date(2026, 1, 5), False, ("2025-12-28", "2026-01-02", "day"), "range"),
        ("Talks ran between Monday and Wednesday.", FRI, False, ("2026-03-09", "2026-03-11", "day"), "range"),
        ("They met on Monday and Tuesday.", dt.date(2025, 11, 26), False, ("2025-11-24", "2025-11-25", "day"), "range"),
        ("Talks ran on December 20 and 21.", SUN, False, ("2025-12-20", "2025-12-21", "day"), "range"),
        ("Talks continued in the past three days.", SUN, False, ("2025-12-18", "2025-12-21", "day"), "relative"),
        ("They talked this past weekend.", SUN, False, ("2025-12-20", "2025-12-21", "day"), "relative"),
        ("He travels in the first week of January.", SUN, True, ("2026-01-01", "2026-01-07", "week"), "date"),
        ("Talks resume the week of January 12.", SUN, True, ("2026-01-12", "2026-01-18", "week"), "date"),
        ("Contacts will continue in the days ahead.", SUN, True, ("2025-12-21", "2025-12-28", "week"), "relative"),
        ("A reply is expected within days.", SUN, True, ("2025-12-21", "2025-12-28", "week"), "relative"),
        ("A deal is expected by year-end.", SUN, True, ("2025", "2025", "year"), "relative"),
        ("Trump wants a deal by Christmas.", dt.date(2025, 12, 1), True, ("2025-12-01", "2025-12-25", "day"), "range"),
        ("They spoke at Christmas.", dt.date(2026, 1, 5), False, ("2025-12-25", "2025-12-25", "day"), "date"),
        ("The Istanbul talks of March-April 2022 failed.", SUN, False, ("2022-03", "2022-04", "month"), "range"),
        ("Elections could be delayed until autumn 2026.", SUN, True, ("2026-09", "2026-11", "month"), "date"),
        ("They talked Monday-Tuesday.", SUN, False, ("2025-12-15", "2025-12-16", "day"), "range"),
        ("Sanctions applied from 2014 to 2022.", SUN, False, ("2014", "2022", "year"), "range"),
    ],
)
def test_english_relative_and_ranges(text: str, published: dt.date, future: bool, expected: tuple, kind: str) -> None:
    expr = one(text, "en", published, future)
    assert expr.kind == kind
    assert iv(expr) == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Talks lasted for two days.", 2),
        ("The delegation spent three days in Florida.", 3),
        ("The sides spent five hours on the text.", 1),
        ("A 30-day ceasefire.", 30),
        ("A two-day visit.", 2),
        ("The call lasted more than 90 minutes.", 1),
        ("They talked for a week.", 7),
        ("Over 48 hours, nothing moved.", 2),
    ],
)
def test_english_durations_are_not_dates(text: str, days: int) -> None:
    expr = one(text, "en", SUN)
    assert expr.kind == "duration"
    assert expr.interval is None
    assert expr.days == days


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 soldiers were deployed.",
        "A $500 billion fund.",
        "Under Resolution 2231, sanctions return.",
        "A 28-point plan was presented.",
        "The plan has 20 points.",
        "Officials may meet, and march on.",
        "After the fall of Kabul, nothing changed.",
        "One day, he said, peace will come.",
        "Troops aged between 20 and 30 years.",
        "They meet twice a day.",
        "They had met the previous week.",
        "The talks start at noon, end at six.",
        "The Good Friday Agreement ended the conflict.",
        "The Sunday Times reported the plan.",
        "A delegation arrived a day earlier.",
        "He said it may take weeks.",
    ],
)
def test_english_number_traps_give_no_date(text: str) -> None:
    for expr in find_temporal(text, "en", SUN):
        assert expr.interval is None, (text, expr)
        assert expr.kind == "duration"


# --------------------------------------------------------------------------- resolution rules


def test_without_publication_relative_expressions_have_no_interval() -> None:
    found = find_temporal("Ils ont parlé mardi et se reverront le 20 décembre 2025.", "fr", None)
    assert [(e.text, e.interval is None) for e in found] == [("mardi", True), ("le 20 décembre 2025", False)]
    assert found[1].interval.resolution == "explicit"


def test_explicit_versus_relative_resolution() -> None:
    explicit = one("Signed on December 20, 2025.", "en", SUN)
    relative = one("Signed on December 20.", "en", SUN)
    assert explicit.interval.resolution == "explicit"
    assert relative.interval.resolution == "relative_to_publication"
    assert explicit.interval.raw == "on December 20, 2025"


def test_day_without_year_stays_near_publication() -> None:
    # a day a few days after publication in a past-tense sentence is still this year
    assert iv(one("Le sommet du 23 décembre.", "fr", SUN)) == ("2025-12-23", "2025-12-23", "day")
    # a day long after publication is last year's
    assert iv(one("Le sommet du 23 novembre.", "fr", dt.date(2025, 11, 1))) == ("2024-11-23", "2024-11-23", "day")
    # in a future sentence, a day just before publication is not pushed a year ahead
    assert iv(one("Ils se verront le 20 décembre.", "fr", SUN, future=True)) == ("2025-12-20", "2025-12-20", "day")
    assert iv(one("Ils se verront le 2 janvier.", "fr", SUN, future=True)) == ("2026-01-02", "2026-01-02", "day")


@settings(max_examples=200, deadline=None)
@given(
    published=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
    weekday=st.integers(min_value=0, max_value=6),
)
def test_weekday_rules_on_any_publication_day(published: dt.date, weekday: int) -> None:
    fr_name = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][weekday]
    en_name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    cases = [
        (fr_name, "fr", False, -6, 0),
        (fr_name, "fr", True, 0, 6),
        (f"{fr_name} prochain", "fr", False, 1, 7),
        (f"{fr_name} dernier", "fr", False, -7, -1),
        (f"on {en_name}", "en", False, -6, 0),
        (f"on {en_name}", "en", True, 0, 6),
        (f"next {en_name}", "en", False, 1, 7),
        (f"last {en_name}", "en", False, -7, -1),
    ]
    for text, lang, future, lo, hi in cases:
        expr = one(text, lang, published, future)
        day = expr.interval.first_day()
        assert day.weekday() == weekday
        assert lo <= (day - published).days <= hi, (text, published, future, day)


@settings(max_examples=100, deadline=None)
@given(published=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)), month=st.integers(1, 12))
def test_month_rules_on_any_publication_day(published: dt.date, month: int) -> None:
    name = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][month - 1]
    past = one(f"Ils se sont vus en {name}.", "fr", published).interval.first_day()
    coming = one(f"Ils se verront en {name}.", "fr", published, future=True).interval.first_day()
    this_month = published.replace(day=1)
    assert past.month == coming.month == month
    assert past <= this_month <= coming
    assert (this_month - past).days < 366 and (coming - this_month).days < 366
    if month == published.month:
        assert past == coming == this_month


# --------------------------------------------------------------------------- helpers of the API


def test_anchor_duration_ends_on_the_statement_day() -> None:
    interval = anchor_duration(2, dt.date(2025, 12, 20), "relative_to_publication")
    assert (interval.start, interval.end, interval.precision) == ("2025-12-19", "2025-12-20", "day")
    assert interval.resolution == "relative_to_publication"
    assert anchor_duration(1, SUN, "explicit").start == "2025-12-21"


def test_publication_fallback_says_so() -> None:
    fallback = publication_fallback(SUN)
    assert (fallback.start, fallback.end, fallback.precision) == ("2025-12-21", "2025-12-21", "day")
    assert fallback.resolution == "publication_fallback"
    unknown = publication_fallback(None)
    assert unknown.precision == "unknown" and unknown.start is None


def test_offsets_shift_spans() -> None:
    sentence = "Ils ont parlé hier."
    found = find_temporal(sentence, "fr", SUN, offset=100)
    assert found[0].span == (114, 118)
    assert found[0].text == "hier"


def test_language_tags_with_a_region_are_accepted() -> None:
    assert [e.text for e in find_temporal("Ils ont parlé hier.", "fr-FR", SUN)] == ["hier"]
    assert [e.text for e in find_temporal("They met yesterday.", "EN", SUN)] == ["yesterday"]


def test_unsupported_language_is_a_user_error() -> None:
    with pytest.raises(ValidationError, match="not supported for language 'pt'"):
        find_temporal("na terça-feira", "pt", SUN)


def test_numeric_dates_follow_the_language_order() -> None:
    assert iv(one("Le 03/04/2025.", "fr", SUN)) == ("2025-04-03", "2025-04-03", "day")
    assert iv(one("On 03/04/2025.", "en", SUN)) == ("2025-03-04", "2025-03-04", "day")
    # impossible in the language's order: the other order is the only reading
    assert iv(one("On 20/12/2025.", "en", SUN)) == ("2025-12-20", "2025-12-20", "day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("20 décembre 2025", "fr"),
        ("1er mars 2024", "fr"),
        ("16 mai 2025", "fr"),
        ("December 20, 2025", "en"),
        ("20 December 2025", "en"),
        ("Feb 18, 2025", "en"),
    ],
)
def test_explicit_dates_agree_with_dateparser(text: str, lang: str) -> None:
    """Our own arithmetic and dateparser read full dates the same way."""
    ours = one(text, lang, SUN).interval
    theirs = normalise_with_dateparser(text, lang, SUN, False)
    assert theirs is not None
    assert (ours.start, ours.precision) == (theirs.start, theirs.precision)


_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)), form=st.integers(0, 3))
def test_any_full_date_agrees_with_dateparser(day: dt.date, form: int) -> None:
    lang, text = [
        ("fr", f"{day.day} {_FR_MONTHS[day.month - 1]} {day.year}"),
        ("en", f"{_EN_MONTHS[day.month - 1]} {day.day}, {day.year}"),
        ("en", f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"),
        ("fr", f"{day.day:02d}/{day.month:02d}/{day.year}"),
    ][form]
    ours = one(text, lang, SUN).interval
    theirs = normalise_with_dateparser(text, lang, SUN, False)
    assert ours.start == day.isoformat()
    assert theirs is not None and (theirs.start, theirs.precision) == (ours.start, ours.precision)


def test_importing_the_module_does_not_import_dateparser() -> None:
    code = (
        "import sys, datetime\n"
        "from tracker.extract.temporal import find_temporal\n"
        "find_temporal('Ils ont parlé mardi.', 'fr', datetime.date(2025, 12, 21))\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- contract


def _check_contract(text: str, lang: str, published: dt.date | None, offset: int, future: bool) -> None:
    found = find_temporal(text, lang, published, offset=offset, future=future)
    previous_end = offset
    for expr in found:
        start, end = expr.span
        assert offset <= start < end <= offset + len(text)
        assert text[start - offset : end - offset] == expr.text
        assert start >= previous_end, "spans must be sorted and must not overlap"
        previous_end = end
        assert expr.kind in KINDS
        if expr.kind == "duration":
            assert expr.interval is None
            assert expr.days is None or expr.days >= 1
        if expr.interval is not None:
            interval = expr.interval
            assert isinstance(interval, DateInterval)
            assert interval.precision in PRECISIONS and interval.precision != "unknown"
            assert interval.resolution in ("explicit", "relative_to_publication")
            assert interval.first_day() <= interval.last_day()
            assert interval.raw == expr.text
            if published is None:
                assert interval.resolution == "explicit"
            # round trip through the log's serialisation
            assert DateInterval.from_dict(interval.to_dict()) == interval


_COMMON_FRAGMENTS = [
    "20/12/2025", "2025-12-20", "999 years ago", "dans 999 mois", "2,000", "2231", "31", " ", ",", "\n", "-",
]
_FR_FRAGMENTS = [
    "mardi", "mardi prochain", "le 20 décembre", "du 10 au 14 mars", "les 20 et 21 décembre", "en août",
    "au mois d'août", "pendant deux jours", "trois jours", "il y a 3 jours", "dans deux semaines", "hier",
    "la semaine prochaine", "fin novembre", "mi-décembre", "début 2026", "en 2025", "29 février",
    "31 avril", "lundi 31", "cet hiver", "de 20 à 30 ans", "depuis lundi", "avant la fin du mois de juin",
    "la première semaine de janvier", "du 31 janvier au 14 mai", "le", "et", "au", "de",
]
_EN_FRAGMENTS = [
    "on Tuesday", "next week", "Dec. 20", "December 20, 2025", "from 10 to 14 March", "March 10-14",
    "three days ago", "in two weeks", "earlier this month", "over the weekend", "five hours", "30-day",
    "2,000 soldiers", "Resolution 2231", "between Monday and Wednesday", "Feb. 29", "last winter",
    "the fall of", "by the end of the year", "since Monday", "the week of January 12", "May", "the",
    "and", "to", "of",
]


_UK_FRAGMENTS = [
    "у вівторок", "в суботу", "минулого четверга", "наступної п'ятниці", "15 серпня", "15 серпня 2025 року",
    "17-18 лютого", "з 17 по 18 лютого", "у серпні", "в лютому", "наступного тижня", "цього тижня",
    "наприкінці наступного тижня", "наприкінці серпня", "на початку червня", "два дні", "п'ять місяців",
    "за останні п'ять місяців", "протягом найближчих тижнів", "вчора", "завтра зранку", "напередодні",
    "через два тижні", "три дні тому", "у 2025 році", "лютий", "середа", "у", "в", "та", "з",
]


def _corpus_bodies(lang: str | None = None) -> list[tuple[str, str]]:
    out = []
    for path in sorted((REPO / "tests" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        body = text.split("---", 2)[2] if text.startswith("---") else text
        out.append((path.name.split("_", 1)[0], body))
    if SEED.exists():
        out.append(("fr", SEED.read_text(encoding="utf-8")))
    return [(code, body) for code, body in out if lang in (None, code)]


#: The property tests below are inherited by one class per language; the examples one class
#: saves are valid input for the other, so sharing Hypothesis' database between them is fine.
def _contract(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.differing_executors])


class TemporalContract:
    """What every language's patterns must satisfy; one subclass per language."""

    lang: str
    fragments: list[str]

    def check(self, text: str, published: dt.date | None, offset: int = 0, future: bool = False) -> None:
        _check_contract(text, self.lang, published, offset, future)

    @_contract(200)
    @given(
        data=st.data(),
        published=st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))),
        offset=st.integers(min_value=0, max_value=10_000),
        future=st.booleans(),
    )
    def test_contract_on_mixed_fragments(self, data, published, offset: int, future: bool) -> None:
        pieces = st.one_of(st.sampled_from(self.fragments + _COMMON_FRAGMENTS), st.text(max_size=12))
        parts = data.draw(st.lists(pieces, max_size=10))
        self.check(" ".join(parts), published, offset, future)

    @_contract(150)
    @given(text=st.text(max_size=80), future=st.booleans())
    def test_never_raises_on_random_text(self, text: str, future: bool) -> None:
        self.check(text, SUN, 0, future)

    def test_contract_on_corpus_articles(self) -> None:
        bodies = _corpus_bodies(self.lang)
        assert bodies
        for _lang, body in bodies:
            for future in (False, True):
                self.check(body, SUN, 7, future)
                self.check(body, None, 0, future)

    def test_gate_windows_lose_nothing_on_the_corpus(self) -> None:
        """Rules run only near their gate words; over the whole text they find the same."""
        for _lang, body in _corpus_bodies(self.lang):
            for future in (False, True):
                windowed = find_temporal(body, self.lang, SUN, future=future)
                assert windowed == find_temporal(body, self.lang, SUN, future=future, _scan_all=True)

    @_contract(150)
    @given(data=st.data())
    def test_gate_windows_lose_nothing_on_fragments(self, data) -> None:
        parts = data.draw(st.lists(st.sampled_from(self.fragments + _COMMON_FRAGMENTS + ["x" * 50, "lorem ipsum " * 6]), max_size=14))
        text = " ".join(parts)
        assert find_temporal(text, self.lang, SUN) == find_temporal(text, self.lang, SUN, _scan_all=True)

    def test_rules_are_named_once_and_gated_on_a_known_class(self) -> None:
        assert self.lang in SUPPORTED_LANGUAGES
        pack = language_pack(self.lang)
        assert pack.lang == self.lang
        names = [rule.name for rule in pack.rules]
        assert len(names) == len(set(names))
        classes = set().union(*pack.gate_words.values()) | {"year"}
        for rule in pack.rules:
            assert rule.gate in classes, rule.name
            assert rule.kind in KINDS, rule.name
            assert rule.resolver in RESOLVERS, rule.name


def test_every_resolver_has_a_shape_and_every_shape_a_resolver() -> None:
    """The kinds and gates the pack builder gives rules cover exactly the resolvers there are."""
    assert set(RESOLVER_SHAPES) == set(RESOLVERS)
    for kind, _gate in RESOLVER_SHAPES.values():
        assert kind in KINDS


def test_language_modules_hold_words_and_patterns_only() -> None:
    """Both languages are built by the one builder: no module carries its own pack or gates."""
    import importlib

    for lang in SUPPORTED_LANGUAGES:
        module = importlib.import_module(f"tracker.extract.lang.{lang}.temporal")
        assert not hasattr(module, "PACK") and not hasattr(module, "RULE_GATES")
        assert language_pack(lang).date_order == module.DATE_ORDER

    def test_every_fragment_is_found_whole(self) -> None:
        """Each sample expression of the language is recognised as one expression."""
        not_whole = {"31 avril", "lundi 31", "de 20 à 30 ans", "the fall of", "2,000 soldiers", "Resolution 2231"}
        for fragment in self.fragments:
            if len(fragment) <= 3 or fragment in not_whole:
                continue
            found = find_temporal(fragment, self.lang, SUN)
            assert [e.text for e in found] == [fragment]


class TestFrenchContract(TemporalContract):
    lang = "fr"
    fragments = _FR_FRAGMENTS


class TestEnglishContract(TemporalContract):
    lang = "en"
    fragments = _EN_FRAGMENTS


_RU_FRAGMENTS = [
    "в понедельник", "в минувшую субботу", "в прошлый четверг", "на следующей неделе", "накануне",
    "в августе", "17 и 18 февраля", "с 10 по 12 марта", "8 августа 2025 года", "в конце июня", "два дня",
    "около 6-7 часов", "в течение двух недель", "в ближайшие дни", "через три дня", "31 апреля", "и", "в", "по",
]


class TestRussianContract(TemporalContract):
    lang = "ru"
    fragments = _RU_FRAGMENTS
class TestUkrainianContract(TemporalContract):
    lang = "uk"
    fragments = _UK_FRAGMENTS
class TestGermanContract(TemporalContract):
    lang = "de"
    fragments = [
        "am Montag", "am kommenden Montag", "vergangenen Freitag", "Dienstagabend", "12. August",
        "am 15. August 2025", "vom 10. bis 14. März", "11.04.2025", "Ende August", "im März",
        "vergangene Woche", "in der kommenden Woche", "am Wochenende", "gestern", "morgen", "heute Abend",
        "vor drei Tagen", "in zwei Wochen", "zwei Tage", "im Herbst 2023", "seit Montag", "Anfang 2026",
    ]
_IT_FRAGMENTS = [
    "martedì", "martedì prossimo", "lunedì scorso", "il 20 dicembre", "dal 10 al 14 marzo", "ad agosto",
    "nel mese di agosto", "per due giorni", "tre giorni", "tre giorni fa", "tra due settimane", "ieri",
    "la prossima settimana", "la settimana scorsa", "fine novembre", "metà dicembre", "inizio 2026",
    "nel 2025", "29 febbraio", "31 aprile", "tra martedì e mercoledì", "26 NOV", "il 9 settembre scorso",
    "un piano in 20 punti", "quattro ore", "il", "e", "a", "di",
]


class TestItalianContract(TemporalContract):
    lang = "it"
    fragments = _IT_FRAGMENTS
_ES_FRAGMENTS = [
    "el lunes", "este martes", "el pasado viernes", "el próximo sábado", "el sábado pasado", "el 17 de septiembre",
    "del 10 al 14 de marzo", "11 nov", "en agosto", "a finales de agosto", "mediados de septiembre",
    "durante dos días", "42 días", "hace tres días", "dentro de dos semanas", "ayer", "pasado mañana",
    "la próxima semana", "la semana pasada", "en los próximos días", "en las próximas horas", "en 2025",
    "el sábado 26 de abril", "este viernes 31 de enero", "el", "de", "y",
]


class TestSpanishContract(TemporalContract):
    lang = "es"
    fragments = _ES_FRAGMENTS


def test_every_supported_language_has_a_contract_suite() -> None:
    assert {cls.lang for cls in TemporalContract.__subclasses__()} == set(SUPPORTED_LANGUAGES)


def test_start_and_end_need_of_before_a_month() -> None:
    expr = one("The talks start March 3 in Geneva.", "en", SUN, future=True)
    assert (expr.text, iv(expr)) == ("March 3", ("2026-03-03", "2026-03-03", "day"))
    expr = one("Talks resume at the start of March.", "en", SUN, future=True)
    assert iv(expr) == ("2026-03-01", "2026-03-10", "week")


def test_possessive_weekday_span_stops_at_the_name() -> None:
    expr = one("Officials reviewed Sunday's talks.", "en", MON)
    assert expr.text == "Sunday"
    assert iv(expr) == ("2025-12-21", "2025-12-21", "day")


def test_many_expressions_stay_linear() -> None:
    """Thousands of expressions in one text are all found, in order (timed in bench/temporal_speed.py)."""
    text = "Il a parlé mardi, puis jeudi. " * 2000
    found = find_temporal(text, "fr", SUN)
    assert len(found) == 4000
    assert [e.span for e in found] == sorted(e.span for e in found)
