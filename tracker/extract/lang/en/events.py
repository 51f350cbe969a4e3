"""English rules: trigger verbs and nouns with their morphology, modality cues, speech patterns.

English verbs carry little tense in their form, so a bare base form is an infinitive whose
modality comes from the words on its left ("will meet", "is expected to meet", "did not meet",
"ruled out meeting", "plans to meet"); simple past and present perfect are past; "-s" forms and
progressives are present (ongoing, reported as occurred unless a future date says otherwise).
"""

from __future__ import annotations

import re

from tracker.extract.lang.en.mentions import WORDS as MENTION_WORDS
from tracker.extract.lang.en.temporal import WORDS as TEMPORAL_WORDS
from tracker.extract.rules import FLAGS, LanguageRules, TriggerTable

_ADV = r"(?:\s+(?:not|n't|never|also|already|just|finally|again|recently|reportedly|briefly|personally|publicly|separately|jointly|then|yet|since|now|later|previously|formally|officially))*\s+"


_TABLE = TriggerTable("en")
_ANCHORS = _TABLE.anchors


def verb(base: str, s: str, past: str, ing: str, part: str | None = None, after: str = "") -> str:
    """A regex with named tense groups for an English verb (forms are regex fragments)."""
    part = part or past
    a = after
    anchor = r"\b(?:" + "|".join((base, s, past, ing, part)) + ")"
    groups = [
        rf"(?P<past>\b(?:(?:has|have|had)(?:n't)?{_ADV}{part}|{past}){a})",
        rf"(?P<pres>\b(?:(?:is|are|was|were)(?:n't)?{_ADV}{ing}|{s}){a})",
        rf"(?P<inf>\b{base}{a})",
    ]
    out = "(?:" + "|".join(groups) + r")\b"
    _ANCHORS[out] = anchor
    return out


def reg(stem: str, e: bool = False, double: str = "", after: str = "") -> str:
    """A regular verb: "meet" style irregulars use :func:`verb` directly."""
    base = stem + ("e" if e else "")
    past = stem + double + "ed" if not e else stem + "ed"
    ing = stem + double + "ing"
    return verb(base, base + "s", past, ing, after=after)


_PERSONISH = r"(?=\s+(?:for\s+(?:nearly\s+|about\s+|almost\s+|more\s+than\s+|over\s+)?[\w-]+\s+(?:hours?|minutes?|days?)\s+(?:on\s+\w+day\s+|yesterday\s+)?)?(?:(?-i:[A-Z])|by\s+|the\s+(?:(?-i:[A-Z])|\w+\s+delegation|delegation)|a\s+(?:\w+\s+)?delegation|his\s+|her\s+|their\s+|officials|representatives|envoys?\b))"
_PROPOSAL_N = r"(?:plan|framework|memorandum|proposal|proposals|draft|peace\s+deal|roadmap|road\s+map|initiative|document|counter-?proposal|offer|counter-?offer|blueprint|points?\s+plan|term\s+sheet|compromise|package|peace\s+treaty|list\s+of\s+(?:[\w,.]+\s+)?(?:prisoners|names|detainees|demands|conditions))"

_TRIGGERS = _TABLE.rules


_add = _TABLE.add


_SPEECH = [
    ("say", verb("say", "says", "said", "saying")),
    ("tell", verb("tell", "tells", "told", "telling")),
    # not the noun: "heads of state", "the state", "a state of emergency"
    ("state", r"(?<!\bof\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)" + reg("stat", e=True), r"\bstat"),
    ("write", verb("write", "writes", "wrote", "writing", part="written")),
    ("post", reg("post", after=r"(?=\s+(?:on|to|a|an)\b)")),
    ("tweet", reg("tweet")),
    ("add", reg("add")),
    ("note", reg("not", e=True)),
    ("stress", reg("stress")),
    ("warn", reg("warn")),
    ("announce", reg("announc", e=True)),
    ("claim", reg("claim")),
    # "insists on disarmament": a standing demand, not a saying ("insists that ..." is one)
    ("insist", reg("insist", after=r"(?!\s+(?:on|upon)\b)")),
    ("argue", reg("argu", e=True)),
    ("describe", reg("describ", e=True)),
    ("praise", reg("prais", e=True)),
    ("welcome", reg("welcom", e=True)),
    ("criticise", reg("criticis", e=True) + "|" + reg("criticiz", e=True).replace("?P<", "?P<z_"), r"\bcritici"),
    ("deny", verb("deny", "denies", "denied", "denying")),
    ("confirm", reg("confirm")),
    ("declare", reg("declar", e=True)),
    ("assert", reg("assert")),
    ("reiterate", reg("reiterat", e=True)),
    ("comment", reg("comment")),
    ("explain", reg("explain")),
    ("urge", reg("urg", e=True)),
    ("vow", reg("vow")),
    ("pledge", reg("pledg", e=True)),
    ("acknowledge", reg("acknowledg", e=True)),
    ("admit", reg("admit", double="t")),
    ("promise", reg("promis", e=True)),
    ("warn_against", reg("caution")),
    # "threatened to halt trade talks": a stance told in public
    ("threaten", reg("threaten", after=r"(?=\s+(?:to|that)\b)")),
    ("call_for", verb("call", "calls", "called", "calling", after=r"\s+(?:for|on)\b"), r"\bcall"),
    ("accuse", reg("accus", e=True)),
    ("emphasise", reg("emphasis", e=True) + "|" + reg("emphasiz", e=True).replace("?P<", "?P<z_"), r"\bemphasi"),
    ("hail", reg("hail")),
    ("reply", verb("reply", "replies", "replied", "replying")),
    ("respond", reg("respond", after=r"(?=\s+(?:to|that|by|on|in|with)\b|[,.])")),
    ("concede", reg("conced", e=True)),
    ("predict", reg("predict")),
    ("characterise", reg("characteriz", e=True) + "|" + reg("characteris", e=True).replace("?P<", "?P<s_"), r"\bcharacteri"),
]

for _name, _pat, *_anchor in _SPEECH:
    _add(f"statement.verb_{_name}", "statement_issued", _pat, speech=True, confidence=0.75, **({"anchor": _anchor[0]} if _anchor else {}))
# "X opened the session, urging both sides to ...": a saying told as the participle of another act
_add("statement.participle_urge", "statement_issued", r"(?<=,\s)(?P<past>urging|calling\s+on|appealing\s+to)\b(?=\s+(?:the\s+|both\s+|all\s+|its\s+|his\s+|her\s+)?\w+)",
     speech=True, confidence=0.65, anchor=r"\b(?:urging|calling|appealing)")
_add("statement.noun_statement", "statement_issued", r"\bin\s+a\s+(?:written\s+|joint\s+)?statement\b", kind="noun", confidence=0.7, speech=True, channel="communiqué")
_add("statement.noun_readout", "statement_issued", r"\b(?:according\s+to|in)\s+(?:the|a)\s+(?:[\w.'’-]+\s+){0,2}?(?:readout|communiqu[ée])\b", kind="noun", confidence=0.65, speech=True, channel="communiqué")
# "according to a statement from the council": the body that issued it speaks
_add("statement.according_to_statement", "statement_issued",
     r"\baccording\s+to\s+(?:a|the|an)\s+(?:[\w.'’-]+\s+){0,2}?statement\s+(?:from|by|issued\s+by)\b", kind="noun", confidence=0.65, speech=True, channel="communiqué")
