"""French rules: trigger verbs and nouns with their morphology, modality cues, speech patterns.

Verbs are written once as their forms by tense (helpers below build the passé composé with its
auxiliary, negation and inversion "a-t-il déclaré"), so the engine reads the tense from the
group that matched instead of guessing it from the sentence.
"""

from __future__ import annotations

import re

from tracker.extract.lang.fr.mentions import DEMONYMS
from tracker.extract.lang.fr.mentions import WORDS as MENTION_WORDS
from tracker.extract.lang.fr.temporal import WORDS as TEMPORAL_WORDS
from tracker.extract.rules import FLAGS, LanguageRules, TriggerTable

#: the adjectives of nationality as one alternation ("kosovar", "serbe"), longest first, for
#: the words a coordination of two titled names may carry
_DEMONYM_WORDS = "|".join(re.escape(w) for w in sorted(DEMONYMS, key=len, reverse=True))

# --------------------------------------------------------------------------- morphology

_ADV = (
    r"(?:\s*,?\s*(?:pas|jamais|plus|également|aussi|déjà|finalement|notamment|toutefois|cependant|"
    r"encore|ensuite|enfin|ainsi|alors|longuement|brièvement|récemment|personnellement|"
    r"publiquement|officiellement|lui-même|elle-même|eux-mêmes|de son côté|pour sa part|"
    r"quant à lui|quant à elle|en outre|pourtant|néanmoins|bien|même|d['’]ailleurs)\s*,?)*\s+"
)
_INV = r"(?:-t-(?:il|elle|on)|-(?:ils|elles|il|elle))?"
_NEG = r"(?:n['’]\s*|ne\s+)?"
_REFL = r"(?:(?:ne\s+|n['’])?(?:s['’]|se\s+|me\s+|m['’]|nous\s+|vous\s+))"


_TABLE = TriggerTable("fr")
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
    aux: str = "avoir",
    reflexive: bool = False,
    after: str = "",
) -> str:
    """A regex with one named group per tense for a French verb.

    ``aux`` avoir|être chooses the passé composé auxiliary; ``reflexive`` prefixes "s'"/"se";
    ``after`` is a pattern that must follow the verb form (a preposition or object) in every
    tense, e.g. ``r"\\s+compte"`` for "rendre compte".
    """
    if reflexive:
        past_aux = _REFL + _alt("est", "sont", "était", "étaient", "fut", "furent")
        pcond_aux = _REFL + _alt("serait", "seraient")
        fut_aux = _REFL + _alt("sera", "seront")
        pre = _REFL
    elif aux == "être":
        past_aux = _NEG + _alt("est", "sont", "était", "étaient", "fut", "furent")
        pcond_aux = _NEG + _alt("serait", "seraient")
        fut_aux = _NEG + _alt("sera", "seront")
        pre = _NEG
    else:
        past_aux = _NEG + _alt("a", "ont", "avait", "avaient", "eut", "eurent", "ai", "avons", "avez")
        pcond_aux = _NEG + _alt("aurait", "auraient")
        fut_aux = _NEG + _alt("aura", "auront")
        pre = _NEG
    a = after
    forms = [participle, present, future, conditional, infinitive] + [f for f in (imperfect, simple_past) if f]
    anchor = r"\b(?:" + "|".join(forms) + ")"
    # one compound-tense branch; the auxiliary that matched names the tense (pastx, pcondx, futx)
    groups = [
        rf"(?P<cmp>\b(?:(?P<pastx>{past_aux})|(?P<pcondx>{pcond_aux})|(?P<futx>{fut_aux})){_INV}{_ADV}(?:été\s+)?{participle}{a})",
        rf"(?P<fut>\b{pre}{future}{a})",
        rf"(?P<cond>\b{pre}{conditional}{_INV}{a})",
        rf"(?P<impf>\b{pre}{imperfect}{_INV}{a})" if imperfect else "",
        rf"(?P<pres>\b{pre}(?:{present}{'|' + simple_past if simple_past else ''}){_INV}{a})",
        rf"(?P<inf>\b{pre}{infinitive}{a})",
        rf"(?P<part>\b{participle}{a})",
    ]
    out = "(?:" + "|".join(g for g in groups if g) + r")\b"
    _ANCHORS[out] = anchor
    return out


def er(stem: str, **kw) -> str:
    """Forms of a regular -er verb from its stem ("rencontr")."""
    return verb(
        participle=rf"{stem}é(?:e|s|es)?",
        present=rf"{stem}(?:e|ent)",
        future=rf"{stem}er(?:a|ont)",
        conditional=rf"{stem}er(?:ait|aient)",
        infinitive=rf"{stem}er",
        imperfect=rf"{stem}(?:ait|aient)",
        simple_past=rf"{stem}(?:a|èrent)",
        **kw,
    )


# --------------------------------------------------------------------------- triggers

_PERSONISH = (
    r"(?=\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin)\s+){0,2}"
    # « reçus pendant près de quatre heures par X » : une durée entre le verbe et son agent
    r"(?:(?:pendant|durant)\s+(?:près\s+de\s+|plus\s+de\s+|environ\s+|moins\s+d['’]une?\s+)?[\w-]+\s+(?:heures?|minutes?|jours?)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?)?"
    r"(?:(?:à|au|aux|en)\s+(?:la\s+|le\s+|l['’])?(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*)*\s*,?\s+)?"
    r"(?:(?-i:[A-ZÀ-ÖØ-Þ])|par\s+|le\s+|la\s+(?!lettre|proposition|réponse)|l['’]|les\s+|son\s+|sa\s+|ses\s+|leur\s+|une?\s+délégation|des\s+responsables|des\s+représentants))"
)
_PROPOSAL_N = (
    r"(?:plan|cadre|mémorandum|memorandum|proposition|propositions|projet d['’]accord|contre-projet|feuille de route|"
    r"initiative|document|texte|contre-proposition|offre|contre-offre|accord-cadre|compromis|traité de paix|"
    r"projet de (?:traité|paix|résolution|mémorandum|déclaration|plan)|liste de (?:[\w,.]+\s+)?(?:prisonniers|noms|détenus|revendications|conditions))"
)

_SPEECH = [
    ("declare", er("déclar")),
    ("affirm", er("affirm")),
    ("indicate", er("indiqu")),
    ("estimate", er("estim")),
    ("qualify", er("qualifi")),
    ("stress", er("soulign")),
    ("specify", er("précis")),
    ("add", er("ajout")),
    ("assure", er("assur")),
    ("explain", er("expliqu")),
    ("announce", er("annonc")),
    ("insist", er("insist")),
    ("hammer", er("martel")),
    ("warn", verb("averti", "avertit|avertissent", "avertir(?:a|ont)", "avertir(?:ait|aient)", "avertir")),
    ("caution", verb("prévenu", "prévient|préviennent", "préviendr(?:a|ont)", "préviendr(?:ait|aient)", "prévenir")),
    ("judge", er("jug")),
    ("welcome", er("salu")),
    ("denounce", er("dénonc")),
    ("accuse", er("accus")),
    ("deny", verb("démenti", "dément|démentent", "démentir(?:a|ont)", "démentir(?:ait|aient)", "démentir")),
    ("say", verb("dit", "dit|disent", "dir(?:a|ont)", "dir(?:ait|aient)", "dire", imperfect="disai(?:t|ent)")),
    ("write", verb("écrit", "écrit|écrivent", "écrir(?:a|ont)", "écrir(?:ait|aient)", "écrire", imperfect="écrivai(?:t|ent)")),
    ("reply", verb("répondu", "répond|répondent", "répondr(?:a|ont)", "répondr(?:ait|aient)", "répondre")),
    ("confide", er("confi")),
    ("recall", er("rappel")),
    ("comment", er("comment")),
    ("consider", er("considér")),
    ("rejoice", er("félicit", reflexive=True)),
    ("speak_of", er("parl", after=r"\s+(?:d['’]|de\s|du\s|des\s)")),
    ("warn_against", verb("mis", "met|mettent", "mettr(?:a|ont)", "mettr(?:ait|aient)", "mettre", after=r"\s+en\s+garde")),
    ("urge", er("exhort")),
    ("repeat", er("répét")),
    ("reaffirm", er("réaffirm")),
    ("acknowledge", verb("reconnu", "reconnaît|reconnait|reconnaissent", "reconnaîtr(?:a|ont)", "reconnaîtr(?:ait|aient)", "reconnaître")),
    ("admit", verb("admis", "admet|admettent", "admettr(?:a|ont)", "admettr(?:ait|aient)", "admettre")),
    ("promise", verb("promis", "promet|promettent", "promettr(?:a|ont)", "promettr(?:ait|aient)", "promettre")),
    ("plead", er("plaid")),
    ("regret", er("regrett")),
    ("deplore", er("déplor")),
    ("condemn", er("condamn")),
    ("threaten", er("menac")),
    ("tweet", er("tweet")),
    ("let_know", verb("fait", "fait|font", "fer(?:a|ont)", "fer(?:ait|aient)", "faire", after=r"\s+savoir")),
    ("call_on", er("appel", after=r"(?=\s+(?:\w+\s+){1,5}?à\s+«?\s*(?:ne\s+pas\s+|ne\s+plus\s+)?\w+(?:er|ir|re)\b)")),
    ("post", verb(r"publié(?=\s+(?:sur|un|une|dans))", r"publie(?=\s+(?:sur|un|une))", "publier(?:a|ont)", "publier(?:ait|aient)", "publier")),
]

