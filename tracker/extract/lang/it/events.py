"""Italian rules: trigger verbs and nouns with their morphology, modality cues, speech patterns.

Verbs are written once as their forms by tense; :func:`verb` adds the compound tenses with
their auxiliary ("ha incontrato", "si sono incontrati", "è stato raggiunto", "avrebbe
trasmesso", "avrà firmato"), a clitic before the auxiliary ("lo ha riferito", "l'ho
ricevuto"), negation ("non ha respinto") and enclitic infinitives ("incontrarsi"), so the
engine reads the tense from the group that matched.
"""

from __future__ import annotations

import re

from tracker.extract.lang.it.mentions import WORDS as MENTION_WORDS
from tracker.extract.lang.it.temporal import WORDS as TEMPORAL_WORDS
from tracker.extract.rules import FLAGS, LanguageRules, TriggerTable

# --------------------------------------------------------------------------- morphology

_ADV = (
    r"(?:\s+(?:già|poi|anche|infine|finalmente|nuovamente|ancora|mai|più|appena|inoltre|invece|però|"
    r"quindi|dunque|personalmente|ufficialmente|pubblicamente|brevemente|lungamente|sempre|oggi|ieri|"
    r"stato|stata|stati|state|così|intanto|nel\s+frattempo|a\s+sua\s+volta|dal\s+canto\s+suo|da\s+parte\s+sua)\s*,?)*\s+"
)
_NEG = r"(?:non\s+)?"
#: An object clitic before the verb or its auxiliary: "lo ha riferito", "l'ho incoraggiato".
_CL = r"(?:(?:lo|la|li|le|gli|ne|ci|vi|mi|ti|glielo|gliela|gliene)\s+|l['’]\s*)?"
#: A reflexive clitic: "si sono incontrati", "ci incontreremo", "se ne è andato".
_REFL = r"(?:(?:non\s+)?(?:si|ci|mi|ti|vi|se\s+ne|ce\s+ne|ne)\s+)"

_AVERE_PAST = "(?:ho|hai|ha|abbiamo|avete|hanno|avevo|aveva|avevamo|avevano|ebbe|ebbero)"
_AVERE_PCOND = "(?:avrebbe|avrebbero|avrei|avremmo)"
_AVERE_FUT = "(?:avrà|avranno|avremo|avrò)"
_ESSERE_PAST = "(?:sono|sei|è|e['’]|siamo|siete|era|erano|fu|furono|ero)"
_ESSERE_PCOND = "(?:sarebbe|sarebbero|sarei|saremmo)"
_ESSERE_FUT = "(?:sarà|saranno|saremo|sarò)"

_TABLE = TriggerTable("it")
_ANCHORS = _TABLE.anchors


def _alt(*forms: str) -> str:
    return "(?:" + "|".join(forms) + ")"


def verb(
    participle: str,
    present: str,
    future: str,
    conditional: str,
    infinitive: str,
    imperfect: str = "",
    simple_past: str = "",
    aux: str = "avere",
    reflexive: bool = False,
    after: str = "",
    bare_participle: bool = True,
) -> str:
    """A regex with one named group per tense for an Italian verb.

    ``aux`` avere | essere | both chooses the compound-tense auxiliary (both: a transitive verb
    also read in the passive, "hanno raggiunto" / "è stato raggiunto"); ``reflexive`` puts a
    reflexive clitic first ("si incontrano", "si sono incontrati", "incontrarsi"); ``after`` must
    follow the verb form in every tense; ``bare_participle`` False drops the participle alone
    when it is mostly a noun ("il negoziato").
    """
    if reflexive:
        past_aux = _REFL + _ESSERE_PAST
        pcond_aux = _REFL + _ESSERE_PCOND
        fut_aux = _REFL + _ESSERE_FUT
        pre = _REFL
    else:
        past = {"avere": [_AVERE_PAST], "essere": [_ESSERE_PAST], "both": [_AVERE_PAST, _ESSERE_PAST]}[aux]
        pcond = {"avere": [_AVERE_PCOND], "essere": [_ESSERE_PCOND], "both": [_AVERE_PCOND, _ESSERE_PCOND]}[aux]
        fut = {"avere": [_AVERE_FUT], "essere": [_ESSERE_FUT], "both": [_AVERE_FUT, _ESSERE_FUT]}[aux]
        past_aux = _NEG + _CL + _alt(*past)
        pcond_aux = _NEG + _CL + _alt(*pcond)
        fut_aux = _NEG + _CL + _alt(*fut)
        pre = _NEG + _CL
    a = after
    forms = [participle, present, future, conditional, infinitive] + [f for f in (imperfect, simple_past) if f]
    anchor = r"\b(?:" + "|".join(forms) + ")"
    inf_stem = infinitive[:-1] if infinitive.endswith("e") else infinitive
    if reflexive:
        inf = rf"(?:{pre}{infinitive}|{inf_stem}(?:si|ci|mi|ti|vi))"
    else:
        # "incontrare", "incontrarlo", "presentarne": the enclitic replaces the final -e
        inf = rf"{_NEG}(?:{infinitive}|{inf_stem}(?:si|ci|lo|la|li|le|gli|ne|mi|ti|vi))" if infinitive.endswith("e") else rf"{_NEG}{infinitive}"
    groups = [
        rf"(?P<cmp>\b(?:(?P<pastx>{past_aux})|(?P<pcondx>{pcond_aux})|(?P<futx>{fut_aux})){_ADV}{participle}{a})",
        rf"(?P<fut>\b{pre}{future}{a})",
        rf"(?P<cond>\b{pre}{conditional}{a})",
        rf"(?P<impf>\b{pre}{imperfect}{a})" if imperfect else "",
        rf"(?P<pres>\b{pre}(?:{present}{'|' + simple_past if simple_past else ''}){a})",
        rf"(?P<inf>\b{inf}{a})",
        rf"(?P<part>\b{participle}{a})" if bare_participle else "",
    ]
    out = "(?:" + "|".join(g for g in groups if g) + r")(?!\w)"
    _ANCHORS[out] = anchor
    return out


def are(stem: str, present: str | None = None, **kw) -> str:
    """Forms of a regular -are verb from its stem ("incontr", "spieg", "annunci")."""
    fut = stem + "h" if stem.endswith(("c", "g")) else stem[:-1] if stem.endswith(("ci", "gi")) else stem
    return verb(
        participle=rf"{stem}at[oaie]",
        present=present or rf"{stem}(?:a|ano|iamo)",
        future=rf"{fut}er(?:à|anno|ò|emo)",
        conditional=rf"{fut}er(?:ebbe|ebbero|ei|emmo)",
        infinitive=rf"{stem}are",
        imperfect=rf"{stem}av(?:a|ano|o|amo)",
        simple_past=rf"{stem}(?:ò|arono)",
        **kw,
    )


def ire(stem: str, **kw) -> str:
    """Forms of an -ire verb with -isc- ("riferisce", "smentisce")."""
    return verb(
        participle=rf"{stem}it[oaie]",
        present=rf"{stem}(?:isce|iscono|iamo)",
        future=rf"{stem}ir(?:à|anno|ò|emo)",
        conditional=rf"{stem}ir(?:ebbe|ebbero|ei)",
        infinitive=rf"{stem}ire",
        imperfect=rf"{stem}iv(?:a|ano|o)",
        simple_past=rf"{stem}(?:ì|irono)",
        **kw,
    )


def ere(participle: str, stem: str, simple_past: str = "", **kw) -> str:
    """Forms of an -ere verb: its participle, stem ("risponde"→"rispond") and simple past."""
    return verb(
        participle=participle,
        present=rf"{stem}(?:e|ono|iamo)",
        future=rf"{stem}er(?:à|anno|ò|emo)",
        conditional=rf"{stem}er(?:ebbe|ebbero|ei)",
        infinitive=rf"{stem}ere",
        imperfect=rf"{stem}ev(?:a|ano|o)",
        simple_past=simple_past,
        **kw,
    )


# --------------------------------------------------------------------------- triggers

