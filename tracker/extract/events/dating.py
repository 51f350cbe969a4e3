"""Choosing the date of one event among the temporal expressions of its clause (durations:
see tracker.extract.events.durations).

The expression nearest to the trigger wins, except bounds ("since 2022"), the day of a saying
that governs the clause, sub-day durations and durations that only measure something ("a
30-day ceasefire"); None means the caller falls back on the publication day.
"""

from __future__ import annotations

import re

from tracker.events import DateInterval
from tracker.extract.events.clauses import trigger_zone
from tracker.extract.events.context import Candidate, Context, mentions_in, temporals_in
from tracker.extract.events.durations import bounding_day, governs, lasting_interval, told_day, told_period
from tracker.extract.events.narrative_days import relative_days
from tracker.extract.types import TemporalExpression


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
        if t.span[1] > cs or not ctx.rules.front_lead.fullmatch(ctx.text, start, t.span[0]):
            return None
        if re.match(r"\s*,", ctx.text[t.span[1] : t.span[1] + 3]) is None:
            return None
        return t
    return None


def _denial_before(ctx: Context, pos: int, cs: int) -> bool:
    """A denial cue ("ruled out by the Kremlin", "a exclu") ends just before ``pos``."""
    window = ctx.text[max(cs, pos - 45) : pos]
    return any(cat == "denied" and any(m.end() >= len(window) - 30 for m in pat.finditer(window)) for cat, pat in ctx.rules.clause_cues)


def _relative_scope(ctx: Context, cand: Candidate, cs: int, ce: int) -> tuple[int, int, list[tuple[int, int]]]:
    """A trigger inside a relative aside is dated by the aside alone; one outside it ignores
    the aside's dates ("Witkoff, who had called Putin on Saturday, said ...": not Saturday)."""
    ts, te = cand.trigger
    asides: list[tuple[int, int]] = []
    for m in ctx.rules.relative_aside.finditer(ctx.text, cand.sentence.start, cand.sentence.end):
        if m.start() <= ts and te <= m.end():
            dated = any(m.start() <= t.span[0] < m.end() for t in temporals_in(ctx, m.start(), m.end(), False))
            if cand.rule.kind == "noun" or not (dated or cand.pluperfect):
                return cs, ce, []  # "Merz, qui accueille les pourparlers, doit ... ce lundi": the scene's day
            return max(cs, m.start()), min(ce, m.end()), []
        if m.start() >= te and not ctx.text[te : m.start()].strip():
            continue  # "the talks, which were held on Monday,": the noun's own event told
        asides.append(m.span())
    return cs, ce, asides


def _past_between(ctx: Context, start: int, end: int) -> bool:
    """A past-tense cue of the language between two positions."""
    return any(cat == "past" and pat.search(ctx.text, start, end) for cat, pat in ctx.rules.clause_cues)


def rescheduled(ctx: Context, sent_start: int, sent_end: int) -> bool:
    """"were pushed back to Thursday", "reportés à jeudi": still planned, on a new day."""
    return any(
        ctx.rules.moved_to.search(ctx.text, max(sent_start, t.span[0] - 40), t.span[0])
        for t in temporals_in(ctx, sent_start, sent_end, True)
    )


def _denied_ahead(ctx: Context, cand: Candidate) -> bool:
    """A meeting ruled out ahead of time is dated by the day it would have been."""
    ts = cand.trigger[0]
    return cand.tense in ("fut", "cond") or ctx.rules.ahead_modal.search(ctx.text, max(cand.sentence.start, ts - 40), ts) is not None


def _dates_an_earlier_phrase(ctx: Context, cand: Candidate, t: TemporalExpression) -> bool:
    """A date closing the opening phrase of the sentence, which holds an event noun of
    another type, a comma away from ours: it dates that phrase's event ("Following the call
    between the two leaders on June 5, the sides will hold talks" - June 5 is the call's)."""
    ts, start = cand.trigger[0], max(cand.sentence.start, ctx.dateline_end)
    if t.span[1] > ts or t.span[0] < start or "," not in ctx.text[t.span[1] : ts] or re.search(r"[,;:]", ctx.text[start : t.span[0]]):
        return False
    return any(
        start <= a and b <= t.span[0] and other != cand.rule.type and not any(a <= s < b for s, _ in ctx.speech_spans)
        for a, b, other in ctx.noun_spans
    )


