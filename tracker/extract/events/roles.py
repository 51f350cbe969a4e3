"""Participants and their roles, per event type.

A statement has speakers, a report a reporter and a leader, a proposal proposers and
addressees, a visit visitors, a meeting participants, hosts and guests; a mediator ("sous la
médiation des Émirats", "Qatar-brokered") is a third party whatever the event.
"""

from __future__ import annotations

import re

from tracker.events import Participant
from tracker.extract.events.clauses import phrase_end, trigger_zone
from tracker.extract.events.context import Candidate, Context, mentions_in
from tracker.extract.events.subjects import actors_in, subject_of
from tracker.extract.rules import FLAGS
from tracker.extract.types import ActorMention


def participant_of(m: ActorMention, role: str) -> Participant:
    return Participant(
        name=m.name, side=m.side, role=role, actor_id=m.actor_id, resolved=m.resolved,
        kind=m.kind if m.kind in ("person", "side", "organisation", "delegation") else "person",
    )


def _statement_source(ctx: Context, cand: Candidate) -> list[ActorMention]:
    """"selon un communiqué du ministère russe", "according to the Kremlin's readout": the
    author of the document is the speaker."""
    ts, te = cand.trigger
    inside = [m for m in mentions_in(ctx, ts, te) if m.kind != "place" and m.via != "pronoun"]
    if inside:
        return [inside[0]]
    after = [m for m in mentions_in(ctx, te, min(cand.sentence.end, te + 40)) if m.kind != "place" and m.via != "pronoun"]
    if after and ctx.rules.source_of.fullmatch(ctx.text, te, after[0].span[0]) is not None:
        return [after[0]]
    # "selon Sergueï Lavrov, ...", "according to Foreign Minister X": a person named right after
    # the trigger, at most a title between (closed by a comma: "selon la ministre kosovare, X"),
    # is the speaker
    named = next((m for m in mentions_in(ctx, te, min(cand.sentence.end, te + 80)) if m.kind == "person" and m.via != "pronoun"), None)
    if named is not None and re.fullmatch(r"[^\W\d_]*(?:[\s'’-]+[^\W\d_]+){0,6}[\s'’-]*,?\s*|\s*", ctx.text[te : named.span[0]]):
        return [named]
    return []


