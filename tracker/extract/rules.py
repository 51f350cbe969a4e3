"""What a language must tell the engine: trigger rules, cue tables, mention and temporal words.

Each language package (``tracker/extract/lang/<code>/``) builds one :class:`LanguageRules`
from these types and lists its code in :data:`tracker.extract.lang.BUILTIN`; the shared
engine reads every word through it, so a new language is a new rule table, not a new engine.

* :class:`TriggerRule` (made with :func:`compile_rule`): how one event type shows up.
* :class:`MentionWords`: titles, demonyms, delegation and side nouns, place prepositions.
* :class:`TemporalWords`: month, weekday, number and unit tables and the date patterns.
* :class:`LanguageRules`: all of the above plus the cue patterns of each stage (modality,
  speech, subjects and relative clauses, roles, durations, dating, merging, summaries).
  Only ``lang``, ``triggers``, ``mentions`` and ``temporal`` are required; a cue left out
  never matches.

**Word normaliser hook.** ``LanguageRules.normalise`` (optional) takes a word as written
(case and accents kept) and returns the form aliases and title words are written in, or the
forms of all its readings, best first: a lemmatiser or stemmer for a language that declines
names and titles (Russian "Путина" -> "путин", German "Präsidenten" -> "präsident"; Russian
and Ukrainian use :mod:`tracker.extract.lang.slavic_morphology`). Its output is folded and
keyed like an alias word. The mention finder gives every token that second key (``Token.lemma``) and
the alias matcher and the phrase sets (titles, demonyms, delegation nouns, prepositions)
match by either form, so exact forms keep working. Wrap a costly lemmatiser in an
``functools.lru_cache``: it is called once per token. For example::

    import simplemma
    RULES = LanguageRules(..., normalise=lambda w: simplemma.lemmatize(w, lang="ru"))
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from re import Pattern
from typing import Any

from tracker.extract.temporal.pack import Rule

FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class TriggerRule:
    """One way an event type shows up in text.

    ``kind`` verb: the regex has named groups whose last ``_``-separated part is a tense
    (neg, past, pcond, fut, cond, pres, impf, inf, part) and the group that matched gives the
    tense. ``kind`` noun: an event noun ("talks", "sommet") whose modality comes from cues.
    ``kind`` verb_phrase: a fixed phrase, past unless ``modality`` says otherwise. ``kind``
    members: who took part in the meeting just told ("la delegazione era guidata da X"): its
    people join that meeting whatever their side, and it is no event of its own. ``speech``
    marks verbs of saying: what follows is reported content, the subject is the speaker.
    ``named_source``: a noun of saying whose speaker can only be the person named right after
    it ("selon Sergueï Lavrov"), never the subject of the clause it introduces.
    """

    name: str
    type: str
    pattern: str
    kind: str = "verb"
    confidence: float = 0.7
    modality: str | None = None
    speech: bool = False
    channel: str | None = None
    named_source: bool = False
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


@functools.cache
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


class TriggerTable:
    """The trigger rules one language declares, in order, named ``<lang>.<name>``, with the
    anchor its verb builder made for each conjugation pattern (so a rule over that pattern
    needs no anchor of its own): the one way every language's ``events.py`` adds a rule."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.rules: list[TriggerRule] = []
        #: conjugation pattern -> the cheap anchor of its stems (filled by the verb builders)
        self.anchors: dict[str, str] = {}

    def add(self, name: str, type_: str, pattern: str, **kw: Any) -> None:
        """Compile rule ``<lang>.<name>`` (see :func:`compile_rule`) and append it."""
        if "anchor" not in kw and pattern in self.anchors:
            kw["anchor"] = self.anchors[pattern]
        self.rules.append(compile_rule(f"{self.lang}.{name}", type_, pattern, **kw))


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
        if m and lit and re.search(r"[?*{]", alt[len(m.group(0)) : len(m.group(0)) + 1]):
            lit = lit[:-1]  # "reçue?" : the last letter is optional
        if len(lit) < 3:
            return None
        keys.append(lit.lower())
    return tuple(sorted(set(keys)))


Cues = tuple[tuple[str, Pattern[str]], ...]

#: (pattern, English label) pairs, first match wins (see :mod:`tracker.extract.events.summaries`).
Labels = tuple[tuple[Pattern[str], str], ...]


