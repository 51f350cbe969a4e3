"""Merging candidates that describe one occurrence into one event.

Same type and modality, compatible participants, place and date, close in the text, or an
anaphor ("ces échanges", "the talks") of a meeting just told; "another round" never merges back.
"""

from __future__ import annotations

import re

from tracker.events import Participant
from tracker.events import parties as event_parties
from tracker.extract.events.context import MEETING_TYPES, Candidate
from tracker.extract.events.roles import dedupe_participants
from tracker.extract.rules import LanguageRules

#: How many sentences back a compatible description of the same occurrence may sit.
_MERGE_WINDOW = 12


#: How many sentences back "the talks" / "ces discussions" may refer.
_ANAPHORA_WINDOW = 6


def drop_visits_with_meetings(cands: list[Candidate]) -> None:
    """A visit in a sentence that also describes a meeting is the meeting's setting; not a
    trip made before a meeting still ahead ("arrived in Washington on Sunday ahead of his
    meeting with Trump on Monday"), which is an occurrence of its own."""
    meetings = [c for c in cands if c.type in ("meeting_held", "meeting_planned") and not c.anaphoric and c.rule.kind != "members"]
    if not meetings:
        return
    for v in [c for c in cands if c.type == "visit"]:
        same = [m for m in meetings if (m.modality == "occurred") == (v.modality == "occurred")]
        if not same:
            continue
        target = same[0]
        if target.location is None and v.location is not None:
            target.location = v.location
        target.participants = dedupe_participants(
            target.participants + [Participant(**{**p.to_dict(), "role": "participant"}) for p in v.participants]
        )
        cands.remove(v)


def fold_trip_purposes(cands: list[Candidate]) -> None:
    """"X will travel to Oslo for a third meeting with Y": a trip made planned meeting by its
    purpose and the meeting noun of that purpose are one planned meeting (even when the
    noun says "another" or "a third")."""
    for v in [c for c in cands if c.rule.type == "visit" and c.type == "meeting_planned"]:
        for m in [c for c in cands if c.rule.kind == "noun" and c.type == "meeting_planned" and c is not v]:
            if 0 <= m.trigger[0] - v.trigger[1] <= 100:
                absorb(v, m)
                v.participants = dedupe_participants(v.participants + m.participants)
                cands.remove(m)


def fold_departures_into_purposes(rules: LanguageRules, text: str, cands: list[Candidate]) -> None:
    """"The delegation left for Doha on Sunday to resume talks with Hamas": a trip made for a
    meeting is that meeting's journey, not an event of its own; the meeting takes the trip's
    place (the city) and its travellers."""
    for v in [c for c in cands if c.type == "visit" and c.modality == "occurred"]:
        purpose = rules.purpose_after.search(text, v.trigger[1], min(v.sentence.end, v.trigger[1] + 100))
        if purpose is None:
            continue
        m = next((
            c for c in cands
            if (c.type == "meeting_planned" or (c.type == "meeting_held" and c.anaphoric)) and c.rule.kind == "noun"
            and purpose.start() <= c.trigger[0] <= purpose.end() + 40
        ), None)
        if m is None:
            continue
        # "flew to Moscow on Tuesday for talks with Putin": talks of no tense of their own are
        # those of the journey, held there
        m.anaphoric = False
        if v.location is not None:
            m.location = v.location
        m.participants = dedupe_participants([Participant(**{**p.to_dict(), "role": "participant"}) for p in v.participants] + m.participants)
        m.evidence = v.evidence + [ev for ev in m.evidence if ev not in v.evidence]
        cands.remove(v)


