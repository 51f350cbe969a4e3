"""Italian temporal words and patterns, and nothing else: :mod:`tracker.extract.temporal.pack`
builds them into the language pack :mod:`tracker.extract.temporal` uses.

Patterns ignore case and accents ("lunedi" and "lunedì", "ROMA, 26 NOV"). The direction word
may stand before or after its noun ("la prossima settimana", "la settimana prossima",
"martedì scorso"), which dateparser misses; a weekday is resolved by the shared resolver
against the publication date and the tense. A bare month needs a preposition ("ad agosto",
"nel mese di marzo"), and a bare number only becomes a day next to a month, so "un piano in
20 punti" or "quattro ore" never turn into dates.
"""

from __future__ import annotations

import re
from functools import partial

from tracker.extract.rules import TemporalWords
from tracker.extract.temporal.pack import ISO_DATE, Rule, alt, make_rule

MONTHS = {
    "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4,
    "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
    "settembre": 9, "set": 9, "sett": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11,
    "dicembre": 12, "dic": 12,
}
_MONTH_FULL = [w for w in MONTHS if len(w) > 4]
_MONTH_ABBR = [w for w in MONTHS if w not in _MONTH_FULL]

WEEKDAYS = {
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6,
}

NUMBERS: dict[str, int | None] = {
    "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
    "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20,
    "ventuno": 21, "ventiquattro": 24, "trenta": 30, "quaranta": 40, "quarantacinque": 45,
    "quarantotto": 48, "cinquanta": 50, "sessanta": 60, "settantadue": 72, "cento": 100,
    "una decina di": 10, "una quindicina di": 15, "una ventina di": 20, "una trentina di": 30,
    "pochi": None, "poche": None, "alcuni": None, "alcune": None, "diversi": None, "diverse": None,
}
_BARE_NUMBERS = [w for w in NUMBERS if w not in ("un", "uno", "una")]

UNITS = {
    "ora": "hour", "ore": "hour", "minuto": "minute", "minuti": "minute",
    "giorno": "day", "giorni": "day", "giornata": "day", "giornate": "day", "notte": "night", "notti": "night",
    "settimana": "week", "settimane": "week", "mese": "month", "mesi": "month", "anno": "year", "anni": "year",
}
_SHIFT_UNITS = [w for w in UNITS if UNITS[w] not in ("minute",)]

PERIODS = {
    "settimana": "week", "mese": "month", "anno": "year", "fine settimana": "weekend", "weekend": "weekend",
    "week-end": "weekend", "fine-settimana": "weekend",
}

DIRECTIONS = {
    "prossimo": 1, "prossima": 1, "entrante": 1, "scorso": -1, "scorsa": -1, "passato": -1, "passata": -1,
    "ultimo": -1, "ultima": -1, "questo": 0, "questa": 0, "quest'": 0, "corrente": 0,
}

PARTS = {"inizio": "early", "fine": "late", "metà": "mid", "meta": "mid", "primi": "early", "fini": "late"}

SEASONS = {"primavera": "spring", "estate": "summer", "autunno": "autumn", "inverno": "winter"}

PREPOSITIONS = {"entro": "until", "prima": "until", "fino a": "until", "fino al": "until", "da": "since", "dal": "since", "dalla": "since"}

DEICTIC_DAYS = {
    "l'altro ieri": -2, "l'altroieri": -2, "altroieri": -2, "ieri": -1, "ieri mattina": -1, "ieri sera": -1,
    "ieri pomeriggio": -1, "oggi": 0, "stamattina": 0, "stamani": 0, "stasera": 0, "stanotte": 0,
    "questa mattina": 0, "questa sera": 0, "questo pomeriggio": 0, "in giornata": 0, "in serata": 0,
    "in mattinata": 0, "nel pomeriggio": 0, "odierno": 0, "odierna": 0, "odierni": 0, "odierne": 0,
    "domani": 1, "domani mattina": 1, "domattina": 1, "domani sera": 1, "dopodomani": 2,
}

HOLIDAYS = {
    "Natale": (12, 25), "la vigilia di Natale": (12, 24), "Capodanno": (1, 1), "San Silvestro": (12, 31),
    "Ferragosto": (8, 15), "il Natale ortodosso": (1, 7),
}

ORDINALS = {"prima": 1, "primo": 1, "seconda": 2, "secondo": 2, "terza": 3, "quarta": 4, "ultima": -1}

DATE_ORDER = "DMY"

# --------------------------------------------------------------------------- patterns

