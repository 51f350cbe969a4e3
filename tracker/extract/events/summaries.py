"""One English line per event, and its topics.

Summaries are English whatever the article's language; proposal names come from per-language
label tables, so no untranslated words leak into them.
"""

from __future__ import annotations

from tracker.events import Participant
from tracker.extract.events.context import Candidate, Context


def topics_of(ctx: Context, e: Candidate) -> tuple[str, ...]:
    found = []
    for topic, pat in ctx.rules.topic_cues:
        if any(pat.search(s.text) for s in e.sentences):
            found.append(topic)
    return tuple(found)


def _names(parts: list[Participant]) -> str:
    """Participants grouped: delegations with their named members, others by name."""
    groups: list[str] = []
    used: set[int] = set()
    for i, p in enumerate(parts):
        if i in used:
            continue
        if p.kind == "delegation":
            members = [q.name for j, q in enumerate(parts) if j != i and q.kind == "person" and q.side == p.side]
            used |= {j for j, q in enumerate(parts) if j != i and q.kind == "person" and q.side == p.side}
            label = f"{p.side} delegation" if p.side else p.name
            groups.append(f"{label} ({', '.join(members)})" if members else label)
        else:
            groups.append(p.name)
        used.add(i)
    if len(groups) <= 1:
        return groups[0] if groups else "unnamed parties"
    return ", ".join(groups[:-1]) + " and " + groups[-1]


def _proposal_label(ctx: Context, obj: str | None, demand: bool = False) -> str:
    """An English label for the proposal named in the text ("cadre de paix en vingt points" ->
    "the 20-point peace framework"), from the language's label table; unknown words are
    not copied, so the summary stays in one language."""
    default = "demand" if demand else "proposal"
    if not obj:
        return f"a {default}"
    rules = ctx.rules
    noun = next((label for pat, label in rules.summary_nouns if pat.search(obj)), default)
    qualifier = next((label for pat, label in rules.summary_qualifiers if pat.search(obj)), "")
    points = rules.summary_points.search(obj) if rules.summary_points is not None else None
    number = points.group(1) if points else next((label for pat, label in rules.summary_numbers if pat.search(obj)), "")
    parts = [f"{number}-point" if number else "", qualifier if qualifier != noun else "", noun]
    return "the " + " ".join(p for p in parts if p)


def summary_line(e: Candidate, parts: tuple[Participant, ...], ctx: Context) -> str:
    """One English line for a timeline (English for every article language, for consistency)."""
    plist = list(parts)
    where = f" in {e.location.name}" if e.location else ""
    mod = {"planned": "Planned", "possible": "Possible", "denied": "Ruled out"}.get(e.modality, "")
    t = e.type
    mediators = [p for p in plist if p.role == "mediator"]
    if mediators and t in ("meeting_held", "meeting_planned", "agreement_reached", "phone_call"):
        plist = [p for p in plist if p.role != "mediator"]
        where = f"{where} (mediated by {_names(mediators)})"
    if t == "meeting_held":
        hosts = [p for p in plist if p.role == "host"]
        guests = [p for p in plist if p.role != "host"]
        if hosts and len(guests) >= 2:
            # "Egypt and Qatar host talks between Hamas and Israel in Cairo"
            return f"{_names(hosts)} host{'s' if len(hosts) == 1 else ''} talks between {_names(guests)}{where}"
    if t in ("meeting_held", "meeting_planned"):
        first = [p for p in plist if p.role in ("host", "participant")][:1]
        if len(plist) >= 2 and first:
            head = first[0]
            rest = [p for p in plist if p is not head]
            if t == "meeting_planned":
                return f"{mod or 'Planned'} meeting: {_names([head])} and {_names(rest)}{where}"
            return f"{_names([head])} meets {_names(rest)}{where}"
        if t == "meeting_planned":
            return f"{mod or 'Planned'} meeting{' of ' + _names(plist) if plist else ''}{where}"
        return f"{_names(plist) if plist else 'Unnamed parties'} hold{'s' if len(plist) == 1 else ''} talks{where}"
    if t == "phone_call":
        core = f"phone call: {_names(plist)}"
        return f"{mod + ' ' if mod else ''}{core[0].upper() if not mod else core[0]}{core[1:]}"
    if t == "visit":
        who = _names([p for p in plist if p.role == "visitor"] or plist)
        return f"{mod + ': ' if mod else ''}{who} visits{' ' + e.location.name if e.location else ''}"
    if t == "statement_issued":
        who = _names([p for p in plist if p.role == "speaker"] or plist[:1])
        spoken = ("interview", "communiqué", "press conference", "television")
        chan = f" on {e.channel}" if e.channel and e.channel not in spoken else (f" ({e.channel})" if e.channel else "")
        tail = f": “{e.quote}”" if e.quote else (f" ({e.stance})" if e.stance else "")
        return f"{who} statement{chan}{tail}"
    if t == "report_to_leader":
        rep = _names([p for p in plist if p.role == "reporter"] or plist[:1])
        lead = [p for p in plist if p.role == "leader"]
        verb = "reports" if e.modality == "occurred" else ("to report" if e.modality == "planned" else "may report")
        return f"{rep} {verb} to {_names(lead) if lead else 'their leader'}{where}"
    if t == "proposal_presented":
        proposers = [p for p in plist if p.role == "proposer"] or plist
        demand = any((ev.rule or "").endswith("verb_demand") for ev in e.evidence)
        what = _proposal_label(ctx, e.obj, demand)
        verb = "demand" if demand else "present"
        if any(ctx.rules.amend_trigger.search(ev.trigger or "") for ev in e.evidence):
            verb = "amend"
        elif any(ctx.rules.handover_trigger.search(ev.trigger or "") for ev in e.evidence):
            verb = "hand over"
        if e.modality != "occurred":
            return f"{mod}: {_names(proposers)} to {verb} {what}" if proposers else f"{mod}: {verb} {what}"
        single = len(proposers) <= 1
        verb_s = {"present": "presents", "amend": "amends", "hand over": "hands over", "demand": "demands"}[verb] if single else verb
        if verb == "demand" and what in ("a demand", "the demand"):
            return f"{_names(proposers)} make{'s' if single else ''} a demand" if proposers else "Demand made"
        if verb == "demand" and what.startswith("the "):
            what = ("an " if what[4] in "aeiou" else "a ") + what[4:]
        return f"{_names(proposers)} {verb_s} {what}" if proposers else f"{what[0].upper()}{what[1:]} {verb}ed".replace("hand overed", "handed over")
    if t == "proposal_rejected":
        what = _proposal_label(ctx, e.obj)
        rejecting = [p for p in plist if p.role != "proposer"]
        authors = [p for p in plist if p.role == "proposer"]
        by = f" proposed by {_names(authors)}" if authors else ""
        return f"{_names(rejecting) if rejecting else 'A party'} reject{'s' if len(rejecting) <= 1 else ''} {what}{by}"
    if t == "agreement_reached":
        core = f"Agreement between {_names(plist)}" if plist else "Agreement reached"
        return f"{mod + ': ' if mod else ''}{core}{where}"
    return t
