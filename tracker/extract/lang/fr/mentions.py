"""French words for the mention finder: demonyms, group nouns, titles, place prepositions.

All entries are written as they appear in text; :mod:`tracker.extract.mentions` folds them
(lower case, no accents) before matching, so "Émirati" and "emirati" are one entry.
"""

from __future__ import annotations

from tracker.extract.rules import MentionWords


def _inflect(masc: str, fem: str | None = None) -> list[str]:
    """Masculine, feminine and their plurals: ("ukrainien", "ukrainienne") → four forms."""
    forms = [masc, fem or masc]
    out = []
    for f in forms:
        out.append(f)
        out.append(f if f.endswith(("s", "x")) else f + "s")
    return list(dict.fromkeys(out))


#: Adjectives of nationality → side code.
DEMONYMS: dict[str, str] = {}
for _side, _m, _f in [
    ("RU", "russe", None), ("UA", "ukrainien", "ukrainienne"), ("US", "américain", "américaine"),
    ("US", "étatsunien", "étatsunienne"), ("US", "états-unien", "états-unienne"),
    ("EU", "européen", "européenne"), ("FR", "français", "française"), ("GB", "britannique", None),
    ("DE", "allemand", "allemande"), ("IT", "italien", "italienne"), ("PL", "polonais", "polonaise"),
    ("FI", "finlandais", "finlandaise"), ("TR", "turc", "turque"), ("SA", "saoudien", "saoudienne"),
    ("AE", "émirati", "émiratie"), ("QA", "qatari", "qatarie"), ("QA", "qatarien", "qatarienne"),
    ("BY", "biélorusse", None), ("BY", "bélarusse", None), ("HU", "hongrois", "hongroise"),
    ("CN", "chinois", "chinoise"), ("CH", "suisse", None), ("OM", "omanais", "omanaise"),
    ("IN", "indien", "indienne"), ("DK", "danois", "danoise"), ("NL", "néerlandais", "néerlandaise"),
    ("ES", "espagnol", "espagnole"), ("NO", "norvégien", "norvégienne"), ("SE", "suédois", "suédoise"),
    ("CA", "canadien", "canadienne"), ("JP", "japonais", "japonaise"), ("SK", "slovaque", None),
    ("EE", "estonien", "estonienne"), ("IR", "iranien", "iranienne"), ("KP", "nord-coréen", "nord-coréenne"),
    ("UN", "onusien", "onusienne"), ("VA", "vatican", "vaticane"), ("NATO", "atlantiste", None),
    ("KZ", "kazakh", "kazakhe"), ("EG", "égyptien", "égyptienne"), ("BR", "brésilien", "brésilienne"),
    ("IL", "israélien", "israélienne"), ("PS", "palestinien", "palestinienne"), ("AM", "arménien", "arménienne"),
    ("AZ", "azerbaïdjanais", "azerbaïdjanaise"), ("AT", "autrichien", "autrichienne"), ("BE", "belge", None),
    ("BG", "bulgare", None), ("LT", "lituanien", "lituanienne"), ("LV", "letton", "lettone"),
    ("ZA", "sud-africain", "sud-africaine"), ("TH", "thaïlandais", "thaïlandaise"), ("KH", "cambodgien", "cambodgienne"),
    ("MY", "malaisien", "malaisienne"), ("CD", "congolais", "congolaise"), ("RW", "rwandais", "rwandaise"),
    ("PK", "pakistanais", "pakistanaise"),
    # the Balkans, the rest of Europe, the Caucasus and Central Asia
    ("RS", "serbe", None), ("XK", "kosovar", "kosovare"), ("XK", "kosovien", "kosovienne"),
    ("AL", "albanais", "albanaise"), ("BA", "bosnien", "bosnienne"), ("BA", "bosniaque", None),
    ("ME", "monténégrin", "monténégrine"), ("MK", "macédonien", "macédonienne"), ("HR", "croate", None),
    ("SI", "slovène", None), ("RO", "roumain", "roumaine"), ("MD", "moldave", None),
    ("GE", "géorgien", "géorgienne"), ("GR", "grec", "grecque"), ("CY", "chypriote", None),
    ("CZ", "tchèque", None), ("PT", "portugais", "portugaise"), ("IE", "irlandais", "irlandaise"),
    ("LU", "luxembourgeois", "luxembourgeoise"), ("MT", "maltais", "maltaise"),
    ("UZ", "ouzbek", "ouzbèke"), ("TM", "turkmène", None), ("KG", "kirghiz", "kirghize"), ("TJ", "tadjik", "tadjike"),
    # the Middle East and North Africa
    ("JO", "jordanien", "jordanienne"), ("LB", "libanais", "libanaise"), ("SY", "syrien", "syrienne"),
    ("IQ", "irakien", "irakienne"), ("YE", "yéménite", None), ("BH", "bahreïni", "bahreïnie"),
    ("KW", "koweïtien", "koweïtienne"), ("LY", "libyen", "libyenne"), ("TN", "tunisien", "tunisienne"),
    ("DZ", "algérien", "algérienne"), ("MA", "marocain", "marocaine"),
    # Africa
    ("SD", "soudanais", "soudanaise"), ("SS", "sud-soudanais", "sud-soudanaise"), ("ET", "éthiopien", "éthiopienne"),
    ("ER", "érythréen", "érythréenne"), ("SO", "somalien", "somalienne"), ("KE", "kényan", "kényane"),
    ("KE", "kenyan", "kenyane"), ("UG", "ougandais", "ougandaise"), ("BI", "burundais", "burundaise"),
    ("NG", "nigérian", "nigériane"), ("NE", "nigérien", "nigérienne"), ("ML", "malien", "malienne"),
    ("BF", "burkinabè", None), ("TD", "tchadien", "tchadienne"), ("AO", "angolais", "angolaise"),
    ("SN", "sénégalais", "sénégalaise"), ("CI", "ivoirien", "ivoirienne"), ("CM", "camerounais", "camerounaise"),
    ("TZ", "tanzanien", "tanzanienne"), ("CF", "centrafricain", "centrafricaine"), ("MZ", "mozambicain", "mozambicaine"),
    # Asia and the Pacific
    ("AF", "afghan", "afghane"), ("KR", "sud-coréen", "sud-coréenne"), ("TW", "taïwanais", "taïwanaise"),
    ("VN", "vietnamien", "vietnamienne"), ("PH", "philippin", "philippine"), ("ID", "indonésien", "indonésienne"),
    ("MM", "birman", "birmane"), ("BD", "bangladais", "bangladaise"), ("LK", "sri-lankais", "sri-lankaise"),
    ("NP", "népalais", "népalaise"), ("SG", "singapourien", "singapourienne"), ("MN", "mongol", "mongole"),
    ("AU", "australien", "australienne"), ("NZ", "néo-zélandais", "néo-zélandaise"),
    # the Americas
    ("MX", "mexicain", "mexicaine"), ("AR", "argentin", "argentine"), ("CO", "colombien", "colombienne"),
    ("VE", "vénézuélien", "vénézuélienne"), ("CU", "cubain", "cubaine"), ("HT", "haïtien", "haïtienne"),
    ("CL", "chilien", "chilienne"), ("PE", "péruvien", "péruvienne"), ("BO", "bolivien", "bolivienne"),
    ("NI", "nicaraguayen", "nicaraguayenne"), ("PA", "panaméen", "panaméenne"),
]:
    for _form in _inflect(_m, _f):
        DEMONYMS[_form] = _side

