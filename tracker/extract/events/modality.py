"""Whether an event happened, is planned, possible or ruled out.

Verbs take it from the tense group that matched (negation gives ``denied``, an infinitive
takes the modal on its left); nouns from a cue attached to them ("lors de leur sommet", "the
next meeting") else the nearest cue of their clause; a noun with no cue at all is an anaphor
of an earlier meeting.
"""

from __future__ import annotations

import re

from tracker.extract.events.context import Context
from tracker.extract.events.triggers import tense_of
from tracker.extract.rules import TriggerRule

_MODALITY_RANK = {"denied": 3, "possible": 2, "planned": 1}


def trigger_modality(ctx: Context, rule: TriggerRule, m: re.Match[str], cs: int, ce: int) -> tuple[str | None, float, bool]:
    """(modality, confidence adjustment, anaphoric)."""
    rules, text = ctx.rules, ctx.text
    if rule.modality:
        return rule.modality, 0.0, False
    if rule.speech and rule.kind == "noun":
        return "occurred", 0.0, False  # "according to the readout", "dans un communiqué": said, and reported
    if rule.kind == "verb_phrase":
        if rules.negation.search(m.group(0)):
            return "denied", 0.0, False
        return "occurred", 0.0, False
    if rule.kind == "verb":
        tense = tense_of(m) or "past"
        if tense in ("pres", "impf") and rules.ongoing.search(text, max(cs, m.start() - 40), min(ce, m.end() + 60)):
            return None, 0.0, False  # "accueille depuis 2012 le bureau de ...": a state, not an event
        negated = bool(rules.negation.search(m.group(0)))
        if tense in ("past", "impf", "pres"):
            mod, adj = "occurred", 0.0
        elif tense == "pcond":
            mod, adj = "occurred", -0.15
        elif tense == "fut":
            mod, adj = "planned", 0.0
        elif tense == "cond":
            # future-in-the-past of reported speech ("a indiqué que X rendrait compte") is a plan
            if any(a < m.start() and b <= cs for a, b in ctx.speech_spans):
                mod, adj = "planned", -0.05
            else:
                mod, adj = "possible", -0.05
        elif tense == "part":
            mod, adj = "occurred", -0.1
        else:  # infinitive: the modal on its left decides
            left = text[cs : m.start()]
            mod, adj = None, 0.0
            for cat, pat in rules.infinitive_left:
                if pat.search(left):
                    mod = cat
                    break
            if mod in (None, "purpose"):
                mod = _chained_modal(ctx, m.start()) or mod
            if mod == "purpose" or mod is None:
                mod = _clause_modality(ctx, m.start(), m.end(), cs, ce) or ("occurred" if mod == "purpose" else None)
                if mod is None:
                    return None, 0.0, False
                adj = -0.1
            if mod == "denied":
                negated = False
                return "denied", 0.0, False
        if rule.speech and rules.indirect_question.search(text, max(cs, m.start() - 60), m.start()):
            return None, 0.0, False  # "asked whether Putin had said so": asked about, not said
        if negated:
            if rule.speech:
                return None, 0.0, False
            return "denied", 0.0, False
        return mod, adj, False
    # nouns
    if rules.ongoing.search(text, max(cs, m.start() - 40), m.start()):
        return None, 0.0, False  # "négocie depuis des années avec X": a process, not a round
    before = text[max(cs, m.start() - 80) : m.start()]
    after = text[m.end() : min(ce, m.end() + 80)]
    attached: list[str] = []
    for cat, pat in rules.attached_before:
        if pat.search(before):
            attached.append(cat)
    for cat, pat in rules.attached_after:
        if pat.search(after):
            attached.append(cat)
    if not attached and rules.announced_before.search(text, max(0, m.start() - 60), m.start()):
        attached.append("planned")  # "announced talks with X next week" (the saying cut the clause)
    if "new" in attached:
        # "a new round of talks": planned, unless a past verb governs it ("ont tenu un nouveau
        # cycle de négociations", "held a new round of talks")
        attached = [c for c in attached if c != "new"]
        new_match = next(f for c, p in rules.attached_before if c == "new" and (f := p.search(before)) is not None)
        new_at = m.start() - len(before) + new_match.start()
        # ("a remis un texte en prélude à de nouveaux pourparlers": ahead of them, still to come)
        attached.append("past" if "ahead" not in attached and _past_verb_governs(ctx, new_at, cs) else "planned")
    if "ahead" in attached:
        # "ahead of his meeting with Trump on Monday": still to come; "Avant la séance, Rubio
        # s'était entretenu ...": the session of a past clause, an anaphor of the one told
        attached = [c for c in attached if c != "ahead"]
        if rules.pluperfect is not None and rules.pluperfect.search(text, cs, ce):
            return None, 0.0, True
        attached.append("planned")
    clause = _clause_cues(ctx, m.start(), m.end(), cs, ce)
    if "past" in attached and not any(c in ("denied", "possible") for c in attached):
        # "Trump may announce a deal during his meeting with Netanyahu on Monday": "during"
        # sets the noun in the clause's own time, which a modal before it makes ahead
        cue_at = [x for x in (p.search(before) for c, p in rules.attached_before if c == "past") if x is not None]
        if not cue_at or not rules.modal_governs_attached:
            return "occurred", 0.0, False  # ("ont entamé une nouvelle série": a past verb governs)
        set_at = m.start() - len(before) + min(x.start() for x in cue_at)
        governing = sorted((end, cat) for start, end, cat in ctx.cue_cache[(cs, ce)] if end <= set_at)
        if not governing and rules.modal_governs_attached:
            # "may announce a deal during ...": the verb of saying cut the clause after its modal
            lead = text[max(0, cs - 40) : cs]
            if not re.search(r"[.;!?]", lead):
                # only a modal of possibility: "annoncé" before a cut is the saying's own tense
                governing = sorted((x.end(), cat) for cat, pat in rules.clause_cues if cat == "possible" for x in pat.finditer(lead))
        if rules.modal_governs_attached and governing and governing[-1][1] in _MODALITY_RANK:
            return governing[-1][1], -0.05, False
        return "occurred", 0.0, False
    future = [c for c in attached if c in _MODALITY_RANK]
    future_clause = [(d, c) for d, c in clause if c in _MODALITY_RANK]
    past_clause = [(d, c) for d, c in clause if c == "past"]
    if future or future_clause:
        if past_clause and not future and min(past_clause)[0] < min(future_clause)[0]:
            return "occurred", -0.1, False
        cats = future + [c for _, c in future_clause]
        return max(cats, key=lambda c: _MODALITY_RANK[c]), 0.0, False
    if past_clause:
        return "occurred", -0.1, False
    return None, 0.0, True


