"""What an event is about and where: quote, stance and channel of a statement, the
object of a proposal, the venue of an occurrence.
"""

from __future__ import annotations

from tracker.events import Location
from tracker.extract.events.clauses import trigger_zone
from tracker.extract.events.context import Candidate, Context, places_in
from tracker.extract.rules import LanguageRules
from tracker.extract.types import Sentence


def statement_details(ctx: Context, cand: Candidate, sent: Sentence) -> None:
    rules = ctx.rules
    q = rules.quote.search(sent.text)
    if q:
        cand.quote = (q.group(1) or q.group(2) or "").strip() or None
    for stance, pat in rules.stance_cues:
        if pat.search(sent.text):
            cand.stance = stance
            break
    cand.channel = cand.rule.channel
    for name, pat in rules.channel_cues:
        if pat.search(sent.text):
            cand.channel = name
            break


def proposal_object(rules: LanguageRules, text: str, ts: int, te: int, ce: int) -> str | None:
    """The proposal named after a trigger, without the verb or agent that follows it."""
    m = rules.proposal_object.search(text[ts:ce])
    if not m:
        return None
    return rules.proposal_object_end.split(m.group(0), maxsplit=1)[0].strip() or None


def statement_location(ctx: Context, te: int, ce: int) -> Location | None:
    """Where a verb of saying was said: a place right after it, before what was said ("anunció
    en Doha que", "said in Geneva that"); a place inside the reported content is not it."""
    end = min(ce, te + 40)  # ce: the sentence end (a verb of saying closes its own clause)
    comp = ctx.rules.complementiser.search(ctx.text, te, end)
    if comp is not None:
        end = comp.start()
    places = [p for p in places_in(ctx, te, end) if not ctx.rules.location_blocker.search(ctx.text, max(te, p.span[0] - 30), p.span[0])]
    return Location(name=places[0].name, country=places[0].side) if places else None


def event_location(ctx: Context, cand: Candidate, ts: int, te: int, cs: int, ce: int) -> Location | None:
    if cand.rule.kind == "noun":
        cs, ce = trigger_zone(ctx, ts, te, cs, ce)
    places = [p for p in places_in(ctx, cs, ce) if not ctx.rules.location_blocker.search(ctx.text, max(cs, p.span[0] - 30), p.span[0])]
    if not places:
        return None
    best = min(places, key=lambda p: abs(p.span[0] - te) if p.span[0] >= te else (ts - p.span[1]) + 10)
    return Location(name=best.name, country=best.side)