def assign_roles(ctx: Context, cand: Candidate, cs: int, ce: int) -> None:
    rules, text = ctx.rules, ctx.text
    ts, te = cand.trigger
    t = cand.type
    parts: list[Participant] = []
    if t == "statement_issued":
        subj = _statement_source(ctx, cand) if cand.rule.kind == "noun" else []
        if not cand.rule.named_source:
            subj = subj or subject_of(ctx, cand, cs, ts, te, ce)
            if not subj:
                parts += _dateline_body(ctx, cand, cs)
        if subj:
            # "The United States and Ukraine said": a joint statement has several speakers
            parts += [participant_of(m, "speaker") for m in subj]
            ctx.last_speaker = (cand.sentence.index, subj[-1])
            if len(subj) > 1:
                ctx.last_group = (cand.sentence.index, subj)
            if subj[0].kind == "person":
                ctx.last_person = (cand.sentence.index, subj[0])
        # addressee: "told X" / "a dit à X"
    elif t == "report_to_leader":
        subj = subject_of(ctx, cand, cs, ts, te, ce)
        parts += [participant_of(m, "reporter") for m in subj]
        leader = None
        for m in actors_in(ctx, te, ce, te):
            if m.kind == "person" or rules.leader_title.search(text[max(te, m.span[0] - 40) : m.span[0]]):
                leader = m
                break
        if leader is None:
            objs = actors_in(ctx, te, ce, te)
            leader = objs[0] if objs else None
        if leader is None:
            # a verb bracket holds its object: "will Präsident Putin ... unterrichten"
            inside = [m for m in actors_in(ctx, ts, te, ts) if all(m.actor_id != s.actor_id for s in subj)]
            leader = inside[0] if inside else None
        if leader is not None and all(leader.actor_id != s.actor_id for s in subj):
            parts.append(participant_of(leader, "leader"))
    elif t in ("proposal_presented", "proposal_rejected"):
        # "(Bakou a écarté) le projet de traité présenté par Erevan": a participle naming its
        # agent has no subject of its own, the clause's subject did something else
        by_agent = t == "proposal_presented" and ctx.rules.agent_end.search(cand.trigger_text)
        subj = [] if by_agent else subject_of(ctx, cand, cs, ts, te, ce)
        role0 = "proposer" if t == "proposal_presented" else "participant"
        if t == "proposal_presented" and ctx.rules.receipt_trigger.search(cand.trigger_text):
            # "X got a paper with Chinese offers": X is addressed, China proposes
            parts += [participant_of(m, "addressee") for m in subj]
            obj_end = min(phrase_end(text, te, ce), trigger_zone(ctx, ts, te, cs, ce)[1])
            cut = rules.object_ends.search(text, te, obj_end)
            obj_end = cut.start() if cut else obj_end  # "... after meeting Omani officials": not the object
            parts += [participant_of(m, "proposer") for m in mentions_in(ctx, te, obj_end) if m.kind != "place" and m.via != "pronoun"]
            cand.participants = dedupe_participants(parts)
            return
        for m in subj:
            # "The deal proposed by Qatar was rejected by Israel": the agent of the participle
            # in the subject wrote the proposal, it does not reject it
            authored = t == "proposal_rejected" and rules.agent_marker.search(text, max(cs, m.span[0] - 30), m.span[0])
            parts.append(participant_of(m, "proposer" if authored else role0))
        for m in actors_in(ctx, te, ce, te):
            before = text[max(ts, m.span[0] - 40) : m.span[0]]
            if rules.agent_marker.search(before) or _coordinated_with_agent(ctx, m, ts):
                # "jugées inacceptables par le président russe": the agent right after rejects
                near = t == "proposal_rejected" and m.span[0] - te <= 30
                parts.append(participant_of(m, "participant" if near else "proposer"))
            elif rules.recipient_marker.search(before) and t == "proposal_presented":
                parts.append(participant_of(m, "addressee"))
        # "le plan de paix modifié par Kiev": agents inside the trigger phrase itself
        for m in actors_in(ctx, ts, te, ts):
            parts.append(participant_of(m, "proposer"))
    elif t == "visit":
        single = rules.possessive_single
        if cand.rule.kind == "noun" and single is not None and single.search(text, max(cs, ts - 25), ts):
            subj = _noun_subjects(ctx, cand, cs, ts)  # "X ... lors de sa tournée en Asie": X travels
        else:
            subj = subject_of(ctx, cand, cs, ts, te, ce)
        parts += [participant_of(m, "visitor") for m in subj]
    else:  # meetings, calls, agreements
        hosting = bool(rules.host_verb.search(cand.trigger_text))
        if cand.rule.kind == "noun":
            subj = _noun_subjects(ctx, cand, cs, ts)
            zone_end = trigger_zone(ctx, ts, te, cs, ce)[1]
            objs = _noun_objects(ctx, te, zone_end)
            # "Egypt and Qatar hosted talks between Hamas and Israel": the subject of a hosting
            # verb hosts the talks of the parties named after the noun
            # ("Doha will host a new round": Qatar hosts, the parties are told elsewhere)
            hosts = bool(subj and rules.host_verb.search(text, subj[-1].span[1], ts))
            named = {m.actor_id for m in objs}
            parts += [participant_of(m, "host" if hosts and m.actor_id not in named else "participant") for m in subj]
            parts += [participant_of(m, "participant") for m in objs]
            if not subj and objs:
                parts += [participant_of(m, "participant") for m in _after_talks_actor(ctx, cand, ts) or _announcer(ctx, cand, ts, te)]
            parts += [participant_of(m, "participant") for m in actors_in(ctx, ts, te, ts)]
            if not parts:
                # "une rencontre ... a été exclue par le Kremlin", "talks floated by Ankara"
                for m in actors_in(ctx, te, zone_end, te):
                    if rules.agent_marker.search(text[max(te, m.span[0] - 30) : m.span[0]]):
                        parts.append(participant_of(m, "participant"))
        else:
            subj = subject_of(ctx, cand, cs, ts, te, ce)
            objs = actors_in(ctx, te, ce, te)
            passive = hosting and bool(ctx.rules.passive.search(cand.trigger_text) or ctx.rules.agent_after.match(text, te))
            # "Zelensky was received by Erdogan": the subject is the guest
            parts += [participant_of(m, ("visitor" if passive else "host") if hosting else "participant") for m in subj]
            parts += [participant_of(m, ("host" if passive else "visitor") if hosting else "participant") for m in objs]
            for m in actors_in(ctx, ts, te, ts):
                parts.append(participant_of(m, "participant"))
        # "sous la médiation des Émirats", "mediated by Turkey", "under EU mediation": a third party's role
        previous: ActorMention | None = None
        for m in actors_in(ctx, cs, ce, cs):
            mediator = bool(
                rules.mediator_before.search(text, max(cs, m.span[0] - 45), m.span[0])
                or ctx.rules.mediated_suffix.match(text, m.span[1])
                or (ctx.rules.mediation_after.match(text, m.span[1]) and ctx.rules.mediation_before.search(text, max(cs, m.span[0] - 12), m.span[0]))
            )
            # "sous l'égide de l'Égypte et du Qatar": the second one mediates too
            if not mediator and previous is not None and ctx.rules.mediator_coordination.fullmatch(text, previous.span[1], m.span[0]):
                mediator = True
            if mediator:
                parts = [p for p in parts if p.actor_id != m.actor_id]
                parts.append(participant_of(m, "mediator"))
                previous = m
            else:
                previous = None
    cand.participants = dedupe_participants(parts)


