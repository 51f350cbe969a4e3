"""German rules: trigger verbs and nouns with their morphology, modality cues, speech patterns.

German verbs come in pieces. In a main clause the finite verb stands second and a separable
particle closes the clause ("trifft ... zusammen", "schlug ... vor"); in a subordinate clause
the particle is glued to a verb that stands last ("..., dass er zusammentrifft", "vorschlug")
and the auxiliary follows the participle ("getroffen hat", "treffen wird"). :func:`verb`
writes one regex per verb with a named group per tense:

* ``past``: the simple past ("traf"), a participle ("getroffen", "zusammengetroffen") unless
  it is a passive infinitive ("unterzeichnet werden");
* ``pres``: finite present forms, Konjunktiv I included ("treffe", "sei");
* ``inf``: the infinitive at the end of its clause ("... treffen.", "zusammenzutreffen",
  "treffen werden"), whose modality comes from the modal verb on its left ("will", "soll",
  "wird") or in the clause ("..., dass sie sich treffen werden").

A separable verb in first or second position only counts when its particle closes the same
clause (a lookahead, so the trigger is the finite verb). Verb forms are matched in lower case
only: the noun "Treffen" and the verb "treffen" differ by their capital. Event nouns are
matched as the head of a compound ("Atomgespräche", "Gipfeltreffen", "Verhandlungsrunde").
"""

from __future__ import annotations

import re

from tracker.extract.lang.de.mentions import WORDS as MENTION_WORDS
from tracker.extract.lang.de.normalise import normalise
from tracker.extract.lang.de.temporal import WORDS as TEMPORAL_WORDS
from tracker.extract.rules import FLAGS, LanguageRules, TriggerTable

# --------------------------------------------------------------------------- morphology

#: What a main clause may hold between a finite verb and its particle: no sentence end and no
#: comma opening a subordinate clause.
_CLAUSE_GAP = r"(?:(?!,\s*(?:dass|ob|weil|wie|nachdem|während|wenn|als|wo|wonach|obwohl|um|damit)\b)[^.;:!?])"
#: Words that may close an infinitive's clause: modal and future auxiliaries, "zu haben".
_INF_END = (
    r"(?=\s*(?:(?:werden|wird|würden|würde|sollen|soll|sollte|sollten|wollen|will|wollte|wollten|können|kann|könnte|könnten|"
    r"müssen|muss|müsste|möchte|möchten|dürfen|dürfte|dürften|wolle|werde|solle|könne|lassen|zu\s+haben|haben|hätten|habe)\s*)*"
    r"(?:[.,;:!?\"“”„»«)]|\s+(?:und|oder|aber|sowie|sondern)\b|$))"
)

_TABLE = TriggerTable("de")
_ANCHORS = _TABLE.anchors


_AUX = r"(?-i:hat|haben|hatte|hatten|habe|hätte|hätten|ist|sind|war|waren|sei|seien|wäre|wären|wurde|wurden)"
_MODAL_FUT = r"(?-i:wird|werden|werde|will|wollen|wolle|wollte|wollten|soll|sollen|solle|sollte|sollten|plant|planen|möchte|möchten|würde|würden)"
_MODAL_CAN = r"(?-i:kann|können|könne|könnte|könnten|dürfte|dürften)"
#: Between an auxiliary in second position and the participle or infinitive closing its clause
#: (at most 60 characters: a rule runs in a window starting 70 characters before its verb).
_BRACKET_GAP = rf"\s+(?:sich\s+)?{_CLAUSE_GAP}{{0,60}}?"


def verb(pres: str, past: str, part: str, inf: str, particle: str = "", after: str = "", bare_inf: bool = True) -> str:
    """A regex with named tense groups for a German verb (forms are regex fragments).

    ``pres`` and ``past`` are the finite forms without their particle ("trifft|treffen",
    "traf|trafen"); ``part`` the participle and ``inf`` the infinitive, both with their
    particle ("zusammengetroffen", "zusammentreffen"); ``particle`` the separable particle
    ("zusammen"), required at the end of a main clause after a finite form and glued to it in
    a verb-final clause. ``after`` (a lookahead: an object, a preposition, a place) must follow
    a finite form or participle, or the auxiliary of a bracket; ``bare_inf`` False drops the
    infinitive without its auxiliary, which ``after`` cannot check.

    A main clause's auxiliary and the participle or infinitive that closes it are one trigger
    ("hat am Sonntag mit Trump telefoniert", "wird sich mit Rubio treffen"): the subject
    stands before the auxiliary and what the bracket holds are objects. The auxiliary names
    the tense: a perfect is ``past``, a future or a plan ``fut``, "kann"/"könnte" ``cond``;
    a negation inside the bracket denies.
    """
    a = after
    forms = [pres, past, part, inf]
    infinitive = rf"\b(?-i:{inf})\b"
    if particle:
        bracket = rf"(?={_CLAUSE_GAP}{{0,140}}?\b{particle}\b(?=\s*(?:[.,;:!?\"“”)]|$|\s+(?:und|oder|aber|sowie|sondern)\b)))"
        glued_pres = rf"\b(?-i:{particle}(?:{pres}))\b{a}"
        glued_past = rf"\b(?-i:{particle}(?:{past}))\b{a}"
        if inf.startswith(particle):
            infinitive = rf"(?:\b(?-i:{particle}zu{inf[len(particle):]})\b|{infinitive})"
        forms += [particle + pres.split("|")[0]]
        finite_past = rf"{glued_past}|\b(?-i:(?:{past}))\b{bracket}{a}"
        finite_pres = rf"{glued_pres}|\b(?-i:(?:{pres}))\b{bracket}{a}"
    else:
        infinitive = rf"\b(?:(?-i:zu)\s+)?(?-i:{inf})\b"
        finite_past = rf"\b(?-i:(?:{past}))\b{a}"
        finite_pres = rf"\b(?-i:(?:{pres}))\b{a}"
    participle = rf"\b(?-i:{part})\b"
    groups = [
        rf"(?P<fut>\b{_MODAL_FUT}{a}{_BRACKET_GAP}{infinitive}{_INF_END})",
        rf"(?P<cond>\b{_MODAL_CAN}{a}{_BRACKET_GAP}{infinitive}{_INF_END})",
        rf"(?P<pinf>{participle}(?=\s+(?:werden|worden\s+sein)\b){a})",
        rf"(?P<x_past>\b{_AUX}{a}{_BRACKET_GAP}{participle}(?!\s+(?:werden|worden\s+sein)\b))",
        rf"(?P<inf>{infinitive}{_INF_END})" if bare_inf else "",
        rf"(?P<past>{participle}{a}|{finite_past})",
        rf"(?P<pres>{finite_pres})",
    ]
    anchor = r"\b(?:" + "|".join(f for f in forms if f) + ")"
    out = "(?:" + "|".join(g for g in groups if g) + ")"
    _ANCHORS[out] = anchor
    return out