_CAP = r"(?-i:[A-ZÀ-ÖØ-Þ])"
_WDAY = r"(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi)"
_WHEN = rf"(?:(?:{_WDAY}|ieri|oggi|domani|sera|mattina|già|poi|anche|nuovamente)\s+){{0,3}}"
_PERSONISH = (
    rf"(?=\s+{_WHEN}"
    rf"(?:(?:a|ad|in|nella|nel|alla|al)\s+(?:la\s+|il\s+|l['’])?{_CAP}[\w'’-]*(?:\s+{_CAP}[\w'’-]*)*\s*,?\s+)?"
    rf"(?:{_CAP}|il\s+|lo\s+|la\s+(?!lettera|proposta|risposta|notizia)|l['’]|i\s+|gli\s+|le\s+|suo\s+|sua\s+|una?\s+delegazione|(?:alti\s+)?funzionari|rappresentanti))"
)
_PROPOSAL_N = (
    r"(?:piano|piani|proposta|proposte|controproposta|bozza|bozze|documento|memorandum|quadro|offerta|"
    r"progetto\s+di\s+(?:accordo|pace|trattato|risoluzione)|road\s*map|tabella\s+di\s+marcia|iniziativa|testo|"
    r"accordo\s+quadro|lista|elenco|condizioni|richieste)"
)

_SPEECH = [
    ("declare", are("dichiar")),
    ("affirm", are("afferm")),
    ("stress", are("sottoline", present=r"sottoline(?:a|ano|iamo)")),
    ("add", verb("aggiunt[oaie]", "aggiung(?:e|ono|iamo)", "aggiunger(?:à|anno)", "aggiunger(?:ebbe|ebbero)", "aggiungere", simple_past="aggiunse(?:ro)?")),
    ("recall", are("ricord")),
    ("explain", are("spieg")),
    ("announce", are("annunci")),
    ("confirm", are("conferm")),
    ("specify", are("precis")),
    ("warn", verb("avvertit[oaie]", "avvert(?:e|ono)", "avvertir(?:à|anno)", "avvertir(?:ebbe|ebbero)", "avvertire", simple_past="avvertì")),
    ("say", verb("dett[oaie]", "dic(?:e|ono)|dico|diciamo", "dir(?:à|anno|ò|emo)", "dir(?:ebbe|ebbero)", "dire", imperfect="dicev(?:a|ano)", simple_past="disse(?:ro)?", bare_participle=False)),
    ("write", verb("scritt[oaie]", "scriv(?:e|ono)", "scriver(?:à|anno)", "scriver(?:ebbe|ebbero)", "scrivere", imperfect="scrivev(?:a|ano)", simple_past="scrisse(?:ro)?", bare_participle=False)),
    ("report", ire("rifer", after=r"(?!\s+(?:al|alla|ai)\s+(?:presidente|premier|leader|capo))")),
    ("deny", ire("sment")),
    ("reaffirm", ire("ribad")),
    ("insist", verb("insistit[oaie]", "insist(?:e|ono)", "insister(?:à|anno)", "insister(?:ebbe|ebbero)", "insistere")),
    ("thank", are("ringrazi")),
    ("criticise", are("critic")),
    ("condemn", are("condann")),
    ("denounce", are("denunci")),
    ("accuse", are("accus")),
    ("assure", are("assicur")),
    ("promise", verb("promess[oaie]", "promett(?:e|ono)", "prometter(?:à|anno)", "prometter(?:ebbe|ebbero)", "promettere", simple_past="promise(?:ro)?", bare_participle=False)),
    ("observe", are("osserv")),
    ("comment", are("comment")),
    ("reply", verb("rispost[oaie]", "rispond(?:e|ono)", "risponder(?:à|anno)", "risponder(?:ebbe|ebbero)", "rispondere", simple_past="rispose(?:ro)?", bare_participle=False)),
    ("maintain", verb("sostenut[oaie]", "sostien(?:e)|sostengono", "sosterr(?:à|anno)", "sosterr(?:ebbe|ebbero)", "sostenere", after=r"(?=\s+che\b)", bare_participle=False)),
    ("admit", verb("ammess[oaie]", "ammett(?:e|ono)", "ammetter(?:à|anno)", "ammetter(?:ebbe|ebbero)", "ammettere", bare_participle=False)),
    ("acknowledge", verb("riconosciut[oaie]", "riconosc(?:e|ono)", "riconoscer(?:à|anno)", "riconoscer(?:ebbe|ebbero)", "riconoscere", bare_participle=False)),
    ("highlight", are("evidenzi")),
    ("urge", are("esort")),
    ("reiterate", are("reiter")),
    ("tweet", are("twitt")),
    ("welcome", verb("accolt[oaie]", "accogli(?:e|ono)", "accoglier(?:à|anno)", "accoglier(?:ebbe|ebbero)", "accogliere", after=r"\s+con\s+(?:favore|soddisfazione)")),
    ("let_know", verb("fatto", "f(?:a|anno)", "far(?:à|anno)", "far(?:ebbe|ebbero)", "far(?:e)?", after=r"\s+sapere")),
    ("make_known", verb("res[oaie]", "rend(?:e|ono)", "render(?:à|anno)", "render(?:ebbe|ebbero)", "rendere", after=r"\s+not[oaie]")),
    ("post", are("pubblic", after=r"(?=\s+(?:su|sul|un|una|ieri|oggi)\b)")),
    ("post_x", are("post", after=r"(?=\s+(?:su|sul|un|una)\b)")),
]

_TRIGGERS = _TABLE.rules


_add = _TABLE.add


for _name, _pat in _SPEECH:
    _add(f"statement.verb_{_name}", "statement_issued", _pat, speech=True, confidence=0.75)
_add("statement.noun_note", "statement_issued",
     r"\b(?:in|con|secondo)\s+(?:una|un|la|il)\s+(?:nota|comunicato|dichiarazione)\b", kind="noun", confidence=0.7, speech=True, channel="communiqué")
_add("statement.noun_interview", "statement_issued",
     r"\b(?:in|durante)\s+(?:un['’]\s*|una\s+|l['’]\s*)?intervista\s+(?:concessa\s+|rilasciata\s+)?(?:a|al|alla|all['’])", kind="noun", confidence=0.7, speech=True, channel="interview")

# meetings in person (a phone cue in the clause turns them into phone calls); "incontro" alone
# is the noun, so the verb's first person singular is left to the noun rule
_MEET = are("incontr", present=r"incontr(?:a|ano|iamo)")
_add("meeting.verb_meet", "meeting_held", _MEET, confidence=0.8)
_add("meeting.verb_meet_each_other", "meeting_held", are("incontr", present=r"incontr(?:a|ano|iamo|o)", reflexive=True), confidence=0.8)
_add("meeting.verb_receive", "meeting_held",
     verb("ricevut[oaie]", "ricev(?:e|ono)", "ricever(?:à|anno)", "ricever(?:ebbe|ebbero)", "ricevere", imperfect="ricevev(?:a|ano)", simple_past="ricevette(?:ro)?", after=_PERSONISH),
     confidence=0.65)
_add("meeting.verb_host", "meeting_held",
     verb("ospitat[oaie]", "ospit(?:a|ano)", "ospiter(?:à|anno)", "ospiter(?:ebbe|ebbero)", "ospitare", after=r"(?=\s+(?:(?:il|l['’]|i|gli|un|una|un['’])\s*)?(?:\w+\s+)?(?:incontr|colloqu|negoziat|vertic|summit|riunion|round|tratt|consultazion))"),
     confidence=0.6)
_add("meeting.verb_gather", "meeting_held",
     verb("riunit[oaie]", "riun(?:isce|iscono)", "riunir(?:à|anno)", "riunir(?:ebbe|ebbero)", "riunire", reflexive=True),
     confidence=0.6)
_add("meeting.verb_negotiate", "meeting_held", are("negozi", bare_participle=False), confidence=0.55)
_add("meeting.verb_discuss_with", "meeting_held",
     verb("discuss[oaie]", "discut(?:e|ono)", "discuter(?:à|anno)", "discuter(?:ebbe|ebbero)", "discutere", after=r"(?=\s+(?:con|tra|fra)\s)"),
     confidence=0.6)
_add("meeting.verb_see", "meeting_held", verb("vist[oaie]", "vedono", "vedr(?:anno|emo)", "vedr(?:ebbero)", "vedere", reflexive=True, after=r"(?!\s+(?:costrett|obbligat|riconosc))"), confidence=0.55)
_add("meeting.verb_sit_down", "meeting_held",
     r"(?P<past>\b(?:si\s+sono|si\s+erano)\s+sedut[ie]\s+(?:al|allo\s+stesso)\s+tavolo)|(?P<fut>\b(?:si\s+siederanno|siederanno)\s+(?:al|allo\s+stesso)\s+tavolo)",
     confidence=0.7, anchor=r"\b(?:sedut|siederanno)")