# "according to Foreign Minister Jane Roe": a named person as the source (as "selon X" in French)
_add("statement.according_to_person", "statement_issued",
     r"\baccording\s+to(?=\s+(?:(?:the\s+)?(?:[\w'’-]+,?\s+){1,6}?)?(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z]))",
     kind="noun", confidence=0.65, speech=True, named_source=True)
_add("statement.noun_interview", "statement_issued", r"\bin\s+an\s+interview\s+(?:with|on|to)\b", kind="noun", confidence=0.7, speech=True, channel="interview")

# meetings
# "any pressure will be met with resistance": the passive idiom is no meeting
_MET_WITH_IDIOM = r"(?!(?:(?<=\bbe\s)|(?<=\bbeen\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bget\s)|(?<=\bgot\s))met\s+with\b)"
_add("meeting.verb_meet", "meeting_held", _MET_WITH_IDIOM + verb("meet", "meets", "met", "meeting(?=\\s+(?:with|(?-i:[A-Z])))"), confidence=0.8, anchor=r"\b(?:meet|meets|met|meeting)")
# "After meeting Kurti in Brussels, Vucic said": a participial opener tells a past meeting
_add("meeting.after_meeting", "meeting_held", r"(?P<past>\b(?:after|since)\s+(?:meeting|talking\s+to|talking\s+with|holding\s+talks\s+with))(?=\s+(?:with\s+)?(?-i:[A-Z]))", confidence=0.8)
_add("meeting.verb_host", "meeting_held", reg("host", after=_PERSONISH), confidence=0.65)
_add("meeting.verb_receive", "meeting_held", reg("receiv", e=True, after=_PERSONISH), confidence=0.6)
_add("meeting.verb_hold_talks", "meeting_held",
     verb("hold", "holds", "held", "holding", after=r"\s+(?:[\w-]+\s+){0,3}?(?:(?:round|series|session)s?\s+of\s+(?:[\w-]+\s+)?)?(?:talks|meetings?|negotiations|consultations|discussions|a\s+summit|summit)"),
     confidence=0.8)
_add("meeting.verb_gather", "meeting_held",
     reg("gather", after=r"(?=\s+(?:again\s+)?(?:in|at|on|for)\b)") + "|" + reg("conven", e=True, after=r"(?=\s+(?:again\s+)?(?:in|at|on|for)\b)").replace("?P<", "?P<c_")
     + "|" + reg("reconven", e=True).replace("?P<", "?P<r_"),
     confidence=0.6, anchor=r"\b(?:gather|conven|reconven)")
_add("meeting.verb_sit_down", "meeting_held", verb("sit", "sits", "sat", "sitting", after=r"\s+down\s+with"), confidence=0.7)
_add("meeting.verb_negotiate", "meeting_held", reg("negotiat", e=True, after=r"(?=\s+(?:with|in|on)\b)"), confidence=0.55)
# "resume the dialogue": talks resuming (the dialogue alone is a process, not an occurrence)
_add("meeting.noun_dialogue_resumed", "meeting_held",
     r"(?:" + "|".join(rf"(?<=\b{v}\s)" + rf"|(?<=\b{v}\sthe\s)" for v in ("resume", "resumes", "resumed", "relaunch", "relaunched")) + r")dialogue\b",
     kind="noun", confidence=0.55)
# who sits at the meeting just told: "Representing Chile at the talks is X", "Y will attend on
# behalf of Lima", "Attending for the United States were A, B and C", "the delegation comprises
# A and B", "the team is led by C" - its people join that meeting (see merging.merge_candidates)
_add("meeting.members", "meeting_held",
     r"\bRepresenting\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s+at\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|session|negotiations|summit|conference)\s+(?:is|was|are|were|will\s+be)\b"
     r"|\b(?:(?:is|are|was|were|will\s+be)\s+)?attending\s+on\s+behalf\s+of\b"
     r"|\bAttending\s+(?:on\s+behalf\s+of|for)\b[^.;]{0,60}?\b(?:is|was|are|were)\b"
     r"|\b(?:delegation|team)\s+(?:comprises|comprised|includes|included|consists\s+of|consisted\s+of|(?:is|was|will\s+be)\s+(?:led|headed)\s+by)\b",
     kind="members", modality="occurred", confidence=0.5, anchor=r"\b(?:represent|attend|delegation|team)")
_add("meeting.noun_talks", "meeting_held",
     r"\b(?:talks|negotiations|meetings?|summits?|consultations|discussions|rounds?\s+of\s+(?:talks|negotiations)|"
     r"tête-à-tête|video\s*conferences?|videoconferences?|video\s+calls?|face-to-face|sessions?|"
     # "the next round will be held in Caracas": a round of talks when its determiner orders it
     # among others, never a round of strikes, sanctions or voting
     r"(?:(?<=\bnext\s)|(?<=\bnew\s)|(?<=\bfresh\s)|(?<=\bfirst\s)|(?<=\bsecond\s)|(?<=\bthird\s)|(?<=\bfourth\s)|(?<=\bfifth\s)|(?<=\bprevious\s)|(?<=\blast\s)|(?<=\blatest\s)|(?<=\bfinal\s)|(?<=\banother\s))rounds?(?!\s+of\s+(?!talks|negotiations|consultations|discussions))"
     r"(?!\s+(?:of\s+)?(?:sanctions|strikes|attacks|shelling|fighting|voting|elections?|tariffs|exchanges?|prisoner))"
     r")\b"
     # "the meeting's participants": the noun owns something, its clause tells of that
     r"(?!['’]s\b)", kind="noun", confidence=0.6)

# phone calls
_add("phone.noun_call", "phone_call",
     r"\b(?:(?:tele)?phone\s+(?:call|conversation|talks?)s?|calls?\s+with)\b", kind="noun", confidence=0.8)
_add("phone.verb_speak_by_phone", "phone_call",
     verb("(?:speak|talk)", "(?:speaks|talks)", "(?:spoke|talked)", "(?:speaking|talking)", part="(?:spoken|talked)",
          after=r"(?=[^.;]{0,60}\b(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\b)"), confidence=0.85)
# "After speaking by phone with Aliyev, Pashinyan said": a participial opener tells a past call
_add("phone.after_speaking", "phone_call",
     r"(?P<past>\b(?:after|since)\s+(?:speaking|talking)(?=[^.;]{0,60}\b(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\b))", confidence=0.8)
_add("phone.verb_phone", "phone_call", r"(?P<past>\b(?:(?:has|have|had)\s+)?(?:tele)?phoned)\b|(?P<pres>\b(?:(?:tele)?phones|(?:is|are|was|were)\s+(?:tele)?phoning))\b", confidence=0.8)
_add("phone.verb_call", "phone_call", reg("call", after=r"(?=\s+(?:(?-i:[A-Z][a-z])|his\s+\w+\s+counterpart|his\s+counterpart|her\s+counterpart|the\s+(?:Russian|Ukrainian|U\.?S\.?|American|French|Turkish)\s+(?:president|leader)))(?!\s+(?:for|on)\b)"), confidence=0.6)

# visits
_add("visit.verb_arrive", "visit", reg("arriv", e=True, after=r"(?=\s+(?:in|at|on)\s)"), confidence=0.65)
_add("visit.verb_visit", "visit", reg("visit", after=r"(?=\s+(?-i:[A-Z]))"), confidence=0.65)
# "negotiators are due back in Cairo on Sunday": an announced trip
_add("visit.due_in", "visit",
     r"\b(?:(?:is|are)\s+(?:due|expected)\s+(?:back\s+)?in|(?:is|are)\s+(?:heading|headed|en\s+route)\s+(?:back\s+)?to|will\s+be\s+in)\b(?=\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z]))",
     kind="verb_phrase", confidence=0.6, modality="planned")