def weak(stem: str, particle: str = "", after: str = "", ge: bool = True) -> str:
    """A regular (weak) verb from its stem: "sag" -> sagt, sagte, gesagt, sagen; "teil"
    with particle "mit" -> teilt ... mit, mitteilte, mitgeteilt, mitteilen. ``ge`` False for
    verbs without the participle's ge- ("erklärt", "telefoniert")."""
    e = "e" if re.search(r"(?:t|d|chn|ffn|gn|dm|tm)$", stem) else ""
    pres = rf"{stem}{e}t|{stem}en|{stem}e|{stem}st|{stem}n" if stem.endswith(("el", "er")) else rf"{stem}{e}t|{stem}en|{stem}e|{stem}{e}st"
    past = rf"{stem}{e}te|{stem}{e}ten|{stem}{e}test"
    part = f"{particle}{'ge' if ge else ''}{stem}{e}t"
    inf = f"{particle}{stem}en" if not stem.endswith(("el", "er")) else f"{particle}{stem}n"
    return verb(pres, past, part, inf, particle=particle, after=after)


def _g(pattern: str, prefix: str) -> str:
    """Rename the tense groups of a pattern so several verbs can share one rule."""
    return pattern.replace("?P<", f"?P<{prefix}_")


# --------------------------------------------------------------------------- triggers

_TRIGGERS = _TABLE.rules


_add = _TABLE.add


#: A capital starting the next word (a name or noun object): "besuchte Kiew".
_CAPITAL_NEXT = r"(?=\s+(?:(?:am|an|in|im|auch|erneut|bereits|dann|zuvor)\s+)?(?:den\s+|die\s+|das\s+|dem\s+)?(?-i:[A-ZÄÖÜ]))"

_SPEECH = [
    ("say", weak("sag")),
    ("declare", weak("erklär", ge=False)),
    ("stress", weak("beton", ge=False)),
    ("reaffirm", weak("bekräftig", ge=False)),
    ("confirm", weak("bestätig", ge=False)),
    ("warn", weak("warn")),
    ("threaten", weak("droh")),
    ("criticise", weak("kritisier", ge=False)),
    ("praise", weak("lob")),
    ("welcome", weak("begrüß", ge=False)),
    ("assure", weak("versicher", ge=False)),
    ("express", weak("bekund", ge=False)),
    ("proclaim", weak("verkünd", ge=False)),
    ("claim", weak("behaupt", ge=False)),
    ("deny", weak("dementier", ge=False)),
    ("answer", weak("antwort")),
    ("emphasise", verb("unterstreicht|unterstreichen|unterstreiche", "unterstrich|unterstrichen", "unterstrichen", "unterstreichen")),
    ("write", verb("schreibt|schreiben|schreibe", "schrieb|schrieben", "geschrieben", "schreiben")),
    ("call", verb("nennt|nennen|nenne", "nannte|nannten", "genannt", "nennen")),
    ("describe", weak("bezeichn", ge=False, after=r"(?=[^.;]{0,80}\bals\b)")),
    ("dispute", verb("bestreitet|bestreiten|bestreite", "bestritt|bestritten", "bestritten", "bestreiten")),
    ("announce", weak("kündig", particle="an")),
    ("inform", weak("teil", particle="mit")),
    ("add", weak("füg", particle="hinzu")),
    ("make_known", verb("gibt|geben|gebe", "gab|gaben", "bekanntgegeben", "bekanntgeben", particle="bekannt")),
    ("admit", verb("räumt|räumen|räume", "räumte|räumten", "eingeräumt", "einräumen", particle="ein")),
    ("accuse", verb("wirft|werfen|werfe", "warf|warfen", "vorgeworfen", "vorwerfen", particle="vor")),
    ("appeal", verb("ruft|rufen|rufe", "rief|riefen", "aufgerufen", "aufrufen", particle="auf")),
    ("urge", weak("forder", particle="auf")),
    ("speak_of", verb("spricht|sprechen|spreche", "sprach|sprachen", "gesprochen", "sprechen", after=r"(?=\s+(?:\w+\s+){0,3}?(?:von|vom)\b)")),
    ("publish", weak("veröffentlich", ge=False)),
]
for _name, _pat in _SPEECH:
    _add(f"statement.verb_{_name}", "statement_issued", _pat, speech=True, confidence=0.75)
_add("statement.noun_statement", "statement_issued",
     r"\b(?:in|laut|nach)\s+(?:einer|einem|der|dem|ihrer|seiner|ihren|seinen|den)\s+(?:[\w-]+\s+)?(?:Erklärung|Mitteilung|Stellungnahme|Presseerklärung|Kommuniqué|Verlautbarung|Mitteilungen|Erklärungen)\b",
     kind="noun", confidence=0.7, speech=True, channel="communiqué")
_add("statement.noun_press", "statement_issued",
     r"\b(?:auf|bei|in)\s+(?:einer|der)\s+(?:gemeinsamen\s+)?Pressekonferenz\b", kind="noun", confidence=0.7, speech=True, channel="press conference")
_add("statement.noun_interview", "statement_issued", r"\bin\s+einem\s+Interview\b", kind="noun", confidence=0.7, speech=True, channel="interview")
# "gab eine Erklärung ab": a support verb and a statement noun
_add("statement.gave_statement", "statement_issued",
     r"(?P<past>\b(?-i:gab|gaben)\b(?=[^.;]{0,60}\b(?:Erklärung|Stellungnahme)\b[^.;]{0,30}\bab\b))|(?P<p_past>\b(?:Erklärung|Stellungnahme)\b(?=\s+(?:\w+\s+){0,3}?(?-i:abgegeben)\b))",
     speech=True, confidence=0.7, anchor=r"\b(?:gab|gaben|Erklärung|Stellungnahme)")
# "äußerte sich": reflexive verbs of saying
_add("statement.verb_express_oneself", "statement_issued",
     r"(?P<past>\b(?-i:äußerte|äußerten)\s+sich\b|\b(?-i:hat|haben|hatte|hatten)\s+sich\s+(?:\w+\s+){0,4}(?-i:geäußert)\b)|(?P<pres>\b(?-i:äußert|äußern)\s+sich\b)",
     speech=True, confidence=0.75, anchor=r"\b(?:äußer|geäußert)")

# meetings in person (a phone cue in the clause turns them into phone calls)
_add("meeting.verb_meet", "meeting_held",
     verb("trifft|treffen|trefft|treffe|triffst", "traf|trafen|trafst", "getroffen", "treffen",
          after=r"(?!\s+(?:eine|einen|die|eine?\s+\w+\s+)?(?:Entscheidung|Vereinbarung|Vorbereitungen|Maßnahmen|Absprache)\b)"
          # "traf ... ein" arrives, "traf ... zusammen" is the separable verb's own rule
          + _CLAUSE_GAP.join(["(?!", "{0,140}?\\b(?:ein|zusammen)\\b\\s*(?:[.,;:!?]|$))"])),
     confidence=0.8)
_add("meeting.verb_meet_up", "meeting_held",
     verb("trifft|treffen|treffe|kommt|kommen|komme|kam|kamen", "traf|trafen|kam|kamen", "zusammengetroffen|zusammengekommen", "zusammentreffen|zusammenkommen", particle="zusammen"),
     confidence=0.8, anchor=r"\b(?:trifft|treffen|treffe|kommt|kommen|komme|kam|kamen|traf|trafen|zusammen)")