_TRIGGERS = _TABLE.rules


_add = _TABLE.add


for _name, _pat in _SPEECH:
    # "a réagi" / "réagissant": regular forms above are close enough for -ir verbs used here
    _add(f"statement.verb_{_name}", "statement_issued", _pat, speech=True, confidence=0.75)
_add("statement.noun_communique", "statement_issued", r"\b(?:dans|selon|par)\s+(?:un|le)\s+(?:communiqué|compte\s+rendu)\b", kind="noun", confidence=0.7, speech=True, channel="communiqué")
# « Selon Sergueï Lavrov, les discussions progressent » : une personne nommée parle (une agence, un
# média ou « un diplomate » ne sont que des sources : voir ``_statement_source``)
_add("statement.according_to_person", "statement_issued",
     r"\b(?:selon|d['’]après)(?=\s+(?:(?:le|la)\s+(?:[\w'’-]+,?\s+){1,6}?)?(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+\s+(?-i:[A-ZÀ-ÖØ-Þ]))",
     kind="noun", confidence=0.65, speech=True, named_source=True)
_add("statement.noun_interview", "statement_issued", r"\bdans\s+(?:un\s+)?(?:entretien|interview)\s+(?:accordée?\s+)?(?:à|au|aux)\b", kind="noun", confidence=0.7, speech=True, channel="interview")

# meetings in person (a phone cue in the clause turns them into phone calls)
_add("meeting.verb_meet", "meeting_held", er("rencontr").replace("rencontr(?:e|ent)", "rencontrent"), confidence=0.8, anchor=r"rencontr")
_add("meeting.verb_meet_each_other", "meeting_held", er("rencontr", reflexive=True).replace("rencontr(?:e|ent)", "rencontrent"), confidence=0.8, anchor=r"rencontr")
_add("meeting.verb_talk_with", "meeting_held", verb("entretenus?|entretenues?", "entretient|entretiennent", "entretiendr(?:a|ont)", "entretiendr(?:ait|aient)", "entretenir", imperfect="entretenai(?:t|ent)", reflexive=True), confidence=0.8)
_add("meeting.verb_receive", "meeting_held", verb("reçue?s?", "reçoit|reçoivent", "recevr(?:a|ont)", "recevr(?:ait|aient)", "recevoir", imperfect="recevai(?:t|ent)", after=_PERSONISH), confidence=0.65)
# « où il doit être reçu par Vladimir Poutine » : le passif sous un modal est une rencontre à venir
_add("meeting.receive_ahead", "meeting_planned",
     r"\b(?:doi(?:t|vent)|devr(?:ait|aient|a|ont)|va|vont|devai(?:t|ent))\s+(?:\w+\s+)?être\s+(?:\w+\s+)?reçue?s?\b(?=\s+(?:\w+\s+){0,3}?par\b)",
     kind="verb_phrase", confidence=0.65, modality="planned", anchor=r"\bêtre")
_add("meeting.receive_possible", "meeting_planned",
     r"\b(?:pourr(?:ait|aient|a|ont)|pourrai(?:t|ent))\s+(?:\w+\s+)?être\s+(?:\w+\s+)?reçue?s?\b(?=\s+(?:\w+\s+){0,3}?par\b)",
     kind="verb_phrase", confidence=0.6, modality="possible", anchor=r"\bêtre")
_add("meeting.verb_host", "meeting_held", er("accueill", after=_PERSONISH).replace("accueillé", "accueilli"), confidence=0.6, anchor=r"accueill")
_add("meeting.verb_gather", "meeting_held", verb("réunie?s?", "réunit|réunissent", "réunir(?:a|ont)", "réunir(?:ait|aient)", "réunir", imperfect="réunissai(?:t|ent)"), confidence=0.6)
_add("meeting.verb_negotiate", "meeting_held", er("négoci"), confidence=0.55)
_add("meeting.verb_discuss_with", "meeting_held", er("discut", after=r"(?=\s+(?:avec|entre))"), confidence=0.6)
_add("meeting.verb_see", "meeting_held", verb("vus", "voient", "verr(?:a|ont)", "verr(?:ait|aient)", "voir", reflexive=True), confidence=0.55)
_add("meeting.verb_find", "meeting_held", er("retrouv", reflexive=True), confidence=0.55)
_add("meeting.noun_talks", "meeting_held",
     r"\b(?:négociations?|pourparlers|discussions?|réunions?|rencontres?|sommet|sommets|consultations?|"
     r"entretiens?|tête-à-tête|échanges?|contacts?|tractations|rounds?(?:\s+de\s+(?:négociations|pourparlers|discussions))?|cycles?\s+de\s+(?:négociations|pourparlers|discussions)|"
     # « un troisième cycle pourrait se tenir », « le précédent cycle » : un cycle compté est une session
     r"(?<=premier\s)cycle|(?<=première\s)session|(?<=deuxième\s)cycle|(?<=second\s)cycle|(?<=troisième\s)cycle|(?<=quatrième\s)cycle|(?<=cinquième\s)cycle|(?<=nouveau\s)cycle|(?<=prochain\s)cycle|(?<=précédent\s)cycle|(?<=dernier\s)cycle|"
     r"visioconférences?|vidéoconférences?|sessions?|séances?)\b(?!\s+(?:téléphoniques?|par\s+téléphone|de\s+(?:tous\s+les\s+|\d[\d\s.,]*\s+)?(?:prisonniers|corps|dépouilles|tirs|otages|vues|données|coups|militaires|soldats|civils)))", kind="noun", confidence=0.6)
# « reprendre le dialogue » : une reprise de pourparlers (le dialogue seul est un processus, pas un événement)
_add("meeting.noun_dialogue_resumed", "meeting_held",
     r"(?:" + "|".join(rf"(?<=\b{v}\sle\s)" for v in ("reprendre", "reprendra", "reprendront", "reprend", "reprennent", "repris", "relancer", "relancé")) + r")dialogue\b",
     kind="noun", confidence=0.55)
_add("meeting.noun_delegation_received", "meeting_held", r"\ba\s+reçu\s+(?:une|la)\s+délégation\b", kind="verb_phrase", confidence=0.75)

# phone calls
_add("phone.noun_call", "phone_call",
     r"\b(?:entretiens?|conversations?|appels?|échanges?|communications?)\s+(?:téléphoniques?|par\s+téléphone)\b"
     r"|\bappels?\s+(?:avec|de|à)\b(?=[^.]{0,40}\b(?:téléphon|président|homologue))", kind="noun", confidence=0.85)
_add("phone.verb_call", "phone_call", er("appel", after=r"(?=\s+(?:(?-i:[A-ZÀ-ÖØ-Þ])|son\s+homologue|le\s+président))"), confidence=0.6)
# « se sont parlé au téléphone », « a parlé avec Trump par téléphone », « ont échangé au téléphone »
_PHONE_AHEAD = r"(?=[^.;]{0,70}\b(?:au\s+téléphone|par\s+téléphone|téléphoniquement|au\s+bout\s+du\s+fil))"
_add("phone.verb_speak", "phone_call",
     r"(?P<past>\b(?:se\s+sont|s['’]étaient|(?:a|ont|avait|avaient))\s+(?:\w+\s+)?(?:parlé|échangé|discuté)\b)" + _PHONE_AHEAD
     + r"|(?P<pres>\b(?:se\s+parlent|parle|parlent)\b)" + _PHONE_AHEAD
     + r"|(?P<fut>\b(?:se\s+parleront|parlera|parleront)\b)" + _PHONE_AHEAD,
     confidence=0.85, anchor=r"\b(?:parl|échang|discut)")
_add("phone.verb_phone", "phone_call", er("téléphon").replace("téléphon(?:e|ent)", "téléphonent"), confidence=0.8, anchor=r"téléphon")

# visits
_add("visit.verb_go_to", "visit", verb("rendue?s?", "rend|rendent", "rendr(?:a|ont)", "rendr(?:ait|aient)", "rendre", reflexive=True, after=r"(?=\s+(?:(?:de\s+nouveau|à\s+nouveau|également|prochainement|bientôt|lui-même|elle-même)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|mardi\s+soir)\s+)?(?:à|en|au|aux)\s)"), confidence=0.75)
_add("visit.verb_arrive", "visit", verb("arrivée?s?", "arrive|arrivent", "arriver(?:a|ont)", "arriver(?:ait|aient)", "arriver", aux="être", imperfect="arrivai(?:t|ent)", after=r"(?=\s+(?:à|en|au|aux|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\s)"), confidence=0.65)
_add("visit.verb_visit", "visit", er("visit", after=r"(?=\s+(?-i:[A-ZÀ-ÖØ-Þ]))"), confidence=0.65)
# « les négociateurs sont attendus dimanche au Caire » : un déplacement annoncé
_add("visit.expected_in", "visit",
     r"\b(?:est|sont|était|étaient|sera|seront|serait|seraient)\s+(?:(?:lui|elle|eux|elles|aussi|également|quant\s+à\s+(?:lui|elle|eux))\s+){0,2}attendue?s?\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|prochainement|bientôt|à\s+nouveau)\s+)?(?:à|au|en)\b(?=\s+(?!(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)(?-i:[A-ZÀ-ÖØ-Þ]))",
     kind="verb_phrase", confidence=0.6, modality="planned")