@dataclass(frozen=True)
class MentionWords:
    """The plain word lists the mention finder reads (compiled by :mod:`tracker.extract.mentions.words`).

    Entries are written as they appear in text; they are folded (lower case, no accents)
    before matching. Sides are codes of the actor registry ("RU", "EU", "NATO").
    """

    #: Adjectives of nationality -> side ("russe", "Russian").
    demonyms: Mapping[str, str] = field(default_factory=dict)
    #: Case endings (folded: ё→е, ї→і, й→и) cut from a word to make its matching key when at
    #: least three letters remain, so "Путина" and "Путин" share one key even where no
    #: lemmatiser reads them. Every language folder's endings apply to aliases and text alike
    #: (the registry is shared by all languages), see ``tracker.extract.lang.case_endings``.
    case_endings: frozenset[str] = frozenset()
    #: Endings a capitalised name may carry in running text and still be the alias without
    #: them: the English and German genitive or plural "s" ("Putins Berater", "Selenskyjs").
    #: Only for the language's own articles; at least three letters must remain.
    name_suffixes: tuple[str, ...] = ()
    #: Nouns for a people -> side ("les Russes", "the Ukrainians").
    plural_nouns: Mapping[str, str] = field(default_factory=dict)
    #: True when those nouns are written in lower case ("з росіянами", uk/ru): matched in any
    #: case; False: only capitalised ("les Russes"; lower-case "russes" is an adjective).
    plural_nouns_lowercase: bool = False
    #: Prefixes of compound adjectives -> side ("russo-", "US-").
    compound_prefixes: Mapping[str, str] = field(default_factory=dict)
    #: Nouns that make a demonym a side ("side", "camp", "partie").
    side_nouns: tuple[str, ...] = ()
    #: Nouns that make a demonym a delegation ("delegation", "négociateurs").
    delegation_nouns: tuple[str, ...] = ()
    #: Prepositions that make a city a place, and a country a place.
    city_preps: tuple[str, ...] = ()
    country_preps: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    coordinators: tuple[str, ...] = ()
    place_coordinators: tuple[str, ...] = ()
    apposition_articles: tuple[str, ...] = ()
    #: True when the adjective stands before its noun ("Russian delegation"), False after ("délégation russe").
    adjective_first: bool = True
    #: Titles ("president", "ministre des affaires étrangères"), their modifiers and prefixes.
    title_heads: tuple[str, ...] = ()
    title_modifiers: tuple[str, ...] = ()
    title_prefixes: tuple[str, ...] = ()
    #: Prepositions joining a title to its complement ("of", "de").
    complement_preps: tuple[str, ...] = ()
    #: True when a country or side right after a title is its complement without a
    #: preposition (a genitive: Russian "премьер-министр Армении", "глава МИД Турции").
    bare_complements: bool = False
    department_words: tuple[str, ...] = ()
    #: Capitalised words that are never names, and particles inside names ("bin", "von").
    name_stopwords: tuple[str, ...] = ()
    name_particles: tuple[str, ...] = ()
    #: Heads of anonymous mentions ("an official", "un responsable").
    anonymous_heads: tuple[str, ...] = ()
    motion_preps: tuple[str, ...] = ()
    motion_words: tuple[str, ...] = ()
    addressee_words: tuple[str, ...] = ()
    #: English role -> titles that hold it ("foreign_minister": ("foreign minister", ...)).
    role_titles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    role_blockers: tuple[str, ...] = ()
    #: Words left out of a title when it is matched against ``role_titles`` ("of", "de", "the").
    role_function_words: tuple[str, ...] = ()
    #: Words skipped inside a title's complement ("of the", "de la").
    title_function_words: tuple[str, ...] = ()
    counterpart_heads: tuple[str, ...] = ()
    place_nouns_after: tuple[str, ...] = ()
    named_nouns_after: tuple[str, ...] = ()
    named_preps: tuple[str, ...] = ()
    talk_nouns: tuple[str, ...] = ()
    speaker_verbs: tuple[str, ...] = ()
    organisation_words: tuple[str, ...] = ()
    #: Words allowed between a demonym and a delegation noun ("senior", "militaires").
    delegation_fillers: tuple[str, ...] = ()
    #: What follows an apostrophe to mark a possessor ("s" of "Trump's envoy").
    possessive_clitics: tuple[str, ...] = ()
    #: Elided articles before an apostrophe ("l'", "d'"): skipped like articles.
    elided_articles: tuple[str, ...] = ()
    #: Complement prepositions that chain one more delegation ("de Kiev et de Moscou").
    chaining_preps: tuple[str, ...] = ()
    #: Prepositions of origin after a delegation noun ("delegations from Russia").
    source_preps: tuple[str, ...] = ()
    #: after a titled name, the preposition of the holder's country: "Foreign Minister Jane
    #: Roe of Yemen" (the side of a provisional actor); not "to"/"in" ("Ambassador to the US")
    origin_preps: tuple[str, ...] = ()