_add("meeting.verb_receive", "meeting_held",
     verb("empfängt|empfangen|empfange", "empfing|empfingen", "empfangen", "empfangen", after=_CAPITAL_NEXT), confidence=0.65)
_add("meeting.verb_negotiate", "meeting_held",
     verb("verhandelt|verhandeln|verhandle", "verhandelte|verhandelten", "verhandelt", "verhandeln", after=r"(?=\s+(?:[\w-]+\s+){0,4}?(?:mit|über|in)\b)"),
     confidence=0.55)
_add("meeting.verb_confer", "meeting_held",
     verb("berät|beraten|berate", "beriet|berieten", "beraten", "beraten", after=r"(?=\s+(?:[\w.-]+\s+){0,6}?(?:mit|über)\b)"), confidence=0.6)
_add("meeting.verb_talk_with", "meeting_held",
     verb("spricht|sprechen|spreche", "sprach|sprachen", "gesprochen", "sprechen", after=r"(?=\s+(?:[\w.-]+\s+){0,12}?(?:mit|über)\s)(?![^.;]{0,60}\b(?:telefon|am\s+Telefon))"),
     confidence=0.6)
_add("meeting.verb_take_part", "meeting_held",
     verb("nimmt|nehmen|nehme", "nahm|nahmen", "teilgenommen", "teilnehmen", particle="teil"), confidence=0.6,
     anchor=r"\b(?:nimmt|nehmen|nehme|nahm|nahmen|teilgenommen|teilnehmen|teilnahm|teilzunehmen)")
_add("meeting.verb_take_place", "meeting_held",
     verb("findet|finden", "fand|fanden", "stattgefunden", "stattfinden", particle="statt"), confidence=0.6,
     anchor=r"\b(?:findet|finden|fand|fanden|stattgefunden|stattfinden|stattfand)")
_add("meeting.held_talks", "meeting_held",
     r"(?P<past>\b(?-i:führten|führte|geführt)\b(?=\s+(?:\w+\s+){0,4}?(?:Gespräche|Verhandlungen|Beratungen)\b))"
     r"|(?P<past2_past>\b(?:Gespräche|Verhandlungen|Beratungen)\b(?=\s+(?:[\w-]+\s+){0,6}?(?-i:geführt)\b))"
     r"|(?P<inf>\b(?:Gespräche|Verhandlungen)\s+(?:[\w-]+\s+){0,6}?(?-i:führen)\b(?!\s+(?-i:[a-zäöü]+en)\b))",
     confidence=0.75, anchor=r"\b(?:führ|geführt|Gespräche|Verhandlungen|Beratungen)")
_add("meeting.ended", "meeting_held",
     r"(?P<past>\b(?:zu\s+Ende\s+gegangen|zu\s+Ende\s+ging(?:en)?|endete|endeten|beendet)\b)",
     kind="verb", confidence=0.55)
_TALK_HEADS = (
    r"gespräch(?:e|en|s|es)?|verhandlung(?:en)?|verhandlungsrunde|runde|gipfel(?:treffen)?s?|treffen|"
    r"unterredung(?:en)?|beratungen|konsultationen|zusammenkunft|videokonferenz|videoschalte|tagung"
)
_add("meeting.noun_talks", "meeting_held",
     rf"\b(?=(?-i:[A-ZÄÖÜ]))(?!(?-i:Telefon|Telefonat|Gefangenen|Handy))[\w-]*?(?:{_TALK_HEADS})\b(?!\s+(?:mit\s+)?(?:Journalisten|Reportern|der\s+Presse))",
     kind="noun", confidence=0.6)

# phone calls
_add("phone.noun_call", "phone_call",
     r"\b(?:Telefonat(?:s|e|en)?|Telefongespräch(?:e|en|s)?|Telefonschalte|telefonische(?:s|n)?\s+Gespräch(?:e|en)?|Anruf(?:s|e)?)\b",
     kind="noun", confidence=0.85)
_add("phone.verb_phone", "phone_call", weak("telefonier", ge=False), confidence=0.85)
_add("phone.verb_call", "phone_call", verb("ruft|rufen|rufe", "rief|riefen", "angerufen", "anrufen", particle="an"), confidence=0.6,
     anchor=r"\b(?:ruft|rufen|rufe|rief|riefen|angerufen|anrufen|anrief)")
_add("phone.verb_speak_by_phone", "phone_call",
     verb("spricht|sprechen|spreche", "sprach|sprachen", "gesprochen", "sprechen", after=r"(?=[^.;]{0,70}\b(?:telefonisch|am\s+Telefon|per\s+Telefon)\b)", bare_inf=False),
     confidence=0.85)

# visits
_add("visit.verb_arrive", "visit",
     verb("trifft|treffen|treffe", "traf|trafen", "eingetroffen", "eintreffen", particle="ein"), confidence=0.7,
     anchor=r"\b(?:trifft|treffen|treffe|traf|trafen|eingetroffen|eintreffen|eintraf|eintrifft)")
_add("visit.verb_land", "visit", weak("land"), confidence=0.65)
_add("visit.verb_come", "visit",
     verb("kommt|kommen|komme", "kam|kamen", "angekommen", "ankommen", particle="an"), confidence=0.6,
     anchor=r"\b(?:kommt|kommen|komme|kam|kamen|angekommen|ankommen|ankam)")
_TO_PLACE = r"(?=\s+(?:[\w-]+\s+){0,4}?(?:nach|in\s+die|in\s+den|zu)\s+(?-i:[A-ZÄÖÜ]))"
_add("visit.verb_travel", "visit",
     weak("reis", after=_TO_PLACE) + "|" + _g(verb("fliegt|fliegen|fliege", "flog|flogen", "geflogen", "fliegen", after=_TO_PLACE), "f"),
     confidence=0.6, anchor=r"\b(?:reis|gereist|fl(?:ie|o)g|geflogen)")
_add("visit.verb_visit", "visit", weak("besuch", ge=False, after=_CAPITAL_NEXT), confidence=0.65)
_add("visit.verb_stay", "visit",
     verb("hält|halten|halte", "hielt|hielten", "aufgehalten", "aufhalten", particle="auf", after=r"(?<=\w)(?:\s+sich)?"),
     confidence=0.6, anchor=r"\b(?:hält|halten|halte|hielt|hielten|aufgehalten|aufhalten|aufhielt)")
_add("visit.verb_withdraw", "visit",
     verb("zieht|ziehen|ziehe", "zog|zogen", "abgezogen", "abziehen", particle="ab", after=r"(?=[^.;]{0,80}\bDelegation)")
     + "|" + _g(r"(?P<past>\bDelegation(?:en)?\b[^.;]{0,80}?\b(?-i:abgezogen|zurückbeordert|zurückgerufen)\b)", "w"),
     confidence=0.55, anchor=r"\b(?:zieht|ziehen|ziehe|zog|zogen|abgezogen|abziehen|abzog|zurückbeordert|zurückgerufen)")
_add("visit.noun_visit", "visit",
     r"\b(?:Besuch(?:s|es)?|Reise|Visite|Ankunft|Staatsbesuch(?:s|es)?|Arbeitsbesuch(?:s|es)?)\s+(?:[\w-]+\s+){0,2}?(?:in|nach|im|bei)\b(?=\s+(?:der\s+|dem\s+|den\s+)?(?-i:[A-ZÄÖÜ]))",
     kind="noun", confidence=0.6)
