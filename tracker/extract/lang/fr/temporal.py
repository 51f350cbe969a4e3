"""French temporal words and patterns, and nothing else: :mod:`tracker.extract.temporal.pack`
builds them into the language pack :mod:`tracker.extract.temporal` uses.

Patterns are case-insensitive and accent-tolerant ("aout" and "août" both match). A bare
month needs a preposition ("en août", "au mois d'août", "depuis mars"): alone, "mars" or
"mai" are too often something else. A bare number only becomes a day next to a month name,
so "un plan en vingt points" or "de 20 à 30 ans" never turns into a date.
"""

from __future__ import annotations

import re
from functools import partial

from tracker.extract.rules import TemporalWords
from tracker.extract.temporal.pack import ISO_DATE, Rule, alt, make_rule

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "déc": 12,
}
_MONTH_FULL = [w for w in MONTHS if len(w) > 4 or w in ("mars", "mai", "juin", "août")]
_MONTH_ABBR = [w for w in MONTHS if w not in _MONTH_FULL]

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}

NUMBERS: dict[str, int | None] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "vingt et un": 21, "vingt-quatre": 24, "trente": 30, "quarante": 40, "quarante-cinq": 45,
    "quarante-huit": 48, "cinquante": 50, "soixante": 60, "soixante-douze": 72, "cent": 100,
    "une dizaine de": 10, "une quinzaine de": 15, "une vingtaine de": 20, "une trentaine de": 30,
    "quelques": None, "plusieurs": None,
}
#: Numbers a bare duration may start with ("un jour" alone is "one day, ..." = some day).
_BARE_NUMBERS = [w for w in NUMBERS if w not in ("un", "une")]

UNITS = {
    "heure": "hour", "heures": "hour", "minute": "minute", "minutes": "minute",
    "jour": "day", "jours": "day", "journée": "day", "journées": "day", "nuit": "night", "nuits": "night",
    "semaine": "week", "semaines": "week", "mois": "month", "an": "year", "ans": "year",
    "année": "year", "années": "year",
}
_SHIFT_UNITS = [w for w in UNITS if UNITS[w] not in ("minute",)]

PERIODS = {
    "semaine": "week", "mois": "month", "année": "year", "an": "year",
    "week-end": "weekend", "weekend": "weekend",
}

DIRECTIONS = {
    "prochain": 1, "prochaine": 1, "dernier": -1, "dernière": -1, "passé": -1, "passée": -1,
    "ce": 0, "cet": 0, "cette": 0,
}

PARTS = {
    "début": "early", "fin": "late", "mi": "mid", "milieu": "mid",
    "plus tôt": "earlier", "plus tard": "later",
}

SEASONS = {"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"}

#: "avant la fin de juin" is the whole of June; "depuis le début de l'année" runs to publication.
PREPOSITIONS = {
    "avant": "until", "d'ici": "until", "d'ici à": "until", "jusqu'à": "until", "jusqu'au": "until",
    "jusqu'en": "until", "depuis": "since",
}

DEICTIC_DAYS = {
    "avant-hier": -2, "hier": -1, "hier matin": -1, "hier soir": -1, "hier après-midi": -1,
    "aujourd'hui": 0, "ce matin": 0, "ce soir": 0, "cet après-midi": 0, "ce midi": 0,
    "demain": 1, "demain matin": 1, "demain soir": 1, "après-demain": 2,
    "dans la journée": 0, "dans la soirée": 0, "dans la matinée": 0, "en fin de journée": 0,
}

#: Fixed-date holidays (month, day) that negotiators set deadlines by.
HOLIDAYS = {
    "Noël": (12, 25), "le jour de Noël": (12, 25), "le réveillon de Noël": (12, 24), "le Nouvel An": (1, 1),
    "le jour de l'An": (1, 1), "la Saint-Sylvestre": (12, 31), "le Noël orthodoxe": (1, 7),
}

ORDINALS = {
    "première": 1, "premier": 1, "deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4,
    "dernière": -1,
}

#: How a numeric date is read ("20/12/2025"), also dateparser's DATE_ORDER.
DATE_ORDER = "DMY"

# --------------------------------------------------------------------------- patterns

