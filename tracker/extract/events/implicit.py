"""Filling in what wire copy leaves implicit, at a lower confidence.

An agreement, proposal or rejection without parties or date takes those of the meeting just
told; a meeting without named parties takes the sides of the article's last named meeting; an
occurrence without a place takes the place named one sentence earlier; a statement made
after a meeting told in its sentence ("Rubio told reporters after Tuesday's talks") or right
after it ("told reporters afterwards") takes the meeting's day; a joint statement without a
named speaker is made by the parties of the meeting just held.
"""

from __future__ import annotations

from typing import Any

from tracker.events import DateInterval, Participant
from tracker.events import parties as event_parties
from tracker.extract.events.context import Candidate, Context
from tracker.extract.events.merging import absorb, identity_keys
from tracker.extract.rules import LanguageRules


def inherit_sides(events: list[Candidate], rules: LanguageRules) -> None:
    """A meeting told without its parties ("une première rencontre technique tenue en février à
    Riyad", "a new round is due next week in Geneva") belongs to the negotiation the article is
    about: give it the sides (not the people) of the last meeting with named parties; the
    people too when the sentence points back at them ("the two leaders will meet again")."""
    for i, e in enumerate(events):
        if e.type not in ("meeting_held", "meeting_planned", "agreement_reached", "phone_call") or e.anaphoric:
            continue
        group_ref = any(rules.group_reference.search(sent.text) for sent in e.sentences)
        own = parties_of(e)
        if own and not (group_ref and len({p.side for p in own if p.side}) < 2):
            continue
        if group_ref and _two_party_sides(e, events[:i]):
            continue
        if own or e.type not in ("meeting_held", "meeting_planned"):
            continue
        for prev in reversed(events[:i]):
            if prev.type == "meeting_held" and prev.participants:
                parties = [p for p in prev.participants if p.role != "mediator"]
                if group_ref:
                    e.participants = e.participants + [Participant(**{**p.to_dict(), "role": "participant"}) for p in parties]
                    break
                sides: list[Participant] = []
                for p in parties:
                    if p.side and all(q.side != p.side for q in sides):
                        sides.append(Participant(name=p.side, side=p.side, role="participant", actor_id=f"side:{p.side}", kind="side"))
                e.participants = [p for p in e.participants if p.role in ("host", "mediator")] + [
                    p for p in sides if all(q.side != p.side for q in e.participants)
                ]
                e.confidence = max(0.05, e.confidence - 0.15)
                break
        else:
            _parties_of_nearest_deal(e, events)


def _parties_of_nearest_deal(e: Candidate, events: list[Candidate]) -> None:
    """"Oslo doit accueillir la prochaine session" in an article that told no
    meeting before: the round belongs to the two parties of the nearest meeting or agreement
    of the article (their sides; an armed group without a side by itself)."""
    if e.type != "meeting_planned" or not any(p.role == "host" for p in e.participants):
        return  # only a round some place is to host: a bare plan stays a plan of nobody
    deals = [
        p for p in events
        if p is not e and p.type in ("meeting_held", "agreement_reached") and len(parties_of(p)) >= 2
        and abs(p.sentence.index - e.sentence.index) <= _DEAL_WINDOW
    ]
    if not deals:
        return
    deal = min(deals, key=lambda p: abs(p.sentence.index - e.sentence.index))
    added: list[Participant] = []
    for p in parties_of(deal):
        if p.side:
            if all(q.side != p.side for q in added + e.participants):
                added.append(Participant(name=p.side, side=p.side, role="participant", actor_id=f"side:{p.side}", kind="side"))
        elif all(q.actor_id != p.actor_id for q in added + e.participants):
            added.append(Participant(**{**p.to_dict(), "role": "participant"}))
    e.participants = e.participants + added
    e.confidence = max(0.05, e.confidence - 0.2)


#: How many sentences away the meeting or agreement lending its parties may be told.
_DEAL_WINDOW = 6


def parties_of(e: Candidate) -> list[Participant]:
    """The parties of an event: its participants without hosts and mediators."""
    return event_parties(e.participants)


#: How many sentences back "the two sides" / "les deux parties" may point.
_GROUP_WINDOW = 4