def drop_settings(rules: LanguageRules, text: str, cands: list[Candidate]) -> None:
    """"will meet on the sidelines of the summit in Tirana": the summit is where the meeting
    of the sentence takes place, not a second meeting of unnamed parties."""
    meetings = [c for c in cands if c.type in ("meeting_held", "meeting_planned", "phone_call") and not c.anaphoric]
    for c in [c for c in cands if c.rule.kind == "noun" and c.type in ("meeting_held", "meeting_planned")]:
        if not any(m is not c and m.trigger[1] <= c.trigger[0] for m in meetings):
            continue
        if rules.setting_before.search(text, max(c.sentence.start, c.trigger[0] - 70), c.trigger[0]):
            cands.remove(c)


def drop_agreed_objects(text: str, cands: list[Candidate]) -> None:
    """"se sont mis d'accord sur un nouvel échange de prisonniers": the exchange is what the
    verb agrees on, the same agreement, not a second one (planned because it is "new")."""
    verbs = [c for c in cands if c.type == "agreement_reached" and c.rule.kind != "noun"]
    for c in [c for c in cands if c.type == "agreement_reached" and c.rule.kind == "noun"]:
        if any(0 <= c.trigger[0] - v.trigger[1] <= 40 and not re.search(r"[.;]", text[v.trigger[1] : c.trigger[0]]) for v in verbs):
            cands.remove(c)


def drop_own_side_voices(cands: list[Candidate]) -> None:
    """"..., et la Thaïlande estime que ..., a déclaré le ministre thaïlandais X": a country
    speaking in the sentence where one of its own people speaks is that person's voice, not a
    second statement; a statement by another side stays ("le Cambodge a déclaré ...")."""
    speakers = [c for c in cands if c.type == "statement_issued" and c.participants]
    people = {p.side for c in speakers for p in c.participants if p.kind == "person" and p.side}
    for c in speakers:
        if all(p.kind == "side" and p.side in people for p in c.participants):
            cands.remove(c)


def drop_proposed_objects(rules: LanguageRules, text: str, cands: list[Candidate]) -> None:
    """"Kyiv had proposed a full exchange of prisoners": the exchange is what is proposed,
    not a possible agreement of its own; not "proposed a truce and Moscow agreed to ..."."""
    proposals = [c for c in cands if c.type == "proposal_presented"]
    for c in [c for c in cands if c.type == "agreement_reached" and c.modality != "occurred"]:
        if any(0 <= c.trigger[0] - p.trigger[1] <= 60 and not rules.object_ends.search(text, p.trigger[1], c.trigger[0]) for p in proposals):
            cands.remove(c)


def drop_held_purposes(rules: LanguageRules, text: str, cands: list[Candidate]) -> None:
    """"met in Brussels on Tuesday for a new session of the dialogue": the session is the
    meeting just told, not a second one (planned because it is "new")."""
    held = [c for c in cands if c.type == "meeting_held" and c.rule.kind != "noun" and c.modality == "occurred"]
    if not held:
        return
    for c in [c for c in cands if c.type == "meeting_planned" and c.rule.kind == "noun"]:
        ts = c.trigger[0]
        if any(h.trigger[1] <= ts for h in held) and rules.purpose_noun_before.search(text, max(c.sentence.start, ts - 60), ts):
            cands.remove(c)


def drop_planned_purposes(cands: list[Candidate]) -> None:
    """"Witkoff will travel to Moscow to present the plan": one planned meeting, whose purpose
    is the presentation, not a second planned event."""
    if not any(c.type == "meeting_planned" for c in cands):
        return
    for c in [c for c in cands if c.type == "proposal_presented" and c.modality != "occurred"]:
        cands.remove(c)
    # "expected to come to Washington to sign a deal": the signing is what the trip is for
    trip = next((c for c in cands if c.rule.type == "visit" and c.type == "meeting_planned"), None)
    if trip is not None:
        for c in [c for c in cands if c.type == "agreement_reached" and c.modality != "occurred"]:
            trip.date = trip.date or c.date  # "... to sign a deal, possibly in the coming weeks"
            cands.remove(c)