def _dateline_body(ctx: Context, cand: Candidate, cs: int) -> list[Participant]:
    """"BEIJING, July 2 (Xinhua) -- ..., the commerce ministry said": a ministry named by its
    function alone speaks for the country of the wire's dateline; without a dateline, for nobody."""
    ts, te = cand.trigger
    if not ctx.dateline_end:
        return []
    body = ctx.rules.unnamed_body.search(ctx.text, cs, ts) or ctx.rules.unnamed_body.match(ctx.text, te) \
        or ctx.rules.unnamed_body.search(ctx.text, te, min(cand.sentence.end, te + 12))
    home = next((p.side for p in ctx.places if p.span[1] <= ctx.dateline_end and p.side), None)
    if body is None or home is None:
        return []
    return [Participant(name=home, side=home, role="speaker", actor_id=f"side:{home}", kind="side")]


def _announcer(ctx: Context, cand: Candidate, ts: int, te: int) -> list[ActorMention]:
    """"Zelensky announced talks with Trump": who announces talks "with" someone meets them
    (not "the Kremlin announced a meeting between X and Y", whose parties are named)."""
    if not ctx.rules.announced_before.search(ctx.text, max(cand.sentence.start, ts - 60), ts):
        return []
    if not re.match(r"\s+with\b", ctx.text[te : te + 6], re.IGNORECASE):
        return []
    speaker = ctx.last_speaker
    if speaker is None or speaker[0] != cand.sentence.index or speaker[1].span[1] > ts or speaker[1].kind not in ("person", "side", "delegation"):
        return []
    return [speaker[1]]


def _after_talks_actor(ctx: Context, cand: Candidate, ts: int) -> list[ActorMention]:
    """"Umerov, after negotiations with the Russian delegation, held ...", "a déclaré M. Fidan
    après une réunion avec ...": the actor named right before the cue took part."""
    cue = ctx.rules.after_talks.search(ctx.text, max(cand.sentence.start, ts - 40), ts)
    if cue is None or cue.end() != ts:
        return []
    before = [m for m in mentions_in(ctx, cand.sentence.start, cue.start()) if m.kind in ("person", "delegation", "side") and m.via != "pronoun"]
    if not before or cue.start() - before[-1].span[1] > 30:
        return []
    return [before[-1]]


def _coordinated_with_agent(ctx: Context, m: ActorMention, floor: int) -> bool:
    before = ctx.text[max(floor, m.span[0] - 60) : m.span[0]]
    return bool(ctx.rules.agent_coordination.search(before))