_TO_PLACE = r"(?=\s+(?:back\s+|again\s+|on\s+\w+\s+)?(?:to|into)\s)"
_add("visit.verb_travel", "visit", reg("travel", after=_TO_PLACE) + "|" + reg("travel", double="l", after=_TO_PLACE).replace("?P<", "?P<l_") + "|" + verb("fly", "flies", "flew", "flying", part="flown", after=_TO_PLACE).replace("?P<", "?P<f_"), confidence=0.6, anchor=r"\b(?:travel|fl(?:y|ie|ew|own))")
# "left for Doha", "departed for Cairo on Sunday", "will set off for Kyiv": a trip
_FOR_PLACE = r"(?=\s+(?:[\w-]+\s+){0,2}?for\s+(?-i:[A-Z]))"
_add("visit.verb_depart", "visit",
     verb("leave", "leaves", "left", "leaving", after=_FOR_PLACE) + "|" + reg("depart", after=_FOR_PLACE).replace("?P<", "?P<d_")
     + "|" + verb(r"set\s+off", r"sets\s+off", r"set\s+off", r"setting\s+off", after=_FOR_PLACE).replace("?P<", "?P<s_"),
     confidence=0.6, anchor=r"\b(?:leav|left|depart|set)")
# "expected X to come to Washington to sign a deal": coming to a named place is a trip
_add("visit.verb_come", "visit", verb("come", "comes", "came", "coming", part="come", after=r"(?=\s+(?:back\s+)?to\s+(?:the\s+)?(?-i:[A-Z]))"), confidence=0.55)
_add("visit.noun_trip", "visit", r"\b(?:visit|trip|journey|tour)\s+to\b", kind="noun", confidence=0.6)

# reports
_add("report.verb_report", "report_to_leader", reg("report", after=r"\s+(?:back\s+)?to\s+(?=(?:the\s+)?(?:president|leader|(?-i:[A-Z])|him|her|them|Moscow|Kyiv|Kiev|Washington))"), confidence=0.85)
_add("report.verb_brief", "report_to_leader", reg("brief", after=r"(?=\s+(?:the\s+)?(?:President|president|leader|(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z])"
                                             # a leader named by surname alone: "brief Petro on the outcome"
                                             r"|(?-i:[A-Z][a-z]+)(?:\s+(?:on|about|over|after|later|shortly|in\s+person)\b|\s*[,.;])))"), confidence=0.75)
_add("report.verb_debrief", "report_to_leader", reg("debrief"), confidence=0.7)

# proposals
_add("proposal.verb_present", "proposal_presented",
     # "Hamas' proposed amendments", "the revised plan": a participle before its noun is no act
     r"(?<!['’]s\s)(?<!['’]\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
     r"\b(?:(?:has|have|had|was|were)\s+)?(?:presented|submitted|handed\s+over|handed|delivered|unveiled|drafted|amended|revised|tabled|put\s+forward|sent|proposed|offered|reworked|modified)\b(?=\s+(?:\w+\s+){0,2}?(?:with\s+)?(?:a|an|the|its|their|his|her|our|own|new|updated)\b[^.;]{0,45}\b" + _PROPOSAL_N + r")"
     r"|\b" + _PROPOSAL_N + r"\b[^.;]{0,60}?\b(?:presented|submitted|handed\s+over|drafted|amended|revised|modified|reworked|put\s+forward|unveiled)\s+(?:by|to)\b",
     kind="verb_phrase", confidence=0.7, anchor=r"\b(?:presented|submitted|handed|delivered|unveiled|drafted|amended|revised|tabled|put\s+forward|sent|proposed|offered|reworked|modified)")
# "announced last week a three-phase roadmap", "unveiled on Monday a plan": announcing a plan presents it
_add("proposal.verb_announce_plan", "proposal_presented",
     r"\b(?:(?:has|have|had)\s+)?(?:announced|unveiled|launched)\s+(?:(?:last\s+(?:week|month)|on\s+\w+day|\w+day|earlier\s+this\s+(?:week|month))\s+)?"
     r"(?=(?:a|an|his|her|its|their|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:roadmap|road\s+map|plan|proposal|initiative|framework|blueprint|draft\s+(?:deal|agreement))\b)",
     kind="verb_phrase", confidence=0.9, anchor=r"\b(?:announced|unveiled|launched)")
# "said she had received a paper with the Chinese offers": a proposal told by its addressee
_add("proposal.verb_receive", "proposal_presented",
     r"\b(?:(?:has|have|had)\s+)?(?:received|receives)\s+(?=(?:a|an|the|their|its|a\s+new|the\s+new)\s+(?:[\w-]+\s+){0,2}?(?:document|plan|proposal|proposals|draft|text|letter|offer|counter-?proposal|counter-?offer|framework|roadmap|term\s+sheet)\b)",
     kind="verb_phrase", confidence=0.6, anchor=r"\breceiv")
# "by proposing to lift the quotas", "offering to host": the gerund proposes too
_add("proposal.gerund_propose", "proposal_presented", r"\bby\s+(?:proposing|offering)\s+(?:to\s+|a\s+|an\s+|the\s+)", kind="verb_phrase", confidence=0.65, anchor=r"\b(?:proposing|offering)")
# "made a counter-offer", "floated a compromise": a support verb and a proposal noun
_add("proposal.verb_make", "proposal_presented",
     r"\b(?:(?:has|have|had)\s+)?(?:made|floated|laid\s+out|outlined|circulated)\s+(?:a|an|its|their|his|her|the|a\s+new|its\s+own)\s+(?:[\w-]+\s+){0,2}?(?:proposal|offer|counter-?offer|counter-?proposal|compromise|plan|framework|roadmap|blueprint)\b",
     kind="verb_phrase", confidence=0.65, anchor=r"\b(?:made|floated|laid|outlined|circulated)")
# "proposed a three-phase deal", "proposes a truce": whatever is proposed is a proposal
_add("proposal.verb_propose", "proposal_presented",
     reg("propos", e=True, after=r"(?=\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?:a|an|its|their|his|her|that)\b"
         # "proposed short ceasefires of 24 hours", "proposed creating working groups": what is proposed, bare
         r"|\s+(?:[\w-]+\s+){0,2}?(?:cease-?fires|truces|pauses|exchanges|swaps|working\s+groups)\b"
         r"|\s+(?:creating|establishing|setting\s+up|holding|launching|forming|exchanging|swapping)\b)"
         r"(?!\s+(?:that|a|an)\s+(?:day|week|month|year)\b)"),
     confidence=0.6, anchor=r"\bpropos")
_PROPOSAL_AHEAD = r"(?=\s+(?:\w+\s+){0,2}?(?:a|an|the|its|their|his|her|our|own|new|updated)\b[^.;]{0,45}\b" + _PROPOSAL_N + r")"
_add("proposal.verb_present_tensed", "proposal_presented",
     reg("present", after=_PROPOSAL_AHEAD) + "|" + reg("submit", double="t", after=_PROPOSAL_AHEAD).replace("?P<", "?P<s_")
     + "|" + verb("hand", "hands", "handed", "handing", after=r"\s+over" + _PROPOSAL_AHEAD).replace("?P<", "?P<h_")
     + "|" + reg("deliver", after=_PROPOSAL_AHEAD).replace("?P<", "?P<d_"),
     confidence=0.65, anchor=r"\b(?:present|submit|hand|deliver)")