def identity_keys(c: Candidate) -> tuple[set[str], set[str]]:
    """People and sides of the parties: a host or mediator says where or through whom, not
    who met ("the Emirates hosted the talks" is the Abu Dhabi meeting told again)."""
    parties = event_parties(c.participants)
    people = {p.actor_id or p.name for p in parties if p.kind == "person"}
    sides = {p.side for p in parties if p.side}
    return people, sides


def _hosts_agree(a: Candidate, b: Candidate) -> bool:
    """A host names the country of the venue: it must be the other telling's host or venue."""
    if any(p.role == "visitor" for p in a.participants):
        return True  # "Trump hosted Putin": a host who receives a guest is a party
    hosts = {p.side for p in a.participants if p.role == "host" and p.side}
    if not hosts:
        return True
    other = {p.side for p in b.participants if p.role == "host" and p.side}
    if other:
        return bool(hosts & other)
    country = b.location.country if b.location is not None else None
    return not country or country in hosts


def _proposer_keys(c: Candidate) -> set[str]:
    authors = [p for p in c.participants if p.role == "proposer"]
    return {p.side or p.actor_id or p.name for p in authors}


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w{4,}", text)}


def _predicate_joined(rules: LanguageRules, a: Candidate, b: Candidate) -> bool:
    first, second = sorted((a, b), key=lambda c: c.trigger[0])
    start = first.sentence.start
    gap = first.sentence.text[first.trigger[1] - start : second.trigger[0] - start]
    return bool(rules.second_predicate.search(gap)) and "," not in gap[-25:] and len(gap) <= 80


def _compatible(rules: LanguageRules, a: Candidate, b: Candidate) -> bool:
    if a.date is not None and b.date is not None and not a.date.overlaps(b.date):
        return False
    # an undated mention told in a scene ("after the second session", the scene being Thursday)
    # is not an occurrence dated on another day ("the talks in August")
    da, db = a.date or a.scene_date, b.date or b.scene_date
    if da is not None and db is not None and not da.overlaps(db):
        return False
    if a.location and b.location and a.location.name != b.location.name:
        if a.location.country and b.location.country and a.location.country != b.location.country:
            return False
    if not _hosts_agree(a, b) or not _hosts_agree(b, a):
        return False  # "hosted by Macron" is not the meeting in Ankara
    pa, sa = identity_keys(a)
    pb, sb = identity_keys(b)
    if len(sa) >= 2 and len(sb) >= 2 and not (sa <= sb or sb <= sa):
        return False
    if pa and pb and not (pa & pb) and not (sa & sb):
        return False
    if sa and sb and not (sa & sb) and not (pa & pb):
        return False  # "Moscou réclame un traité" and "les Ukrainiens réclamaient une trêve"
    if a.type == "proposal_presented":
        # "Moscow handed Kyiv its memorandum; Kyiv had sent its own document": proposals of
        # different authors are different proposals, whoever received them
        ka, kb = _proposer_keys(a), _proposer_keys(b)
        if ka and kb and not (ka & kb):
            return False
        if a.obj and b.obj and not (_content_words(a.obj) & _content_words(b.obj)):
            return False  # "a remis un mémorandum" and "a proposé un cessez-le-feu": two proposals
    if a.sentence.index == b.sentence.index and a.rule.kind != "noun" and b.rule.kind != "noun" and a.trigger != b.trigger \
            and not _predicate_joined(rules, a, b):
        # "Les deux dirigeants y ont signé une déclaration, tandis que leurs ministres ont
        # paraphé le traité": two verbs of one sentence tell two occurrences, unless the second
        # continues the first one's predicate ("met Lavrov on Tuesday and held talks")
        return False
    if a.pluperfect and b.pluperfect and pa and pb and not (pa & pb):
        return False  # two things that had happened before the scene, to different people
    if a.pluperfect != b.pluperfect and not (a.date is not None and b.date is not None):
        # "Avant la séance, Rubio s'était entretenu avec ...": told in the pluperfect next to
        # an event told in the past, an undated occurrence is an earlier one
        return False
    if a.modality != "occurred" and a.participants and b.participants and not (pa & pb) and sa != sb:
        # hypothetical meetings share little but a side: keep "a ministers' meeting" and
        # "a Putin-Trump summit", both ruled out, apart
        return False
    return True


