"""How the extractor dates events: durations, relative days and statements told after a
meeting. Sentences written for these tests, about several negotiations."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry

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


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Une délégation serbe a passé deux jours à Bruxelles pour rencontrer des responsables européens.", "fr"),
        ("A Sudanese army delegation spent two days in Jeddah to meet Saudi and U.S. mediators.", "en"),
    ],
)
def test_a_stay_made_to_meet_dates_the_meeting(registry: ActorRegistry, text: str, lang: str) -> None:
    meeting = one(run(registry, text, lang), "meeting_held")
    assert span(meeting) == ("2025-03-13", "2025-03-14")
    assert meeting.date.resolution == "relative_to_publication"


# --------------------------------------------------------------------------- days told relative to the story


def test_a_day_earlier_counts_from_the_meeting_day(registry: ActorRegistry) -> None:
    text = "Lavrov met Rubio in Riyadh on Tuesday. A day earlier, Rubio had spoken by phone with Andriy Yermak."
    call = one(run(registry, text), "phone_call")
    assert span(call) == ("2025-03-10", "2025-03-10")


def test_la_veille_counts_from_the_day_told_before(registry: ActorRegistry) -> None:
    text = (
        "Les délégations se sont retrouvées mercredi à Abou Dhabi. "
        "La veille, Nikol Pachinian avait téléphoné à Ilham Aliev."
    )
    call = one(run(registry, text, "fr"), "phone_call")
    assert span(call) == ("2025-03-11", "2025-03-11")


def test_le_lendemain_and_days_later_count_forward_from_an_explicit_date(registry: ActorRegistry) -> None:
    fr = "Emmanuel Macron a reçu Volodymyr Zelensky le 3 mars à Paris. Le lendemain, Zelensky a déclaré que la rencontre avait été utile."
    statement = one(run(registry, fr, "fr"), "statement_issued")
    assert span(statement) == ("2025-03-04", "2025-03-04")
    en = "Keir Starmer hosted Zelensky in London on March 2. Two days later, Zelensky said the talks had been useful."
    statement = one(run(registry, en), "statement_issued")
    assert span(statement) == ("2025-03-04", "2025-03-04")


def test_the_day_before_without_a_told_day_is_not_invented(registry: ActorRegistry) -> None:
    call = one(run(registry, "The day before, Marco Rubio had spoken by phone with Andriy Yermak."), "phone_call")
    assert call.date.resolution == "publication_fallback"


def test_a_date_opening_the_sentence_dates_the_main_clause_not_the_reported_one(registry: ActorRegistry) -> None:
    events = run(registry, "Mardi, Dmitri Peskov a déclaré que Vladimir Poutine rencontrerait Donald Trump.", "fr")
    assert span(one(events, "statement_issued")) == ("2025-03-11", "2025-03-11")
    assert one(events, "meeting_planned").date.resolution == "publication_fallback"


# --------------------------------------------------------------------------- statements made at a meeting


@pytest.mark.parametrize(
    "text, lang, day",
    [
        ("Lavrov met Rubio in Riyadh on Tuesday. After the meeting, Rubio told reporters that both sides would restore embassies.", "en", "2025-03-11"),
        ("Ilham Aliyev and Nikol Pashinyan met in Abu Dhabi on Thursday. Speaking after the talks, Aliyev said the treaty was ready.", "en", "2025-03-13"),
        ("Sergueï Lavrov a rencontré Marco Rubio mardi à Riyad. À l'issue de la rencontre, Lavrov a déclaré que le dialogue était utile.", "fr", "2025-03-11"),
    ],
)
def test_statement_after_a_dated_meeting_takes_its_day(registry: ActorRegistry, text: str, lang: str, day: str) -> None:
    statement = one(run(registry, text, lang), "statement_issued")
    assert span(statement) == (day, day)
    assert statement.date.resolution == "relative_to_publication"


def test_statement_in_the_next_sentence_without_a_cue_keeps_the_publication_fallback(registry: ActorRegistry) -> None:
    text = "Lavrov met Rubio in Riyadh on Tuesday. Rubio said the sanctions would stay."
    statement = one(run(registry, text), "statement_issued")
    assert statement.date.resolution == "publication_fallback"


def test_la_veille_finds_the_day_of_the_scene_a_paragraph_back(registry: ActorRegistry) -> None:
    text = (
        "Le Soudan et les Émirats arabes unis ont conclu mercredi un accord humanitaire. "
        "Le texte prévoit l'ouverture de trois corridors. Les convois partiront de Port-Soudan. "
        "Les agences de l'ONU ont salué une avancée. "
        "La veille, Sergueï Lavrov s'était entretenu avec Marco Rubio à Genève."
    )
    meeting = one(run(registry, text, "fr"), "meeting_held")
    assert span(meeting) == ("2025-03-11", "2025-03-11")


def test_dates_inside_a_quote_do_not_date_the_statement(registry: ActorRegistry) -> None:
    text = '"We are closer than we were in August," Ilham Aliyev told reporters.'
    statement = one(run(registry, text), "statement_issued")
    assert statement.date.resolution == "publication_fallback"


def test_talks_lasting_two_days_last_week_fall_in_last_week(registry: ActorRegistry) -> None:
    text = "Armenian and Azerbaijani officials ended two days of talks in Abu Dhabi last week without an agreement."
    meeting = one(run(registry, text), "meeting_held")
    assert span(meeting) == ("2025-03-03", "2025-03-09")


def test_a_session_told_in_a_later_scene_is_not_merged_into_an_older_meeting(registry: ActorRegistry) -> None:
    text = (
        "Rubio and Lavrov first met in Riyadh in February. "
        "They met again in Istanbul on Thursday. "
        "Rubio told reporters after the session that progress had been made."
    )
    statement = one(run(registry, text), "statement_issued")
    assert span(statement) == ("2025-03-13", "2025-03-13")


@pytest.mark.parametrize(
    "text, lang, day",
    [
        ("Emmanuel Macron hosted Volodymyr Zelensky in Paris on Tuesday. Zelensky told reporters afterwards that the talks would go on.", "en", "2025-03-11"),
        ("Marco Rubio met Andriy Yermak in Jeddah on Tuesday. The talks ran late into the night. Rubio told reporters the ball was in Moscow's court.", "en", "2025-03-11"),
        ("Emmanuel Macron a reçu Volodymyr Zelensky mardi à Paris. Zelensky a ensuite déclaré à la presse que la réunion avait été utile.", "fr", "2025-03-11"),
    ],
)
def test_a_remark_to_the_press_right_after_a_meeting_takes_its_day(registry: ActorRegistry, text: str, lang: str, day: str) -> None:
    statements = [e for e in run(registry, text, lang) if e.type == "statement_issued"]
    assert statements and all(span(s) == (day, day) for s in statements)
    assert all(s.date.resolution == "relative_to_publication" for s in statements)


def test_a_remark_to_the_press_far_from_any_meeting_keeps_the_fallback(registry: ActorRegistry) -> None:
    text = "Marco Rubio told reporters the ball was in Moscow's court."
    assert one(run(registry, text), "statement_issued").date.resolution == "publication_fallback"


def test_the_day_a_meeting_was_ruled_out_is_not_its_date(registry: ActorRegistry) -> None:
    text = "A meeting between Sergei Lavrov and Andrii Sybiha, floated by Ankara last month, was ruled out by the Kremlin on Friday."
    ruled_out = one(run(registry, text), "meeting_planned")
    assert ruled_out.modality == "denied"
    assert ruled_out.date.resolution == "publication_fallback"


def test_a_long_awaited_meeting_told_in_the_imperfect_was_held(registry: ActorRegistry) -> None:
    text = "Le palais de Dolmabahçe accueillait mercredi une rencontre attendue depuis trois ans entre Sergueï Lavrov et Andriï Sybiha."
    meeting = one(run(registry, text, "fr"), "meeting_held")
    assert span(meeting) == ("2025-03-12", "2025-03-12")