# a demand is a proposal of the side that makes it ("Russia demanded a halt to ...")
_add("proposal.verb_demand", "proposal_presented",
     r"(?P<past>\b(?:(?:has|have|had)\s+)?demanded)\b|(?P<pres>\b(?:is|are|was|were)\s+demanding)\b|(?P<d_pres>\bdemands\b(?=\s+(?:that|a|an|the)\b))",
     confidence=0.6)
# a condition restated is the demand of the side that restates it ("Kyiv reiterated that a full
# withdrawal remained a precondition"); the saying is part of the phrase
_add("proposal.condition_restated", "proposal_presented",
     r"\b(?:(?:has|have|had)\s+)?(?:reiterated|reaffirmed|repeated|restated|insisted|stressed)(?=\s+(?:\w+\s+){0,2}?(?:that\s+)?[^.;\"“”]{0,100}?\b(?:remains|remained|is|was|are|were)\s+(?:still\s+)?(?:a|an|the|its|their|one\s+of\s+its)\s+(?:[\w-]+\s+)?(?:pre-?conditions?|conditions?|demands?|prerequisites?)\b)",
     kind="verb_phrase", confidence=0.9, anchor=r"\b(?:reiterated|reaffirmed|repeated|restated|insisted|stressed)")
_add("proposal.verb_present_future", "proposal_presented",
     r"\b(?:will|would|(?:is|are)\s+(?:expected|due|set|going)\s+to|plans?\s+to)\s+(?:present|submit|hand\s+over|deliver|unveil|table|send)\b(?=[^.;]{0,50}\b" + _PROPOSAL_N + r")",
     kind="verb_phrase", confidence=0.65, modality="planned")
_add("rejection.verb_reject", "proposal_rejected",
     reg("reject") + "|" + reg("dismiss").replace("?P<", "?P<d_")
     + "|" + reg("refus", e=True, after=r"(?!\s+to\s+(?:meet|attend|travel|take\s+part))").replace("?P<", "?P<r_")
     + "|" + verb("turn", "turns", "turned", "turning", after=r"\s+down").replace("?P<", "?P<t_")
     + "|" + reg("rebuff").replace("?P<", "?P<b_") + "|" + reg("spurn").replace("?P<", "?P<s_"),
     confidence=0.75, anchor=r"\b(?:reject|dismiss|refus|turn|rebuff|spurn)")
_add("rejection.adj_unacceptable", "proposal_rejected", r"\b(?:unacceptable|non-starter|nonstarter|out\s+of\s+the\s+question|dead\s+on\s+arrival)\b", kind="noun", confidence=0.65)

# agreements
_add("agreement.noun_reached", "agreement_reached",
     r"\b(?:agreement|deal|accord|understanding|ceasefire|cease-fire|truce|compromise|(?:prisoner|prisoners)\s+(?:exchange|swap))s?\b(?:\s+\w+){0,3}?\s+(?:was|were|has\s+been|had\s+been)?\s*(?:reached|signed|struck|concluded|agreed|sealed|finalized|finalised|brokered)\b",
     kind="noun", confidence=0.75)
_add("agreement.verb_reach", "agreement_reached",
     verb("(?:reach|strike|sign|conclude|seal|broker|initial|ink|clinch|finali[sz]e|accept)", "(?:reaches|strikes|signs|concludes|seals|brokers|initials|inks|clinches|finali[sz]es|accepts)",
          "(?:reached|struck|signed|concluded|sealed|brokered|initial+ed|inked|clinched|finali[sz]ed|accepted)", "(?:reaching|striking|signing|concluding|sealing|brokering|initial+ing|inking|clinching|finali[sz]ing|accepting)",
          after=r"\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|understanding|ceasefire|cease-fire|truce|compromise|memorandum|treaty|declaration)"),
     confidence=0.8)
# a prisoner exchange carries out an agreement: "swapped 84 prisoners", "a prisoner exchange brokered by"
_CAPTIVES = r"(?:prisoners(?:\s+of\s+war)?|captives|POWs|bodies|detainees|hostages|soldiers|civilians)"
# (not the infinitive: "agreed to exchange 500 prisoners" is the agreement, told once)
_SWAP_AFTER = r"\s+(?:(?:some|about|nearly|more\s+than|over|around|hundreds\s+of|[\d,]+)\s+)*" + _CAPTIVES
_SWAP = verb("(?:swap|exchange)", "(?:swaps|exchanges)", "(?:swapped|exchanged)", "(?:swapping|exchanging)", after=_SWAP_AFTER)
_SWAP_INF = r"|(?P<inf>\b(?:swap|exchange)" + _SWAP_AFTER + ")"
assert _SWAP_INF in _SWAP
_add("agreement.verb_swap", "agreement_reached", _SWAP.replace(_SWAP_INF, ""), confidence=0.75, anchor=r"\b(?:swap|exchang)")
_add("agreement.noun_exchange", "agreement_reached",
     r"\b(?:(?:prisoner|POW|captive)s?\s+(?:exchange|swap)s?|(?:exchange|swap|release)s?\s+of\s+(?:(?:some|about|nearly|more\s+than|over|around|[\d,]+)\s+)*" + _CAPTIVES + r")\b",
     kind="noun", confidence=0.65)
_add("agreement.verb_agree", "agreement_reached", reg("agre", e=True, after=r"(?!\s+to\s+(?:meet|hold|resume|travel|talk))(?=\s+(?:to|on|that)\b)"), confidence=0.75)

_P = lambda s: re.compile(s, FLAGS)  # noqa: E731 - a one-letter shorthand for the pattern table below

