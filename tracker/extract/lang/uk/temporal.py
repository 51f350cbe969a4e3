"""Ukrainian temporal words and patterns, and nothing else: :mod:`tracker.extract.temporal.pack`
builds them into the language pack :mod:`tracker.extract.temporal` uses.

Ukrainian declines its month and weekday names, and dateparser (``languages=["uk"]``) reads
only some of the cases: it misses every weekday after "у/в" ("у вівторок"), every direction
plus weekday ("минулої суботи"), every month in the locative ("у серпні"), parts of a period
("наприкінці наступного тижня") and reads durations ("два дні") as dates. So the tables list
every case (nominative, genitive, accusative, locative) and the patterns below resolve them
through the shared resolvers; a bare month or weekday needs a preposition or a direction word
("лютий" is also an adjective, "середа" also a noun), and a bare number only becomes a day next
to a month name. "напередодні" (the day before) counts from the story's day, not publication:
it is a ``relative_days`` cue of the events rules.
"""

from __future__ import annotations

from functools import partial

from tracker.extract.rules import FLAGS, TemporalWords
from tracker.extract.temporal.pack import ISO_DATE, Rule, alt, make_rule

#: month -> (nominative, genitive, locative)
_MONTH_FORMS: dict[int, tuple[str, str, str]] = {
    1: ("січень", "січня", "січні"),
    2: ("лютий", "лютого", "лютому"),
    3: ("березень", "березня", "березні"),
    4: ("квітень", "квітня", "квітні"),
    5: ("травень", "травня", "травні"),
    6: ("червень", "червня", "червні"),
    7: ("липень", "липня", "липні"),
    8: ("серпень", "серпня", "серпні"),
    9: ("вересень", "вересня", "вересні"),
    10: ("жовтень", "жовтня", "жовтні"),
    11: ("листопад", "листопада", "листопаді"),
    12: ("грудень", "грудня", "грудні"),
}
MONTHS: dict[str, int] = {form: n for n, forms in _MONTH_FORMS.items() for form in forms}
_MONTH_NOM = [f[0] for f in _MONTH_FORMS.values()]
_MONTH_GEN = [f[1] for f in _MONTH_FORMS.values()]
_MONTH_LOC = [f[2] for f in _MONTH_FORMS.values()]

#: weekday -> nominative, accusative (after "у/в"), genitive (after a direction), locative
_WEEKDAY_FORMS: dict[int, tuple[str, ...]] = {
    0: ("понеділок", "понеділка", "понеділку"),
    1: ("вівторок", "вівторка", "вівторку"),
    2: ("середа", "середу", "середи", "середі"),
    3: ("четвер", "четверга", "четверу"),
    4: ("п'ятниця", "п'ятницю", "п'ятниці"),
    5: ("субота", "суботу", "суботи", "суботі"),
    6: ("неділя", "неділю", "неділі"),
}
WEEKDAYS: dict[str, int] = {form: n for n, forms in _WEEKDAY_FORMS.items() for form in forms}

NUMBERS: dict[str, int | None] = {
    "один": 1, "одна": 1, "одну": 1, "одного": 1, "одній": 1, "два": 2, "дві": 2, "двох": 2,
    "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4, "п'ять": 5, "п'яти": 5, "шість": 6,
    "шести": 6, "сім": 7, "семи": 7, "вісім": 8, "восьми": 8, "дев'ять": 9, "дев'яти": 9,
    "десять": 10, "десяти": 10, "чотирнадцять": 14, "п'ятнадцять": 15, "двадцять": 20,
    "тридцять": 30, "сорок": 40, "кілька": None, "декілька": None, "кількох": None,
    "декількох": None, "найближчих": None, "найближчі": None, "найближчими": None,
    "останні": None, "останніх": None,
}
#: Numbers a bare duration may start with ("один день" alone is rather "one day, ...").
_BARE_NUMBERS = [w for w, n in NUMBERS.items() if n is not None and n > 1]

