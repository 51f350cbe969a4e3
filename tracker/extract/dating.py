"""Choosing the date of one event among the temporal expressions of its clause.

The expression nearest to the trigger wins, except bounds ("since 2022"), the day of a saying
that governs the clause, sub-day durations and durations that only measure something ("a
30-day ceasefire"); None means the caller falls back on the publication day.
"""

from __future__ import annotations

import re

from tracker.events import DateInterval
from tracker.extract.clauses import trigger_zone
from tracker.extract.context import Candidate, Context, mentions_in, temporals_in
from tracker.extract.narrative_days import relative_days
from tracker.extract.rules import FLAGS
from tracker.extract.types import TemporalExpression


_DURATION_LEAD = re.compile(r"(?:pendant|durant|\bfor|\bover|during|passé|passed|spent|lasted|duré|ended|concluded|wrapped\s+up|après|after|au\s+terme\s+de|at\s+the\s+end\s+of)\s+(?:\w+\s+){0,2}$", FLAGS)


_DURATION_TAIL = re.compile(r"^\s+(?:of|de|d['’])\s+(?:\w+\s+)?(?:talks|negotiations|meetings|discussions|consultations|négociations|discussions|pourparlers|réunions|consultations)", FLAGS)


#: Event types whose own length a duration can give: a meeting or a visit lasts, a rejection
#: or a ceasefire proposal does not take place over the thirty days it mentions.
_LASTING_TYPES = frozenset({"meeting_held", "visit"})
#: Verbs that say how long something lasted, whatever stands between them and the event noun.
_LASTED = re.compile(r"\b(?:lasted|spent|passé|passed|duré|durait|duraient|s['’]est\s+prolong\w*|stretched\s+over)\s+(?:\w+\s+){0,2}$", FLAGS)
#: Words between an event and a duration that move to another topic ("to halt strikes for 30 days").
_TOPIC_GAP = re.compile(r"\b(?:to|on|about|over|sur|pour|concernant|visant|aimed|calling|demanding|proposal|plan|ceasefire|truce|cessez-le-feu|trêve|halt|pause)\b", FLAGS)
#: A day that opens the interval rather than closing it ("which began on Monday").
_STARTED = re.compile(r"\b(?:began|begun|started|opened|starting|beginning|from|kicked\s+off|commencé|débuté|ouvert|ouverts?|entamé|à\s+partir\s+de|depuis)\s+(?:\w+\s+){0,1}$", FLAGS)


def _adverbial_duration(ctx: Context, t: TemporalExpression) -> bool:
    """"pendant deux jours", "for three days", "two days of talks" date an event;
    "un cessez-le-feu de 30 jours" and "a 30-day truce" only measure something."""
    if re.search(r"\d-(?:day|week|month|year)", t.text):
        return False
    before = ctx.text[max(0, t.span[0] - 40) : t.span[0]]
    if re.search(r"(?:pendant|durant|for|over|during)\s*$", t.text.split()[0] + " ", FLAGS) or _DURATION_LEAD.search(before):
        return True
    if re.match(r"(?:pendant|durant|for|over|during)\b", t.text, FLAGS):
        return True
    return bool(_DURATION_TAIL.match(ctx.text[t.span[1] : t.span[1] + 40]))


def _governs(ctx: Context, cand: Candidate, t: TemporalExpression) -> bool:
    """A duration is the length of the event only when it qualifies the event's own trigger:
    "a two-day visit", "une visite de deux jours", "held two days of talks", "the talks lasted
    three days", "visited Baku for two days", "Pendant trois jours, les délégations ont négocié".
    "rejected a proposal to halt strikes for 30 days" and "a 30-day ceasefire" measure
    something else."""
    if cand.type not in _LASTING_TYPES or not t.days or t.days < 1:
        return False
    ts, te = cand.trigger
    text = ctx.text
    if ts <= t.span[0] and t.span[1] <= te:
        return True  # inside the trigger phrase: "held two days of talks"
    if t.span[1] <= ts:
        between = text[t.span[1] : ts]
        if re.fullmatch(r"\s*(?:of|de|d['’])?\s*(?:[\w-]+\s+)?", between, FLAGS):
            return True  # "a two-day (official) visit", "two days of talks"
        return _adverbial_duration(ctx, t) and not _TOPIC_GAP.search(between) and len(between) <= 80
    between = text[te : t.span[0]]
    if re.fullmatch(r"\s*(?:de|d['’]|of)?\s*", between, FLAGS) or t.text.lower().startswith(("de ", "d'", "d’")) and not between.strip():
        return True  # "une visite de deux jours"
    if _LASTED.search(text, max(te, t.span[0] - 40), t.span[0]):
        return len(between) <= 80  # "the talks, held in Doha, lasted three days"
    return _adverbial_duration(ctx, t) and not _TOPIC_GAP.search(between) and len(between) <= 60