#: First halves of compounds such as "russo-américains", "américano-ukrainiennes".
COMPOUND_PREFIXES: dict[str, str] = {
    "russo": "RU", "ukraino": "UA", "américano": "US", "euro": "EU", "franco": "FR", "anglo": "GB",
    "britannico": "GB", "germano": "DE", "italo": "IT", "polono": "PL", "turco": "TR", "saoudo": "SA",
    "sino": "CN", "irano": "IR", "qataro": "QA", "biélorusso": "BY", "nippo": "JP", "indo": "IN",
    "israélo": "IL", "serbo": "RS", "arméno": "AM", "pakistano": "PK", "syro": "SY", "libano": "LB",
    "égypto": "EG", "soudano": "SD", "thaïlando": "TH", "rwando": "RW", "congolo": "CD", "gréco": "GR",
    "austro": "AT", "belgo": "BE", "helvético": "CH", "hispano": "ES", "luso": "PT", "nord-coréo": "KP",
}

#: Nouns of talks: a compound demonym before them names the sides that meet ("les
#: pourparlers russo-ukrainiens"); before other nouns it only qualifies ("la guerre russo-ukrainienne").
TALK_NOUNS: tuple[str, ...] = (
    "échanges", "échange", "discussions", "discussion", "pourparlers", "négociations", "négociation",
    "consultations", "rencontre", "rencontres", "réunion", "réunions", "sommet", "sommets",
    "entretien", "entretiens", "contacts", "dialogue", "tractations", "accord", "accords",
    "appel", "conversation", "conversations",
)