_add("visit.expected", "visit",
     r"\b(?:wird|werden)\s+(?:[\w-]+\s+){0,3}?(?:in|im)\s+(?-i:[A-ZÄÖÜ])[\w-]+\s+(?:[\w-]+\s+){0,2}?erwartet\b",
     kind="verb_phrase", confidence=0.6, modality="planned")

# reports to a principal
_LEADER_NEXT = r"(?=\s+(?:\w+\s+){0,2}?(?:de[nm]\s+(?:\w+\s+)?(?:Präsidenten|Staatschef|Kremlchef|Regierungschef|Präsident)|(?-i:[A-ZÄÖÜ])\w+\s+(?:über|von)\b|Putin|Trump|Selenskyj))"
_add("report.verb_report", "report_to_leader", weak("bericht", ge=False, after=_LEADER_NEXT), confidence=0.8)
_add("report.verb_brief", "report_to_leader",
     weak("unterricht", ge=False, after=_LEADER_NEXT) + "|" + _g(weak("informier", ge=False, after=_LEADER_NEXT), "i"),
     confidence=0.75, anchor=r"\b(?:unterricht|informier)")
_add("report.make_report", "report_to_leader",
     r"\bBericht\s+(?:\w+\s+)?(?P<inf>erstatten)\b|(?P<past>\b(?-i:erstattete|erstatteten)\b)(?=\s+(?:\w+\s+){0,4}?Bericht)",
     confidence=0.8, anchor=r"\berstatte")
# "zunächst nach Washington zurückkehren ... mit Präsident Trump sprechen": back to the principal
_add("report.back_to_principal", "report_to_leader",
     r"\b(?:zurückkehren|zurückzukehren|zurückreisen|zurückzureisen|zurückkehrt|zurückkehre)\b(?=[^.]{0,40}[.,][^.]{0,160}\bmit\s+(?:dem\s+)?(?:US-)?(?:Präsidenten|Präsident|Staatschef|Kremlchef)\b)",
     kind="verb_phrase", confidence=0.6, modality="planned")

# proposals
_PROPOSAL_N = (
    r"(?:[\w-]*(?:vorschlag|vorschläge|vorschlags|vorschlägen|plan|plans|plänen|pläne|entwurf|entwurfs|entwürfe|memorandum|angebot|angebots|"
    r"initiative|rahmenabkommen|forderung|forderungen|forderungskatalog|papier|dokument|fahrplan|waffenruhe|waffenstillstand|feuerpause))"
)
_add("proposal.verb_propose", "proposal_presented",
     verb("schlägt|schlagen|schlage", "schlug|schlugen", "vorgeschlagen", "vorschlagen", particle="vor"), confidence=0.7,
     anchor=r"\b(?:schlägt|schlagen|schlage|schlug|schlugen|vorgeschlagen|vorschlagen|vorschlug|vorzuschlagen|vorschlägt)")
_add("proposal.verb_present", "proposal_presented",
     verb("legt|legen|lege", "legte|legten", "vorgelegt", "vorlegen", particle="vor", after=r"(?=[^.;]{0,80}\b" + _PROPOSAL_N + r")")
     + "|" + _g(weak("unterbreit", ge=False), "u")
     + "|" + _g(weak("präsentier", ge=False, after=r"(?=[^.;]{0,60}\b" + _PROPOSAL_N + r")"), "p")
     + "|" + _g(verb("stellt|stellen|stelle", "stellte|stellten", "vorgestellt", "vorstellen", particle="vor", after=r"(?=[^.;]{0,80}\b" + _PROPOSAL_N + r")"), "s")
     + "|" + _g(verb("übermittelt|übermitteln|übermittle", "übermittelte|übermittelten", "übermittelt", "übermitteln", after=r"(?=[^.;]{0,60}\b" + _PROPOSAL_N + r")"), "m")
     + "|" + _g(verb("übergibt|übergeben|übergebe", "übergab|übergaben", "übergeben", "übergeben", after=r"(?=[^.;]{0,60}\b" + _PROPOSAL_N + r")"), "g"),
     confidence=0.7, anchor=r"\b(?:legt|legen|lege|legte|legten|vorgelegt|vorlegen|vorlegte|unterbreit|präsentier|stell|vorgestellt|vorstell|übermitt|übergeb|übergab)")
# the object fronted, the proposer inverted: "Diesen Plan hatte die EU-Außenbeauftragte ... vorgestellt"
_add("proposal.fronted_object", "proposal_presented",
     r"(?P<past>\b" + _PROPOSAL_N + r"\s+(?-i:hatte|hatten|hat|haben|hätte|hätten)\s+" + _CLAUSE_GAP + r"{0,80}?\b(?-i:vorgestellt|vorgelegt|präsentiert|unterbreitet|übermittelt|übergeben|vorgeschlagen)\b)",
     confidence=0.7, anchor=r"\b(?:hatte|hatten|hat|haben|hätte|hätten)\b")
_add("proposal.verb_demand", "proposal_presented",
     weak("forder", after=r"(?!\s+(?:\w+\s+){0,4}?auf\b)(?=\s+(?:\w+\s+){0,4}?(?:eine|einen|ein|die|den|das|dass)\b)") + "|" + _g(weak("verlang", ge=False), "v"),
     confidence=0.6, anchor=r"\b(?:forder|gefordert|verlang)")
_add("proposal.preconditions", "proposal_rejected",
     r"(?P<past>\b(?-i:stellte|stellten|gestellt)\b)(?=\s+(?:\w+\s+){0,3}?(?:Vorbedingungen|Bedingungen)\b)",
     confidence=0.5, anchor=r"\b(?:stellte|stellten|gestellt)")
_add("proposal.noun_answer", "proposal_presented",
     r"\b(?:Antwort|Reaktion|Gegenvorschlag)\b(?=\s+(?:[\w-]+\s+){0,4}?auf\s+(?:einen|den|das|die|einen\s+neuen)\s+(?:[\w-]+\s+)?" + _PROPOSAL_N + r")",
     kind="verb_phrase", confidence=0.55)
_add("rejection.verb_reject", "proposal_rejected",
     verb("lehnt|lehnen|lehne", "lehnte|lehnten", "abgelehnt", "ablehnen", particle="ab")
     + "|" + _g(verb("weist|weisen|weise", "wies|wiesen", "zurückgewiesen", "zurückweisen", particle="zurück"), "z")
     + "|" + _g(verb("verwirft|verwerfen|verwerfe", "verwarf|verwarfen", "verworfen", "verwerfen"), "v"),
     confidence=0.75, anchor=r"\b(?:lehnt|lehnen|lehne|lehnte|lehnten|abgelehnt|ablehnen|ablehnte|weist|weisen|wies|wiesen|zurückgewiesen|zurückweisen|zurückwies|verw[aoi]rf|verwerfen)")