def _two_party_sides(e: Candidate, before: list[Candidate]) -> bool:
    """"Les deux parties ont convenu de poursuivre les négociations", "the committee, which
    brings the two countries together, will meet": the sides of the last two-party event
    told just before; the event's own hosts and mediators keep their roles."""
    for prev in reversed(before):
        if e.sentence.index - prev.last_index > _GROUP_WINDOW:
            break
        if prev.type not in ("meeting_held", "meeting_planned", "agreement_reached", "phone_call", "proposal_presented"):
            continue
        parties = parties_of(prev)
        sides: list[str] = []
        for p in parties:
            if p.side and p.side not in sides:
                sides.append(p.side)
        own = {p.side for p in parties_of(e) if p.side}
        if len(sides) < 2 or not own <= set(sides):
            continue  # the sides of another negotiation than the one this event names
        taken = {p.side for p in e.participants}
        # the people themselves: "the two leaders will meet again" names them
        new = [Participant(**{**p.to_dict(), "role": "participant"}) for p in parties if p.side and p.side not in taken]
        e.participants = e.participants + new
        e.confidence = max(0.05, e.confidence - 0.1)
        return True
    return False


def name_sides(events: list[Candidate], registry: Any) -> None:
    """Inherited side participants carry the registry's side actor and name when it has one."""
    for e in events:
        fixed = []
        for p in e.participants:
            if p.kind == "side" and p.name == p.side:
                actor = registry.side_actor(p.side) if hasattr(registry, "side_actor") else None
                if actor is not None:
                    p = Participant(name=actor.name, side=p.side, role=p.role, actor_id=actor.id, kind="side")
            fixed.append(p)
        e.participants = fixed


def carry_locations(events: list[Candidate]) -> None:
    """"Witkoff est arrivé à Moscou. Il a rencontré Poutine": the place named one sentence
    earlier, for an occurrence of the same people told without one."""
    for i, e in enumerate(events):
        if e.location is not None or e.type not in ("meeting_held", "agreement_reached") or e.modality != "occurred" or e.pluperfect:
            continue
        keys = identity_keys(e)[0]
        for prev in reversed(events[:i]):
            if prev.location is None or prev.type not in ("visit", "meeting_held") or prev.modality != "occurred":
                continue
            # also within one sentence: "X, after talks with Y in Geneva, met Z" (in Geneva too)
            if e.sentence.index - prev.last_index in (0, 1) and (not keys or keys & identity_keys(prev)[0]):
                e.location = prev.location
            break
        if e.location is None:
            # told in a sentence with a located meeting of the same people (or, unnamed, sides):
            # "the delegations met in Istanbul and agreed on a prisoner swap"
            mine = {s.index for s in e.sentences}
            own_sides = identity_keys(e)[1]
            for other in events:
                if other is e or other.location is None or other.type != "meeting_held" or other.modality != "occurred":
                    continue
                op, os_ = identity_keys(other)
                same = (keys & op) if keys else bool(own_sides and own_sides <= os_)
                if mine & {s.index for s in other.sentences} and same:
                    e.location = other.location
                    break


def inherit_participants(events: list[Candidate]) -> None:
    """"Les discussions ont abouti à un accord": an agreement, rejection or proposal without
    named parties belongs to the parties of the meeting just told; without a date of its own
    it happened during that meeting."""
    for i, e in enumerate(events):
        if e.type not in ("agreement_reached", "proposal_rejected", "proposal_presented") or e.modality != "occurred":
            continue
        # "Moscou réclame ...": a standing position, not a moment; "Kiev avait transmis son
        # document": told in the pluperfect, it happened before the meeting
        if e.date is None and e.tense != "pres" and not e.pluperfect:
            told = [
                p for p in events
                if p is not e and p.type == "meeting_held" and p.date is not None
                and p.sentence.index <= e.sentence.index and e.sentence.index - p.last_index <= 2
            ]
            if told:
                # the meeting told last (a recap of an earlier round in between does not count)
                e.scene_date = max(told, key=lambda p: (p.last_index, p.sentence.index, p.trigger[0])).date
        if e.participants:
            continue
        for prev in reversed(events[:i]):
            if prev.type == "meeting_held" and prev.participants and e.sentence.index - prev.last_index <= 2:
                # the meeting's hosts and mediators are no parties of what it agreed
                e.participants = [Participant(**{**p.to_dict(), "role": "participant"}) for p in parties_of(prev)]
                e.confidence = max(0.05, e.confidence - 0.1)
                break


