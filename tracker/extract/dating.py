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
from tracker.extract.rules import FLAGS
from tracker.extract.types import TemporalExpression


_DURATION_LEAD = re.compile(r"(?:pendant|durant|\bfor|\bover|during|passé|passed|spent|lasted|duré|ended|concluded|wrapped\s+up|après|after|au\s+terme\s+de|at\s+the\s+end\s+of)\s+(?:\w+\s+){0,2}$", FLAGS)


_DURATION_TAIL = re.compile(r"^\s+(?:of|de|d['’])\s+(?:\w+\s+)?(?:talks|negotiations|meetings|discussions|consultations|négociations|discussions|pourparlers|réunions|consultations)", FLAGS)


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


_SUB_DAY = re.compile(r"heure|hour|minute|\bh\b|nuit|night", FLAGS)


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
    if not exprs:
        return None
    if future:
        exprs = [t for t in temporals_in(ctx, cs, ce, True)] or exprs
    ts, te = cand.trigger

    def dist(t: TemporalExpression) -> int:
        return t.span[0] - te if t.span[0] >= te else ts - t.span[1]

    for t in sorted(exprs, key=dist):
        if ctx.rules.not_event_date.search(ctx.text, max(cs, t.span[0] - 60), t.span[0]):
            continue  # "the first since 2022", "depuis 2014": a bound, not the event's date
        if not cand.rule.speech and any(0 <= t.span[0] - b <= 2 for _, b in ctx.speech_spans):
            continue  # "Trump said on Tuesday he hoped to meet ...": the day of the saying
        if t.kind == "duration":
            if _SUB_DAY.search(t.text) or not _adverbial_duration(ctx, t):
                continue  # "cinq heures" says how long, not which day; "a 30-day ceasefire" neither
            if cand.type == "statement_issued" or future or not t.days or ctx.article.published is None:
                continue
            try:
                return anchor_duration(t.days, ctx.article.published, "relative_to_publication")
            except Exception:
                continue
        if t.interval is not None and t.interval.precision != "unknown":
            last = t.interval.last_day()
            pub = ctx.article.published
            if cand.rule.kind == "noun" and cand.modality != "occurred" and pub and last and last < pub:
                continue  # "a meeting, floated last month, was ruled out": the floating, not the meeting
            first = t.interval.first_day()
            if cand.modality == "occurred" and cand.tense in ("past", "pcond", "impf") and pub and first and first > pub:
                continue  # "their first talks in three years" said of the past is no future date
            return t.interval
    return None
