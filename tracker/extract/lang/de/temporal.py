"""German temporal words and patterns: :mod:`tracker.extract.temporal.pack` builds them into
the language pack :mod:`tracker.extract.temporal` uses.

The patterns cover what dateparser (``languages=["de"]``) leaves out or gets wrong: a weekday
with its article or direction ("am Montag", "am kommenden Montag", "vergangenen Freitag"), a
weekday glued to its time of day ("Dienstagabend"), the part of a month ("Ende August"),
"vergangene Woche", "am Wochenende", and ranges ("vom 10. bis 14. März"). A weekday is read
by :func:`tracker.extract.temporal.calendar.pick_weekday`, so the publication's own weekday
is the publication day, not the week before. Durations ("zwei Tage", "zweitägigen") are kinds
of their own and never become dates. Lower-case "morgen" is tomorrow; "am Morgen" is a
morning and is not matched. A bare month needs a preposition or a day ("im August",
"12. August"), so "Mai" or "März" alone stay words.
"""

from __future__ import annotations

import re
from functools import partial

from tracker.extract.rules import TemporalWords
from tracker.extract.temporal.pack import ISO_DATE, Rule, alt, make_rule

MONTHS = {
    "Januar": 1, "Jänner": 1, "Jan": 1, "Februar": 2, "Feb": 2, "März": 3, "Mär": 3, "April": 4, "Apr": 4,
    "Mai": 5, "Juni": 6, "Jun": 6, "Juli": 7, "Jul": 7, "August": 8, "Aug": 8, "September": 9, "Sept": 9,
    "Sep": 9, "Oktober": 10, "Okt": 10, "November": 11, "Nov": 11, "Dezember": 12, "Dez": 12,
}
_MONTH_FULL = [w for w in MONTHS if len(w) > 4 or w in ("März", "Mai", "Juni", "Juli")]
_MONTH_ABBR = [w for w in MONTHS if w not in _MONTH_FULL]

WEEKDAYS = {
    "Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4, "Samstag": 5,
    "Sonnabend": 5, "Sonntag": 6,
}
#: "Dienstagabend", "Montagmorgen": the time of day glued to the weekday is the same day.
WEEKDAYS.update({
    day + part: number
    for day, number in list(WEEKDAYS.items())
    for part in ("abend", "morgen", "nachmittag", "vormittag", "mittag", "früh", "nacht")
})

NUMBERS: dict[str, int | None] = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "vierzehn": 14, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "neunzig": 90, "hundert": 100, "einige": None, "einigen": None, "mehrere": None,
    "mehreren": None, "wenige": None, "wenigen": None, "ein paar": None,
}
#: A bare duration never starts with "ein": "einen Tag" alone is too often "one day, ...".
_BARE_NUMBERS = [w for w in NUMBERS if not w.startswith("ein")]