def _told_day(ctx: Context, exprs: list[TemporalExpression], cs: int) -> tuple[DateInterval, bool] | None:
    """A single day written near the event ("ending on Thursday", "qui a débuté lundi"), and
    whether it opens the interval rather than closing it."""
    for t in exprs:
        iv = t.interval
        if t.kind == "duration" or iv is None or iv.precision != "day" or iv.first_day() != iv.last_day():
            continue
        if ctx.rules.not_event_date.search(ctx.text, max(cs, t.span[0] - 60), t.span[0]):
            continue
        return iv, bool(_STARTED.search(ctx.text, max(cs, t.span[0] - 30), t.span[0]))
    return None


#: A verb that closes or opens an occurrence, right before the day it names.
_BOUNDING_VERB = re.compile(r"\b(?:ended|ending|ends|concluded|concluding|closed|wrapped\s+up|finished|began|begun|beginning|started|starting|opened|(?:s['’]est|se\s+sont)\s+(?:achevée?s?|terminée?s?|conclue?s?|ouverte?s?)|(?:a|ont)\s+(?:débuté|commencé|pris\s+fin)|achevée?s?|terminée?s?|ouverte?s?)\s+(?:on\s+|le\s+)?$", FLAGS)


def _bounding_day(ctx: Context, cand: Candidate) -> tuple[DateInterval, bool] | None:
    """"two days of talks that ended on Tuesday", "une visite qui a débuté lundi": a day told
    by a verb that ends or opens the occurrence, in a relative clause after the trigger."""
    sent = cand.sentence
    for t in temporals_in(ctx, sent.start, sent.end, False):
        if t.span[0] < cand.trigger[1] or t.kind == "duration" or t.interval is None:
            continue
        iv = t.interval
        if iv.precision != "day" or iv.first_day() != iv.last_day():
            continue
        verb = _BOUNDING_VERB.search(ctx.text, max(sent.start, t.span[0] - 40), t.span[0])
        if verb is not None:
            return iv, bool(_STARTED.search(verb.group(0) + " ") or re.search(r"débuté|commencé|ouvert", verb.group(0), FLAGS))
    return None


def _told_period(ctx: Context, exprs: list[TemporalExpression], cs: int) -> DateInterval | None:
    """A past week or month told with a duration ("two days of talks last week"): the
    duration falls inside it, which is truer than counting back from publication."""
    pub = ctx.article.published
    for t in exprs:
        iv = t.interval
        if t.kind == "duration" or iv is None or iv.precision not in ("day", "week", "month"):
            continue
        if ctx.rules.not_event_date.search(ctx.text, max(cs, t.span[0] - 60), t.span[0]):
            continue
        last = iv.last_day()
        if pub is not None and last is not None and last <= pub:
            return iv
    return None


def _lasting(days: int, day: DateInterval, opens: bool) -> DateInterval:
    """``days`` days ending (or, when ``opens``, starting) on the single day ``day``."""
    import datetime as dt

    first = day.first_day()
    assert first is not None
    if opens:
        last = first + dt.timedelta(days=days - 1)
        return DateInterval(start=first.isoformat(), end=last.isoformat(), precision="day", raw=day.raw, resolution=day.resolution)
    start = first - dt.timedelta(days=days - 1)
    return DateInterval(start=start.isoformat(), end=first.isoformat(), precision="day", raw=day.raw, resolution=day.resolution)


_SUB_DAY = re.compile(r"heure|hour|minute|\bh\b|nuit|night", FLAGS)


#: What may stand before a date that opens a sentence: "On Tuesday, ...", "Et mardi, ...".
_FRONT_LEAD = re.compile(r"[\W_]*(?:(?:on|le|dès|then|and|et|but|mais|puis|ensuite|later|earlier|plus\s+tard)\s+)*", FLAGS)


def _fronted(ctx: Context, cand: Candidate, cs: int, future: bool) -> TemporalExpression | None:
    """A date that opens the sentence before a comma ("Mardi, Peskov a déclaré", "A day
    earlier, Rubio had spoken") dates the main clause it stands in front of; not a clause
    reported by a verb of saying ("Mardi, Peskov a dit que Poutine rencontrerait Trump")."""
    sent = cand.sentence
    start = max(sent.start, ctx.dateline_end)
    if any(start <= a < cand.trigger[0] for a, _ in ctx.speech_spans):
        return None
    relative = relative_days(ctx, ctx.sentences, sent)
    plain = [t for t in temporals_in(ctx, sent.start, sent.end, future) if all(t.span[1] <= r.span[0] or t.span[0] >= r.span[1] for r in relative)]
    exprs = sorted(plain + relative, key=lambda t: t.span)
    for t in exprs:
        if t.span[0] < start:
            continue
        if t.span[1] > cs or not _FRONT_LEAD.fullmatch(ctx.text, start, t.span[0]):
            return None
        if re.match(r"\s*,", ctx.text[t.span[1] : t.span[1] + 3]) is None:
            return None
        return t
    return None


