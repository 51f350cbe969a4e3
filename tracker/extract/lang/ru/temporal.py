"""Russian temporal words and patterns (built into a language pack by :mod:`tracker.extract.temporal.pack`).

Russian declines months and weekdays: "17 февраля" (genitive after a day), "в феврале"
(prepositional: dateparser does not know it), "в субботу" (accusative), "в минувшую субботу"
(with a direction dateparser misses). Every case is listed, so a date never depends on
dateparser. Coordinated days ("17 и 18 февраля") are one range: read whole, the "18" is never
taken for a year. Durations ("два дня", "около шести часов") are lengths, never dates.
"""

from __future__ import annotations

import re
from functools import partial

from tracker.extract.rules import TemporalWords
from tracker.extract.temporal.pack import ISO_DATE, Rule, alt, make_rule

_MONTH_STEMS = (
    ("январ", 1), ("феврал", 2), ("апрел", 4), ("июн", 6), ("июл", 7), ("сентябр", 9),
    ("октябр", 10), ("ноябр", 11), ("декабр", 12),
)
MONTHS: dict[str, int] = {}
for _stem, _n in _MONTH_STEMS:  # январь, января, январе, январю, январем, январём
    for _end in ("ь", "я", "е", "ю", "ем", "ём"):
        MONTHS[_stem + _end] = _n
for _stem, _n in (("март", 3), ("август", 8)):
    for _end in ("", "а", "е", "у", "ом"):
        MONTHS[_stem + _end] = _n