_AP = r"['’ʼ]\s*"
_MONTH = rf"(?:{alt(_MONTH_FULL)}|{alt(_MONTH_ABBR)}\.?)"
_MONTHF = alt(_MONTH_FULL)
_DAY = r"(?:1\s*°|1º|primo|[12]\d|3[01]|0?[1-9])(?![\d,.]\d)"
_YEAR = r"(?:19|20)\d{2}(?![\d,.]\d|\w)"
_WD = alt(WEEKDAYS)
_NUM = rf"(?:{alt(NUMBERS)}|\d{{1,3}}(?![\d,.]\d))"
_NUM_BARE = rf"(?:{alt(_BARE_NUMBERS)}|(?<![\d,.])\d{{1,3}}(?![\d,.]\d))"
_UNIT = alt(UNITS)
_SUNIT = alt(_SHIFT_UNITS)
_NEXT_LAST = alt(["prossimo", "prossima", "scorso", "scorsa", "passato", "passata"])
_THIS = alt(["questo", "questa"])
_DAYTIME = r"(?:\s+(?:mattina|mattino|sera|pomeriggio|notte))?"
#: The definite article or merged preposition before a day: "il 9", "dal 10", "nel", "per il".
_DEF = r"(?:il|l['’]\s*|lo|dal|al|del|nel|per\s+il|entro\s+il|fino\s+al|da|di)"
_MONTH_OF = r"(?:nel|il|del|a)\s+mese\s+di"
_PRE = (
    rf"(?:(?P<pre>{alt(PREPOSITIONS)})\s+)?"
    rf"(?:(?:a|ad|alla|al|dalla|dal|verso\s+la|verso\s+il|per\s+la|per\s+il|la|il)\s+)?"
)

_rule = partial(make_rule, flags=re.IGNORECASE)

