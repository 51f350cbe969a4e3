"""Italian words for the mention finder: demonyms, group nouns, titles, place prepositions.

Entries are written as they appear in text; :mod:`tracker.extract.mentions` folds them (lower
case, no accents). Adjectives follow their noun ("la delegazione russa", "il ministro degli
Esteri iraniano") and agree in gender and number, so every demonym is listed in its four forms.
Articles merge with prepositions ("al", "dell'", "nella"): the merged forms are listed among the
place prepositions rather than stripped.
"""

from __future__ import annotations

from tracker.extract.rules import MentionWords


def inflect(masc: str) -> list[str]:
    """The gender and number forms of an Italian adjective from its masculine singular.

    "russo" → russo, russa, russi, russe; "statunitense" → statunitense, statunitensi;
    "omanita" → omanita, omaniti, omanite; "turco" → turco, turca, turchi, turche.
    """
    if masc.endswith(("co", "go")) and masc not in ("greco",):
        stem, h = masc[:-1], "h"
        return [masc, stem + "a", stem + h + "i", stem + h + "e"]
    if masc.endswith("o"):
        stem = masc[:-1]
        return [masc, stem + "a", stem + "i", stem + "e"]
    if masc.endswith("e"):
        return [masc, masc[:-1] + "i"]
    if masc.endswith("a"):
        return [masc, masc[:-1] + "i", masc[:-1] + "e"]
    return [masc]


#: Adjectives of nationality → side code (masculine singular; :func:`inflect` adds the rest).
_DEMONYM_BASES: list[tuple[str, str]] = [
    ("RU", "russo"), ("UA", "ucraino"), ("US", "americano"), ("US", "statunitense"), ("EU", "europeo"),
    ("FR", "francese"), ("GB", "britannico"), ("GB", "inglese"), ("DE", "tedesco"), ("IT", "italiano"),
    ("PL", "polacco"), ("FI", "finlandese"), ("TR", "turco"), ("SA", "saudita"), ("SA", "saudiano"),
    ("AE", "emiratino"), ("QA", "qatariota"), ("QA", "qatarino"), ("BY", "bielorusso"), ("HU", "ungherese"),
    ("CN", "cinese"), ("CH", "svizzero"), ("OM", "omanita"), ("OM", "omanese"), ("IN", "indiano"),
    ("ES", "spagnolo"), ("NO", "norvegese"), ("SE", "svedese"), ("CA", "canadese"), ("JP", "giapponese"),
    ("IR", "iraniano"), ("EG", "egiziano"), ("IL", "israeliano"), ("PS", "palestinese"), ("AM", "armeno"),
    ("AZ", "azero"), ("AT", "austriaco"), ("VA", "vaticano"), ("KZ", "kazako"), ("BR", "brasiliano"),
    ("JO", "giordano"), ("LB", "libanese"), ("SY", "siriano"), ("IQ", "iracheno"), ("YE", "yemenita"),
    ("LY", "libico"), ("TN", "tunisino"), ("DZ", "algerino"), ("MA", "marocchino"), ("SD", "sudanese"),
    ("ET", "etiope"), ("KP", "nordcoreano"), ("KR", "sudcoreano"), ("PK", "pakistano"), ("AF", "afghano"),
    ("TH", "thailandese"), ("KH", "cambogiano"), ("CD", "congolese"), ("RW", "ruandese"), ("RS", "serbo"),
    ("XK", "kosovaro"), ("AL", "albanese"), ("HR", "croato"), ("RO", "rumeno"), ("MD", "moldavo"),
    ("GE", "georgiano"), ("GR", "greco"), ("CZ", "ceco"), ("SK", "slovacco"), ("PT", "portoghese"),
    ("NL", "olandese"), ("BE", "belga"), ("DK", "danese"), ("VE", "venezuelano"), ("MX", "messicano"),
    ("CU", "cubano"), ("KW", "kuwaitiano"), ("BH", "bahreinita"), ("AU", "australiano"),
]
DEMONYMS: dict[str, str] = {}
for _side, _m in _DEMONYM_BASES:
    for _form in inflect(_m):
        DEMONYMS.setdefault(_form, _side)
DEMONYMS.update({"greci": "GR", "greche": "GR", "belgi": "BE", "belghe": "BE", "usa": "US", "Usa": "US"})

