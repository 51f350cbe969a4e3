"""English temporal words and patterns, and nothing else: :mod:`tracker.extract.temporal.pack`
builds them into the language pack :mod:`tracker.extract.temporal` uses.

Month and weekday names must be capitalised (so the verb "may" and the noun "march" stay
words); every other word is matched in any case. A bare month needs a preposition or a day
("in August", "since March", "Dec. 20"); a bare year needs a preposition ("in 2025"), so
"Resolution 2231" or "2,000 soldiers" never become dates.
"""

from __future__ import annotations

from tracker.extract.rules import TemporalWords
from tracker.extract.temporal.pack import ISO_DATE, Rule, alt, make_rule

MONTHS = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4, "Apr": 4,
    "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8, "September": 9,
    "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11, "Nov": 11, "December": 12, "Dec": 12,
}
_MONTH_FULL = [w for w in MONTHS if len(w) > 4 or w in ("June", "July", "May")]
_MONTH_ABBR = [w for w in MONTHS if w not in _MONTH_FULL]

WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}

NUMBERS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-one": 21, "twenty-four": 24, "thirty": 30, "forty": 40, "forty-five": 45,
    "forty-eight": 48, "fifty": 50, "sixty": 60, "seventy-two": 72, "ninety": 90, "hundred": 100,
    "a couple of": 2, "a few": None, "several": None, "a couple": 2, "few": None,
}
#: A bare duration never starts with "a"/"one" ("one day, he ..." is not a length).
_BARE_NUMBERS = [w for w in NUMBERS if w not in ("a", "an", "one", "few", "a couple")]

UNITS = {
    "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
    "day": "day", "days": "day", "night": "night", "nights": "night", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "month": "month", "months": "month", "year": "year", "years": "year",
}
_SHIFT_UNITS = [w for w in UNITS if UNITS[w] != "minute"]

PERIODS = {"week": "week", "month": "month", "year": "year", "weekend": "weekend", "week-end": "weekend"}

#: ("previous"/"following" are left out: "the previous week" is relative to the story, not
#: to publication.)
DIRECTIONS = {"next": 1, "coming": 1, "last": -1, "past": -1, "this": 0, "this past": 0, "this coming": 1}

PARTS = {
    "early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
    "late": "late", "end": "late", "earlier": "earlier", "later": "later",
}

SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}

#: "by the end of the year" is the whole year; "since the start of the year" runs to publication.
PREPOSITIONS = {"by": "until", "before": "until", "until": "until", "till": "until", "since": "since"}

DEICTIC_DAYS = {
    "the day before yesterday": -2, "yesterday": -1, "last night": -1, "yesterday morning": -1,
    "yesterday afternoon": -1, "yesterday evening": -1, "today": 0, "tonight": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "earlier today": 0, "later today": 0, "tomorrow": 1,
    "tomorrow morning": 1, "tomorrow evening": 1, "the day after tomorrow": 2,
}

#: Fixed-date holidays (month, day) that negotiators set deadlines by.
HOLIDAYS = {
    "Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "New Year's Day": (1, 1),
    "New Year's Eve": (12, 31), "Orthodox Christmas": (1, 7),
}

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}

#: How a numeric date is read ("12/20/2025"), also dateparser's DATE_ORDER.
DATE_ORDER = "MDY"

# --------------------------------------------------------------------------- patterns


def ci(pattern: str) -> str:
    """Case-insensitive piece inside the case-sensitive English patterns."""
    return f"(?i:{pattern})"


