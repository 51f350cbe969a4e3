"""Spanish temporal words and patterns: :mod:`tracker.extract.temporal.pack` builds them into
the language pack :mod:`tracker.extract.temporal` uses.

Patterns ignore case and accents ("sabado" and "sábado" both match). dateparser (languages
["es"]) returns nothing for a weekday with its article or a direction ("el lunes", "este
martes", "el pasado viernes", "el próximo sábado") and turns durations ("42 días") into dates,
so these are read here: a weekday is resolved by the shared resolver from the sentence's tense,
and a bare number only becomes a day next to a month name.
"""

from __future__ import annotations

import re
from functools import partial

from tracker.extract.rules import TemporalWords
from tracker.extract.temporal.pack import ISO_DATE, Rule, alt, make_rule

MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
    "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "set": 9, "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}
_MONTH_FULL = [w for w in MONTHS if len(w) > 4 or w in ("mayo", "julio", "junio", "enero", "abril", "marzo")]
_MONTH_ABBR = [w for w in MONTHS if w not in _MONTH_FULL]

WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6}

NUMBERS: dict[str, int | None] = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "dieciséis": 16, "veinte": 20, "veinticuatro": 24, "treinta": 30, "cuarenta": 40,
    "cuarenta y ocho": 48, "cincuenta": 50, "sesenta": 60, "setenta y dos": 72, "cien": 100,
    "unos": None, "unas": None, "varios": None, "varias": None,
}
_BARE_NUMBERS = [w for w in NUMBERS if w not in ("un", "una", "uno", "unos", "unas")]

UNITS = {
    "hora": "hour", "horas": "hour", "minuto": "minute", "minutos": "minute",
    "día": "day", "días": "day", "jornada": "day", "jornadas": "day", "noche": "night", "noches": "night",
    "semana": "week", "semanas": "week", "mes": "month", "meses": "month", "año": "year", "años": "year",
}
_SHIFT_UNITS = [w for w in UNITS if UNITS[w] not in ("minute",)]

PERIODS = {"semana": "week", "mes": "month", "año": "year", "fin de semana": "weekend"}

DIRECTIONS = {
    "próximo": 1, "próxima": 1, "que viene": 1, "siguiente": 1, "pasado": -1, "pasada": -1,
    "último": -1, "última": -1, "anterior": -1, "este": 0, "esta": 0,
}

PARTS = {
    "principios": "early", "comienzos": "early", "inicios": "early", "finales": "late", "fines": "late",
    "mediados": "mid", "más temprano": "earlier", "más tarde": "later",
}

SEASONS = {"primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter"}

#: "antes de finales de junio" is the whole of June; "desde principios de año" runs to publication.
PREPOSITIONS = {"antes de": "until", "hasta": "until", "desde": "since"}

DEICTIC_DAYS = {
    "anteayer": -2, "antier": -2, "antes de ayer": -2, "ayer": -1, "ayer por la mañana": -1,
    "ayer por la tarde": -1, "ayer por la noche": -1, "anoche": -1, "hoy": 0, "esta mañana": 0,
    "esta tarde": 0, "esta noche": 0, "mañana": 1, "pasado mañana": 2,
}

HOLIDAYS = {
    "Navidad": (12, 25), "el día de Navidad": (12, 25), "Nochebuena": (12, 24), "Año Nuevo": (1, 1),
    "Nochevieja": (12, 31),
}

