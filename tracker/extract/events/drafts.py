"""Turning merged candidates into :class:`~tracker.events.EventDraft` values, and
dropping those that are not timeline entries (anonymous statements, reports to nobody).
"""

from __future__ import annotations

from tracker.events import EventDraft, Participant, parties
from tracker.extract.events.context import Candidate, Context
from tracker.extract.events.summaries import summary_line, topics_of


def worth_keeping(e: Candidate) -> bool:
    if e.type == "report_to_leader" and not any(p.role == "leader" for p in e.participants):
        return False  # "he would report to parliament": no principal, no report to a leader
    if e.type == "statement_issued":
        # "a U.S. official said": an anonymous source is attribution, not a statement
        return bool(e.participants) and e.participants[0].kind != "delegation"
    if e.type == "agreement_reached" and e.consent and len({p.side or p.actor_id for p in parties(e.participants)}) < 2:
        return False  # "Israel agreed to include a civilian": one party's consent, not an agreement
    # an occurrence of nobody is not a timeline entry, even with a place ("during the Geneva
    # summit" names an event told elsewhere, or none); a plan with its own place and day
    # ("the talks due to resume on Thursday in Geneva were postponed") still is one
    return bool(e.participants) or bool(e.location and e.date is not None and e.modality != "occurred")


def _final_participants(parts: list[Participant]) -> tuple[Participant, ...]:
    covered = {p.side for p in parts if p.kind in ("person", "delegation") and p.side}
    # "the chief negotiators of X and Y met ... X's negotiator A and his counterpart B": the
    # people named stand for their delegations
    named = {p.side for p in parts if p.kind == "person" and p.side}
    out = [p for p in parts if not (p.kind == "side" and p.side in covered) and not (p.kind == "delegation" and p.side in named)]
    return tuple(out)


def to_draft(ctx: Context, e: Candidate) -> EventDraft:
    from tracker.extract.calibration import calibrated
    from tracker.extract.temporal import publication_fallback

    parts = _final_participants(e.participants)
    # an undated occurrence is "reported" on the wire's own day (its dateline), else the publication's
    reported = ctx.story_day if e.modality == "occurred" and ctx.story_day is not None else None
    date = (
        e.date
        or (e.scene_date if e.modality == "occurred" else None)
        or publication_fallback(reported.first_day() if reported else ctx.article.published)
    )
    conf = e.confidence
    if not parts:
        conf -= 0.2
    if e.date is None:
        conf -= 0.05 if e.scene_date is None else 0.02
    topics = topics_of(ctx, e)
    summary = summary_line(e, parts, ctx)
    return EventDraft(
        type=e.type,
        date=date,
        participants=parts,
        modality=e.modality,
        location=e.location,
        summary=summary,
        topics=topics,
        confidence=calibrated(round(max(0.05, min(0.95, conf)), 2)),
        evidence=tuple(e.evidence),
        quote=e.quote if e.type == "statement_issued" else None,
        stance=e.stance if e.type in ("statement_issued", "proposal_rejected") else None,
        source_url=ctx.article.url,
    )
