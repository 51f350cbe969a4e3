"""Russian extraction rules on sentences written for these tests (never the corpus's).

One test per construction: verbs of every gender and both aspects, event nouns whose modality
comes from the verb beside them, declined names, titles and places, speech frames, Russian
dates (weekdays with a direction, prepositional months, coordinated days) and durations.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extract_contract import ExtractorContract
from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions import find_mentions
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.temporal import find_temporal

PUB = dt.date(2026, 3, 27)  # a Friday


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, published: dt.date | None = PUB) -> list[EventDraft]:
    return extract_events(Article(text=text, lang="ru", published=published), registry)


def of_type(events: list[EventDraft], kind: str) -> list[EventDraft]:
    return [e for e in events if e.type == kind]


def who(e: EventDraft) -> set[str]:
    return {p.actor_id or p.name for p in e.participants}


def day(e: EventDraft) -> tuple[str | None, str | None]:
    return e.date.start, e.date.end


class TestRussianContract(ExtractorContract):
    lang = "ru"
    published = PUB
    texts = (
        "Министр иностранных дел России Сергей Лавров во вторник встретился в Женеве с госсекретарем США "
        "Марко Рубио. Переговоры продолжались четыре часа, сообщили в Кремле. Новая встреча может пройти в апреле.",
        "Пресс-секретарь Кремля Дмитрий Песков назвал европейское предложение «преждевременным». Он добавил, "
        "что Москва ждет подробностей. Эммануэль Макрон провел телефонный разговор с Владимиром Зеленским.",
        "Глава МИД Турции Хакан Фидан принял украинскую делегацию в Анкаре. Киев отверг российский меморандум. "
        "Стороны договорились об обмене пленными.",
    )
    vocabulary = (
        "Путин", "Трамп", "Зеленский", "Уиткофф", "Лавров", "Москва", "Киев", "Кремль", "встретился",
        "заявил", "встреча", "саммит", "переговоры", "будет", "может", "состоится", "в Женеве", "в Анкоридже",
        "во вторник", "на следующей неделе", "два дня", "в августе", "не", "отменил", "доложит",
        "президенту", "мирный план", "подписали соглашение", "он", "по словам", "спецпосланник президента",
        "с", "американская делегация", "прибыл в", "телефонный разговор", "отклонил", "консультации",
    )


# --------------------------------------------------------------------------- verbs: gender, number, aspect


@pytest.mark.parametrize("verb", ["заявил", "заявила", "заявили", "заявляет", "сообщил", "подчеркнула", "отметили"])
def test_statement_verbs_of_every_gender_and_number(registry: ActorRegistry, verb: str) -> None:
    [st] = of_type(run(registry, f"Мария Захарова {verb}, что Москва готова к диалогу."), "statement_issued")
    assert who(st) == {"maria-zakharova"} and st.modality == "occurred"


def test_past_meeting_with_instrumental_partner(registry: ActorRegistry) -> None:
    [m] = of_type(run(registry, "Кирилл Дмитриев в четверг встретился в Эр-Рияде со Стивом Уиткоффом."), "meeting_held")
    assert who(m) == {"kirill-dmitriev", "steve-witkoff"}
    assert m.location.name == "Riyadh" and day(m) == ("2026-03-26", "2026-03-26")


def test_perfective_present_is_the_future(registry: ActorRegistry) -> None:
    [m] = of_type(run(registry, "Сергей Лавров в пятницу встретится в Анкаре с Хаканом Фиданом."), "meeting_planned")
    assert m.modality == "planned" and who(m) == {"sergei-lavrov", "hakan-fidan"}
    assert day(m) == ("2026-03-27", "2026-03-27") or day(m)[0] > "2026-03-27"


def test_imperfective_present_is_ongoing(registry: ActorRegistry) -> None:
    [m] = of_type(run(registry, "Ильхам Алиев и Никол Пашинян проводят переговоры в Абу-Даби."), "meeting_held")
    assert {"ilham-aliyev", "nikol-pashinyan"} <= who(m) and m.modality == "occurred"


def test_noun_with_a_past_verb_before_it(registry: ActorRegistry) -> None:
    """"В X начались переговоры Y и Z": the verb comes first, the sides follow in the genitive."""
    [m] = of_type(run(registry, "В понедельник в Стамбуле начались переговоры делегаций России и Украины."), "meeting_held")
    assert {"RU", "UA"} <= {p.side for p in m.participants}
    assert m.location.name == "Istanbul" and day(m) == ("2026-03-23", "2026-03-23")


@pytest.mark.parametrize("verb", ["состоится", "пройдет", "планируется"])
def test_noun_with_a_future_verb_after_it_is_planned(registry: ActorRegistry, verb: str) -> None:
    [m] = of_type(run(registry, f"Встреча Владимира Путина и Дональда Трампа {verb} в Будапеште."), "meeting_planned")
    assert m.modality == "planned" and who(m) == {"vladimir-putin", "donald-trump"} and m.location.name == "Budapest"


def test_meeting_not_planned_is_denied(registry: ActorRegistry) -> None:
    [m] = of_type(run(registry, "Встреча Путина и Трампа в ближайшее время не планируется."), "meeting_planned")
    assert m.modality == "denied" and who(m) == {"vladimir-putin", "donald-trump"}


def test_may_take_place_is_possible(registry: ActorRegistry) -> None:
    [m] = of_type(run(registry, "Новая встреча Путина и Трампа может состояться летом."), "meeting_planned")
    assert m.modality == "possible"


def test_cancelled_meeting_is_denied(registry: ActorRegistry) -> None:
    events = run(registry, "Дональд Трамп отменил запланированную встречу с Владимиром Путиным в Будапеште.")
    [m] = of_type(events, "meeting_planned")
    assert m.modality == "denied" and m.location.name == "Budapest"


# --------------------------------------------------------------------------- other event types


def test_phone_conversation_noun(registry: ActorRegistry) -> None:
    [c] = of_type(run(registry, "Владимир Путин и Дональд Трамп в минувшую субботу провели телефонный разговор."), "phone_call")
    assert who(c) == {"vladimir-putin", "donald-trump"} and day(c) == ("2026-03-21", "2026-03-21")


def test_reflexive_call_verb(registry: ActorRegistry) -> None:
    [c] = of_type(run(registry, "Эммануэль Макрон созвонился с Владимиром Зеленским."), "phone_call")
    assert who(c) == {"emmanuel-macron", "volodymyr-zelensky"}


@pytest.mark.parametrize("verb", ["прибыл", "прилетел"])
def test_arrival_in_a_declined_place(registry: ActorRegistry, verb: str) -> None:
    [v] = of_type(run(registry, f"Кирилл Дмитриев {verb} в Вашингтон."), "visit")
    assert who(v) == {"kirill-dmitriev"} and v.location.name == "Washington"


def test_report_to_a_leader_in_the_dative(registry: ActorRegistry) -> None:
    [r] = of_type(run(registry, "Мединский доложил Владимиру Путину о ходе консультаций."), "report_to_leader")
    assert {p.actor_id: p.role for p in r.participants} == {"vladimir-medinsky": "reporter", "vladimir-putin": "leader"}


def test_future_report_is_planned(registry: ActorRegistry) -> None:
    [r] = of_type(run(registry, "Кирилл Дмитриев доложит Владимиру Путину о результатах поездки."), "report_to_leader")
    assert r.modality == "planned"


def test_plan_presented(registry: ActorRegistry) -> None:
    [p] = of_type(run(registry, "Стив Уиткофф представил новый мирный план."), "proposal_presented")
    assert who(p) == {"steve-witkoff"} and "plan" in p.summary


@pytest.mark.parametrize("verb", ["отверг", "отвергла", "отклонил"])
def test_rejection(registry: ActorRegistry, verb: str) -> None:
    [r] = of_type(run(registry, f"Дмитрий Песков {verb} европейский план."), "proposal_rejected")
    assert who(r) == {"dmitry-peskov"}


def test_agreement_reached_and_signed(registry: ActorRegistry) -> None:
    [a] = of_type(run(registry, "Ильхам Алиев и Никол Пашинян подписали мирное соглашение в Вашингтоне."), "agreement_reached")
    assert {"ilham-aliyev", "nikol-pashinyan"} <= who(a) and a.location.name == "Washington"


def test_negated_agreement_is_not_an_agreement(registry: ActorRegistry) -> None:
    events = run(registry, "Делегации России и Украины пока не договорились о сроках.")
    assert not [e for e in of_type(events, "agreement_reached") if e.modality == "occurred"]


# --------------------------------------------------------------------------- speech frames


def test_according_to_genitive_name(registry: ActorRegistry) -> None:
    [st] = of_type(run(registry, "По словам Юрия Ушакова, стороны обсудили обмен пленными."), "statement_issued")
    assert who(st) == {"yuri-ushakov"}


def test_inverted_speaker_after_the_verb(registry: ActorRegistry) -> None:
    [st] = of_type(run(registry, "Об этом сообщил пресс-секретарь Кремля Дмитрий Песков."), "statement_issued")
    assert who(st) == {"dmitry-peskov"}


def test_media_that_report_are_no_speakers(registry: ActorRegistry) -> None:
    events = run(registry, "Кирилл Дмитриев прибыл в Вашингтон, сообщает CNN.")
    assert [e.type for e in events] == ["visit"]


# --------------------------------------------------------------------------- mentions and dates


def test_declined_title_and_name_give_one_person(registry: ActorRegistry) -> None:
    found = [m for m in find_mentions("Встреча с министром иностранных дел Сергеем Лавровым.", "ru", registry) if m.kind == "person"]
    assert [m.actor_id for m in found] == ["sergei-lavrov"]


@pytest.mark.parametrize("adjective", ["российская", "российской", "российскую", "российских"])
def test_demonym_in_every_case_gives_the_side(registry: ActorRegistry, adjective: str) -> None:
    sides = [m.side for m in find_mentions(f"Представители встретились с {adjective} делегацией.", "ru", registry)]
    assert "RU" in sides


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("в минувшую субботу", ("2026-03-21", "2026-03-21")),
        ("в прошлый четверг", ("2026-03-26", "2026-03-26")),
        ("в августе", ("2025-08", "2025-08")),
        ("17 и 18 февраля", ("2026-02-17", "2026-02-18")),
        ("накануне", ("2026-03-26", "2026-03-26")),
        ("в пятницу", ("2026-03-27", "2026-03-27")),
    ],
)
def test_dates_dateparser_misses(text: str, interval: tuple[str, str]) -> None:
    [t] = find_temporal(text, "ru", PUB)
    assert (t.interval.start, t.interval.end) == interval


def test_next_week_is_the_week_after_publication() -> None:
    [t] = find_temporal("на следующей неделе", "ru", PUB)
    assert (t.interval.start, t.interval.end) == ("2026-03-30", "2026-04-05")


@pytest.mark.parametrize("text", ["два дня", "около 6-7 часов", "в течение двух недель"])
def test_durations_are_not_dates(text: str) -> None:
    found = find_temporal(text, "ru", PUB)
    assert found and all(t.kind == "duration" for t in found)


def test_summaries_are_in_english(registry: ActorRegistry) -> None:
    events = run(registry, "Сергей Лавров встретился с Марко Рубио в Эр-Рияде.")
    assert events and all(e.summary.isascii() for e in events)


def test_refusing_to_accept_demands_is_a_rejection(registry: ActorRegistry) -> None:
    [r] = of_type(run(registry, "Рустем Умеров сказал, что Киев не примет требования Москвы."), "proposal_rejected")
    assert r.modality == "occurred" and "UA" in {p.side for p in r.participants}


def test_aide_title_names_the_holder_and_envoy_title_the_principal(registry: ActorRegistry) -> None:
    [st] = of_type(run(registry, "Помощник президента Юрий Ушаков заявил, что раунд пройдет в Стамбуле."), "statement_issued")
    assert who(st) == {"yuri-ushakov"}
    [st] = of_type(run(registry, "Спецпосланник президента Дональда Трампа заявил, что переговоры будут трудными."), "statement_issued") or [None]
    assert st is None or "donald-trump" not in who(st)


def test_media_reports_are_no_statements(registry: ActorRegistry) -> None:
    events = run(registry, "Как сообщают СМИ, в делегацию США входят Марко Рубио и Стив Уиткофф.")
    assert not of_type(events, "statement_issued")


def test_season_is_a_date() -> None:
    [t] = find_temporal("летом", "ru", PUB, future=True)
    assert (t.interval.start, t.interval.end) == ("2026-06", "2026-08")


def test_clock_time_before_a_date_keeps_the_date_in_the_clause(registry: ActorRegistry) -> None:
    """"с 10:00 16 мая": the colon of a time is no clause break."""
    events = run(registry, "Российская делегация будет ждать украинскую сторону для проведения переговоров с 09:30 утра 2 апреля.")
    [m] = of_type(events, "meeting_planned")
    assert day(m) == ("2026-04-02", "2026-04-02")


def test_leader_of_an_administration_is_no_participant(registry: ActorRegistry) -> None:
    [m] = of_type(run(registry, "Кирилл Дмитриев на следующей неделе встретится с американскими переговорщиками."), "meeting_planned")
    assert "kirill-dmitriev" in who(m) and "donald-trump" not in who(m)