UNITS = {
    "година": "hour", "години": "hour", "годину": "hour", "годин": "hour", "хвилин": "minute",
    "хвилини": "minute", "день": "day", "дні": "day", "днів": "day", "дня": "day", "днями": "day",
    "доба": "day", "доби": "day", "діб": "day", "ніч": "night", "ночі": "night",
    "тиждень": "week", "тижні": "week", "тижнів": "week", "тижня": "week", "тижнями": "week",
    "місяць": "month", "місяці": "month", "місяців": "month", "місяця": "month", "місяцями": "month",
    "рік": "year", "роки": "year", "років": "year", "року": "year", "році": "year",
}
_SHIFT_UNITS = [w for w in UNITS if UNITS[w] not in ("minute",)]

PERIODS = {
    "тиждень": "week", "тижня": "week", "тижні": "week", "місяць": "month", "місяця": "month",
    "місяці": "month", "рік": "year", "року": "year", "році": "year",
    "вихідні": "weekend", "вихідних": "weekend",
}
_PERIOD_WORDS = [w for w, p in PERIODS.items() if p != "weekend"]

#: Direction words in the cases a period or a weekday takes ("наступного тижня", "минулої
#: суботи", "на цьому тижні", "в найближчу п'ятницю").
DIRECTIONS = {
    **dict.fromkeys(("наступного", "наступної", "наступну", "наступний", "наступна", "наступному",
                     "наступних", "наступні", "найближчого", "найближчої", "найближчу",
                     "найближчий", "найближчому", "найближчих", "найближчі", "майбутнього",
                     "майбутньої", "прийдешнього"), 1),
    **dict.fromkeys(("минулого", "минулої", "минулу", "минулий", "минула", "минулому", "минулих",
                     "минулі", "попереднього", "попередньої", "попередню", "останнього",
                     "останньої", "останню"), -1),
    **dict.fromkeys(("цього", "цієї", "цю", "цей", "цьому", "цих", "ці", "поточного", "поточної"), 0),
}
_DIRW = alt(DIRECTIONS)

PARTS = {
    "початку": "early", "початок": "early", "напочатку": "early", "середині": "mid",
    "середини": "mid", "кінці": "late", "кінця": "late", "наприкінці": "late",
}

SEASONS = {
    "весна": "spring", "весни": "spring", "весні": "spring", "навесні": "spring", "літо": "summer",
    "літа": "summer", "влітку": "summer", "улітку": "summer", "осінь": "autumn", "осені": "autumn",
    "восени": "autumn", "зима": "winter", "зими": "winter", "взимку": "winter", "узимку": "winter",
}

#: "до кінця серпня" is the whole of August; "з початку року" runs to publication.
PREPOSITIONS = {"до": "until", "з": "since", "із": "since", "від": "since"}

DEICTIC_DAYS = {
    "позавчора": -2, "вчора": -1, "учора": -1, "вчора ввечері": -1, "вчора увечері": -1,
    "вчора вранці": -1, "учора ввечері": -1, "минулої ночі": -1, "сьогодні": 0,
    "сьогодні вранці": 0, "сьогодні ввечері": 0, "сьогодні зранку": 0, "цього ранку": 0,
    "цього вечора": 0, "завтра": 1, "завтра вранці": 1, "завтра зранку": 1, "завтра ввечері": 1,
    "завтра увечері": 1, "післязавтра": 2,
}

HOLIDAYS = {"Різдво": (12, 25), "Різдва": (12, 25), "Новий рік": (1, 1), "Нового року": (1, 1)}

ORDINALS = {"перший": 1, "першого": 1, "другий": 2, "другого": 2, "третій": 3, "третього": 3, "останній": -1, "останнього": -1}

DATE_ORDER = "DMY"

# --------------------------------------------------------------------------- patterns

