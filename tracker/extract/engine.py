"""The language-independent extraction engine: triggers ▶ candidates ▶ merged EventDraft list.

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
5. the date is the temporal expression of the clause nearest to the trigger, durations anchored
   to end on the publication day, else :func:`publication_fallback` (marked as such);
6. candidates describing one occurrence (same type and modality, compatible participants,
   place and date, close in the text or anaphoric) merge into one event with several
   evidence items; "une autre série de consultations" / "another round" never merges back;
7. what wire copy leaves implicit is filled in, marked by a lower confidence: an undated
   occurrence takes the last past day named in the two sentences before it (never for a
   statement, which is dated by its own words or the publication fallback); an agreement,
   proposal or rejection without parties or date takes those of the meeting just told; a
   meeting without named parties takes the sides of the article's last named meeting.

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
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Pattern

from tracker.events import DateInterval, Evidence, EventDraft, Location, Participant
from tracker.extract.sentences import split_sentences
from tracker.extract.types import ActorMention, Sentence, TemporalExpression

if TYPE_CHECKING:  # pragma: no cover
    from tracker.articles import Article

FLAGS = re.IGNORECASE | re.UNICODE

MEETING_TYPES = frozenset({"meeting_held", "meeting_planned", "phone_call"})
#: How many sentences back a compatible description of the same occurrence may sit.
_MERGE_WINDOW = 12
#: How many sentences back "the talks" / "ces discussions" may refer.
_ANAPHORA_WINDOW = 6
_MODALITY_RANK = {"denied": 3, "possible": 2, "planned": 1}


# --------------------------------------------------------------------------- rule tables


@dataclass(frozen=True)
class TriggerRule:
    """One way an event type shows up in text.

    ``kind`` verb: the regex has named groups whose last ``_``-separated part is a tense
    (neg, past, pcond, fut, cond, pres, impf, inf, part) and the group that matched gives the
    tense. ``kind`` noun: an event noun ("talks", "sommet") whose modality comes from cues.
    ``kind`` verb_phrase: a fixed phrase, past unless ``modality`` says otherwise. ``speech``
    marks verbs of saying: what follows is reported content, the subject is the speaker.
    """

    name: str
    type: str
    pattern: str
    kind: str = "verb"
    confidence: float = 0.7
    modality: str | None = None
    speech: bool = False
    channel: str | None = None
    anchor_pattern: str | None = None
    keys: tuple[str, ...] | None = None

    # Compiled on first use: the conjugation tables of a language cost a few hundred ms to
    # compile, paid only by a process that extracts in that language.
    @property
    def regex(self) -> Pattern[str]:
        return _compiled(self.pattern)

    @property
    def anchor(self) -> Pattern[str] | None:
        return _compiled(self.anchor_pattern) if self.anchor_pattern else None


@functools.lru_cache(maxsize=None)
def _compiled(pattern: str) -> Pattern[str]:
    return re.compile(pattern, FLAGS)


def compile_rule(name: str, type_: str, pattern: str, anchor: str | None = None, **kw: Any) -> TriggerRule:
    """Compile a rule; ``anchor`` is a cheap pattern (the verb's stems) that every match
    contains: the full pattern then only runs in windows around anchor hits, which keeps
    long conjugation patterns fast on whole articles. The anchor's literal prefixes become
    ``keys``: a rule none of whose keys occurs in the article is not run at all."""
    return TriggerRule(
        name=name,
        type=type_,
        pattern=pattern,
        anchor_pattern=anchor,
        keys=_literal_keys(anchor) if anchor else None,
        **kw,
    )


def _literal_keys(pattern: str) -> tuple[str, ...] | None:
    """The literal word starts of every alternative of ``\\b(?:a|b|...)``; None when one
    alternative starts with something else than three literal letters."""
    body = pattern[len("\\b(?:") : -1] if pattern.startswith("\\b(?:") and pattern.endswith(")") else pattern
    alternatives, depth, current = [], 0, ""
    for ch in body:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += ch
    alternatives.append(current)
    keys = []
    for alt in alternatives:
        m = re.match(r"(?:\\b)?([^\\()\[\]?*+{}|.^$]+)", alt)
        lit = m.group(1) if m else ""
        if lit and re.search(r"[?*{]", alt[len(m.group(0)) : len(m.group(0)) + 1]):
            lit = lit[:-1]  # "reçue?" : the last letter is optional
        if len(lit) < 3:
            return None
        keys.append(lit.lower())
    return tuple(sorted(set(keys)))


Cues = tuple[tuple[str, Pattern[str]], ...]


@dataclass(frozen=True)
class LanguageRules:
    """Everything the engine needs to know about one language (built in fr.py / en.py)."""

    lang: str
    triggers: tuple[TriggerRule, ...]
    abbreviations: frozenset[str]
    clause_break: Pattern[str]
    clause_cues: Cues  # categories: denied, possible, planned, past
    attached_before: Cues  # anchored at the end of the text before a noun
    attached_after: Cues  # anchored at the start of the text after a noun
    infinitive_left: Cues  # modal before an infinitive (planned, possible, denied, purpose)
    negation: Pattern[str]
    phone_cue: Pattern[str]
    possessor_before: Pattern[str]
    possessor_after: Pattern[str]
    attribution_before: Pattern[str]
    pronoun_subject: Pattern[str]
    agent_marker: Pattern[str]
    recipient_marker: Pattern[str]
    with_marker: Pattern[str]
    host_verb: Pattern[str]
    leader_title: Pattern[str]
    other_before: Pattern[str]
    demonyms: dict[str, str]  # "russe" -> "RU": the side of a description ("le négociateur russe")
    quote: Pattern[str]
    stance_cues: Cues
    channel_cues: Cues
    topic_cues: Cues
    mediator_before: Pattern[str]  # "sous la médiation de", "mediated by": the next actor mediates
    group_reference: Pattern[str]  # "the two leaders", "les deux parties": the parties just named
    plural_pronoun: Pattern[str]  # "they", "ils": a group named just before
    topic_before: Pattern[str]  # "consacré aux", "focused on": the noun after is a topic
    possessive_before: Pattern[str]  # "leur sommet", "their meeting": owners named just before
    purpose_after: Pattern[str]  # "to meet", "pour rencontrer": a trip with a purpose
    support_verb: Pattern[str]  # verbs whose object is an event noun ("a tenu des réunions", "held talks")
    not_event_date: Pattern[str]  # "depuis", "since", "until" before a date: not the event's date
    location_blocker: Pattern[str]  # "la guerre en" / "the war in": a place that is a topic, not a venue
    words: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- candidates


@dataclass
class _Candidate:
    type: str
    modality: str
    rule: TriggerRule
    sentence: Sentence
    trigger: tuple[int, int]
    trigger_text: str
    participants: list[Participant]
    location: Location | None
    date: DateInterval | None
    confidence: float
    anaphoric: bool = False
    other: bool = False
    quote: str | None = None
    stance: str | None = None
    channel: str | None = None
    obj: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    sentence_actors: tuple[str, ...] = ()
    tense: str | None = None
    scene_date: DateInterval | None = None

    @property
    def last_index(self) -> int:
        return self.sentences[-1].index if self.sentences else self.sentence.index


@dataclass
class _Context:
    """Per-article state: the text, its mentions and the discourse memory."""

    article: "Article"
    rules: LanguageRules
    text: str
    mentions: list[ActorMention]
    mention_starts: list[int]
    places: list[ActorMention]
    place_starts: list[int]
    temporal_cache: dict[tuple[int, int, bool], list[TemporalExpression]] = field(default_factory=dict)
    last_speaker: tuple[int, ActorMention] | None = None
    last_person: tuple[int, ActorMention] | None = None
    speech_spans: list[tuple[int, int]] = field(default_factory=list)
    cue_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = field(default_factory=dict)
    modifier_cache: dict[tuple[tuple[int, int], int], bool] = field(default_factory=dict)
    last_group: tuple[int, list[ActorMention]] | None = None
    trigger_spans: list[tuple[int, int, str]] = field(default_factory=list)
    scene: tuple[int, DateInterval] | None = None  # last past date named, and its sentence
    dateline_end: int = 0


# --------------------------------------------------------------------------- entry point


def extract(article: "Article", registry: Any, rules: LanguageRules) -> list[EventDraft]:
    """All events of ``article`` read with ``rules``; pure, deterministic, never raises on text."""
    from tracker.extract.mentions import find_mentions

    text = article.text
    if not text.strip():
        return []
    sentences = split_sentences(text, rules.abbreviations)
    found = sorted(find_mentions(text, rules.lang, registry), key=lambda m: m.span)
    people = [m for m in found if m.kind != "place"]
    places = [m for m in found if m.kind == "place"]
    ctx = _Context(
        article=article,
        rules=rules,
        text=text,
        mentions=people,
        mention_starts=[m.span[0] for m in people],
        places=places,
        place_starts=[m.span[0] for m in places],
    )
    dl = _DATELINE.match(text)
    ctx.dateline_end = dl.end() if dl else 0
    matches = _trigger_matches(text, rules)
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[tuple[TriggerRule, re.Match[str]]]] = {}
    for rule, m in matches:
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= sentences[i].end:
            by_sentence.setdefault(i, []).append((rule, m))

    candidates: list[_Candidate] = []
    for sent in sentences:
        trig = [
            (rule, m) for rule, m in by_sentence.get(sent.index, [])
            # "un round consacré aux échanges de prisonniers": a topic, not an event
            if not (rule.kind == "noun" and rules.topic_before.search(text, max(sent.start, m.start() - 30), m.start()))
        ]
        cuts = _clause_cuts(ctx, sent, trig, rules)
        ctx.speech_spans = [m.span() for rule, m in trig if rule.speech and rule.kind == "verb"]
        ctx.trigger_spans = [(m.start(), m.end(), rule.type) for rule, m in trig]
        sent_cands: list[_Candidate] = []
        for rule, m in trig:
            c = _candidate(ctx, sent, cuts, rule, m)
            if c is not None:
                sent_cands.append(c)
        _drop_visits_with_meetings(sent_cands)
        _drop_planned_purposes(sent_cands)
        candidates.extend(sent_cands)
        _remember_people(ctx, sent)
        _remember_scene(ctx, sent, sent_cands)

    events = _merge(candidates)
    _inherit_participants(events)
    _inherit_sides(events, rules)
    _name_sides(events, registry)
    _carry_locations(events)
    return [_draft(ctx, e) for e in events if _keep(e)]


# --------------------------------------------------------------------------- triggers


def _trigger_matches(text: str, rules: LanguageRules) -> list[tuple[TriggerRule, re.Match[str]]]:
    found: list[tuple[TriggerRule, re.Match[str]]] = []
    n = len(text)
    lowered = text.lower()
    for rule in rules.triggers:
        if rule.keys is not None and not any(k in lowered for k in rule.keys):
            continue
        if rule.anchor is None:
            found.extend((rule, m) for m in rule.regex.finditer(text) if m.end() > m.start())
            continue
        seen: set[tuple[int, int]] = set()
        for hit in rule.anchor.finditer(text):
            if hit.group(0)[:1].isupper() and _NAME_CONTEXT.search(text, max(0, hit.start() - 3), hit.start()):
                continue  # "United States" is not "states"
            for m in rule.regex.finditer(text, max(0, hit.start() - 70), min(n, hit.end() + 140)):
                if m.start() <= hit.start() < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    found.append((rule, m))
    # longest first, then most confident; keep those that do not overlap a kept one
    found.sort(key=lambda rm: (-(rm[1].end() - rm[1].start()), -rm[0].confidence, rm[1].start()))
    kept: list[tuple[TriggerRule, re.Match[str]]] = []
    starts: list[int] = []  # kept spans never overlap, so they sort the same by start and end
    ends: list[int] = []
    for rule, m in found:
        s, e = m.span()
        i = bisect.bisect_left(starts, s)
        if (i < len(starts) and starts[i] < e) or (i > 0 and ends[i - 1] > s):
            continue
        kept.append((rule, m))
        starts.insert(i, s)
        ends.insert(i, e)
    kept.sort(key=lambda rm: rm[1].start())
    return kept


_NAME_CONTEXT = re.compile(r"\w[\w.]*\s+$")


def _tense(m: re.Match[str]) -> str | None:
    """The tense group that matched; "cmp" only wraps a compound tense named by its
    auxiliary's group ("pastx" for "a rencontré", "futx" for "aura rencontré")."""
    for name, value in m.groupdict().items():
        if value is None:
            continue
        tense = name.rsplit("_", 1)[-1]
        if tense == "cmp":
            continue
        return tense[:-1] if tense in ("pastx", "pcondx", "futx") else tense
    return None


# --------------------------------------------------------------------------- clauses


def _clause_cuts(ctx: "_Context", sent: Sentence, trig: list[tuple[TriggerRule, re.Match[str]]], rules: LanguageRules) -> list[tuple[int, int]]:
    """Spans (absolute) that separate clauses in the sentence."""
    cuts = [(sent.start + m.start(), sent.start + m.end()) for m in rules.clause_break.finditer(sent.text) if m.end() > m.start()]
    for rule, m in trig:
        if rule.speech and rule.kind == "verb":
            cuts.append((m.end(), m.end()))
            # "..., Peskov said." / "..., a déclaré Peskov." : the subject follows a comma near the end
            head = sent.text[: m.start() - sent.start]
            inv = _INVERSION.search(head)
            if inv and (inv.group(0).strip()[:1] in "»\"”" or _actor_follows(ctx, m.end(), sent.end) or _short_tail(ctx, m.end(), sent.end)):  # "« ... », a déclaré X" / "..., said X": what precedes is the content
                cuts.append((sent.start + inv.start(), sent.start + inv.end()))
                continue
            tail = sent.text[m.end() - sent.start :]
            if len(tail.split()) <= 6:
                comma = head.rfind(",")
                between = head[comma + 1 :].split() if comma >= 0 else []
                if comma >= 0 and 1 <= len(between) <= 7:
                    cuts.append((sent.start + comma, sent.start + comma + 1))
    cuts.sort()
    return cuts


_INVERSION = re.compile(r"[»\"”]?\s*[,»\"”]\s*$")


def _short_tail(ctx: "_Context", pos: int, end: int) -> bool:
    """"..., ont annoncé les deux pays." : a few words and the sentence ends."""
    rest = re.split(r"[.;:!?]", ctx.text[pos:end], maxsplit=1)[0]
    return len(rest.split()) <= 4 and not re.search(r"\b(?:que|qu['’]|that)\b", rest, re.IGNORECASE)


def _actor_follows(ctx: "_Context", pos: int, end: int) -> bool:
    """An actor named right after a verb of saying: the subject is inverted ("..., a dit X")."""
    window = ctx.text[pos : min(end, pos + 45)]
    cut = ctx.rules.clause_break.search(window)
    limit = pos + (cut.start() if cut else len(window))
    actors = [m for m in _mentions_in(ctx, pos, limit) if m.kind != "place"]
    if not actors:
        return False
    # "..., a annoncé Abou Dhabi." / "..., said Peskov on Tuesday": little follows the subject;
    # "X, speaking in Ankara, said Ukraine would ..." goes on with a verb
    rest = re.split(r"[.;:,!?]", ctx.text[actors[0].span[1] : end], maxsplit=1)[0]
    return len(rest.split()) <= 4


def _clause_of(sent: Sentence, cuts: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    cs, ce = sent.start, sent.end
    for a, b in cuts:
        if b <= start:
            cs = max(cs, b)
        elif a >= end:
            ce = min(ce, a)
            break
    return cs, ce


# --------------------------------------------------------------------------- one trigger


def _candidate(ctx: _Context, sent: Sentence, cuts: list[tuple[int, int]], rule: TriggerRule, m: re.Match[str]) -> _Candidate | None:
    rules, text = ctx.rules, ctx.text
    ts, te = m.start(), m.end()
    cs, ce = _clause_of(sent, cuts, ts, te)
    if rule.kind == "noun":
        rel = _RELATIVE_START.match(text, ce)
        if rel is not None and rel.end() < sent.end:
            # "a trip to Riyadh that had been scheduled for Wednesday": the relative clause
            # describes the noun's own event
            ce = _clause_of(sent, cuts, rel.end(), rel.end())[1]
    modality, conf_adj, anaphoric = _modality(ctx, rule, m, cs, ce)
    if modality is None and not anaphoric:
        return None
    etype = rule.type
    if etype == "meeting_held" and rule.kind == "verb" and rules.phone_cue.search(text, ts, _phrase_end(text, te, ce)):
        etype = "phone_call"
    if etype == "statement_issued" and modality != "occurred":
        return None
    other = bool(rule.kind == "noun" and rules.other_before.search(text[max(cs, ts - 40) : ts]))
    cand = _Candidate(
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
        tense=_tense(m) if rule.kind == "verb" else ("past" if modality == "occurred" else None),
    )
    if etype == "meeting_held" and cand.modality != "occurred":
        cand.type = "meeting_planned"
    if etype == "visit" and cand.modality in ("planned", "possible") and rules.purpose_after.search(text, te, min(ce, te + 80)):
        cand.type = "meeting_planned"  # "is expected to travel to Moscow to present the plan"
    if anaphoric:
        named = [m for m in _mentions_in(ctx, sent.start, sent.end) if m.via != "pronoun"]
        cand.sentence_actors = tuple({m.actor_id for m in named if m.kind == "person"} | {m.side for m in named if m.side and m.kind != "place"})
    _roles(ctx, cand, cs, ce)
    if rule.speech:
        _statement_details(ctx, cand, sent)
    if cand.type in ("proposal_presented", "proposal_rejected"):
        cand.obj = _proposal_object(text, ts, te, sent.end)
    if cand.type not in ("statement_issued",):
        cand.location = _location(ctx, cand, ts, te, cs, ce)
    cand.date = _date(ctx, cand, cs, ce)
    # statements are dated by their own words or the publication: a narrative date misleads
    window = 0 if cand.type == "statement_issued" else _SCENE_WINDOW
    if cand.date is None and not anaphoric and cand.modality == "occurred" and ctx.scene and 0 < sent.index - ctx.scene[0] <= window:
        cand.scene_date = ctx.scene[1]
    if cand.date is not None and cand.modality == "occurred" and (rule.kind != "verb" or _tense(m) in ("pres", "inf", "part")):
        pub = ctx.article.published
        first = cand.date.first_day()
        if pub is not None and first is not None and first > pub and cand.type != "statement_issued":
            cand.modality = "planned"
            if cand.type == "meeting_held":
                cand.type = "meeting_planned"
    cand.evidence.append(Evidence(ctx.article.id, sent.text, (sent.start, sent.end), trigger=m.group(0).strip(), rule=rule.name))
    return cand


# --------------------------------------------------------------------------- modality


def _modality(ctx: _Context, rule: TriggerRule, m: re.Match[str], cs: int, ce: int) -> tuple[str | None, float, bool]:
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
        tense = _tense(m) or "past"
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
            if mod == "purpose" or mod is None:
                mod = _clause_modality(ctx, m.start(), m.end(), cs, ce) or ("occurred" if mod == "purpose" else None)
                if mod is None:
                    return None, 0.0, False
                adj = -0.1
            if mod == "denied":
                negated = False
                return "denied", 0.0, False
        if negated:
            if rule.speech:
                return None, 0.0, False
            return "denied", 0.0, False
        return mod, adj, False
    # nouns
    before = text[max(cs, m.start() - 80) : m.start()]
    after = text[m.end() : min(ce, m.end() + 80)]
    attached: list[str] = []
    for cat, pat in rules.attached_before:
        if pat.search(before):
            attached.append(cat)
    for cat, pat in rules.attached_after:
        if pat.search(after):
            attached.append(cat)
    if "past" in attached and not any(c in ("denied", "possible") for c in attached):
        return "occurred", 0.0, False
    future = [c for c in attached if c in _MODALITY_RANK]
    clause = _clause_cues(ctx, m.start(), m.end(), cs, ce)
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


def _clause_cues(ctx: _Context, ts: int, te: int, cs: int, ce: int) -> list[tuple[int, str]]:
    key = (cs, ce)
    found = ctx.cue_cache.get(key)
    if found is None:
        found = [(m.start(), m.end(), cat) for cat, pat in ctx.rules.clause_cues for m in pat.finditer(ctx.text, cs, ce)]
        ctx.cue_cache[key] = found
    out: list[tuple[int, str]] = []
    for start, end, cat in found:
        if start < te and end > ts:
            continue
        dist = ts - end if end <= ts else start - te
        out.append((max(0, dist), cat))
    return out


def _clause_modality(ctx: _Context, ts: int, te: int, cs: int, ce: int) -> str | None:
    cues = _clause_cues(ctx, ts, te, cs, ce)
    if not cues:
        return None
    dist, cat = min(cues)
    return "occurred" if cat == "past" else cat


# --------------------------------------------------------------------------- participants


def _mentions_in(ctx: _Context, start: int, end: int) -> list[ActorMention]:
    i = bisect.bisect_left(ctx.mention_starts, start)
    out = []
    while i < len(ctx.mentions) and ctx.mentions[i].span[0] < end:
        if ctx.mentions[i].span[1] <= end:
            out.append(ctx.mentions[i])
        i += 1
    return out


def _is_modifier(ctx: _Context, m: ActorMention, floor: int) -> bool:
    """A mention that qualifies someone else ("l'émissaire de Trump") or attributes a claim."""
    key = (m.span, max(floor, m.span[0] - 80))
    cached = ctx.modifier_cache.get(key)
    if cached is None:
        cached = ctx.modifier_cache[key] = _modifier(ctx, m, floor)
    return cached


def _modifier(ctx: _Context, m: ActorMention, floor: int) -> bool:
    rules, text = ctx.rules, ctx.text
    before = text[max(floor, m.span[0] - 80) : m.span[0]]
    if rules.attribution_before.search(before):
        return True
    if m.kind != "person":
        return False
    if getattr(m, "as_modifier", False):
        return True
    if rules.possessor_before.search(before):
        return True
    return bool(rules.possessor_after.match(text, m.span[1], min(len(text), m.span[1] + 40)))


def _actors(ctx: _Context, start: int, end: int, floor: int) -> list[ActorMention]:
    return [
        m for m in _mentions_in(ctx, start, end)
        if m.via != "pronoun" and not _is_modifier(ctx, m, floor)
        and not ctx.rules.location_blocker.search(ctx.text, max(floor, m.span[0] - 40), m.span[0])
    ]


def _participant(m: ActorMention, role: str) -> Participant:
    return Participant(
        name=m.name, side=m.side, role=role, actor_id=m.actor_id, resolved=m.resolved, kind=m.kind if m.kind in ("person", "side", "organisation", "delegation") else "person"
    )


_RELATIVE_TAIL = re.compile(r",\s*(?:qui|who|which|dont|où|where|\w+ing|speaking|having|après|after|lors|during|à\s+l['’]issue)\b[^,]{0,120},\s*$", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|le|la|l['’]|ce|cet|cette)\s*$", re.IGNORECASE)
_RELATIVE_SPAN = re.compile(r",\s*(?:qui|who|which|dont|où|where)\b[^,]{0,120},", re.IGNORECASE)
_RELATIVE_START = re.compile(r"\s*,?\s*(?:that|which|qui)\b\s*", re.IGNORECASE)
_RELATIVE_CUT = re.compile(r"(?<=\w)\s+(?:that|which|qui)\s*$", re.IGNORECASE)
_RELATIVE_OPEN = re.compile(r",\s*(?:qui|who)\s+(?:[\w'’-]+\s+){0,3}$|\w\s+(?:that|which|qui)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _side_of_description(ctx: _Context, description: str) -> str | None:
    for word, side in ctx.rules.demonyms.items():
        if re.search(rf"\b{word}\b", description, re.IGNORECASE):
            return side
    return None


def _resolve_pronoun(ctx: _Context, sent: Sentence, speech: bool, description: str = "") -> ActorMention | None:
    side = _side_of_description(ctx, description) if description else None
    if side:
        # "le négociateur russe a accusé": the last Russian person named
        i = bisect.bisect_left(ctx.mention_starts, sent.start) - 1
        while i >= 0:
            m = ctx.mentions[i]
            if m.kind == "person" and m.side == side and m.via != "pronoun":
                return m
            i -= 1
        return None
    if speech and ctx.last_speaker and sent.index - ctx.last_speaker[0] <= 3:
        return ctx.last_speaker[1]
    if ctx.last_person and sent.index - ctx.last_person[0] <= 3:
        return ctx.last_person[1]
    return None


def _phrase_end(text: str, te: int, ce: int) -> int:
    """End of the verb phrase after a trigger: the next comma or clause end, at most 80 chars."""
    comma = text.find(",", te, ce)
    return min(ce, te + 80, comma if comma >= 0 else ce)


def _subject(ctx: _Context, cand: _Candidate, cs: int, ts: int, te: int, ce: int) -> list[ActorMention]:
    """Who does the action: the nearest actor(s) before the trigger, a pronoun, or an inverted
    subject right after it. Coordinated subjects ("Witkoff et Kushner ont rencontré") all count."""
    rules, text = ctx.rules, ctx.text
    rel = _RELATIVE_TAIL.search(text, max(cs, ts - 160), ts)
    if rel is not None:
        # "Erdogan, qui avait reçu Zelensky jeudi, a dit ...": skip the relative clause
        ts_subject = rel.start()
    else:
        ts_subject = ts
    opener = _RELATIVE_OPEN.search(text, cs, ts)
    if opener is None and not text[cs:ts].strip():
        # the clause opens on a relative pronoun cut off before it: "a delegation that had arrived"
        opener = _RELATIVE_CUT.search(text, max(cand.sentence.start, cs - 30), cs)
        if opener is not None and any(abs(b - opener.start()) <= 2 for _, b in ctx.speech_spans):
            opener = None  # "said that ...": a completive, not a relative
    if opener is not None:
        # "Erdogan, qui s'est entretenu avec Poutine": the antecedent is the subject
        ante = _actors(ctx, cand.sentence.start, opener.start(), cand.sentence.start)
        return [ante[-1]] if ante else []
    before = _actors(ctx, cs, ts_subject, cs)
    for rs in _RELATIVE_SPAN.finditer(text, cs, ts_subject):
        before = [m for m in before if not (rs.start() <= m.span[0] < rs.end())]
    pron = None
    for pm in rules.pronoun_subject.finditer(text, cs, ts_subject):
        pron = pm
    joined = _PREDICATE_JOIN.search(text, max(cand.sentence.start, cs - 8), cs + 5)
    if cand.rule.speech and joined is None and (cs == ts or not text[cs:ts].strip(" ,")):
        # inverted: "..., a déclaré Volodymyr Zelensky samedi" / "..., said Peskov"
        after = _actors(ctx, te, min(cand.sentence.end, te + 60), te)
        if after:
            return [after[0]]
    inverted = bool(rules.pronoun_subject.search(cand.trigger_text))
    if inverted or (pron is not None and (not before or pron.start() > before[-1].span[1])):
        # only a pronoun that is not part of an apposition naming the subject
        r = _resolve_pronoun(ctx, cand.sentence, cand.rule.speech, pron.group(0) if pron is not None and not inverted else "")
        return [r] if r is not None else []
    if not before and ctx.last_group and cand.sentence.index - ctx.last_group[0] <= 1 \
            and ctx.rules.plural_pronoun.search(text, cs, ts_subject):
        # "X and Y said they had drafted ...": they = the speakers just named
        return list(ctx.last_group[1])
    if before and before[-1].kind == "delegation" and _DEFINITE.search(text, max(cs, before[-1].span[0] - 8), before[-1].span[0]) \
            and not before[-1].text.rstrip().endswith("s"):
        # "the Russian official said": a definite description of someone already named
        r = _resolve_pronoun(ctx, cand.sentence, cand.rule.speech, before[-1].text)
        if r is not None:
            return [r]
    if before:
        last = before[-1]
        group = [last]
        # walk back over coordination: "X et Y", "X, Y and Z"
        for prev in reversed(before[:-1]):
            gap = text[prev.span[1] : group[0].span[0]]
            if len(group) == 1 and not _CONJ.search(gap):
                break  # "Le porte-parole du Kremlin, Dmitri Peskov": apposition, not coordination
            if _COORD_GAP.fullmatch(gap):
                group.insert(0, prev)
            else:
                break
        return group
    if cand.rule.speech:
        after = _actors(ctx, te, min(ce, te + 60), te)
        if after:
            return [after[0]]
    # a second predicate of the sentence subject: "X ended the talks on Sunday and will meet again"
    if _PREDICATE_JOIN.search(text, max(cand.sentence.start, ts - 14), ts) or _PREDICATE_JOIN.search(text, max(cand.sentence.start, cs - 8), cs + 4):
        first = _actors(ctx, cand.sentence.start, ts, cand.sentence.start)
        if first and not ctx.speech_spans or (first and all(a > first[0].span[0] for a, _ in ctx.speech_spans)):
            group = [first[0]]
            for nxt in first[1:]:
                if _CONJ.search(text[group[-1].span[1] : nxt.span[0]]) and len(text[group[-1].span[1] : nxt.span[0]]) < 12:
                    group.append(nxt)
                else:
                    break
            return group
    return []


_SOURCE_OF = re.compile(r"\s*(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of\s+the|of|from\s+the|from|by\s+the|by)\s*$", re.IGNORECASE)


def _statement_source(ctx: _Context, cand: _Candidate) -> list[ActorMention]:
    """"selon un communiqué du ministère russe", "according to the Kremlin's readout": the
    author of the document is the speaker."""
    ts, te = cand.trigger
    inside = [m for m in _mentions_in(ctx, ts, te) if m.kind != "place" and m.via != "pronoun"]
    if inside:
        return [inside[0]]
    after = [m for m in _mentions_in(ctx, te, min(cand.sentence.end, te + 40)) if m.kind != "place" and m.via != "pronoun"]
    if after and _SOURCE_OF.fullmatch(ctx.text, te, after[0].span[0]) is not None:
        return [after[0]]
    return []


def _roles(ctx: _Context, cand: _Candidate, cs: int, ce: int) -> None:
    rules, text = ctx.rules, ctx.text
    ts, te = cand.trigger
    t = cand.type
    parts: list[Participant] = []
    if t == "statement_issued":
        subj = _statement_source(ctx, cand) if cand.rule.kind == "noun" else []
        subj = subj or _subject(ctx, cand, cs, ts, te, ce)
        if subj:
            # "The United States and Ukraine said": a joint statement has several speakers
            parts += [_participant(m, "speaker") for m in subj]
            ctx.last_speaker = (cand.sentence.index, subj[-1])
            if len(subj) > 1:
                ctx.last_group = (cand.sentence.index, subj)
            if subj[0].kind == "person":
                ctx.last_person = (cand.sentence.index, subj[0])
        # addressee: "told X" / "a dit à X"
    elif t == "report_to_leader":
        subj = _subject(ctx, cand, cs, ts, te, ce)
        parts += [_participant(m, "reporter") for m in subj]
        leader = None
        for m in _actors(ctx, te, ce, te):
            if m.kind == "person" or rules.leader_title.search(text[max(te, m.span[0] - 40) : m.span[0]]):
                leader = m
                break
        if leader is None:
            objs = _actors(ctx, te, ce, te)
            leader = objs[0] if objs else None
        if leader is not None and all(leader.actor_id != s.actor_id for s in subj):
            parts.append(_participant(leader, "leader"))
    elif t in ("proposal_presented", "proposal_rejected"):
        subj = _subject(ctx, cand, cs, ts, te, ce)
        role0 = "proposer" if t == "proposal_presented" else "participant"
        parts += [_participant(m, role0) for m in subj]
        for m in _actors(ctx, te, ce, te):
            before = text[max(ts, m.span[0] - 40) : m.span[0]]
            if rules.agent_marker.search(before) or _coordinated_with_agent(ctx, m, ts):
                # "jugées inacceptables par le président russe": the agent right after rejects
                near = t == "proposal_rejected" and m.span[0] - te <= 30
                parts.append(_participant(m, "participant" if near else "proposer"))
            elif rules.recipient_marker.search(before) and t == "proposal_presented":
                parts.append(_participant(m, "addressee"))
        # "le plan de paix modifié par Kiev": agents inside the trigger phrase itself
        for m in _actors(ctx, ts, te, ts):
            parts.append(_participant(m, "proposer"))
    elif t == "visit":
        subj = _subject(ctx, cand, cs, ts, te, ce)
        parts += [_participant(m, "visitor") for m in subj]
    else:  # meetings, calls, agreements
        hosting = bool(rules.host_verb.search(cand.trigger_text))
        if cand.rule.kind == "noun":
            subj = _noun_subjects(ctx, cand, cs, ts)
            zone_end = _zone(ctx, ts, te, cs, ce)[1]
            objs = _noun_objects(ctx, te, zone_end)
            parts += [_participant(m, "participant") for m in subj + objs]
            parts += [_participant(m, "participant") for m in _actors(ctx, ts, te, ts)]
            if not parts:
                # "une rencontre ... a été exclue par le Kremlin", "talks floated by Ankara"
                for m in _actors(ctx, te, zone_end, te):
                    if rules.agent_marker.search(text[max(te, m.span[0] - 30) : m.span[0]]):
                        parts.append(_participant(m, "participant"))
        else:
            subj = _subject(ctx, cand, cs, ts, te, ce)
            objs = _actors(ctx, te, ce, te)
            passive = hosting and bool(_PASSIVE.search(cand.trigger_text) or _BY_AGENT.match(text, te))
            # "Zelensky was received by Erdogan": the subject is the guest
            parts += [_participant(m, ("visitor" if passive else "host") if hosting else "participant") for m in subj]
            parts += [_participant(m, ("host" if passive else "visitor") if hosting else "participant") for m in objs]
            for m in _actors(ctx, ts, te, ts):
                parts.append(_participant(m, "participant"))
        # "sous la médiation des Émirats", "mediated by Turkey": a third party's role
        previous: ActorMention | None = None
        for m in _actors(ctx, cs, ce, cs):
            mediator = rules.mediator_before.search(text, max(cs, m.span[0] - 45), m.span[0]) or _MEDIATED_AFTER.match(text, m.span[1])
            # "sous l'égide de l'Égypte et du Qatar": the second one mediates too
            if not mediator and previous is not None and _MEDIATOR_COORD.fullmatch(text, previous.span[1], m.span[0]):
                mediator = True
            if mediator:
                parts = [p for p in parts if p.actor_id != m.actor_id]
                parts.append(_participant(m, "mediator"))
                previous = m
            else:
                previous = None
    cand.participants = _dedupe(parts)


def _coordinated_with_agent(ctx: _Context, m: ActorMention, floor: int) -> bool:
    before = ctx.text[max(floor, m.span[0] - 60) : m.span[0]]
    return bool(re.search(r"\b(?:par|by)\s+[^.;]{0,40}\b(?:et|and|,)\s+(?:ses\s+|its\s+|their\s+|leurs?\s+)?$", before, FLAGS))


def _noun_subjects(ctx: _Context, cand: _Candidate, cs: int, ts: int) -> list[ActorMention]:
    """Subjects of a support verb whose object is the noun ("Dmitriev a tenu des réunions");
    not the subject of a verb of saying ("Witkoff a qualifié ... les négociations")."""
    if any(cs <= a < ts for a, _ in ctx.speech_spans):
        return []
    actors = _actors(ctx, cs, ts, cs)
    if not actors:
        return []
    compound = _compound_before(ctx, actors, ts)
    if compound:
        return compound
    if ctx.rules.possessive_before.search(ctx.text, max(cs, ts - 25), ts):
        # "entre Poutine et Trump lors de leur sommet": the owners are the actors just named
        return _subject(ctx, cand, cs, ts, cand.trigger[1], cand.trigger[1])
    # only the subject of a support verb: "Dmitriev a tenu des réunions", "X held talks"
    if not ctx.rules.support_verb.search(ctx.text, actors[-1].span[1], ts):
        return []
    return _subject(ctx, cand, cs, ts, cand.trigger[1], cand.trigger[1])


def _compound_before(ctx: _Context, actors: list[ActorMention], ts: int) -> list[ActorMention]:
    """"a Putin-Trump meeting", "US-Russia talks": names fused to the noun they qualify."""
    text = ctx.text
    if not re.fullmatch(r"[\s\-–]*", text[actors[-1].span[1] : ts]):
        return []
    group = [actors[-1]]
    for prev in reversed(actors[:-1]):
        if re.fullmatch(r"\s*[-–/]\s*|\s+(?:and|et)\s+", text[prev.span[1] : group[0].span[0]]):
            group.insert(0, prev)
        else:
            break
    return group


def _noun_objects(ctx: _Context, te: int, ce: int) -> list[ActorMention]:
    """Actors after the noun introduced by with/between/involving, and the actors coordinated
    with them; actors after "par"/"by" are agents of something else."""
    wm = re.search(ctx.rules.with_marker.pattern.replace("(?:\\w+\\s+){0,4}$", "").replace("$", ""), ctx.text[te:ce], FLAGS)
    if not wm:
        return []
    start = te + wm.start()
    return [m for m in _actors(ctx, start, ce, start) if not ctx.rules.agent_marker.search(ctx.text[max(start, m.span[0] - 30) : m.span[0]])]


def _dedupe(parts: list[Participant]) -> list[Participant]:
    out: dict[str, Participant] = {}
    for p in parts:
        key = p.actor_id or p.name
        if key not in out or (out[key].role == "participant" and p.role != "participant"):
            out[key] = p
    return list(out.values())


_DATELINE = re.compile(r"\s*[^\n]{0,80}?\((?:AFP|Reuters|AP|dpa|ANSA|EFE|Xinhua|TASS|Interfax|Ukrinform|Belga|ATS)\)\s*[-–—]\s*")
#: How many sentences the last past date of the narrative carries to undated occurrences.
_SCENE_WINDOW = 2


def _remember_scene(ctx: _Context, sent: Sentence, cands: list[_Candidate]) -> None:
    """Wire copy dates the scene once ("ont fait vendredi un pas décisif") and then tells what
    happened without repeating it: remember the last past date of the narrative. A sentence
    that tells events sets the scene only through the date of an occurrence in it, so the
    day a trip was planned for or a statement was made does not date what follows."""
    pub = ctx.article.published
    if cands:
        for c in cands:
            if c.modality == "occurred" and c.type != "statement_issued" and c.date is not None and c.date.precision == "day":
                last = c.date.last_day()
                if last is not None and (pub is None or last <= pub):
                    ctx.scene = (sent.index, c.date)
        return
    quotes = [(sent.start + q.start(), sent.start + q.end()) for q in ctx.rules.quote.finditer(sent.text)]
    for t in _temporals(ctx, sent.start, sent.end, False):
        if t.span[0] < ctx.dateline_end or t.kind == "duration" or t.interval is None:
            continue
        if any(a <= t.span[0] < b for a, b in quotes):
            continue  # "« Nous établissons aujourd'hui la paix »": the speaker's today
        iv = t.interval
        last = iv.last_day()
        if iv.precision == "day" and last is not None and (pub is None or last <= pub):
            ctx.scene = (sent.index, iv)
            return


def _remember_people(ctx: _Context, sent: Sentence) -> None:
    """The last person named as a subject-like actor, for pronouns in later sentences."""
    persons = [
        m for m in _mentions_in(ctx, sent.start, sent.end)
        if m.kind == "person" and m.via != "pronoun" and not (getattr(m, "as_modifier", False) or ctx.rules.possessor_before.search(ctx.text[max(sent.start, m.span[0] - 80) : m.span[0]]))
    ]
    if persons:
        # the first non-modifier person of a sentence is usually its subject
        if ctx.last_person is None or ctx.last_person[0] != sent.index:
            ctx.last_person = (sent.index, persons[0])


# --------------------------------------------------------------------------- statements


def _statement_details(ctx: _Context, cand: _Candidate, sent: Sentence) -> None:
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


def _proposal_object(text: str, ts: int, te: int, ce: int) -> str | None:
    window = text[ts:ce]
    m = re.search(
        r"(?:[\w-]+\s+){0,2}\b(?:contre-projet|contre-proposition|counter-?proposal|traité|treaty|cessez-le-feu|cease-?fire|trêve|truce|retrait|withdrawal|moratoire|moratorium|plan|cadre|mémorandum|memorandum|proposition|proposal|framework|draft|projet|feuille de route|roadmap|initiative|document|offer|offre|demand|exigence|ultimatum)s?\b(?:\s+(?:de|d['’]|du|des|en|à|of|for|on)?\s*[\w'’-]+){0,4}",
        window,
        FLAGS,
    )
    if not m:
        return None
    return re.split(r"\s+(?:modifi|amend|révis|remis|soumis|présent|propos|par\b|by\b|to\b|à\b)", m.group(0), maxsplit=1, flags=FLAGS)[0].strip() or None


# --------------------------------------------------------------------------- location and date


def _places_in(ctx: _Context, start: int, end: int) -> list[ActorMention]:
    i = bisect.bisect_left(ctx.place_starts, start)
    out = []
    while i < len(ctx.places) and ctx.places[i].span[0] < end:
        out.append(ctx.places[i])
        i += 1
    return out


def _zone(ctx: _Context, ts: int, te: int, cs: int, ce: int, etype: str | None = None) -> tuple[int, int]:
    """The part of the clause that belongs to a trigger: up to the neighbouring triggers (of
    another type, when ``etype`` is given), except an event it is set in ("accords conclus lors
    de leur sommet en Alaska")."""
    lo, hi = cs, ce
    for a, b, other in ctx.trigger_spans:
        if etype is not None and other == etype:
            continue
        if b <= ts:
            lo = max(lo, b)
        elif a >= te and a < hi:
            before = ctx.text[max(te, a - 40) : a]
            if any(cat == "past" and pat.search(before) for cat, pat in ctx.rules.attached_before[:1]):
                continue
            hi = a
    return lo, hi


def _location(ctx: _Context, cand: _Candidate, ts: int, te: int, cs: int, ce: int) -> Location | None:
    if cand.rule.kind == "noun":
        cs, ce = _zone(ctx, ts, te, cs, ce)
    places = [p for p in _places_in(ctx, cs, ce) if not ctx.rules.location_blocker.search(ctx.text, max(cs, p.span[0] - 30), p.span[0])]
    if not places:
        return None
    best = min(places, key=lambda p: abs(p.span[0] - te) if p.span[0] >= te else (ts - p.span[1]) + 10)
    return Location(name=best.name, country=best.side)


def _temporals(ctx: _Context, start: int, end: int, future: bool) -> list[TemporalExpression]:
    key = (start, end, future)
    if key not in ctx.temporal_cache:
        from tracker.extract.temporal import find_temporal

        try:
            ctx.temporal_cache[key] = list(
                find_temporal(ctx.text[start:end], ctx.rules.lang, ctx.article.published, offset=start, future=future)
            )
        except Exception:  # a temporal failure must not lose the events of the article
            ctx.temporal_cache[key] = []
    return ctx.temporal_cache[key]


#: Between two coordinated subjects: "X et Y", "X, Y", "X and Kosovo Prime Minister Y".
_PASSIVE = re.compile(r"\b(?:was|were|been|being|été)\b", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+(?:by|par)\b", re.IGNORECASE)
_MEDIATOR_COORD = re.compile(r"\s*(?:,|et|and)\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|the\s+)?", re.IGNORECASE)
_MEDIATED_AFTER = re.compile(r"-(?:mediated|brokered|médiée?s?)\b", re.IGNORECASE)
_COORD_GAP = re.compile(
    r"\s*(?:,\s*)?(?:,|et|and|&|ainsi\s+que|as\s+well\s+as)\s*"
    r"(?:(?:la|le|les|l['’]|the|its|their|ses|leurs?|of|de|du|des|d['’]|(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]*)|prime|minister|ministre|premier|"
    r"président|president|foreign|affaires|étrangères|chef|chief|secretary|secrétaire|special|spécial|envoy|émissaire|"
    r"adviser|conseiller|defence|defense|défense|général|general)\s*){0,7}",
    re.IGNORECASE,
)
_PREDICATE_JOIN = re.compile(r"\b(?:and|et|but|mais|then|puis)\s+(?:\w+\s+)?$|\b(?:but|mais)\b", re.IGNORECASE)
_CONJ = re.compile(r"\b(?:et|and|ainsi\s+que|as\s+well\s+as)\b|&", FLAGS)
_DURATION_LEAD = re.compile(r"(?:pendant|durant|\bfor|\bover|during|passé|passed|spent|lasted|duré|ended|concluded|wrapped\s+up|après|after|au\s+terme\s+de|at\s+the\s+end\s+of)\s+(?:\w+\s+){0,2}$", FLAGS)
_DURATION_TAIL = re.compile(r"^\s+(?:of|de|d['’])\s+(?:\w+\s+)?(?:talks|negotiations|meetings|discussions|consultations|négociations|discussions|pourparlers|réunions|consultations)", FLAGS)


def _adverbial_duration(ctx: _Context, t: TemporalExpression) -> bool:
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


def _date(ctx: _Context, cand: _Candidate, cs: int, ce: int) -> DateInterval | None:
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
        named = [m for m in _mentions_in(ctx, cand.trigger[1], ce) if m.actor_id not in speakers]
        if named:
            ce = min(ce, named[0].span[0])
    cs, ce = _zone(ctx, cand.trigger[0], cand.trigger[1], cs, ce, cand.rule.type)
    exprs = [t for t in _temporals(ctx, sent.start, sent.end, False) if t.span[0] >= cs and t.span[1] <= ce]
    if not exprs:
        return None
    if future:
        exprs = [t for t in _temporals(ctx, cs, ce, True)] or exprs
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


# --------------------------------------------------------------------------- merging


def _drop_visits_with_meetings(cands: list[_Candidate]) -> None:
    """A visit in a sentence that also describes a meeting is the meeting's setting."""
    meetings = [c for c in cands if c.type in ("meeting_held", "meeting_planned") and not c.anaphoric]
    if not meetings:
        return
    for v in [c for c in cands if c.type == "visit"]:
        target = meetings[0]
        if target.location is None and v.location is not None:
            target.location = v.location
        target.participants = _dedupe(target.participants + [Participant(**{**p.to_dict(), "role": "participant"}) for p in v.participants])
        cands.remove(v)


def _drop_planned_purposes(cands: list[_Candidate]) -> None:
    """"Witkoff will travel to Moscow to present the plan": one planned meeting, whose purpose
    is the presentation, not a second planned event."""
    if not any(c.type == "meeting_planned" for c in cands):
        return
    for c in [c for c in cands if c.type == "proposal_presented" and c.modality != "occurred"]:
        cands.remove(c)


def _keys(c: _Candidate) -> tuple[set[str], set[str]]:
    people = {p.actor_id or p.name for p in c.participants if p.kind == "person"}
    sides = {p.side for p in c.participants if p.side}
    return people, sides


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    if a.date is not None and b.date is not None and not a.date.overlaps(b.date):
        return False
    if a.location and b.location and a.location.name != b.location.name:
        if a.location.country and b.location.country and a.location.country != b.location.country:
            return False
    pa, sa = _keys(a)
    pb, sb = _keys(b)
    if len(sa) >= 2 and len(sb) >= 2 and not (sa <= sb or sb <= sa):
        return False
    if pa and pb and not (pa & pb) and not (sa & sb):
        return False
    if sa and sb and not (sa & sb) and not (pa & pb):
        return False  # "Moscou réclame un traité" and "les Ukrainiens réclamaient une trêve"
    if a.modality != "occurred" and a.participants and b.participants and not (pa & pb) and sa != sb:
        # hypothetical meetings share little but a side: keep "a ministers' meeting" and
        # "a Putin-Trump summit", both ruled out, apart
        return False
    return True


def _merge(cands: list[_Candidate]) -> list[_Candidate]:
    events: list[_Candidate] = []
    for c in cands:
        target = None
        if c.anaphoric:
            near = [e for e in events if e.type in MEETING_TYPES and c.sentence.index - e.last_index <= _ANAPHORA_WINDOW]
            named = _sentence_actor_keys(c)
            # "rendra compte de ces échanges à Poutine": the meeting that shares an actor wins
            sharing = [e for e in near if named & (_keys(e)[0] | _keys(e)[1])]
            # "ces échanges", "the talks": talks already told, before any talks merely planned
            pool = sharing or near
            held = [e for e in pool if e.modality == "occurred"]
            target = (held or pool or [None])[-1]
            if target is None:
                continue  # a bare reference to nothing we know: no event
        elif c.type == "statement_issued":
            key = c.participants[0].actor_id if c.participants else None
            for e in reversed(events):
                if e.type == c.type and key and e.participants and e.participants[0].actor_id == key:
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
                if _compatible(e, c):
                    target = e
                    break
        if target is None:
            events.append(c)
        else:
            _absorb(target, c)
    return events


def _absorb(e: _Candidate, c: _Candidate) -> None:
    if c.sentence.index not in {s.index for s in e.sentences}:
        e.sentences.append(c.sentence)
    for ev in c.evidence:
        if all(ev.span != x.span or ev.trigger != x.trigger for x in e.evidence):
            e.evidence.append(ev)
    if not c.anaphoric:
        e.participants = _dedupe(e.participants + c.participants)
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


def _sentence_actor_keys(c: _Candidate) -> set[str]:
    return set(c.sentence_actors)


def _keep(e: _Candidate) -> bool:
    if e.type == "report_to_leader" and not any(p.role == "leader" for p in e.participants):
        return False  # "he would report to parliament": no principal, no report to a leader
    if e.type == "statement_issued":
        # "a U.S. official said": an anonymous source is attribution, not a statement
        return bool(e.participants) and e.participants[0].kind != "delegation"
    # an occurrence of nobody, nowhere is not a timeline entry
    return bool(e.participants or e.location)


def _inherit_sides(events: list[_Candidate], rules: LanguageRules) -> None:
    """A meeting told without its parties ("une première rencontre technique tenue en février à
    Riyad", "a new round is due next week in Geneva") belongs to the negotiation the article is
    about: give it the sides (not the people) of the last meeting with named parties; the
    people too when the sentence points back at them ("the two leaders will meet again")."""
    for i, e in enumerate(events):
        if e.participants or e.type not in ("meeting_held", "meeting_planned") or e.anaphoric:
            continue
        group_ref = any(rules.group_reference.search(sent.text) for sent in e.sentences)
        for prev in reversed(events[:i]):
            if prev.type == "meeting_held" and prev.participants:
                parties = [p for p in prev.participants if p.role != "mediator"]
                if group_ref:
                    e.participants = [Participant(**{**p.to_dict(), "role": "participant"}) for p in parties]
                    break
                sides = []
                for p in parties:
                    if p.side and all(q.side != p.side for q in sides):
                        sides.append(Participant(name=p.side, side=p.side, role="participant", actor_id=f"side:{p.side}", kind="side"))
                e.participants = sides
                e.confidence = max(0.05, e.confidence - 0.15)
                break


def _name_sides(events: list[_Candidate], registry: Any) -> None:
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


def _carry_locations(events: list[_Candidate]) -> None:
    """"Witkoff est arrivé à Moscou. Il a rencontré Poutine": the place named one sentence
    earlier, for an occurrence of the same people told without one."""
    for i, e in enumerate(events):
        if e.location is not None or e.type not in ("meeting_held", "agreement_reached") or e.modality != "occurred":
            continue
        keys = _keys(e)[0]
        for prev in reversed(events[:i]):
            if prev.location is None or prev.type not in ("visit", "meeting_held") or prev.modality != "occurred":
                continue
            if e.sentence.index - prev.last_index == 1 and (not keys or keys & _keys(prev)[0]):
                e.location = prev.location
            break


def _inherit_participants(events: list[_Candidate]) -> None:
    """"Les discussions ont abouti à un accord": an agreement, rejection or proposal without
    named parties belongs to the parties of the meeting just told; without a date of its own
    it happened during that meeting."""
    for i, e in enumerate(events):
        if e.type not in ("agreement_reached", "proposal_rejected", "proposal_presented") or e.modality != "occurred":
            continue
        if e.date is None and e.tense != "pres":  # "Moscou réclame ...": a standing position, not a moment
            told = [
                p for p in events
                if p is not e and p.type == "meeting_held" and p.date is not None
                and p.sentence.index <= e.sentence.index and e.sentence.index - p.last_index <= 2
            ]
            if told:
                e.scene_date = max(told, key=lambda p: (p.sentence.index, p.trigger[0])).date
        if e.participants:
            continue
        for prev in reversed(events[:i]):
            if prev.type == "meeting_held" and prev.participants and e.sentence.index - prev.last_index <= 2:
                e.participants = [Participant(**{**p.to_dict(), "role": "participant"}) for p in prev.participants]
                e.confidence = max(0.05, e.confidence - 0.1)
                break


# --------------------------------------------------------------------------- drafts


def _final_participants(parts: list[Participant]) -> tuple[Participant, ...]:
    covered = {p.side for p in parts if p.kind in ("person", "delegation") and p.side}
    out = [p for p in parts if not (p.kind == "side" and p.side in covered)]
    return tuple(out)


def _draft(ctx: _Context, e: _Candidate) -> EventDraft:
    from tracker.extract.temporal import publication_fallback

    parts = _final_participants(e.participants)
    date = e.date or (e.scene_date if e.modality == "occurred" else None) or publication_fallback(ctx.article.published)
    conf = e.confidence
    if not parts:
        conf -= 0.2
    if e.date is None:
        conf -= 0.05 if e.scene_date is None else 0.02
    topics = _topics(ctx, e)
    summary = _summary(e, parts, ctx)
    return EventDraft(
        type=e.type,
        date=date,
        participants=parts,
        modality=e.modality,
        location=e.location,
        summary=summary,
        topics=topics,
        confidence=round(max(0.05, min(0.95, conf)), 2),
        evidence=tuple(e.evidence),
        quote=e.quote if e.type == "statement_issued" else None,
        stance=e.stance if e.type in ("statement_issued", "proposal_rejected") else None,
        source_url=ctx.article.url,
    )


def _topics(ctx: _Context, e: _Candidate) -> tuple[str, ...]:
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


def _proposal_label(ctx: _Context, obj: str | None, demand: bool = False) -> str:
    """An English label for the proposal named in the text ("cadre de paix en vingt points" ->
    "the 20-point peace framework"), from the language's label table; unknown words are
    not copied, so the summary stays in one language."""
    default = "demand" if demand else "proposal"
    if not obj:
        return f"a {default}"
    noun = next((label for pat, label in ctx.rules.words.items() if pat.startswith("noun:") and re.search(pat[5:], obj, FLAGS)), default)
    qualifier = next((label for pat, label in ctx.rules.words.items() if pat.startswith("qual:") and re.search(pat[5:], obj, FLAGS)), "")
    points = re.search(r"(\d+)[\s-]*(?:points?|-point)", obj, FLAGS)
    number = points.group(1) if points else next(
        (label for pat, label in ctx.rules.words.items() if pat.startswith("num:") and re.search(pat[4:], obj, FLAGS)), ""
    )
    parts = [f"{number}-point" if number else "", qualifier if qualifier != noun else "", noun]
    return "the " + " ".join(p for p in parts if p)


def _summary(e: _Candidate, parts: tuple[Participant, ...], ctx: _Context) -> str:
    """One English line for a timeline (English for every article language, for consistency)."""
    plist = list(parts)
    where = f" in {e.location.name}" if e.location else ""
    mod = {"planned": "Planned", "possible": "Possible", "denied": "Ruled out"}.get(e.modality, "")
    t = e.type
    mediators = [p for p in plist if p.role == "mediator"]
    if mediators and t in ("meeting_held", "meeting_planned", "agreement_reached", "phone_call"):
        plist = [p for p in plist if p.role != "mediator"]
        where = f"{where} (mediated by {_names(mediators)})"
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
        chan = f" on {e.channel}" if e.channel and e.channel not in ("interview", "communiqué", "press conference", "television") else (f" ({e.channel})" if e.channel else "")
        tail = f": “{e.quote}”" if e.quote else (f" ({e.stance})" if e.stance else "")
        return f"{who} statement{chan}{tail}"
    if t == "report_to_leader":
        rep = _names([p for p in plist if p.role == "reporter"] or plist[:1])
        lead = [p for p in plist if p.role == "leader"]
        verb = "reports" if e.modality == "occurred" else ("to report" if e.modality == "planned" else "may report")
        return f"{rep} {verb} to {_names(lead) if lead else 'their leader'}{where}"
    if t == "proposal_presented":
        who = [p for p in plist if p.role == "proposer"] or plist
        demand = any((ev.rule or "").endswith("verb_demand") for ev in e.evidence)
        what = _proposal_label(ctx, e.obj, demand)
        verb = "demand" if demand else "present"
        if any(re.search(r"modifi|amend|révis|revis|rework", ev.trigger or "", FLAGS) for ev in e.evidence):
            verb = "amend"
        elif any(re.search(r"remis|remet|hand|transmi|submit|soumi|deliver", ev.trigger or "", FLAGS) for ev in e.evidence):
            verb = "hand over"
        if e.modality != "occurred":
            return f"{mod}: {_names(who)} to {verb} {what}" if who else f"{mod}: {verb} {what}"
        single = len(who) <= 1
        verb_s = {"present": "presents", "amend": "amends", "hand over": "hands over", "demand": "demands"}[verb] if single else verb
        if verb == "demand" and what in ("a demand", "the demand"):
            return f"{_names(who)} make{'s' if single else ''} a demand" if who else "Demand made"
        if verb == "demand" and what.startswith("the "):
            what = ("an " if what[4] in "aeiou" else "a ") + what[4:]
        return f"{_names(who)} {verb_s} {what}" if who else f"{what[0].upper()}{what[1:]} {verb}ed".replace("hand overed", "handed over")
    if t == "proposal_rejected":
        what = _proposal_label(ctx, e.obj)
        return f"{_names(plist) if plist else 'A party'} reject{'s' if len(plist) <= 1 else ''} {what}"
    if t == "agreement_reached":
        core = f"Agreement between {_names(plist)}" if plist else "Agreement reached"
        return f"{mod + ': ' if mod else ''}{core}{where}"
    return t