#: First halves of compounds: "colloqui russo-ucraini", "vertice russo-americano".
COMPOUND_PREFIXES: dict[str, str] = {
    "russo": "RU", "ucraino": "UA", "americano": "US", "statunitense": "US", "euro": "EU", "franco": "FR",
    "anglo": "GB", "italo": "IT", "turco": "TR", "sino": "CN", "irano": "IR", "israelo": "IL",
    "arabo": "SA", "indo": "IN", "armeno": "AM", "siro": "SY", "libano": "LB", "egiziano": "EG",
    "tedesco": "DE", "usa": "US",
}

#: Nouns of talks: a compound demonym before them names the sides that meet.
TALK_NOUNS: tuple[str, ...] = (
    "colloqui", "colloquio", "negoziati", "negoziato", "trattative", "trattativa", "incontro", "incontri",
    "vertice", "vertici", "summit", "consultazioni", "dialogo", "riunione", "riunioni", "accordo", "intesa",
    "telefonata", "conversazione",
)

#: Nouns that, followed by a demonym, name a side as a whole ("la parte russa").
SIDE_NOUNS: tuple[str, ...] = (
    "parte", "parti", "governo", "governi", "autorità", "amministrazione", "diplomazia", "regime",
    "presidenza", "esercito", "ministero", "esecutivo", "leadership", "fronte", "alleati",
    "sala stampa", "ufficio stampa", "diplomazia", "intelligence", "servizi segreti", "media di Stato",
)

#: Nouns that, followed by a demonym or "di <side>", name a delegation or group of officials.
DELEGATION_NOUNS: tuple[str, ...] = (
    "delegazione", "delegazioni", "negoziatori", "negoziatore", "squadra negoziale", "squadra", "team",
    "rappresentanti", "funzionari", "alti funzionari", "diplomatici", "inviati", "emissari", "consiglieri",
    "dirigenti", "leader", "ministri", "militari", "esperti", "mediatori", "interlocutori", "omologhi",
)

