"""Spanish rules: trigger verbs and nouns with their conjugations, modality cues, speech patterns.

Each verb is written once as its forms by tense (:func:`conj`, with :func:`ar`, :func:`er` and
:func:`ir` for regular verbs); the helper adds negation ("no"), clitics before the verb ("se
reunieron", "les recibió"), enclitics on infinitives ("reunirse"), and the compound tenses
with "haber" ("han acordado", "habían acordado", "habrá llegado"), so the engine reads the
tense from the group that matched. The conditional ("continuarían") is a plan inside reported
speech and a possibility elsewhere; a present subjunctive ("que se reúnan") like an infinitive governed by the verb
before it. Web copy often drops accents: every accented vowel also matches without it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from tracker.extract.lang.es.mentions import DEMONYMS
from tracker.extract.lang.es.mentions import WORDS as MENTION_WORDS
from tracker.extract.lang.es.temporal import WORDS as TEMPORAL_WORDS
from tracker.extract.rules import FLAGS, LanguageRules, TriggerTable

# --------------------------------------------------------------------------- accents

_ACCENTS = {"á": "[áa]", "é": "[ée]", "í": "[íi]", "ó": "[óo]", "ú": "[úu]", "ñ": "[ñn]"}


def unaccent(pattern: str) -> str:
    """The pattern with every accented vowel outside a character class also matching its
    plain letter ("reunió" → "reuni[óo]"): web copy and wire feeds often lose accents."""
    out, depth = [], 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        out.append(_ACCENTS.get(ch, ch) if depth == 0 else ch)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------- morphology

_ADV = (
    r"(?:\s+(?:ya|también|tambien|finalmente|nuevamente|previamente|hoy|ayer|anteriormente|"
    r"recientemente|incluso|además|públicamente|oficialmente|personalmente|asimismo|igualmente))*\s+"
)
_NEG = r"(?:no\s+)?"
_CLITIC = r"(?:(?:se|me|te|nos|le|les|lo|la|los|las)\s+)?"
_ENCLITIC = r"(?:se|nos|lo|la|los|las|le|les)?"
_PRE = r"\b" + _NEG + _CLITIC

_TABLE = TriggerTable("es")
_ANCHORS = _TABLE.anchors


def _alt(forms: str | tuple[str, ...]) -> str:
    if isinstance(forms, str):
        return forms
    return "(?:" + "|".join(forms) + ")"


def conj(
    *,
    past: str,
    pres: str,
    fut: str,
    cond: str,
    inf: str,
    part: str,
    impf: str = "",
    subj: str = "",
    gerund: str = "",
    after: str = "",
    participle_alone: bool = True,
) -> str:
    """A regex with one named group per tense for a Spanish verb; each argument is an
    alternation of forms ("reunió|reunieron"). ``after`` must follow the verb in every tense
    (a preposition or an object: ``r"\\s+con"``). Without ``participle_alone`` the bare
    participle is left out ("el acuerdo, negociado con ...": it qualifies a noun)."""
    a = after
    forms = [f for f in (past, pres, fut, cond, inf, part, impf, subj, gerund) if f]
    anchor = r"\b(?:" + "|".join(forms) + ")"
    groups = [
        rf"(?P<cmp>{_PRE}(?:(?P<pastx>ha|han|había|habían|hubo|hubieron|he|hemos|haya|hayan|hubiera|hubieran)|(?P<pcondx>habría|habrían)"
        rf"|(?P<futx>habrá|habrán)){_ADV}(?:sido\s+)?(?:{part}){a})",
        rf"(?P<fut>{_PRE}(?:{fut}){a})",
        rf"(?P<cond>{_PRE}(?:{cond}){a})",
        # a present subjunctive ("que se reúnan") is read like an infinitive: the verb that
        # governs it decides ("está previsto que": planned, "no se descarta que": possible)
        rf"(?P<sj_inf>{_PRE}(?:{subj}){a})" if subj else "",
        rf"(?P<impf>{_PRE}(?:{impf}){a})" if impf else "",
        rf"(?P<past>{_PRE}(?:{past}){a})",
        rf"(?P<pres>{_PRE}(?:{pres}{'|' + gerund + _ENCLITIC if gerund else ''}){a})",
        rf"(?P<inf>\b(?:{inf}){_ENCLITIC}{a})",
        rf"(?P<part>\b(?:{part}){a})" if participle_alone else "",
    ]
    out = unaccent("(?:" + "|".join(g for g in groups if g) + r")\b")
    _ANCHORS[out] = unaccent(anchor)
    return out


def ar(stem: str, gerund: bool = True, **kw: Any) -> str:
    """Forms of a regular -ar verb from its stem ("afirm"); "c"/"g" stems keep their sound."""
    return conj(
        past=rf"{stem}(?:ó|aron)",
        impf=rf"{stem}(?:aba|aban)",
        pres=rf"{stem}(?:a|an)",
        fut=rf"{stem}ar(?:á|án)",
        cond=rf"{stem}ar(?:ía|ían)",
        inf=rf"{stem}ar",
        part=rf"{stem}ad(?:o|a|os|as)",
        gerund=rf"{stem}ando" if gerund else "",
        **kw,
    )


def er(stem: str, gerund: bool = True, **kw: Any) -> str:
    """Forms of a regular -er verb from its stem ("agradec" keeps "agradece", "agradeció")."""
    return conj(
        past=rf"{stem}(?:ió|ieron)",
        impf=rf"{stem}(?:ía|ían)",
        pres=rf"{stem}(?:e|en)",
        fut=rf"{stem}er(?:á|án)",
        cond=rf"{stem}er(?:ía|ían)",
        inf=rf"{stem}er",
        part=rf"{stem}id(?:o|a|os|as)",
        gerund=rf"{stem}iendo" if gerund else "",
        **kw,
    )


def ir(stem: str, gerund: bool = True, **kw: Any) -> str:
    """Forms of a regular -ir verb from its stem ("insist")."""
    return conj(
        past=rf"{stem}(?:ió|ieron)",
        impf=rf"{stem}(?:ía|ían)",
        pres=rf"{stem}(?:e|en)",
        fut=rf"{stem}ir(?:á|án)",
        cond=rf"{stem}ir(?:ía|ían)",
        inf=rf"{stem}ir",
        part=rf"{stem}id(?:o|a|os|as)",
        gerund=rf"{stem}iendo" if gerund else "",
        **kw,
    )


def _rename(pattern: str, prefix: str) -> str:
    """The same pattern with its group names prefixed, to join several verbs in one rule."""
    return pattern.replace("?P<", f"?P<{prefix}_")


# --------------------------------------------------------------------------- triggers

_UPPER = r"(?-i:[A-ZÁÉÍÓÚÑ])"
_WEEKDAY = r"(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)"
_WHEN = rf"(?:(?:(?:este|esta|el|la)\s+)?(?:{_WEEKDAY}|ayer|hoy|mañana|noche|tarde|semana\s+pasada)\s+)"
#: a person or a group follows ("recibió a Witkoff", "les recibió el ministro", "recibió a una delegación")
_PERSONISH = (
    rf"(?=\s+{_WHEN}{{0,2}}(?:(?:en|a)\s+(?:la\s+|el\s+)?{_UPPER}[\w'’-]*(?:\s+{_UPPER}[\w'’-]*)*\s*,?\s+)?"
    rf"(?:a\s+(?:{_UPPER}|la\s+|el\s+|los\s+|las\s+|su\s+|sus\s+|una?\s+delegaci)|al\s+|{_UPPER}|el\s+(?:ministro|presidente|canciller|secretario|jefe|primer)|la\s+(?:ministra|presidenta|canciller)))"
)
_PROPOSAL_N = (
    r"(?:plan|planes|propuestas?|marco|memorando|memorándum|borrador|hoja\s+de\s+ruta|iniciativa|documento|texto|"
    r"contrapropuestas?|ofertas?|contraofertas?|acuerdo\s+marco|compromiso|tratado\s+de\s+paz|"
    r"proyecto\s+de\s+(?:acuerdo|tratado|resolución|paz|declaración)|lista\s+de\s+(?:\w+\s+)?(?:prisioneros|nombres|detenidos|exigencias|condiciones))"
)
_TALK_NOUNS = (
    r"(?:reuni(?:ón|ones)|encuentros?|conversaciones|negociaciones|negociación|rondas?|contactos|cumbres?|citas?|sesi(?:ón|ones)|"
    r"consultas|di[áa]logo|videoconferencias?|bilateral|discusiones)"
)

# a gerund of saying ("..., destacando que") is a second predicate of the main subject, not a
# statement of its own: the verbs of saying are built without it
_say_ar, _say_er, _say_ir = (functools.partial(f, gerund=False) for f in (ar, er, ir))
_SPEECH = [
    ("say", conj(past="dijo|dijeron", impf="decía|decían", pres="dice|dicen", fut="dirá|dirán", cond="diría|dirían",
                 inf="decir", part="dicho")),
    ("affirm", _say_ar("afirm")), ("declare", _say_ar("declar")), ("announce", _say_ar("anunci")), ("point_out", _say_ar("señal")),
    ("indicate", _say_ar("indic")), ("stress", _say_ar("destac")), ("express", _say_ar("expres")), ("underline", _say_ar("subray")),
    ("highlight", _say_ar("resalt")), ("mention", _say_ar("mencion")), ("state", _say_ar("manifest")), ("assure", _say_ar("asegur")),
    ("recall", _say_ar("record")), ("insist", _say_ir("insist")), ("reiterate", _say_ar("reiter")), ("emphasise", _say_ar("enfatiz")),
    ("explain", _say_ar("explic")), ("specify", _say_ar("precis")), ("clarify", _say_ar("aclar")), ("add", _say_ir("añad")),
    ("add2", _say_ar("agreg")), ("advance", _say_ar("adelant", after=r"(?=\s+que\b)")), ("urge", _say_ar("inst", after=r"(?=\s+(?:a|al)\b)")),
    ("agree_that", _say_ir("coincid", after=r"(?=\s+en\s+que\b)")), ("confirm", _say_ar("confirm")), ("reaffirm", _say_ar("reafirm")),
    ("comment", _say_ar("coment")), ("consider", _say_ar("consider")), ("estimate", _say_ar("estim")), ("criticise", _say_ar("critic")),
    ("accuse", _say_ar("acus")), ("denounce", _say_ar("denunci")), ("condemn", _say_ar("conden")), ("regret", _say_ar("lament")),
    ("qualify", _say_ar("calific", after=r"(?=\s+(?:\w+\s+){0,4}?(?:como|de)\b)")), ("write", conj(
        past="escribió|escribieron", pres="escribe|escriben", fut="escribirá|escribirán", cond="escribiría|escribirían",
        inf="escribir", part="escrito", after=r"(?=\s+(?:en|que)\b)")),
    ("post", _say_ar("public", after=r"(?=\s+(?:en|un|una)\b)")), ("tweet", _say_ar("tuite")),
    ("warn", conj(past="advirtió|advirtieron", impf="advertía|advertían", pres="advierte|advierten", fut="advertirá|advertirán",
                  cond="advertiría|advertirían", inf="advertir", part="advertido")),
    ("acknowledge", conj(past="reconoció|reconocieron", pres="reconoce|reconocen", fut="reconocerá|reconocerán",
                         cond="reconocería|reconocerían", inf="reconocer", part="reconocido")),
    ("admit", _say_ir("admit")),
    ("deny", conj(past="negó|negaron|desmintió|desmintieron", pres="niega|niegan|desmiente|desmienten",
                  fut="negará|negarán", cond="negaría|negarían", inf="negar|desmentir", part="negado|desmentido",
                  after=r"(?=\s+(?:que|rotundamente|categóricamente|haber)\b)")),
    ("thank", _say_er("agradec")),
    ("ask", conj(past="pidió|pidieron", impf="pedía|pedían", pres="pide|piden", fut="pedirá|pedirán", cond="pediría|pedirían",
                 inf="pedir", part="pedido", after=r"(?=\s+(?:a\s+|al\s+|que\b|calma|paciencia|un|una|el|la|los|las)\b)")),
    ("maintain", conj(past="sostuvo|sostuvieron", pres="sostiene|sostienen", fut="sostendrá|sostendrán",
                      cond="sostendría|sostendrían", inf="sostener", part="sostenido", after=r"(?=\s+que\b)")),
    ("promise", _say_er("promet")),
    ("celebrate_that", _say_ar("celebr", after=r"(?=\s+que\b)")),
]

_TRIGGERS = _TABLE.rules
_SPEECH_PATTERNS = dict(_SPEECH)


_add = _TABLE.add


for _name, _pat in _SPEECH:
    # a gerund of saying ("..., destacando que") is a second predicate of the main subject, not
    # a statement of its own
    _pat = re.sub(r"\|\w+(?:ando|iendo)\(\?:se\|nos\|lo\|la\|los\|las\|le\|les\)\?", "", _pat)
    _ANCHORS.setdefault(_pat, _ANCHORS.get(_SPEECH_PATTERNS[_name], ""))
    _add(f"statement.verb_{_name}", "statement_issued", _pat, speech=True, confidence=0.75)
_add("statement.noun_communique", "statement_issued",
     unaccent(r"\b(?:en|según|mediante|a\s+través\s+de)\s+(?:un|el|su)\s+(?:comunicado|nota\s+de\s+prensa|mensaje)\b"),
     kind="noun", confidence=0.7, speech=True, channel="communiqué")
_add("statement.noun_interview", "statement_issued",
     unaccent(r"\ben\s+(?:una\s+)?entrevista\s+(?:concedida\s+|exclusiva\s+)?(?:a|al|con)\b"),
     kind="noun", confidence=0.7, speech=True, channel="interview")
_add("statement.noun_press", "statement_issued",
     unaccent(r"\ben\s+(?:una|la|su)\s+(?:rueda|conferencia)\s+de\s+prensa\b"),
     kind="noun", confidence=0.65, speech=True, channel="press conference")

# meetings in person (a phone cue in the clause turns them into phone calls)
_MEET = conj(
    past="reunió|reunieron", impf="reunía|reunían", pres="reúne|reúnen", fut="reunirá|reunirán",
    cond="reuniría|reunirían", subj="reúna|reúnan", inf="reunir", part="reunido|reunidos|reunida|reunidas",
    gerund="reuniendo|reuniéndo",
)
_add("meeting.verb_meet", "meeting_held", _MEET, confidence=0.8)
_add("meeting.verb_find_each_other", "meeting_held",
     conj(past="se\\s+encontró|se\\s+encontraron", pres="se\\s+encuentra|se\\s+encuentran", fut="se\\s+encontrará|se\\s+encontrarán",
          cond="se\\s+encontraría|se\\s+encontrarían|se\\s+encuentren", inf="encontrarse", part="encontrado",
          after=r"(?=\s+(?:\w+\s+){0,3}?(?:con\s+(?:el\s+|la\s+)?" + _UPPER + r"|en\s+(?:el\s+|la\s+)?(?:" + _UPPER
          + r"|palacio|sede|residencia|capital|ciudad|complejo|hotel|embajada)))"),
     confidence=0.6, anchor=unaccent(r"\b(?:encontr|encuentr)"))
# "mantuvieron una reunión", "celebraron conversaciones", "sostuvo un encuentro"
_HOLD_OBJ = rf"(?=\s+(?:\w+\s+){{0,3}}?{unaccent(_TALK_NOUNS)}\b)"
_add("meeting.verb_hold", "meeting_held",
     conj(past="mantuvo|mantuvieron|sostuvo|sostuvieron|celebró|celebraron", impf="mantenía|mantenían|celebraba|celebraban",
          pres="mantiene|mantienen|sostiene|sostienen|celebra|celebran", fut="mantendrá|mantendrán|sostendrá|sostendrán|celebrará|celebrarán",
          cond="mantendría|mantendrían|celebraría|celebrarían|mantengan|celebren", inf="mantener|sostener|celebrar",
          part="mantenido|sostenido|celebrado", after=_HOLD_OBJ),
     confidence=0.75)
_add("meeting.verb_receive", "meeting_held", er("recib", after=_PERSONISH), confidence=0.65)
_add("meeting.verb_negotiate", "meeting_held", ar("negoci", participle_alone=False), confidence=0.55)
_add("meeting.verb_talk_with", "meeting_held",
     _rename(ar("convers", after=r"(?=\s+(?:\w+\s+){0,2}?con\b)"), "c") + "|" + _rename(ar("dialog", after=r"(?=\s+con\b)"), "d")
     + "|" + _rename(ir("discut", after=r"(?=\s+(?:con|entre)\b)"), "x"),
     confidence=0.6, anchor=unaccent(r"\b(?:convers|dialog|discut)"))
_add("meeting.noun_talks", "meeting_held",
     unaccent(
         r"\b(?:reuni(?:ón|ones)|encuentros?|conversaciones|negociaciones|negociación|contactos|cumbres?|"
         r"sesi(?:ón|ones)\s+de\s+(?:trabajo|negociaciones?)|consultas|tête-à-tête|videoconferencias?|"
         r"rondas?\s+de\s+(?:\w+\s+)?(?:negociaciones|conversaciones|consultas|diálogo|contactos)|mesa\s+de\s+negociaci(?:ón|ones))\b"
     ) + r"(?!\s+(?:telef[oó]nic[ao]s?|por\s+tel[eé]fono))",
     kind="noun", confidence=0.6)
# "esta bilateral", "la sesión", "la ronda en Ginebra": a round or session told as such
_add("meeting.noun_round", "meeting_held",
     unaccent(r"\b(?:(?:la|esta|una|nueva|próxima|segunda|tercera|cuarta|quinta|primera)\s+)(?:ronda|sesión|bilateral|cita)\b(?!\s+de\s+(?:sanciones|ataques|bombardeos|preguntas))"),
     kind="noun", confidence=0.55)

# phone calls
_add("phone.noun_call", "phone_call",
     unaccent(r"\b(?:llamadas?|conversaci(?:ón|ones)|comunicaci(?:ón|ones)|charlas?)\s+(?:telefónicas?|por\s+teléfono)\b"),
     kind="noun", confidence=0.85)
_add("phone.verb_speak", "phone_call",
     _rename(ar("habl", after=r"(?=[^.;]{0,60}\bpor\s+tel[eé]fono)"), "h") + "|" + _rename(ar("convers", after=r"(?=[^.;]{0,60}\bpor\s+tel[eé]fono)"), "c"),
     confidence=0.85, anchor=unaccent(r"\b(?:habl|convers)"))
_add("phone.verb_phone", "phone_call", ar("telefone"), confidence=0.8)
_add("phone.verb_call", "phone_call", ar("llam", after=rf"(?=\s+(?:por\s+teléfono\s+)?(?:a\s+{_UPPER}|a\s+su\s+homólog|al\s+presidente))"), confidence=0.6)

# visits
#: a place follows, after at most four words of time or manner ("viajará la próxima semana a Kiev")
_PLACE_AHEAD = rf"(?=\s+(?:[a-záéíóúñ]+\s+){{0,4}}?(?:a|al|en)\s+(?:la\s+|el\s+)?{_UPPER})"
_add("visit.verb_arrive", "visit",
     conj(past="llegó|llegaron", impf="llegaba|llegaban", pres="llega|llegan", fut="llegará|llegarán", cond="llegaría|llegarían",
          subj="llegue|lleguen", inf="llegar", part="llegado|llegada|llegados", after=_PLACE_AHEAD),
     confidence=0.7)
_add("visit.verb_travel", "visit",
     _rename(ar("viaj", after=_PLACE_AHEAD), "v") + "|" + _rename(ar("desplaz", after=_PLACE_AHEAD), "d")
     + "|" + _rename(conj(past="aterrizó|aterrizaron", pres="aterriza|aterrizan", fut="aterrizará|aterrizarán",
                          cond="aterrizaría|aterrizarían", inf="aterrizar", part="aterrizado", after=_PLACE_AHEAD), "a"),
     confidence=0.75, anchor=unaccent(r"\b(?:viaj|desplaz|aterriz)"))
_add("visit.verb_visit", "visit", ar("visit", after=rf"(?=\s+{_WHEN}{{0,2}}(?:la\s+|el\s+)?{_UPPER})"), confidence=0.7)
_add("visit.noun_visit", "visit",
     unaccent(r"\b(?:visita|viaje|gira|llegada|desplazamiento)\s+(?:oficial\s+|de\s+Estado\s+|sorpresa\s+|relámpago\s+)?"
              r"(?:de\s+(?:\w+\s+)?(?:días?|horas?|semanas?)\s+)?(?:a|al|en|por)\s+(?:la\s+|el\s+)?") + rf"(?={_UPPER})",
     kind="noun", confidence=0.6)

# reports to a principal
_LEADER = r"(?:al\s+presidente|al\s+jefe\s+de(?:l)?\s+Estado|al\s+primer\s+ministro|al\s+mandatario|a\s+" + _UPPER + r")"
_add("report.verb_inform", "report_to_leader", ar("inform", after=rf"(?=\s+(?:\w+\s+)?{_LEADER})"), confidence=0.7)
_add("report.verb_account", "report_to_leader",
     conj(past="rindió\\s+cuentas|rindieron\\s+cuentas|dio\\s+parte|dieron\\s+parte", pres="rinde\\s+cuentas|rinden\\s+cuentas",
          fut="rendirá\\s+cuentas|rendirán\\s+cuentas|dará\\s+parte", cond="rendiría\\s+cuentas|rendirían\\s+cuentas",
          inf="rendir\\s+cuentas|dar\\s+parte", part="rendido\\s+cuentas", after=r"(?=\s+(?:a|al|ante)\b)"),
     confidence=0.85, anchor=unaccent(r"\b(?:rind|rend|dio|dieron|dará|dar)"))
_add("report.verb_report", "report_to_leader",
     conj(past="presentó\\s+un\\s+informe|presentaron\\s+un\\s+informe", pres="presenta\\s+un\\s+informe", fut="presentará\\s+un\\s+informe",
          cond="presentaría\\s+un\\s+informe", inf="presentar\\s+un\\s+informe", part="presentado\\s+un\\s+informe",
          after=r"(?=\s+(?:a|al|ante)\b)"),
     confidence=0.85, anchor=unaccent(r"\bpresent"))

# proposals
_add("proposal.verb_present", "proposal_presented",
     _rename(ar("present"), "p") + "|" + _rename(ar("entreg"), "e") + "|" + _rename(ar("remit"), "r")
     + "|" + _rename(conj(past="propuso|propusieron", impf="proponía|proponían", pres="propone|proponen", fut="propondrá|propondrán",
                          cond="propondría|propondrían", inf="proponer", part="propuesto"), "o")
     + "|" + _rename(conj(past="sometió|sometieron", pres="somete|someten", fut="someterá|someterán", cond="sometería|someterían",
                          inf="someter", part="sometido"), "s")
     + "|" + _rename(ar("desvel"), "d"),
     confidence=0.6, anchor=unaccent(r"\b(?:present|entreg|remit|propus|propon|propondr|propuest|somet|desvel)"))
_add("proposal.noun_presented_by", "proposal_presented",
     unaccent(r"\b" + _PROPOSAL_N + r"\b(?:\s+[\w-]+){0,6}?\s+(?:presentad[oa]s?|propuest[oa]s?|entregad[oa]s?|elaborad[oa]s?|redactad[oa]s?)\s+por\b"),
     kind="verb_phrase", confidence=0.7)
_add("rejection.verb_reject", "proposal_rejected",
     _rename(ar("rechaz"), "r") + "|" + _rename(ar("descart", after=rf"(?=[^.;]{{0,50}}\b{unaccent(_PROPOSAL_N)})"), "d"),
     confidence=0.75, anchor=unaccent(r"\b(?:rechaz|descart)"))
_add("rejection.adj_unacceptable", "proposal_rejected",
     unaccent(r"\b(?:inaceptables?|inadmisibles?|fuera\s+de\s+discusión)\b"), kind="noun", confidence=0.6)

# agreements
_AGREE_OBJ = r"(?:acuerdos?|alto\s+el\s+fuego|tregua|cese\s+(?:el\s+|al\s+|del\s+)?fuego|pacto|intercambios?|canjes?)"
_add("agreement.noun_exchange", "agreement_reached",
     unaccent(r"\b(?:intercambios?|canjes?|liberaci(?:ón|ones)|entregas?)\s+de\s+(?:\d[\d\s.,]*\s+)?(?:prisioneros|cautivos|cuerpos|restos|soldados|civiles|rehenes|presos)\b"),
     kind="noun", confidence=0.6)
_add("agreement.verb_reach", "agreement_reached",
     _rename(ar("alcanz", after=rf"(?=\s+(?:\w+\s+){{0,2}}?{unaccent(_AGREE_OBJ)}\b)"), "a")
     + "|" + _rename(ar("logr", after=rf"(?=\s+(?:\w+\s+){{0,2}}?{unaccent(_AGREE_OBJ)}\b)"), "l")
     + "|" + _rename(ar("firm", after=r"(?=\s+(?:\w+\s+){0,2}?(?:acuerdos?|tratado|memorando|pacto|tregua|alto\s+el\s+fuego|declaraci[oó]n)\b)"), "f")
     + "|" + _rename(ar("cerr", after=r"(?=\s+(?:un|el)\s+acuerdo\b)"), "c")
     + "|" + _rename(ar("lleg", after=r"(?=\s+a\s+un\s+acuerdo\b)"), "g"),
     confidence=0.8, anchor=unaccent(r"\b(?:alcanz|logr|firm|cerr|lleg)"))
_add("agreement.verb_agree", "agreement_reached",
     ar("acord", after=r"(?!\s+(?:continuar|seguir|reunirse|volver|mantener|celebrar|verse|retomar|reanudar|encontrarse|una?\s+(?:nueva\s+)?(?:reunión|ronda|cita)))"),
     confidence=0.75)
_add("agreement.verb_accept", "agreement_reached",
     ar("acept", after=rf"(?=\s+(?:\w+\s+){{0,2}}?(?:{unaccent(_PROPOSAL_N)}|tregua|alto\s+el\s+fuego)\b)"),
     confidence=0.65)
_add("agreement.noun_reached", "agreement_reached",
     unaccent(r"\b(?:acuerdos?|alto\s+el\s+fuego|tregua|pacto|compromiso)\b(?:\s+\w+){0,3}?\s+(?:alcanzad[oa]s?|firmad[oa]s?|logrado|logrados?|cerrad[oa]s?|sellad[oa]s?|pactad[oa]s?)\b"),
     kind="noun", confidence=0.7)

# --------------------------------------------------------------------------- cues


def _P(s: str) -> re.Pattern[str]:
    return re.compile(unaccent(s), FLAGS)


_FUT_WORDS = r"\w{3,}(?:ará|erá|irá|arán|erán|irán)|será|serán|habrá|habrán|tendrá|tendrán|hará|harán|podrá|podrán|vendrá|vendrán|saldrá|saldrán|pondrá|pondrán|dirá|dirán"
_DEMONYM_RE = {
    unaccent("|".join(sorted((re.escape(w) for w, s in DEMONYMS.items() if s == side), key=len, reverse=True))): side
    for side in sorted(set(DEMONYMS.values()))
}

#: "que" opening reported content or a completive ("afirmó que", "espera que", "de que"), not
#: a relative pronoun after a noun ("el grupo que lleva ..."), which keeps its clause; the
#: endings keep their accents ("-ó", not "-o" of any noun)
_VERB_ENDINGS = ("ó", "é", "á", "ron", "ían", "ía", "aba", "aban", "ado", "ido", "ijo", "uvo", "ce", "cen")
_VERB_WORDS = (
    "es", "fue", "sea", "era", "de", "en", "para", "a", "sin", "hasta", "afirma", "afirman", "asegura", "aseguran",
    "espera", "esperan", "considera", "consideran", "señala", "señalan", "indica", "indican", "explica", "recuerda",
    "insiste", "cree", "creen", "teme", "temen", "estima", "subraya", "destaca", "advierte", "admite", "niega",
    "anuncia", "anuncian", "pide", "piden", "confirma", "opina", "sabe", "parece", "dice", "dicen", "prevé",
    "sostiene", "reitera", "añade", "agrega", "precisa", "aclara", "calcula", "supone", "significa", "implica",
)
_COMPLEMENTISER = (
    "(?:" + "|".join(f"(?<={e}\\s)" for e in _VERB_ENDINGS)
    + "|" + "|".join(f"(?<=\\b{unaccent(w)}\\s)" for w in _VERB_WORDS) + ")que\\b"
)

RULES = LanguageRules(
    lang="es",
    pro_drop=True,
    triggers=tuple(_TRIGGERS),
    abbreviations=frozenset("sr sra srta dr dra ee uu ee.uu eeuu gral etc núm art vol pp p cía av".split()),
    clause_break=re.compile(_COMPLEMENTISER + "|" + unaccent(
        # an acronym in brackets ("las Fuerzas de Apoyo Rápido (FAR)") cuts nothing; a longer aside does
        r"\s*[;:\[\]—–]\s*|\s*\((?:[^()]*\s){2,}[^()]*\)\s*|\s+[«»“”\"]\s*|\s*\"\s*"
        # a fronted subordinate clause ("Aunque X no participa, afirmó ..."): what follows is the main clause
        r"|^\s*(?:aunque|si|cuando|mientras|pese\s+a\s+que|a\s+pesar\s+de\s+que|aun\s+cuando|dado\s+que|puesto\s+que)\b[^,;:«»\"“”]{3,150},"
        r"|\s*,?\s*\b(?:pero|mientras\s+que|aunque|porque|ya\s+que|puesto\s+que|cuando|destacando|subrayando|señalando|afirmando|indicando|añadiendo|agregando|asegurando|describiéndol[ao]s?)\b"
        r"|\s+y(?=\s+(?:se\s+reunir(?:á|án)|viajar(?:á|án)|llegar(?:á|án)|va|van|deber(?:á|án|ía|ían))\b)"
    ), FLAGS),
    clause_cues=(
        ("denied", _P(r"\b(?:descart(?:ó|aron|a|an|ado)|no\s+(?:se\s+)?(?:ha|han|hubo)\s+(?:celebrado|tenido\s+lugar)|no\s+(?:habrá|tendrá\s+lugar)|"
                      r"ningun[ao]?\s+(?:reunión|encuentro|negociación|cumbre|conversación)|sin\s+(?:reunión|encuentro)|cancelad[ao]s?|suspendid[ao]s?|aplazad[ao]s?|pospuest[ao]s?|se\s+negó\s+a|se\s+negaron\s+a|rechaz\w+\s+(?:reunirse|participar|asistir))\b")),
        ("possible", _P(r"\b(?:podr(?:ía|ían|á|án)|puede|pueden|posibles?|posibilidad|eventual(?:es)?|plante(?:ó|a|an|aron)|no\s+se\s+descarta|no\s+descarta(?:n)?|no\s+excluye(?:n)?|propuso|propone|sugiri(?:ó|eron)|probables?|quizás?|tal\s+vez|esper(?:a|an|aba|aban)\s+(?:poder\s+)?(?:iniciar|celebrar|mantener|reunirse|abrir))\b")),
        ("planned", _P(r"\b(?:deber(?:ía|ían|á|án)|debe|deben|previst[oa]s?|prevé|prevén|programad[oa]s?|anunciad[oa]s?|fijad[oa]s?|planead[oa]s?|"
                       r"convocad[oa]s?|próxim[oa]s?|siguientes?|va\s+a|van\s+a|iba\s+a|iban\s+a|se\s+espera\s+que|está\s+previsto|están\s+previstos|tiene\s+previsto|tienen\s+previsto|"
                       r"pretende(?:n)?|planea(?:n)?|tiene\s+(?:la\s+)?intención|esper(?:a|an)\s+(?:mantener|celebrar|reunirse|ver)|nuev[oa]s?\s+(?:ronda|reunión|cita|sesión|encuentro)|"
                       rf"acordaron\s+(?:continuar|seguir|reunirse|volver|mantener|celebrar)|{_FUT_WORDS})\b")),
        ("past", _P(r"\b(?:(?:ha|han|había|habían)\s+(?:\w+\s+)?(?:celebrado|mantenido|tenido|sostenido|participado|durado|concluido|terminado|finalizado|reunido)|"
                    r"(?:se\s+)?(?:celebr(?:ó|aron)|mantuv(?:o|ieron)|sostuv(?:o|ieron)|conclu(?:yó|yeron)|termin(?:ó|aron)|finaliz(?:ó|aron)|particip(?:ó|aron)|durar?(?:on|ó)|tuvo\s+lugar|tuvieron\s+lugar|lideraron|lideró|encabez(?:ó|aron)|se\s+produjo|se\s+celebró)|"
                    r"celebrad[oa]s|mantenid[oa]s|anteriore?s?|pasad[oa]s?|últim[oa]s?|ayer|anoche|tras\s+(?:la|el|las|los|su|sus|esta|este)|después\s+de\s+(?:la|el|las|los|su|sus)|durante\s+(?:la|el|las|los|su|sus))\b")),
    ),
    attached_before=(
        ("past", _P(r"(?:\btras\s+|\bdespués\s+de\s+|\bdurante\s+|\ben\s+el\s+marco\s+de\s+|\bal\s+término\s+de\s+|\bal\s+final\s+de\s+|\ben\s+)"
                    r"(?:la\s+|el\s+|las\s+los\s+|los\s+|las\s+|su\s+|sus\s+|esta\s+|este\s+|estas\s+|estos\s+)?(?:\w+\s+){0,2}$")),
        ("past", _P(r"\b(?:anteriore?s?|pasad[oa]s?|reciente|recientes|últim[oa]s?)\s+$")),
        ("planned", _P(r"\b(?:próxim[oa]s?|futur[oa]s?|siguiente)\s+(?:(?:ronda|sesión|serie)\s+de\s+)?$")),
        ("new", _P(r"\bnuev[oa]s?\s+(?:(?:ronda|sesión|serie)\s+de\s+)?$")),
        ("ahead", _P(r"\b(?:antes\s+de|con\s+vistas\s+a|de\s+cara\s+a|en\s+preparación\s+de)\s+(?:la|el|las|los|su|sus|esta|este)\s+(?:\w+\s+)?$")),
        ("possible", _P(r"\b(?:posibles?|eventual(?:es)?|hipotétic[oa]s?)\s+$")),
        # "ofreció Madrid como sede de una futura ronda": a venue offered, a meeting that may be
        ("possible", _P(r"\b(?:como\s+)?sede\s+(?:de|para)\s+(?:una|un|la|el|las|los|nuevas?|futuras?)\s+(?:[\w-]+\s+){0,2}$")),
        # "anunció su llegada a", "realizó una visita a": a trip told by its support verb
        ("past", _P(r"\b(?:anunci|confirm|realiz|efectu|conclu|inici|termin|emprendi)\w*(?:ó|aron|yó|yeron)\s+(?:\w+\s+){0,2}?(?:su|sus|una|la|el)\s+(?=(?:llegada|visita|viaje|gira)\b)$")),
        ("possible", _P(r"\b(?:dispuest[oa]s?|abiert[oa]s?)\s+a\s+(?:una?\s+|la\s+|el\s+|nuevas\s+)?(?:[\w-]+\s+)?$")),
        ("denied", _P(r"\b(?:ningun[ao]?|sin)\s+(?:\w+\s+)?$")),
    ),
    attached_after=(
        ("past", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:celebrad[oa]s?|mantenid[oa]s?|realizad[oa]s?|concluid[oa]s?|que\s+(?:se\s+)?(?:celebr(?:ó|aron)|mantuv\w+|tuv\w+|conclu\w+))\b")),
        ("past", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:se\s+)?(?:celebró|celebraron|desarroll(?:ó|aron)|produjo|tuvo\s+lugar|tuvieron\s+lugar|duró|duraron|conclu(?:yó|yeron)|termin(?:ó|aron)|fue\s+(?:una?\s+)?\w+)\b")),
        ("planned", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:previst[oa]s?|programad[oa]s?|anunciad[oa]s?|fijad[oa]s?|convocad[oa]s?|esperad[oa]s?|"
                       r"(?:está|están)\s+(?:prevista?s?|programad[oa]s?|fijad[oa]s?)|deber(?:á|án|ía|ían)|tendrá\s+lugar|tendrán\s+lugar|se\s+celebrará|se\s+celebrarán)\b")),
        ("possible", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:podr(?:ía|ían|á|án)|posibles?|eventual(?:es)?)\b")),
        ("denied", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:no\s+(?:se\s+)?(?:ha|han|hubo|tuvo|tendrá|celebr\w+)|cancelad[oa]s?|suspendid[oa]s?|aplazad[oa]s?|pospuest[oa]s?|descartad[oa]s?)\b")),
    ),
    infinitive_left=(
        ("denied", _P(r"(?:\brechaz\w*|\bse\s+neg(?:ó|aron|a|an)\s+a|\bno\s+(?:\w+\s+)?(?:quiere|quieren|pudo|pudieron|logró|lograron|consiguió|piensa|tiene\s+intención\s+de|va\s+a|van\s+a)|\bsin)\s+(?:de\s+|a\s+)?(?:\w+\s+)?$")),
        ("possible", _P(r"\b(?:(?:no\s+se\s+descarta|no\s+descarta(?:n)?|es\s+posible|cabe\s+la\s+posibilidad\s+de)\s+que)\s+(?:\w+\s+){0,4}$")),
        ("planned", _P(r"\b(?:(?:está|están)\s+previst[oa]s?|se\s+espera|prevé|prevén|esper(?:a|an)|acord(?:ó|aron)|decidi(?:ó|eron)|se\s+ha\s+decidido|quiere(?:n)?)\s+que\s+(?:\w+\s+){0,4}$")),
        ("possible", _P(r"\b(?:podr(?:ía|ían|á|án)|puede|pueden|no\s+se\s+descarta\s+que\s+(?:\w+\s+){0,4}|no\s+descarta(?:n)?|plante(?:ó|a|an|aron)|propuso|propone|sugiri(?:ó|eron)|posibilidad\s+de|esper(?:a|an|aba|aban)\s+(?:poder\s+)?|vuelvan\s+a|vuelva\s+a|dispuest[oa]s?\s+a)\s*(?:\w+\s+)?$")),
        ("planned", _P(r"\b(?:deber(?:ía|ían|á|án)|debe|deben|va\s+a|van\s+a|iba\s+a|iban\s+a|volverá\s+a|volverán\s+a|tiene\s+previsto|tienen\s+previsto|prevé|prevén|planea(?:n)?|pretende(?:n)?|quiere(?:n)?|acord(?:ó|aron)|decidi(?:ó|eron)|acept(?:ó|aron)|se\s+comprometi(?:ó|eron)\s+a|está\s+previsto|seguirán|continuarán|continuarían|seguirían)\s+(?:\w+\s+)?$")),
        ("purpose", _P(r"\b(?:para|con\s+el\s+(?:fin|objetivo|propósito)\s+de|a\s+fin\s+de|con\s+vistas\s+a)\s+(?:\w+\s+)?$")),
    ),
    negation=_P(r"\bno\b|\bnunca\b|\bjamás\b"),
    phone_cue=_P(r"\btelef[oó]n\w*|\bpor\s+tel[eé]fono\b|\bllamada\b"),
    possessor_before=_P(
        r"\b(?:emisari[oa]|enviad[oa]|yerno|asesor[a]?|consejer[oa]|portavoz|vocer[oa]|representante|hij[oa]|espos[oa]|homólog[oa]|mano\s+derecha|"
        r"negociador[a]?|aliad[oa]|administración|gobierno|gabinete|equipo|entorno|jefe\s+de\s+gabinete|secretari[oa]|colaborador[a]?)s?"
        r"(?:\s+(?:especial(?:es)?|principal|personal|jefe|estadounidense|rus[oa]|ucranian[oa]))*"
        r"\s+(?:del|de\s+la|de)\s*"
        r"(?:(?:presidente|president[a]|líder|mandatario|jefe\s+de(?:l)?\s+Estado|primer\s+ministro|ministr[oa]|secretari[oa]\s+de\s+Estado|jefe)"
        r"(?:\s+(?:rus[oa]|estadounidense|ucranian[oa]|de\s+Estados\s+Unidos|de\s+Rusia|de\s+Ucrania))?\s+)?$"
    ),
    attribution_before=_P(r"\b(?:según|de\s+acuerdo\s+con|citad[oa]\s+por|informó|informaron)\s+(?:el\s+|la\s+|los\s+|las\s+)?$"),
    # "él" keeps its accent: without it, it is the article "el"
    pronoun_subject=re.compile(r"\b(?:él|Él)\b|" + unaccent(
        r"\b(?:ella|ellos|ellas|este\s+último|esta\s+última|"
        r"(?:el|la)\s+(?:emisari[oa]|enviad[oa]|responsable|asesor[a]?|negociador[a]?|diplomátic[oa]|funcionari[oa]|"
        r"ministr[oa]|portavoz|vocer[oa]|president[ea]|mandatari[oa]|dirigente|líder|canciller|secretari[oa]\s+de\s+Estado|primer\s+ministro|representante)"
        r"\b(?:\s+(?:especial|estadounidense|rus[oa]|ucranian[oa]|iraní|catarí|jefe|principal))*)\b(?!s\b)"
    ), FLAGS),
    agent_marker=_P(r"\bpor\s+(?:\w+\s+){0,3}$"),
    recipient_marker=_P(r"\b(?:a|al|ante)\s+(?:\w+\s+){0,2}$"),
    with_marker=_P(r"\b(?:con|entre|junto\s+a|en\s+presencia\s+de)\s+(?:\w+\s+){0,4}$"),
    host_verb=_P(r"\b(?:recib|acog|anfitri)"),
    leader_title=_P(r"\b(?:presidente|presidenta|jefe\s+de(?:l)?\s+Estado|primer\s+ministro|mandatario|líder)\b"),
    other_before=_P(r"\b(?:otr[oa]s?|nuev[oa]s?|segund[oa]|tercer[oa]?|cuart[oa]|distint[oa]s?|paralel[oa]s?)\s+(?:ronda\s+de\s+|serie\s+de\s+)?$"),
    demonyms=_DEMONYM_RE,
    quote=re.compile(r"«\s*([^«»]{2,400}?)\s*»|[\"“]([^\"“”]{2,400}?)[\"”]", FLAGS),
    stance_cues=(
        ("sceptical", _P(r"\bescéptic\w*|\bescepticismo\b|\bcautel\w*|\bprudente\b|\breservas\b|\bdesconfian")),
        ("negative", _P(r"\binaceptables?\b|\brechaz\w*|\bconden\w*|\bdenunci\w*|\bprovocaci\w*|\bestancad\w*|\bfracaso\b|\bhostil")),
        ("positive", _P(r"\bconstructiv[oa]s?\b|\bproductiv[oa]s?\b|\bpositiv[oa]s?\b|\bútil(?:es)?\b|\bfructífer\w*|\bprogresos?\b|\bavances?\b|\balentador\w*|\béxito\b|\bbuen[oa]s?\b")),
    ),
    channel_cues=(
        ("X", _P(r"\ben\s+(?:la\s+red\s+social\s+)?(?:X|Twitter)\b")),
        ("Telegram", _P(r"\bTelegram\b")),
        ("interview", _P(r"\bentrevista\b")),
        ("communiqué", _P(r"\bcomunicado\b")),
        ("press conference", _P(r"\b(?:rueda|conferencia)\s+de\s+prensa\b")),
        ("television", _P(r"\b(?:en\s+la\s+)?televisión\b")),
    ),
    topic_cues=(
        ("security guarantees", _P(r"\bgarantías\s+de\s+seguridad\b")),
        ("territory", _P(r"\bterritori\w+|\bDonbás\b|\bDonbass\b|\bCrimea\b|\blínea\s+del\s+frente\b|\bfronteras?\b")),
        ("ceasefire", _P(r"\balto\s+el\s+fuego\b|\btregua\b|\bcese\s+(?:de\s+las\s+hostilidades|del\s+fuego|el\s+fuego|al\s+fuego)\b|\barmisticio\b")),
        ("prisoner exchange", _P(r"\b(?:intercambios?|canjes?)\s+de\s+prisioneros\b|\bprisioneros\s+de\s+guerra\b")),
        ("hostages", _P(r"\brehenes\b")),
        ("sanctions", _P(r"\bsanciones\b")),
        ("tariffs", _P(r"\baranceles?\b|\bcomerci\w+")),
        ("nuclear programme", _P(r"\bnuclear\b|\benriquecimiento\b|\buranio\b")),
        ("peace plan", _P(r"\bplan\s+de\s+paz\b|\bplan\s+de\s+\w+\s+puntos\b|\bproceso\s+de\s+paz\b")),
        ("humanitarian aid", _P(r"\bayuda\s+humanitaria\b")),
    ),
    mediator_before=_P(r"\b(?:mediaci[oó]n|mediador(?:es)?|mediadora)\s+(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+)$|\bmediad[oa]s?\s+por\s+(?:el\s+|la\s+|los\s+)?$|\bbajo\s+los\s+auspicios\s+(?:de\s+la\s+|del\s+|de\s+)$|\bcon\s+la\s+intervención\s+de\s+$|\ben\s+presencia\s+(?:de\s+la\s+|del\s+|de\s+)$"),
    group_reference=_P(r"\b(?:ambas\s+partes|las\s+(?:dos\s+)?partes|ambos\s+(?:líderes|presidentes|países|ministros|negociadores|cancilleres|mandatarios)|los\s+dos\s+(?:líderes|presidentes|países|ministros|mandatarios|hombres)|las\s+(?:dos\s+)?delegaciones|ambas\s+delegaciones)\b"),
    plural_pronoun=_P(r"\b(?:ellos|ellas)\b"),
    topic_before=_P(r"\b(?:centrad[oa]s?|dedicad[oa]s?|enfocad[oa]s?)\s+en\s+(?:los\s+|las\s+|la\s+|el\s+|un\s+|una\s+)?$|\b(?:sobre|acerca\s+de|en\s+torno\s+a)\s+(?:los\s+|las\s+|la\s+|el\s+|un\s+|una\s+)$"),
    possessive_before=_P(r"\bsus?\s+(?:\w+\s+)?$"),
    purpose_after=_P(r"\b(?:para|a\s+fin\s+de|con\s+el\s+objetivo\s+de)\s+(?:reunirse|negociar|discutir|presentar|entregar|firmar|participar|mantener|celebrar|continuar|iniciar|abordar|conversar|dialogar)\b"),
    support_verb=_P(r"\b(?:ofreci\w*|propus\w*|propuesto|realiz\w+|mantuv\w+|mantener|mantenido|tuv\w+|tener|celebr\w+|organiz\w+|inici\w+|reanud\w+|retom\w+|conclu\w+|termin\w+|particip\w+|abri\w+|anunci\w+|descart\w+|previst\w+|acept\w+|rechaz\w+|dirigi\w+|encabez\w+|lider\w+|destac\w+|calific\w+|agradeci\w+)\b"),
    not_event_date=_P(r"\b(?:hasta|antes\s+de|a\s+más\s+tardar)\s+(?:el\s+|la\s+|los\s+|finales\s+de\s+|principios\s+de\s+)?$|\bdesde\b[^.;,]{0,50}$|\bque\s+expire\s+[^.;]{0,80}$"),
    location_blocker=_P(r"\bfrontera\s+(?:entre|con)\s+$|\b(?:territorio|suelo)\s+(?:de\s+|del\s+)$|\b(?:conflicto|guerra|paz|crisis|invasión|ofensiva|ataques?|bombardeos?|combates?|situación|seguridad|ocupación|frente)s?\s+(?:en|contra|de)\s+(?:la\s+|el\s+)?$"),
    pluperfect=_P(r"\b(?:había|habían|hubo)\b"),
    after_meeting=_P(r"\b(?:tras\s+(?:la\s+|el\s+)?(?:reunión|encuentro|cita|sesión)|al\s+término|a\s+continuación|posteriormente)\b|\b(?:a|ante)\s+(?:la\s+prensa|los\s+periodistas|los\s+medios)\b"),
    joint_statement=_P(r"\b(?:declaración|comunicado)\s+conjunt[oa]\b"),
    infinitive_marker=_P(r"(?:\bde\s+|\ba\s+|\bpara\s+)[a-záéíóúñ]+(?:ar|er|ir)(?:se)?\b"),
    possessive_single=_P(r"\bsu\s+(?:\w+\s+)?$"),
    relative_days=(
        (-1, _P(r"\b(?:la\s+víspera|el\s+día\s+anterior|un\s+día\s+antes)\b")),
        (1, _P(r"\b(?:al\s+día\s+siguiente|un\s+día\s+después)\b")),
        (-1, _P(r"\b(?P<n>dos|tres|cuatro|cinco|2|3|4|5)\s+días\s+antes\b")),
        (1, _P(r"\b(?P<n>dos|tres|cuatro|cinco|2|3|4|5)\s+días\s+(?:después|más\s+tarde)\b")),
    ),
    summary_nouns=(
        (_P(r"\bplan(?:es)?\b"), "plan"),
        (_P(r"\bmarco\b"), "framework"),
        (_P(r"memor[aá]ndum|memorando"), "memorandum"),
        (_P(r"\bborrador|proyecto\s+de\s+acuerdo"), "draft agreement"),
        (_P(r"hoja\s+de\s+ruta"), "roadmap"),
        (_P(r"contrapropuesta"), "counter-proposal"),
        (_P(r"\bpropuestas?\b"), "proposal"),
        (_P(r"iniciativa"), "initiative"),
        (_P(r"\bofertas?\b"), "offer"),
        (_P(r"\bexigencias?\b|\bdemandas?\b"), "demand"),
        (_P(r"\btratado"), "treaty"),
        (_P(r"\bdocumento|\btexto"), "document"),
        (_P(r"\blista"), "list"),
        (_P(r"alto\s+el\s+fuego|\btregua|cese\s+del?\s+fuego"), "ceasefire"),
        (_P(r"\bretirada|\bretiro"), "withdrawal"),
        (_P(r"moratoria"), "moratorium"),
    ),
    summary_qualifiers=(
        (_P(r"\bde\s+paz\b"), "peace"),
        (_P(r"alto\s+el\s+fuego|\btregua"), "ceasefire"),
        (_P(r"\bhumanitari[oa]"), "humanitarian"),
        (_P(r"\becon[oó]mic[oa]"), "economic"),
    ),
    summary_numbers=(
        (_P(r"\bveintiocho\b"), "28"),
        (_P(r"\bveinte\s+puntos"), "20"),
        (_P(r"\bdoce\b"), "12"),
        (_P(r"\bdiez\b"), "10"),
        (_P(r"\bquince\b"), "15"),
        (_P(r"\btreinta\b"), "30"),
    ),
    summary_points=_P(r"(\d+)\s*puntos?"),
    relative_tail=_P(r",\s*(?:[\w-]+\s+){0,4}?(?:que|quien|quienes|cuy[oa]s?|donde|tras|después\s+de)\b[^,]{0,120},\s*$"),
    definite_before=_P(r"\b(?:el|la|este|esta|dicho|dicha)\s*$"),
    relative_span=_P(r",\s*(?:que|quien|quienes|cuy[oa]s?|donde|el\s+cual|la\s+cual)\b[^,]{0,120},"),
    relative_cut=_P(r"(?:(?<=\w)\s+|,\s*)(?:que|quien|quienes)\s*$"),
    relative_open=_P(r",\s*(?:que|quien|quienes)\s+(?:[\w'’-]+\s+){0,3}$"),
    participial_opener=_P(r"[\W_]*(?:tras|después\s+de|antes\s+de)\s+(?:haber\s+)?"),
    # "X, y el viceprimer ministro chino, Y": the second actor's title between the conjunction and the name
    coordination_gap=_P(r"\s*(?:,\s*)?(?:,|y|e|así\s+como|junto\s+con)\s*(?:(?:el|la|los|las|su|sus|de|del|(?-i:[A-ZÁÉÍÓÚÑ][\w'’.-]*)|[a-záéíóúñ-]+)\s*){0,7},?\s*"),
    predicate_join=_P(r"\b(?:y|e|pero|luego)\s+(?:\w+\s+)?$|\b(?:pero)\b"),
    conjunction=_P(r"\b(?:y|e|así\s+como|junto\s+con)\b|&"),
    relative_segment=_P(r",\s*(?:que|quien|quienes|el\s+cual|la\s+cual)\b[^,]*,\s*$"),
    relative_start=_P(r"\s*,?\s*(?:que|quien|quienes)\b\s*"),
    relative_aside=_P(r",\s*(?:que|quien|quienes|cuy[oa]s?|el\s+cual|la\s+cual)\b[^,.;]*,"),
    complementiser=_P(r"\bque\b"),
    source_of=_P(r"\s*(?:del|de\s+la|de\s+los|de\s+las|de)\s*$"),
    passive=_P(r"\b(?:fue|fueron|sido|ha\s+sido|han\s+sido)\b"),
    agent_after=_P(r"\s+(?:por)\b"),
    agent_end=_P(r"\b(?:por)\s*$"),
    mediator_coordination=_P(r"\s*(?:,|y|e)\s*(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+)?"),
    agent_coordination=_P(r"\bpor\s+[^.;]{0,40}\b(?:y|e|,)\s+(?:sus\s+|su\s+)?$"),
    compound_join=_P(r"\s*[-–/]\s*|\s+(?:y|e)\s+"),
    front_lead=_P(r"[\W_]*(?:(?:el|desde|y|pero|luego|después|más\s+tarde)\s+)*"),
    ahead_modal=_P(r"\b(?:deber\w+|va|van|iba|iban)\b(?:\s+\w+){0,3}\s*$"),
    moved_to=_P(r"\b(?:aplazad[oa]s?|pospuest[oa]s?|trasladad[oa]s?|adelantad[oa]s?)\s+(?:al|a|hasta)\s*(?:el\s+)?$"),
    setting_before=_P(r"\b(?:al\s+margen\s+(?:de\s+la|del|de\s+los|de))\s*(?:la\s+|una\s+|un\s+)?(?:[\w-]+\s+){0,4}$"),
    object_ends=_P(r"[,;:]|\b(?:y|pero|mientras)\b"),
    second_predicate=_P(r"\b(?:y|luego)\s+(?:(?:también|después|ha|han|se)\s+)*$|\b(?:para|a\s+fin\s+de)\s+(?:(?:se)\s*)?$"),
    duration_lead=_P(r"(?:durante|tras|después\s+de|al\s+cabo\s+de|duró|duraron|prolongó)\s+(?:\w+\s+){0,2}$"),
    duration_tail=_P(r"^\s+de\s+(?:\w+\s+)?(?:negociaciones|conversaciones|discusiones|reuniones|consultas)"),
    lasted=_P(r"\b(?:duró|duraron|se\s+prolongó|se\s+prolongaron|se\s+extendió)\s+(?:\w+\s+){0,2}$"),
    topic_gap=_P(r"\b(?:sobre|para|acerca|plan|alto\s+el\s+fuego|tregua|pausa|fase)\b"),
    stay_purpose=_P(r"[^.;:]{0,50}?\b(?:para|a\s+fin\s+de)\s+"),
    started=_P(r"\b(?:comenzó|comenzaron|empezó|empezaron|inició|iniciaron|se\s+abrió|a\s+partir\s+de|desde)\s+(?:\w+\s+){0,1}$"),
    bounding_verb=_P(r"\b(?:(?:concluy(?:ó|eron)|termin(?:ó|aron)|finaliz(?:ó|aron)|comenz(?:ó|aron)|empez(?:ó|aron)|inici(?:ó|aron)))\s+(?:el\s+)?$"),
    opening_verb=_P(r"comenz|empez|inici"),
    sub_day=_P(r"hora|minuto|noche"),
    duration_preposition=_P(r"(?:durante|por)"),
    duration_of=_P(r"\s*(?:de)?\s*(?:[\w-]+\s+)?"),
    duration_of_after=_P(r"\s*(?:de)?\s*"),
    duration_of_inside=_P(r"(?:de\s)"),
    proposal_object=_P(r"(?:[\w-]+\s+){0,2}\b(?:contrapropuesta|tratado|alto\s+el\s+fuego|tregua|retirada|moratoria|plan|marco|memorando|memorándum|propuesta|proyecto|borrador|hoja\s+de\s+ruta|iniciativa|documento|oferta|exigencia|ultimátum)s?\b(?:\s+(?:de|del|en|a)?\s*[\w'’-]+){0,4}"),
    proposal_object_end=_P(r"\s+(?:modific|enmend|revis|entreg|present|propuest|por\b|a\b)"),
    amend_trigger=_P(r"modific|enmend|revis"),
    handover_trigger=_P(r"entreg|remit|somet"),
    mentions=MENTION_WORDS,
    temporal=TEMPORAL_WORDS,
)