# "i colloqui ... riprenderanno domani": a further session of talks already told
_add("meeting.verb_resume", "meeting_held",
     verb("ripres[oaie]", "riprend(?:e|ono)", "riprender(?:à|anno)", "riprender(?:ebbe|ebbero)", "riprendere",
          after=r"(?=\s*(?:[.;,]|$|(?:i|il|le|la)\s+(?:negoziati|colloqui|trattative|dialogo|consultazioni|lavori)\b|(?:domani|dopodomani|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|la\s+prossima|nei\s+prossimi|a\s|ad\s|in\s)))",
          bare_participle=False),
     confidence=0.55)
# who sat at the table, told after the meeting: "La delegazione ucraina era guidata da X",
# "la delegazione comprendeva X, Y", "A guidare la delegazione Usa c'è X", "A fare da mediatore
# c'era X": a description of the meeting just told, whose people it adds (never in a sentence
# that tells a trip, where the delegation is the traveller)
_add("meeting.delegation_members", "meeting_held",
     r"(?:(?:^|(?<=\n)|(?<=[.!?,;:«“\"]\s)|(?<=[»”\"]\s)|(?<=[«“\"]))"
     r"(?:(?:la|le)\s+(?:delegazion[ei]|parte|parti)\b[^.;]{0,70}?\b(?:(?:era|è|erano|sono)\s+(?:stat[ae]\s+)?(?:guidat[ae]|compost[ae]|rappresentat[ae]|capeggiat[ae])|comprendeva(?:no)?|includeva(?:no)?|comprende|include)\b"
     r"|\bA\s+(?:guidare|capeggiare)\s+(?:la|le)\s+delegazion[ei]\b[^.;]{0,40}?\bc['’](?:è|era|erano)"
     r"|\bA\s+fare\s+da\s+mediator[ei]\s+c['’](?:è|era|erano)"
     r"|\b(?:a|ad|al|alla|ai|agli|alle|all['’])\s*(?:colloqui|consultazioni|negoziati|trattative|incontro|incontri|riunione|vertice|lavori)\s+"
     r"(?:(?:di|del|della|dei|odiern[oaie]|trilateral[ei]|bilateral[ei])\s+)?(?:hanno|ha|avevano|aveva)\s+(?:\w+\s+)?(?:partecipato|preso\s+parte)))"
     # anywhere: "(è atterrata) la delegazione israeliana guidata da X"
     r"|\b(?:la|le)\s+delegazion[ei]\s+(?:(?:di\s+|del\s+|della\s+|dell['’])?[\w'’-]+\s+){0,2}?(?:guidat[ae]|capeggiat[ae])\s+(?=da\b|dal\b|dalla\b|dall['’])",
     kind="members", modality="occurred", confidence=0.5, anchor=r"\b(?:delegazion|parte|parti|guidare|capeggiare|mediator)")
_TALKS_EXCLUDE = r"(?!\s+(?:telefonic[oi]|al\s+telefono|per\s+telefono|di\s+(?:pace\s+)?(?:prigionieri|ostaggi|corpi)))"
_add("meeting.noun_talks", "meeting_held",
     r"\b(?:negoziati|trattative|trattativa|colloqui|colloquio|incontro|incontri|vertice|vertici|summit|riunione|riunioni|"
     r"consultazioni|faccia\s+a\s+faccia|tavolo\s+(?:negoziale|delle\s+trattative|dei\s+negoziati)|"
     r"round(?:\s+(?:di|dei)\s+(?:negoziati|colloqui|trattative|consultazioni))?|sessione\s+(?:di|dei)\s+(?:negoziati|colloqui)|"
     r"processo\s+negoziale|videoconferenza|videoconferenze|bilaterale|trilaterale|bilaterali|trilaterali)\b" + _TALKS_EXCLUDE,
     kind="noun", confidence=0.6)

# phone calls
_add("phone.noun_call", "phone_call",
     r"\b(?:telefonata|telefonate|colloqui?o?\s+telefonic[oi]|conversazion[ei]\s+telefonic[ahe]+|chiamat[ae]\s+telefonic[ahe]+|"
     r"colloqui?o?\s+al\s+telefono|contatto\s+telefonico|contatti\s+telefonici)\b", kind="noun", confidence=0.85)
_add("phone.verb_phone", "phone_call", are("telefon"), confidence=0.8)
_PHONE_AHEAD = r"(?=[^.;]{0,70}\b(?:al\s+telefono|per\s+telefono|telefonicamente))"
_add("phone.verb_speak", "phone_call",
     r"(?P<past>\b(?:si\s+sono|si\s+erano|(?:ha|hanno|aveva|avevano))\s+(?:\w+\s+)?(?:parlato|sentit[io]|discusso|conversato)\b)" + _PHONE_AHEAD
     + r"|(?P<pres>\b(?:si\s+sentono|parla|parlano)\b)" + _PHONE_AHEAD
     + r"|(?P<fut>\b(?:si\s+sentiranno|parlerà|parleranno)\b)" + _PHONE_AHEAD,
     confidence=0.85, anchor=r"\b(?:parl|sent|discuss|convers)")

# visits
_PLACE_AHEAD = rf"(?=\s+{_WHEN}(?:a|ad|in|nella|nel|negli|nello|all['’]|alla|al)\s+(?:l['’])?{_CAP})"
_add("visit.verb_arrive", "visit",
     verb("arrivat[oaie]", "arriv(?:a|ano)", "arriver(?:à|anno)", "arriver(?:ebbe|ebbero)", "arrivare", aux="essere", imperfect="arriv(?:ava|avano)", simple_past="arriv(?:ò|arono)", after=_PLACE_AHEAD),
     confidence=0.65)
_add("visit.verb_land", "visit",
     verb("atterrat[oaie]", "atterr(?:a|ano)", "atterrer(?:à|anno)", "atterrer(?:ebbe|ebbero)", "atterrare", aux="both", simple_past="atterr(?:ò|arono)", after=r"(?!\s+(?:sul|sulla|sull['’])\s+(?:tavolo|scrivania))"),
     confidence=0.65)
_add("visit.verb_go_to", "visit",
     verb("recat[oaie]", "rec(?:a|ano)", "recher(?:à|anno)", "recher(?:ebbe|ebbero)", "recare", reflexive=True, after=_PLACE_AHEAD),
     confidence=0.75)
_add("visit.verb_fly", "visit",
     verb("volat[oaie]", "vol(?:a|ano)", "voler(?:à|anno)", "voler(?:ebbe|ebbero)", "volare", aux="essere", after=_PLACE_AHEAD),
     confidence=0.65)
_add("visit.verb_leave_for", "visit",
     verb("partit[oaie]", "part(?:e|ono)", "partir(?:à|anno)", "partir(?:ebbe|ebbero)", "partire", aux="essere",
          after=rf"(?=\s+{_WHEN}(?:per|alla\s+volta\s+di)\s+{_CAP})", bare_participle=False),
     confidence=0.6)
_add("visit.verb_visit", "visit", are("visit", after=rf"(?=\s+{_WHEN}(?:la\s+|il\s+|l['’])?{_CAP})"), confidence=0.65)
# "sabato sarà a Kiev": the future of essere with a place is a trip
_add("visit.will_be_in", "visit",
     rf"\b(?:sarà|saranno|sarò|saremo)\s+{_WHEN}(?:a|ad|in)\s+(?=(?!(?:Natale|Capodanno|{_WDAY})\b){_CAP})",
     kind="verb_phrase", confidence=0.6, modality="planned")
_add("visit.expected_in", "visit",
     rf"\b(?:è|sono)\s+(?:\w+\s+)?attes[oaie]\s+{_WHEN}(?:a|ad|in|nella|nel|al|alla)\s+(?=(?!(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b){_CAP})",
     kind="verb_phrase", confidence=0.6, modality="planned")
_add("visit.noun_visit", "visit",
     rf"\b(?:visita|viaggio|missione|trasferta)\b(?=\s+(?:ufficiale\s+|di\s+Stato\s+|lampo\s+|a\s+sorpresa\s+)?(?:di\s+\w+\s+(?:giorni|ore)\s+)?(?:[^.;]{{0,70}}?\s)?(?:a|ad|in|nella|nel)\s+{_CAP})",
     kind="noun", confidence=0.6)
_add("visit.noun_arrival", "visit", r"\b(?:arrivo|arrivi)\b(?=\s+(?:di|del|della|dello|dell['’]|dei|degli|a|ad|in)\b)", kind="noun", confidence=0.55)