#: Prepositions (with their merged articles) after which a city or building is a place.
CITY_PREPS: tuple[str, ...] = (
    "a", "ad", "in", "da", "verso", "presso", "nella", "nel", "nello", "all'", "alla", "al", "dalla", "dal",
    "fino a", "vicino a", "a bordo di", "diretto a", "diretta a", "diretti a", "dirette a", "partito da",
    "arrivato a", "arrivata a", "arrivati a", "atterrato a", "atterrata a", "atterrati a",
    "colloqui di", "negoziati di", "vertice di", "incontro di", "riunione di", "summit di", "conferenza di",
    "aeroporto di", "ambasciata a", "tra", "trilaterale di", "bilaterale di", "trilaterali di", "bilaterali di",
    "colloqui trilaterali di", "incontro trilaterale di", "incontro bilaterale di", "alla volta di",
    "partito per", "partita per", "partiti per", "partite per", "parte per", "partono per", "partirà per",
    "partiranno per",
)
#: Prepositions after which a city only names a document ("accordi di Minsk", "formato di Istanbul").
NAMED_PREPS: tuple[str, ...] = (
    "accordi di", "accordo di", "memorandum di", "protocollo di", "dichiarazione di", "formato di",
    "processo di", "comunicato di", "ora di", "piano di", "formula di",
)
#: Words right before "a" that make the city an addressee, not a place ("ha proposto a Mosca").
ADDRESSEE_WORDS: tuple[str, ...] = (
    "proposto", "propone", "chiesto", "chiede", "detto", "dice", "risposto", "risponde", "inviato", "invia",
    "trasmesso", "trasmette", "consegnato", "consegna", "lanciato", "lancia", "appello", "offerto", "offre",
    "suggerito", "promesso", "garantito", "assicurato", "annunciato", "spiegato", "scritto", "fornito",
    "concesso", "imposto", "ripetuto", "indicato", "favorevole", "favorevoli", "ostile", "aperto",
    "ultimatum", "messaggio", "lettera", "risposta", "sostegno", "aiuto", "presentato", "presenta",
    "sottoposto", "telefonato", "parlato", "secondo", "grazie", "chiedono", "propongono",
)
#: Prepositions after which a country name is a place ("in Ucraina"), not a side.
COUNTRY_PREPS: tuple[str, ...] = (
    "in", "nel", "nella", "negli", "nello", "sul territorio di", "fuori da", "confine tra", "confine con",
)
#: Articles skipped when looking for a preposition ("a la", never: "alla" is one word).
ARTICLES: tuple[str, ...] = ("il", "lo", "la", "l'", "i", "gli", "le")
COORDINATORS: tuple[str, ...] = ("e", "ed", "o", ",")
PLACE_COORDINATORS: tuple[str, ...] = ("e", "ed", "o")
#: Determiners skipped before an apposition: "Steve Witkoff, l'inviato speciale".
APPOSITION_ARTICLES: tuple[str, ...] = ("il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "suo", "sua", "loro")

#: Title and function nouns that may precede or follow a name.
TITLE_HEADS: tuple[str, ...] = (
    "presidente", "vicepresidente", "vice presidente", "premier", "presidente del Consiglio", "primo ministro",
    "prima ministra", "ministro", "ministra", "viceministro", "vice ministro", "capo della diplomazia",
    "capo dello Stato", "capo del governo", "capo di gabinetto", "capo dell'ufficio presidenziale",
    "capo della delegazione", "capodelegazione", "capo negoziatore", "negoziatore capo", "capo di stato maggiore",
    "capo dell'intelligence", "capo", "segretario di Stato", "segretario generale", "segretaria generale",
    "segretario", "segretaria", "alto rappresentante", "portavoce", "inviato", "inviata", "emissario",
    "consigliere", "consigliera", "negoziatore", "negoziatrice", "ambasciatore", "ambasciatrice", "generale",
    "ammiraglio", "colonnello", "comandante", "commissario", "commissaria", "direttore", "direttrice",
    "leader", "senatore", "senatrice", "deputato", "deputata", "sindaco", "governatore", "re", "principe",
    "principe ereditario", "emiro", "sceicco", "papa", "Papa", "cardinale", "patriarca", "responsabile",
    "assistente", "collaboratore", "collaboratrice", "genero", "figlio", "figlia", "moglie", "omologo",
    "omologa", "vice", "braccio destro", "rappresentante", "mediatore", "mediatrice", "cancelliere",
    "cancelliera", "miliardario", "imprenditore", "uomo d'affari", "procuratore", "diplomatico",
    "alto funzionario", "funzionario", "fonte", "monsignor", "uomo fidato", "fedelissimo", "alleato",
    "signor", "signora", "dottor", "gen.",
)
#: Heads that, with a side but no name, stand for an anonymous official of that side.
ANONYMOUS_HEADS: tuple[str, ...] = (
    "responsabile", "diplomatico", "negoziatore", "rappresentante", "funzionario", "alto funzionario",
    "fonte", "inviato", "inviato speciale", "emissario",
)
# A capitalised demonym introduces a name: "il russo Dmitriev" is rare, "l'americano X" occurs.
TITLE_HEADS = TITLE_HEADS + tuple(sorted({w[:1].upper() + w[1:] for w in DEMONYMS if w.islower() and w.endswith(("o", "a", "e"))}))
#: Words that may qualify a title after its head ("inviato speciale", "ministro aggiunto").
TITLE_ADJECTIVES: tuple[str, ...] = (
    "speciale", "speciali", "aggiunto", "aggiunta", "principale", "capo", "delegato", "delegata", "permanente",
    "generale", "presidenziale", "straordinario", "plenipotenziario", "personale", "diplomatico", "militare",
    "nazionale", "ad interim", "uscente", "federale", "influente", "potente", "economico", "primo", "prima",
    "senior", "fidato",
)
#: Words a title may start with ("il nuovo ministro", "l'ex presidente").
TITLE_PREFIXES: tuple[str, ...] = (
    "nuovo", "nuova", "ex", "alto", "alta", "principale", "potente", "influente", "futuro", "futura",
    "attuale", "primo", "prima", "vice",
)
#: Prepositions opening a title's complement ("ministro degli Esteri", "inviato della Casa Bianca").
COMPLEMENT_PREPS: tuple[str, ...] = (
    "di", "del", "della", "dello", "dell'", "dei", "degli", "delle", "d'", "per", "per il", "per la",
    "per gli", "per i", "per le", "per l'", "alla", "al", "allo", "all'", "ai", "agli", "alle", "presso",
    "presso il", "presso la",
)
#: Words of ministry and office names inside a title's complement ("degli Affari esteri").
DEPARTMENT_WORDS: tuple[str, ...] = (
    "ministero", "affari", "esteri", "estero", "interni", "interno", "difesa", "sicurezza", "nazionale",
    "intelligence", "consiglio", "governo", "presidenza", "amministrazione", "stato", "maggiore", "forze",
    "armate", "esercito", "tesoro", "finanze", "economia", "energia", "giustizia", "commercio",
    "diplomazia", "pace", "missione", "negoziati", "delegazione", "ufficio", "gabinetto", "servizi",
    "fondo", "investimenti", "diretti", "sovrano", "russo", "ucraino", "americano", "diritti", "umani",
    "politica", "estera", "cooperazione", "strategici", "strategico", "speciali", "operazioni", "casa",
    "bianca", "parlamento", "rada", "duma", "senato", "camera", "commissione", "comitato", "guardia",
    "frontiere", "medio", "oriente", "vicino", "europa", "europei", "sanità", "cultura", "comando",
    "direzione", "agenzia", "marina", "vertice", "conferenza", "tribunale", "assemblea", "generale",
    "il", "lo", "la", "i", "gli", "le", "l'", "di", "del", "della", "dello", "dell'", "dei", "degli",
    "delle", "e", "ed", "in", "per", "al", "alla", "ai", "agli", "alle",
)
#: Capitalised words that never start a person's name after a title.
NAME_STOPWORDS: tuple[str, ...] = (
    "Il", "Lo", "La", "L", "I", "Gli", "Le", "Un", "Una", "Uno", "Lui", "Lei", "Loro", "Si", "Questo",
    "Questa", "Questi", "Nel", "Nella", "Secondo", "Per", "Con", "Senza", "Ma", "E", "Ed", "O", "Dopo",
    "Prima", "Durante", "Da", "Dal", "Dalla", "Suo", "Sua", "Suoi", "Nostro", "Noi", "Io", "Ho", "Ha",
    "Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica", "Gennaio", "Febbraio",
    "Marzo", "Aprile", "Maggio", "Giugno", "Luglio", "Agosto", "Settembre", "Ottobre", "Novembre",
    "Dicembre", "Affari", "Esteri", "Difesa", "Stato", "Interno", "Interni", "Sicurezza", "Consiglio",
    "Tesoro", "Giustizia", "Primo", "Prima", "Ministro", "Ministra", "X", "Telegram", "Facebook", "Truth",
    "Social", "Ansa", "ANSA", "AFP", "Reuters", "TASS", "Tass", "Ria", "RIA", "Interfax", "Ukrinform", "CNN",
    "BBC", "Agi", "AGI", "Adnkronos", "Gen", "Sig", "Dott", "Governo", "Capitale", "Medio", "Oriente",
)
NAME_PARTICLES: tuple[str, ...] = ("bin", "ben", "ibn", "al", "el", "von", "van", "der", "den", "bint", "di", "de", "da")
#: Titles that name the holder of an office when no name follows ("il presidente russo").
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "head_of_state": ("presidente", "capo dello Stato"),
    "leader": ("leader", "capo", "numero uno"),
    "head_of_government": ("premier", "primo ministro", "prima ministra", "presidente del Consiglio", "capo del governo", "cancelliere", "cancelliera"),
    "foreign_minister": (
        "ministro degli Esteri", "ministra degli Esteri", "ministro degli Affari esteri", "ministra degli Affari esteri",
        "capo della diplomazia", "segretario di Stato", "ministro degli Esteri e della Cooperazione internazionale",
    ),
    "defence_minister": ("ministro della Difesa", "ministra della Difesa", "segretario alla Difesa", "segretario alla Guerra", "capo del Pentagono"),
    "spokesperson": ("portavoce", "portavoce della presidenza", "portavoce del presidente", "portavoce del Cremlino"),
    "mfa_spokesperson": ("portavoce della diplomazia", "portavoce del ministero degli Esteri", "portavoce della Farnesina"),
    "national_security_adviser": ("consigliere per la sicurezza nazionale", "consigliera per la sicurezza nazionale"),
    "security_council_secretary": ("segretario del Consiglio di sicurezza", "segretario del Consiglio di sicurezza nazionale e di difesa"),
    "chief_of_general_staff": ("capo di stato maggiore", "capo di Stato maggiore"),
    "head_of_presidential_office": ("capo dell'ufficio presidenziale", "capo di gabinetto", "capo dell'amministrazione presidenziale"),
    "secretary_general": ("segretario generale",),
    "vice_president": ("vicepresidente", "vice presidente"),
    "crown_prince": ("principe ereditario",),
}
#: Words that make a title refer to someone else than the holder in office ("l'ex presidente").
ROLE_BLOCKERS: tuple[str, ...] = ("ex", "ormai", "futuro", "futura", "prossimo", "prossima", "nuovo", "nuova", "precedente", "defunto", "compianto")
#: Heads naming the holder of the same office on another side ("il suo omologo russo").
COUNTERPART_HEADS: tuple[str, ...] = ("omologo", "omologa", "omologhi", "omologhe")