_MONTH = rf"(?:{alt(_MONTH_FULL, accents=False)}|{alt(_MONTH_ABBR, accents=False)}\.?)"
_MONTHF = alt(_MONTH_FULL, accents=False)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d]|,\d{3})"
_YEAR = r"(?:19|20)\d{2}(?![\d]|,\d|\w)"
#: Names that are not days: "Good Friday Agreement", "Bloody Sunday", "the Sunday Times".
_WD = (
    rf"(?<!Good\s)(?<!Black\s)(?<!Bloody\s){alt(WEEKDAYS, accents=False)}"
    r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Agreement|Accords?)\b)"
)
_NUM = rf"(?:{ci(alt(NUMBERS, accents=False))}|\d{{1,3}}(?![\d,.]\d))"
_NUM_BARE = rf"(?:{ci(alt(_BARE_NUMBERS, accents=False))}|(?<![\d,.$€£])\d{{1,3}}(?![\d,.]\d))"
_UNIT = ci(alt(UNITS, accents=False))
_SUNIT = ci(alt(_SHIFT_UNITS, accents=False))
_DIR = ci(alt(DIRECTIONS, accents=False))
_DAYTIME = ci(r"(?:\s+(?:morning|afternoon|evening|night))?")
#: Before "early/end of...": a preposition that changes the reading (PREPOSITIONS).
_PRE = rf"(?:(?P<pre>{ci(alt(PREPOSITIONS, accents=False))})\s+)?(?:{ci('in|at|from|toward|towards|around|after|to')}\s+)?"
#: "early March", "mid-March", "late 2025"; but "the end of March", never "end March" ("talks
#: start March 3" is a date, not the start of March).
_PART = (
    rf"(?:(?P<part>{ci('early|mid|late')})(?:\s*-\s*|\s+)(?:{ci('of')}\s+)?"
    rf"|(?P<part2>{ci('end|beginning|start|middle')})\s+{ci('of')}\s+)"
)
_TO = ci(r"(?:-|–|to|until|till|through|thru|and)")

#: English patterns keep case (month and weekday names); :func:`ci` opens case-free pieces.
_rule = make_rule

