"""Ukrainian extraction, one construction per test.

Sentences are written for these tests (never taken from the corpus); the names are facts of
the actor registry. Publication dates are chosen so weekdays resolve unambiguously: Wednesday
2025-08-13 unless said otherwise.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions import find_mentions
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.temporal import find_temporal
from tracker.langid import detect_language

WED = dt.date(2025, 8, 13)


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def events(text: str, registry: ActorRegistry, published: dt.date = WED) -> list[EventDraft]:
    return extract_events(Article(text=text, lang="uk", published=published), registry)


def one(text: str, registry: ActorRegistry, type_: str, published: dt.date = WED) -> EventDraft:
    found = [e for e in events(text, registry, published) if e.type == type_]
    assert len(found) == 1, (type_, [(e.type, e.summary) for e in events(text, registry, published)])
    return found[0]


def ids(e: EventDraft, role: str | None = None) -> set[str]:
    return {p.actor_id for p in e.participants if role is None or p.role == role}


def span(e: EventDraft) -> tuple[str | None, str | None]:
    return e.date.start, e.date.end


def when(text: str, future: bool = False, published: dt.date = WED) -> list[tuple[str, str | None, str | None, str | None, int | None]]:
    out = []
    for t in find_temporal(text, "uk", published, future=future):
        iv = t.interval
        out.append((t.text, t.kind, iv.start if iv else None, iv.end if iv else None, t.days))
    return out


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text, future, expected",
    [
        # dateparser misses every weekday after у/в: the rules resolve them
        ("у вівторок", False, ("2025-08-12", "2025-08-12")),
        ("в п'ятницю", False, ("2025-08-08", "2025-08-08")),
        ("у п’ятницю", True, ("2025-08-15", "2025-08-15")),
        # the publication's own weekday is the publication day, not a week back
        ("у середу", False, ("2025-08-13", "2025-08-13")),
        # a direction word takes the genitive
        ("минулого четверга", False, ("2025-08-07", "2025-08-07")),
        ("минулої суботи", False, ("2025-08-09", "2025-08-09")),
        ("наступного понеділка", True, ("2025-08-18", "2025-08-18")),
        ("наступного тижня", True, ("2025-08-18", "2025-08-24")),
        ("минулого тижня", False, ("2025-08-04", "2025-08-10")),
        ("на цьому тижні", False, ("2025-08-11", "2025-08-17")),
        # locative months are unknown to dateparser
        ("у серпні", False, ("2025-08", "2025-08")),
        ("в лютому", False, ("2025-02", "2025-02")),
        ("у вересні", True, ("2025-09", "2025-09")),
        # a day and a month: the tense chooses the year around publication
        ("15 серпня", True, ("2025-08-15", "2025-08-15")),
        ("12 квітня 2026 року", False, ("2026-04-12", "2026-04-12")),
        ("з 17 по 18 лютого", False, ("2025-02-17", "2025-02-18")),
        ("17 і 18 лютого", False, ("2025-02-17", "2025-02-18")),
        ("наприкінці наступного тижня", True, ("2025-08-21", "2025-08-24")),
        ("на початку вересня", True, ("2025-09-01", "2025-09-10")),
        ("вчора ввечері", False, ("2025-08-12", "2025-08-12")),
        ("післязавтра", True, ("2025-08-15", "2025-08-15")),
        ("три дні тому", False, ("2025-08-10", "2025-08-10")),
    ],
)
def test_dates_resolve_against_publication(text: str, future: bool, expected: tuple[str, str]) -> None:
    found = when(text, future)
    assert [(t, s, e) for t, _, s, e, _ in found] == [(text, *expected)]


def test_this_week_before_a_future_verb_is_what_is_left_of_it() -> None:
    found = when("Посланець цього тижня проведе нову зустріч.", True)
    assert [(t, s, e) for t, _, s, e, _ in found] == [("цього тижня", "2025-08-13", "2025-08-17")]


@pytest.mark.parametrize("text, days", [("два дні", 2), ("п'ять місяців", 150), ("за останні три тижні", 21), ("протягом двох днів", 2)])
def test_durations_are_never_dates(text: str, days: int) -> None:
    assert when(text) == [(text, "duration", None, None, days)]


@pytest.mark.parametrize("text", ["лютий мороз", "в середовищі", "середа проживання", "314 полоненими", "план з 20 пунктів"])
def test_words_that_look_like_dates_are_not(text: str) -> None:
    assert [t for t in when(text) if t[1] != "duration"] == []


def test_the_day_before_counts_from_the_day_told(registry: ActorRegistry) -> None:
    text = "У вівторок делегації України та США зустрілися в Женеві. Напередодні Умєров поговорив телефоном з Віткоффом."
    call = one(text, registry, "phone_call")
    assert span(call) == ("2025-08-11", "2025-08-11")
    assert ids(call) >= {"rustem-umerov", "steve-witkoff"}


def test_the_evening_is_the_evening_of_the_day_told(registry: ActorRegistry) -> None:
    text = "У понеділок Умєров зустрівся з Віткоффом у Стамбулі. Увечері Умєров доповів президенту Володимиру Зеленському."
    report = one(text, registry, "report_to_leader")
    assert span(report) == ("2025-08-11", "2025-08-11")


# --------------------------------------------------------------------------- every event type


def test_meeting_in_the_feminine_past_with_a_declined_place(registry: ActorRegistry) -> None:
    e = one("Прем’єрка Юлія Свириденко у четвер зустрілася з Марко Рубіо у Вашингтоні.", registry, "meeting_held")
    assert ids(e) >= {"yulia-svyrydenko", "marco-rubio"}
    assert e.modality == "occurred" and span(e) == ("2025-08-07", "2025-08-07")
    assert e.location is not None and e.location.name == "Washington"


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Делегації України та Росії провели переговори у Стамбулі.", "Istanbul"),
        ("Делегації України та США зустрілися в Абу-Дабі.", "Abu Dhabi"),
        ("Делегації України та США розпочали зустріч у Джидді.", "Jeddah"),
        ("Делегації України та Росії вели переговори в Женеві.", "Geneva"),
    ],
)
def test_talks_in_a_declined_place(registry: ActorRegistry, sentence: str, place: str) -> None:
    e = one(sentence, registry, "meeting_held")
    assert e.location is not None and e.location.name == place
    assert len({p.side for p in e.participants}) == 2


def test_talks_that_took_place_name_their_parties_in_the_genitive(registry: ActorRegistry) -> None:
    e = one("У вівторок у Женеві відбулася зустріч української та американської делегацій.", registry, "meeting_held")
    assert {p.side for p in e.participants} == {"UA", "US"}
    assert span(e) == ("2025-08-12", "2025-08-12")


def test_future_meeting_is_planned_and_dated(registry: ActorRegistry) -> None:
    e = one("Віткофф і Дмитрієв зустрінуться в Маямі у п'ятницю.", registry, "meeting_planned")
    assert e.modality == "planned" and span(e) == ("2025-08-15", "2025-08-15")
    assert ids(e) >= {"steve-witkoff", "kirill-dmitriev"}


def test_will_take_place_on_a_date(registry: ActorRegistry) -> None:
    e = one("Зустріч Зеленського і Трампа відбудеться 15 серпня.", registry, "meeting_planned")
    assert ids(e) >= {"volodymyr-zelensky", "donald-trump"} and span(e) == ("2025-08-15", "2025-08-15")


def test_phone_call_told_as_a_call_or_as_speaking_by_phone(registry: ActorRegistry) -> None:
    a = one("Зеленський провів телефонну розмову з Макроном у понеділок.", registry, "phone_call")
    assert ids(a) >= {"volodymyr-zelensky", "emmanuel-macron"} and span(a) == ("2025-08-11", "2025-08-11")
    b = one("Сибіга і Фідан поговорили телефоном.", registry, "phone_call")
    assert ids(b) >= {"andrii-sybiha", "hakan-fidan"}


@pytest.mark.parametrize(
    "sentence, actor, place",
    [
        ("Каллас прибула до Києва вчора.", "kaja-kallas", "Kyiv"),
        ("Фідан прилетів до Москви минулої суботи.", "hakan-fidan", "Moscow"),
    ],
)
def test_arrivals_are_visits(registry: ActorRegistry, sentence: str, actor: str, place: str) -> None:
    e = one(sentence, registry, "visit")
    assert ids(e, "visitor") == {actor} and e.location is not None and e.location.name == place


def test_report_to_the_leader_in_the_dative(registry: ActorRegistry) -> None:
    e = one("Умєров доповість президенту Володимиру Зеленському про результати.", registry, "report_to_leader")
    assert e.modality == "planned"
    assert ids(e, "reporter") == {"rustem-umerov"} and ids(e, "leader") == {"volodymyr-zelensky"}


@pytest.mark.parametrize("sentence", ["Віткофф представив мирний план.", "Віткофф запропонував новий план перемир'я."])
def test_proposals_and_their_english_summary(registry: ActorRegistry, sentence: str) -> None:
    e = one(sentence, registry, "proposal_presented")
    assert ids(e, "proposer") == {"steve-witkoff"}
    assert "plan" in e.summary and not re.search("[а-яіїєґ]", e.summary, re.IGNORECASE)


@pytest.mark.parametrize("sentence", ["Кремль відхилив пропозицію Києва.", "Москва відкинула американський план."])
def test_rejections(registry: ActorRegistry, sentence: str) -> None:
    e = one(sentence, registry, "proposal_rejected")
    assert {p.side for p in e.participants} == {"RU"}


def test_will_not_agree_to_a_demand_is_a_rejection(registry: ActorRegistry) -> None:
    e = one("Зеленський заявив, що Україна не погодиться на передачу територій.", registry, "proposal_rejected")
    assert "UA" in {p.side for p in e.participants}


@pytest.mark.parametrize(
    "sentence",
    [
        "Україна та Росія домовилися про обмін полоненими.",
        "Україна та Росія досягли домовленості про перемир'я.",
        "Україна та Росія підписали угоду про обмін тілами.",
    ],
)
def test_agreements(registry: ActorRegistry, sentence: str) -> None:
    e = one(sentence, registry, "agreement_reached")
    assert {p.side for p in e.participants} == {"UA", "RU"} and e.modality == "occurred"


# --------------------------------------------------------------------------- modality


@pytest.mark.parametrize(
    "sentence, modality",
    [
        ("Наступного тижня у Женеві планується зустріч делегацій України та США.", "planned"),
        ("Зустріч України та США має відбутися в Ер-Ріяді.", "planned"),
        ("Зеленський і Трамп мають намір зустрітися в Римі.", "planned"),
        ("Зустріч України та Росії може відбутися в Стамбулі.", "possible"),
        ("Не виключено, що делегації України та Росії зустрінуться в Стамбулі.", "possible"),
        ("Путін відмовився зустрічатися із Зеленським.", "denied"),
    ],
)
def test_modality_cues(registry: ActorRegistry, sentence: str, modality: str) -> None:
    e = one(sentence, registry, "meeting_planned")
    assert e.modality == modality


def test_a_meeting_reported_as_past_is_never_planned(registry: ActorRegistry) -> None:
    e = one("Переговори делегацій України та США відбулися в Женеві.", registry, "meeting_held")
    assert e.modality == "occurred"


# --------------------------------------------------------------------------- speech


def test_about_this_reported_x_names_the_speaker_after_the_verb(registry: ActorRegistry) -> None:
    text = "Делегації завершили перший день роботи. Про це повідомив секретар РНБО Рустем Умєров."
    e = one(text, registry, "statement_issued")
    assert ids(e, "speaker") == {"rustem-umerov"}


def test_according_to_x_in_the_genitive(registry: ActorRegistry) -> None:
    e = one("За словами Зеленського, переговори були корисними.", registry, "statement_issued")
    assert ids(e, "speaker") == {"volodymyr-zelensky"}


def test_as_x_noted(registry: ActorRegistry) -> None:
    e = one("Як зазначив Сибіга, українська делегація прибула до Стамбула.", registry, "statement_issued")
    assert ids(e, "speaker") == {"andrii-sybiha"}


def test_dash_quote_with_a_title_only_speaker(registry: ActorRegistry) -> None:
    text = (
        "Умєров заявив, що робота триває. "
        "– Ми вдячні партнерам за відкритість, – зазначив секретар РНБО."
    )
    said = [e for e in events(text, registry) if e.type == "statement_issued"]
    assert said and all(ids(e, "speaker") == {"rustem-umerov"} for e in said)


def test_pronoun_after_the_verb_of_saying(registry: ActorRegistry) -> None:
    text = "Умєров провів зустріч з Віткоффом. «Ми передали наш план», – написав він у Facebook."
    e = one(text, registry, "statement_issued")
    assert ids(e, "speaker") == {"rustem-umerov"} and "Facebook" in e.summary


def test_dropped_subject_is_the_speaker_of_the_sentence(registry: ActorRegistry) -> None:
    """'заявив, що зустрінеться': Ukrainian leaves the subject out (``pro_drop``)."""
    e = one("Віткофф заявив, що у п'ятницю зустрінеться з представниками України.", registry, "meeting_planned")
    assert "steve-witkoff" in ids(e) and "UA" in {p.side for p in e.participants}
    assert span(e) == ("2025-08-15", "2025-08-15")


def test_the_day_of_the_saying_is_not_the_day_of_the_plan(registry: ActorRegistry) -> None:
    text = "Віткофф у вівторок заявив, що наступного тижня зустрінеться з Умєровим."
    said = one(text, registry, "statement_issued")
    plan = one(text, registry, "meeting_planned")
    assert span(said) == ("2025-08-12", "2025-08-12")
    assert span(plan) == ("2025-08-18", "2025-08-24")


def test_a_saying_told_inside_a_quote_keeps_its_day(registry: ActorRegistry) -> None:
    text = "«Віткофф у понеділок заявив, що санкції залишаться», – повідомило агентство."
    e = [e for e in events(text, registry) if e.type == "statement_issued" and "steve-witkoff" in ids(e, "speaker")]
    assert e and span(e[0]) == ("2025-08-11", "2025-08-11")


# --------------------------------------------------------------------------- participants


def test_country_between_a_title_and_a_name_only_qualifies_the_title(registry: ActorRegistry) -> None:
    """'президент України Володимир Зеленський': Ukraine is no second participant."""
    e = one("Президент України Володимир Зеленський зустрівся з канцлером Німеччини Фрідріхом Мерцом.", registry, "meeting_held")
    assert ids(e) == {"volodymyr-zelensky", "friedrich-merz"}


def test_two_titled_leaders_coordinated_with_their_countries(registry: ActorRegistry) -> None:
    e = one("Дональд Трамп і Володимир Путін проведуть переговори в Анкориджі.", registry, "meeting_planned")
    assert ids(e) == {"donald-trump", "vladimir-putin"}
    assert e.location is not None and e.location.name == "Anchorage"


def test_envoy_of_a_leader_is_not_the_leader(registry: ActorRegistry) -> None:
    e = one("Спецпредставник Трампа Стів Віткофф зустрівся з Путіним.", registry, "meeting_held")
    assert ids(e) == {"steve-witkoff", "vladimir-putin"}


@pytest.mark.parametrize(
    "text, side",
    [
        ("з американською делегацією", "US"),
        ("російської делегації", "RU"),
        ("українській делегації", "UA"),
        ("американські переговірники", "US"),
        ("Банкова", "UA"),
        ("на Банковій", "UA"),
        ("Кремль", "RU"),
        ("Кремлю", "RU"),
        ("Білий дім", "US"),
    ],
)
def test_demonyms_in_every_case_and_metonyms(registry: ActorRegistry, text: str, side: str) -> None:
    sides = {m.side for m in find_mentions(text, "uk", registry) if m.kind in ("side", "delegation")}
    assert sides == {side}


@pytest.mark.parametrize(
    "text, actor",
    [
        ("з міністром закордонних справ Андрієм Сибігою", "andrii-sybiha"),
        ("секретарем РНБО Рустемом Умєровим", "rustem-umerov"),
        ("керівника Офісу президента Андрія Єрмака", "andriy-yermak"),
        ("спецпосланця США Стіва Віткоффа", "steve-witkoff"),
        ("президентові Зеленському", "volodymyr-zelensky"),
    ],
)
def test_declined_titles_and_names(registry: ActorRegistry, text: str, actor: str) -> None:
    assert actor in {m.actor_id for m in find_mentions(text, "uk", registry) if m.kind == "person"}


# --------------------------------------------------------------------------- language


def test_ukrainian_is_told_apart_from_russian() -> None:
    uk = "Делегації України та США провели переговори у Женеві, повідомив секретар РНБО. Наступна зустріч відбудеться наступного тижня."
    ru = "Делегации России и США провели переговоры в Женеве, сообщил помощник президента. Следующая встреча состоится на следующей неделе."
    assert detect_language(uk).lang == "uk"
    assert detect_language(ru).lang == "ru"


def test_an_announced_meeting_or_trip_is_planned(registry: ActorRegistry) -> None:
    meeting = one("Трамп анонсував зустріч з Путіним у Будапешті.", registry, "meeting_planned")
    assert ids(meeting) == {"donald-trump", "vladimir-putin"} and meeting.modality == "planned"
    trip = one("Зеленський анонсував візит наступного тижня до США.", registry, "visit")
    assert trip.modality == "planned" and span(trip) == ("2025-08-18", "2025-08-24")
    assert trip.location is not None and trip.location.name == "United States"


def test_a_refusal_to_agree_is_a_rejection_that_happened(registry: ActorRegistry) -> None:
    e = one("Київ не погодиться на передачу територій.", registry, "proposal_rejected")
    assert e.modality == "occurred"


def test_peoples_are_written_in_lower_case(registry: ActorRegistry) -> None:
    e = one("Віткофф заявив: «Ми щодня ведемо переговори з росіянами».", registry, "meeting_held")
    assert {p.side for p in e.participants} >= {"US", "RU"}


def test_heads_of_delegations_take_part_in_the_meeting_told(registry: ActorRegistry) -> None:
    text = (
        "У понеділок у Стамбулі відбулася зустріч української та російської делегацій. "
        "Українську делегацію очолював Рустем Умєров, російську – Володимир Мединський."
    )
    held = [e for e in events(text, registry) if e.type == "meeting_held"]
    # one meeting, its head named by the second sentence (the head after the elliptic dash,
    # "російську – X", is not read yet: the dash closes the clause)
    assert len(held) == 1 and "rustem-umerov" in ids(held[0]) and {p.side for p in held[0].participants} == {"UA", "RU"}


def test_a_government_led_is_no_meeting(registry: ActorRegistry) -> None:
    assert [e for e in events("Уряд очолила Юлія Свириденко.", registry) if e.type.startswith("meeting")] == []


def test_seeing_no_grounds_for_a_meeting_rules_it_out(registry: ActorRegistry) -> None:
    e = one("Пєсков заявив, що Кремль не бачить підстав для нової зустрічі з Зеленським.", registry, "meeting_planned")
    assert e.modality == "denied"


def test_then_opening_a_sentence_is_the_day_just_told(registry: ActorRegistry) -> None:
    text = "Попередня зустріч Умєрова і Віткоффа відбулася 2 серпня в Маямі. Тоді Україна та США домовилися про обмін даними."
    e = one(text, registry, "agreement_reached")
    assert span(e) == ("2025-08-02", "2025-08-02")


def test_the_present_with_a_near_date_is_a_plan(registry: ActorRegistry) -> None:
    e = one("Віткофф сказав: «Завтра я зустрічаюся з українцями в Нью-Йорку».", registry, "meeting_planned")
    assert e.modality == "planned" and span(e) == ("2025-08-14", "2025-08-14")
    assert "steve-witkoff" in ids(e) and "UA" in {p.side for p in e.participants}


def test_an_outlet_relaying_the_sentence_makes_no_statement(registry: ActorRegistry) -> None:
    text = "Умєров і Віткофф зустрінуться у Маямі в суботу, повідомляє Reuters."
    assert [e.type for e in events(text, registry)] == ["meeting_planned"]


def test_unnamed_sources_relayed_by_an_outlet_are_no_speaker(registry: ActorRegistry) -> None:
    text = "Як повідомляють співрозмовники, на яких посилається Reuters, делегації України та США зустрінуться в Маямі."
    assert [e for e in events(text, registry) if e.type == "statement_issued"] == []


def test_imperfective_past_trip_with_a_locative_month(registry: ActorRegistry) -> None:
    e = one("Минулого разу Каллас приїжджала до Одеси в березні.", registry, "visit", published=dt.date(2026, 5, 6))
    assert ids(e, "visitor") == {"kaja-kallas"} and span(e) == ("2026-03", "2026-03")
    assert e.location is not None and e.location.name == "Odesa"