#: Verbs of saying and meeting right after an unknown "Nome Cognome" that make it a person.
SPEAKER_VERBS: tuple[str, ...] = (
    "ha dichiarato", "ha detto", "ha affermato", "ha spiegato", "ha annunciato", "ha sottolineato",
    "ha aggiunto", "ha ricordato", "ha avvertito", "ha confermato", "ha smentito", "ha respinto",
    "ha incontrato", "ha ricevuto", "ha scritto", "ha riferito", "ha precisato", "ha ringraziato",
    "dichiara", "afferma", "sottolinea", "aggiunge", "scrive", "incontra", "riceve", "ha telefonato",
    "aveva dichiarato", "aveva incontrato", "incontrerà", "dovrebbe incontrare", "si è incontrato",
    "si è incontrata",
)
#: Last words of organisation names, never a person's.
ORGANISATION_WORDS: tuple[str, ...] = (
    "consiglio", "commissione", "comitato", "ministero", "ufficio", "agenzia", "forze", "esercito", "partito",
    "movimento", "fronte", "unione", "gruppo", "corte", "banca", "fondo", "stampa", "casa", "servizio",
    "servizi", "guardia", "brigata", "brigate", "autorità", "organizzazione", "istituto", "fondazione",
    "centro", "rete", "media", "televisione", "radio", "giornale", "governo", "amministrazione",
    "assemblea", "parlamento", "senato", "congresso", "gabinetto", "cremlino", "palazzo", "via", "piazza",
    "aeroporto", "stato", "stati", "repubblica", "regno", "nazioni", "coalizione", "alleanza",
    "associazione", "federazione", "tribunale", "missione", "ambasciata", "consolato", "farnesina", "sala",
)