def event_date(ctx: Context, cand: Candidate, cs: int, ce: int) -> DateInterval | None:
    """The expression of the clause nearest to the trigger; None means publication fallback."""
    from tracker.extract.temporal import anchor_duration

    # a plan, or a plan called off ("postponed a trip scheduled for Wednesday"), looks ahead
    future = cand.modality in ("planned", "possible") or (cand.modality == "denied" and cand.rule.kind == "noun")
    sent = cand.sentence
    if cand.rule.speech and cand.rule.kind == "noun":
        cs = cand.trigger[0]  # "selon un communiqué publié mardi": only the document's own date
    if cand.rule.speech and ce <= cand.trigger[1]:
        # "a déclaré samedi que ...", "said in an address on Tuesday"; not "said he would ... on Thursday"
        ce = min(sent.end, cand.trigger[1] + 45)
        stop = ctx.rules.pronoun_subject.search(ctx.text, cand.trigger[1], ce) or ctx.rules.clause_break.search(ctx.text, cand.trigger[1], ce)
        if stop is not None:
            ce = stop.start()
        speakers = {p.actor_id for p in cand.participants}
        named = [m for m in mentions_in(ctx, cand.trigger[1], ce) if m.actor_id not in speakers]
        if named:
            ce = min(ce, named[0].span[0])
    cs, ce = trigger_zone(ctx, cand.trigger[0], cand.trigger[1], cs, ce, cand.rule.type)
    exprs = [t for t in temporals_in(ctx, sent.start, sent.end, False) if t.span[0] >= cs and t.span[1] <= ce]
    if future and exprs:
        exprs = [t for t in temporals_in(ctx, cs, ce, True)] or exprs
    # "la veille", "a day earlier": counted from the day told before, not from publication
    told_relative = [t for t in relative_days(ctx, ctx.sentences, sent) if t.span[0] >= cs and t.span[1] <= ce]
    if told_relative:
        exprs = [t for t in exprs if all(t.span[1] <= r.span[0] or t.span[0] >= r.span[1] for r in told_relative)] + told_relative
    if cand.type == "statement_issued":
        # « Nous sommes plus proches qu'en août », a dit X: the speaker's dates are not the saying's
        quotes = [(sent.start + q.start(), sent.start + q.end()) for q in ctx.rules.quote.finditer(sent.text)]
        exprs = [t for t in exprs if not any(a <= t.span[0] < b for a, b in quotes)]
    fronted = _fronted(ctx, cand, cs, future)
    if fronted is not None and all(t.span != fronted.span for t in exprs):
        exprs.append(fronted)  # "Le lendemain, Zelensky a déclaré ...": the opening date is the main clause's
    if not exprs:
        return None
    ts, te = cand.trigger

    def dist(t: TemporalExpression) -> int:
        return t.span[0] - te if t.span[0] >= te else ts - t.span[1]

    for t in sorted(exprs, key=dist):
        if ctx.rules.not_event_date.search(ctx.text, max(cs, t.span[0] - 60), t.span[0]):
            continue  # "the first since 2022", "depuis 2014": a bound, not the event's date
        if not cand.rule.speech and any(0 <= t.span[0] - b <= 2 for _, b in ctx.speech_spans):
            continue  # "Trump said on Tuesday he hoped to meet ...": the day of the saying
        if t.kind == "duration":
            if _SUB_DAY.search(t.text) or future or not _governs(ctx, cand, t):
                continue  # "cinq heures" says how long, not which day; "a 30-day ceasefire" neither
            assert t.days is not None
            told = _told_day(ctx, exprs, cs) or _bounding_day(ctx, cand)
            if told is not None:
                return _lasting(t.days, *told)  # "a two-day visit ending on Thursday"
            wider = _told_period(ctx, exprs, cs)
            if wider is not None:
                return wider  # "ended two days of talks last week": somewhere in last week
            if ctx.article.published is None:
                continue
            return anchor_duration(t.days, ctx.article.published, "relative_to_publication")
        if t.interval is not None and t.interval.precision != "unknown":
            last = t.interval.last_day()
            pub = ctx.article.published
            if cand.rule.kind == "noun" and cand.modality != "occurred" and pub and last and last < pub:
                continue  # "a meeting, floated last month, was ruled out": the floating, not the meeting
            first = t.interval.first_day()
            if cand.modality == "occurred" and cand.tense in ("past", "pcond", "impf") and pub and first and first > pub:
                continue  # "their first talks in three years" said of the past is no future date
            lasting = [d for d in exprs if d.kind == "duration" and d.days and d.days > 1 and not _SUB_DAY.search(d.text) and _governs(ctx, cand, d)]
            if lasting and not future and t.interval.precision == "day" and first == last:
                # "wrapped up two days of talks on Tuesday": the talks began the day before
                opens = bool(_STARTED.search(ctx.text, max(cs, t.span[0] - 30), t.span[0]))
                assert lasting[0].days is not None
                return _lasting(lasting[0].days, t.interval, opens)
            return t.interval
    return None