ORDINALS = {"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "última": -1}

DATE_ORDER = "DMY"

# --------------------------------------------------------------------------- patterns

_MONTH = rf"(?:{alt(_MONTH_FULL)}|{alt(_MONTH_ABBR)}\.?)"
_MONTHF = alt(_MONTH_FULL)
_DAY = r"(?:1\s*[ºo°]|[12]\d|3[01]|0?[1-9])(?![\d,.]\d)"
_YEAR = r"(?:19|20)\d{2}(?![\d,.]\d|\w)"
_WD = alt(WEEKDAYS)
_NUM = rf"(?:{alt(NUMBERS)}|\d{{1,3}}(?![\d,.]\d))"
_NUM_BARE = rf"(?:{alt(_BARE_NUMBERS)}|(?<![\d,.])\d{{1,3}}(?![\d,.]\d))"
_UNIT = alt(UNITS)
_SUNIT = alt(_SHIFT_UNITS)
_NEXT = alt(["próximo", "próxima", "que viene", "siguiente"])
_LAST = alt(["pasado", "pasada", "último", "última", "anterior"])
_NEXT_LAST = alt(["próximo", "próxima", "que viene", "pasado", "pasada", "último", "última"])
_THIS = alt(["este", "esta"])
_DAYTIME = r"(?:\s+(?:por\s+la\s+(?:mañana|tarde|noche)|en\s+la\s+(?:mañana|tarde|noche)|al\s+mediodía))?"
_DE = r"(?:\s+de(?:l)?\s+)"
_PRE = (
    rf"(?:(?P<pre>{alt(PREPOSITIONS)})\s+)?"
    rf"(?:(?:a|en|para|hacia)\s+)?"
)

_rule = partial(make_rule, flags=re.IGNORECASE)

RULES: tuple[Rule, ...] = (
    # del 10 al 14 de marzo de 2025, entre el 10 y el 14 de marzo, los días 20 y 21 de diciembre
    _rule("day_range", "day_range",
        rf"(?:(?:del|entre\s+el|entre\s+los\s+días|los\s+días|los|el)\s+)?(?:{_WD}\s+)?(?P<d1>{_DAY})"
        rf"(?:{_DE}(?P<m0>{_MONTH})(?:{_DE}(?P<y0>{_YEAR}))?)?"
        rf"\s*(?:al|y\s+el|y|-|–|a)\s*(?:(?:el|al)\s+)?(?:{_WD}\s+)?(?P<d2>{_DAY}){_DE}(?P<m1>{_MONTH})(?:{_DE}(?P<y1>{_YEAR}))?"),
    # el martes 16 de diciembre de 2025, 1º de marzo, 11 nov, el 17 de septiembre pasado
    _rule("day_month", "day_month",
        rf"(?:(?:el|este|del|al|para\s+el)\s+)?(?:(?P<wd>{_WD})\s+)?(?P<d1>{_DAY})"
        rf"(?:{_DE}|\s+)(?P<m1>{_MONTH})(?:(?:{_DE}|\s+)(?P<y1>{_YEAR}))?(?:\s+(?P<dir>pasado|próximo))?"),
    _rule("numeric", "numeric", r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y1>(?:19|20)\d{2})(?![\d/])"),
    _rule("iso", "iso", ISO_DATE),
    # de marzo a mayo de 2025, entre marzo y mayo
    _rule("month_range", "month_range",
        rf"(?:de|entre)\s+(?P<m0>{_MONTHF})\s+(?:a|y|hasta)\s+(?P<m1>{_MONTHF})(?:{_DE}(?P<y1>{_YEAR}))?"),
    # agosto de 2025, en mayo de 2024
    _rule("month_year", "month", rf"(?:(?:en|de|el\s+mes\s+de)\s+)?(?P<m1>{_MONTH})(?:{_DE}|\s+)(?P<y1>{_YEAR})"),
    # en agosto, el mes de agosto, en agosto pasado
    _rule("month", "month",
        rf"(?:en|(?:el|del|este)\s+mes\s+de)\s+(?P<m1>{_MONTHF})(?:\s+(?P<dir>pasado|próximo))?"),
    # desde marzo, hasta junio, antes de agosto
    _rule("month_after_preposition", "month",
        rf"(?:desde|hasta|antes\s+de|después\s+de|a\s+partir\s+de|para)\s+(?P<core>(?P<m1>{_MONTHF}))"),
    _rule("year_range", "year_range", rf"(?:de|entre|desde)\s+(?P<y0>{_YEAR})\s*(?:a|y|-|–|hasta)\s*(?P<y1>{_YEAR})"),
    _rule("year", "year", rf"(?:en|el\s+año|durante\s+el\s+año|a\s+lo\s+largo\s+de)\s+(?P<y1>{_YEAR})"),
    _rule("year_after_preposition", "year",
        rf"(?:desde|hasta|antes\s+de|después\s+de|a\s+partir\s+de)\s+(?P<core>(?P<y1>{_YEAR}))"),
    # a finales de agosto, a mediados de septiembre, principios de 2026
    _rule("part_month", "part_month",
        rf"{_PRE}(?P<part>principios|comienzos|inicios|finales|fines|mediados)\s+de\s+(?P<m1>{_MONTH})(?:{_DE}(?P<y1>{_YEAR}))?"),
    _rule("part_year", "part_year",
        rf"{_PRE}(?P<part>principios|comienzos|inicios|finales|fines|mediados)\s+de(?:l\s+año)?\s+(?P<y1>{_YEAR})"),
    # a finales de la semana, a principios del mes próximo, a finales de año
    _rule("part_period", "part_period",
        rf"{_PRE}(?P<part>principios|comienzos|inicios|finales|fines|mediados)"
        rf"\s+(?:de\s+la\s+|del\s+|de\s+)(?P<per>semana|mes|año)(?:\s+(?P<dir>{_NEXT_LAST}))?"),
    # del lunes al miércoles, entre el lunes y el miércoles
    _rule("weekday_range", "weekday_range",
        rf"(?:(?:del|entre\s+el|entre)\s+)(?P<wd>{_WD})\s+(?:al|y\s+el|y|a)\s+(?P<wd2>{_WD})"),
    # el lunes 22 (no month)
    _rule("weekday_day", "weekday_day",
        rf"(?:(?:el|este)\s+)?(?P<wd>{_WD})\s+(?P<d1>{_DAY})(?!\s*(?:h\b|h\d|horas?|:|/|\.\d|%|de\s+{_MONTH}|{_MONTH}))"),
    # el lunes, este martes, el pasado viernes, el próximo sábado, el sábado pasado, el lunes por la tarde
    _rule("weekday", "weekday",
        rf"(?:(?:(?:el|este)\s+)?(?P<dir>{_NEXT_LAST}|{_THIS})\s+|(?:el|para\s+el)\s+)?(?P<wd>{_WD})"
        rf"(?:\s+(?P<dir2>{_NEXT_LAST}))?{_DAYTIME}"),
    _rule("since_weekday", "since_weekday", rf"desde\s+(?:este\s+|el\s+)?(?P<wd>{_WD}){_DAYTIME}"),
    # "se encuentran desde ayer": an occurrence under way since that day is dated by it
    _rule("deictic", "deictic", rf"(?:desde\s+)?(?P<deic>{alt(DEICTIC_DAYS)})(?!\s+(?:de|del)\s)"),
    # la próxima semana, la semana pasada, el mes pasado, el año que viene, esta semana
    _rule("period_next_before", "period", rf"(?:(?:la|el)\s+)?(?P<dir>{_NEXT_LAST})\s+(?P<per>semana|mes|año)"),
    _rule("period_next_last", "period", rf"(?:(?:la|el)\s+)?(?P<per>semana|mes|año)\s+(?P<dir>{_NEXT_LAST})"),
    _rule("period_this", "period", rf"(?P<dir>{_THIS})\s+(?P<per>semana|mes|año)"),
    _rule("weekend", "weekend",
        rf"(?:(?P<dir>este)|el|durante\s+el)\s+fin\s+de\s+semana(?:\s+(?P<dir2>{_NEXT_LAST}))?"),
    # hace tres días, dentro de dos semanas
    _rule("ago", "shift", rf"hace\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=-1),
    _rule("in", "shift", rf"dentro\s+de\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    _rule("within", "span", rf"(?:en\s+un\s+plazo\s+de|en\s+menos\s+de)\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    # en los próximos días, en las próximas horas, en las siguientes horas
    _rule("coming", "span",
        rf"(?:en|durante|a\s+lo\s+largo\s+de)\s+(?:los|las)\s+(?:(?P<n>{_NUM})\s+)?(?:próximos|próximas|siguientes)\s+(?P<unit>{_SUNIT})", sign=1, vague=True),
    # en los últimos días, en las últimas semanas
    _rule("recent", "span",
        rf"(?:en|durante)\s+(?:los|las)\s+(?:(?P<n>{_NUM})\s+)?(?:últimos|últimas)\s+(?P<unit>{_SUNIT})", sign=-1, vague=True),
    _rule("season_year", "season", rf"(?P<season>{alt(SEASONS)})\s+de\s+(?P<y1>{_YEAR})"),
    _rule("holiday", "holiday", rf"(?:(?P<pre>{alt(PREPOSITIONS)})\s+|(?:en|para|durante)\s+)?(?P<holiday>{alt(HOLIDAYS)})"),
    _rule("season", "season",
        rf"(?:(?P<dir>{_THIS})|en\s+(?:la|el)|la|el|desde\s+(?:la|el)|hasta\s+(?:la|el))\s+"
        rf"(?P<season>{alt(SEASONS)})(?:\s+(?P<dir2>{_NEXT_LAST}))?(?:\s+de\s+(?P<y1>{_YEAR}))?"),
    # durante dos días, en tres horas, una visita de tres días
    _rule("duration", "duration",
        rf"(?:(?:durante|en|por|desde\s+hace|de|tras|después\s+de|al\s+cabo\s+de)\s+)(?:más\s+de\s+)?(?P<n>{_NUM})\s+(?P<unit>{_UNIT})"),
    _rule("duration_bare", "duration", rf"(?P<n>{_NUM_BARE})\s+(?P<unit>{_UNIT})"),
)


WORDS = TemporalWords(
    rules=RULES, months=MONTHS, weekdays=WEEKDAYS, numbers=NUMBERS, units=UNITS, periods=PERIODS,
    directions=DIRECTIONS, parts=PARTS, seasons=SEASONS, deictic_days=DEICTIC_DAYS, prepositions=PREPOSITIONS,
    ordinals=ORDINALS, holidays=HOLIDAYS, date_order=DATE_ORDER, dateparser_language="es",
)