_add("rejection.adj_unacceptable", "proposal_rejected",
     r"\b(?:inakzeptabel|inakzeptable[nr]?|unannehmbar(?:e[nr]?)?|(?:kommt|komme|kämen?|kam)\s+(?:[\w-]+\s+){0,3}?nicht\s+in\s+Frage|eine\s+Absage\s+erteilt|erteilte\s+(?:\w+\s+){0,3}eine\s+Absage)\b",
     kind="noun", confidence=0.65)

# agreements
_add("agreement.verb_agree", "agreement_reached",
     r"(?P<past>\b(?-i:einigten|einigte|geeinigt|verständigten|verständigte|verständigt)\b(?!\s+zu\s+haben\b))"
     r"|(?P<pres>\b(?-i:einigen|einigt|verständigen|verständigt)\s+sich\b)"
     r"|(?P<inf>\b(?-i:zu\s+einigen|einigen\s+werden|einigen\s+wollen|geeinigt\s+zu\s+haben)\b)",
     confidence=0.8, anchor=r"\b(?:einig|geeinigt|verständig)")
_add("agreement.verb_settle", "agreement_reached",
     weak("vereinbar", ge=False, after=r"(?!\s+(?:\w+\s+){0,2}?(?:ein|ein\s+neues|ein\s+weiteres)\s+Treffen)") + "|" + _g(verb("beschließt|beschließen|beschließe", "beschloss|beschlossen", "beschlossen", "beschließen"), "b"),
     confidence=0.7, anchor=r"\b(?:vereinbar|beschl[io]ss|beschließ)")
_add("agreement.verb_sign", "agreement_reached",
     weak("unterzeichn", ge=False) + "|" + _g(verb("unterschreibt|unterschreiben|unterschreibe", "unterschrieb|unterschrieben", "unterschrieben", "unterschreiben"), "u"),
     confidence=0.75, anchor=r"\b(?:unterzeichn|unterschr)")
_add("agreement.verb_consent", "agreement_reached",
     verb("stimmt|stimmen|stimme", "stimmte|stimmten", "zugestimmt", "zustimmen", particle="zu"), confidence=0.55,
     anchor=r"\b(?:stimmt|stimmen|stimme|stimmte|stimmten|zugestimmt|zustimmen|zustimmte|zuzustimmen)")
_add("agreement.noun_reached", "agreement_reached",
     r"\b(?:Einigung|Abkommen|Vereinbarung|Waffenruhe|Waffenstillstand|Feuerpause|Gefangenenaustausch|Austausch\s+von\s+(?:\w+\s+)?(?:Kriegsgefangenen|Gefangenen))\b"
     r"(?=\s+(?:[\w-]+\s+){0,4}?(?:erzielt|erreicht|geschlossen|unterzeichnet|verkündet|vereinbart|besiegelt)\b)",
     kind="noun", confidence=0.7)

# --------------------------------------------------------------------------- cues

_P = lambda s: re.compile(s, FLAGS)  # noqa: E731 - a one-letter shorthand for the pattern table below

#: Not right after a capitalised word (each lookbehind has one fixed width, so one per length).
_AFTER_LOWER_WORD = "".join(rf"(?<!(?-i:[A-ZÄÖÜ])[\w-]{{{n}}})" for n in range(1, 25)) + r"(?<=(?-i:[a-zäöüß]))"

_MODAL_PLAN = r"will|wollen|wollte|wollten|wolle|wird|werden|werde|würde|würden|soll|sollen|solle|plant|planen|plante|planten|beabsichtigt|beabsichtigen|möchte|möchten"
_MODAL_POSSIBLE = r"könnte|könnten|kann|können|könne|dürfte|dürften|möglicherweise|eventuell|womöglich|vielleicht"