#: Nouns that, followed by a demonym, name a side as a whole ("la partie russe").
SIDE_NOUNS: tuple[str, ...] = (
    "partie", "parties", "camp", "côté", "autorités", "partenaires", "alliés", "parrains", "soutiens",
    "pouvoir", "gouvernement", "gouvernements", "exécutif", "diplomatie", "régime", "administration",
    "ministère", "ministères", "présidence", "armée", "armées", "état-major", "renseignement",
    "renseignements", "services de renseignement", "services secrets", "médias d'État", "médias d'état",
    "agence de presse", "télévision d'État", "télévision d'état",
)

#: Nouns that, followed by a demonym or "de <side>", name a delegation or group of officials.
DELEGATION_NOUNS: tuple[str, ...] = (
    "délégation", "délégations", "négociateurs", "négociatrices", "négociateurs en chef", "équipe", "équipes",
    "équipe de négociation", "équipe de négociateurs", "équipes de négociation", "responsables",
    "hauts responsables", "représentants", "hauts représentants", "émissaires", "envoyés",
    "diplomates", "officiels", "hauts fonctionnaires", "fonctionnaires", "conseillers",
    "conseillers nationaux", "conseillers à la sécurité nationale", "conseillers à la sécurité",
    "conseillers nationaux à la sécurité", "conseillers en matière de sécurité",
    "conseillers de sécurité nationale", "conseillers pour la sécurité nationale",
    "dirigeants", "chefs d'état", "chefs d'État et de gouvernement", "chefs de gouvernement",
    "ministres", "ministres des affaires étrangères", "chefs de la diplomatie", "militaires",
    "chefs d'état-major", "experts", "interlocuteurs", "homologues", "médiateurs", "observateurs",
    "parlementaires", "élus",
)