_AP = r"['’ʼ]\s*"
_MONTH = rf"(?:{alt(_MONTH_FULL)}|{alt(_MONTH_ABBR)}\.)"
_MONTHF = alt(_MONTH_FULL)
_DAY = r"(?:1\s*er|1ᵉʳ|premier|[12]\d|3[01]|0?[1-9])(?![\d,.]\d)"
_YEAR = r"(?:19|20)\d{2}(?![\d,.]\d|\w)"
#: Feasts that are not a week's day: "Vendredi saint", "Mardi gras", "lundi de Pâques".
_WD = rf"{alt(WEEKDAYS)}(?!\s+(?:saint|gras|de\s+Pâques|de\s+Pentecôte)\b)"
_NUM = rf"(?:{alt(NUMBERS)}|\d{{1,3}}(?![\d,.]\d))"
_NUM_BARE = rf"(?:{alt(_BARE_NUMBERS)}|(?<![\d,.])\d{{1,3}}(?![\d,.]\d))"
_UNIT = alt(UNITS)
_SUNIT = alt(_SHIFT_UNITS)
_NEXT_LAST = alt(["prochain", "prochaine", "dernier", "dernière", "passé", "passée"])
_THIS = alt(["ce", "cet", "cette"])
_DAYTIME = r"(?:\s+(?:au\s+)?(?:matin|soir|après-midi|apres-midi|midi|nuit))?"
_MONTH_OF = rf"(?:au|le|du|courant)\s+mois\s+(?:de\s+|d{_AP})"
#: Before "début/fin/mi": a preposition that changes the reading (PREPOSITIONS), then an article.
_PRE = (
    rf"(?:(?P<pre>{alt(PREPOSITIONS)})\s*)?"
    rf"(?:(?:au|en|à\s+la|à|la|le|dès\s+la|dès\s+le|dès|vers\s+la|vers\s+le)\s+)?"
)


#: French patterns ignore case ("Lundi", "LUNDI"); accents are handled by :func:`alt`.
_rule = partial(make_rule, flags=re.IGNORECASE)