_MONTH = alt(MONTHS)
_MGEN = alt(_MONTH_GEN)
_MLOC = alt(_MONTH_LOC)
_MNOM = alt(_MONTH_NOM)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:-?(?:го|е))?(?![\d,.]\d)"
_YEAR = r"(?:19|20)\d{2}(?![\d,.]\d|\w)"
#: "2025 року", "2025 р.": the word for year after the number, outside the year's group
_YR = r"(?:\s+(?:року|р\.?)(?!\w))?"
_WD = alt(WEEKDAYS)
_NUM = rf"(?:{alt(NUMBERS)}|\d{{1,3}}(?![\d,.]\d))"
_NUM_BARE = rf"(?:{alt(_BARE_NUMBERS)}|(?<![\d,.])\d{{1,3}}(?![\d,.]\d))"
_UNIT = alt(UNITS)
_SUNIT = alt(_SHIFT_UNITS)
_PER = alt(_PERIOD_WORDS)
_IN = r"(?:у|в|уві|на)"
_DAYTIME = r"(?:\s+(?:вранці|зранку|уранці|ввечері|увечері|вдень|удень|вночі|уночі|опівдні))?"
#: Before a part of a period: a preposition that changes the reading, or a plain one.
_PART = (
    r"(?:(?:(?P<pre>до|з|із|від)\s+|(?:на|в|у)\s+)(?P<part>початку|початок|середині|середини|кінці|кінця)"
    r"|(?P<part2>наприкінці|напочатку))"
)
_TO = r"(?:-|–|—|по|до|і|й|та)"

_rule = partial(make_rule, flags=FLAGS)