RULES = LanguageRules(
    lang="en",
    triggers=tuple(_TRIGGERS),
    abbreviations=frozenset("mr mrs ms dr gen lt col maj sgt sen rep gov st jr sr prof no vs etc inc corp co ltd jan feb mar apr aug sept sep oct nov dec".split()),
    clause_break=_P(
        r"\s*[;:()\[\]—–]\s*|\s*[\"“”]\s*"
        r"|\s*,?\s*\bwith\b(?=[^,.;]{0,60}\b(?:saying|adding|noting|telling)\b)"
        r"|\s*,?\s*\b(?:that|but|while|whereas|although|because|since\s+(?=\w+\s+\w+ed)|adding|saying|noting|stressing|warning|calling\s+it)\b"
        # a second predicate that looks ahead: "X met Y on Tuesday and will travel to Z"
        r"|\s+and(?=\s+(?:will|is\s+(?:due|set|expected|scheduled)\s+to|plans?\s+to)\b)"
        # an inverted saying closing the sentence: "..., said a spokesperson for the ministry."
        r"|\s*,\s*(?=(?:said|says|added|adds|noted|notes|stressed|explained)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:spokes(?:man|woman|person)|officials?|ministry|ministers?|office|department|aide|adviser|advisor|diplomats?|envoy|embassy|presidency|government)\b"
        r"[^,.;\"“”]{0,60}[.!?](?:\s|$))"
    ),
    clause_cues=(
        ("denied", _P(r"\brul(?:ed|es|ing)\s+out\b|\bno\s+(?:plans?|meeting|talks|summit|negotiations)\b|\bnot\s+(?:be\s+)?(?:held|planned|scheduled)\b|\bdid\s+not\s+take\s+place\b|\bdidn't\s+take\s+place\b|\bwill\s+not\s+take\s+place\b|\bcancel+ed\b|\bcalled\s+off\b|\bpostponed\b|\b(?:refused|declined)\s+to\s+(?:meet|attend|hold)\b")),
        ("possible", _P(r"\bcould\b|\bmight\b|\bmay\b|\bpossibility\b|\bpossible\b|\bpossibly\b|\bpotential\b|\bfloated\b|\braised\s+the\s+prospect\b|\bprospect\s+of\b|\bopen\s+to\b|\bnot\s+ruled\s+out\b|\blikely\b|\bproposed\s+(?:a|an|holding|to)\b|\bsuggested\b|\boffered\s+to\b")),
        ("planned", _P(r"\bwill\b|['’]ll\b|\bshall\b|\bwould\b|\bexpected\b|\bscheduled\b|\bdue\s+(?:to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|significant|growing|ongoing|major|continued|continuing|deep|wide|lack|gaps|differences|disagreements|security|health|technical|logistical|scheduling|political)\b)|in|at|for)\b|\bset\s+(?:to|for)\b|\bplanned\b|\bplans?\s+to\b|\bupcoming\b|\bnext\b|\blater\s+this\b|\bto\s+be\s+held\b|\b(?:is|are)\s+to\b|\bslated\b|\bannounced\b|\bagreed\s+to\s+(?:meet|hold|resume)\b|\b(?:resume|restart|reopen)\b|\bgoing\s+to\b|\bahead\s+of\b|\bforthcoming\b")),
        ("past", _P(r"\btook\s+place\b|\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+held\b|\bheld\b|\bconcluded\b|\bended\b|\bwrapped\s+up\b|\bhad\s+(?:\w+\s+)?(?:talks|meetings?)\b|\blast\b|\bprevious\b|\bearlier\b|\bafter\b|\bfollowing\b|\bduring\b|\byesterday\b|\binvolving\b|\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?!(?:paused|suspended|stalled|frozen|halted|deadlocked|interrupted)\b)\w+(?:ed|en|un|ught|ld)\b|\bfocused\s+on\b|\bcentred\s+on\b|\bcentered\s+on\b|\bparticipated\b|\btook\s+part\b|\battended\b|\blasted\b"
                    # a simple past that opens or runs talks: "hosted talks", "talks resumed in Doha"
                    r"|\b(?:hosted|resumed|began|opened|convened|chaired|staged|continued|kicked\s+off|got\s+under\s*way|carried\s+out|conducted|completed)\b")),
    ),
    attached_before=(
        ("past", _P(r"\b(?:after|following|during|at\s+the\s+end\s+of|on\s+the\s+sidelines\s+of|since|at|in\s+the\s+course\s+of)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+|these\s+|those\s+|this\s+|that\s+|a\s+|an\s+|last\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,2}$")),
        ("past", _P(r"\b(?:last|previous|recent|earlier|latest)\s+(?:[\w-]+\s+)?$")),
        ("planned", _P(r"\b(?:next|upcoming|future|planned|scheduled|forthcoming)\s+(?:round\s+of\s+|[\w-]+\s+)?$")),
        # "directed Y to dispatch an envoy for talks with Z": a mission still to be sent
        ("planned", _P(r"\b(?:to|will|would|shall)\s+(?:send|dispatch)\s+(?:[\w-]+\s+){0,4}?for\s+(?:new\s+|further\s+|direct\s+)?$")),
        ("ahead", _P(r"\b(?:ahead\s+of|before|in\s+preparation\s+for)(?:\s+(?:the|his|her|their|its|a|an))?\s+(?:round\s+of\s+|[\w-]+\s+)?$")),
        ("new", _P(r"\b(?:new|another|fresh)\s+(?:round\s+of\s+|[\w-]+\s+)?$")),
        ("possible", _P(r"\b(?:possible|potential|proposed|prospective|eventual)\s+(?:[\w-]+\s+)?$")),
        # "ready for a trilateral meeting", "open to talks": a meeting one side would accept
        ("possible", _P(r"\b(?:ready|prepared|willing|open)\s+(?:for|to)\s+(?:a\s+|an\s+|the\s+|new\s+|direct\s+)*(?:[\w-]+\s+)?$")),
        ("denied", _P(r"\bno\s+(?:[\w-]+\s+)?$|\b(?:rul\w*|count\w*)\s+out\s+(?:any|a)\s+(?:[\w-]+\s+)?$")),
        # a trip told through its support verb: "paid a two-day visit", "is on a tour of"
        ("past", _P(r"\b(?:made|paid|completed|concluded|ended|wrapped\s+up|cut\s+short|began|started|kicked\s+off|(?:is|are|was|were)\s+(?:on|making|paying))\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}$")),
    ),
    attached_after=(
        ("past", _P(r"^(?:\s+[\w.-]+){0,3}?\s+(?:held|hosted|that\s+(?:took\s+place|ended|were\s+held|was\s+held)|which\s+(?:took\s+place|ended|were\s+held|was\s+held)|took\s+place|ended|concluded|wrapped\s+up|were\s+held|was\s+held|lasted)\b")),
        ("planned", _P(r"^(?:\s+[\w.-]+){0,3}?\s+(?:scheduled|planned|expected|set\s+for|due(?!\s+to\s+(?:the|a|an|its|their|his|her|this|that|significant|growing|ongoing|major|continued|deep|wide|lack|gaps|differences|disagreements|security|health|technical|logistical|scheduling|political)\b)|will|would|are\s+to|is\s+to)\b")),
        ("possible", _P(r"^(?:\s+[\w.-]+){0,3}?\s+(?:could|might|may)\b")),
        ("denied", _P(r"^(?:\s+[\w.-]+){0,3}?\s+(?:was|were|has\s+been|have\s+been)\s+(?:cancel+ed|called\s+off|postponed)\b|^(?:\s+[\w.-]+){0,3}?\s+(?:did\s+not|didn't|will\s+not|won't)\s+take\s+place\b")),
    ),
    infinitive_left=(
        ("denied", _P(r"(?:\b(?:did|does|do|will|would|could|can|should)\s*(?:not|n't)|\b(?:is|are|was|were)\s*(?:not|n't)\s+(?:expected|due|scheduled|set|planning|going)\s+to|\bwon't|\bcan't|\bnever|\b(?:refused|refuses|declined|declines|failed|fails|fail)\s+to|\bno\s+(?:plans?|intention|desire)\s+to|\brul(?:ed|es)\s+out)\s+(?:\w+\s+)?$")),
        ("possible", _P(r"\b(?:could|might|may|can|proposed\s+to|suggested|offered\s+to|ready\s+to|willing\s+to|open\s+to|hopes?\s+to|hoped\s+to|wants?\s+to|wanted\s+to|would\s+like\s+to|likely\s+to|possible\s+to)\s+(?:\w+\s+)?$")),
        ("planned", _P(r"(?:\b(?:will|shall|would|must)|['’]ll|\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|due|set|scheduled|slated|going|poised|planning|preparing|about)\s+to|\b(?:is|are|was|were)\s+to|\bplans?\s+to|\bplanned\s+to|\bintends?\s+to|\bintended\s+to|\bagreed\s+to|\bagree\s+to|\bdecided\s+to|\bpromised\s+to|\bvowed\s+to|\bneeds?\s+to|\bhas\s+to|\bhave\s+to)\s+(?:\w+\s+)?$")),
        ("purpose", _P(r"\b(?:to|in\s+order\s+to|so\s+as\s+to)\s+$")),
    ),
    negation=_P(r"\bnot\b|n't\b|\bnever\b"),
    phone_cue=_P(r"\b(?:tele)?phone\b|\bby\s+phone\b|\bcall\b"),
    possessor_before=_P(
        r"\b(?:envoy|adviser|advisor|aide|son-in-law|spokesman|spokeswoman|spokesperson|representative|ally|counterpart|"
        r"negotiator|emissary|chief\s+of\s+staff|deputy|team|administration|government|secretary|assistant|confidant)s?"
        r"\s+(?:to|of|for)\s+(?:the\s+)?(?:(?:president|prime\s+minister|leader|minister|secretary\s+of\s+state)(?:\s+(?:of\s+)?\w+)?\s+)?$"
    ),
    possessor_after=_P(
        r"^['’]s?\s+(?:(?:special|chief|top|senior|personal|main|lead|foreign|former|peace|new|longtime|trusted|political|military|diplomatic|security|economic|media|legal|national\s+security)\s+)*"
        r"(?:envoy|adviser|advisor|aide|son-in-law|spokesman|spokeswoman|spokesperson|representative|ally|allies|counterpart|"
        r"negotiator|emissary|chief|deputy|team|administration|government|secretary|assistant|minister|press\s+secretary|"
        r"national\s+security\s+adviser|confidant)\b"
    ),
    attribution_before=_P(r"\b(?:according\s+to|cited\s+by|quoted\s+by|reported\s+by|sources?\s+close\s+to)\s+(?:the\s+)?$"),
    pronoun_subject=_P(
        r"\b(?:he|she|we|I)\b|\bthe\s+(?:official|envoy|diplomat|minister|negotiator|spokesman|spokeswoman|spokesperson|"
        r"adviser|advisor|aide|businessman|special\s+envoy|former\s+\w+)\b"
        # "..., his office said": the leader just named speaks through his office
        r"|\b(?:his|her)\s+office\b"
    ),
    agent_marker=_P(r"\bby\s+(?:\w+\s+){0,3}$"),
    recipient_marker=_P(r"\b(?:to|for)\s+(?:\w+\s+){0,2}$"),
    with_marker=_P(r"\b(?:with|between|involving|among|including|bringing\s+together)\s+(?:\w+\s+){0,4}$"),
    # "Fidan opened the session": who opens or chairs the talks hosts them
    host_verb=_P(r"\b(?:host|receiv|welcom|opened|chaired|presided\s+over)"),
    leader_title=_P(r"\b(?:president|prime\s+minister|leader|head\s+of\s+state|chancellor)\b"),
    other_before=_P(r"\b(?:another|separate|second|third|parallel|other|different|new)\s+(?:round\s+of\s+|set\s+of\s+|series\s+of\s+)?(?:[\w-]+\s+)?$"),
    quote=_P(r"[\"“]([^\"“”]{2,400}?)[\"”]|«\s*([^«»]{2,400}?)\s*»"),
    stance_cues=(
        ("sceptical", _P(r"\bsceptic\w*|\bskeptic\w*|\bcautious\w*|\bdoubt\w*|\bwary\b|\bguarded\b")),
        ("negative", _P(r"\bunacceptable\b|\breject\w*|\brefus\w*|\bdenounc\w*|\bcondemn\w*|\bhostile\b|\bprovocat\w*|\bdeadlock\w*|\bimpasse\b|\bfail\w*")),
        ("positive", _P(r"\bconstructive\b|\bproductive\b|\bpositive\b|\buseful\b|\bfruitful\b|\bprogress\b|\bencouraging\b|\bsubstantive\b|\bgood\s+(?:talks|meeting|conversation)\b|\bwelcom\w*")),
    ),
    channel_cues=(
        ("X", _P(r"\bon\s+(?:the\s+social\s+(?:media\s+)?(?:network|platform)\s+)?(?:X|Twitter)\b")),
        ("Telegram", _P(r"\bTelegram\b")),
        ("Truth Social", _P(r"\bTruth\s+Social\b")),
        ("interview", _P(r"\binterview\b")),
        ("communiqué", _P(r"\bstatement\b|\bcommuniqu[ée]\b")),
        ("press conference", _P(r"\bpress\s+conference\b|\bbriefing\b|\btold\s+reporters\b")),
        ("television", _P(r"\btelevision\b|\bTV\b")),
    ),
    topic_cues=(
        ("security guarantees", _P(r"\bsecurity\s+guarantees?\b")),
        ("territory", _P(r"\bterritor\w+|\bDonbas+\b|\bCrimea\b|\bfront\s*line\b|\bborders?\b|\boccupied\s+regions?\b")),
        ("ceasefire", _P(r"\bcease-?fire\b|\btruce\b|\barmistice\b")),
        ("prisoner exchange", _P(r"\bprisoners?\s+(?:exchange|swap)s?\b|\bprisoners\s+of\s+war\b|\bPOWs?\b|\bexchange\s+(?:of\s+)?\d[\d,]*\s+prisoners\b")),
        ("sanctions", _P(r"\bsanctions?\b")),
        ("reconstruction", _P(r"\breconstruction\b|\brebuild\w*")),
        ("peace plan", _P(r"\bpeace\s+(?:plan|framework|deal|proposal|process|settlement)\b|\b\d+-point\s+plan\b")),
        ("energy", _P(r"\bnuclear\b|\bZaporizhzhia\b|\benergy\b|\bgas\b")),
    ),
    mediator_before=_P(r"\b(?:mediated|brokered|facilitated)\s+by\s+(?:the\s+)?$|\bmediation\s+(?:of|by)\s+(?:the\s+)?$|\bunder\s+the\s+auspices\s+of\s+(?:the\s+)?$|\bwith\s+(?:the\s+)?mediation\s+of\s+(?:the\s+)?$|\bin\s+the\s+presence\s+of\s+(?:the\s+)?$|\bwitnessed\s+by\s+(?:the\s+)?$"),
    group_reference=_P(r"\b(?:the\s+two\s+(?:leaders|presidents|men|sides|parties|delegations|countries|ministers|negotiators|teams)|both\s+(?:sides|leaders|men|delegations|countries|governments|parties)|the\s+delegations|they|each\s+other|one\s+another)\b"),
    plural_pronoun=_P(r"\bthey\b"),
    topic_before=_P(r"\b(?:focused|focusing|centred|centered|concentrated)\s+on\s+(?:the\s+|a\s+|an\s+)?$|\b(?:dedicated|devoted)\s+to\s+(?:the\s+|a\s+|an\s+)?$|\b(?:on|about|over|regarding|concerning)\s+(?:the\s+|a\s+|an\s+)$"
                     # "brief Petro on the outcome of the round": what is reported, not a meeting
                     r"|\b(?:outcome|results?|content|substance|conclusions)\s+of\s+(?:the\s+|their\s+|its\s+|a\s+)?$"),
    possessive_before=_P(r"\btheir\s+(?:\w+\s+)?$"),
    purpose_noun_before=_P(r"\bfor\s+(?:a|an|the|another|their|its|his|her)\s+(?:[\w-]+\s+){0,3}$"),
    purpose_after=_P(r"\bto\s+(?:meet|discuss|negotiate|present|deliver|hand|finali[sz]e|sign|attend|hold|continue|join|take\s+part|resume|restart|reopen|start|begin|open|launch|participate)\b"
                     r"|\bfor\s+(?:(?:a|an|the|new|fresh|further|another)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations|meetings?)\s+with\b"),
    support_verb=_P(r"\b(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching|carried\s+out|carry\s+out|completed|staged|offered|offers|offer|held|hold|holds|holding|had|have|has|having|conducted|conduct|began|begin|begun|resumed|resume|resumes|concluded|ended|wrapped\s+up|opened|attended|attend|joined|led|lead|leads|proposed|propose|floated|announced|ruled\s+out|planned|scheduled|agreed|plans?|wants?|hopes?|seeks?|seeking|sought|ready\s+for|host|hosts|hosted|hosting|convened|due\s+(?:in|at))\b"),
    # "has negotiated with X for years", "has hosted the office since 2012": a state, not a round
    ongoing=_P(r"\bfor\s+(?:(?:several|many|a\s+few|some|more\s+than\s+\w+|nearly\s+\w+|almost\s+\w+|over\s+\w+|\w+)\s+)?(?:months|years|decades)\b"
               r"|\bsince\s+(?:19|20)\d\d\b|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|conflict|fighting)\b"),
    # "a meeting of ASEAN foreign ministers", "a session of the foreign ministers of the African Union"
    members_of=_P(r"\s+of\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:ministers|leaders|heads\s+of\s+(?:state|government)|envoys|representatives|delegates|members|negotiators|member\s+states)\s+of\s+(?:the\s+)?)?"),
    # "..., said X after the meeting", "..., said X in a statement on Tuesday"
    inverted_adjunct=_P(r"(?:after|before|during|following|ahead\s+of|at|on|in|while|when|late|earlier|yesterday|today|tonight"
                        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    not_event_date=_P(r"\b(?:until|till|by|before)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-)?$|\bsince\b[^.;,]{0,50}$"),
    demonyms={"Russian": "RU", "Ukrainian": "UA", "American": "US", "U\\.S\\.": "US", "US": "US", "Turkish": "TR", "European": "EU", "French": "FR", "German": "DE", "British": "GB", "Emirati": "AE", "Saudi": "SA", "Qatari": "QA", "Israeli": "IL", "Egyptian": "EG", "Armenian": "AM", "Azerbaijani": "AZ"},
    location_blocker=_P(r"\bborder\s+(?:between|with)\s+(?:the\s+)?$|\b(?:territory|soil)\s+of\s+(?:the\s+)?$|\b(?:conflict|war|peace|crisis|invasion|offensive|attacks?|strikes?|fighting|situation|security|occupation|front)s?\s+(?:in|on|against)\s+(?:the\s+)?$"),
    pluperfect=_P(r"\bhad(?:n't)?\b(?!\s+to\b)"),
    after_meeting=_P(r"\b(?:afterwards?|after\s+(?:it|that)|later\s+that\s+day|told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference))\b"),
    joint_statement=_P(r"\bjoint\s+(?:statement|communiqu[ée]|declaration|readout)\b"),
    infinitive_chain=_P(r"\b(?:and|or)\s+(?:then\s+)?(?:to\s+)?$"),
    infinitive_marker=_P(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b"),
    possessive_single=_P(r"\b(?:his|her)\s+(?:\w+\s+)?$"),
    # "Israel agreed to include ...", "accepted the ceasefire": consent, two sides make it an agreement
    consent=_P(r"(?:(?:has|have|had)\s+)?(?:\w+\s+)?(?:agree[sd]?\s+to\s+(?!(?:the|a|an|this|that|these|those|their|its|his|her|our)\b)[a-z]+|accept(?:s|ed)?\b)"),
    after_talks=_P(r"\b(?:after|following)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?$"),
    modal_governs_attached=True,
    day_after_statements=True,
    relative_days=(
        (-1, _P(r"\b(?:(?:a|one)\s+day\s+(?:earlier|before)|the\s+(?:day|evening|night)\s+before|the\s+previous\s+(?:day|evening))\b(?!\s+(?:yesterday|the|his|her|their|its))")),
        (0, _P(r"\b(?:(?:on\s+)?the\s+same\s+day|that\s+same\s+day)\b(?!\s+(?:as|of|when)\b)")),
        (1, _P(r"\b(?:(?:a|one)\s+day\s+later|the\s+(?:next|following)\s+(?:day|morning|evening)|the\s+day\s+after)\b(?!\s+(?:tomorrow|the|his|her|their|its))")),
        (-1, _P(r"\b(?P<n>two|three|four|five|six|2|3|4|5|6)\s+days\s+(?:earlier|before)\b(?!\s+(?:the|his|her|their|its))")),
        (1, _P(r"\b(?P<n>two|three|four|five|six|2|3|4|5|6)\s+days\s+later\b")),
    ),
    summary_nouns=(
        (_P('\\bplans?\\b'), 'plan'),
        (_P('framework'), 'framework'),
        (_P('memorandum'), 'memorandum'),
        (_P('draft'), 'draft'),
        (_P('road\\s*map'), 'roadmap'),
        (_P('counter-?proposal'), 'counter-proposal'),
        (_P('\\bproposals?\\b'), 'proposal'),
        (_P('initiative'), 'initiative'),
        (_P('\\boffer'), 'offer'),
        (_P('\\bdemands?\\b'), 'demand'),
        (_P('blueprint'), 'blueprint'),
        (_P('\\btreaty'), 'treaty'),
        (_P('term\\s+sheet'), 'term sheet'),
        (_P('\\bdocument|\\btext\\b'), 'document'),
        (_P('\\bdeal\\b'), 'deal'),
        (_P('cease-?fire|\\btruce'), 'ceasefire'),
        (_P('withdrawal'), 'withdrawal'),
        (_P('moratorium'), 'moratorium'),
    ),
    summary_qualifiers=(
        (_P('\\bpeace\\b'), 'peace'),
        (_P('cease-?fire|truce'), 'ceasefire'),
        (_P('\\beconomic'), 'economic'),
    ),
    summary_points=_P(r"(\d+)[\s-]*(?:points?|-point)"),
    relative_tail=_P(',\\s*(?:who|whose|which|where|\\w+ing|speaking|having|after|during)\\b[^,]{0,120},\\s*$'),
    definite_before=_P('\\b(?:the)\\s*$'),
    relative_span=_P(',\\s*(?:who|whose|which|where)\\b[^,]{0,120},'),
    relative_cut=_P('(?<=\\w)\\s+(?:that|which)\\s*$'),
    relative_open=_P(",\\s*(?:who)\\s+(?:[\\w'’-]+\\s+){0,3}$|\\w\\s+(?:that|which)\\s+(?:[\\w'’-]+\\s+){0,2}$"),
    participial_opener=_P('[\\W_]*(?:after|before)\\s*'),
    coordination_gap=_P("\\s*(?:,\\s*)?(?:,|and|&|as\\s+well\\s+as)\\s*(?:(?:the|its|their|of|(?-i:[A-ZÀ-ÖØ-Þ][\\w'’.-]*)|prime|minister|president|foreign|chief|secretary|special|envoy|adviser|defence|defense|general"
                        # "X and his Rwandan counterpart, Y", "X and rebel commander Y"
                        "|,|his|her|counterpart|commander|leader|negotiator|rebel|army|lead|top)\\s*){0,7}"),
    predicate_join=_P('\\b(?:and|but|then)\\s+(?:\\w+\\s+)?$|\\b(?:but)\\b'),
    conjunction=_P('\\b(?:and|as\\s+well\\s+as)\\b|&'),
    attributive_cue=_P(r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bseems\s)(?<!\bremains\s)(?:possible|potential|prospective|eventual|likely)\s+(?!that\b|to\b|for\b|in\b|on\b|at\b|by\b|with\b)[a-z]"),
    indirect_question=_P(r"\bwhether\s+(?:[\w'’.-]+\s+){1,5}$"),
    unnamed_body=_P(r"\b(?:the|a|an)\s+(?:(?:spokes(?:man|woman|person)|official|press\s+officer)\s+(?:with|of|for|at)\s+the\s+)?(?:[a-z-]+\s+){0,2}?(?:ministry|ministries|department)\b"),
    genitive_owner=_P(r"['’]s?\s+(?:(?!(?:with|and|of|the|a|an)\b)[\w-]+\s+){0,3}"),
    office_of_pronoun=_P(r"\b(?:his|her)\s+office\b"),
    singular_pronoun=_P(r"^(?:he|she|his\s+office|her\s+office)$"),
    subordinate_opener=_P(r"[\W_]*(?:As|When|While|Once|Although|Though|Because|Whereas)\s"),
    receipt_trigger=_P(r"\breceiv"),
    recent_perfect=_P(r"\b(?:has|have)\b"),
    nested_saying_gap=_P(r"\s+(?:in\s+a\s+(?:written\s+|joint\s+)?statement\s+|on\s+\w+\s+)?that\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,3}?"),
    clock_stamp=_P(r"[ \t]*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|[A-Z]{2,4}))?\s*[-–—:]"),
    announced_before=_P(r"\b(?:announced|announces|unveiled|unveils|scheduled)\s+(?:(?:a|an|the|new|fresh|further|another|his|her|their)\s+)*(?:[\w-]+\s+)?$"),
    opinion_verb=_P(r"\b(?:believes?|believed|thinks?|thought|says?|said|argues?|argued|insists?|insisted|claims?|claimed|feels?|felt|considers?|considered|maintains?|maintained|suggests?|suggested)\s+(?:that\s+)?"),
    relative_segment=_P(',\\s*(?:who|which)\\b[^,]*,\\s*$'),
    relative_start=_P('\\s*,?\\s*(?:that|which)\\b\\s*'),
    relative_aside=_P(',\\s*(?:who|whose|which)\\b[^,.;]*,'),
    complementiser=_P('\\b(?:that)\\b'),
    source_of=_P('\\s*(?:of\\s+the|of|from\\s+the|from|by\\s+the|by)\\s*$'),
    passive=_P('\\b(?:was|were|been|being)\\b'),
    agent_after=_P('\\s+(?:for\\s+(?:nearly\\s+|about\\s+|almost\\s+|more\\s+than\\s+|over\\s+)?[\\w-]+\\s+(?:hours?|minutes?|days?)\\s+(?:on\\s+\\w+day\\s+|yesterday\\s+)?)?(?:by)\\b'),
    agent_end=_P('\\b(?:by)\\s*$'),
    mediator_coordination=_P('\\s*(?:,|and)\\s*(?:the\\s+)?'),
    mediation_after=_P("(?:['’]s)?\\s+(?:mediation|auspices|facilitation)\\b"),
    mediation_before=_P('\\b(?:under|with|through|amid)\\s+(?:the\\s+)?$'),
    mediated_suffix=_P('-(?:mediated|brokered)\\b'),
    agent_coordination=_P('\\b(?:by)\\s+[^.;]{0,40}\\b(?:and|,)\\s+(?:its\\s+|their\\s+)?$'),
    compound_join=_P('\\s*[-–/]\\s*|\\s+(?:and)\\s+'),
    # "Speaking to reporters on Friday, he said": the participle phrase of the saying itself
    front_lead=_P('[\\W_]*(?:(?:speaking|talking|writing|answering)\\s+(?:to|with|at|on|in)\\s+[\\w\'’.-]+(?:\\s+[\\w\'’.-]+){0,4}?\\s+)?(?:(?:on|then|and|but|later|earlier)\\s+)*'),
    ahead_modal=_P("\\b(?:will|won['’]t|would|expected|due|scheduled|set|going|planning)\\b(?:\\s+\\w+){0,3}\\s*$"),
    moved_to=_P('\\b(?:pushed\\s+back|postponed|moved|rescheduled|delayed|brought\\s+forward)\\s+(?:to|until|till)\\s*(?:the\\s+)?$'),
    setting_before=_P('\\b(?:on\\s+the\\s+sidelines\\s+of)\\s*(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,4}$'),
    object_ends=_P('[,;:]|\\b(?:and|but|while|after|before|following|during|when)\\b'),
    second_predicate=_P('\\b(?:and|then)\\s+(?:(?:also|later|then)\\s+)*$|\\b(?:to|in\\s+order\\s+to)\\s+$'),
    duration_lead=_P('(?:\\bfor|\\bover|during|passed|spent|lasted|ended|concluded|wrapped\\s+up|after|at\\s+the\\s+end\\s+of)\\s+(?:\\w+\\s+){0,2}$'),
    duration_tail=_P('^\\s+(?:of)\\s+(?:\\w+\\s+)?(?:talks|negotiations|meetings|discussions|consultations)'),
    lasted=_P('\\b(?:lasted|spent|passed|stretched\\s+over)\\s+(?:\\w+\\s+){0,2}$'),
    topic_gap=_P('\\b(?:to|on|about|over|aimed|calling|demanding|proposal|plan|ceasefire|truce|halt|pause)\\b'),
    stay_purpose=_P('[^.;:]{0,50}?\\b(?:to|in\\s+order\\s+to)\\s+'),
    started=_P('\\b(?:began|begun|started|opened|starting|beginning|from|kicked\\s+off)\\s+(?:\\w+\\s+){0,1}$'),
    bounding_verb=_P('\\b(?:ended|ending|ends|concluded|concluding|closed|wrapped\\s+up|finished|began|begun|beginning|started|starting|opened)\\s+(?:on\\s+)?$'),
    opening_verb=_P('(?!)'),
    sub_day=_P('hour|minute|\\bh\\b|night'),
    measure_adjective=_P('\\d-(?:day|week|month|year)'),
    duration_preposition=_P('(?:for|over|during)'),
    duration_of=_P('\\s*(?:of)?\\s*(?:[\\w-]+\\s+)?'),
    duration_of_after=_P('\\s*(?:of)?\\s*'),
    duration_of_inside=_P('(?!)'),
    proposal_object=_P("(?:[\\w-]+\\s+){0,2}\\b(?:counter-?proposal|treaty|cease-?fire|truce|withdrawal|moratorium|plan|memorandum|proposal|framework|draft|roadmap|initiative|document|offer|demand|ultimatum)s?\\b(?:\\s+(?:of|for|on)?\\s*[\\w'’-]+){0,4}"),
    proposal_object_end=_P('\\s+(?:modifi|amend|propos|by\\b|to\\b)'),
    amend_trigger=_P('modifi|amend|revis|rework'),
    handover_trigger=_P('hand|transmi|submit|deliver'),
    mentions=MENTION_WORDS,
    temporal=TEMPORAL_WORDS,
)