MONTHS.update({"май": 5, "мая": 5, "мае": 5, "маю": 5, "маем": 5})
MONTHS.update({"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10, "нояб": 11, "дек": 12})
_MONTH_FULL = [w for w in MONTHS if len(w) >= 4 or w in ("май", "мая", "мае", "маю")]
_MONTH_ABBR = [w for w in MONTHS if w not in _MONTH_FULL]
#: Genitive forms: a day number is followed by these ("17 февраля").
_MONTH_GEN = [w for w in _MONTH_FULL if w.endswith(("я", "а")) and w not in ("мая",)] + ["мая"]
#: Prepositional forms: "в феврале", "в мае".
_MONTH_PREP = [w for w in _MONTH_FULL if w.endswith("е")]
_MONTH_NOM = [w for w in _MONTH_FULL if w.endswith(("ь", "т")) or w in ("май", "август")]

WEEKDAYS: dict[str, int] = {}
for _forms, _n in (
    (("понедельник", "понедельника", "понедельнику", "понедельником", "понедельнике"), 0),
    (("вторник", "вторника", "вторнику", "вторником", "вторнике"), 1),
    (("среда", "среду", "среды", "среде", "средой"), 2),
    (("четверг", "четверга", "четвергу", "четвергом", "четверге"), 3),
    (("пятница", "пятницу", "пятницы", "пятнице", "пятницей"), 4),
    (("суббота", "субботу", "субботы", "субботе", "субботой"), 5),
    (("воскресенье", "воскресенья", "воскресенью", "воскресеньем"), 6),
):
    for _w in _forms:
        WEEKDAYS[_w] = _n

NUMBERS: dict[str, int | None] = {
    "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одни": 1, "одних": 1, "одни сутки": 1,
    "два": 2, "две": 2, "двух": 2, "двое": 2, "полтора": 2, "полторы": 2, "трое": 3,
    "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5,
    "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
    "десять": 10, "десяти": 10, "двенадцать": 12, "двенадцати": 12, "пятнадцать": 15, "пятнадцати": 15,
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "сорок восемь": 48, "семьдесят два": 72, "девяносто": 90, "сто": 100,
    "несколько": None, "нескольких": None, "пару": 2, "пара": 2,
}
_BARE_NUMBERS = [w for w in NUMBERS if NUMBERS[w] != 1]

UNITS = {
    "час": "hour", "часа": "hour", "часов": "hour", "часу": "hour",
    "минута": "minute", "минуты": "minute", "минут": "minute", "минуту": "minute",
    "день": "day", "дня": "day", "дней": "day", "дню": "day", "сутки": "day", "суток": "day",
    "ночь": "night", "ночи": "night", "ночей": "night",
    "неделя": "week", "недели": "week", "недель": "week", "неделю": "week", "неделе": "week",
    "месяц": "month", "месяца": "month", "месяцев": "month", "месяце": "month",
    "год": "year", "года": "year", "лет": "year", "году": "year",
}
_SHIFT_UNITS = [w for w in UNITS if UNITS[w] != "minute"]

PERIODS = {
    "неделя": "week", "неделе": "week", "неделю": "week", "недели": "week",
    "месяц": "month", "месяце": "month", "году": "year", "год": "year",
    "выходные": "weekend", "выходных": "weekend",
}

#: "минувший/прошлый" -1, "следующий/ближайший/будущий" +1, "этот" 0 (all genders and cases).
DIRECTIONS: dict[str, int] = {}
for _stem, _n in (("прошл", -1), ("минувш", -1), ("следующ", 1), ("будущ", 1), ("ближайш", 1), ("предстоящ", 1)):
    for _end in ("ий", "ый", "ая", "ую", "ее", "ое", "ей", "ой", "ем", "ом", "его", "его", "им", "ым"):
        DIRECTIONS[_stem + _end] = _n
for _w in ("этот", "эту", "это", "этой", "этом", "эта", "текущей", "текущем", "нынешней", "нынешнем", "текущий", "текущую"):
    DIRECTIONS[_w] = 0

PARTS = {
    "начале": "early", "начала": "early", "середине": "mid", "середины": "mid",
    "конце": "late", "конца": "late", "концу": "late",
}

SEASONS = {
    "весна": "spring", "весной": "spring", "весне": "spring", "лето": "summer", "летом": "summer",
    "лете": "summer", "осень": "autumn", "осенью": "autumn", "осени": "autumn", "зима": "winter",
    "зимой": "winter", "зиме": "winter",
}

PREPOSITIONS = {"до": "until", "к": "until", "с": "since"}

DEICTIC_DAYS = {
    "позавчера": -2, "вчера": -1, "вчера утром": -1, "вчера вечером": -1, "вчера днем": -1,
    "накануне": -1, "накануне вечером": -1, "сегодня": 0, "сегодня утром": 0, "сегодня вечером": 0,
    "сегодня днем": 0, "этим утром": 0, "этим вечером": 0, "завтра": 1, "завтра утром": 1,
    "завтра вечером": 1, "послезавтра": 2,
}

HOLIDAYS = {"Рождество": (1, 7), "Новый год": (1, 1)}

ORDINALS = {"первую": 1, "первой": 1, "вторую": 2, "второй": 2, "третью": 3, "третьей": 3, "последнюю": -1, "последней": -1}

DATE_ORDER = "DMY"

# --------------------------------------------------------------------------- patterns

_MONTH = rf"(?:{alt(_MONTH_FULL)}|{alt(_MONTH_ABBR)}\.)"
_MGEN = alt(_MONTH_GEN)
_MPREP = alt(_MONTH_PREP)
_MNOM = alt(_MONTH_NOM)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?![\d,.]\d)"
_YEAR = r"(?:19|20)\d{2}(?![\d,.]\d)"
_YSUF = r"(?:\s*(?:года|году|год|г\.))?"
_WD = alt(WEEKDAYS)
_NUM = rf"(?:{alt(NUMBERS)}|\d{{1,3}}(?![\d,.]\d))"
_NUM_BARE = rf"(?:{alt(_BARE_NUMBERS)}|(?<![\d,.])\d{{1,3}}(?![\d,.]\d))"
#: the upper end of "6-7 часов": part of the duration, not of its number
_UPTO = r"(?:\s*[-–]\s*\d{1,3})?"
_UNIT = alt(UNITS)
_SUNIT = alt(_SHIFT_UNITS)
_DIR = alt(DIRECTIONS)
_DAYTIME = r"(?:\s+(?:утром|вечером|днем|днём|ночью))?"
_TO = r"(?:и|по|-|–|—)"

_rule = partial(make_rule, flags=re.IGNORECASE)

RULES: tuple[Rule, ...] = (
    # 17 и 18 февраля, 17-18 февраля, с 17 по 18 февраля, с 28 февраля по 2 марта 2026 года
    _rule("day_range", "day_range",
        rf"(?:(?:с|со|между)\s+)?(?P<d1>{_DAY})(?:\s+(?P<m0>{_MGEN})(?:\s+(?P<y0>{_YEAR}){_YSUF})?)?"
        rf"\s*{_TO}\s*(?P<d2>{_DAY})\s+(?P<m1>{_MGEN})(?:\s+(?P<y1>{_YEAR}){_YSUF})?"),
    # 16 мая, 8 августа 2025 года, в четверг, 16 мая
    _rule("day_month", "day_month",
        rf"(?:(?:в|во)\s+(?P<wd>{_WD}),?\s+)?(?P<d1>{_DAY})\s+(?P<m1>{_MGEN})(?:\s+(?P<y1>{_YEAR}){_YSUF})?"),
    _rule("numeric", "numeric", r"(?<![\d/.:])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y1>(?:19|20)\d{2})(?![\d/])"),
    _rule("iso", "iso", ISO_DATE),
    # в августе 2025 года, август 2025
    _rule("month_year", "month", rf"(?:(?:в|с|до|к)\s+)?(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR}){_YSUF}"),
    # в августе, в прошлом августе; с марта, до июня
    _rule("month", "month", rf"(?:(?:в|во)\s+(?:(?P<dir>{_DIR})\s+)?)(?P<m1>{_MPREP})"),
    _rule("month_after_preposition", "month", rf"(?:с|до|к|после)\s+(?P<core>(?P<m1>{_MGEN}))"),
    # в 2025 году
    _rule("year", "year", r"(?:в|во)\s+(?P<y1>(?:19|20)\d{2})\s+(?:году|г\.)"),
    _rule("year_range", "year_range", r"(?:с|между)\s+(?P<y0>(?:19|20)\d{2})\s*(?:по|и|-|–)\s*(?P<y1>(?:19|20)\d{2})(?:\s+(?:годы|годах|год))?"),
    # в начале августа, в конце февраля 2026 года, к концу марта, в середине мая
    _rule("part_month", "part_month",
        rf"(?:(?P<pre>до|к)\s+|в\s+|с\s+)?(?P<part>{alt(PARTS)})\s+(?P<m1>{_MGEN})(?:\s+(?P<y1>{_YEAR}){_YSUF})?"),
    # в конце года, к концу недели, в начале следующей недели, в конце этого месяца
    _rule("part_period", "part_period",
        rf"(?:(?P<pre>до|к)\s+|в\s+)?(?P<part>{alt(PARTS)})\s+(?:(?P<dir>{_DIR})\s+)?(?P<per>недели|месяца|года)"),
    # с понедельника по среду, в понедельник и вторник
    _rule("weekday_range", "weekday_range",
        rf"(?:(?:с|со|в|во)\s+)?(?P<wd>{_WD})\s*(?:по|и|-|–)\s*(?:(?:в|во)\s+)?(?P<wd2>{_WD})"),
    # в понедельник, во вторник, в минувшую субботу, в прошлый четверг, в следующую среду, в эту пятницу вечером
    _rule("weekday", "weekday",
        rf"(?:(?:в|во|на|к|до|с|со)\s+)?(?:(?P<dir>{_DIR})\s+)?(?P<wd>{_WD}){_DAYTIME}"),
    _rule("deictic", "deictic", rf"(?P<deic>{alt(DEICTIC_DAYS)})(?!\s+(?:встреч|переговор|визит|саммит|бесед|разговор|заседани|раунд|консультаци|поездк|его|ее|её|их)\w*)"),
    # на следующей неделе, на этой неделе, в прошлом месяце, в следующем году
    _rule("period_week", "period", rf"(?:на|в)\s+(?P<dir>{_DIR})\s+(?P<per>неделе|неделю)"),
    _rule("period", "period", rf"(?:в|во)\s+(?P<dir>{_DIR})\s+(?P<per>месяце|году)"),
    # на выходных, в эти выходные, в прошлые выходные
    _rule("weekend", "weekend", r"(?:на|в|во)\s+(?:(?P<dir>эти|этих)\s+|прошлые\s+|минувшие\s+)?(?:выходных|выходные)"),
    # два дня назад, через две недели
    _rule("ago", "shift", rf"(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})\s+назад", sign=-1),
    _rule("in", "shift", rf"через\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    # в течение двух недель (ahead)
    _rule("within", "span", rf"(?:в\s+ближайшие|в\s+следующие)\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    # в ближайшие дни, в ближайшие недели, в ближайшее время
    _rule("coming", "span", r"(?:в|на)\s+(?:ближайшие|ближайших|следующие|предстоящие)\s+(?P<unit>дни|дней|недели|недель|месяцы|месяцев)", sign=1, vague=True),
    # в последние дни, за последние недели
    _rule("recent", "span", r"(?:в|за)\s+(?:последние|прошедшие)\s+(?P<unit>дни|недели|месяцы)", sign=-1, vague=True),
    # летом, этой осенью, весной 2026 года
    _rule("season", "season",
        rf"(?:(?P<dir>{_DIR})\s+)?(?P<season>весной|летом|осенью|зимой)(?:\s+(?P<y1>{_YEAR}){_YSUF})?"),
    # около шести часов, в течение двух дней, два дня, 6-7 часов
    _rule("duration", "duration",
        rf"(?:около|почти|более|свыше|в\s+течение|на\s+протяжении|за|на)\s+(?P<n>{_NUM}){_UPTO}\s+(?P<unit>{_UNIT})"),
    _rule("duration_bare", "duration", rf"(?P<n>{_NUM_BARE}){_UPTO}\s+(?P<unit>{_UNIT})(?!\s+назад)"),
)


WORDS = TemporalWords(
    rules=RULES, months=MONTHS, weekdays=WEEKDAYS, numbers=NUMBERS, units=UNITS, periods=PERIODS,
    directions=DIRECTIONS, parts=PARTS, seasons=SEASONS, deictic_days=DEICTIC_DAYS, prepositions=PREPOSITIONS,
    ordinals=ORDINALS, holidays=HOLIDAYS, date_order=DATE_ORDER, dateparser_language="ru",
)
