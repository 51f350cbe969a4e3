"""The language-independent extraction engine: triggers ▶ candidates ▶ merged EventDraft list.

This module runs the stages in order and builds one candidate per trigger; each stage lives in
its own module: :mod:`~tracker.extract.events.triggers`, :mod:`~tracker.extract.events.clauses`,
:mod:`~tracker.extract.events.modality`, :mod:`~tracker.extract.events.subjects` and
:mod:`~tracker.extract.events.roles`, :mod:`~tracker.extract.events.details`, :mod:`~tracker.extract.events.dating`
(with :mod:`~tracker.extract.events.durations` and :mod:`~tracker.extract.events.narrative_days`),
:mod:`~tracker.extract.events.discourse`, :mod:`~tracker.extract.events.merging`,
:mod:`~tracker.extract.events.implicit`, :mod:`~tracker.extract.events.drafts` and
:mod:`~tracker.extract.events.summaries`; the rule types a language fills are in
:mod:`~tracker.extract.rules`.

How a sentence becomes events:

1. every trigger regex of the language runs once over the whole article; overlapping matches
   keep the longest (then the most confident);
2. each sentence is cut into clauses at separators, subordinators and after verbs of saying, so
   a reported clause ("a indiqué que Dmitriev rendrait compte ...") has its own subject, tense
   and date;
3. each trigger gets a modality: verbs from the tense group that matched (negation inside the
   verb group gives ``denied``, an infinitive takes the modal on its left), nouns from a cue
   attached to them ("lors de leur sommet", "la prochaine rencontre", "talks held in") else the
   nearest cue of their clause; a noun with no cue at all is an anaphor of an earlier meeting;
4. participants come from the clause (subject zone before the trigger, objects after), never
   from modifiers ("l'émissaire de Donald Trump") or attributions ("selon Moscou"); pronoun and
   description subjects ("il", "the official") resolve to the last speaker, else the last person;
5. the date is the temporal expression of the clause nearest to the trigger (or a date opening
   the sentence, "Mardi, Peskov a déclaré"); "la veille", "a day earlier" count from the day
   told before them; a duration is the length of a meeting or visit only when it qualifies
   its trigger ("a two-day visit", "talks lasted three days") and ends on a day told nearby,
   else on the publication day; otherwise :func:`publication_fallback` (marked as such);
6. candidates describing one occurrence (same type and modality, compatible participants,
   place and date, close in the text or anaphoric) merge into one event with several
   evidence items; "une autre série de consultations" / "another round", an occurrence told
   in the pluperfect next to one told in the past, two verbs of one sentence, proposals of
   other authors or objects never merge;
7. what wire copy leaves implicit is filled in, marked by a lower confidence: an undated
   occurrence takes the last past day named in the two sentences before it; a statement is
   dated by its own words, else by the meeting it is set at ("told reporters after Tuesday's
   talks", "afterwards"), else the publication fallback; an agreement, proposal or rejection
   without parties or date takes those of the meeting just told; a joint statement without
   speakers is made by the parties of the meeting just held; a meeting without named parties
   takes the sides of the article's last named meeting.

Conventions (decided once, applied everywhere):

* scepticism ("sceptique à l'égard des propositions") is a statement with stance
  ``sceptical``, not a rejection: a rejection needs an explicit rejecting verb or
  "unacceptable";
* a meeting that is not ``occurred`` is a ``meeting_planned`` (planned, possible, denied);
  a planned trip with a purpose ("to present the plan", "pour rencontrer") is a planned
  meeting, and the presentation it is for is not a second event;
* a demand ("Moscou réclame un traité", "Russia demanded ...") is a ``proposal_presented``
  of the side that makes it; a participle naming a plan's author ("le plan de paix proposé
  par Donald Trump") is background, while "modifié par Kiev" / "amended by" reports a change;
* anonymous sources ("a U.S. official said", "selon un diplomate") make no statement;
* summaries are one English line whatever the article's language; proposal names come from
  per-language label tables, so no untranslated words leak into them.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from tracker.events import EventDraft, Evidence
from tracker.extract.events.clauses import clause_cuts, clause_of, phrase_end
from tracker.extract.events.context import Candidate, Context, mentions_in, temporals_in
from tracker.extract.events.dating import event_date, rescheduled
from tracker.extract.events.details import event_location, proposal_object, statement_details, statement_location
from tracker.extract.events.discourse import DATELINE, SCENE_WINDOW, dateline_day, remember_people, remember_scene
from tracker.extract.events.drafts import to_draft, worth_keeping
from tracker.extract.events.implicit import (
    carry_locations,
    date_statements_at_meetings,
    inherit_participants,
    inherit_sides,
    joint_statement_speakers,
    link_statements_to_meetings,
    name_delegations,
    name_sides,
)
from tracker.extract.events.merging import (
    drop_agreed_objects,
    drop_held_purposes,
    drop_own_side_voices,
    drop_planned_purposes,
    drop_proposed_objects,
    drop_settings,
    drop_visits_with_meetings,
    fold_departures_into_purposes,
    fold_trip_purposes,
    merge_candidates,
)
from tracker.extract.events.modality import trigger_modality
from tracker.extract.events.roles import assign_roles
from tracker.extract.events.triggers import tense_of, trigger_matches
from tracker.extract.rules import LanguageRules, TriggerRule
from tracker.extract.sentences import split_sentences
from tracker.extract.types import Sentence

if TYPE_CHECKING:  # pragma: no cover
    from tracker.articles import Article


def extract(article: Article, registry: Any, rules: LanguageRules) -> list[EventDraft]:
    """All events of ``article`` read with ``rules``; pure, deterministic, never raises on text."""
    from tracker.extract.mentions import find_mentions

    text = article.text
    if not text.strip():
        return []
    sentences = split_sentences(text, rules.abbreviations)
    found = sorted(find_mentions(text, rules.lang, registry, when=article.published), key=lambda m: m.span)
    people = [m for m in found if m.kind != "place"]
    places = [m for m in found if m.kind == "place"]
    ctx = Context(
        article=article,
        rules=rules,
        text=text,
        mentions=people,
        mention_starts=[m.span[0] for m in people],
        places=places,
        place_starts=[m.span[0] for m in places],
        sentences=sentences,
    )
    dl = DATELINE.match(text)
    ctx.dateline_end = dl.end() if dl else 0
    ctx.story_day = dateline_day(ctx)
    matches = trigger_matches(text, rules)
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[tuple[TriggerRule, re.Match[str]]]] = {}
    for rule, m in matches:
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= sentences[i].end:
            by_sentence.setdefault(i, []).append((rule, m))

    candidates: list[Candidate] = []
    for sent in sentences:
        trig = [
            (rule, m) for rule, m in by_sentence.get(sent.index, [])
            # "un round consacré aux échanges de prisonniers": a topic, not an event
            if not (rule.kind == "noun" and rules.topic_before.search(text, max(sent.start, m.start() - 30), m.start()))
        ]
        cuts = clause_cuts(ctx, sent, trig, rules)
        ctx.speech_spans = [m.span() for rule, m in trig if rule.speech and rule.kind == "verb"]
        ctx.trigger_spans = [(m.start(), m.end(), rule.type) for rule, m in trig]
        ctx.noun_spans = [(m.start(), m.end(), rule.type) for rule, m in trig if rule.kind == "noun"]
        sent_cands: list[Candidate] = []
        for rule, m in trig:
            c = _candidate(ctx, sent, cuts, rule, m)
            if c is not None:
                sent_cands.append(c)
        drop_settings(rules, text, sent_cands)
        drop_visits_with_meetings(sent_cands)
        fold_departures_into_purposes(rules, text, sent_cands)
        fold_trip_purposes(sent_cands)
        drop_planned_purposes(sent_cands)
        drop_held_purposes(rules, text, sent_cands)
        drop_proposed_objects(rules, text, sent_cands)
        drop_own_side_voices(sent_cands)
        drop_agreed_objects(text, sent_cands)
        link_statements_to_meetings(ctx, sent_cands)
        candidates.extend(sent_cands)
        remember_people(ctx, sent)
        remember_scene(ctx, sent, sent_cands)

    events = merge_candidates(rules, candidates)
    inherit_participants(events)
    name_delegations(events)
    inherit_sides(events, rules)
    name_sides(events, registry)
    carry_locations(events)
    events = joint_statement_speakers(events, rules)
    date_statements_at_meetings(events)
    return [to_draft(ctx, e) for e in events if worth_keeping(e)]


def _candidate(ctx: Context, sent: Sentence, cuts: list[tuple[int, int]], rule: TriggerRule, m: re.Match[str]) -> Candidate | None:
    rules, text = ctx.rules, ctx.text
    ts, te = m.start(), m.end()
    cs, ce = clause_of(sent, cuts, ts, te)
    if rule.kind == "noun":
        rel = ctx.rules.relative_start.match(text, ce)
        # (not a relative of a later noun: "the talks, aimed at a deal that could ...")
        if rel is not None and rel.end() < sent.end and "," not in text[te:ce]:
            # "a trip to Riyadh that had been scheduled for Wednesday": the relative clause
            # describes the noun's own event
            ce = clause_of(sent, cuts, rel.end(), rel.end())[1]
    modality, conf_adj, anaphoric = trigger_modality(ctx, rule, m, cs, ce)
    if modality is None and not anaphoric:
        return None
    etype = rule.type
    if etype == "meeting_held" and rule.kind == "verb" and rules.phone_cue.search(text, ts, phrase_end(text, te, ce)):
        etype = "phone_call"
    if etype == "statement_issued" and modality != "occurred":
        return None
    if rule.speech and _inside_a_saying(ctx, sent, rule, ts):
        return None
    other = bool(rule.kind == "noun" and rules.other_before.search(text[max(cs, ts - 40) : ts]))
    cand = Candidate(
        type=etype,
        modality=modality or "occurred",
        rule=rule,
        sentence=sent,
        trigger=(ts, te),
        trigger_text=m.group(0),
        participants=[],
        location=None,
        date=None,
        confidence=max(0.05, min(0.95, rule.confidence + conf_adj)),
        anaphoric=anaphoric,
        other=other,
        sentences=[sent],
        tense=tense_of(m) if rule.kind == "verb" else ("past" if modality == "occurred" else None),
    )
    # "Avant la séance, Rubio s'était entretenu avec ...": an earlier occurrence; not the
    # backshift of reported speech ("Hamas said it had agreed to the deal")
    cand.pluperfect = bool(
        rules.pluperfect is not None and not any(sent.start <= a < ts for a, _ in ctx.speech_spans)
        and (
            (rule.kind in ("verb", "verb_phrase") and rules.pluperfect.search(m.group(0)))
            # "ils étaient convenus d'une libération de captifs": the noun's verb
            # "Un premier cycle s'était tenu le 6 février": a noun whose own verb is pluperfect
            or (rule.kind == "noun" and etype == "agreement_reached" and rules.pluperfect.search(text, max(cs, ts - 50), ts))
        )
    )
    if etype == "agreement_reached" and rules.consent.match(text, ts, min(sent.end, te + 60)):
        cand.consent = True
    if etype == "meeting_held" and cand.modality != "occurred":
        cand.type = "meeting_planned"
    if etype == "visit" and cand.modality in ("planned", "possible") and rules.purpose_after.search(text, te, min(ce, te + 80)):
        cand.type = "meeting_planned"  # "is expected to travel to Moscow to present the plan"
    if anaphoric:
        named = [m for m in mentions_in(ctx, sent.start, sent.end) if m.via != "pronoun"]
        cand.sentence_actors = tuple({m.actor_id for m in named if m.kind == "person"} | {m.side for m in named if m.side and m.kind != "place"})
    assign_roles(ctx, cand, cs, ce)
    if rule.speech:
        statement_details(ctx, cand, sent)
    if cand.type in ("proposal_presented", "proposal_rejected"):
        cand.obj = proposal_object(rules, text, ts, te, sent.end)
    if cand.type not in ("statement_issued",):
        ls, le = cs, ce
        if rule.kind != "noun":
            # "Macron, who had called Zelensky on Sunday, will travel to Kyiv": not in Kyiv
            aside = next((a for a in ctx.rules.relative_aside.finditer(text, sent.start, sent.end) if a.start() <= ts and te <= a.end()), None)
            if aside is not None:
                ls, le = max(cs, aside.start()), min(ce, aside.end())
        cand.location = event_location(ctx, cand, ts, te, ls, le)
    elif rule.kind == "verb":
        cand.location = statement_location(ctx, te, sent.end)
    if cand.modality == "denied" and rule.kind == "noun" and rescheduled(ctx, cs, ce):
        cand.modality = "planned"  # "reportés à jeudi": put off to a new day, not called off
    cand.date = event_date(ctx, cand, cs, ce)
    # statements are dated by their own words or the publication: a narrative date misleads
    window = 0 if cand.type == "statement_issued" else SCENE_WINDOW
    if cand.type == "statement_issued" and rules.day_after_statements and ctx.scene and _yesterday(ctx, ctx.scene[1]) and rule.kind == "verb" \
            and tense_of(m) == "past" and not rules.recent_perfect.search(m.group(0)) and _day_after_story(ctx, sent):
        # the day-after wire: "X met Y on Monday ... X said he hoped ..." - said at that scene,
        # until another day is told (not "says", "has confirmed": today's words)
        window = len(ctx.sentences)
    elif cand.type in ("proposal_presented", "proposal_rejected") and rules.day_after_statements and ctx.scene \
            and rules.pluperfect is not None and rules.pluperfect.search(m.group(0)) \
            and _yesterday(ctx, ctx.scene[1]) and any(sent.start <= a < ts for a, _ in ctx.speech_spans) and _day_after_story(ctx, sent):
        # "Umerov said Ukraine had proposed ...": a proposal reported, backshifted, at yesterday's talks
        window = len(ctx.sentences)
    if cand.pluperfect:
        window = -1  # what had happened before the scene is not dated by it
    if cand.date is None and not anaphoric and cand.modality == "occurred" and ctx.scene and 0 < sent.index - ctx.scene[0] <= window:
        cand.scene_date = ctx.scene[1]
    if cand.date is not None and cand.modality == "occurred" and (rule.kind != "verb" or tense_of(m) in ("pres", "inf", "part")):
        pub = ctx.article.published
        first = cand.date.first_day()
        if pub is not None and first is not None and first > pub and cand.type != "statement_issued":
            cand.modality = "planned"
            if cand.type == "meeting_held":
                cand.type = "meeting_planned"
    cand.evidence.append(Evidence(ctx.article.id, sent.text, (sent.start, sent.end), trigger=m.group(0).strip(), rule=rule.name))
    return cand


def _day_after_story(ctx: Context, sent: Sentence) -> bool:
    """The lede tells the day before publication and not the publication day ("agreed on
    Monday" in Tuesday's paper), and the sentence is no time-stamped post of a live page."""
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    if ctx.rules.clock_stamp.match(ctx.text, para):
        return False  # "10:05 BST - ...": a post of the day
    if ctx.day_after is None:
        lede = next((s for s in ctx.sentences if s.end > ctx.dateline_end), None)
        days = [
            t.interval for t in (temporals_in(ctx, max(lede.start, ctx.dateline_end), lede.end, False) if lede else [])
            if t.kind != "duration" and t.interval is not None and t.interval.precision == "day"
        ]
        pub = ctx.article.published
        ctx.day_after = pub is not None and any(_yesterday(ctx, d) for d in days) and not any(d.first_day() == pub for d in days)
    return ctx.day_after


def _yesterday(ctx: Context, day: Any) -> bool:
    """The scene's day is the day before publication: the story of a day-after wire."""
    pub = ctx.article.published
    first = day.first_day()
    return pub is not None and first is not None and first == day.last_day() and (pub - first).days == 1


def _inside_a_saying(ctx: Context, sent: Sentence, rule: TriggerRule, ts: int) -> bool:
    """A saying that is part of another one in its sentence: "Rubio said in a statement"
    (the statement is the saying's channel) and "Rubio said that Washington welcomed the
    deal" (what Washington did is Rubio's content); not "..., and added that ..." (a second
    saying of the same speaker, see subjects._matrix_subject)."""
    text = ctx.text
    for a, b in ctx.speech_spans:
        if not (sent.start <= a and b <= ts):
            continue
        if rule.kind == "noun" and not text[b:ts].strip():
            return True  # "said in a statement": one saying, told with its channel
        if rule.kind == "verb" and ctx.rules.nested_saying_gap.fullmatch(text, b, ts) \
                and not ctx.rules.predicate_join.search(text, max(b, ts - 14), ts):
            return True
    return False