#: Prepositions (and contractions) after which a city or building is a place, not a side.
CITY_PREPS: tuple[str, ...] = (
    "à", "a", "au", "aux", "vers", "depuis", "dans", "jusqu'à", "jusqu'au", "près de", "non loin de",
    "au départ de", "en provenance de", "à destination de", "de retour à", "de retour de",
    "retour à", "devant", "hors de", "autour de", "via", "sur place à", "en direction de",
    "discussions de", "pourparlers de", "négociations de", "sommet de", "réunion de",
    "rencontre de", "conférence de", "rendu à", "rendue à", "rendus à", "rendre à", "rend à",
    "rendra à", "aéroport de", "ambassade à",
)
#: Prepositions after which a city only names a document or a convention ("accords de Minsk",
#: "heure de Moscou"): a place mention flagged ``as_modifier``, never the event's location.
NAMED_PREPS: tuple[str, ...] = (
    "accords de", "accord de", "mémorandum de", "protocole de", "déclaration de", "format de",
    "processus de", "communiqué de", "heure de", "plan de", "formule de",
)
#: Prepositions that make a place only after a word of motion (none in French: "à" suffices).
MOTION_PREPS: tuple[str, ...] = ()
MOTION_WORDS: tuple[str, ...] = ()
#: Words right before "à"/"au" that make the city an addressee, not a place ("a proposé à Moscou").
ADDRESSEE_WORDS: tuple[str, ...] = (
    "proposé", "propose", "proposait", "proposera", "demandé", "demande", "demandait", "dit",
    "répondu", "répond", "adressé", "adresse", "envoyé", "envoie", "transmis", "transmet", "remis",
    "remet", "lancé", "lance", "appel", "appelé", "appelle", "rappelé", "rappelle", "reproché",
    "reproche", "offert", "offre", "suggéré", "suggère", "conseillé", "promis", "promet", "garanti",
    "assuré", "assure", "annoncé", "expliqué", "écrit", "livré", "fourni", "accordé", "permis",
    "imposé", "impose", "signifié", "répété", "indiqué", "fait savoir", "opposé", "favorable",
    "favorables", "hostile", "ouvert", "ultimatum", "message", "lettre", "réponse", "soutien",
    "aide", "confié", "présenté", "présente", "soumis", "soumet", "revient", "incombe", "appartient",
    "reprochent", "demandent", "proposent", "réclamé", "réclame", "concédé", "cédé", "céder",
    "laisser", "laissé", "parlé", "parle", "téléphoné", "prêté", "imputé", "attribué", "selon",
)
#: Prepositions after which a country name is a place ("en Ukraine"), not a side.
COUNTRY_PREPS: tuple[str, ...] = (
    "en", "au", "aux", "dans", "sur le sol de", "hors de", "à travers", "frontière entre", "frontière avec",
    "frontière de", "frontières de", "territoire de", "région de",
)
#: Articles skipped when looking for a preposition ("à la Maison Blanche").
ARTICLES: tuple[str, ...] = ("le", "la", "l'", "les")
#: Coordinators that carry a place reading over ("à Moscou et Kiev").
COORDINATORS: tuple[str, ...] = ("et", "ou", ",")
#: Coordinators that carry a place over: "à Moscou et Kiev" (not the comma).
PLACE_COORDINATORS: tuple[str, ...] = ("et", "ou")
#: Articles and determiners skipped before an apposition: "Steve Witkoff, l'émissaire américain".
APPOSITION_ARTICLES: tuple[str, ...] = ("le", "la", "les", "un", "une", "son", "sa", "leur", "ce", "cet", "cette")