_add("visit.noun_visit", "visit", r"\b(?:visite|voyage|déplacement|tournée)\s+(?:officielle?\s+|d['’][ÉéEe]tat\s+|surprise\s+|éclair\s+)?(?:de\s+(?:\w+\s+)?(?:jours?|heures?|semaines?)\s+)?(?:à|en|au|aux|dans)\b", kind="noun", confidence=0.6)

# « X et Y ont convenu de reprendre leurs discussions » : une suite prévue, pas un accord
_add("meeting.agreed_to_continue", "meeting_planned",
     r"\b(?:ont|a|sont|se\s+sont|s['’]est)\s+(?:\w+\s+)?(?:convenue?s?|décidée?s?|accepté|mise?s?\s+d['’]accord\s+pour|engagée?s?\s+à)\s+"
     r"(?:de\s+|d['’]|à\s+)?(?:poursuivre|reprendre|continuer|relancer|tenir|rouvrir)\s+(?:le\s+dialogue|(?:les|des|leurs|de\s+nouvelles?|un\s+nouveau\s+cycle\s+de)\s*"
     # (« ont convenu de reprendre les patrouilles conjointes » : un accord, voir plus bas)
     r"(?:\w+\s+)?(?:négociations|pourparlers|discussions|consultations|échanges|contacts|réunions|dialogue))",
     kind="verb_phrase", confidence=0.65, modality="planned", anchor=r"\b(?:convenu|décidé|accepté|accord\s+pour|engagée?s?\s+à)")

# reports to a principal
_add("report.verb_report", "report_to_leader", verb("rendue?", "rend|rendent", "rendr(?:a|ont)", "rendr(?:ait|aient)", "rendre", after=r"\s+compte\b(?=[^.;]{0,80}\b(?:à|au|aux)\s)"), confidence=0.85)
_add("report.verb_make_report", "report_to_leader", verb("fait", "fait|font", "fer(?:a|ont)", "fer(?:ait|aient)", "faire", after=r"\s+(?:son\s+|un\s+)?rapport\s+(?:à|au|aux)\b"), confidence=0.85)
_add("report.verb_inform_leader", "report_to_leader", er("inform", after=r"(?=\s+(?:le\s+président|le\s+chef\s+de\s+l['’]État))"), confidence=0.6)
_add("report.verb_brief", "report_to_leader", er("brief"), confidence=0.75)

# proposals
_add("proposal.verb_present", "proposal_presented",
     r"\b(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\s+(?:\w+\s+){0,2}(?:présenté|remis|soumis|transmis|dévoilé|proposé|envoyé|rédigé|élaboré|amendé|modifié|révisé)e?s?\b(?=\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin)\s+){0,2}(?:à\s+(?:\w+\s+){1,4}?)?(?:un|une|le|la|les|l['’]|son|sa|ses|leur|leurs|des|du|notre|nos)\b[^.;]{0,50}\b" + _PROPOSAL_N + r")"
     r"|\b" + _PROPOSAL_N + r"\b[^.;]{0,60}?\b(?:modifiée?s?|amendée?s?|révisée?s?|remise?s?|soumise?s?|transmise?s?|dévoilée?s?|présentée?s?)\s+(?:par|à)\b",
     kind="verb_phrase", confidence=0.7, anchor=r"\b(?:présent|remis|soumis|transmis|dévoil|propos|envoy|rédig|élabor|amend|modifi|révis)")
_WHEN = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin|aujourd['’]hui)\s+){0,2}"
# « a annoncé la semaine dernière une feuille de route » : annoncer un plan, c'est le présenter
# (le complément de temps est dans le déclencheur, qui l'emporte ainsi sur le verbe de parole)
_add("proposal.verb_announce_plan", "proposal_presented",
     r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,1}(?:annoncé|dévoilé|présenté|lancé)\s+(?:(?:la\s+semaine\s+(?:dernière|passée)|le\s+mois\s+dernier|"
     r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin)\s+){0,2}(?=(?:un|une|son|sa|leur|le|la|l['’]|sa\s+nouvelle|un\s+nouveau)\s*(?:[\w-]+\s+){0,2}?"
     r"(?:feuille\s+de\s+route|plan|proposition|initiative|cadre|projet\s+d['’]accord)\b)",
     kind="verb_phrase", confidence=0.9, anchor=r"\b(?:annoncé|dévoilé|présenté|lancé)")
# « a fait une contre-proposition », « a formulé une offre » : un verbe support et un nom de proposition
_add("proposal.verb_make", "proposal_presented",
     r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,1}(?:fait|formulé|avancé|mis\s+sur\s+la\s+table)\s+(?:une|un|sa|son|leur|ses|leurs|de\s+nouvelles|des|une\s+nouvelle)\s+(?:[\w-]+\s+){0,1}?(?:contre-propositions?|propositions?|offres?|contre-offres?|compromis)\b",
     kind="verb_phrase", confidence=0.65, anchor=r"\b(?:fait|formulé|avancé|mis)")
# « a proposé un cessez-le-feu », « propose une trêve » : ce qui est proposé est une proposition ;
# le participe seul (« l'accord proposé la semaine dernière ») n'est pas l'acte de proposer
_PROPOSE_AHEAD = (
    r"(?=\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?(?:à\s+(?:\w+\s+){1,3}?)?(?:un|une|le|la|les|l['’]|son|sa|ses|leur|leurs|des|du|que|qu['’])\b"
    # « a proposé de créer trois groupes de travail », « de lever les sanctions » : un acte de la négociation
    # (pas « de soutenir sa candidature », ni « de se rencontrer », une rencontre envisagée)
    r"|\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?(?:de\s+|d['’])(?:créer|mettre\s+en\s+place|établir|instaurer|instituer|former|échanger|libérer|geler|suspendre|lever|retirer|signer|conclure|prolonger|étendre|rétablir|ouvrir|fixer|déployer|démilitariser|restituer|réduire|ramener)\s+(?:un|une|des|le|la|les|l['’]|leurs?|trois|deux|quatre|cinq|\d+)\b)"
    r"(?!\s+(?:la|le|l['’]|cette|ce)\s*(?:semaine|mois|année|veille|lendemain|jour|an)\b)"
)

_PROPOSE = er("propos", after=_PROPOSE_AHEAD)
# « a tenté un geste en proposant de lever les quotas » : le gérondif propose aussi
_add("proposal.gerund_propose", "proposal_presented", r"\ben\s+proposant\s+(?:de\s+|d['’]|un|une|le|la|les|l['’])", kind="verb_phrase", confidence=0.65, anchor=r"\bproposant")
_PROPOSE_PART = r"|(?P<part>\bproposé(?:e|s|es)?" + _PROPOSE_AHEAD + ")"
assert _PROPOSE_PART in _PROPOSE
_add("proposal.verb_propose", "proposal_presented", _PROPOSE.replace(_PROPOSE_PART, ""), confidence=0.6, anchor=r"\bpropos")
_PROPOSAL_AHEAD = r"(?=\s+" + _WHEN + r"(?:à\s+(?:\w+\s+){1,4}?)?(?:un|une|le|la|les|l['’]|son|sa|ses|leur|leurs|des|du|notre|nos)\b[^.;]{0,50}\b" + _PROPOSAL_N + ")"
_add("proposal.verb_present_tensed", "proposal_presented",
     er("présent", after=_PROPOSAL_AHEAD)
     + "|" + verb("remis", "remet|remettent", "remettr(?:a|ont)", "remettr(?:ait|aient)", "remettre", after=_PROPOSAL_AHEAD).replace("?P<", "?P<r_")
     + "|" + verb("soumis", "soumet|soumettent", "soumettr(?:a|ont)", "soumettr(?:ait|aient)", "soumettre", after=_PROPOSAL_AHEAD).replace("?P<", "?P<s_")
     + "|" + verb("transmis", "transmet|transmettent", "transmettr(?:a|ont)", "transmettr(?:ait|aient)", "transmettre", after=_PROPOSAL_AHEAD).replace("?P<", "?P<t_"),
     confidence=0.65, anchor=r"\b(?:présent|remi|remet|soumi|soumet|transmi|transmet)")
# a demand is a proposal of the side that makes it ("Moscou réclame un traité de non-agression")
_add("proposal.verb_demand", "proposal_presented",
     er("réclam", after=r"(?=\s+(?:par\s+ailleurs\s+|de\s+nouveau\s+|toujours\s+)?(?:un|une|le|la|les|l['’]|des|du|son|sa|ses|leur|leurs)\b)")
     + "|" + er("exig", after=r"(?=\s+(?:par\s+ailleurs\s+|de\s+nouveau\s+|toujours\s+)?(?:un|une|le|la|les|l['’]|des|du|son|sa|ses|leur|leurs|que)\b)").replace("?P<", "?P<x_"),
     confidence=0.6, anchor=r"\b(?:réclam|exig)")
# a condition restated is the demand of the side that restates it ("Kiev a réaffirmé que le
# retrait des troupes restait une condition préalable"); the saying is part of the phrase
_add("proposal.condition_restated", "proposal_presented",
     r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:réaffirmé|rappelé|répété|réitéré|martelé|souligné|insisté\s+sur\s+le\s+fait)(?=\s+(?:\w+\s+){0,2}?qu(?:e\b|['’])[^.;«»]{0,100}?\b(?:reste|restait|restent|restaient|demeure|demeurait|demeurent|constitue|constituait)\s+(?:une|la|sa|leur|l['’]une\s+de\s+ses)\s+(?:\w+\s+)?(?:conditions?|exigences?|préalables?|préconditions?)\b)",
     kind="verb_phrase", confidence=0.9, anchor=r"\b(?:réaffirm|rappel|répét|réitér|martel|soulign|insist)")
_add("proposal.verb_present_future", "proposal_presented",
     r"\b(?:présentera|présenteront|remettra|remettront|soumettra|soumettront|dévoilera|dévoileront|devrai(?:en)?t\s+(?:présenter|remettre|soumettre)|va\s+(?:présenter|remettre|soumettre)|vont\s+(?:présenter|remettre|soumettre))\b(?=[^.;]{0,60}\b" + _PROPOSAL_N + r")",
     kind="verb_phrase", confidence=0.65, modality="planned")
_add("rejection.verb_reject", "proposal_rejected",
     verb("rejetée?s?", "rejette|rejettent", "rejetter(?:a|ont)", "rejetter(?:ait|aient)", "rejeter")
     + "|" + verb("refusée?s?(?!\\s+de\\s+(?:rencontrer|se\\s+rendre|participer))", "refuse(?!\\s+de\\s+(?:rencontrer|se\\s+rendre))|refusent", "refuser(?:a|ont)", "refuser(?:ait|aient)", "refuser(?!\\s+de)")
     .replace("?P<", "?P<r_")
     + "|" + er("écart", after=r"(?=[^.;]{0,50}\b" + _PROPOSAL_N + ")").replace("?P<", "?P<e_")
     + "|" + er("balay").replace("?P<", "?P<b_"),
     confidence=0.75, anchor=r"\b(?:rejet|refus|écart|balay)")
_add("rejection.adj_unacceptable", "proposal_rejected", r"\b(?:inacceptables?|irrecevables?|inenvisageables?|hors\s+de\s+question)\b", kind="noun", confidence=0.65)

# agreements
_add("agreement.noun_exchange", "agreement_reached",
     r"\b(?:échanges?|libérations?|restitutions?)\s+(?:de\s+|d['’])(?:\d[\d\s.,]*\s+)?(?:prisonniers|captifs|corps|dépouilles|militaires|soldats|civils|otages)\b",
     kind="noun", confidence=0.65)
_add("agreement.noun_concluded", "agreement_reached",
     r"\b(?:accords?|compromis|entente|arrangement|cessez-le-feu|trêve|échanges?\s+de\s+prisonniers)\b(?:\s+\w+){0,3}?\s+(?:conclue?s?|signée?s?|trouvée?s?|obtenue?s?|scellée?s?|convenue?s?|annoncée?s?|finalisée?s?)\b",
     kind="noun", confidence=0.75)
# « ont paraphé mercredi à Washington un projet d'accord » : un jour, un lieu, puis le texte signé
_SIGNED_WHEN = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|finalement|officiellement|également|ensemble)\s+)?"
_SIGNED = (
    r"\s+" + _SIGNED_WHEN + r"(?:(?:à|au|en)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+)?\s*,?\s+)?" + _SIGNED_WHEN
    # « a signé avec son homologue azerbaïdjanais un mémorandum »
    + r"(?:avec\s+(?:[\w'’-]+\s+){1,6}?)?"
    + r"(?:un|une|l['’]|le|la|les|des)\s*(?:projet\s+d['’])?(?:accord|cessez-le-feu|trêve|traité|mémorandum|déclaration|protocole|texte)"
)
_add("agreement.verb_conclude", "agreement_reached",
     verb("conclu", "conclut|concluent", "conclur(?:a|ont)", "conclur(?:ait|aient)", "conclure", after=r"\s+(?:un|une|l['’]|le|la|les|des)\s*(?:accord|cessez-le-feu|trêve|compromis|entente|échange)")
     + "|" + er("paraph", after=_SIGNED).replace("?P<", "?P<p_")
     + "|" + er("sign", after=_SIGNED).replace("?P<", "?P<s_"),
     confidence=0.8, anchor=r"\b(?:conclu|sign|paraph)")