def _chained_modal(ctx: Context, ts: int) -> str | None:
    """The modal of the first infinitive of a chain ("decided to X and to meet", "convenus de X
    et de se retrouver") for a later one, which has none of its own on its left."""
    rules, text = ctx.rules, ctx.text
    chain, marker = rules.infinitive_chain, rules.infinitive_marker
    if chain is None or marker is None:
        return None
    s0 = max((s.start for s in ctx.sentences if s.start <= ts), default=0)
    link = chain.search(text, max(s0, ts - 20), ts)
    if link is None:
        return None
    earlier = [im for im in marker.finditer(text, s0, link.start()) if im.end() <= link.start()]
    for im in reversed(earlier):
        words = im.group(0)
        cut = max(words.rfind(" "), words.rfind("'"), words.rfind("’")) + 1
        left = text[s0 : im.start() + cut]
        for cat, pat in rules.infinitive_left:
            if pat.search(left):
                return None if cat == "purpose" else cat
    return None


def _past_verb_governs(ctx: Context, pos: int, cs: int) -> bool:
    """The nearest modality cue before ``pos`` in its clause is a past one, with no
    infinitive between it and ``pos`` ("a proposé d'accueillir un nouveau cycle")."""
    _clause_cues(ctx, pos, pos, cs, pos)  # fills the cache for (cs, pos)
    before = [(end, cat) for start, end, cat in ctx.cue_cache[(cs, pos)] if end <= pos]
    if not before or max(before)[1] != "past":
        return False
    marker = ctx.rules.infinitive_marker
    return marker is None or not marker.search(ctx.text, max(before)[0], pos)


def _clause_cues(ctx: Context, ts: int, te: int, cs: int, ce: int) -> list[tuple[int, str]]:
    key = (cs, ce)
    found = ctx.cue_cache.get(key)
    if found is None:
        found = [(m.start(), m.end(), cat) for cat, pat in ctx.rules.clause_cues for m in pat.finditer(ctx.text, cs, ce)]
        ctx.cue_cache[key] = found
    out: list[tuple[int, str]] = []
    for start, end, cat in found:
        if start < te and end > ts:
            continue
        if start >= te and ctx.rules.attributive_cue.match(ctx.text, start):
            continue  # "a meeting to prepare possible talks": the adjective is the next noun's
        dist = ts - end if end <= ts else start - te
        out.append((max(0, dist), cat))
    return out


def _clause_modality(ctx: Context, ts: int, te: int, cs: int, ce: int) -> str | None:
    cues = _clause_cues(ctx, ts, te, cs, ce)
    if not cues:
        return None
    dist, cat = min(cues)
    return "occurred" if cat == "past" else cat