#: Title and function nouns that may precede or follow a name.
TITLE_HEADS: tuple[str, ...] = (
    "président", "présidente", "vice-président", "vice-présidente", "premier ministre",
    "première ministre", "vice-premier ministre", "ministre", "vice-ministre", "ministre adjoint",
    "chef de la diplomatie", "chef de l'état", "chef de l'État", "chef du gouvernement",
    "chef de cabinet", "chef de l'administration présidentielle", "chef du bureau présidentiel",
    "chef du bureau", "chef de la délégation", "chef des négociateurs", "chef négociateur",
    "négociateur en chef", "chef d'état-major", "chef du renseignement", "chef du renseignement militaire",
    "chef des renseignements", "chef", "cheffe", "cheffe de la diplomatie", "cheffe du gouvernement", "secrétaire d'état", "secrétaire général", "secrétaire générale",
    "secrétaire", "haut représentant", "haute représentante", "porte-parole", "émissaire", "envoyé",
    "envoyée", "conseiller", "conseillère", "négociateur", "négociatrice", "ambassadeur",
    "ambassadrice", "général", "lieutenant-général", "amiral", "colonel", "commandant",
    "commissaire", "directeur", "directrice", "patron", "patronne", "dirigeant", "dirigeante",
    "sénateur", "sénatrice", "député", "députée", "maire", "gouverneur", "roi", "prince",
    "prince héritier", "émir", "cheikh", "pape", "cardinal", "patriarche", "responsable",
    "assistant", "assistante", "collaborateur", "collaboratrice", "gendre", "fils", "fille",
    "épouse", "homologue", "adjoint", "adjointe", "bras droit", "représentant", "représentante",
    "médiateur", "médiatrice", "chancelier", "chancelière", "monsieur", "madame", "M.", "Mme",
    "milliardaire", "promoteur immobilier", "homme d'affaires", "magnat", "attaché de presse",
    "attachée de presse", "numéro deux", "commandant en chef", "procureur", "ombudsman",
    "médiatrice", "défenseur des droits", "commissaire aux droits de l'homme", "diplomate",
    "Gén.", "Gen.", "Lt-Gén.", "ami", "amie", "allié", "alliée", "confident", "fidèle",
    "officiel", "haut fonctionnaire", "source", "maître", "locataire", "numéro un", "leader",
)
#: Heads that, with a side but no name, stand for an anonymous official of that side
#: ("un haut responsable ukrainien a déclaré" → the Ukrainian delegation).
ANONYMOUS_HEADS: tuple[str, ...] = (
    "responsable", "diplomate", "négociateur", "négociatrice", "représentant", "représentante",
    "officiel", "haut fonctionnaire", "source", "émissaire", "envoyé", "envoyée", "envoyé spécial",
    "émissaire spécial", "négociateur en chef", "chef négociateur",
)
# A capitalised demonym is a noun that can introduce a name: "la Russe Tatiana Moskalkova",
# "l'Américain John Smith" (the title's side is the demonym's).
TITLE_HEADS = TITLE_HEADS + tuple(
    sorted({w[:1].upper() + w[1:] for w in DEMONYMS if not w.endswith(("s", "x")) or w in ("français", "polonais", "finlandais", "hongrois", "chinois", "danois", "néerlandais", "suédois", "japonais", "omanais")})
)
#: Words that may qualify a title after its head ("émissaire spécial", "ministre adjoint").
TITLE_ADJECTIVES: tuple[str, ...] = (
    "spécial", "spéciale", "spéciaux", "adjoint", "adjointe", "principal", "principale", "en chef",
    "délégué", "déléguée", "permanent", "permanente", "général", "générale", "présidentiel",
    "présidentielle", "extraordinaire", "plénipotentiaire", "personnel", "personnelle",
    "diplomatique", "militaire", "national", "nationale", "intérimaire", "par intérim", "sortant",
    "sortante", "chargé", "chargée", "fédéral", "fédérale", "influent", "influente", "puissant",
    "puissante", "proche", "officiel", "officielle", "économique", "adjoint principal", "premier",
    "première", "chef", "senior", "américano-russe", "russo-américain", "rebelle", "insurgé", "paramilitaire",
)
#: Words a title may start with, before its head ("le nouveau ministre", "l'ancien président").
TITLE_PREFIXES: tuple[str, ...] = (
    "nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "ex", "haut", "haute", "principal",
    "principale", "puissant", "puissante", "influent", "influente", "futur", "future", "actuel",
    "actuelle", "premier", "première", "vice",
)
#: Prepositions opening a title's complement ("ministre des Affaires étrangères", "émissaire de").
COMPLEMENT_PREPS: tuple[str, ...] = (
    "de", "du", "des", "d'", "de la", "de l'", "à la", "au", "aux", "à l'", "auprès de", "auprès du",
    "auprès des", "auprès de la", "pour", "pour la", "pour le", "pour l'", "chez", "chargé de",
    "chargée de", "chargé des", "chargé du", "en charge de", "en charge du", "en charge des",
)
#: Words of ministry and office names inside a title's complement ("des Affaires étrangères").
DEPARTMENT_WORDS: tuple[str, ...] = (
    "ministère", "affaires", "étrangères", "extérieures", "intérieures", "européennes", "défense", "intérieur",
    "armées", "sécurité", "nationale", "national", "renseignement", "renseignements", "militaire",
    "conseil", "gouvernement", "présidence", "administration", "état", "état-major", "etat-major",
    "major", "forces", "armée", "armé", "armées", "trésor", "finances", "économie", "énergie",
    "justice", "commerce", "diplomatie", "paix", "missions", "mission", "négociations", "délégation",
    "bureau", "cabinet", "services", "service", "fonds", "investissements", "investissement",
    "direct", "directs", "souverain", "russe", "ukrainien", "ukrainienne", "américain", "américaine", "droits",
    "l'homme", "homme", "humains", "politique", "étrangère", "coopération", "économique", "spécial",
    "spéciale", "spéciales", "opérations", "maison", "parlement", "rada", "douma", "assemblée",
    "sénat", "chambre", "commission", "comité", "garde", "frontières", "stratégique", "stratégiques",
    "planification", "transformation", "numérique", "agriculture", "santé", "culture", "réintégration",
    "anciens", "combattants", "industries", "infrastructures", "cour", "commandement", "direction", "agence", "flotte", "marine", "sommet",
    "conférence", "tribunal", "assemblée", "générale", "le", "la", "les", "l'", "de", "du", "des", "d'", "et", "en", "à", "aux", "pour",
)
#: Capitalised words that never start a person's name after a title.
NAME_STOPWORDS: tuple[str, ...] = (
    "Le", "La", "Les", "L", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "On", "Ce", "Cette",
    "Ces", "Dans", "Selon", "Pour", "Par", "Avec", "Sans", "Mais", "Et", "Ou", "Lors", "Après",
    "Avant", "Depuis", "Son", "Sa", "Ses", "Leur", "Leurs", "Notre", "Nos", "Mon", "Ma", "Mes",
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Janvier", "Février",
    "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre",
    "Décembre", "Affaires", "Défense", "État", "Etat", "Intérieur", "Sécurité", "Conseil",
    "Trésor", "Justice", "Premier", "Première", "X", "Telegram", "Facebook", "Truth", "Social",
    "AFP", "Reuters", "TASS", "Tass", "RIA", "Interfax", "Ukrinform", "CNN", "BBC", "Fox", "Gén",
    "Gen", "Lt", "Col", "M", "Mme", "Dr",
)
#: Particles that may sit between the capitalised words of a name.
NAME_PARTICLES: tuple[str, ...] = ("bin", "ben", "ibn", "al", "el", "von", "van", "der", "den", "bint")
#: Titles that name the holder of an office when no name follows ("le président russe",
#: "au président américain", "le porte-parole du Kremlin"): role → title cores. A core is the
#: title without its demonym and the actors in it; the side comes from those.
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "head_of_state": ("président", "présidente", "chef de l'État"),
    "leader": ("dirigeant", "dirigeante", "leader", "chef", "maître", "locataire", "numéro un"),
    "head_of_government": (
        "premier ministre", "première ministre", "chef du gouvernement", "cheffe du gouvernement", "chancelier", "chancelière",
        "président du Conseil", "présidente du Conseil",
    ),
    "foreign_minister": (
        "ministre des Affaires étrangères", "chef de la diplomatie", "cheffe de la diplomatie", "secrétaire d'État",
        "ministre de l'Europe et des Affaires étrangères", "ministre des Affaires étrangères et de l'Europe",
    ),
    "defence_minister": (
        "ministre de la Défense", "ministre des Armées", "secrétaire à la Défense", "secrétaire à la Guerre",
        "chef du Pentagone",
    ),
    "spokesperson": ("porte-parole", "porte-parole de la présidence", "porte-parole du président", "attachée de presse"),
    "mfa_spokesperson": ("porte-parole de la diplomatie", "porte-parole du ministère des Affaires étrangères"),
    "national_security_adviser": ("conseiller à la sécurité nationale", "conseillère à la sécurité nationale"),
    "security_council_secretary": ("secrétaire du Conseil de sécurité", "secrétaire du Conseil de sécurité nationale et de défense"),
    "chief_of_general_staff": ("chef d'état-major", "chef de l'état-major", "chef d'état-major des armées"),
    "head_of_presidential_office": ("chef de l'administration présidentielle", "chef du bureau présidentiel", "chef de cabinet"),
    "secretary_general": ("secrétaire général",),
    "vice_president": ("vice-président",),
    "crown_prince": ("prince héritier",),
}
#: Words that make a title refer to someone else than the holder in office ("l'ancien président").
ROLE_BLOCKERS: tuple[str, ...] = (
    "ancien", "ancienne", "ex", "futur", "future", "prochain", "prochaine", "nouveau", "nouvel",
    "nouvelle", "précédent", "précédente", "défunt", "feu",
)
#: Heads naming the holder of the same office on another side ("son homologue russe").
COUNTERPART_HEADS: tuple[str, ...] = ("homologue", "homologues")