# reports to a principal
_LEADER = r"(?:presidente|premier|capo\s+dello\s+Stato|leader|capo\s+del\s+governo|primo\s+ministro)"
_add("report.verb_report_to", "report_to_leader", ire("rifer", after=rf"\s+(?:al|alla)\s+(?:\w+\s+)?{_LEADER}\b"), confidence=0.85, anchor=r"\brifer")
_add("report.noun_report", "report_to_leader",
     rf"(?P<fut>\b(?:st(?:o|a|iamo|anno)\s+preparando|prepar(?:erà|eranno|eremo|erò)|presenter(?:à|anno|emo)|consegner(?:à|anno|emo)|far(?:à|anno|emo)\s+(?:un\s+)?rapporto)\s+(?:un|il|suo|loro|nostro|proprio)?\s*rapporto)(?=\s+(?:per|al|alla|a)\s+(?:il\s+)?(?:\w+\s+)?{_LEADER})"
     rf"|(?P<past>\b(?:ha|hanno|abbiamo|ho|aveva|avevano)\s+(?:\w+\s+)?(?:preparato|presentato|consegnato|fatto)\s+(?:un|il|suo|loro|nostro)?\s*rapporto)(?=\s+(?:per|al|alla|a)\s+(?:il\s+)?(?:\w+\s+)?{_LEADER})",
     confidence=0.8, anchor=r"\b(?:st[oai]\w*|prepar|presenter|consegner|far|ha|hanno|abbiamo|ho|aveva)")
_add("report.verb_inform_leader", "report_to_leader", are("inform", after=rf"(?=\s+(?:il|la)\s+(?:\w+\s+)?{_LEADER})"), confidence=0.6)
_add("report.verb_brief", "report_to_leader", are("aggiorn", after=rf"(?=\s+(?:il|la)\s+(?:\w+\s+)?{_LEADER})"), confidence=0.6)

# proposals
_PROPOSAL_AHEAD = rf"(?=\s+{_WHEN}(?:(?:a|al|alla|ai|agli|all['’])\s*(?:[\w'’]+(?:\s+|(?=,))){{1,4}}?)?(?:,\s*[^,]{{1,40}},\s*)?(?:un|una|un['’]|il|la|lo|l['’]|i|gli|le|suo|sua|suoi|loro|nuov[oaie])\b[^.;]{{0,50}}\b{_PROPOSAL_N})"
_add("proposal.verb_present_tensed", "proposal_presented",
     are("present", after=_PROPOSAL_AHEAD, bare_participle=False)
     + "|" + verb("trasmess[oaie]", "trasmett(?:e|ono)", "trasmetter(?:à|anno)", "trasmetter(?:ebbe|ebbero)", "trasmettere", after=_PROPOSAL_AHEAD, bare_participle=False).replace("?P<", "?P<t_")
     + "|" + are("consegn", after=_PROPOSAL_AHEAD, bare_participle=False).replace("?P<", "?P<c_")
     + "|" + verb("sottopost[oaie]", "sottopo(?:ne|ngono)", "sottopo(?:rrà|rranno)", "sottopo(?:rrebbe|rrebbero)", "sottoporre", after=_PROPOSAL_AHEAD, bare_participle=False).replace("?P<", "?P<s_")
     + "|" + are("invi", after=_PROPOSAL_AHEAD, bare_participle=False).replace("?P<", "?P<i_"),
     confidence=0.65, anchor=r"\b(?:present|trasme|consegn|sottop|invi)")
_add("proposal.verb_propose", "proposal_presented",
     verb("propost[oaie]", "propo(?:ne|ngono)", "propo(?:rrà|rranno)", "propo(?:rrebbe|rrebbero)", "proporre", imperfect="propone(?:va|vano)", simple_past="propose(?:ro)?",
          after=r"(?=\s+(?:(?:a|al|alla|ai|agli|all['’])\s+(?:[\w'’]+\s+){1,3}?)?(?:un|una|un['’]|il|la|lo|l['’]|i|gli|le|di|suo|sua|loro)\b)(?!\s+(?:la|il)\s+(?:settimana|mese|anno)\b)",
          bare_participle=False),
     confidence=0.6)
_add("proposal.verb_make", "proposal_presented",
     r"\b(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?(?:avanzato|formulato|messo\s+sul\s+tavolo|fatto)\s+(?:una|un['’]\s*|la|sua|loro|nuove|delle)\s+(?:[\w-]+\s+)?(?:controproposte?|propost[ae]|offert[ae])\b",
     kind="verb_phrase", confidence=0.65, anchor=r"\b(?:avanzat|formulat|messo|fatto)")
_add("proposal.verb_demand", "proposal_presented",
     verb("pretes[oaie]", "pretend(?:e|ono)", "pretender(?:à|anno)", "pretender(?:ebbe|ebbero)", "pretendere", after=r"(?=\s+(?:il|la|lo|l['’]|i|gli|le|un|una)\b)", bare_participle=False)
     + "|" + verb("esigit[oaie]", "esig(?:e|ono)", "esiger(?:à|anno)", "esiger(?:ebbe|ebbero)", "esigere", after=r"(?=\s+(?:il|la|lo|l['’]|i|gli|le|un|una)\b)", bare_participle=False).replace("?P<", "?P<x_"),
     confidence=0.6, anchor=r"\b(?:prete|pretend|esig)")

# rejections
_add("rejection.verb_reject", "proposal_rejected",
     verb("respint[oaie]", "resping(?:e|ono)", "respinger(?:à|anno)", "respinger(?:ebbe|ebbero)", "respingere", imperfect="respingev(?:a|ano)", simple_past="respinse(?:ro)?", aux="both")
     + "|" + are("rifiut", after=r"(?!\s+(?:di|d['’])\s)").replace("?P<", "?P<r_")
     + "|" + are("bocci").replace("?P<", "?P<b_")
     + "|" + verb("esclus[oaie]", "esclud(?:e|ono)", "escluder(?:à|anno)", "escluder(?:ebbe|ebbero)", "escludere", aux="both", bare_participle=False,
                  after=rf"(?=\s+(?:\w+\s+)?(?:questa|quest['’]|tale|ogni|qualsiasi|l['’]|la|il)\s*(?:ipotesi|opzione|possibilità|{_PROPOSAL_N}))").replace("?P<", "?P<e_"),
     confidence=0.75, anchor=r"\b(?:respin|rifiut|bocci|esclu)")
# "non accetterà il piano", "non ha accettato la proposta": a refusal told by negating acceptance
_add("rejection.not_accept", "proposal_rejected",
     # the negation stays outside the match: the refusal itself happened (or will)
     r"(?P<past>(?<=\bnon\s)(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?accettato)" + _PROPOSAL_AHEAD
     + r"|(?P<pres>(?<=\bnon\s)(?:accetta|accettano))" + _PROPOSAL_AHEAD
     + r"|(?P<fut>(?<=\bnon\s)(?:accetterà|accetteranno))" + _PROPOSAL_AHEAD,
     confidence=0.7, anchor=r"\b(?:ha|hanno|aveva|avevano|accett)")
_add("rejection.adj_unacceptable", "proposal_rejected", r"\b(?:inaccettabil[ei]|irricevibil[ei]|fuori\s+discussione)\b", kind="noun", confidence=0.65)

# agreements
_AGREEMENT_N = r"(?:accordo|accordi|intesa|intese|tregua|cessate\s+il\s+fuoco|compromesso|scambio\s+di\s+prigionieri)"
_add("agreement.noun_exchange", "agreement_reached",
     r"\b(?:scambi?o?|rilascio|liberazione|restituzione|rientro|rimpatrio)\s+(?:di|dei|degli|delle)\s+(?:\d[\d\s.,]*\s+|\w+\s+)?(?:prigionieri|ostaggi|detenuti|corpi|soldati|civili|militari|bambini|minori)\b",
     kind="noun", confidence=0.6)
_add("agreement.noun_concluded", "agreement_reached",
     rf"\b{_AGREEMENT_N}\b(?:\s+\w+){{0,3}}?\s+(?:raggiunt|firmat|siglat|conclus|trovat|sottoscritt|annunciat|finalizzat)[oaie]\b",
     kind="noun", confidence=0.75)