#: A capitalised plural demonym is a noun for the people ("gli Ucraini", "gli Iraniani").
PLURAL_NOUNS: dict[str, str] = {w[:1].upper() + w[1:]: s for w, s in DEMONYMS.items() if w.endswith("i") and w.islower()}

ROLE_FUNCTION_WORDS: tuple[str, ...] = (
    "'", "l", "d", "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dello", "dei", "degli", "delle",
    "dell", "a", "al", "alla", "ai", "agli", "e", "ed", "in", "per", ".",
)
TITLE_FUNCTION_WORDS: tuple[str, ...] = (
    "il", "lo", "la", "i", "gli", "le", "l", "'", "di", "del", "della", "dello", "dell", "dei", "degli",
    "delle", "d", "e", "ed", "in", "a", "al", "alla", "ai", "agli", "alle", "per",
)
DELEGATION_FILLERS: tuple[str, ...] = (
    "militare", "militari", "diplomatica", "diplomatiche", "ufficiale", "ufficiali", "tecnica", "tecniche",
    "governativa", "governative", "alti", "principali", "negoziale", "negoziali",
)

WORDS = MentionWords(
    demonyms=DEMONYMS, plural_nouns=PLURAL_NOUNS, compound_prefixes=COMPOUND_PREFIXES, side_nouns=SIDE_NOUNS,
    delegation_nouns=DELEGATION_NOUNS, city_preps=CITY_PREPS, country_preps=COUNTRY_PREPS, articles=ARTICLES,
    coordinators=COORDINATORS, place_coordinators=PLACE_COORDINATORS, apposition_articles=APPOSITION_ARTICLES,
    adjective_first=False, title_heads=TITLE_HEADS, title_modifiers=TITLE_ADJECTIVES, title_prefixes=TITLE_PREFIXES,
    complement_preps=COMPLEMENT_PREPS, department_words=DEPARTMENT_WORDS, name_stopwords=NAME_STOPWORDS,
    name_particles=NAME_PARTICLES, anonymous_heads=ANONYMOUS_HEADS, addressee_words=ADDRESSEE_WORDS,
    role_titles=ROLE_TITLES, role_blockers=ROLE_BLOCKERS, role_function_words=ROLE_FUNCTION_WORDS,
    title_function_words=TITLE_FUNCTION_WORDS, counterpart_heads=COUNTERPART_HEADS, named_preps=NAMED_PREPS,
    talk_nouns=TALK_NOUNS, speaker_verbs=SPEAKER_VERBS, organisation_words=ORGANISATION_WORDS,
    delegation_fillers=DELEGATION_FILLERS, elided_articles=("l", "d", "dell", "all", "nell", "dall", "sull"),
    chaining_preps=("di", "del", "della", "dello", "dei", "degli", "dell", "d"),
    source_preps=("da", "dal", "dalla", "dai", "dagli", "dall"),
)