#: Verbes de parole et de rencontre juste après un « Prénom Nom » inconnu qui en font une
#: personne (« Felix Tshisekedi a déclaré »).
SPEAKER_VERBS: tuple[str, ...] = (
    "a déclaré", "a dit", "a affirmé", "a indiqué", "a annoncé", "a estimé", "a souligné", "a assuré",
    "a ajouté", "a rappelé", "a insisté", "a prévenu", "a averti", "a confirmé", "a démenti", "a rejeté",
    "a rencontré", "a reçu", "a écrit", "a jugé", "a salué", "a dénoncé", "a accusé", "a appelé",
    "déclare", "affirme", "estime", "souligne", "assure", "ajoute", "rencontre", "reçoit",
    "avait déclaré", "avait affirmé", "avait rencontré", "doit rencontrer", "rencontrera", "s'est entretenu",
    "s'est entretenue", "s'entretiendra",
)
#: Derniers mots de noms d'organisations, jamais d'une personne.
ORGANISATION_WORDS: tuple[str, ...] = (
    "conseil", "commission", "comité", "ministère", "bureau", "agence", "forces", "armée", "parti",
    "mouvement", "front", "union", "groupe", "cour", "banque", "fonds", "presse", "maison", "service",
    "services", "garde", "brigade", "brigades", "autorité", "organisation", "institut", "fondation",
    "centre", "réseau", "médias", "télévision", "radio", "journal", "gouvernement", "administration",
    "assemblée", "parlement", "sénat", "congrès", "cabinet", "kremlin", "palais", "rue", "place",
    "aéroport", "état", "états", "république", "royaume", "nations", "coalition", "alliance",
    "association", "fédération", "tribunal", "mission", "ambassade", "consulat", "élysée", "quai",
)