RULES = LanguageRules(
    lang="de",
    triggers=tuple(_TRIGGERS),
    subject_after_verb=True,
    normalise=normalise,
    abbreviations=frozenset("St Dr Prof Nr bzw ca vgl Mio Mrd u.a z.B Hr Fr Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez usw evtl".split()),
    clause_break=_P(
        r"\s*[;:()\[\]—–]\s*|\s+[„“”»«]\s*|\s*\"\s*"
        r"|\s*,\s*(?=(?:dass|ob|weil|wonach|nachdem|während|obwohl|wenn|falls|sofern|bevor|seit|sodass|damit|um|wie|als)\b)"
        r"|\s*,?\s*\b(?:aber|doch|jedoch|sondern)\b"
        # a fronted subordinate clause ends at the finite verb of the main clause: "Während X
        # zustimmte, stellte Y Bedingungen" (a lower-case word, then its inverted subject); the
        # word before the comma is the subordinate clause's verb, in lower case (after a name,
        # "Der Leiter ..., Umerow, forderte", the comma closes an apposition)
        r"|" + _AFTER_LOWER_WORD + r"\s*,\s*(?=(?!(?:und|oder|aber|sondern|denn|der|die|das|dem|den|des|deren|dessen|ein|eine|einer|einem|einen|wie|wo|was|so|als|nicht|auch|noch|nur|bereits|doch|jedoch|sowie|um|zu|mit|von|vom|in|im|auf|an|am|bei|beim|nach|vor|für|über|unter|gegen|ohne|durch|seit|bis|sagte|sagten|erklärte|erklärten|teilte|teilten|schrieb|betonte|hieß|heißt|sagt|erklärt)\b)(?-i:[a-zäöü]+)\s+(?:(?-i:[A-ZÄÖÜ])|der\b|die\b|das\b|er\b|sie\b|man\b))"
    ),
    clause_cues=(
        ("denied", _P(r"\babgesagt\b|\bsagte\w*\s+\w+\s+ab\b|\bfindet\s+nicht\s+statt|\bfand\s+nicht\s+statt|\bkein(?:e|en)?\s+(?:Treffen|Gespräche?|Gipfel|Verhandlungen)\b|\bnicht\s+geplant\b|\bausgeschlossen\b(?<!nicht\sausgeschlossen)|\bverschoben\b")),
        ("possible", _P(r"\b(?:" + _MODAL_POSSIBLE + r")\b|\bmöglich\w*\b|\bunklar\b|\boffen,?\s+ob\b|\bließen\s+offen\b|\bnicht\s+ausgeschlossen\b|\bbislang\s+nicht\s+bestätigt\b|\bnicht\s+bestätigt\b|\bBestätigt\s+wurde\s+dies\s+(?:bislang\s+|bisher\s+)?nicht\b|\bdenkbar\b|\berwäg\w+|\bin\s+Aussicht\b|\bOb\b")),
        ("planned", _P(r"\b(?:" + _MODAL_PLAN + r")\b|\bgeplant\w*|\bvorgesehen\w*|\bangesetzt\w*|\banberaumt\w*|\berwartet\b|\bvoraussichtlich\b|\bdemnächst\b|\bin\s+Kürze\b|\bnächste[nrs]?\b|\bkommende[nrs]?\b|\bweitere[nrs]?\s+(?:Runde|Treffen|Gespräche)\b|\bmorgen\b|\bübermorgen\b")),
        ("past", _P(r"\b(?:hat|haben|hatte|hatten|habe|hätten|ist|sind|war|waren|sei|seien)\s+(?:[\w-]+\s+){0,6}?(?!(?:geplant|vorgesehen|angesetzt|anberaumt|erwartet|verschoben|abgesagt|ausgeschlossen|beabsichtigt)\b)(?:ge\w+t|ge\w+en|\w+iert|\w+(?:ge)\w+(?:t|en))\b|\bfanden\b|\bfand\b|\bstattgefunden\b|\bzu\s+Ende\s+gegangen\b|\bgestern\b|\bvorgestern\b|\bnach\s+(?:den|dem|ihren|ihrem|seinem|seinen|der)\b|\bletzte[nrs]?\b|\bvergangene[nrs]?\b|\bbisherige[nrs]?\b|\bdauerten\b|\bdauerte\b")),
    ),
    attached_before=(
        ("past", _P(r"\b(?:nach|während|bei|seit|am\s+Rande|im\s+Anschluss\s+an|zum\s+Abschluss)\s+(?:der|den|dem|des|ihren|ihrem|ihrer|seinen|seinem|seiner|diesen|diesem|dieser|einem|einer|zwei\w*\s+)?(?:[\w-]+\s+){0,2}$")),
        ("past", _P(r"\b(?:letzte[nrms]?|vorige[nrms]?|vergangene[nrms]?|bisherige[nrms]?|jüngste[nrms]?)\s+(?:[\w-]+\s+)?$")),
        ("planned", _P(r"\b(?:nächste[nrms]?|kommende[nrms]?|geplante[nrms]?|bevorstehende[nrms]?|künftige[nrms]?|anstehende[nrms]?)\s+(?:[\w-]+\s+)?$")),
        ("new", _P(r"\b(?:neue[nrms]?|weitere[nrms]?|erneute[nrms]?)\s+(?:[\w-]+\s+)?$")),
        ("ahead", _P(r"\b(?:vor|im\s+Vorfeld)\s+(?:der|den|dem|des|ihrem|ihren|seinem|einem)\s+(?:[\w-]+\s+)?$")),
        ("possible", _P(r"\b(?:mögliche[nrms]?|eventuelle[nrms]?|potenzielle[nrms]?|denkbare[nrms]?)\s+(?:[\w-]+\s+)?$|\bzu\s+(?:einem|einer)\s+(?:[\w-]+\s+)?$")),
        ("possible", _P(r"\b(?:bereit|offen)\s+(?:für|zu)\s+(?:ein|eine|einem|einer|neue|direkte)?\s*(?:[\w-]+\s+)?$")),
        ("denied", _P(r"\bkein(?:e|en|em)?\s+(?:[\w-]+\s+)?$")),
    ),
    attached_after=(
        ("past", _P(r"^(?:\s+[\w.-]+){0,4}?\s+(?:stattgefunden|zu\s+Ende\s+gegangen|fand|fanden|dauerte|dauerten|endete|endeten|hatte|hatten|war|waren)\b")),
        ("planned", _P(r"^(?:\s+[\w.-]+){0,4}?\s+(?:soll|sollen|wird|werden|ist\s+geplant|sind\s+geplant|geplant|vorgesehen|angesetzt)\b")),
        ("possible", _P(r"^(?:\s+[\w.-]+){0,4}?\s+(?:könnte|könnten|kommt\b[^.;]{0,40}\bist\s+unklar|kommt)\b")),
        ("denied", _P(r"^(?:\s+[\w.-]+){0,4}?\s+(?:wurde|wurden|ist|sind)\s+(?:\w+\s+)?(?:abgesagt|verschoben)\b|^(?:\s+[\w.-]+){0,4}?\s+(?:findet|fand)\s+nicht\s+statt\b")),
    ),
    infinitive_left=(
        ("denied", _P(r"\b(?:nicht|kein\w*|nie)\b[^.;]{0,40}$|\b(?:lehnt\w*|lehnte\w*)\s+(?:es\s+)?ab\b")),
        ("possible", _P(r"\b(?:" + _MODAL_POSSIBLE + r"|bereit|angeboten|vorgeschlagen|schlug|hofft|hoffen|hoffte)\b")),
        ("planned", _P(r"\b(?:" + _MODAL_PLAN + r"|vereinbart|beschlossen|angekündigt|kündigte|verabredet)\b")),
        ("purpose", _P(r"\b(?:um|zu)\s+(?:\w+\s+)?$")),
    ),
    negation=_P(r"\bnicht\b|\bkein\w*\b|\bnie(?:mals)?\b"),
    phone_cue=_P(r"\btelefon\w*|\bam\s+Telefon\b|\bAnruf\w*"),
    possessor_before=_P(
        r"\b(?:Gesandte[rn]?|Sondergesandte[rn]?|Berater[ns]?|Sprecher[ns]?|Vertraute[rn]?|Schwiegersohn|Unterhändler[ns]?|Vertreter[ns]?|Beauftragte[rn]?|Sonderbeauftragte[rn]?|Team|Regierung|Verwaltung|Kabinett|Chef|Mitarbeiter[ns]?)"
        r"\s+(?:des|der|von|vom|für\s+den|für\s+die)\s+(?:(?:\w+\s+)?(?:Präsidenten|Präsident|Staatschefs|Regierungschefs|Kremlchefs)\s+)?$"
    ),
    attribution_before=_P(r"\b(?:laut|nach\s+Angaben\s+(?:des|der|von)|zitiert\s+von|berichtete|berichten|wie\s+(?:die|der|das)?)\s+(?:der|die|des|dem|den)?\s*$|\b(?:nach|laut)\s+$"),
    pronoun_subject=_P(
        r"\b(?:er|sie|wir|ich)\b|\b(?:der|die)\s+(?:Gesandte|Sondergesandte|Diplomat|Minister|Ministerin|Unterhändler|Sprecher|Sprecherin|Berater|Präsident|Politiker|Staatschef|Regierungschef)\b"
    ),
    agent_marker=_P(r"\b(?:von|vom|durch)\s+(?:\w+\s+){0,3}$"),
    recipient_marker=_P(r"\b(?:an|für)\s+(?:\w+\s+){0,2}$"),
    with_marker=_P(r"\b(?:mit|zwischen|unter\s+Beteiligung\s+von)\s+(?:[\w-]+\s+){0,4}$"),
    host_verb=_P(r"\b(?:empf[äa]ng|empfing|Gastgeber)"),
    leader_title=_P(r"\b(?:Präsident\w*|Staatschef\w*|Regierungschef\w*|Kanzler\w*|Kremlchef\w*|Ministerpräsident\w*)\b"),
    other_before=_P(r"\b(?:andere[nrms]?|weitere[nrms]?|separate[nrms]?|zweite[nrms]?|dritte[nrms]?|parallele[nrms]?|gesonderte[nrms]?)\s+(?:[\w-]+\s+)?$"),
    quote=_P(r"[„\"“]([^„\"“”]{2,400}?)[“\"”]|[»«]\s*([^»«]{2,400}?)\s*[«»]"),
    stance_cues=(
        ("sceptical", _P(r"\bskeptisch\w*|\bzurückhaltend\w*|\bvorsichtig\w*|\bZweifel\w*")),
        ("negative", _P(r"\binakzeptabel\w*|\bablehn\w*|\babgelehnt\b|\bzurückgewiesen\b|\bkritisier\w*|\bverurteil\w*|\bProvokation\w*|\bSackgasse\b|\bgescheitert\b|\bscheitern\b")),
        ("positive", _P(r"\bkonstruktiv\w*|\bproduktiv\w*|\bpositiv\w*|\bnützlich\w*|\bfruchtbar\w*|\bFortschritt\w*|\berfolgreich\w*|\bgute[nrs]?\s+(?:Gespräch|Treffen)\w*|\bbegrüß\w*|\blobte\b|\banerkennend\b")),
    ),
    channel_cues=(
        ("X", _P(r"\b(?:auf|bei|im\s+Kurznachrichtendienst)\s+(?:X|Twitter)\b")),
        ("Telegram", _P(r"\bTelegram\b")),
        ("Truth Social", _P(r"\bTruth\s+Social\b")),
        ("interview", _P(r"\bInterview\b")),
        ("communiqué", _P(r"\bErklärung\b|\bMitteilung\b|\bKommuniqué\b|\bStellungnahme\b")),
        ("press conference", _P(r"\bPressekonferenz\b|\bvor\s+(?:Journalisten|Reportern)\b")),
        ("television", _P(r"\bFernseh\w*|\bTV\b")),
    ),
    topic_cues=(
        ("security guarantees", _P(r"\bSicherheitsgarantien?\b")),
        ("territory", _P(r"\bTerritori\w+|\bGebiet\w*|\bDonbass\b|\bKrim\b|\bFrontlinie\b|\bGrenze\w*")),
        ("ceasefire", _P(r"\bWaffenruhe\b|\bWaffenstillstand\w*|\bFeuerpause\b")),
        ("prisoner exchange", _P(r"\bGefangenenaustausch\w*|\bKriegsgefangene\w*|\bAustausch\s+von\s+\w*\s*Gefangenen\b")),
        ("sanctions", _P(r"\bSanktion\w*")),
        ("reconstruction", _P(r"\bWiederaufbau\w*")),
        ("peace plan", _P(r"\bFriedensplan\w*|\bFriedens(?:abkommen|prozess|vertrag)\w*|\b\d+-Punkte-Plan\w*")),
        ("energy", _P(r"\bAtom\w*|\bnuklear\w*|\bSaporischschja\b|\bEnergie\w*|\bGas\b")),
        ("trade", _P(r"\bZoll\w*|\bZölle\w*|\bHandel\w*")),
    ),
    mediator_before=_P(r"\b(?:unter\s+(?:der\s+)?Vermittlung|vermittelt\s+von|unter\s+Schirmherrschaft|in\s+Anwesenheit|im\s+Beisein)\s+(?:des|der|von|vom)?\s*$"),
    group_reference=_P(r"\b(?:die\s+beiden\s+(?:Präsidenten|Politiker|Staatschefs|Seiten|Delegationen|Länder|Minister|Unterhändler|Männer)|beide\s+Seiten|die\s+Delegationen|sie)\b"),
    plural_pronoun=_P(r"\bsie\b"),
    topic_before=_P(r"\b(?:über|zu|zum|zur|bezüglich)\s+(?:den|die|das|einen|eine|ein)?\s*$"),
    possessive_before=_P(r"\bihre[nmrs]?\s+(?:[\w-]+\s+)?$"),
    purpose_after=_P(r"\bum\s+(?:[\w-]+\s+){0,6}?(?:zu\s+)?(?:treffen|besprechen|verhandeln|übergeben|unterzeichnen|teilzunehmen|beraten)\b"),
    # "X und Y haben sich nach dreitägigen Verhandlungen geeinigt": who agreed after talks held them
    support_verb=_P(r"\b(?:nach|bei|führt\w*|geführt|hielt\w*|gehalten|nahm\w*|teilgenommen|begann\w*|begonnen|setzten|fortgesetzt|beendet\w*|endete\w*|plant\w*|geplant|vereinbart\w*|schlug\w*|vorgeschlagen|kündigte\w*|angekündigt|bereit)\b"),
    not_event_date=_P(r"\b(?:bis|vor|seit)\s+(?:zum\s+|zur\s+|Ende\s+|Anfang\s+|Mitte\s+)?$|\bseit\b[^.;,]{0,50}$"),
    demonyms={r"russische[nrms]?": "RU", r"ukrainische[nrms]?": "UA", r"amerikanische[nrms]?": "US", r"US": "US", r"türkische[nrms]?": "TR", r"europäische[nrms]?": "EU",
              r"chinesische[nrms]?": "CN", r"iranische[nrms]?": "IR", r"israelische[nrms]?": "IL", r"armenische[nrms]?": "AM",
              r"aserbaidschanische[nrms]?": "AZ", r"katarische[nrms]?": "QA", r"ägyptische[nrms]?": "EG", r"omanische[nrms]?": "OM"},
    location_blocker=_P(r"\bGrenze\s+(?:zwischen|zu)\s+(?:der\s+|dem\s+)?$|\b(?:Krieg\w*|Konflikt\w*|Frieden\w*|Krise|Invasion|Offensive|Angriff\w*|Kämpfe\w*|Lage|Sicherheit|Besatzung|Front)\s+(?:in|im|gegen|um)\s+(?:der\s+|die\s+|den\s+)?$"),
    pluperfect=_P(r"\b(?:hatte|hatten|hättest|war|waren)\b"),
    after_meeting=_P(r"\b(?:anschließend|im\s+Anschluss|danach|nach\s+dem\s+Treffen|nach\s+den\s+Gesprächen|vor\s+(?:Journalisten|Reportern|der\s+Presse))\b"),
    joint_statement=_P(r"\bgemeinsame[nr]?\s+(?:Erklärung|Mitteilung|Kommuniqué)\b"),
    infinitive_marker=_P(r"\bzu\s+[a-zäöüß]+en\b|\b[a-zäöüß]+zu[a-zäöüß]+en\b"),
    possessive_single=_P(r"\b(?:sein|seine|seinem|seinen|seiner|ihr)\s+(?:[\w-]+\s+)?$"),
    relative_days=(
        (-1, _P(r"\b(?:am\s+Vortag|am\s+Tag\s+zuvor|einen\s+Tag\s+(?:zuvor|vorher|davor)|am\s+Vorabend)\b")),
        (1, _P(r"\b(?:am\s+Folgetag|am\s+Tag\s+danach|tags\s+darauf|einen\s+Tag\s+später|am\s+nächsten\s+Tag)\b")),
        (-1, _P(r"\b(?P<n>zwei|drei|vier|fünf|2|3|4|5)\s+Tage\s+(?:zuvor|vorher|davor)\b")),
        (1, _P(r"\b(?P<n>zwei|drei|vier|fünf|2|3|4|5)\s+Tage\s+später\b")),
    ),
    summary_nouns=(
        (_P(r"Friedensplan|\bplan\b|\bplans\b|\bpläne\b|-plan\b"), "plan"),
        (_P(r"Rahmen"), "framework"),
        (_P(r"Memorandum"), "memorandum"),
        (_P(r"Entwurf|Entwürfe"), "draft"),
        (_P(r"Fahrplan"), "roadmap"),
        (_P(r"Gegenvorschl"), "counter-proposal"),
        (_P(r"Vorschl"), "proposal"),
        (_P(r"Initiative"), "initiative"),
        (_P(r"Angebot"), "offer"),
        (_P(r"Forderung"), "demand"),
        (_P(r"Vertrag"), "treaty"),
        (_P(r"Dokument|Papier"), "document"),
        (_P(r"Abkommen|Vereinbarung"), "deal"),
        (_P(r"Waffenruhe|Waffenstillstand|Feuerpause"), "ceasefire"),
        (_P(r"Abzug|Rückzug"), "withdrawal"),
        (_P(r"Antwort"), "response"),
    ),
    summary_qualifiers=(
        (_P(r"Frieden"), "peace"),
        (_P(r"Waffenruhe|Waffenstillstand"), "ceasefire"),
        (_P(r"wirtschaftlich|Handel"), "economic"),
    ),
    summary_numbers=(
        (_P(r"\bzwanzig\b"), "20"),
        (_P(r"\bzwölf\b"), "12"),
        (_P(r"\bzehn\b"), "10"),
    ),
    summary_points=_P(r"(\d+)[\s-]*Punkte"),
    relative_tail=_P(r",\s*(?:der|die|das|dessen|deren|welche[rs]?|wo|nachdem|während)\b[^,]{0,120},\s*$"),
    definite_before=_P(r"\b(?:der|die|das|dem|den|des|diese[rmns]?)\s*$"),
    relative_span=_P(r",\s*(?:der|die|das|dessen|deren|welche[rs]?|wo)\b[^,]{0,120},"),
    relative_cut=_P(r"(?<=\w),?\s+(?:der|die|das)\s*$"),
    relative_open=_P(r",\s*(?:der|die|das)\s+(?:[\w'’-]+\s+){0,3}$"),
    participial_opener=_P(r"[\W_]*(?:nach|vor)\s*"),
    coordination_gap=_P(r"\s*(?:,\s*)?(?:,|und|sowie|&)\s*(?:(?:der|die|das|dem|den|des|sein|seine|seinem|seinen|ihr|ihre|ihrem|ihren|(?-i:[A-ZÄÖÜ][\w'’.-]*)|russische[nrms]?|ukrainische[nrms]?|amerikanische[nrms]?|chinesische[nrms]?|iranische[nrms]?|armenische[nrms]?|aserbaidschanische[nrms]?)\s*){0,7}"),
    predicate_join=_P(r"\b(?:und|aber|dann)\s+(?:\w+\s+)?$|\b(?:aber|doch|jedoch)\b"),
    conjunction=_P(r"\b(?:und|sowie)\b|&"),
    relative_segment=_P(r",\s*(?:der|die|das|welche[rs]?)\b[^,]*,\s*$"),
    relative_start=_P(r"\s*,?\s*(?:der|die|das|welche[rs]?)\b\s*"),
    relative_aside=_P(r",\s*(?:der|die|das|dessen|deren|welche[rs]?)\b[^,.;]*,"),
    complementiser=_P(r"\b(?:dass|wonach)\b"),
    source_of=_P(r"\s*(?:des|der|von\s+der|von\s+dem|vom|von|aus)\s*$"),
    passive=_P(r"\b(?:wurde|wurden|worden|wird|werden)\b"),
    agent_after=_P(r"\s+(?:von|vom|durch)\b"),
    agent_end=_P(r"\b(?:von|vom|durch)\s*$"),
    mediator_coordination=_P(r"\s*(?:,|und)\s*(?:der\s+|des\s+|von\s+)?"),
    mediation_after=_P(r"(?!)"),
    mediation_before=_P(r"(?!)"),
    mediated_suffix=_P(r"-vermittelt\w*\b"),
    agent_coordination=_P(r"\b(?:von|vom|durch)\s+[^.;]{0,40}\b(?:und|,)\s+(?:seine[nm]?\s+|ihre[nm]?\s+)?$"),
    compound_join=_P(r"\s*[-–/]\s*|\s+(?:und)\s+"),
    front_lead=_P(r"[\W_]*(?:(?:am|dann|und|aber|später|zuvor|bereits)\s+)*"),
    ahead_modal=_P(r"\b(?:wird|werden|soll|sollen|will|wollen|plant|planen|geplant|erwartet)\b(?:\s+\w+){0,3}\s*$"),
    moved_to=_P(r"\b(?:verschoben|vertagt|verlegt|vorgezogen)\s+(?:auf|bis)\s*(?:den\s+|zum\s+)?$"),
    setting_before=_P(r"\b(?:am\s+Rande)\s+(?:des|der|eines|einer)\s+(?:[\w-]+\s+){0,4}$"),
    object_ends=_P(r"[,;:]|\b(?:und|aber|während)\b"),
    second_predicate=_P(r"\b(?:und|dann)\s+(?:(?:auch|später|dann)\s+)*$|\bum\s+(?:[\w-]+\s+){0,6}$"),
    duration_lead=_P(r"(?:\bnach|\bwährend|\bseit|\bdauerte\w*|\bverbrachte\w*)\s+(?:\w+\s+){0,2}$"),
    duration_tail=_P(r"^\s*(?:\w+\s+)?(?:[\w-]*(?:gespräche|gesprächen|verhandlungen|beratungen|konsultationen|treffen))\b"),
    lasted=_P(r"\b(?:dauerte|dauerten|gedauert|verbrachte|verbrachten)\s+(?:\w+\s+){0,2}$"),
    topic_gap=_P(r"\b(?:über|zu|für|um|Waffenruhe|Feuerpause|Plan|Pause|Zollpause)\b"),
    stay_purpose=_P(r"[^.;:]{0,50}?\bum\s+"),
    started=_P(r"\b(?:begann|begannen|begonnen|startete|eröffnet|ab|seit)\s+(?:\w+\s+){0,1}$"),
    bounding_verb=_P(r"\b(?:endete|endeten|beendet|begann|begannen|begonnen|eröffnet)\s+(?:am\s+)?$"),
    opening_verb=_P(r"begann|begonnen|eröffnet"),
    sub_day=_P(r"Stunde|Minute|stündig|Nacht"),
    measure_adjective=_P(r"(?!)"),
    duration_preposition=_P(r"(?:während|für|über)"),
    duration_of=_P(r"\s*(?:[\w-]+\s+)?"),
    duration_of_after=_P(r"\s*(?:von)?\s*"),
    duration_of_inside=_P(r"(?!)"),
    proposal_object=_P(r"(?:[\w-]+\s+){0,2}\b[\w-]*(?:vorschlag|vorschläge|plan|entwurf|memorandum|angebot|initiative|forderung(?:en)?|waffenruhe|waffenstillstand|feuerpause|abkommen|papier|dokument)\b(?:\s+(?:für|zur|zum|über|des|der)?\s*[\w'’-]+){0,3}"),
    proposal_object_end=_P(r"\s+(?:vor\b|von\b|durch\b|an\b)"),
    amend_trigger=_P(r"überarbeit|änder|modifizier"),
    handover_trigger=_P(r"übergeb|übergab|übermitt|überreich"),
    mentions=MENTION_WORDS,
    temporal=TEMPORAL_WORDS,
)