_add("agreement.verb_agree", "agreement_reached",
     r"(?:(?P<past>\b(?:se\s+sont|s['’]est|ont|a)\s+(?:\w+\s+)?(?:mise?s?\s+d['’]accord|accordée?s?|entendue?s?|convenu|trouvé\s+un\s+accord|parvenue?s?\s+à\s+un\s+accord|abouti\s+à\s+un\s+accord)"
     # le plus-que-parfait : « étaient convenues d'un échange », « s'étaient mis d'accord »
     r"|\b(?:s['’])?étai(?:en)?t\s+(?:\w+\s+)?(?:convenue?s?|mise?s?\s+d['’]accord|entendue?s?|parvenue?s?\s+à\s+un\s+accord))\b"
     r"|(?P<fut>\b(?:se\s+mettront\s+d['’]accord|parviendront\s+à\s+un\s+accord))\b"
     r"|(?P<pres>\b(?:sont\s+convenue?s))\b)"
     # « sont convenus de se revoir », « de reprendre les pourparlers » : une rencontre prévue,
     # pas un accord ; « de reprendre les patrouilles conjointes » en est un
     r"(?!\s+(?:de|d['’])\s+(?:se\s+|s['’])?(?:revoir|rencontrer|retrouver|réunir|entretenir)"
     # « convenues de ne pas divulguer le contenu » : une discrétion, pas un accord du dossier
     r"|\s+(?:de\s+)?ne\s+(?:pas|rien)\s+(?:divulguer|révéler|commenter|rendre\s+public|dévoiler)"
     r"|\s+(?:de|d['’])\s+(?:reprendre|tenir|poursuivre|continuer|relancer|rouvrir)\s+(?:le\s+dialogue|(?:les|des|leurs|de\s+nouvelles?|un\s+nouveau\s+cycle\s+de)\s*(?:\w+\s+)?(?:négociations|pourparlers|discussions|consultations|échanges|contacts|réunions|dialogue)))",
     confidence=0.8, anchor=r"\b(?:accord|entendu|convenu|parvenu|abouti|mise?s?\s+d)")

# « les deux parties ont décidé de mettre en place un groupe de travail » : une décision commune
# (un sujet pluriel) de créer quelque chose est un accord
_add("agreement.decided_to_set_up", "agreement_reached",
     r"\b(?:ont|sont|se\s+sont)\s+(?:\w+\s+)?(?:décidé|convenue?s?|engagée?s?)\s+(?:de\s+|d['’]|à\s+)(?:créer|mettre\s+en\s+place|établir|former|instituer|instaurer|rétablir|lancer|échanger|libérer|signer)\s+(?:un|une|des|le|la|les|l['’]|leurs?)\b",
     kind="verb_phrase", confidence=0.7, anchor=r"\b(?:décidé|convenu|engagé)")
# « sont parvenus samedi à un accord », « ont accepté un cessez-le-feu » (un seul camp qui
# accepte n'est qu'un consentement : voir ``consent``)
_AGREED_N = r"(?:un|une|l['’]|le|la)\s*(?:accord|cessez-le-feu|trêve|entente|compromis)"
_add("agreement.verb_reach_accept", "agreement_reached",
     r"(?:(?P<past>\b(?:se\s+sont|s['’]est|sont|est|ont|a)\s+(?:\w+\s+){0,2}?parvenue?s?\s+(?:\w+\s+){0,3}?à\s+" + _AGREED_N
     + r"|\b(?:ont|a)\s+(?:\w+\s+)?accepté\s+" + _AGREED_N + r")"
     r"|(?P<pres>\bacceptent\s+" + _AGREED_N + r"))\b",
     confidence=0.75, anchor=r"\b(?:parvenu|accept)")

# --------------------------------------------------------------------------- cues

_P = lambda s: re.compile(s, FLAGS)  # noqa: E731 - a one-letter shorthand for the pattern table below

_FUT_WORDS = (
    r"sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|tiendra|tiendront|"
    r"viendra|viendront|rendra|rendront|reprendra|reprendront|recevra|recevront|verra|verront|"
    r"\w{3,}eront|\w{3,}era"
)