RULES: tuple[Rule, ...] = (
    # з 17 по 18 лютого, 17-18 лютого, 17 і 18 лютого, з 28 лютого по 2 березня 2026 року
    _rule("day_range", "day_range",
        rf"(?:(?:з|із|від|між)\s+)?(?P<d1>{_DAY})(?:\s+(?P<m0>{_MGEN})(?:\s+(?P<y0>{_YEAR}){_YR})?)?"
        rf"\s*{_TO}\s*(?P<d2>{_DAY})\s+(?P<m1>{_MGEN})(?:\s+(?P<y1>{_YEAR}){_YR})?"),
    # 15 серпня 2025 року, у вівторок, 12 серпня, до 1 березня
    _rule("day_month", "day_month",
        rf"(?:(?:(?:у|в)\s+)?(?P<wd>{_WD}),?\s+)?(?P<d1>{_DAY})\s+(?P<m1>{_MGEN})(?:\s+(?P<y1>{_YEAR}){_YR})?"),
    _rule("numeric", "numeric", r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y1>(?:19|20)\d{2})(?![\d/])"),
    _rule("iso", "iso", ISO_DATE),
    # у серпні 2025 року, серпень 2025 року
    _rule("month_year_loc", "month", rf"(?:у|в)\s+(?P<m1>{_MLOC})\s+(?P<y1>{_YEAR}){_YR}"),
    _rule("month_year", "month", rf"(?P<m1>{_MNOM})\s+(?P<y1>{_YEAR}){_YR}"),
    # у серпні, в лютому, минулого серпня
    _rule("month", "month", rf"(?:у|в)\s+(?:(?P<dir>{_DIRW})\s+)?(?P<m1>{_MLOC})"),
    _rule("month_direction", "month", rf"(?P<dir>{_DIRW})\s+(?P<m1>{_MGEN})"),
    # з березня, до серпня: the month alone is the expression
    _rule("month_after_preposition", "month",
        rf"(?:з|із|від|до|після|починаючи\s+з)\s+(?P<core>(?P<m1>{_MGEN}))(?!\s+(?:{_YEAR}))"),
    # у 2025 році, 2025 року
    _rule("year", "year", r"(?:у|в)\s+(?P<y1>(?:19|20)\d{2})\s+(?:році|р\.)"),
    # на початку січня, наприкінці серпня 2025 року, до кінця лютого
    _rule("part_month", "part_month", rf"{_PART}\s+(?P<m1>{_MGEN})(?:\s+(?P<y1>{_YEAR}){_YR})?"),
    # наприкінці 2025 року
    _rule("part_year", "part_year", rf"{_PART}\s+(?P<y1>(?:19|20)\d{{2}})(?:\s+(?:року|р\.?))?"),
    # наприкінці наступного тижня, на початку цього місяця, до кінця року
    _rule("part_period", "part_period", rf"{_PART}\s+(?:(?P<dir>{_DIRW})\s+)?(?P<per>{_PER})"),
    # з понеділка по середу
    _rule("weekday_range", "weekday_range",
        rf"(?:з|із|від)\s+(?P<wd>{_WD})\s+(?:по|до)\s+(?P<wd2>{_WD})"),
    # у вівторок, в суботу ввечері, минулої суботи, наступного понеділка, в минулу п'ятницю,
    # в ніч на суботу; a weekday needs a preposition or a direction word
    _rule("weekday", "weekday",
        rf"(?:(?:у|в|уві|до|з|із|від)\s+(?:ніч\s+(?:на|проти)\s+)?(?:(?P<dir>{_DIRW})\s+)?|(?P<dir2>{_DIRW})\s+)(?P<wd>{_WD}){_DAYTIME}"),
    _rule("deictic", "deictic", rf"(?P<deic>{alt(DEICTIC_DAYS)})"),
    # цього тижня / на цьому тижні before a future verb: what is left of the publication week
    _rule("rest_of_week", "part_period",
        r"(?:цього|на\s+цьому)\s+(?P<per>тижня|тижні)"
        r"(?=[^.;!?]{0,60}\b(?:\w+(?:неться|нуться|нуся|немо|деться|дуться|тиме|тимуть|тимемо)|буде|будуть|прибуде|прибудуть|проведе|проведуть)\b)",
        part="later"),
    # наступного тижня, минулого місяця, цього року, на цьому тижні, у наступному місяці
    _rule("period", "period", rf"(?:{_IN}\s+)?(?P<dir>{_DIRW})\s+(?P<per>{_PER})"),
    # на вихідних, у ці вихідні, минулих вихідних
    _rule("weekend", "weekend",
        rf"(?:(?:{_IN})\s+(?:(?P<dir>{_DIRW})\s+)?|(?P<dir2>{_DIRW})\s+)(?:вихідні|вихідних)"),
    # три дні тому, через два тижні
    _rule("ago", "shift", rf"(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})\s+тому", sign=-1),
    _rule("in", "shift", rf"через\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    # протягом найближчих тижнів, найближчими днями, у найближчі дні: vague, forward
    _rule("coming", "span",
        rf"(?:(?:протягом|впродовж|упродовж|у|в|на|за)\s+)?(?P<n>найближчих|найближчі|найближчими)\s+(?P<unit>{_SUNIT})",
        sign=1, vague=True),
    # протягом найближчих двох тижнів, у наступні три дні
    _rule("coming_n", "span",
        rf"(?:протягом|впродовж|упродовж|у|в|на|за)\s+(?:найближчих|найближчі|наступних|наступні)\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})",
        sign=1),
    # за останні п'ять місяців, протягом останніх днів
    # за останні п'ять місяців: a length counted back, it dates no event
    _rule("recent", "duration",
        rf"(?:за|протягом|впродовж|упродовж)\s+(?:останні|останніх)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})"),
    _rule("recent_vague", "span",
        rf"(?:за|протягом|впродовж|упродовж)\s+(?P<n>останні|останніх)\s+(?P<unit>{_SUNIT})", sign=-1, vague=True),
    # Різдво, до Різдва
    _rule("holiday", "holiday", rf"(?:(?P<pre>до|з|від)\s+|(?:на|у|в)\s+)?(?P<holiday>{alt(HOLIDAYS)})"),
    # навесні, цієї осені, взимку 2026 року
    _rule("season", "season",
        rf"(?:(?P<dir>{_DIRW})\s+|(?:у|в|до|з)\s+)(?P<season>{alt(SEASONS)})(?:\s+(?P<y1>(?:19|20)\d{{2}}))?"),
    # протягом двох днів, на три дні, два дні, п'ять місяців: durations, never dates
    _rule("duration", "duration",
        rf"(?:протягом|впродовж|упродовж|на|за|понад|майже|близько)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})"),
    _rule("duration_bare", "duration", rf"(?P<n>{_NUM_BARE})\s+(?P<unit>{_UNIT})"),
)


WORDS = TemporalWords(
    rules=RULES, months=MONTHS, weekdays=WEEKDAYS, numbers=NUMBERS, units=UNITS, periods=PERIODS,
    directions=DIRECTIONS, parts=PARTS, seasons=SEASONS, deictic_days=DEICTIC_DAYS, prepositions=PREPOSITIONS,
    ordinals=ORDINALS, holidays=HOLIDAYS, date_order=DATE_ORDER, dateparser_language="uk",
)