_AGREE_OBJ = rf"\s+(?:\w+\s+)?(?:un|una|un['’]|l['’]|il|la|lo|i|gli|le|nuov[oaie])\s*(?:\w+\s+)?{_AGREEMENT_N}"
_add("agreement.verb_reach", "agreement_reached",
     verb("raggiunt[oaie]", "raggiung(?:e|ono)", "raggiunger(?:à|anno)", "raggiunger(?:ebbe|ebbero)", "raggiungere", simple_past="raggiunse(?:ro)?", aux="both", after=_AGREE_OBJ, bare_participle=False)
     + "|" + are("firm", after=_AGREE_OBJ.replace(_AGREEMENT_N, rf"(?:{_AGREEMENT_N}|memorandum|dichiarazione|trattato)")).replace("?P<", "?P<f_")
     + "|" + are("sigl", after=_AGREE_OBJ.replace(_AGREEMENT_N, rf"(?:{_AGREEMENT_N}|memorandum|dichiarazione|trattato)")).replace("?P<", "?P<s_")
     + "|" + verb("trovat[oaie]", "trov(?:a|ano)", "trover(?:à|anno)", "trover(?:ebbe|ebbero)", "trovare", aux="both", after=_AGREE_OBJ, bare_participle=False).replace("?P<", "?P<t_"),
     confidence=0.8, anchor=r"\b(?:raggiun|firm|sigl|trov)")
_add("agreement.verb_agree", "agreement_reached",
     r"(?:(?P<past>\b(?:si\s+sono|hanno|ha)\s+(?:\w+\s+)?(?:accordat[ie]|concordato|convenuto|messi\s+d['’]accordo|mess[ie]\s+d['’]accordo|intes[ie]))\b"
     r"|(?P<fut>\b(?:si\s+accorderanno|concorderanno|si\s+metteranno\s+d['’]accordo))\b)"
     r"(?!\s+(?:di|d['’])\s+(?:incontrarsi|rivedersi|vedersi|riunirsi|riprendere|tenere|proseguire))",
     confidence=0.8, anchor=r"\b(?:si\s+sono|hanno|ha|si\s+accord|concord|si\s+mett)")

# --------------------------------------------------------------------------- cues

_P = lambda s: re.compile(s, FLAGS)  # noqa: E731 - a one-letter shorthand for the pattern table below

_FUT_WORDS = (
    r"sarà|saranno|avrà|avranno|farà|faranno|andrà|andranno|potrà|potranno|dovrà|dovranno|terrà|terranno|"
    r"verrà|verranno|riprenderà|riprenderanno|riceverà|riceveranno|vedrà|vedranno|"
    r"\w{3,}erà|\w{3,}eranno|\w{3,}irà|\w{3,}iranno"
)
_ART = r"(?:il|lo|la|l['’]|i|gli|le|un|una|un['’]|questo|questa|quest['’]|questi|queste|suo|sua|loro)"