RULES: tuple[Rule, ...] = (
    # from 10 to 14 March, between 10 and 14 March 2025, 10-14 March, 28 February to 2 March
    _rule("day_range_dm", "day_range",
        rf"(?:{ci('from|between')}\s+)?(?:{ci('the')}\s+)?(?P<d1>{_DAY})(?:\s+(?P<m0>{_MONTH})(?:,?\s+(?P<y0>{_YEAR}))?)?"
        rf"\s*{_TO}\s*(?:{ci('the')}\s+)?(?P<d2>{_DAY})\s+(?:{ci('of')}\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?"),
    # March 10-14, from Dec. 28 to Jan. 2, between March 10 and 14, December 20 and 21, 2025
    _rule("day_range_md", "day_range",
        rf"(?:{ci('from|between')}\s+)?(?P<m0>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y0>{_YEAR}))?"
        rf"\s*{_TO}\s*(?:(?P<m1>{_MONTH})\s+)?(?P<d2>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"),
    # Tuesday, Dec. 16, 2025; December 20th; on Dec. 20
    _rule("date_md", "day_month",
        rf"(?:{ci('on')}\s+)?(?:(?P<wd>{_WD}),?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"),
    # 20 December 2025, the 20th of December, on Tuesday 16 December
    _rule("date_dm", "day_month",
        rf"(?:{ci('on')}\s+)?(?:(?P<wd>{_WD}),?\s+)?(?:{ci('the')}\s+)?(?P<d1>{_DAY})\s+(?:{ci('of')}\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?"),
    _rule("numeric", "numeric", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y1>(?:19|20)\d{2})(?![\d/])"),
    _rule("iso", "iso", ISO_DATE),
    # March-April 2022
    _rule("month_range_hyphen", "month_range",
        rf"(?P<m0>{_MONTHF})\s*[-–]\s*(?P<m1>{_MONTHF})(?:,?\s+(?P<y1>{_YEAR}))?"),
    # from March to May 2025, between March and May
    _rule("month_range", "month_range",
        rf"{ci('from|between')}\s+(?P<m0>{_MONTHF})\s+{_TO}\s+(?P<m1>{_MONTHF})(?:,?\s+(?P<y1>{_YEAR}))?"),
    # August 2025, in May 2024, (the month of) March 2022
    _rule("month_year", "month",
        rf"(?:{ci('in|during|of|since|by|until|from')}\s+)?(?:{ci('the month of')}\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"),
    # in August, during the month of August, last August
    _rule("month", "month",
        rf"(?:{ci('in|during|in the month of|during the month of|throughout')}|(?P<dir>{_DIR}))\s+(?P<m1>{_MONTHF})"),
    _rule("month_after_preposition", "month",
        rf"{ci('since|by|until|till|before|after|from|starting in|as of|through')}\s+(?P<core>(?P<m1>{_MONTHF}))"),
    # from 2020 to 2022, between 2014 and 2015
    _rule("year_range", "year_range", rf"{ci('from|between')}\s+(?P<y0>{_YEAR})\s*{_TO}\s*(?P<y1>{_YEAR})"),
    _rule("year", "year", rf"(?:{ci('in|during|throughout|in the year|the year')})\s+(?P<y1>{_YEAR})"),
    _rule("year_after_preposition", "year",
        rf"{ci('since|by|until|till|before|after|from|starting in|as of')}\s+(?P<core>(?P<y1>{_YEAR}))"),
    # in early January, mid-December 2025, at the end of November, the beginning of January
    _rule("part_month", "part_month", rf"{_PRE}(?:{ci('the')}\s+)?{_PART}(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?"),
    # early 2026, mid-2025, late 2025, the end of 2025
    _rule("part_year", "part_year", rf"{_PRE}(?:{ci('the')}\s+)?{_PART}(?P<y1>{_YEAR})"),
    # at the end of the year, by the end of next month, early next week, late last month
    _rule("part_period", "part_period",
        rf"{_PRE}{ci('the')}\s+"
        rf"(?P<part>{ci('end|beginning|start|middle')})\s+{ci('of')}\s+(?:{ci('the')}\s+|(?P<dir>{_DIR})\s+)"
        rf"(?P<per>{ci('week|month|year')})"),
    _rule("part_period_adj", "part_period",
        rf"(?P<part>{ci('early|late|mid')})(?:\s*-\s*|\s+)(?P<dir>{_DIR})\s+(?P<per>{ci('week|month|year')})"),
    _rule("earlier_later", "part_period",
        rf"(?P<part>{ci('earlier|later')})\s+(?:{ci('this|in the')})\s+(?P<per>{ci('week|month|year')})"),
    # from Monday to Wednesday, between Monday and Wednesday, Monday and Tuesday
    _rule("weekday_range", "weekday_range", rf"(?:{ci('from|between|on')}\s+)?(?P<wd>{_WD})\s*{_TO}\s*(?P<wd2>{_WD})"),
    # Tuesday, on Tuesday, next Tuesday, last Tuesday night
    _rule("weekday", "weekday", rf"(?:(?:{ci('on|by|until|from')})\s+)?(?:(?P<dir>{_DIR})\s+)?(?P<wd>{_WD}){_DAYTIME}"),
    # since Monday: from the last Monday to publication
    _rule("since_weekday", "since_weekday", rf"{ci('since')}\s+(?P<wd>{_WD}){_DAYTIME}"),
    _rule("deictic", "deictic", rf"(?P<deic>{ci(alt(DEICTIC_DAYS, accents=False))})"),
    # next week, last month, this year, the past week is below ("recent")
    _rule("period", "period", rf"(?P<dir>{_DIR})\s+(?P<per>{ci('week|month|year')})"),
    # over the weekend, this weekend, last weekend
    _rule("weekend", "weekend",
        rf"(?:{ci('over|during|on|at|for|by')}\s+)?(?:(?P<dir>{_DIR})\s+|{ci('the')}\s+)(?:{ci('week-?end')})"),
    # three days ago, in two weeks, a week from now
    _rule("ago", "shift", rf"(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})\s+{ci('ago')}", sign=-1),
    _rule("in", "shift",
        rf"{ci('in')}\s+(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})(?:{ci(chr(39) + 's? time')})?(?!\s+(?i:of)\b)", sign=1),
    _rule("from_now", "shift", rf"(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})\s+{ci('from now')}", sign=1),
    # within two weeks, in the next three days, in the coming days, over the next few weeks
    _rule("within", "span", rf"{ci('within')}\s+(?:{ci('the next')}\s+)?(?P<n>{_NUM})\s+(?P<unit>{_SUNIT})", sign=1),
    # within days, within weeks
    _rule("within_vague", "span", rf"{ci('within')}\s+(?P<unit>{ci('days|weeks|months')})", sign=1, vague=True),
    # by year-end, before the year's end
    _rule("year_end", "part_period",
        rf"(?:(?P<pre>{ci(alt(PREPOSITIONS, accents=False))})\s+)?(?:{ci('the')}\s+)?(?P<per>{ci('year')})(?:\s*-\s*|'s\s+|\s+){ci('end')}", part="late"),
    _rule("coming", "span",
        rf"(?:{ci('in|over|during|within')}\s+)?{ci('the')}\s+(?:{ci('next|coming')})\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_SUNIT})", sign=1, vague=True),
    # the past three days, over the last 24 hours, in recent days, the past week
    _rule("recent", "span",
        rf"(?:{ci('in|over|during|for|within')}\s+)?{ci('the')}\s+(?:{ci('past|last')})\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_SUNIT})", sign=-1, vague=True),
    _rule("recent_days", "span",
        rf"(?:{ci('in|over|during')}\s+)?{ci('recent')}\s+(?P<unit>{ci('days|weeks|months')})", sign=-1, vague=True),
    # in the days ahead, the weeks ahead
    _rule("ahead", "span",
        rf"(?:{ci('in|over|during')}\s+)?{ci('the')}\s+(?P<unit>{ci('days|weeks|months')})\s+{ci('ahead|to come')}", sign=1, vague=True),
    # the week of December 15
    _rule("week_of_day", "day_month",
        rf"(?:{ci('in|during|for')}\s+)?{ci('the week of')}\s+(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?", week=True),
    # the first week of January, the last week of December 2025
    _rule("week_of_month", "week_of_month",
        rf"(?:{ci('in|during|by|for')}\s+)?{ci('the')}\s+(?P<nth>{ci(alt(ORDINALS, accents=False))})\s+{ci('week')}\s+{ci('of')}\s+"
        rf"(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?"),
    # summer 2025, autumn of 2026 (the year is enough of a marker)
    _rule("season_year", "season",
        rf"(?P<season>{ci(alt(SEASONS, accents=False))})\s+(?:{ci('of')}\s+)?(?P<y1>{_YEAR})"),
    # Christmas, by Christmas, New Year's Day
    _rule("holiday", "holiday",
        rf"(?:(?P<pre>{ci(alt(PREPOSITIONS, accents=False))})\s+|{ci('at|on|for|over')}\s+)?(?P<holiday>{alt(HOLIDAYS, accents=False)})"),
    # this summer, last winter, in the spring, summer 2025, the fall of 2025
    _rule("season", "season",
        rf"(?:(?P<dir>{_DIR})|{ci('in the|in|during the|during|by the|by|since the|since|until the|until|before the|before|after the|after|the')})\s+"
        rf"(?P<season>{ci(alt(SEASONS, accents=False))})(?:\s+(?:{ci('of')}\s+)?(?P<y1>{_YEAR}))?", ambiguous=("fall",)),
    # for two days, over three days, five hours, a two-day visit, 48-hour truce
    _rule("duration", "duration",
        rf"(?:{ci('for|over|during|lasting|after|within a period of|for a period of')})\s+(?:{ci('the')}\s+)?(?P<n>{_NUM})\s+(?P<unit>{_UNIT})"),
    _rule("duration_bare", "duration", rf"(?P<n>{_NUM_BARE})\s+(?P<unit>{_UNIT})"),
    _rule("duration_adjective", "duration",
        rf"(?P<n>{ci(alt([w for w in NUMBERS if NUMBERS[w] and ' ' not in w and w not in ('a', 'an')], accents=False))}|\d{{1,3}})"
        rf"-(?P<unit>{ci('day|night|week|month|year|hour|minute')})(?:-{ci('long')})?"),
)


WORDS = TemporalWords(
    rules=RULES, months=MONTHS, weekdays=WEEKDAYS, numbers=NUMBERS, units=UNITS, periods=PERIODS,
    directions=DIRECTIONS, parts=PARTS, seasons=SEASONS, deictic_days=DEICTIC_DAYS, prepositions=PREPOSITIONS,
    ordinals=ORDINALS, holidays=HOLIDAYS, date_order=DATE_ORDER, dateparser_language="en",
)