#: A capitalised plural demonym is a noun for the people ("les Russes", "les Ukrainiens").
PLURAL_NOUNS: dict[str, str] = {w[:1].upper() + w[1:]: s for w, s in DEMONYMS.items() if w.endswith(("s", "x"))}

#: Words left out of a title's core when matching it against role titles.
ROLE_FUNCTION_WORDS: tuple[str, ...] = ("'", "l", "d", "le", "la", "les", "s", "de", "du", "des", "a", "au", "aux", "et", "en", ".")

#: Words skipped inside a title ("ministre des Affaires étrangères et de la Défense").
TITLE_FUNCTION_WORDS: tuple[str, ...] = ("le", "la", "les", "l", "'", "de", "du", "des", "d", "et", "en", "a", "aux", "au", "pour")

#: Words between a delegation noun and its demonym ("la délégation militaire russe").
DELEGATION_FILLERS: tuple[str, ...] = (
    "militaires", "diplomatiques", "officielles", "officiels", "techniques", "gouvernementales",
    "gouvernementaux", "hauts", "principaux", "principales",
)

WORDS = MentionWords(
    demonyms=DEMONYMS, plural_nouns=PLURAL_NOUNS, compound_prefixes=COMPOUND_PREFIXES, side_nouns=SIDE_NOUNS,
    delegation_nouns=DELEGATION_NOUNS, city_preps=CITY_PREPS, country_preps=COUNTRY_PREPS, articles=ARTICLES,
    coordinators=COORDINATORS, place_coordinators=PLACE_COORDINATORS, apposition_articles=APPOSITION_ARTICLES,
    adjective_first=False, title_heads=TITLE_HEADS, title_modifiers=TITLE_ADJECTIVES, title_prefixes=TITLE_PREFIXES,
    complement_preps=COMPLEMENT_PREPS, department_words=DEPARTMENT_WORDS, name_stopwords=NAME_STOPWORDS,
    name_particles=NAME_PARTICLES, anonymous_heads=ANONYMOUS_HEADS, motion_preps=MOTION_PREPS, motion_words=MOTION_WORDS,
    addressee_words=ADDRESSEE_WORDS, role_titles=ROLE_TITLES, role_blockers=ROLE_BLOCKERS,
    role_function_words=ROLE_FUNCTION_WORDS, title_function_words=TITLE_FUNCTION_WORDS, counterpart_heads=COUNTERPART_HEADS,
    named_preps=NAMED_PREPS, talk_nouns=TALK_NOUNS, speaker_verbs=SPEAKER_VERBS, organisation_words=ORGANISATION_WORDS,
    delegation_fillers=DELEGATION_FILLERS, elided_articles=("l", "d"), chaining_preps=("de", "du", "des", "d"),
    origin_preps=("de", "du", "des", "d'", "d’"),
)