@dataclass(frozen=True)
class TemporalWords:
    """The word tables and patterns of temporal expressions (built by :func:`tracker.extract.temporal.pack.build_pack`).

    Keys are written naturally; they are folded before lookup. ``rules`` are made with
    :func:`tracker.extract.temporal.pack.make_rule`.
    """

    rules: tuple[Rule, ...]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int | None] = field(default_factory=dict)
    units: Mapping[str, str] = field(default_factory=dict)
    periods: Mapping[str, str] = field(default_factory=dict)
    directions: Mapping[str, int] = field(default_factory=dict)
    parts: Mapping[str, str] = field(default_factory=dict)
    seasons: Mapping[str, str] = field(default_factory=dict)
    deictic_days: Mapping[str, int] = field(default_factory=dict)
    prepositions: Mapping[str, str] = field(default_factory=dict)
    ordinals: Mapping[str, int] = field(default_factory=dict)
    holidays: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    date_order: str = "DMY"
    #: The code dateparser reads this language with (odd date strings); None: not asked.
    dateparser_language: str | None = None


#: The pattern of a cue a language does not have: it never matches.
NEVER: Pattern[str] = re.compile(r"(?!)")


@dataclass(frozen=True)
class LanguageRules:
    """Everything the engine needs to know about one language (``tracker/extract/lang/<code>/``).

    Only ``lang``, ``triggers``, ``mentions`` and ``temporal`` are required: every cue a
    language leaves out never matches (:data:`NEVER`), every table is empty, so a new
    language can start with its triggers and grow its cues as its tests ask for them.
    Cue patterns are compiled with :data:`FLAGS`; "before" patterns are anchored at the end
    of the text before a position (``...$``), "after" patterns at the start of the text after.
    """

    lang: str
    triggers: tuple[TriggerRule, ...]
    #: the words of the mention finder: titles, demonyms, delegations, place prepositions
    mentions: MentionWords
    #: the words and patterns of temporal expressions
    temporal: TemporalWords
    #: optional word normaliser (a lemmatiser or stemmer) for alias and phrase matching: it
    #: receives a word as written ("Путина") and returns the form aliases and title words are
    #: written in ("путин"), or a tuple of the forms of all its readings, best first; tokens
    #: then match by any form (see ``Token.lemma`` and ``Token.more_lemmas``)
    normalise: Callable[[str], str | tuple[str, ...]] | None = None
    abbreviations: frozenset[str] = frozenset()  # "M", "Dr": a dot after them ends no sentence
    #: True for a language that drops subject pronouns (Italian, Spanish, Ukrainian): a finite
    #: verb with no subject of its own has the sentence's speaker, else the last speaker or
    #: person named, as its subject ("afirmó que ...", "заявив, що зустрінеться")
    pro_drop: bool = False
    clause_break: Pattern[str] = NEVER
    clause_cues: Cues = ()  # categories: denied, possible, planned, past
    attached_before: Cues = ()  # anchored at the end of the text before a noun
    attached_after: Cues = ()  # anchored at the start of the text after a noun
    infinitive_left: Cues = ()  # modal before an infinitive (planned, possible, denied, purpose)
    negation: Pattern[str] = NEVER
    phone_cue: Pattern[str] = NEVER
    possessor_before: Pattern[str] = NEVER
    possessor_after: Pattern[str] = NEVER
    attribution_before: Pattern[str] = NEVER
    #: a title right before a side that stands between it and a person's name: the side only
    #: qualifies the title ("президент України Володимир Зеленський", a genitive country), so
    #: it is neither a subject nor another participant; anchored at the end of the text before
    title_qualifier_before: Pattern[str] = NEVER
    pronoun_subject: Pattern[str] = NEVER
    agent_marker: Pattern[str] = NEVER
    recipient_marker: Pattern[str] = NEVER
    with_marker: Pattern[str] = NEVER
    host_verb: Pattern[str] = NEVER
    leader_title: Pattern[str] = NEVER
    other_before: Pattern[str] = NEVER
    demonyms: Mapping[str, str] = field(default_factory=dict)  # "russe" -> "RU": the side of a description ("le négociateur russe")
    quote: Pattern[str] = NEVER  # group 1 or 2 is the quoted text
    stance_cues: Cues = ()
    channel_cues: Cues = ()
    topic_cues: Cues = ()
    mediator_before: Pattern[str] = NEVER  # "sous la médiation de", "mediated by": the next actor mediates
    group_reference: Pattern[str] = NEVER  # "the two leaders", "les deux parties": the parties just named
    plural_pronoun: Pattern[str] = NEVER  # "they", "ils": a group named just before
    topic_before: Pattern[str] = NEVER  # "consacré aux", "focused on": the noun after is a topic
    possessive_before: Pattern[str] = NEVER  # "leur sommet", "their meeting": owners named just before
    purpose_after: Pattern[str] = NEVER  # "to meet", "pour rencontrer": a trip with a purpose
    #: the end of the text before a meeting noun that names what a meeting told before it in
    #: the sentence was for ("met on Tuesday for a new session of talks"): that same meeting
    purpose_noun_before: Pattern[str] = NEVER
    support_verb: Pattern[str] = NEVER  # verbs whose object is an event noun ("a tenu des réunions", "held talks")
    not_event_date: Pattern[str] = NEVER  # "depuis", "since", "until" before a date: not the event's date
    #: what may follow a speaker inverted after a verb of saying, besides a few words: a
    #: preposition or a day ("..., a déclaré X après la réunion organisée pour ..."); matched
    #: at the start of the text after the speaker
    inverted_adjunct: Pattern[str] = NEVER
    #: between a meeting noun and the body whose members meet ("une réunion des ministres des
    #: Affaires étrangères de l'ASEAN", "le sommet de l'OTAN"); matched whole
    members_of: Pattern[str] = NEVER
    #: a long-running state, not one occurrence ("négocie depuis des années avec X", "has
    #: hosted the office since 2012"): searched right before a noun trigger and around a verb
    #: trigger in the present or imperfect; a match makes no event
    ongoing: Pattern[str] = NEVER
    location_blocker: Pattern[str] = NEVER  # "la guerre en" / "the war in": a place that is a topic, not a venue
    #: English labels of proposal nouns ("feuille de route" -> "roadmap"), qualifiers ("de
    #: paix" -> "peace") and counts written in words ("vingt-huit" -> "28"); and the pattern
    #: whose group 1 is a count in figures ("20 points"): summaries stay in English
    summary_nouns: Labels = ()
    summary_qualifiers: Labels = ()
    summary_numbers: Labels = ()
    summary_points: Pattern[str] | None = None
    #: a relative or participial clause between the subject and the verb (", qui ..., ", ", who ..., ")
    relative_tail: Pattern[str] = NEVER
    #: a definite article or demonstrative right before a noun ("the", "la", "cette")
    definite_before: Pattern[str] = NEVER
    #: a relative clause set between commas (", who ..., ", ", qui ..., ")
    relative_span: Pattern[str] = NEVER
    #: a relative pronoun ending the text before a clause ("... that", "... qui")
    relative_cut: Pattern[str] = NEVER
    #: an open relative clause before the trigger: its subject is the antecedent
    relative_open: Pattern[str] = NEVER
    #: a sentence opened by a participial clause ("After meeting X, Y said"); matched whole
    participial_opener: Pattern[str] = NEVER
    #: between two coordinated subjects: "X et Y", "X and Kosovo Prime Minister Y"; matched whole
    coordination_gap: Pattern[str] = NEVER
    #: a second predicate of the subject before ("... and met", "... mais a refusé")
    predicate_join: Pattern[str] = NEVER
    #: a verb of belief or saying ending the text before its complement clause ("believes
    #: that", "said"): a verb of saying coordinated after that clause ("X believes Y wants
    #: peace and stressed ...") has the first verb's subject, not the complement's
    opinion_verb: Pattern[str] = NEVER
    #: a modality cue that is an attributive adjective ("possible talks", "potential deal"),
    #: matched at the cue's start: after a trigger it qualifies another noun, not the trigger
    #: ("a meeting will prepare possible talks": the meeting is planned, not possible)
    attributive_cue: Pattern[str] = NEVER
    #: an indirect question opening right before a verb of saying ("asked whether Putin had
    #: said ..."), searched ending at the verb: what is asked about was not said
    indirect_question: Pattern[str] = NEVER
    #: a body named by its function alone ("the commerce ministry", "a spokesperson for the
    #: ministry"): in a story under a wire dateline, it is the dateline country's
    unnamed_body: Pattern[str] = NEVER
    #: between a genitive owner and its event noun ("Putin's four-hour " in "Putin's four-hour
    #: meeting with the envoys"); matched whole
    genitive_owner: Pattern[str] = NEVER
    #: a pronoun subject naming a leader's office ("his office"): the sentence's first person speaks
    office_of_pronoun: Pattern[str] = NEVER
    #: a singular personal pronoun subject ("he", "his office"): a person, never a group
    singular_pronoun: Pattern[str] = NEVER
    #: a subordinate clause opening the sentence ("As officials gather for the talks, X ...");
    #: matched at the sentence start: its first comma ends that clause
    subordinate_opener: Pattern[str] = NEVER
    #: a proposal trigger told by its receiver ("was handed a text with Chinese offers"):
    #: the subject is the addressee, an actor in the object is the proposer
    receipt_trigger: Pattern[str] = NEVER
    #: the auxiliary of a present perfect inside a verb trigger ("has confirmed"): a saying of
    #: today, never dated by yesterday's scene
    recent_perfect: Pattern[str] = NEVER
    #: between a verb of saying and a second one inside its content ("said that Washington
    #: welcomed"); matched whole: the second is content, not a statement
    nested_saying_gap: Pattern[str] = NEVER
    #: a clock time opening a paragraph, the post of a live page ("10:05 BST - ")
    clock_stamp: Pattern[str] = NEVER
    #: a verb announcing an event noun as its object, ending right before the noun ("announced a
    #: meeting with X on Monday"): the event is planned, and a "with" partner meets the announcer
    announced_before: Pattern[str] = NEVER
    #: a coordinating conjunction of actors ("et", "and", "as well as")
    conjunction: Pattern[str] = NEVER
    #: a relative clause closed by the comma before a verb of saying ("X, who ..., said")
    relative_segment: Pattern[str] = NEVER
    #: a relative clause starting right after a clause ("..., which", "qui")
    relative_start: Pattern[str] = NEVER
    #: a relative clause between commas, an aside whose dates are not the event's
    relative_aside: Pattern[str] = NEVER
    #: a complementiser: reported content follows ("que", "that")
    complementiser: Pattern[str] = NEVER
    #: between a statement noun and its source ("de", "of the", "by"); matched whole
    source_of: Pattern[str] = NEVER
    #: a passive auxiliary inside a trigger ("was", "été")
    passive: Pattern[str] = NEVER
    #: the agent preposition right after a trigger (" by", " par")
    agent_after: Pattern[str] = NEVER
    #: a trigger ending with the agent preposition ("presented by")
    agent_end: Pattern[str] = NEVER
    #: between two mediators ("X et de Y", "X and the Y"); matched whole
    mediator_coordination: Pattern[str] = NEVER
    #: a mediation noun right after an actor ("Qatar's mediation")
    mediation_after: Pattern[str] = NEVER
    #: before an actor followed by a mediation noun ("under the")
    mediation_before: Pattern[str] = NEVER
    #: a mediation suffix on an actor ("Qatar-mediated", "-médiée")
    mediated_suffix: Pattern[str] = NEVER
    #: the agent preposition, then actors coordinated up to a position ("par X et ses")
    agent_coordination: Pattern[str] = NEVER
    #: between the two actors of a compound ("US-Russia", "X et Y"); matched whole
    compound_join: Pattern[str] = NEVER
    #: words allowed between a fronted date and the clause ("then", "et", "plus tard"); matched whole
    front_lead: Pattern[str] = NEVER
    #: a modal pointing forward before a trigger ("will", "devrait")
    ahead_modal: Pattern[str] = NEVER
    #: an event moved to a date ("postponed to", "reporté au")
    moved_to: Pattern[str] = NEVER
    #: just before a meeting noun that is only the setting of another ("on the sidelines of the summit")
    setting_before: Pattern[str] = NEVER
    #: where the object of a proposal ends (a comma, "and", "mais")
    object_ends: Pattern[str] = NEVER
    #: a second predicate of the same subject, or a trip and its purpose ("... and held", "pour rencontrer")
    second_predicate: Pattern[str] = NEVER
    #: before a duration that dates an event ("pendant", "for", "spent", "at the end of")
    duration_lead: Pattern[str] = NEVER
    #: after a duration: the talks it measures ("de négociations", "of talks"); anchored at the start
    duration_tail: Pattern[str] = NEVER
    #: verbs that say how long something lasted, before the duration ("lasted", "a duré")
    lasted: Pattern[str] = NEVER
    #: words between an event and a duration that move to another topic ("to halt strikes for 30 days")
    topic_gap: Pattern[str] = NEVER
    #: between a stay ("spent three days") and the meeting it was for: a place, then a purpose word; matched whole
    stay_purpose: Pattern[str] = NEVER
    #: a day that opens the interval rather than closing it ("which began on", "qui a débuté")
    started: Pattern[str] = NEVER
    #: a verb that closes or opens an occurrence, right before the day it names
    bounding_verb: Pattern[str] = NEVER
    #: inside a bounding verb: it opens the occurrence ("a débuté")
    opening_verb: Pattern[str] = NEVER
    #: a duration shorter than a day ("three hours", "une nuit"): it does not date an event
    sub_day: Pattern[str] = NEVER
    #: a duration used as an adjective ("a 30-day truce"): it measures something, it dates nothing
    measure_adjective: Pattern[str] = NEVER
    #: a preposition making a duration adverbial ("pendant", "for"); matched at the start of a word
    duration_preposition: Pattern[str] = NEVER
    #: between a duration and the event noun after it ("deux jours de", "two days of"); matched whole
    duration_of: Pattern[str] = NEVER
    #: between an event noun and the duration after it ("une visite de deux jours"); matched whole
    duration_of_after: Pattern[str] = NEVER
    #: a duration whose own text starts with the linking preposition ("de deux jours"); matched at its start
    duration_of_inside: Pattern[str] = NEVER
    #: the noun phrase of a proposal after its trigger ("un plan de paix en vingt points", "a 28-point framework")
    proposal_object: Pattern[str] = NEVER
    #: where a proposal's noun phrase ends: a verb or the agent ("remis par", "handed to")
    proposal_object_end: Pattern[str] = NEVER
    #: a proposal trigger that amends ("a modifié", "revised")
    amend_trigger: Pattern[str] = NEVER
    #: a proposal trigger that hands over ("a remis", "submitted")
    handover_trigger: Pattern[str] = NEVER
    #: "la veille" (-1), "le lendemain" (+1), "(?P<n>two) days later" (+1 × n): days counted
    #: from the day told before them (see tracker.extract.events.narrative_days)
    relative_days: tuple[tuple[int, Pattern[str]], ...] = ()
    #: "afterwards", "à l'issue", "told reporters": a saying set right after the meeting just told
    after_meeting: Pattern[str] | None = None
    #: "a joint statement", "une déclaration commune": the parties of the meeting just told speak
    joint_statement: Pattern[str] | None = None
    #: an infinitive between a verb and the event noun it would govern ("a proposé d'accueillir
    #: un nouveau cycle", "offered to host a new round"): the noun belongs to the infinitive
    infinitive_marker: Pattern[str] | None = None
    #: the end of the text before an infinitive coordinated with an earlier one ("agreed to
    #: revive X and to meet", "convenus de relancer X et de se retrouver"): it shares that one's modal
    infinitive_chain: Pattern[str] | None = None
    #: "his meeting", "sa rencontre": a single owner, the subject of the sentence
    possessive_single: Pattern[str] | None = None
    #: the auxiliary of the pluperfect inside a verb trigger ("had", "avait", "s'était")
    pluperfect: Pattern[str] | None = None
    #: one party consenting ("Israel agreed to include ...", "a accepté la trêve"), searched
    #: from the trigger's start over the trigger and a few words after it: an agreement only
    #: when two sides come out of the event (see events.drafts.worth_keeping)
    consent: Pattern[str] = NEVER
    #: right before a meeting noun, a time preposition that sets the main clause after it
    #: ("Umerov, after negotiations with the Russians, held ...", « après une réunion avec »):
    #: the main clause's actor took part in those talks; matched ending at the noun
    after_talks: Pattern[str] = NEVER
    #: a modal or future cue governing a noun set "during"/"lors de" ("may announce a deal
    #: during his meeting with X on Monday") makes the noun's event ahead, not held
    modal_governs_attached: bool = False
    #: a past saying with no date of its own, in a story whose scene is the day before
    #: publication ("X and Y agreed on Monday ... Y said he hoped ..."), is dated by that
    #: scene rather than the publication day (the day-after wire); opt-in per language
    day_after_statements: bool = False
    #: a verb-second language (German): when no actor stands before the verb in its clause
    #: ("Am Freitag schlug Umerow ... vor"), the subject is the first actor after it
    subject_after_verb: bool = False