def merge_candidates(rules: LanguageRules, cands: list[Candidate]) -> list[Candidate]:
    events: list[Candidate] = []
    for c in cands:
        target = None
        if c.anaphoric:
            near = [e for e in events if e.type in MEETING_TYPES and c.sentence.index - e.last_index <= _ANAPHORA_WINDOW]
            # "the agreement reached in Ohrid in March 2023": a mention dated on another day
            # than the meeting just told names another occurrence, never that meeting
            near = [e for e in near if e.date is None or c.date is None or e.date.overlaps(c.date)]
            named = _sentence_actor_keys(c)
            # "rendra compte de ces échanges à Poutine": the meeting that shares an actor wins
            sharing = [e for e in near if named & (identity_keys(e)[0] | identity_keys(e)[1])]
            # "ces échanges", "the talks": talks already told, before any talks merely planned
            pool = sharing or near
            held = [e for e in pool if e.modality == "occurred"]
            target = next(reversed(held or pool), None)
            if target is None and c.owned and len(event_parties(c.participants)) >= 2:
                c.anaphoric = False  # "Putin's meeting with the envoys was useful": told first here
            elif target is None:
                continue  # a bare reference to nothing we know: no event
        elif c.rule.kind == "members":
            # "the Ukrainian delegation was led by X": who sat at the meeting just told, whatever
            # their side; with no meeting told before, there is no event
            near = [e for e in events if e.type in MEETING_TYPES and c.sentence.index - e.last_index <= _ANAPHORA_WINDOW]
            held = [e for e in near if e.modality == "occurred"]
            target = next(reversed(held or near), None)
            if target is None:
                continue
        elif c.type == "statement_issued":
            key = c.participants[0].actor_id if c.participants else None
            for e in reversed(events):
                if e.type == c.type and key and e.participants and e.participants[0].actor_id == key:
                    if e.pluperfect != c.pluperfect or (e.date is not None and c.date is not None and not e.date.overlaps(c.date)):
                        continue  # "wrote today ... had written yesterday": two occasions
                    target = e
                    break
        else:
            for e in reversed(events):
                if e.type != c.type or e.modality != c.modality:
                    continue
                if c.other:
                    break  # "une autre série de consultations": a new occurrence by definition
                gap = c.sentence.index - e.last_index
                if gap > _MERGE_WINDOW:
                    continue
                if _compatible(rules, e, c):
                    target = e
                    break
        if target is None:
            events.append(c)
        else:
            absorb(target, c)
    return events


def absorb(e: Candidate, c: Candidate) -> None:
    """Fold ``c`` into ``e``: one occurrence told twice."""
    if c.sentence.index not in {s.index for s in e.sentences}:
        e.sentences.append(c.sentence)
    for ev in c.evidence:
        if all(ev.span != x.span or ev.trigger != x.trigger for x in e.evidence):
            e.evidence.append(ev)
    if not c.anaphoric or c.owned:
        e.participants = dedupe_participants(e.participants + c.participants)
        e.confidence = min(0.95, max(e.confidence, c.confidence) + 0.05)
    if e.location is None and c.location is not None:
        e.location = c.location
    if c.date is not None and (e.date is None or (e.date.resolution != "explicit" and c.date.resolution == "explicit")):
        e.date = c.date
    if not c.anaphoric and c.modality == e.modality:
        e.scene_date = e.scene_date or c.scene_date
    e.quote = e.quote or c.quote
    e.stance = e.stance or c.stance
    e.channel = e.channel or c.channel
    e.obj = e.obj or c.obj
    e.consent = e.consent and c.consent


def _sentence_actor_keys(c: Candidate) -> set[str]:
    return set(c.sentence_actors)