def event_date(ctx: Context, cand: Candidate, cs: int, ce: int) -> DateInterval | None:
    """The expression of the clause nearest to the trigger; None means publication fallback."""
    from tracker.extract.temporal import anchor_duration

    # a plan, or a plan called off ("postponed a trip scheduled for Wednesday"), looks ahead
    if cand.rule.named_source:
        return None  # "selon X, un cycle pourrait se tenir dans les prochains jours": the content's day
    future = cand.modality in ("planned", "possible") or (cand.modality == "denied" and (cand.rule.kind == "noun" or _denied_ahead(ctx, cand)))
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
    cs, ce, asides = _relative_scope(ctx, cand, cs, ce)
    cs = max(cs, ctx.dateline_end)  # "OSLO, 7 mars (Xinhua) --": the wire's day, not the clause's
    exprs = [
        t for t in temporals_in(ctx, sent.start, sent.end, False)
        if t.span[0] >= cs and t.span[1] <= ce and not any(a <= t.span[0] < b for a, b in asides)
    ]
    if future and exprs:
        exprs = [t for t in temporals_in(ctx, cs, ce, True) if not any(a <= t.span[0] < b for a, b in asides)] or exprs
        if cand.rule.kind == "noun":
            # "Le 23 juillet, Washington a invité X aux prochains pourparlers", "a remis mardi un
            # texte en prélude à de nouveaux pourparlers": a day set before the noun, with a past
            # verb between them or right before it, is the day of that verb, not of the talks ahead
            exprs = [
                t for t in exprs
                if not (t.span[1] <= cand.trigger[0] and (
                    _past_between(ctx, t.span[1], cand.trigger[0]) or _past_between(ctx, max(sent.start, t.span[0] - 30), t.span[0])
                ))
            ]
    # "la veille", "a day earlier": counted from the day told before, not from publication
    told_relative = [
        t for t in relative_days(ctx, ctx.sentences, sent)
        if t.span[0] >= cs and t.span[1] <= ce and not any(a <= t.span[0] < b for a, b in asides)
    ]
    if told_relative:
        exprs = [t for t in exprs if all(t.span[1] <= r.span[0] or t.span[0] >= r.span[1] for r in told_relative)] + told_relative
    if cand.type == "statement_issued":
        # « Nous sommes plus proches qu'en août », a dit X: the speaker's dates are not the saying's
        quotes = [(sent.start + q.start(), sent.start + q.end()) for q in ctx.rules.quote.finditer(sent.text)]
        # (a saying told inside a quote, "«X said on Tuesday ...», the agency reported", keeps its own)
        exprs = [t for t in exprs if not any(a <= t.span[0] < b and not a <= cand.trigger[0] < b for a, b in quotes)]
    fronted = _fronted(ctx, cand, cs, future)
    if fronted is not None and all(t.span != fronted.span for t in exprs):
        exprs.append(fronted)  # "Le lendemain, Zelensky a déclaré ...": the opening date is the main clause's
    if not exprs:
        return None
    ts, te = cand.trigger

    def dist(t: TemporalExpression) -> int:
        return t.span[0] - te if t.span[0] >= te else ts - t.span[1]

    moved = [t for t in exprs if ctx.rules.moved_to.search(ctx.text, max(cs, t.span[0] - 40), t.span[0])]
    if moved and cand.rule.kind == "noun" and cand.type != "statement_issued":
        exprs = moved  # "talks, initially planned for Monday, were pushed back to Thursday": Thursday
    for t in sorted(exprs, key=dist):
        if ctx.rules.not_event_date.search(ctx.text, max(cs, t.span[0] - 60), t.span[0]):
            continue  # "the first since 2022", "depuis 2014": a bound, not the event's date
        if not cand.rule.speech and any(0 <= t.span[0] - b <= 2 for _, b in ctx.speech_spans):
            continue  # "Trump said on Tuesday he hoped to meet ...": the day of the saying
        if cand.modality == "denied" and _denial_before(ctx, t.span[0], cs) and t not in moved:
            continue  # "was ruled out by the Kremlin on Monday": the day of the refusal
        if _dates_an_earlier_phrase(ctx, cand, t):
            continue  # "Following the call between the two leaders on June 5, the sides will ...": the call's
        if t.kind == "duration":
            if ctx.rules.sub_day.search(t.text) or future or not governs(ctx, cand, t):
                continue  # "cinq heures" says how long, not which day; "a 30-day ceasefire" neither
            assert t.days is not None
            told = told_day(ctx, exprs, cs) or bounding_day(ctx, cand)
            if told is not None:
                return lasting_interval(t.days, *told)  # "a two-day visit ending on Thursday"
            wider = told_period(ctx, exprs, cs)
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
            lasting = [
                d for d in exprs
                if d.kind == "duration" and d.days and d.days > 1 and not ctx.rules.sub_day.search(d.text)
                and governs(ctx, cand, d)
            ]
            if lasting and not future and t.interval.precision == "day" and first == last:
                # "wrapped up two days of talks on Tuesday": the talks began the day before
                opens = bool(ctx.rules.started.search(ctx.text, max(cs, t.span[0] - 30), t.span[0]))
                assert lasting[0].days is not None
                return lasting_interval(lasting[0].days, t.interval, opens)
            return t.interval
    return None