RULES = LanguageRules(
    lang="fr",
    triggers=tuple(_TRIGGERS),
    abbreviations=frozenset(
        "m mm mme mmes mlle dr pr me st ste gén col cdt lt cie etc av apr j.-c ex réf env art min vol p pp n°".split()
    ),
    clause_break=_P(
        # une parenthèse courte (« (ASEAN) », « (EAU) ») est un sigle ou un aparté, pas une proposition
        r"\s*[;:\[\]—–]\s*|\s*\((?![^()]{0,40}\))\s*|(?<=[^()]{41})\)\s*|\s+[«»]\s*|\s*\"\s*"
        r"|(?<!ainsi\s)(?<!alors\s)(?<!tandis\s)(?<!bien\s)(?<!plus\s)(?<!moins\s)(?<!autant\s)(?<!tant\s)\b(?:que|qu['’])"
        r"|\s*,?\s*\b(?:mais|tandis\s+que|alors\s+que|bien\s+que|parce\s+que|puisque|lorsque|quand|laissant\s+entendre|ajoutant|estimant|soulignant|précisant|affirmant|indiquant)\b"
        # « arrivé dimanche à Moscou, où il doit être reçu par X » : la relative a son sujet et son temps
        r"|\s*,\s*où(?=\s+(?:il|elle|ils|elles|on|le|la|les|l['’]|(?-i:[A-ZÀ-ÖØ-Þ]))\b)"
        # « Initialement prévues à Rome, les discussions ont eu lieu à Genève » : l'ancien projet
        # et son lieu ne sont pas ceux de la proposition principale
        r"|^\W*(?:initialement|d['’]abord|au\s+départ|à\s+l['’]origine|primitivement)\s+(?:prévue?s?|programmée?s?|annoncée?s?|envisagée?s?|fixée?s?)\b[^,.;]{0,80},"
        # « ..., parvenant à un accord en mars » : la participiale porte sa propre date
        r"|\s*,(?=\s*(?!(?:avant|pendant|durant|cependant|maintenant|devant|suivant|concernant|important|tant|quant|moyennant|néanmoins"
        # des noms en -ant en apposition : « X, commandant adjoint de l'armée, a rejeté ... »
        r"|commandant|représentant|dirigeant|combattant|participant|manifestant|habitant|militant|opposant|ressortissant"
        r"|assistant|lieutenant|enseignant|étudiant|intendant|gérant|suppléant|sergent|intervenant|soignant|négociant|tenant"
        r"|gouvernant|président|adjudant|plaignant|requérant|mandant|exposant|enfant|restant|montant|courant|auparavant|autant|pourtant|durant)s?\b)[a-zàâçéèêëîïôûù]{3,}ant\s)"
        # un second prédicat tourné vers l'avenir : « X a rencontré Y mardi et se rendra samedi à Z »
        r"|\s+et(?=\s+(?:se\s+rendr(?:a|ont)|devr(?:ait|aient|a|ont)|doi(?:t|vent)|va|vont|rencontrer(?:a|ont))\b)"
    ),
    clause_cues=(
        ("denied", _P(r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?exclue?s?\b|\bexclu(?:t|ent)\b|\bn['’](?:a|ont|est|sont)\s+pas\s+eu\s+lieu|\bn['’]aura(?:it|ient|nt)?\s+pas\s+lieu|\bn['’](?:est|sont)\s+pas\s+(?:prévue?s?|à\s+l['’]ordre\s+du\s+jour)|\baucune?\s+(?:rencontre|réunion|négociation|discussion|sommet)s?\b|\bpas\s+de\s+(?:rencontre|réunion|négociations?|sommet)\b|\brefus\w*\s+de\s+(?:rencontrer|se\s+rendre|participer)|\bannul\w+\b|\breport[ée]e?s?\b|\bsans\s+(?:rencontre|réunion)")),
        ("possible", _P(r"\bpourr(?:ait|aient|a|ont)\b|\bpeu(?:t|vent)\b|\bpossibilité\b|"
                        # « d'un possible cessez-le-feu » : l'adjectif antéposé qualifie un autre nom
                        r"(?<!\bun\s)(?<!\bune\s)(?<!\bdes\s)(?<!\bde\s)(?<!\bdu\s)(?<!\bles\s)(?<!\bla\s)(?<!\ble\s)(?<!\bl['’])\b(?:possibles?|éventuel(?:le)?s?)\b|\benvisag\w+\b|\bévoqu\w+\b|\bn['’]exclu\w*\s+pas\b|\bn['’](?:a|ont|avait|avaient)\s+pas\s+exclu\w*|\bpropos(?:e|ent|é)\s+(?:de|une?)\b|\bsuggér\w+|\bprobables?\b|\bhypothèse\b"
                        # « a réclamé une rencontre entre X et Y » : une rencontre demandée
                        r"|\b(?:réclam|demand|exig|plaid)\w*\s+(?:pour\s+)?(?:une?|la|des|de\s+nouvelles?)\s+(?:\w+\s+)?(?=(?:rencontre|réunion|sommet|négociations|pourparlers|discussions|entretien)\b)")),
        ("planned", _P(r"\bdevr(?:ait|aient|a|ont)\b|\bdoi(?:t|vent)\s+(?:se\s+)?\w+|\bprévue?s?\b|\bprévoi(?:t|ent)\b|\bprogrammée?s?\b|\bannoncée?s?\b|\bfixée?s?\b|\bplanifiée?s?\b|\battendue?s?\b(?!\s+depuis)|\bprochaine?s?\b|\bà\s+venir\b|\bva\s+\w+|\bvont\s+\w+|\ballai(?:t|ent)\s+(?:\w+\s+)?\w+(?:er|ir|re)\b|\bs['’]apprêt\w+|\bcompte(?:nt)?\s+\w+er\b|\bentend(?:ent)?\s+\w+er\b|\bnouvelle?s?\s+(?:série|cycle|round|rencontre|réunion|session)|\bdoivent\b|\bdoit\b|\b(?:" + _FUT_WORDS + r")\b")),
        ("past", _P(r"\b(?:a|ont|avait|avaient)\s+eu\b|\bs['’](?:est|était)\s+(?:tenue?|déroulée?|achevée?|terminée?|ouverte?)|\bse\s+sont\s+(?:tenue?s|déroulée?s|achevée?s|terminée?s|ouverte?s)|\b(?:est|sont|a\s+été|ont\s+été)\s+(?:\w+\s+)?(?:ouverte?s?|lancée?s?|entamée?s?)\b(?!\s+(?:à|aux?)\b)|\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:tenu|mené|organisé|participé|pris\s+part|duré|conduit|réuni|passé|repris|entamé|clos|achevé)\b|\bmenée?s\b|\btenue?s\b|\bdernière?s\b|\bprécédente?s?\b|\blors\s+d[eu']|\bà\s+l['’]issue\s+d|\bau\s+terme\s+d|\baprès\s+(?:les|la|le|des|ces|cette|ce|leur|deux|trois|plusieurs)\b|\bhier\b|\bimpliquant\b|\b(?:a|ont)\s+(?:\w+\s+)?procédé\b|\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?!report|annul|ajourn)\w{3,}(?:é|i|u|is|it)e?s?\b|\b(?:a|ont)\s+(?:\w+\s+)?(?:libéré|restitué|échangé|remis)\b"
                    # le présent de ce qui a lieu : « les pourparlers se tiennent depuis mardi à Genève »
                    r"|\bse\s+(?:tien(?:t|nent)|déroul(?:e|ent)|poursui(?:t|vent))\b"
                    # l'imparfait du récit : « le palais accueillait vendredi une rencontre »
                    r"|\b(?:accueillai|tenai|menai|réunissai|abritai|organisai)(?:t|ent)\b|\bse\s+(?:tenai|déroulai|poursuivai)(?:t|ent)\b")),
    ),
    attached_before=(
        ("past", _P(r"(?:\blors\s+d[eu']|\bà\s+l['’]issue\s+d[eu']|\bau\s+terme\s+d[eu']|\baprès\s+|\bdepuis\s+|\ben\s+marge\s+d[eu']|\bau\s+cours\s+d[eu']|\bpendant\s+|\bdurant\s+)\s*(?:l['’]|la\s+|le\s+|les\s+|leur\s+|leurs\s+|ces\s+|cette\s+|ce\s+|cet\s+|des\s+|du\s+)?(?:\w+\s+){0,2}$")),
        ("past", _P(r"\b(?:dernière?s?|précédente?s?|récente?s?)\s+$")),
        ("planned", _P(r"\b(?:prochaine?s?|futur(?:e|es|s)?)\s+(?:(?:cycle|round|série|session)\s+d['’e]\s*)?$")),
        ("new", _P(r"\b(?:nouvelle?s?|nouvel|nouveaux|nouveau)\s+(?:(?:cycle|round|série|session)\s+d['’e]\s*)?$")),
        ("ahead", _P(r"\b(?:avant|en\s+vue\s+d[eu']|en\s+prévision\s+d[eu'])\s*(?:sa|son|leur|leurs|la|le|l['’]|les|cette|ce|cet|des)\s+(?:\w+\s+)?$")),
        # « en prélude à de nouveaux pourparlers », « en préparation du prochain sommet »
        ("ahead", _P(r"\ben\s+(?:prélude|préparation|amont)\s+(?:à\s+|aux\s+|au\s+|d['’]|de\s+|du\s+|des\s+)(?:la\s+|l['’]|de\s+|d['’]|une?\s+|leurs?\s+)?(?:[\w-]+\s+){0,2}$")),
        ("possible", _P(r"\b(?:possible|éventuel(?:le)?s?|hypothétique)\s+$")),
        # « prêt à une rencontre », « ouvert à des négociations » : une rencontre qu'un camp accepterait
        ("possible", _P(r"\b(?:prête?s?|disposée?s?|ouverte?s?)\s+(?:à|pour)\s+(?:une?\s+|la\s+|le\s+|l['’]|des\s+|de\s+nouvelles\s+)?(?:[\w-]+\s+)?$")),
        ("denied", _P(r"\b(?:aucune?|toute?)\s+(?:\w+\s+)?$|\bpas\s+de\s+$")),
        # un déplacement raconté par son verbe support : « a effectué une visite de deux jours »
        ("past", _P(r"\b(?:(?:a|ont|avait|avaient)\s+(?:effectué|entamé|achevé|terminé|conclu|écourté|commencé|débuté)|effectue|effectuent|entame|entament|achève|achèvent|poursuit|poursuivent)\s+(?:une|sa|leur|la|un|son|cette|ce)\s+(?:[\w-]+\s+){0,2}$")),
    ),
    attached_after=(
        ("past", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:menée?s?|tenue?s?|organisée?s?|conduite?s?|conclue?s?|achevée?s?|qui\s+(?:se\s+sont|s['’]est|ont|a)\s+\w+)\b")),
        ("past", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:s['’](?:est|était)|se\s+sont|(?:a|ont)\s+eu)\s+(?:\w+\s+)?(?:tenue?s?|déroulée?s?|lieu|achevée?s?|terminée?s?|ouverte?s?)\b")),
        ("planned", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:prévue?s?|programmée?s?|annoncée?s?|attendue?s?(?!\s+depuis)|devr(?:ait|aient|a|ont)|doi(?:t|vent)|se\s+tiendr(?:a|ont|ait|aient)|aura\s+lieu|auront\s+lieu|aurai(?:t|ent)\s+lieu|reprendr(?:a|ont|ait|aient))\b")),
        ("possible", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:pourr(?:ait|aient|a|ont)|envisagée?s?|évoquée?s?|(?<!\bun\s)(?<!\bune\s)(?<!\bdes\s)(?<!\bd['’]un\s)possibles?)\b")),
        ("denied", _P(r"^(?:\s+[\w-]+){0,3}?\s+(?:n['’](?:a|ont|aura|auront)\s+pas\s+eu\s+lieu|n['’](?:a|ont|aura|auront)\s+pas\s+lieu|annulée?s?|exclue?s?|reportée?s?)\b")),
    ),
    infinitive_left=(
        # « n'a pas exclu de rencontrer » : une possibilité, pas un refus
        ("possible", _P(r"(?:\bn['’]\w+\s+pas\s+exclu\w*|\bn['’]exclu\w*\s+pas|\bne\s+\w+\s+pas\s+exclu\w*)\s+(?:de\s+|d['’])(?:\w+\s+)?$")),
        ("denied", _P(r"(?:\brefus\w*|\bexclu\w*|\béchou\w*\s+à|\bpas\s+l['’]intention\s+de|\baucune\s+intention\s+de|\bsans\s+parvenir\s+à|\bn['’]\w+\s+pas\s+(?:réussi|pu)\s+à|\bn['’]entend\w*\s+pas|\bne\s+\w+\s+pas|\bn['’]\w+\s+pas)\s+(?:de\s+|d['’]|à\s+)?(?:\w+\s+)?$")),
        ("planned", _P(r"\b(?:devr(?:ait|aient|a|ont)|doi(?:t|vent)|devai(?:t|ent)|va|vont|allai(?:t|ent)|compte(?:nt)?|entend(?:ent)?|prévoi(?:t|ent)\s+de|s['’]appr[êe]t\w*\s+à|souhait\w*|veu(?:t|lent)|espèr\w*|accept\w*\s+de|convenue?s?\s+de|décidé\s+de|est\s+censée?|sont\s+censée?s|projet\w*\s+de)\s+(?:\w+\s+)?$")),
        ("possible", _P(r"\b(?:pourr(?:ait|aient|a|ont)|peu(?:t|vent)|envisag\w*\s+de|propos\w*\s+de|suggér\w*\s+de|possibilité\s+de|pourrai(?:t|ent)\s+bien)\s+(?:\w+\s+)?$")),
        ("purpose", _P(r"\b(?:pour|afin\s+de|en\s+vue\s+de|venue?s?|venu\s+pour)\s+(?:\w+\s+)?$")),
    ),
    negation=_P(r"\bn['’]|\bne\b|\bpas\b|\bjamais\b|\bplus\s+jamais\b"),
    phone_cue=_P(r"\btéléphon\w*|\bau\s+bout\s+du\s+fil\b|\bpar\s+appel\b"),
    possessor_before=_P(
        r"\b(?:émissaire|envoyée?|gendre|conseill(?:er|ère)|porte-parole|représentante?|proche|fils|fille|épouse|"
        r"homologue|bras\s+droit|négociat(?:eur|rice)|allié|administration|gouvernement|cabinet|équipe|entourage|camp|"
        r"adjointe?|collaborat(?:eur|rice)|partisan|chef\s+de\s+cabinet|secrétaire|assistante?)s?"
        r"(?:\s+(?:spéciale?|principale?|personnel(?:le)?|en\s+chef|diplomatique|américaine?|russe|ukrainienne?))*"
        r"\s+(?:du|de\s+la|de\s+l['’]|de|d['’]|des|auprès\s+du|auprès\s+de)\s*"
        r"(?:(?:président(?:e)?|dirigeant|chef\s+de\s+l['’]état|premier\s+ministre|ministre|secrétaire\s+d['’]état|chef|patron)"
        r"(?:\s+(?:russe|américain|ukrainien|français|turc|américaine|ukrainienne|des\s+[ÉE]tats-Unis|de\s+la\s+Russie|de\s+l['’]Ukraine))?\s+)?$"
    ),
    possessor_after=_P(r"^\s*(?!)"),
    # (« selon une source égyptienne », « selon des responsables américains » : une source, pas une partie)
    attribution_before=_P(r"\b(?:selon|d['’]après|cité\s+par|rapporte|rapportent)\s+(?:le\s+|la\s+|l['’]|les\s+|(?:une?|des|plusieurs|deux|trois)\s+(?:[\w-]+\s+){0,2})?$"),
    # « ..., a précisé son bureau » : le dirigeant nommé en tête de phrase parle par son bureau
    office_of_pronoun=_P(r"\s*\b(?:son|leur)\s+(?:bureau|cabinet|secrétariat)\b"),
    pronoun_subject=_P(
        r"\b(?:il|elle|-t-il|-t-elle|nous|lui|celui-ci|celle-ci|ce\s+dernier|cette\s+dernière|"
        r"(?:l['’]|le\s+|la\s+)(?:émissaire|envoyée?|responsable|conseill(?:er|ère)|négociat(?:eur|rice)|diplomate|"
        r"ministre|porte-parole|président|dirigeant|homme\s+d['’]affaires|représentante?)\b(?:\s+(?:spéciale?|en\s+chef|" + _DEMONYM_WORDS + r"))*)\b(?!s\b)"
    ),
    agent_marker=_P(r"\bpar\s+(?:\w+\s+){0,3}$"),
    recipient_marker=_P(r"\b(?:à|au|aux)\s+(?:\w+\s+){0,2}$"),
    with_marker=_P(r"\b(?:avec|entre|impliquant|associant|incluant|réunissant|rassemblant|auxquel\w+\s+ont\s+participé)\s+(?:\w+\s+){0,4}$"),
    host_verb=_P(r"\b(?:reç|recev|accueil)"),
    leader_title=_P(r"\b(?:président|présidente|chef\s+de\s+l['’]état|premier\s+ministre|dirigeant)\b"),
    other_before=_P(r"\b(?:autres?|nouvelle?s?|nouvel|seconde?|deuxième|troisième|distincte?s?|parallèles?)\s+(?:série\s+de\s+|cycle\s+de\s+|round\s+de\s+)?$"),
    quote=_P(r"«\s*([^«»]{2,400}?)\s*»|[\"“]([^\"“”]{2,400}?)[\"”]"),
    stance_cues=(
        ("sceptical", _P(r"\bsceptiques?\b|\bscepticisme\b|\bréservée?s?\b|\bprudente?s?\b|\bdubitatif|\bméfian")),
        ("negative", _P(r"\binacceptables?\b|\brejet\w*|\brefus\w*|\bdénonc\w*|\bcondamn\w*|\bhostile|\bprovocation|\bimpasse\b|\béchec\b")),
        ("positive", _P(r"\bconstructi(?:f|ve|fs|ves)\b|\bproducti(?:f|ve|fs|ves)\b|\bpositi(?:f|ve|fs|ves)\b|\butiles?\b|\bfructueu\w+|\bprogrès\b|\bavancées?\b|\bencourageant\w*|\bsalu\w+")),
    ),
    channel_cues=(
        ("X", _P(r"\bsur\s+(?:le\s+réseau\s+social\s+)?(?:X|Twitter)\b")),
        ("Telegram", _P(r"\bsur\s+(?:sa\s+chaîne\s+|son\s+compte\s+)?Telegram\b|\bTelegram\b")),
        ("interview", _P(r"\b(?:entretien|interview)\s+(?:accordée?\s+)?(?:à|au|aux)\b")),
        ("communiqué", _P(r"\bcommuniqué\b")),
        ("press conference", _P(r"\bconférence\s+de\s+presse\b|\bpoint\s+de\s+presse\b")),
        ("television", _P(r"\bà\s+la\s+télévision\b|\bchaîne\s+de\s+télévision\b")),
    ),
    topic_cues=(
        ("security guarantees", _P(r"\bgaranties?\s+de\s+sécurité\b")),
        ("territory", _P(r"\bterritoi\w+|\bDonbass\b|\bCrimée\b|\bligne\s+de\s+front\b|\bfrontières?\b|\brégions?\s+(?:occupées|annexées)")),
        ("ceasefire", _P(r"\bcessez-le-feu\b|\btrêve\b|\barmistice\b")),
        ("prisoner exchange", _P(r"\béchanges?\s+de\s+prisonniers\b|\bprisonniers\s+de\s+guerre\b")),
        ("sanctions", _P(r"\bsanctions?\b")),
        ("reconstruction", _P(r"\breconstruction\b")),
        ("peace plan", _P(r"\bplan\s+de\s+paix\b|\bcadre\s+de\s+paix\b|\bplan\s+en\s+\w+\s+points\b|\bprocessus\s+de\s+paix\b|\bréglement\s+pacifique\b|\brèglement\s+pacifique\b")),
        ("energy", _P(r"\bnucléaire\b|\bZaporijjia\b|\bénergie\b|\bgaz\b")),
    ),
    mediator_before=_P(r"\b(?:médiation|médiateurs?|médiatrice)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)$|\bsous\s+l['’]égide\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)$|\bgrâce\s+à\s+(?:la\s+|une\s+)médiation\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)$|\ben\s+présence\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$"),
    group_reference=_P(r"\b(?:les\s+deux\s+(?:dirigeants|présidents|hommes|parties|camps|délégations|pays|ministres|chefs\s+de\s+la\s+diplomatie|négociateurs|dirigeantes|armées|gouvernements|équipes)|les\s+délégations|ils|"
                      r"se\s+(?:rencontreront|réuniront|retrouveront|reverront|sont\s+(?:rencontrés|réunis|retrouvés)))\b"),
    plural_pronoun=_P(r"\b(?:ils|elles)\b"),
    topic_before=_P(r"\b(?:consacrée?s?|portant|porté|axée?s?|centrée?s?)\s+(?:sur|à|aux|au)\s+(?:les\s+|la\s+|le\s+|l['’]|un\s+|une\s+|des\s+)?$|\b(?:sur|concernant)\s+(?:les\s+|la\s+|le\s+|l['’]|un\s+|une\s+|des\s+)$"
                     # « rendre compte du contenu des discussions » : ce qu'on rapporte, pas une rencontre
                     r"|\b(?:contenu|teneur|résultats?|bilan|conclusions)\s+(?:des|de\s+la|du|de\s+l['’]|de\s+leurs?)\s+$"),
    possessive_before=_P(r"\b(?:leur|leurs)\s+(?:\w+\s+)?$"),
    purpose_noun_before=_P(r"\bpour\s+(?:une?|la|le|l['’]|leur|leurs|des|de\s+nouvelles?)\s+(?:[\w-]+\s+){0,3}$"),
    purpose_after=_P(r"\b(?:pour|afin\s+d['’e])\s+(?:y\s+)?(?:rencontrer|discuter|négocier|présenter|remettre|s['’]entretenir|finaliser|signer|participer|tenir|poursuivre|reprendre)\b"
                     r"|\bpour\s+(?:des|de\s+nouvelles?|un\s+nouveau\s+cycle\s+de|une\s+série\s+de)\s+(?:[\w-]+\s+){0,2}?(?:pourparlers|négociations|discussions|consultations)\s+avec\b"),
    support_verb=_P(r"\b(?:offert|offre|proposé|procédé|procéder|procèdent|effectué|effectuer|réalisé|tenu|tenir|tient|tiennent|tiendr\w+|mené|mener|mène|mènent|mèner\w+|eu|avoir|organisé|organiser|entamé|entamer|repris|reprendre|conduit|conduire|poursuivi|poursuivre|achevé|terminé|clos|participé|participer|engagé|ouvert|évoqué|proposé|proposer|annoncé|exclu|prévu|accepté|refusé|passé|consacré|accueilli|accueillir|réclamé|souhaité|souhaite|appelé|attendue?s?\s+(?:à|au|en)"
                     # futur simple : « reprendront les pourparlers », « relanceront les discussions »
                     r"|reprendr\w+|poursuivr\w+|rouvrir\w*|relancer\w*|entamer\w+|ouvrir\w+|organiser\w+|mèner\w+|conduir\w+|engager\w+)\b"),
    # « ..., a dit X après la séance » : un complément suit le locuteur inversé
    inverted_adjunct=_P(r"(?:après|avant|lors\s+d|à\s+l['’]issue|au\s+cours|devant|depuis|pendant|durant|dans|sur|en\s+marge|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\s+(?:matin|soir|week-end)|mardi)\b"),
    # « une session des chefs de la diplomatie de l'UA », « le sommet de l'OTAN »
    members_of=_P(r"\s+(?:(?:des|les)\s+(?:ministres|dirigeants|chefs\s+d['’]État|chefs|représentants|délégués|membres|négociateurs|pays\s+membres)\s+(?:[\w'’-]+\s+){0,4})?(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"),
    # « négocie depuis des années avec X », « héberge depuis 2015 le bureau de Y »
    ongoing=_P(r"\bdepuis\s+(?:(?:des|plusieurs|de\s+longs|quelques|bientôt|près\s+de|plus\s+de)\s+(?:\w+\s+)?(?:mois|années|ans|semaines|décennies)|\d+\s+(?:mois|ans|années|semaines)|(?:19|20)\d\d|longtemps|le\s+début\s+(?:de\s+la\s+guerre|du\s+conflit))\b"),
    not_event_date=_P(r"\b(?:jusqu['’]|jusqu['’]à|d['’]ici|avant|dès)\s+(?:le\s+|la\s+|l['’]|les\s+|fin\s+|début\s+)?$|\bdepuis\b[^.;,]{0,50}$"),
    demonyms={"russes?": "RU", "ukrainien(?:ne)?s?": "UA", "américaine?s?": "US", "turc|turque|turcs": "TR", "européen(?:ne)?s?": "EU", "français(?:e)?s?": "FR", "allemande?s?": "DE", "britanniques?": "GB", "émirati(?:e)?s?": "AE", "saoudien(?:ne)?s?": "SA", "qatari(?:e)?s?": "QA", "israélien(?:ne)?s?": "IL", "arménien(?:ne)?s?": "AM", "azerbaïdjanaise?s?": "AZ"},
    location_blocker=_P(r"\bfrontières?\s+(?:entre|avec)\s+(?:la\s+|le\s+|l['’])?$|\b(?:territoire|sol)\s+(?:de\s+la\s+|du\s+|de\s+l['’]|de\s+)$|\b(?:conflit|guerre|paix|crise|invasion|offensive|attaques?|frappes?|combats?|situation|sécurité|occupation|front)s?\s+(?:en|au|à|dans|contre)\s+(?:la\s+|l['’]|le\s+)?$"),
    pluperfect=_P(r"\b(?:avai(?:t|ent)|étai(?:t|ent))\b"),
    after_meeting=_P(r"\b(?:à\s+l['’]issue|ensuite|après\s+coup|dans\s+la\s+foulée)\b(?!\s+d)|\b(?:à|devant)\s+(?:la\s+presse|des\s+journalistes|les\s+journalistes)\b|\baux\s+journalistes\b"),
    joint_statement=_P(r"\b(?:déclaration|communiqué)\s+(?:commune?|conjointe?)\b"),
    infinitive_chain=_P(r"\b(?:et|ou)\s+(?:à\s+|de\s+|d['’])(?:se\s+|s['’])?$"),
    infinitive_marker=_P(r"(?:\bd['’]|\bde\s+|\bà\s+|\bpour\s+)[a-zàâçéèêëîïôûù]+(?:er|ir|re)\b"),
    possessive_single=_P(r"\b(?:sa|son)\s+(?:\w+\s+)?$"),
    # « Israël a accepté d'inclure ... », « a accepté la trêve » : un consentement
    consent=_P(r"(?:(?:ont|a)\s+)?(?:\w+\s+)?accept(?:é|ée|és|ées|e|ent)\b"),
    after_talks=_P(r"\b(?:après\s+|à\s+l['’]issue\s+(?:de\s+|d['’]|des\s+|du\s+))(?:(?:une?|des|ses|leurs?|la|les|sa|son|s['’]être)\s+)?(?:[\w-]+\s+){0,2}?$"),
    modal_governs_attached=True,
    relative_days=(
        (-1, _P(r"\b(?:la\s+veille|un\s+jour\s+plus\s+tôt|la\s+journée\s+précédente)\b(?!\s+(?:de|du|des|d['’]|au\s+matin\s+d))")),
        # "a réaffirmé le même jour": the day told before, not the publication day
        (0, _P(r"\b(?:le\s+m[êe]me\s+jour|ce\s+m[êe]me\s+jour|ce\s+jour-l[àa]|le\s+jour\s+m[êe]me)\b(?!\s+(?:de|du|des|d['’]|que\s+l))")),
        # « a réaffirmé le même jour que l'armée ... » : après un verbe de parole, « que » introduit
        # le propos, pas le terme de la comparaison
        (0, _P(r"(?:(?<=\bdit\s)|(?<=\bécrit\s)|(?<=\bdéclaré\s)|(?<=\baffirmé\s)|(?<=\bréaffirmé\s)|(?<=\bindiqué\s)|(?<=\bannoncé\s)|(?<=\bassuré\s)|(?<=\bprécisé\s)|(?<=\bsouligné\s)|(?<=\brépété\s)|(?<=\bestimé\s)|(?<=\brappelé\s)|(?<=\bexpliqué\s)|(?<=\baverti\s))(?:le\s+m[êe]me\s+jour|ce\s+m[êe]me\s+jour)(?=\s+qu(?:e\b|['’]))")),
        (1, _P(r"\b(?:le\s+lendemain|un\s+jour\s+plus\s+tard|la\s+journée\s+suivante)\b(?!\s+(?:de|du|des|d['’]))")),
        (-1, _P(r"\b(?P<n>deux|trois|quatre|cinq|2|3|4|5)\s+jours\s+(?:plus\s+tôt|auparavant)\b")),
        (1, _P(r"\b(?P<n>deux|trois|quatre|cinq|2|3|4|5)\s+jours\s+plus\s+tard\b")),
    ),
    summary_nouns=(
        (_P('\\bplans?\\b'), 'plan'),
        (_P('\\bcadre'), 'framework'),
        (_P('m[ée]morandum'), 'memorandum'),
        (_P("projet\\s+d['’]accord"), 'draft agreement'),
        (_P('feuille\\s+de\\s+route'), 'roadmap'),
        (_P('contre-proposition|contre-projet'), 'counter-proposal'),
        (_P('\\bpropositions?\\b'), 'proposal'),
        (_P('initiative'), 'initiative'),
        (_P('\\boffre'), 'offer'),
        (_P('\\bdemandes?\\b'), 'demand'),
        (_P('exigences?'), 'demand'),
        (_P('\\btraité'), 'treaty'),
        (_P('\\bdocument|\\btexte'), 'document'),
        (_P('\\bliste'), 'list'),
        (_P('cessez-le-feu|\\btrêve'), 'ceasefire'),
        (_P('\\bretrait'), 'withdrawal'),
        (_P('moratoire'), 'moratorium'),
    ),
    summary_qualifiers=(
        (_P('\\bde\\s+paix\\b'), 'peace'),
        (_P('cessez-le-feu|trêve'), 'ceasefire'),
        (_P('\\béconomique'), 'economic'),
    ),
    summary_numbers=(
        (_P('\\bvingt-huit\\b'), '28'),
        (_P('\\bvingt\\s+points'), '20'),
        (_P('\\bdouze\\b'), '12'),
        (_P('\\bdix\\b'), '10'),
        (_P('\\bquinze\\b'), '15'),
        (_P('\\btrente\\b'), '30'),
    ),
    summary_points=_P(r"(\d+)[\s-]*(?:points?|-point)"),
    relative_tail=_P(",\\s*(?:qui|dont|où|après|lors|à\\s+l['’]issue)\\b[^,]{0,120},\\s*$"),
    definite_before=_P("\\b(?:le|la|l['’]|ce|cet|cette)\\s*$"),
    relative_span=_P(',\\s*(?:qui|dont|où)\\b[^,]{0,120},'),
    relative_cut=_P('(?<=\\w)\\s+(?:qui)\\s*$'),
    relative_open=_P(",\\s*(?:qui)\\s+(?:[\\w'’-]+\\s+){0,3}$|\\w\\s+(?:qui)\\s+(?:[\\w'’-]+\\s+){0,2}$"),
    participial_opener=_P("[\\W_]*(?:après|avant\\s+de|avant\\s+d['’])\\s*(?:s['’](?:être|avoir)\\s+|avoir\\s+|être\\s+)?"),
    coordination_gap=_P("\\s*(?:,\\s*)?(?:,|et|&|ainsi\\s+que)\\s*(?:(?:la|le|les|l['’]|ses|leurs?|de|du|des|d['’]|(?-i:[A-ZÀ-ÖØ-Þ][\\w'’.-]*)|premier|ministre|président|affaires|étrangères|chef|secrétaire|spécial|émissaire|conseiller|défense|général"
                        # « Araghchi, et l'émissaire américain Witkoff » : titres et gentilés entre deux noms
                        "|diplomatie|envoyée?|spéciale|négociat(?:eur|rice)|porte-parole|représentante?|adjointe?|vice-(?:président|premier)"
                        "|[a-zàâçéèêëîïôûù]+(?:aine?|ienne?|aise?|oise?|ique)s?|russes?|turc|turque|grecque|suisse|qatarie?|émiratie?"
                        # « X et son homologue kosovar Y », « X et le commandant rebelle Y »
                        "|,|son|sa|homologues?|commandante?|dirigeante?|chef|rebelles?|" + _DEMONYM_WORDS + ")\\s*){0,7}"),
    predicate_join=_P('\\b(?:et|mais|puis)\\s+(?:\\w+\\s+)?$|\\b(?:mais)\\b'),
    conjunction=_P('\\b(?:et|ainsi\\s+que)\\b|&'),
    relative_segment=_P(',\\s*(?:qui|lequel|laquelle)\\b[^,]*,\\s*$'),
    relative_start=_P('\\s*,?\\s*(?:qui)\\b\\s*'),
    relative_aside=_P(',\\s*(?:qui|dont|lequel|laquelle)\\b[^,.;]*,'),
    complementiser=_P("\\b(?:que|qu['’])\\b"),
    source_of=_P("\\s*(?:du|de\\s+la|de\\s+l['’]|des|de|d['’])\\s*$"),
    passive=_P('\\b(?:été|être)\\b'),
    agent_after=_P("\\s+(?:(?:pendant|durant)\\s+(?:près\\s+de\\s+|plus\\s+de\\s+|environ\\s+)?[\\w-]+\\s+(?:heures?|minutes?|jours?)\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\\s+)?)?(?:par)\\b"),
    agent_end=_P('\\b(?:par)\\s*$'),
    mediator_coordination=_P("\\s*(?:,|et)\\s*(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+)?"),
    mediation_after=_P('(?!)'),
    mediation_before=_P('(?!)'),
    mediated_suffix=_P('-(?:médiée?s?)\\b'),
    agent_coordination=_P('\\b(?:par)\\s+[^.;]{0,40}\\b(?:et|,)\\s+(?:ses\\s+|leurs?\\s+)?$'),
    compound_join=_P('\\s*[-–/]\\s*|\\s+(?:et)\\s+'),
    # « S'exprimant devant la presse vendredi, il a déclaré » : la participiale du dire lui-même
    front_lead=_P('[\\W_]*(?:(?:s[\'’]exprimant|intervenant|interrogée?|répondant)\\s+[\\w\'’.-]+(?:\\s+[\\w\'’.-]+){0,4}?\\s+)?(?:(?:le|dès|et|mais|puis|ensuite|plus\\s+tard)\\s+)*'),
    ahead_modal=_P('\\b(?:devr\\w+|doi(?:t|vent)|vont|va)\\b(?:\\s+\\w+){0,3}\\s*$'),
    moved_to=_P("\\b(?:reportée?s?|repoussée?s?|décalée?s?|avancée?s?)\\s+(?:au|à|jusqu['’]à)\\s*(?:le\\s+)?$"),
    setting_before=_P("\\b(?:en\\s+marge\\s+d(?:u|e\\s+la|es|e|['’]))\\s*(?:l['’]|la\\s+|un\\s+|une\\s+)?(?:[\\w-]+\\s+){0,4}$"),
    object_ends=_P('[,;:]|\\b(?:et|mais|tandis)\\b'),
    second_predicate=_P("\\b(?:et|puis)\\s+(?:(?:aussi|ensuite|ont|a|se|s['’]est|se\\s+sont)\\s+)*$|\\b(?:pour|afin\\s+de)\\s+(?:(?:y|se|s['’])\\s*)?$"),
    duration_lead=_P('(?:pendant|durant|passé|duré|après|au\\s+terme\\s+de)\\s+(?:\\w+\\s+){0,2}$'),
    duration_tail=_P("^\\s+(?:de|d['’])\\s+(?:\\w+\\s+)?(?:négociations|discussions|pourparlers|réunions|consultations)"),
    lasted=_P("\\b(?:passé|duré|durait|duraient|s['’]est\\s+prolong\\w*)\\s+(?:\\w+\\s+){0,2}$"),
    topic_gap=_P('\\b(?:sur|pour|concernant|visant|plan|cessez-le-feu|trêve|pause)\\b'),
    stay_purpose=_P('[^.;:]{0,50}?\\b(?:pour|afin\\s+de)\\s+'),
    started=_P('\\b(?:commencé|débuté|ouvert|ouverts?|entamé|à\\s+partir\\s+de|depuis)\\s+(?:\\w+\\s+){0,1}$'),
    bounding_verb=_P("\\b(?:(?:s['’]est|se\\s+sont)\\s+(?:achevée?s?|terminée?s?|conclue?s?|ouverte?s?)|(?:a|ont)\\s+(?:débuté|commencé|pris\\s+fin)|achevée?s?|terminée?s?|ouverte?s?)\\s+(?:le\\s+)?$"),
    opening_verb=_P('débuté|commencé|ouvert'),
    sub_day=_P('heure|minute|\\bh\\b|nuit'),
    measure_adjective=_P('(?!)'),
    duration_preposition=_P('(?:pendant|durant)'),
    duration_of=_P("\\s*(?:de|d['’])?\\s*(?:[\\w-]+\\s+)?"),
    duration_of_after=_P("\\s*(?:de|d['’])?\\s*"),
    duration_of_inside=_P("(?:de\\s|d['’])"),
    proposal_object=_P("(?:[\\w-]+\\s+){0,2}\\b(?:contre-projet|contre-proposition|traité|cessez-le-feu|trêve|retrait|moratoire|plan|cadre|m[ée]morandum|proposition|projet|feuille de route|initiative|document|offre|exigence|ultimatum)s?\\b(?:\\s+(?:de|d['’]|du|des|en|à)?\\s*[\\w'’-]+){0,4}"),
    proposal_object_end=_P('\\s+(?:modifi|amend|révis|remis|soumis|présent|propos|par\\b|à\\b)'),
    amend_trigger=_P('modifi|amend|révis|revis'),
    handover_trigger=_P('remis|remet|transmi|soumi'),
    mentions=MENTION_WORDS,
    temporal=TEMPORAL_WORDS,
)