RULES: tuple[Rule, ...] = (
    # dal 10 al 14 marzo, tra il 10 e il 14 marzo, il 20 e 21 dicembre, 10-14 marzo
    _rule("day_range", "day_range",
        rf"(?:(?:dal|tra\s+il|fra\s+il|il|i|dall{_AP})\s*)?(?:{_WD}\s+)?(?P<d1>{_DAY})"
        rf"(?:\s+(?P<m0>{_MONTH})(?:\s+(?P<y0>{_YEAR}))?)?"
        rf"\s*(?:al|all{_AP}|e\s+il|e\s+l{_AP}|e|-|–)\s*(?:{_WD}\s+)?(?P<d2>{_DAY})\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    # martedì 16 dicembre 2025, il 9 settembre scorso, 26 NOV
    _rule("day_month", "day_month",
        rf"(?:{_DEF}\s*)?(?:(?P<wd>{_WD})\s+)?(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})"
        rf"(?:\s+(?P<y1>{_YEAR}))?(?:\s+(?P<dir>scorso|passato|prossimo))?"),
    _rule("numeric", "numeric", r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y1>(?:19|20)\d{2})(?![\d/])"),
    _rule("iso", "iso", ISO_DATE),
    # marzo-aprile 2022
    _rule("month_range_hyphen", "month_range",
        rf"(?:(?:a|ad|tra|fra|da)\s+)?(?P<m0>{_MONTHF})\s*[-–]\s*(?P<m1>{_MONTHF})(?:\s+(?P<y1>{_YEAR}))?"),
    # da marzo a maggio, tra marzo e maggio
    _rule("month_range", "month_range",
        rf"(?:da|tra|fra)\s+(?P<m0>{_MONTHF})\s+(?:a|ad|e)\s+(?P<m1>{_MONTHF})(?:\s+(?P<y1>{_YEAR}))?"),
    # agosto 2025, nel mese di maggio 2024
    _rule("month_year", "month", rf"(?:(?:a|ad|in|nel|{_MONTH_OF}|di)\s+)?(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR})"),
    # ad agosto, in agosto, nel mese di marzo, lo scorso agosto, ad agosto scorso
    _rule("month", "month",
        rf"(?:a|ad|in|{_MONTH_OF})\s+(?P<m1>{_MONTHF})(?:\s+(?P<dir>scorso|prossimo))?"),
    _rule("month_dir_first", "month", rf"(?:lo|il)\s+(?P<dir>scorso|prossimo)\s+(?P<m1>{_MONTHF})"),
    # da marzo, entro giugno, prima di agosto
    _rule("month_after_preposition", "month",
        rf"(?:da|dal\s+mese\s+di|entro|fino\s+a|prima\s+di|dopo|a\s+partire\s+da|per)\s+(?P<core>(?P<m1>{_MONTHF}))"),
    # dal 2020 al 2022, tra il 2014 e il 2015
    _rule("year_range", "year_range", rf"(?:dal|tra\s+il|fra\s+il)\s+(?P<y0>{_YEAR})\s*(?:al|e\s+il|-|–)\s*(?P<y1>{_YEAR})"),
    # nel 2025, l'anno 2025
    _rule("year", "year", rf"(?:nel|l{_AP}anno|durante\s+il|entro\s+il|del)\s+(?P<y1>{_YEAR})"),
    _rule("year_after_preposition", "year", rf"(?:dal|fino\s+al|entro\s+il|prima\s+del|dopo\s+il|a\s+partire\s+dal)\s+(?P<core>(?P<y1>{_YEAR}))"),
    # inizio gennaio, fine novembre 2025, metà dicembre, a fine agosto, alla fine di agosto
    _rule("part_month", "part_month",
        rf"{_PRE}(?P<part>inizio|fine|metà|meta|primi|fini)\s+(?:(?:del\s+mese\s+)?(?:di\s+|d{_AP}))?(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    # inizio 2026, fine 2025, metà 2025
    _rule("part_year", "part_year", rf"{_PRE}(?P<part>inizio|fine|metà|meta)\s+(?:del\s+)?(?P<y1>{_YEAR})"),
    # a fine settimana, alla fine del mese, all'inizio del mese prossimo, entro fine mese
    _rule("part_period", "part_period",
        rf"(?:(?P<pre>entro|fino\s+a)\s+)?(?:(?:a|alla|all{_AP}|verso\s+la|per\s+la|la|l{_AP})\s*)?(?P<part>inizio|fine|metà|meta)"
        rf"\s+(?:(?:della|del|dell{_AP}|di)\s*)?"
        rf"(?P<per>settimana|mese|anno)(?:\s+(?P<dir>{_NEXT_LAST}))?(?!\s+(?:di|d{_AP})\s)"),
    # più tardi questa settimana, all'inizio di quest'anno
    _rule("earlier_later", "part_period",
        rf"(?P<part>più\s+tardi|piu\s+tardi|più\s+presto)\s+(?:in\s+)?(?:{_THIS}|quest{_AP})\s*(?P<per>settimana|mese|anno)"),
    # tra martedì e mercoledì, da lunedì a mercoledì, lunedì e martedì
    _rule("weekday_range", "weekday_range",
        rf"(?:(?:tra|fra|da)\s+)?(?P<wd>{_WD})(?:\s+(?:e|a|al)\s+|\s*[-–]\s*)(?P<wd2>{_WD})(?:\s+(?:scorsi|prossimi))?"),
    # lunedì 22 (no month): the month near publication where the 22nd is a Monday
    _rule("weekday_day", "weekday_day",
        rf"(?:(?:da|entro|fino\s+a)\s+)?(?P<wd>{_WD})\s+(?P<d1>{_DAY})(?!\s*(?:h\b|ore\b|:|/|\.\d|%|{_MONTH}))"),
    # martedì, questo martedì, martedì prossimo, lunedì scorso, sabato sera, lo scorso sabato
    _rule("weekday", "weekday",
        rf"(?:(?:(?:lo|la|il)\s+)?(?P<dir>questo|questa|scorso|scorsa|prossimo|prossima)\s+|(?:il|la|di|da|entro|fino\s+a)\s+)?(?P<wd>{_WD})"
        rf"(?:\s+(?P<dir2>{_NEXT_LAST}))?{_DAYTIME}"),
    # da lunedì: from the last Monday to publication
    _rule("since_weekday", "since_weekday", rf"da\s+(?P<wd>{_WD}){_DAYTIME}(?=\s+(?:scorso|scorsa|a\s+oggi|sono|è|si))"),
    _rule("deictic", "deictic", rf"(?P<deic>{alt(DEICTIC_DAYS)})"),
    # la settimana prossima, la prossima settimana, il mese scorso, l'anno passato, questa settimana
    _rule("period_next_last", "period",
        rf"(?:(?:la|il|l{_AP}|nella|nel|nell{_AP}|per\s+la|per\s+il|entro\s+la|entro\s+il)\s*)?(?P<per>settimana|mese|anno)\s+(?P<dir>{_NEXT_LAST})"),
    _rule("period_dir_first", "period",
        rf"(?:(?:la|il|l{_AP}|nella|nel|nell{_AP}|per\s+la|per\s+il|entro\s+la|entro\s+il)\s*)?(?P<dir>{_NEXT_LAST})\s+(?P<per>settimana|mese|anno)"),
    _rule("period_this", "period", rf"(?P<dir>{_THIS})\s+(?P<per>settimana|mese)"),
    _rule("period_this_year", "period", rf"(?P<dir>quest{_AP})\s*(?P<per>anno)"),
    # questo fine settimana, lo scorso weekend, il fine settimana
    _rule("weekend", "weekend",
        rf"(?:(?:(?:lo|il)\s+)?(?P<dir>questo|scorso|prossimo)|il|lo|nel|durante\s+il)\s+(?:fine\s*-?\s*settimana|week\s*-?\s*end)(?:\s+(?P<dir2>{_NEXT_LAST}))?"),
    # tre giorni fa, una settimana fa
    _rule("ago", "shift", rf"(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})\s+fa", sign=-1),
    # tra due settimane, fra tre giorni
    _rule("in", "shift", rf"(?:tra|fra)\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})(?!\s+(?:di|d{_AP}))", sign=1),
    # entro due settimane
    _rule("within", "span", rf"entro\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    # nei prossimi tre giorni, negli ultimi due mesi
    _rule("coming_count", "span",
        rf"(?:nei|nelle|entro\s+i|entro\s+le|durante\s+i|durante\s+le)\s+(?:prossimi|prossime)\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    _rule("recent_count", "span",
        rf"(?:negli|nelle|durante\s+gli|durante\s+le)\s+(?:ultimi|ultime)\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=-1),
    # nei prossimi giorni, negli ultimi mesi: the plural adjective stands for a count left
    # unsaid (it fills the count slot, so the stretch is the vague one, not a single day)
    _rule("coming", "span",
        rf"(?:nei|nelle|entro\s+i|entro\s+le|durante\s+i|durante\s+le)\s+(?P<n>prossimi|prossime)\s+(?P<unit>{_SUNIT})", sign=1, vague=True),
    _rule("recent", "span",
        rf"(?:negli|nelle|durante\s+gli|durante\s+le)\s+(?P<n>ultimi|ultime)\s+(?P<unit>{_SUNIT})", sign=-1, vague=True),
    # in settimana: what is left of the publication week
    _rule("rest_of_week", "part_period", r"in\s+(?P<per>settimana)(?!\s+(?:prossima|scorsa|passata))", part="later"),
    # la settimana del 15 dicembre
    _rule("week_of_day", "day_month",
        rf"(?:(?:nella|durante\s+la)\s+)?settimana\s+del\s+(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?", week=True),
    # la prima settimana di gennaio
    _rule("week_of_month", "week_of_month",
        rf"(?:(?:nella|durante\s+la|la)\s+)?(?P<nth>{alt(ORDINALS)})\s+settimana\s+di\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"),
    _rule("season_year", "season", rf"(?P<season>{alt(SEASONS)})\s+(?P<y1>{_YEAR})"),
    _rule("holiday", "holiday",
        rf"(?:(?P<pre>{alt(PREPOSITIONS)})\s+|(?:a|per|durante|dopo)\s+)?(?P<holiday>{alt(HOLIDAYS)})"),
    # in primavera, quest'estate, lo scorso inverno, in autunno 2025
    _rule("season", "season",
        rf"(?:(?:(?:lo|la|il)\s+)?(?P<dir>questa|questo|quest{_AP}|scorso|scorsa|prossimo|prossima)|in|nella|nel|nell{_AP}|la|l{_AP})\s*"
        rf"(?P<season>{alt(SEASONS)})(?:\s+(?P<dir2>{_NEXT_LAST}))?(?:\s+(?P<y1>{_YEAR}))?"),
    # per due giorni, durante tre ore, in due giorni, una visita di tre giorni
    _rule("duration", "duration",
        rf"(?:(?:per|durante|in|da|di|dopo|oltre)\s+)(?:circa\s+|quasi\s+|più\s+di\s+|oltre\s+)?(?P<n>{_NUM})\s+(?P<unit>{_UNIT})"),
    _rule("duration_bare", "duration", rf"(?:circa\s+|quasi\s+)?(?P<n>{_NUM_BARE})\s+(?P<unit>{_UNIT})(?!\s+fa\b)"),
)


#: "nei prossimi giorni", "negli ultimi mesi": the adjective in the count slot, a count left unsaid
#: (kept out of ``_NUM`` so it never starts a duration)
_UNSAID_COUNTS: dict[str, int | None] = {"prossimi": None, "prossime": None, "ultimi": None, "ultime": None}

WORDS = TemporalWords(
    rules=RULES, months=MONTHS, weekdays=WEEKDAYS, numbers={**NUMBERS, **_UNSAID_COUNTS}, units=UNITS, periods=PERIODS,
    directions=DIRECTIONS, parts=PARTS, seasons=SEASONS, deictic_days=DEICTIC_DAYS, prepositions=PREPOSITIONS,
    ordinals=ORDINALS, holidays=HOLIDAYS, date_order=DATE_ORDER, dateparser_language="it",
)