RULES: tuple[Rule, ...] = (
    # du 10 au 14 mars 2025, entre le 10 et le 14 mars, les 20 et 21 décembre, 10-14 mars,
    # du 28 février au 2 mars
    _rule("day_range", "day_range",
        rf"(?:(?:du|entre\s+le|entre\s+les|les|le|des)\s+)?(?:{_WD}\s+)?(?P<d1>{_DAY})"
        rf"(?:\s+(?P<m0>{_MONTH})(?:\s+(?P<y0>{_YEAR}))?)?"
        rf"\s*(?:au|et\s+le|et|-|–|à)\s*(?:(?:le|au)\s+)?(?:{_WD}\s+)?(?P<d2>{_DAY})\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    # le mardi 16 décembre 2025, 1er mars, le 16 décembre dernier
    _rule("day_month", "day_month",
        rf"(?:(?:le|ce|du|au|dès\s+le|depuis\s+le|jusqu{_AP}au)\s+)?(?:(?P<wd>{_WD})\s+)?(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})"
        rf"(?:\s+(?P<y1>{_YEAR}))?(?:\s+(?P<dir>dernier|prochain))?"),
    _rule("numeric", "numeric", r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y1>(?:19|20)\d{2})(?![\d/])"),
    _rule("iso", "iso", ISO_DATE),
    # mars-avril 2022
    _rule("month_range_hyphen", "month_range",
        rf"(?:(?:en|de|d{_AP})\s*)?(?P<m0>{_MONTHF})\s*[-–]\s*(?P<m1>{_MONTHF})(?:\s+(?P<y1>{_YEAR}))?"),
    # de mars à mai 2025, entre mars et mai
    _rule("month_range", "month_range",
        rf"(?:de|d{_AP}|entre)\s*(?P<m0>{_MONTHF})\s+(?:à|a|et|jusqu{_AP}en|jusqu{_AP}à)\s+(?P<m1>{_MONTHF})(?:\s+(?P<y1>{_YEAR}))?"),
    # août 2025, en mai 2024, au mois d'août 2025
    _rule("month_year", "month", rf"(?:(?:en|{_MONTH_OF}|de|d{_AP})\s*)?(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR})"),
    # en août, au mois d'août, en août dernier
    _rule("month", "month",
        rf"(?:en|{_MONTH_OF}|le\s+mois\s+(?:de\s+|d{_AP}))\s*(?P<m1>{_MONTHF})(?:\s+(?P<dir>dernier|prochain))?"),
    # depuis mars, d'ici juin, avant août: the month alone is the expression
    _rule("month_after_preposition", "month",
        rf"(?:depuis|dès|jusqu{_AP}en|jusqu{_AP}à|d{_AP}ici|avant|après|à\s+partir\s+de|pour)\s+(?P<core>(?P<m1>{_MONTHF}))"),
    # de 2020 à 2022, entre 2014 et 2015
    _rule("year_range", "year_range", rf"(?:de|entre)\s+(?P<y0>{_YEAR})\s*(?:à|a|et|-|–)\s*(?P<y1>{_YEAR})"),
    # en 2025, l'année 2025
    _rule("year", "year", rf"(?:en|l{_AP}année|l{_AP}an|courant|au\s+cours\s+de\s+l{_AP}année)\s+(?P<y1>{_YEAR})"),
    _rule("year_after_preposition", "year",
        rf"(?:depuis|dès|jusqu{_AP}en|d{_AP}ici|avant|après|à\s+partir\s+de)\s+(?P<core>(?P<y1>{_YEAR}))"),
    # début janvier, fin novembre 2025, mi-décembre, à la fin du mois d'août
    _rule("part_month", "part_month",
        rf"{_PRE}(?P<part>début|fin|mi|milieu)(?:\s*-\s*|\s+)(?:(?:du\s+mois\s+)?(?:de\s+|d{_AP}))?(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    # début 2026, fin 2025, mi-2025
    _rule("part_year", "part_year",
        rf"{_PRE}(?P<part>début|fin|mi|milieu)(?:\s*-\s*|\s+)(?:de\s+l{_AP}année\s+)?(?P<y1>{_YEAR})"),
    # en fin de semaine, à la fin de l'année, au début du mois prochain, fin d'année
    _rule("part_period", "part_period",
        rf"{_PRE}(?P<part>début|fin|milieu|mi)"
        rf"(?:\s*-\s*|\s+)(?:de\s+la\s+|de\s+l{_AP}|du\s+|de\s+|d{_AP})"
        rf"(?P<per>semaine|mois|année|an)(?:\s+(?P<dir>{_NEXT_LAST}))?"),
    # plus tôt cette année, plus tard ce mois-ci
    _rule("earlier_later", "part_period",
        rf"(?P<part>plus\s+tôt|plus\s+tard)\s+(?:dans\s+)?(?:{_THIS}|la|le|l{_AP})\s*(?P<per>semaine|mois|année)(?:\s*-\s*ci)?"),
    # du lundi au mercredi, entre lundi et mercredi, lundi et mardi
    _rule("weekday_range", "weekday_range",
        rf"(?:(?:du|entre|les|le)\s+)?(?P<wd>{_WD})(?:\s+(?:au|et|à)\s+|\s*[-–]\s*)(?P<wd2>{_WD})(?:\s+(?:derniers|prochains))?"),
    # lundi 22 (no month): the month near publication where the 22nd is a Monday
    _rule("weekday_day", "weekday_day",
        rf"(?:(?:le|ce|dès|depuis|jusqu{_AP}à)\s+)?(?P<wd>{_WD})\s+(?P<d1>{_DAY})(?!\s*(?:h\b|h\d|heures?|:|/|\.\d|%|{_MONTH}))"),
    # mardi, ce mardi, mardi prochain, mardi dernier, lundi soir
    _rule("weekday", "weekday",
        rf"(?:(?:(?P<dir>{_THIS})|le|dès|jusqu{_AP}à|dès\s+ce)\s+)?(?P<wd>{_WD})"
        rf"(?:\s+(?P<dir2>{_NEXT_LAST}))?{_DAYTIME}"),
    # depuis lundi: from the last Monday to publication
    _rule("since_weekday", "since_weekday", rf"depuis\s+(?:ce\s+|le\s+)?(?P<wd>{_WD}){_DAYTIME}"),
    _rule("deictic", "deictic", rf"(?P<deic>{alt(DEICTIC_DAYS)})"),
    # la semaine prochaine, le mois dernier, l'année passée, cette semaine, ce mois-ci
    _rule("period_next_last", "period",
        rf"(?:(?:la|le|l{_AP})\s*)?(?P<per>semaine|mois|année|an)\s+(?P<dir>{_NEXT_LAST})"),
    _rule("period_this", "period", rf"(?P<dir>{_THIS})\s+(?P<per>semaine|mois|année)(?:\s*-\s*ci)?"),
    # ce week-end, le week-end dernier, le week-end
    _rule("weekend", "weekend",
        rf"(?:(?P<dir>ce)|le|du|au\s+cours\s+du|pendant\s+le|durant\s+le)\s+(?:week\s*-?\s*end)(?:\s+(?P<dir2>{_NEXT_LAST}))?"),
    # il y a trois jours, dans deux semaines
    _rule("ago", "shift", rf"il\s+y\s+a\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=-1),
    _rule("in", "shift", rf"dans\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})(?!\s+(?:de|d{_AP}))", sign=1),
    # d'ici deux semaines, dans les trois prochains jours, dans les prochains jours
    _rule("within", "span", rf"(?:d{_AP}ici(?:\s+à)?|sous)\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    _rule("coming", "span",
        rf"(?:dans|pendant|durant|au\s+cours)\s+(?:les|des)\s+(?:(?P<n>{_NUM})\s+)?(?:prochains|prochaines)\s+(?P<unit>{_SUNIT})", sign=1, vague=True),
    # ces trois derniers jours, au cours des derniers jours, ces dernières semaines
    _rule("recent", "span",
        rf"(?:(?:au\s+cours|lors|pendant|durant)\s+)?(?:des|les|ces)\s+(?:(?P<n>{_NUM})\s+)?(?:derniers|dernières|dernieres)\s+(?P<unit>{_SUNIT})", sign=-1, vague=True),
    _rule("coming_a_venir", "span",
        rf"(?:dans|pendant|durant|au\s+cours)\s+(?:les|des)\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_SUNIT})\s+(?:à|a)\s+venir", sign=1, vague=True),
    # ces dernières 24 heures
    _rule("recent_before_number", "span",
        rf"(?:(?:au\s+cours|lors|pendant|durant)\s+)?(?:des|les|ces)\s+(?:derniers|dernières|dernieres)\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=-1),
    # dans la semaine, dans le courant de la semaine: what is left of the publication week
    _rule("rest_of_week", "part_period",
        r"(?:dans|au\s+cours)\s+(?:le\s+courant\s+)?(?:de\s+)?la\s+(?P<per>semaine)(?!\s+(?:prochaine|dernière|passée|suivante|précédente|d|de|du))", part="later"),
    # la semaine du 15 décembre
    _rule("week_of_day", "day_month",
        rf"(?:(?:dans|pendant|durant|au\s+cours\s+de)\s+)?la\s+semaine\s+du\s+(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?", week=True),
    # la première semaine de janvier, la dernière semaine de décembre 2025
    _rule("week_of_month", "week_of_month",
        rf"(?:(?:au\s+cours\s+de|pendant|durant|dans|dès)\s+)?la\s+(?P<nth>{alt(ORDINALS)})\s+semaine\s+(?:de\s+|d{_AP})"
        rf"(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    # automne 2026 (the year is enough of a marker)
    _rule("season_year", "season", rf"(?P<season>{alt(SEASONS)})\s+(?P<y1>{_YEAR})"),
    # Noël, d'ici Noël, le jour de l'An
    _rule("holiday", "holiday",
        rf"(?:(?P<pre>{alt(PREPOSITIONS)})\s*|(?:à|pour|pendant|durant)\s+)?(?P<holiday>{alt(HOLIDAYS)})"),
    # au printemps, cet été, l'hiver dernier, à l'automne 2025
    _rule("season", "season",
        rf"(?:(?P<dir>{_THIS})|au|en|à\s+l{_AP}|l{_AP}|le|d{_AP}ici\s+l{_AP}|depuis\s+l{_AP}|dès\s+l{_AP})\s*"
        rf"(?P<season>{alt(SEASONS)})(?:\s+(?P<dir2>{_NEXT_LAST}))?(?:\s+(?P<y1>{_YEAR}))?"),
    # pendant deux jours, durant trois heures, en deux jours, une visite de trois jours
    _rule("duration", "duration",
        rf"(?:(?:pendant|durant|en|sur|depuis|de|d{_AP}une\s+durée\s+de|au\s+bout\s+de|après)\s+|d{_AP})(?P<n>{_NUM})\s+(?P<unit>{_UNIT})"),
    _rule("duration_bare", "duration", rf"(?P<n>{_NUM_BARE})\s+(?P<unit>{_UNIT})"),
)


WORDS = TemporalWords(
    rules=RULES, months=MONTHS, weekdays=WEEKDAYS, numbers=NUMBERS, units=UNITS, periods=PERIODS,
    directions=DIRECTIONS, parts=PARTS, seasons=SEASONS, deictic_days=DEICTIC_DAYS, prepositions=PREPOSITIONS,
    ordinals=ORDINALS, holidays=HOLIDAYS, date_order=DATE_ORDER, dateparser_language="fr",
)