def _noun_subjects(ctx: Context, cand: Candidate, cs: int, ts: int) -> list[ActorMention]:
    """Subjects of a support verb whose object is the noun ("Dmitriev a tenu des réunions");
    not the subject of a verb of saying ("Witkoff a qualifié ... les négociations")."""
    single = ctx.rules.possessive_single
    if single is not None and single.search(ctx.text, max(cs, ts - 25), ts):
        # "Zelensky a rencontré Macron avant sa rencontre avec Trump": "sa" is the subject's
        # ("X told Y that Trump may announce a deal during his meeting with Z": the reported
        # clause's own subject, when the clause has one; a verb of saying does not hide it)
        own = [m for m in actors_in(ctx, cs, ts, cs) if m.kind == "person"]
        # a singular possessive owns a person before a group: "Israeli officials said Trump
        # may announce a deal during his meeting with Z" - his is Trump's, not the officials'
        before = actors_in(ctx, cand.sentence.start, ts, cand.sentence.start)
        first = own or [m for m in before if m.kind == "person"] or before
        return first[:1]
    actors = actors_in(ctx, cs, ts, cs)
    if actors and ctx.rules.genitive_owner.fullmatch(ctx.text, actors[-1].span[1], ts):
        # "Putin's meeting with the envoys was useful, X said": the owner took part, even
        # inside what a speaker says
        cand.owned = bool(_noun_objects(ctx, cand.trigger[1], trigger_zone(ctx, ts, cand.trigger[1], cs, cand.sentence.end)[1]))
        return [actors[-1]]
    if any(cs <= a < ts for a, _ in ctx.speech_spans):
        return []
    if not actors:
        if ctx.rules.possessive_before.search(ctx.text, max(cs, ts - 25), ts):
            return _owners_after(ctx, cand)
        return []
    compound = _compound_before(ctx, actors, ts)
    if compound:
        return compound
    if ctx.rules.possessive_before.search(ctx.text, max(cs, ts - 25), ts):
        # "entre Poutine et Trump lors de leur sommet": the owners are the actors just named
        owners = subject_of(ctx, cand, cs, ts, cand.trigger[1], cand.trigger[1])
        if len(owners) == 1:
            # "a request from Trump to Netanyahu during their meeting": the two just named
            prev = [m for m in actors_in(ctx, cs, owners[0].span[0], cs) if m.kind in ("person", "side") and m.side != owners[0].side]
            if prev and owners[0].span[0] - prev[-1].span[1] <= 60:
                owners = [prev[-1], owners[0]]
        return owners
    # only the subject of a support verb: "Dmitriev a tenu des réunions", "X held talks"
    if not ctx.rules.support_verb.search(ctx.text, actors[-1].span[1], ts):
        return []
    return subject_of(ctx, cand, cs, ts, cand.trigger[1], cand.trigger[1])


def _compound_before(ctx: Context, actors: list[ActorMention], ts: int) -> list[ActorMention]:
    """"a Putin-Trump meeting", "US-Russia talks": names fused to the noun they qualify."""
    text = ctx.text
    if not re.fullmatch(r"[\s\-–]*", text[actors[-1].span[1] : ts]):
        return []
    group = [actors[-1]]
    for prev in reversed(actors[:-1]):
        if ctx.rules.compound_join.fullmatch(text, prev.span[1], group[0].span[0]):
            group.insert(0, prev)
        else:
            break
    return group


def _noun_objects(ctx: Context, te: int, ce: int) -> list[ActorMention]:
    """Actors after the noun introduced by with/between/involving, and the actors coordinated
    with them; actors after "par"/"by" are agents of something else."""
    wm = re.search(ctx.rules.with_marker.pattern.replace("(?:\\w+\\s+){0,4}$", "").replace("$", ""), ctx.text[te:ce], FLAGS)
    if not wm:
        # "une réunion des ministres de l'ASEAN": the body whose members meet
        owners = [m for m in actors_in(ctx, te, min(ce, te + 100), te) if m.kind != "person"]
        return [m for m in owners if ctx.rules.members_of.fullmatch(ctx.text, te, m.span[0])][:1]
    start = te + wm.start()
    return [m for m in actors_in(ctx, start, ce, start) if not ctx.rules.agent_marker.search(ctx.text[max(start, m.span[0] - 30) : m.span[0]])]


def dedupe_participants(parts: list[Participant]) -> list[Participant]:
    out: dict[str, Participant] = {}
    for p in parts:
        key = p.actor_id or p.name
        if key not in out or (out[key].role == "participant" and p.role != "participant"):
            out[key] = p
    return list(out.values())


def _owners_after(ctx: Context, cand: Candidate) -> list[ActorMention]:
    """A fronted possessive names its owners after it: "After their talks, X and Y said",
    "Nach ihren Gesprächen sind X und Y ...": the first actors of the sentence after the noun,
    coordinated."""
    te, end = cand.trigger[1], cand.sentence.end
    after = actors_in(ctx, te, end, te)
    owners = after[:1]
    for m in after[1:]:
        if not ctx.rules.coordination_gap.fullmatch(ctx.text, owners[-1].span[1], m.span[0]):
            break
        owners.append(m)
    return owners if len(owners) > 1 else []