RULES = LanguageRules(
    lang="it",
    triggers=tuple(_TRIGGERS),
    pro_drop=True,
    abbreviations=frozenset("sig sigg sig.ra dott dr prof on gen col magg ten cap ecc art pag n. vs".split()),
    clause_break=_P(
        r"\s*[;:()\[\]—–]\s*|\s+[«»]\s*|\s*[\"“”]\s*"
        r"|(?<!così\s)(?<!tanto\s)(?<!più\s)(?<!meno\s)(?<!prima\s)(?<!dopo\s)\bche\b"
        r"|\s*,?\s*\b(?:ma|mentre|sebbene|benché|perché|poiché|quando|aggiungendo|sottolineando|spiegando|precisando|affermando)\b"
        # a second predicate turned to the future: "X ha incontrato Y e si recherà a Z"
        r"|\s+e(?=\s+(?:si\s+recher(?:à|anno)|dovr(?:ebbe|ebbero|à|anno)|deve|devono|incontrer(?:à|anno)|riprender(?:à|anno))\b)"
    ),
    clause_cues=(
        ("denied", _P(r"\b(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?esclus[oaie]\b|\besclud(?:e|ono)\b|\bnon\s+(?:si\s+)?(?:è|sono)\s+(?:tenut|svolt)|\bnon\s+(?:si\s+)?terrà|\bnon\s+ci\s+sarà|\bnon\s+(?:è|sono)\s+(?:previst|in\s+programma|all['’]ordine\s+del\s+giorno)|\bnessun[ao]?\s+(?:incontro|riunione|negoziat|colloqui|vertice)|\brifiut\w*\s+di\s+(?:incontrare|recarsi|partecipare)|\bannullat[oaie]\b|\brinviat[oaie]\b|\bcancellat[oaie]\b|\bsenza\s+(?:incontro|riunione)")),
        ("possible", _P(r"\bpotr(?:ebbe|ebbero|à|anno)\b|\bpuò\b|\bpossono\b|\bpossibilità\b|\bpossibil[ei]\b|\beventual[ei]\b|\bipotes[ie]\b|\bipotizzat\w*|\bnon\s+(?:si\s+)?esclu\w*|\bprobabil\w*|\bforse\b|\bsi\s+possa\b")),
        ("planned", _P(r"\bdovr(?:ebbe|ebbero|à|anno)\b|\bdev(?:e|ono)\s+\w+|\bprevist[oaie]\b|\bsi\s+prevede\b|\bin\s+programma\b|\bprogrammat[oaie]\b|\bfissat[oaie]\b|\bpianificat[oaie]\b|\battes[oaie]\b|\bin\s+attesa\b|\bprossim[oaie]\b|\bstiamo\s+preparando\b|\bintend(?:e|ono)\b|\bpunta(?:no)?\s+a\b|\bst(?:a|anno)\s+per\b|\bnuov[oaie]\s+(?:round|incontr|riunion|sessione|ciclo)|\b(?:" + _FUT_WORDS + r")\b")),
        ("past", _P(r"\b(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?(?:avuto|tenuto|condotto|organizzato|partecipato|preso\s+parte|durato|ospitato|avviato|concluso|ripreso)\b|\b(?:si\s+)?(?:è|sono|era|erano)\s+(?:\w+\s+)?(?:tenut|svolt|conclus|chius|partit|iniziat|cominciat|avviat|proseguit|durat)[oaie]\b|\bsi\s+(?:tiene|tengono|svolge|svolgono)\b|\b(?:è|sono)\s+in\s+corso\b|\bultim[oaie]\b|\bprecedent[ei]\b|\bscors[oaie]\b|\bdurante\b|\bal\s+termine\b|\bdopo\s+(?:il|la|l['’]|i|gli|le|questo|questa)\b|\bieri\b|\bodiern[oaie]\b")),
    ),
    attached_before=(
        # a verbless lead: "A Roma i negoziati tra ...", "Ad Ankara il vertice ...": the talks
        # the article reports, under way at the place it opens with
        ("past", _P(r"^[\W_]*(?:A|Ad|In|Da|Oggi\s+a|Ieri\s+a)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*){0,2}\s*,?\s+(?:il|lo|la|i|gli|le|l['’])\s*(?:(?:nuov[oaie]|prim[oaie]|second[oaie]|terz[oaie])\s+)?$")),
        ("past", _P(r"(?:\bdurante\s+|\bal\s+termine\s+d|\ba\s+margine\s+d|\bnel\s+corso\s+d|\bdopo\s+|\bda\s+)\w*['’]?\s*(?:" + _ART + r"\s*)?(?:\w+\s+){0,2}$")),
        ("past", _P(r"\b(?:ultim[oaie]|precedent[ei]|recent[ei])\s+$")),
        ("planned", _P(r"\b(?:prossim[oaie]|futur[oaie])\s+(?:(?:round|ciclo|sessione)\s+(?:di|dei)\s+)?$|\bin\s+attesa\s+d\w*['’]?\s*$|\bin\s+vista\s+d\w*['’]?\s*$")),
        ("new", _P(r"\b(?:nuov[oaie])\s+(?:(?:round|ciclo|sessione)\s+(?:di|dei)\s+)?$")),
        ("ahead", _P(r"\b(?:prima\s+d\w*['’]?|in\s+vista\s+d\w*['’]?|in\s+preparazione\s+d\w*['’]?)\s*(?:" + _ART + r"\s*)?(?:\w+\s+)?$")),
        ("possible", _P(r"\b(?:possibil[ei]|eventual[ei]|ipotetic[oaie])\s+$")),
        ("possible", _P(r"\b(?:pront[oaie]|dispost[oaie]|apert[oaie]|disponibil[ei])\s+(?:a|ad|al|alla|ai|agli|all['’]|per)\s*(?:" + _ART + r"\s*)?(?:[\w-]+\s+)?$")),
        ("denied", _P(r"\b(?:nessun[oa]?|alcun[oa]?)\s+(?:\w+\s+)?$")),
        ("past", _P(r"\b(?:(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?(?:avuto|tenuto|effettuato|compiuto|concluso|avviato|iniziato)|tiene|tengono|effettua|effettuano|conclude|concludono)\s+(?:" + _ART + r")\s*(?:[\w-]+\s+){0,2}$")),
    ),
    attached_after=(
        ("past", _P(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:(?:si\s+)?(?:è|sono|era|erano)\s+(?:\w+\s+)?(?:tenut|svolt|conclus|chius|partit|iniziat|cominciat|avviat|proseguit|durat|terminat)[oaie]|(?:si\s+)?(?:tenut|svolt|conclus|condott|organizzat)[oaie]|durat[oaie]|si\s+(?:tiene|tengono|svolge|svolgono)|(?:è|sono)\s+in\s+corso)\b")),
        ("planned", _P(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:(?:è|sono)\s+(?:previst|programmat|fissat|attes|annunciat)[oaie]|previst[oaie]|programmat[oaie]|dovr(?:ebbe|ebbero|à|anno)|si\s+terr(?:à|anno|ebbe|ebbero)|si\s+svolger(?:à|anno)|riprender(?:à|anno)|in\s+programma|avr(?:à|anno)\s+luogo)\b")),
        ("possible", _P(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:potr(?:ebbe|ebbero|à|anno)|ipotizzat[oaie]|possibil[ei])\b")),
        ("denied", _P(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:non\s+(?:si\s+)?(?:è|sono)\s+(?:tenut|svolt)|non\s+si\s+terr|(?:è|sono)\s+stat[oaie]\s+(?:annullat|rinviat|cancellat)|annullat[oaie]|rinviat[oaie]|cancellat[oaie])")),
    ),
    infinitive_left=(
        ("denied", _P(r"(?:\brifiut\w*|\bescl\w*|\bnon\s+(?:\w+\s+)?(?:intend\w*|vuol\w*|vogli\w*|pu[òo]\w*|poss\w*|dev\w*|ha\s+intenzione)|\bsenza\s+riuscire)\s+(?:di\s+|a\s+|ad\s+)?(?:\w+\s+)?$")),
        ("planned", _P(r"\b(?:dovr(?:ebbe|ebbero|à|anno)|dev(?:e|ono)|doveva(?:no)?|intend(?:e|ono)|pensa(?:no)?\s+di|prevede\s+di|prevedono\s+di|si\s+prepara(?:no)?\s+a|vuole|vogliono|spera(?:no)?\s+di|ha\s+accettato\s+di|hanno\s+accettato\s+di|ha(?:nno)?\s+deciso\s+di|(?:è|sono)\s+previst[oaie]|in\s+programma\s+di|punta(?:no)?\s+a|andrà|andranno|sta(?:nno)?\s+per)\s+(?:\w+\s+)?$")),
        ("possible", _P(r"\b(?:potr(?:ebbe|ebbero|à|anno)|può|possono|(?:(?:è|sono|si\s+(?:è|sono)\s+dett[oaie]|si\s+dice|si\s+dicono)\s+)?(?:pront[oaie]|dispost[oaie]|disponibil[ei])\s+(?:a|ad)|propo(?:sto|ne|ngono)\s+di|suggerit\w*\s+di|possibilità\s+di|ipotesi\s+di)\s+(?:\w+\s+)?$")),
        ("purpose", _P(r"\b(?:per|allo\s+scopo\s+di|al\s+fine\s+di|in\s+vista\s+di)\s+(?:\w+\s+)?$")),
    ),
    negation=_P(r"\bnon\b|\bmai\b|\bné\b"),
    phone_cue=_P(r"\btelefon\w*|\bal\s+telefono\b|\bper\s+telefono\b"),
    possessor_before=_P(
        r"\b(?:inviat[oa]|emissari[oa]|genero|consiglier[ea]|portavoce|rappresentante|figli[oa]|moglie|"
        r"omolog[oa]|braccio\s+destro|negoziator[ea]|alleat[oa]|amministrazione|governo|gabinetto|squadra|entourage|"
        r"vice|collaborator[ea]|capo\s+di\s+gabinetto|segretari[oa]|assistente|uomo\s+fidato|fedelissim[oa])"
        r"(?:\s+(?:special[ei]|principale|personale|capo|diplomatic[oa]|american[oa]|russ[oa]|ucrain[oa]|Usa))*"
        r"\s+(?:del|della|dello|dell['’]|di|d['’]|dei|degli|presso\s+il|presso\s+la)\s*"
        r"(?:(?:presidente|leader|capo\s+dello\s+Stato|premier|primo\s+ministro|ministro|segretario\s+di\s+Stato|capo)"
        r"(?:\s+(?:russo|american[oa]|ucrain[oa]|Usa|statunitense|degli\s+Stati\s+Uniti|della\s+Russia|dell['’]Ucraina))?\s+)?$"
    ),
    possessor_after=_P(r"^\s*(?!)"),
    attribution_before=_P(r"\b(?:secondo|stando\s+a|citat[oaie]\s+da|riporta|riportano|riferisce)\s+(?:il\s+|lo\s+|la\s+|l['’]|i\s+|gli\s+|le\s+)?$"),
    # Italian drops subject pronouns: a first-person verb form ("ho ricevuto", "abbiamo",
    # "stiamo preparando") stands for "io"/"noi", the author of the quote it is in
    pronoun_subject=_P(
        r"\b(?:ho|abbiamo|avevo|avevamo|sono\s+stat[oa]|stiamo|sto|io|lui|lei|egli|ella|noi|questi|quest['’]ultim[oa]|quest['’]ultimi|"
        # a definite description right after a comma is an apposition naming the subject
        r"(?<!,\s)(?:l['’]|il\s+|la\s+)(?:inviat[oa]|emissari[oa]|responsabile|consiglier[ea]|negoziator[ea]|diplomatic[oa]|"
        r"ministr[oa]|portavoce|presidente|leader|rappresentante|capo\s+della\s+diplomazia)\b(?:\s+(?:special[ei]|russ[oa]|american[oa]|ucrain[oa]|iranian[oa]|Usa))*)\b(?!s\b)"
    ),
    agent_marker=_P(r"\b(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle)\s*(?:\w+\s+){0,3}$"),
    recipient_marker=_P(r"\b(?:a|ad|al|alla|allo|all['’]|ai|agli|alle|per\s+il|per\s+la)\s*(?:\w+\s+){0,2}$"),
    with_marker=_P(r"\b(?:con|tra|fra|coinvolgendo|che\s+hanno\s+visto|alla\s+presenza\s+d\w*|hanno\s+partecipato)\s+(?:\w+\s+){0,4}$"),
    host_verb=_P(r"\b(?:ricev|ospit|accol|accogl)"),
    leader_title=_P(r"\b(?:presidente|capo\s+dello\s+Stato|premier|primo\s+ministro|leader)\b"),
    # not "nuovo": "si sono incontrate per un nuovo round di colloqui" tells one meeting
    other_before=_P(r"\b(?:altr[oaie]|second[oa]|terz[oa]|quart[oa]|distint[oaie]|parallel[oaie])\s+(?:round\s+(?:di|dei)\s+|ciclo\s+(?:di|dei)\s+|serie\s+di\s+)?$"),
    quote=_P(r"«\s*([^«»]{2,400}?)\s*»|[\"“]([^\"“”]{2,400}?)[\"”]"),
    stance_cues=(
        ("sceptical", _P(r"\bscettic\w*|\bpruden\w*|\bcaut[oaie]\b|\bdubbi\w*|\bdiffiden\w*")),
        ("negative", _P(r"\binaccettabil\w*|\brespin\w*|\brifiut\w*|\bcondann\w*|\bdenunci\w*|\bostil\w*|\bprovocazion\w*|\bstallo\b|\bfallimento\b")),
        ("positive", _P(r"\bcostruttiv\w*|\bproduttiv\w*|\bpositiv\w*|\butil[ei]\b|\bfruttuos\w*|\bprogress\w*|\bpassi\s+avanti\b|\bincoraggiant\w*|\bsostanzial\w*")),
    ),
    channel_cues=(
        ("X", _P(r"\bsu\s+(?:X|Twitter)\b|\bsul\s+(?:suo\s+)?(?:profilo|account)\s+(?:X|Twitter)\b|\bvia\s+social\b")),
        ("Telegram", _P(r"\bsu\s+(?:suo\s+canale\s+)?Telegram\b|\bTelegram\b")),
        ("interview", _P(r"\bintervista\b")),
        ("communiqué", _P(r"\bcomunicato\b|\bnota\b")),
        ("press conference", _P(r"\bconferenza\s+stampa\b|\bpunto\s+stampa\b|\bbriefing\b")),
        ("television", _P(r"\bin\s+televisione\b|\bin\s+tv\b")),
    ),
    topic_cues=(
        ("security guarantees", _P(r"\bgaranzie\s+di\s+sicurezza\b")),
        ("territory", _P(r"\bterritor\w+|\bDonbass\b|\bCrimea\b|\blinea\s+del\s+fronte\b|\bconfin[ei]\b")),
        ("ceasefire", _P(r"\bcessate\s+il\s+fuoco\b|\btregua\b|\barmistizio\b")),
        ("prisoner exchange", _P(r"\bscambi?o?\s+di\s+prigionieri\b|\bprigionieri\s+di\s+guerra\b")),
        ("sanctions", _P(r"\bsanzion\w+")),
        ("reconstruction", _P(r"\bricostruzione\b")),
        ("peace plan", _P(r"\bpiano\s+di\s+pace\b|\bpiano\s+in\s+\w+\s+punti\b|\bprocesso\s+di\s+pace\b")),
        ("nuclear programme", _P(r"\bnucleare\b|\barricchimento\b")),
        ("hostages", _P(r"\bostaggi\b")),
    ),
    mediator_before=_P(r"\bfare\s+da\s+mediator[ei]\s+c['’](?:è|era|erano)\s+(?:il\s+|la\s+|l['’])?(?:[\w-]+\s+){0,2}$|\b(?:mediazione|mediator[ei]|mediatrice)\s+(?:del\s+|della\s+|dell['’]|dello\s+|dei\s+|degli\s+|di\s+|d['’])$|\bsotto\s+l['’]egida\s+(?:del\s+|della\s+|dell['’]|di\s+)$|\bgrazie\s+alla\s+mediazione\s+(?:del\s+|della\s+|dell['’]|di\s+)$|\balla\s+presenza\s+(?:del\s+|della\s+|dell['’]|dei\s+|di\s+)$|\battraverso\s+i\s+mediatori\s+(?:del\s+|della\s+|dell['’]|di\s+)$"),
    group_reference=_P(r"\b(?:i\s+due\s+(?:leader|president[ie]|ministri|capi\s+della\s+diplomazia|negoziatori)|le\s+due\s+(?:parti|delegazioni)|le\s+parti|le\s+delegazioni|entramb[ie]\s+le\s+parti)\b"),
    plural_pronoun=_P(r"\b(?:loro|essi|esse)\b"),
    # "dopo la sospensione dei colloqui": the talks are the topic of another noun
    topic_before=_P(r"\b(?:sospensione|interruzione|rottura|stallo|congelamento|fallimento|blocco|boicottaggio)\s+(?:dei|degli|delle|del|della|dell['’])\s*$|\b(?:dedicat[oaie]|incentrat[oaie]|focalizzat[oaie])\s+(?:su|sul|sulla|sui|sugli|sulle|all['’]|al|alla|ai)\s*(?:" + _ART + r"\s*)?$|\b(?:su|sul|sulla|sui|sugli|sulle|riguardo\s+(?:a|al|alla|ai))\s+$"),
    possessive_before=_P(r"\b(?:il\s+loro|la\s+loro|i\s+loro|le\s+loro)\s+(?:\w+\s+)?$"),
    purpose_after=_P(r"\b(?:per|allo\s+scopo\s+di|al\s+fine\s+di)\s+(?:provare\s+a\s+)?(?:incontrare|discutere|negoziare|presentare|consegnare|colloquiare|finalizzare|firmare|partecipare|tenere|proseguire|mediare|parlare)\w*"),
    support_verb=_P(r"\b(?:offert[oa]|offre|propost[oa]|condott[oa]|condurre|tenut[oa]|tenere|tiene|tengono|terr\w+|avut[oa]|avere|organizzat[oa]|organizzare|avviat[oa]|avviare|ripres[oa]|riprendere|proseguit[oa]|proseguire|concluso|partecipat[oa]|partecipare|aperto|annunciat[oa]|esclus[oa]|previst[oa]|accettat[oa]|rifiutat[oa]|ospitat[oa]|ospitare|chiest[oa]|chiede|auspicat[oa])\b"),
    # "dopo quello di una settimana fa": the date of the earlier one; "l'attacco su Doha del 9
    # settembre": the date of another kind of event
    not_event_date=_P(r"\b(?:quell[oaie]|quelli)\s+(?:di|del|della|dell['’])\s*$|\b(?:attacc\w+|raid|bombardament\w+|attentat\w+|strage|uccisione|invasione|offensiva|guerra|colpo\s+di\s+Stato)\b[^.;,]{0,40}?\s(?:(?:del|dell['’]|di|il)\s*)?$|\b(?:fino\s+a|fino\s+al|entro|prima\s+di|prima\s+del|da|dal|dalla)\s+(?:il\s+|la\s+|l['’]|fine\s+|inizio\s+)?$|\bda\s+quando\b[^.;,]{0,50}$"),
    demonyms={"russ[oaie]": "RU", "ucrain[oaie]": "UA", "american[oaie]|statunitens[ei]|usa": "US", "turc[oa]|turchi|turche": "TR", "europe[oaie]": "EU", "frances[ei]": "FR", "tedesc[oa]|tedeschi|tedesche": "DE", "britannic[oa]|britannici|britanniche": "GB", "iranian[oaie]": "IR", "israelian[oaie]": "IL", "egizian[oaie]": "EG", "qatariot[aie]": "QA", "omanit[aie]": "OM", "italian[oaie]": "IT", "saudit[aie]": "SA", "emiratin[oaie]": "AE", "palestines[ei]": "PS"},
    location_blocker=_P(r"\b(?:quell[oaie]|quelli)\s+(?:di|del|della)\s+[^.;,]{0,30}?\s(?:a|ad|in)\s+$|\bconfin[ei]\s+(?:tra|con)\s+(?:la\s+|il\s+|l['’])?$|\b(?:territorio|suolo)\s+(?:del\s+|della\s+|dell['’]|di\s+)$|\b(?:conflitto|guerra|pace|crisi|invasione|offensiva|attacc[oh]i?|raid|bombardament[oi]|combattiment[oi]|situazione|sicurezza|occupazione|fronte|truppe)\s+(?:in|a|nel|nella|contro|su|da)\s+(?:la\s+|l['’]|il\s+)?$"),
    pluperfect=_P(r"\b(?:aveva|avevano|era|erano)\b"),
    after_meeting=_P(r"\b(?:al\s+termine|dopo\s+l['’]incontro|successivamente|a\s+margine)\b(?!\s+d)|\b(?:ai|con\s+i)\s+giornalisti\b|\balla\s+stampa\b"),
    joint_statement=_P(r"\b(?:dichiarazione|comunicato|nota)\s+(?:congiunt[oa]|comune)\b"),
    infinitive_marker=_P(r"(?:\bdi\s+|\bd['’]|\ba\s+|\bad\s+|\bper\s+)[a-zàèéìòù]+(?:are|ere|ire|arsi|ersi|irsi)\b"),
    possessive_single=_P(r"\b(?:il\s+suo|la\s+sua|i\s+suoi|le\s+sue|sua|suo)\s+(?:\w+\s+)?$"),
    relative_days=(
        (-1, _P(r"\b(?:il\s+giorno\s+prima|la\s+vigilia|il\s+giorno\s+precedente)\b(?!\s+(?:di|del|della|dell))")),
        (1, _P(r"\b(?:il\s+giorno\s+dopo|l['’]indomani|il\s+giorno\s+seguente|il\s+giorno\s+successivo)\b(?!\s+(?:di|del|della|dell))")),
        (-1, _P(r"\b(?P<n>due|tre|quattro|cinque|2|3|4|5)\s+giorni\s+prima\b")),
        (1, _P(r"\b(?P<n>due|tre|quattro|cinque|2|3|4|5)\s+giorni\s+dopo\b")),
    ),
    summary_nouns=(
        (_P(r"\bpian[oi]\b"), "plan"),
        (_P(r"\bquadro"), "framework"),
        (_P(r"memorandum"), "memorandum"),
        (_P(r"bozz[ae]\s+di\s+accordo|progetto\s+di\s+accordo"), "draft agreement"),
        (_P(r"\bbozz[ae]"), "draft"),
        (_P(r"road\s*map|tabella\s+di\s+marcia"), "roadmap"),
        (_P(r"controproposta"), "counter-proposal"),
        (_P(r"\bpropost[ae]\b"), "proposal"),
        (_P(r"iniziativa"), "initiative"),
        (_P(r"\bofferta"), "offer"),
        (_P(r"\brichiest[ae]\b|\bcondizioni\b"), "demand"),
        (_P(r"\btrattato"), "treaty"),
        (_P(r"\bdocumento|\btesto"), "document"),
        (_P(r"\blista|\belenco"), "list"),
        (_P(r"cessate\s+il\s+fuoco|\btregua"), "ceasefire"),
        (_P(r"\britiro"), "withdrawal"),
        (_P(r"moratoria"), "moratorium"),
        (_P(r"\bipotesi\b"), "option"),
    ),
    summary_qualifiers=(
        (_P(r"\bdi\s+pace\b"), "peace"),
        (_P(r"cessate\s+il\s+fuoco|tregua"), "ceasefire"),
        (_P(r"\beconomic[oa]"), "economic"),
    ),
    summary_numbers=(
        (_P(r"\bventotto\b"), "28"),
        (_P(r"\bventi\s+punti"), "20"),
        (_P(r"\bdodici\b"), "12"),
        (_P(r"\bdieci\b"), "10"),
        (_P(r"\bquindici\b"), "15"),
        (_P(r"\btrenta\b"), "30"),
    ),
    summary_points=_P(r"(\d+)[\s-]*(?:punti|punto)"),
    relative_tail=_P(r",\s*(?:che|il\s+quale|la\s+quale|dove|dopo|durante|al\s+termine)\b[^,]{0,120},\s*$"),
    definite_before=_P(r"\b(?:il|lo|la|l['’]|questo|questa|quest['’])\s*$"),
    relative_span=_P(r",\s*(?:che|il\s+quale|la\s+quale|i\s+quali|le\s+quali|dove)\b[^,]{0,120},"),
    relative_cut=_P(r"(?<=\w)\s+(?:che)\s*$"),
    relative_open=_P(r",\s*(?:che)\s+(?:[\w'’-]+\s+){0,3}$|\w\s+(?:che)\s+(?:[\w'’-]+\s+){0,2}$"),
    participial_opener=_P(r"[\W_]*(?:dopo\s+(?:aver|avere|essersi|esser)\s+|prima\s+di\s+)"),
    coordination_gap=_P(r"\s*(?:,\s*)?(?:,|e|ed|&|oltre\s+a|insieme\s+a)\s*(?:(?:il|lo|la|i|gli|le|l['’]|suo|sua|di|del|della|dei|degli|d['’]|(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]*)|primo|ministro|presidente|affari|esteri|capo|segretario|speciale|inviato|consigliere|difesa|generale|"
                         r"[a-zà-ù]+(?:an[oaie]|es[ei]|ens[ei]|in[oaie]|it[aie]|ot[aie]|us[oaie]|ucrain[oaie]|russ[oaie]|tedesc[oaie]|turc[oaie]))\s*){0,8}"),
    predicate_join=_P(r"\b(?:e|ma|poi)\s+(?:\w+\s+)?$|\b(?:ma)\b"),
    conjunction=_P(r"\b(?:e|ed|oltre\s+a|insieme\s+a)\b|&"),
    relative_segment=_P(r",\s*(?:che|il\s+quale|la\s+quale)\b[^,]*,\s*$"),
    relative_start=_P(r"\s*,?\s*(?:che)\b\s*"),
    relative_aside=_P(r",\s*(?:che|il\s+quale|la\s+quale|i\s+quali|le\s+quali)\b[^,.;]*,"),
    complementiser=_P(r"\b(?:che)\b"),
    source_of=_P(r"\s*(?:del|della|dello|dell['’]|dei|degli|delle|di|d['’])\s*$"),
    passive=_P(r"\b(?:stat[oaie])\b"),
    agent_after=_P(r"\s+(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle)\b"),
    agent_end=_P(r"\b(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle)\s*$"),
    mediator_coordination=_P(r"\s*(?:,|e|ed)\s*(?:del\s+|della\s+|dell['’]|dello\s+|dei\s+|degli\s+|di\s+|d['’])?"),
    mediation_after=_P(r"(?!)"),
    mediation_before=_P(r"(?!)"),
    mediated_suffix=_P(r"(?!)"),
    agent_coordination=_P(r"\b(?:da|dal|dalla)\s+[^.;]{0,40}\b(?:e|,)\s+(?:i\s+suoi\s+|le\s+sue\s+)?$"),
    compound_join=_P(r"\s*[-–/]\s*|\s+(?:e|ed)\s+"),
    front_lead=_P(r"[\W_]*(?:(?:il|già|e|ma|poi|quindi|più\s+tardi)\s+)*"),
    ahead_modal=_P(r"\b(?:dovr\w+|dev(?:e|ono)|sta(?:nno)?\s+per)\b(?:\s+\w+){0,3}\s*$"),
    moved_to=_P(r"\b(?:rinviat[oaie]|rimandat[oaie]|spostat[oaie]|posticipat[oaie]|anticipat[oaie])\s+(?:a|al|alla|all['’])\s*$"),
    setting_before=_P(r"\b(?:a\s+margine\s+d(?:el|ella|ell['’]|ei|i))\s*(?:(?:il|la|l['’]|un|una)\s*)?(?:[\w-]+\s+){0,4}$"),
    object_ends=_P(r"[,;:]|\b(?:e|ma|mentre)\b"),
    second_predicate=_P(r"\b(?:e|poi)\s+(?:(?:anche|poi|ha|hanno|si|si\s+è|si\s+sono)\s+)*$|\b(?:per|al\s+fine\s+di)\s+(?:provare\s+a\s+)?$"),
    duration_lead=_P(r"(?:per|durante|durat[oaie]|dopo|al\s+termine\s+di|trascors[oaie])\s+(?:\w+\s+){0,2}$"),
    duration_tail=_P(r"^\s+(?:di|d['’])\s+(?:\w+\s+)?(?:negoziati|colloqui|trattative|consultazioni|riunioni)"),
    lasted=_P(r"\b(?:durat[oaie]|è\s+durat[oaie]|sono\s+durat[ie]|durava|durato\s+circa)\s+(?:\w+\s+){0,2}$"),
    topic_gap=_P(r"\b(?:su|sul|sulla|per|riguardo|piano|cessate|tregua|pausa)\b"),
    stay_purpose=_P(r"[^.;:]{0,50}?\b(?:per|al\s+fine\s+di)\s+"),
    started=_P(r"\b(?:iniziat[oaie]|cominciat[oaie]|avviat[oaie]|partit[oaie]|a\s+partire\s+da|da)\s+(?:\w+\s+){0,1}$"),
    bounding_verb=_P(r"\b(?:(?:si\s+)?(?:è|sono)\s+(?:conclus|chius|terminat|apert|iniziat)[oaie]|(?:ha|hanno)\s+(?:avuto\s+inizio|preso\s+il\s+via)|conclus[oaie]|terminat[oaie])\s+(?:il\s+)?$"),
    opening_verb=_P(r"iniziat|cominciat|apert|avviat|partit"),
    sub_day=_P(r"\bor[ae]\b|minut|notte|notti"),
    measure_adjective=_P(r"(?!)"),
    duration_preposition=_P(r"(?:per|durante)"),
    duration_of=_P(r"\s*(?:di|d['’])?\s*(?:[\w-]+\s+)?"),
    duration_of_after=_P(r"\s*(?:di|d['’])?\s*"),
    duration_of_inside=_P(r"(?:di\s|d['’])"),
    proposal_object=_P(r"(?:[\w-]+\s+){0,2}\b(?:controproposta|trattato|cessate\s+il\s+fuoco|tregua|ritiro|moratoria|piano|quadro|memorandum|proposta|progetto|bozza|road\s*map|iniziativa|documento|offerta|richiesta|ultimatum|lista|elenco|testo|ipotesi)[aeio]?\b(?:\s+(?:di|d['’]|del|della|dei|in|a|sul|sulla)?\s*[\w'’-]+){0,4}"),
    proposal_object_end=_P(r"\s+(?:modificat|emendat|rivist|consegnat|sottopost|presentat|propost|trasmess|da\b|dal\b|dalla\b|a\b|al\b)"),
    amend_trigger=_P(r"modific|emend|rivist|rived"),
    handover_trigger=_P(r"consegn|trasme|sottop|invi"),
    mentions=MENTION_WORDS,
    temporal=TEMPORAL_WORDS,
)