UNITS = {
    "Stunde": "hour", "Stunden": "hour", "Minute": "minute", "Minuten": "minute",
    "Tag": "day", "Tage": "day", "Tagen": "day", "Nacht": "night", "Nächte": "night", "Nächten": "night",
    "Woche": "week", "Wochen": "week", "Monat": "month", "Monate": "month", "Monaten": "month",
    "Jahr": "year", "Jahre": "year", "Jahren": "year",
    # adjectives of length, glued to the number: "zweitägigen", "dreistündige"
    "tägig": "day", "tägige": "day", "tägigen": "day", "tägiger": "day", "tägiges": "day",
    "stündig": "hour", "stündige": "hour", "stündigen": "hour", "stündiger": "hour",
    "wöchig": "week", "wöchige": "week", "wöchigen": "week", "monatig": "month", "monatige": "month", "monatigen": "month",
}
_SHIFT_UNITS = [w for w in UNITS if UNITS[w] != "minute" and w[:1].isupper()]
_NOUN_UNITS = [w for w in UNITS if w[:1].isupper()]
_ADJ_UNITS = [w for w in UNITS if not w[:1].isupper()]
#: The glued adjectives whole ("zweitägigen"), so the gate of the duration rules sees them.
UNITS.update({n + u: UNITS[u] for n in ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn") for u in _ADJ_UNITS})

PERIODS = {"Woche": "week", "Monat": "month", "Monats": "month", "Jahr": "year", "Jahres": "year", "Jahrs": "year", "Wochenende": "weekend"}

_DIR_FORMS = {
    1: ("nächst", "kommend", "folgend"),
    -1: ("vergangen", "letzt", "vorig", "zurückliegend"),
    0: ("dies",),
}
DIRECTIONS: dict[str, int] = {stem + end: sign for sign, stems in _DIR_FORMS.items() for stem in stems for end in ("e", "en", "er", "es", "em")}

PARTS = {"Anfang": "early", "Beginn": "early", "Mitte": "mid", "Ende": "late", "früher": "earlier", "später": "later"}

SEASONS = {"Frühling": "spring", "Frühjahr": "spring", "Sommer": "summer", "Herbst": "autumn", "Winter": "winter"}

#: "bis Ende August" is the whole stretch up to its end; "seit Anfang des Jahres" runs to publication.
PREPOSITIONS = {"bis": "until", "bis zum": "until", "bis zur": "until", "vor": "until", "seit": "since", "seit dem": "since"}

DEICTIC_DAYS = {
    "vorgestern": -2, "gestern": -1, "gestern Abend": -1, "gestern Morgen": -1, "gestern Nachmittag": -1,
    "gestern Vormittag": -1, "heute": 0, "heute Morgen": 0, "heute Abend": 0, "heute Nachmittag": 0,
    "heute Vormittag": 0, "heute früh": 0, "morgen": 1, "morgen früh": 1, "morgen Abend": 1,
    "morgen Nachmittag": 1, "übermorgen": 2,
}

HOLIDAYS = {"Weihnachten": (12, 25), "Heiligabend": (12, 24), "Neujahr": (1, 1), "Silvester": (12, 31)}

ORDINALS = {
    "ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4,
    "letzten": -1, "letzte": -1,
}

DATE_ORDER = "DMY"

# --------------------------------------------------------------------------- patterns

_MONTH = rf"(?:{alt(_MONTH_FULL)}|{alt(_MONTH_ABBR)}\.?)"
_MONTHF = alt(_MONTH_FULL)
#: A day in figures carries its ordinal dot: "12. August".
_DAY = r"(?:[12]\d|3[01]|0?[1-9])\."
_YEAR = r"(?:19|20)\d{2}(?![\d.,]\d|\w)"
_WD = alt(WEEKDAYS)
_DAYTIME = r"(?:\s+(?:Abend|Morgen|Nachmittag|Vormittag|Mittag|früh))?"
_DIR = alt(DIRECTIONS)
_NUM = rf"(?:{alt(NUMBERS)}|\d{{1,3}}(?![\d.,]\d))"
_NUM_BARE = rf"(?:{alt(_BARE_NUMBERS)}|(?<![\d.,])\d{{1,3}}(?![\d.,]\d))"
_UNIT = alt(_NOUN_UNITS)
_SUNIT = alt(_SHIFT_UNITS)
_PER = r"(?:Woche|Monats|Monat|Jahres|Jahrs|Jahr)"
_PRE = rf"(?:(?P<pre>{alt(PREPOSITIONS)})\s+)?(?:(?:ab|gegen|zum|zur|um)\s+)?"
_TO = r"(?:\s*(?:-|–|bis(?:\s+(?:zum|einschließlich))?|und)\s*)"

#: German patterns ignore case except where a capital tells a noun from a word ("morgen").
_rule = partial(make_rule, flags=re.IGNORECASE)

RULES: tuple[Rule, ...] = (
    # vom 10. bis 14. März, 10.–14. März 2025, am 10. und 11. März, zwischen dem 28. Februar und dem 2. März
    _rule("day_range", "day_range",
        rf"(?:(?:vom|von|zwischen\s+dem|zwischen|am|den)\s+)?(?P<d1>{_DAY})(?:\s*(?P<m0>{_MONTH})(?:\s+(?P<y0>{_YEAR}))?)?"
        rf"{_TO}(?:(?:dem|den|zum)\s+)?(?P<d2>{_DAY})\s*(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    # am Dienstag, 12. August 2025; am 15. August; den 3. März
    _rule("day_month", "day_month",
        rf"(?:(?:am|vom|zum|bis\s+zum|seit\s+dem|ab\s+dem|den|dem)\s+)?(?:(?P<wd>{_WD}),?\s+(?:(?:den|dem)\s+)?)?(?P<d1>{_DAY})\s*(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    # 11.04.2025, 11.4.25 is left out (two-digit years are ambiguous)
    _rule("numeric", "numeric", r"(?<![\d/.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y1>(?:19|20)\d{2})(?![\d/.]\d)"),
    _rule("iso", "iso", ISO_DATE),
    # März bis Mai 2025, von März bis Mai
    _rule("month_range", "month_range",
        rf"(?:(?:von|zwischen)\s+)?(?P<m0>{_MONTHF})\s*(?:-|–|bis|und)\s*(?P<m1>{_MONTHF})(?:\s+(?P<y1>{_YEAR}))?"),
    # August 2025, im März 2024
    _rule("month_year", "month", rf"(?:(?:im|seit|bis|ab|von)\s+)?(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR})"),
    # im August, im vergangenen März, Anfang (see part_month), im Monat Mai
    _rule("month", "month", rf"(?:im|in\s+diesem|(?:im\s+)?(?P<dir>{_DIR}))\s+(?:Monat\s+)?(?P<m1>{_MONTHF})"),
    _rule("month_after_preposition", "month", rf"(?:seit|bis|ab|nach|vor)\s+(?P<core>(?P<m1>{_MONTHF}))(?!\s*\d)"),
    # von 2020 bis 2022, zwischen 2014 und 2015
    _rule("year_range", "year_range", rf"(?:von|zwischen)\s+(?P<y0>{_YEAR})\s*(?:bis|und|-|–)\s*(?P<y1>{_YEAR})"),
    # im Jahr 2025, 2025 (after a preposition)
    _rule("year", "year", rf"(?:im\s+Jahr(?:e)?|im\s+Laufe\s+des\s+Jahres|Jahr)\s+(?P<y1>{_YEAR})"),
    _rule("year_after_preposition", "year", rf"(?:seit|bis|ab|vor|nach|in)\s+(?P<core>(?P<y1>{_YEAR}))"),
    # Ende August, Anfang März 2026, bis Mitte Juli
    _rule("part_month", "part_month", rf"{_PRE}(?P<part>Anfang|Beginn|Mitte|Ende)\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    # Ende 2025, Anfang 2026
    _rule("part_year", "part_year", rf"{_PRE}(?P<part>Anfang|Beginn|Mitte|Ende)\s+(?P<y1>{_YEAR})"),
    # Ende der Woche, Anfang nächster Woche, bis Ende des Jahres, Mitte kommenden Monats
    _rule("part_period", "part_period",
        rf"{_PRE}(?P<part>Anfang|Beginn|Mitte|Ende)\s+(?:(?:der|des|dieser|dieses)\s+|(?P<dir>{_DIR})\s+)(?P<per>{_PER})"),
    # früher in diesem Jahr, später in dieser Woche
    _rule("earlier_later", "part_period",
        rf"(?P<part>früher|später)\s+in\s+(?:diesem|dieser)\s+(?P<per>{_PER})"),
    # von Montag bis Mittwoch, zwischen Montag und Dienstag
    _rule("weekday_range", "weekday_range",
        rf"(?:(?:von|zwischen|am)\s+)?(?P<wd>{_WD})\s*(?:-|–|bis|und)\s*(?P<wd2>{_WD})"),
    # am Montag, am kommenden Montag, vergangenen Freitag, Dienstagabend, diesen Mittwoch
    _rule("weekday", "weekday",
        rf"(?:(?:am|an\s+diesem|an\s+einem|bis|ab|bis\s+zum|seit)\s+)?(?:(?P<dir>{_DIR})\s+)?(?P<wd>{_WD}){_DAYTIME}(?!\s*,?\s*(?:den\s+|dem\s+)?\d)"),
    # seit Montag: from the last Monday to publication
    _rule("since_weekday", "since_weekday", rf"seit\s+(?:dem\s+)?(?:vergangenen\s+)?(?P<wd>{_WD})"),
    # lower case only: "morgen" is tomorrow, "am Morgen" a morning
    _rule("deictic", "deictic", rf"(?<!am\s)(?<!Am\s)(?<!jeden\s)(?P<deic>(?-i:{alt(DEICTIC_DAYS)}))"),
    # nächste Woche, in der kommenden Woche, vergangene Woche, im vergangenen Jahr, diesen Monat
    _rule("period", "period", rf"(?:(?:in\s+der|im|in\s+diesem|in\s+dieser)\s+)?(?P<dir>{_DIR})\s+(?P<per>Woche|Monat|Jahr)"),
    _rule("period_this", "period", r"(?:in\s+)?(?P<dir>diese[rmns]?)\s+(?P<per>Woche|Monat|Jahr)"),
    # am Wochenende, am kommenden Wochenende, vergangenes Wochenende
    _rule("weekend", "weekend",
        rf"(?:(?:am|übers|über\s+das|an\s+diesem|an\s+dem)\s+)?(?:(?P<dir>{_DIR})\s+)?Wochenende"),
    # vor drei Tagen, in zwei Wochen
    _rule("ago", "shift", rf"vor\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=-1),
    _rule("in", "shift", rf"in\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    # innerhalb von zwei Wochen, binnen drei Tagen, in den kommenden Tagen, in den nächsten zwei Wochen
    _rule("within", "span", rf"(?:innerhalb\s+von|binnen|innerhalb)\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    _rule("coming", "span",
        rf"(?:in|während|innerhalb)\s+(?:der|den)\s+(?:nächsten|kommenden|folgenden)\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_SUNIT})", sign=1, vague=True),
    _rule("recent", "span",
        rf"(?:in|während)\s+(?:der|den)\s+(?:vergangenen|letzten|zurückliegenden)\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_SUNIT})", sign=-1, vague=True),
    # die erste Woche im Januar, in der letzten Woche des Dezembers
    _rule("week_of_month", "week_of_month",
        rf"(?:in\s+)?(?:der|die)\s+(?P<nth>{alt(ORDINALS)})\s+(?:Woche|Augustwoche)\s+(?:im|des)\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    _rule("season_year", "season", rf"(?:im\s+)?(?P<season>{alt(SEASONS)})\s+(?P<y1>{_YEAR})"),
    _rule("holiday", "holiday", rf"(?:(?P<pre>bis|vor|seit)\s+|(?:an|zu|über)\s+)?(?P<holiday>{alt(HOLIDAYS)})"),
    # im Sommer, diesen Herbst, im vergangenen Winter
    _rule("season", "season",
        rf"(?:im|(?:im\s+)?(?P<dir>{_DIR})|seit\s+dem|bis\s+zum)\s+(?P<season>{alt(SEASONS)})(?:\s+(?P<y1>{_YEAR}))?"),
    # zwei Tage lang, seit drei Jahren, nach zweitägigen Gesprächen, 2 Stunden und 45 Minuten
    _rule("duration", "duration",
        rf"(?:(?:seit|für|während|nach|über|rund|etwa|knapp|mehr\s+als|fast)\s+)+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})"),
    _rule("duration_bare", "duration", rf"(?P<n>{_NUM_BARE})\s+(?P<unit>{_UNIT})"),
    _rule("duration_adjective", "duration",
        rf"(?P<n>{alt([w for w in NUMBERS if NUMBERS[w] and not w.startswith('ein')])}|\d{{1,3}})-?(?P<unit>{alt(_ADJ_UNITS)})"),
)


WORDS = TemporalWords(
    rules=RULES, months=MONTHS, weekdays=WEEKDAYS, numbers=NUMBERS, units=UNITS, periods=PERIODS,
    directions=DIRECTIONS, parts=PARTS, seasons=SEASONS, deictic_days=DEICTIC_DAYS, prepositions=PREPOSITIONS,
    ordinals=ORDINALS, holidays=HOLIDAYS, date_order=DATE_ORDER, dateparser_language="de",
)