def name_delegations(events: list[Candidate]) -> None:
    """"The foreign ministers of X and Y met on Thursday ... X's A and Y's B agreed to ...":
    a meeting told with delegations only gets the people of those sides who act in the next
    sentence (they stand for their delegations in the draft)."""
    for i, e in enumerate(events):
        if e.type != "meeting_held" or e.modality != "occurred":
            continue
        sides = {p.side for p in e.participants if p.kind in ("delegation", "side") and p.role in ("participant", "visitor") and p.side}
        if len(sides) < 2 or any(p.kind == "person" for p in e.participants):
            continue
        for f in events[i + 1 :]:
            if f.sentence.index - e.last_index > 1:
                break
            people = [p for p in f.participants if p.kind == "person" and p.side in sides]
            if f.modality == "occurred" and {p.side for p in people} == sides:
                e.participants = e.participants + [Participant(**{**p.to_dict(), "role": "participant"}) for p in people]
                break


def link_statements_to_meetings(ctx: Context, cands: list[Candidate]) -> None:
    """"Rubio told reporters after Tuesday's talks", "À l'issue de la rencontre, Lavrov a
    déclaré": a statement whose sentence sets it at a meeting that happened, with a cue such as
    after / following / at the end of / à l'issue de right before the meeting noun."""
    # the first "past" cue before a noun sets an event in another ("after the talks")
    set_in = next((cue for category, cue in ctx.rules.attached_before if category == "past"), None)
    for s in cands:
        if s.type != "statement_issued" or s.date is not None:
            continue
        for m in cands:
            if m.type != "meeting_held" or m.modality != "occurred" or m.rule.kind != "noun":
                continue
            if set_in is not None and set_in.search(ctx.text, max(s.sentence.start, m.trigger[0] - 60), m.trigger[0]):
                s.at_meeting = m
                break
        after = ctx.rules.after_meeting
        if s.at_meeting is None and after is not None and ctx.last_meeting is not None \
                and s.sentence.index - ctx.last_meeting[0] <= 1 and after.search(s.sentence.text):
            # "Rubio told reporters afterwards", "a déclaré à l'issue": the meeting just told
            s.at_meeting = ctx.last_meeting[1]
    for m in cands:
        if m.type == "meeting_held" and m.modality == "occurred" and not m.pluperfect:
            ctx.last_meeting = (m.sentence.index, m)


def date_statements_at_meetings(events: list[Candidate]) -> None:
    """A statement linked to a meeting without a date of its own takes the meeting's date,
    marked as resolved from context (relative_to_publication) and less confident."""
    for e in events:
        m = e.at_meeting
        if e.type != "statement_issued" or e.date is not None or m is None:
            continue
        meeting = next((x for x in events if x.type == "meeting_held" and m.evidence[0] in x.evidence), None)
        when = meeting.date or meeting.scene_date if meeting is not None else None
        if when is None or when.precision == "unknown":
            continue
        e.scene_date = DateInterval(start=when.start, end=when.end, precision=when.precision, raw=when.raw, resolution="relative_to_publication")
        e.confidence = max(0.05, e.confidence - 0.05)


def joint_statement_speakers(events: list[Candidate], rules: LanguageRules) -> list[Candidate]:
    """"A joint statement issued after the meeting said ...", "Dans une déclaration commune,
    les deux parties ...": a statement without a named speaker, told as joint or by "the two
    sides", is made by the parties of the meeting held just before (mediators aside); a joint
    statement already told by several speakers of those sides is the same statement."""
    absorbed: list[Candidate] = []
    for i, e in enumerate(events):
        if e.type != "statement_issued" or e.participants:
            continue
        text = e.sentence.text
        joint = rules.joint_statement is not None and rules.joint_statement.search(text)
        if not joint and not rules.group_reference.search(text):
            continue
        for prev in reversed(events[:i]):
            if prev.type == "meeting_held" and prev.modality == "occurred" and prev.participants and e.sentence.index - prev.last_index <= 2:
                e.participants = [Participant(**{**p.to_dict(), "role": "speaker"}) for p in prev.participants if p.role != "mediator"]
                e.confidence = max(0.05, e.confidence - 0.1)
                if e.date is None and e.scene_date is None:
                    e.at_meeting = prev
                break
        if not e.participants:
            continue
        sides = {p.side for p in e.participants if p.side}
        for prev in reversed(events[:i]):
            if prev.type == "statement_issued" and prev not in absorbed and len(prev.participants) >= 2 \
                    and sides & {p.side for p in prev.participants} and e.sentence.index - prev.last_index <= _JOINT_WINDOW:
                absorb(prev, e)
                absorbed.append(e)
                break
    return [e for e in events if e not in absorbed]


#: How many sentences back the first telling of a joint statement may be.
_JOINT_WINDOW = 12
