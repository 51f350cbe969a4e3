"""Spanish extraction rules, one test per construction, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import LANGUAGES, extract_events
from tracker.extract.lang.es.events import unaccent
from tracker.extract.lang.es.mentions import inflect, plural
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.temporal import find_temporal

PUB = dt.date(2026, 3, 20)  # a Friday


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, published: dt.date | None = PUB) -> list[EventDraft]:
    return extract_events(Article(text=text, lang="es", published=published), registry)


def of_type(events: list[EventDraft], kind: str) -> list[EventDraft]:
    return [e for e in events if e.type == kind]


def only(events: list[EventDraft], kind: str) -> EventDraft:
    found = of_type(events, kind)
    assert len(found) == 1, [(e.type, e.summary) for e in events]
    return found[0]


def actor_ids(e: EventDraft, role: str | None = None) -> set[str]:
    return {p.actor_id for p in e.participants if role is None or p.role == role}


def span(e: EventDraft) -> tuple[str | None, str | None]:
    return e.date.start, e.date.end


# --------------------------------------------------------------------------- registration, helpers


def test_spanish_is_registered() -> None:
    assert "es" in LANGUAGES
    assert LANGUAGES["es"].temporal.dateparser_language == "es"


def test_demonyms_inflect_for_gender_and_number() -> None:
    assert inflect("ucraniano") == ["ucraniano", "ucranianos", "ucraniana", "ucranianas"]
    assert inflect("iraní", "iraní") == ["iraní", "iraníes"]
    assert inflect("sudanés", "sudanesa") == ["sudanés", "sudaneses", "sudanesa", "sudanesas"]
    assert plural("estadounidense") == "estadounidenses"


def test_accented_vowels_also_match_without_their_accent() -> None:
    import re

    pattern = re.compile(unaccent(r"\bse reunió[áé]"))
    assert pattern.pattern == r"\bse reuni[óo][áé]"  # a character class is left as written
    assert pattern.search("se reunio" + "á") and pattern.search("se reunió" + "é")
    assert not pattern.search("se reunia" + "á")


# --------------------------------------------------------------------------- meetings


def test_reflexive_preterite_meeting_with_place_between_verb_and_partner(registry: ActorRegistry) -> None:
    events = run(registry, "El enviado Richard Grenell se reunió el miércoles en Caracas con Nicolás Maduro.")
    e = only(events, "meeting_held")
    assert e.modality == "occurred"
    assert {"richard-grenell", "nicolas-maduro"} <= actor_ids(e)
    assert e.location is not None and e.location.name == "Caracas"
    assert span(e) == ("2026-03-18", "2026-03-18")


def test_reflexive_future_is_a_planned_meeting(registry: ActorRegistry) -> None:
    events = run(registry, "Marco Rubio se reunirá el próximo martes en Ginebra con Andrii Yermak.")
    e = only(events, "meeting_planned")
    assert e.modality == "planned"
    assert span(e) == ("2026-03-24", "2026-03-24")
    assert {"marco-rubio", "andriy-yermak"} <= actor_ids(e)


def test_support_verb_and_talks_noun(registry: ActorRegistry) -> None:
    events = run(registry, "Serguéi Lavrov mantuvo ayer una larga reunión con Hakan Fidan en Ankara.")
    e = only(events, "meeting_held")
    assert span(e) == ("2026-03-19", "2026-03-19")
    assert e.location is not None and e.location.name == "Ankara"


def test_conditional_in_reported_speech_is_planned(registry: ActorRegistry) -> None:
    events = run(
        registry,
        "Marco Rubio se reunió el domingo en Ginebra con Andrii Yermak. "
        "Rubio adelantó que las delegaciones se reunirían de nuevo en las próximas horas.",
    )
    planned = of_type(events, "meeting_planned")
    assert planned and planned[0].modality == "planned"
    assert {"marco-rubio", "andriy-yermak"} <= actor_ids(planned[0])


def test_could_makes_a_possible_meeting(registry: ActorRegistry) -> None:
    events = run(registry, "Donald Trump y Xi Jinping podrían reunirse en octubre durante la cumbre de Gyeongju.")
    e = only(events, "meeting_planned")
    assert e.modality == "possible"
    assert {"donald-trump", "xi-jinping"} <= actor_ids(e)


def test_past_weekday_with_pasado(registry: ActorRegistry) -> None:
    events = run(registry, "Los negociadores ucranianos y rusos se reunieron el pasado lunes en Estambul.")
    e = only(events, "meeting_held")
    assert span(e) == ("2026-03-16", "2026-03-16")
    assert e.location is not None and e.location.name == "Istanbul"


def test_receiving_a_guest_is_a_meeting(registry: ActorRegistry) -> None:
    events = run(registry, "El presidente turco, Recep Tayyip Erdogan, recibió este jueves a Volodímir Zelenski en Ankara.")
    e = only(events, "meeting_held")
    assert {"recep-tayyip-erdogan", "volodymyr-zelensky"} <= actor_ids(e)
    assert span(e) == ("2026-03-19", "2026-03-19")


# --------------------------------------------------------------------------- statements


def test_postposed_speaker_after_a_quote(registry: ActorRegistry) -> None:
    events = run(registry, "“Las conversaciones fueron útiles”, dijo el jueves Dmitri Peskov.")
    e = only(events, "statement_issued")
    assert actor_ids(e, "speaker") == {"dmitry-peskov"}


def test_dropped_subject_takes_the_last_named_speaker(registry: ActorRegistry) -> None:
    events = run(
        registry,
        "Andrii Sibiga habló ante la prensa en Kiev. Más tarde afirmó en un mensaje que Ucrania no cederá territorio.",
    )
    speakers = {a for e in of_type(events, "statement_issued") for a in actor_ids(e, "speaker")}
    assert "andrii-sybiha" in speakers


def test_title_apposition_then_speech_verb(registry: ActorRegistry) -> None:
    events = run(registry, "El ministro de Asuntos Exteriores de Omán, Badr Albusaidi, declaró que las dos partes avanzan.")
    e = only(events, "statement_issued")
    assert actor_ids(e, "speaker") == {"badr-albusaidi"}


def test_communique_statement_with_channel(registry: ActorRegistry) -> None:
    events = run(registry, "En un comunicado publicado en Telegram, el Kremlin calificó de inútil la propuesta europea.")
    statements = of_type(events, "statement_issued")
    assert statements
    assert any("side:RU" in actor_ids(e) or "kremlin" in actor_ids(e) for e in statements)


def test_negated_speech_is_no_statement(registry: ActorRegistry) -> None:
    events = run(registry, "El Kremlin no comentó el anuncio de Washington.")
    assert not of_type(events, "statement_issued")


# --------------------------------------------------------------------------- visits, calls, reports


def test_arrival_is_a_visit(registry: ActorRegistry) -> None:
    events = run(registry, "Steve Witkoff llegó este miércoles a Moscú.")
    e = only(events, "visit")
    assert e.modality == "occurred"
    assert span(e) == ("2026-03-18", "2026-03-18")
    assert e.location is not None and e.location.name == "Moscow"


def test_future_trip_on_a_weekday_is_planned_and_ahead(registry: ActorRegistry) -> None:
    events = run(registry, "Steve Witkoff viajará el domingo a Moscú.")
    e = only(events, "visit")
    assert e.modality == "planned"
    assert span(e) == ("2026-03-22", "2026-03-22")


def test_phone_call_noun_with_support_verb(registry: ActorRegistry) -> None:
    events = run(registry, "Emmanuel Macron mantuvo el martes una conversación telefónica con Volodímir Zelenski.")
    e = only(events, "phone_call")
    assert {"emmanuel-macron", "volodymyr-zelensky"} <= actor_ids(e)
    assert span(e) == ("2026-03-17", "2026-03-17")
    assert not of_type(events, "meeting_held")


def test_report_to_the_president(registry: ActorRegistry) -> None:
    events = run(registry, "Kiril Dmítriev informará al presidente Vladímir Putin de los resultados.")
    e = only(events, "report_to_leader")
    assert e.modality == "planned"


# --------------------------------------------------------------------------- proposals and agreements


def test_impersonal_se_passive_agreement(registry: ActorRegistry) -> None:
    events = run(registry, "Catar anunció el miércoles que se ha alcanzado un alto el fuego entre Israel y Hamás.")
    e = only(events, "agreement_reached")
    assert e.modality == "occurred"
    assert {"side:IL", "hamas"} <= actor_ids(e)


def test_pluperfect_agreement_with_a_month(registry: ActorRegistry) -> None:
    events = run(registry, "Rusia y Ucrania habían acordado en enero un canje de prisioneros.")
    e = of_type(events, "agreement_reached")
    assert e and span(e[0]) == ("2026-01", "2026-01")


def test_agreeing_to_meet_again_is_a_plan_not_an_agreement(registry: ActorRegistry) -> None:
    events = run(registry, "Ambas partes acordaron reunirse de nuevo en Omán la próxima semana.")
    assert not of_type(events, "agreement_reached")
    e = only(events, "meeting_planned")
    assert span(e) == ("2026-03-23", "2026-03-29")


def test_rejection_of_a_proposal(registry: ActorRegistry) -> None:
    events = run(registry, "Moscú rechazó el martes la propuesta europea de alto el fuego.")
    e = only(events, "proposal_rejected")
    assert "side:RU" in actor_ids(e)


def test_plan_presented_by(registry: ActorRegistry) -> None:
    events = run(registry, "El plan de paz de 28 puntos presentado por Donald Trump sigue en discusión.")
    e = only(events, "proposal_presented")
    assert "donald-trump" in actor_ids(e)
    assert "28" in e.summary and "plan" in e.summary


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("el lunes", False, ("2026-03-16", "2026-03-16")),
        ("el lunes", True, ("2026-03-23", "2026-03-23")),
        ("el pasado viernes", False, ("2026-03-13", "2026-03-13")),
        ("el próximo martes", False, ("2026-03-24", "2026-03-24")),
        ("el sábado pasado", True, ("2026-03-14", "2026-03-14")),
        ("este viernes", False, ("2026-03-20", "2026-03-20")),
        ("el sábado 25 de abril", True, ("2026-04-25", "2026-04-25")),
        ("17 de septiembre", True, ("2026-09-17", "2026-09-17")),
        ("a finales de agosto", True, ("2026-08-21", "2026-08-31")),
        ("la próxima semana", False, ("2026-03-23", "2026-03-29")),
        ("anteayer", False, ("2026-03-18", "2026-03-18")),
    ],
)
def test_spanish_date_expressions(text: str, future: bool, expected: tuple[str, str]) -> None:
    found = find_temporal(f"Ocurrió {text}.", "es", PUB, future=future)
    assert found, text
    interval = found[0].interval
    assert interval is not None
    assert (interval.start, interval.end) == expected


def test_the_weekday_of_publication_is_the_publication_day() -> None:
    found = find_temporal("Lo anunció este viernes.", "es", PUB)
    assert found[0].interval is not None and found[0].interval.start == "2026-03-20"


def test_durations_are_not_dates() -> None:
    for text in ("una tregua de 42 días", "durante 411 días", "más de dos años en guerra"):
        for expr in find_temporal(text, "es", PUB):
            assert expr.kind == "duration", (text, expr)
            assert expr.interval is None


# --------------------------------------------------------------------------- statement places


def test_a_statement_takes_the_place_right_after_its_verb(registry: ActorRegistry) -> None:
    events = run(registry, "Marco Rubio declaró el martes en Ginebra que las conversaciones seguirán en Moscú.")
    e = only(events, "statement_issued")
    assert e.location is not None and e.location.name == "Geneva"


def test_a_place_inside_what_was_said_is_not_where_it_was_said(registry: ActorRegistry) -> None:
    events = run(registry, "Marco Rubio declaró que las conversaciones seguirán en Moscú.")
    e = only(events, "statement_issued")
    assert e.location is None


# --------------------------------------------------------------------------- mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La delegación rusa llegó anoche.", {("delegación rusa", "delegation:RU")}),
        ("Los negociadores ucranianos respondieron.", {("negociadores ucranianos", "delegation:UA")}),
        ("Las autoridades sudanesas callaron.", {("autoridades sudanesas", "side:SD")}),
        ("La parte iraní aceptó.", {("parte iraní", "side:IR")}),
        ("El Kremlin respondió.", {("Kremlin", "side:RU")}),
        ("La Casa Blanca respondió.", {("Casa Blanca", "side:US")}),
        ("EE.UU. y Rusia hablaron.", {("EE.UU.", "side:US"), ("Rusia", "side:RU")}),
        ("EUA y Ucrania avanzan.", {("EUA", "side:US"), ("Ucrania", "side:UA")}),
        ("El canciller ruso, Serguéi Lavrov, habló.", {("Serguéi Lavrov", "sergei-lavrov")}),
    ],
)
def test_spanish_mentions(registry: ActorRegistry, text: str, expected: set[tuple[str, str]]) -> None:
    from tracker.extract.mentions import find_mentions

    found = {(text[m.span[0] : m.span[1]], m.actor_id) for m in find_mentions(text, "es", registry)}
    assert expected <= found


def test_este_weekday_is_past_or_ahead_by_the_tense(registry: ActorRegistry) -> None:
    events = run(
        registry,
        "Marco Rubio y Serguéi Lavrov se reunieron este martes en Riad. "
        "Steve Witkoff y Kiril Dmítriev se reunirán este martes en Miami.",
    )
    assert span(only(events, "meeting_held")) == ("2026-03-17", "2026-03-17")
    assert span(only(events, "meeting_planned")) == ("2026-03-24", "2026-03-24")
