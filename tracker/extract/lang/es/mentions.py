"""Spanish words for the mention finder: demonyms, group nouns, titles, place prepositions.

Entries are written as they appear in text; :mod:`tracker.extract.mentions` folds them (lower
case, no accents) before matching, so "iraní" and "irani" are one entry. Spanish puts the
adjective after its noun ("la delegación rusa") and lowercases demonyms, titles, weekdays and
months, which helps the name heuristic: a capitalised word is a name or a sentence start.
"""

from __future__ import annotations

from tracker.extract.rules import MentionWords


def inflect(masc: str, fem: str | None = None) -> list[str]:
    """Masculine, feminine and their plurals: ("ruso", None) → ruso, rusa, rusos, rusas;
    ("iraní", "iraní") → iraní, iraníes; ("sudanés", "sudanesa") → sudanés, sudanesa, sudaneses, sudanesas."""
    if fem is None:
        fem = masc[:-1] + "a" if masc.endswith("o") else masc
    out = []
    for form in (masc, fem):
        out.append(form)
        out.append(plural(form))
    return list(dict.fromkeys(out))


def plural(word: str) -> str:
    """The plural of a Spanish noun or adjective ("ruso" → "rusos", "iraní" → "iraníes",
    "sudanés" → "sudaneses", "estadounidense" → "estadounidenses")."""
    if word.endswith(("a", "e", "o")):
        return word + "s"
    if word.endswith(("í", "ú")):
        return word + "es"
    for accented, plain in (("és", "es"), ("án", "an"), ("ín", "in"), ("ón", "on")):
        if word.endswith(accented):
            return word[: -len(accented)] + plain + "es"
    if word.endswith("z"):
        return word[:-1] + "ces"
    if word[-1] in "aeiou":
        return word + "s"
    return word + "es"


#: Adjectives of nationality → side code.
DEMONYMS: dict[str, str] = {}
for _side, _m, _f in [
    ("RU", "ruso", None), ("UA", "ucraniano", None), ("US", "estadounidense", None),
    ("US", "norteamericano", None), ("US", "americano", None), ("EU", "europeo", None),
    ("FR", "francés", "francesa"), ("GB", "británico", None), ("DE", "alemán", "alemana"),
    ("IT", "italiano", None), ("PL", "polaco", None), ("FI", "finlandés", "finlandesa"),
    ("TR", "turco", None), ("SA", "saudí", "saudí"), ("SA", "saudita", "saudita"), ("AE", "emiratí", "emiratí"),
    ("QA", "catarí", "catarí"), ("QA", "qatarí", "qatarí"), ("BY", "bielorruso", None),
    ("HU", "húngaro", None), ("CN", "chino", None), ("CH", "suizo", None), ("OM", "omaní", "omaní"),
    ("IN", "indio", None), ("ES", "español", "española"), ("NO", "noruego", None), ("SE", "sueco", None),
    ("CA", "canadiense", None), ("JP", "japonés", "japonesa"), ("IR", "iraní", "iraní"),
    ("KP", "norcoreano", None), ("KR", "surcoreano", None), ("EG", "egipcio", None),
    ("IL", "israelí", "israelí"), ("PS", "palestino", None), ("AM", "armenio", None),
    ("AZ", "azerbaiyano", None), ("AZ", "azerí", "azerí"), ("SY", "sirio", None), ("LB", "libanés", "libanesa"),
    ("IQ", "iraquí", "iraquí"), ("JO", "jordano", None), ("YE", "yemení", "yemení"), ("LY", "libio", None),
    ("SD", "sudanés", "sudanesa"), ("ET", "etíope", None), ("PK", "pakistaní", "pakistaní"),
    ("AF", "afgano", None), ("TH", "tailandés", "tailandesa"), ("KH", "camboyano", None),
    ("CD", "congoleño", None), ("RW", "ruandés", "ruandesa"), ("VE", "venezolano", None),
    ("MX", "mexicano", None), ("CU", "cubano", None), ("CO", "colombiano", None), ("BR", "brasileño", None),
    ("AR", "argentino", None), ("GE", "georgiano", None), ("RS", "serbio", None), ("XK", "kosovar", "kosovar"),
    ("MD", "moldavo", None), ("RO", "rumano", None), ("KZ", "kazajo", None), ("TW", "taiwanés", "taiwanesa"),
    ("VN", "vietnamita", "vietnamita"), ("UN", "onusiano", None), ("VA", "vaticano", None),
    ("NL", "neerlandés", "neerlandesa"), ("NL", "holandés", "holandesa"), ("AT", "austriaco", None),
    ("BE", "belga", "belga"), ("GR", "griego", None), ("CZ", "checo", None), ("PT", "portugués", "portuguesa"),
    ("DK", "danés", "danesa"), ("EE", "estonio", None), ("LT", "lituano", None), ("LV", "letón", "letona"),
]:
    for _form in inflect(_m, _f):
        DEMONYMS[_form] = _side

#: First halves of compounds ("ruso-estadounidense", "palestino-israelí").
COMPOUND_PREFIXES: dict[str, str] = {
    "ruso": "RU", "ucraniano": "UA", "estadounidense": "US", "norteamericano": "US", "euro": "EU",
    "franco": "FR", "anglo": "GB", "germano": "DE", "italo": "IT", "turco": "TR", "saudí": "SA",
    "sino": "CN", "chino": "CN", "iraní": "IR", "israelí": "IL", "palestino": "PS", "egipcio": "EG",
    "hispano": "ES", "luso": "PT", "armenio": "AM", "azerbaiyano": "AZ", "sirio": "SY", "libanés": "LB",
}

#: Nouns of talks: a compound demonym before them names the sides that meet.
TALK_NOUNS: tuple[str, ...] = (
    "conversaciones", "conversación", "negociaciones", "negociación", "reunión", "reuniones", "encuentro",
    "encuentros", "cumbre", "cumbres", "diálogo", "consultas", "contactos", "acuerdo", "acuerdos",
    "llamada", "ronda", "rondas", "discusiones",
)

#: Nouns that, followed by a demonym, name a side as a whole ("la parte ucraniana").
SIDE_NOUNS: tuple[str, ...] = (
    "parte", "partes", "bando", "lado", "autoridades", "socios", "aliados", "gobierno", "gobiernos",
    "ejecutivo", "diplomacia", "régimen", "administración", "ministerio", "ministerios", "presidencia",
    "ejército", "ejércitos", "fuerzas armadas", "inteligencia", "servicios de inteligencia", "medios estatales",
    "agencia de noticias", "televisión estatal", "cancillería",
)

#: Nouns that, followed by a demonym or "de <side>", name a delegation or group of officials.
DELEGATION_NOUNS: tuple[str, ...] = (
    "delegación", "delegaciones", "negociadores", "negociadoras", "equipo", "equipos", "equipo negociador",
    "equipos negociadores", "equipo de negociación", "responsables", "altos responsables", "representantes",
    "altos representantes", "emisarios", "enviados", "diplomáticos", "funcionarios", "altos funcionarios",
    "asesores", "dirigentes", "líderes", "jefes de Estado", "ministros", "cancilleres",
    "ministros de Exteriores", "ministros de Asuntos Exteriores", "militares", "expertos", "interlocutores",
    "homólogos", "mediadores", "observadores", "parlamentarios", "técnicos",
)

#: Prepositions (and contractions) after which a city or building is a place, not a side.
CITY_PREPS: tuple[str, ...] = (
    "en", "a", "al", "hacia", "desde", "hasta", "de regreso a", "de vuelta a", "rumbo a", "con destino a",
    "cerca de", "en las afueras de", "vía", "llegada a", "llegó a", "llegaron a", "llegará a", "viajó a",
    "viajará a", "viaje a", "visita a", "conversaciones de", "negociaciones de", "reunión de",
    "cumbre de", "ronda de", "encuentro de", "reuniones de", "aeropuerto de", "embajada en",
    "palacio de", "sede de", "residencia de",
)
#: Prepositions after which a city only names a document or a convention ("acuerdos de Minsk").
NAMED_PREPS: tuple[str, ...] = (
    "acuerdos de", "acuerdo de", "memorando de", "protocolo de", "declaración de", "formato de",
    "proceso de", "comunicado de", "hora de", "plan de", "fórmula de",
)
#: Words right before "a"/"al" that make the city an addressee, not a place ("presentado a Kiev").
ADDRESSEE_WORDS: tuple[str, ...] = (
    "propuso", "propone", "pidió", "pide", "dijo", "respondió", "envió", "envía", "entregó", "entrega",
    "presentado", "presentada", "presentó", "presenta", "ofreció", "ofrece", "sugirió", "prometió",
    "garantizó", "aseguró", "anunció", "explicó", "escribió", "instó", "insta", "exigió", "exige",
    "apoyo", "ayuda", "mensaje", "carta", "respuesta", "ultimátum", "agradeció", "agradece",
    "acusó", "acusa", "llamó", "critica", "criticó", "reprochó", "según", "impuesto", "impuso",
    "advirtió", "advierte", "recordó", "transmitió", "trasladó", "cedió", "ceder", "cesión",
)
#: Prepositions after which a country name is a place ("en Ucrania"), not a side.
COUNTRY_PREPS: tuple[str, ...] = (
    "en", "dentro de", "fuera de", "a través de", "frontera entre", "frontera con", "territorio de",
    "región de", "suelo de",
)
ARTICLES: tuple[str, ...] = ("el", "la", "los", "las", "lo")
COORDINATORS: tuple[str, ...] = ("y", "e", "o", "u", ",")
#: "en Ginebra, Londres y Estocolmo": a list of places keeps the place reading across commas
PLACE_COORDINATORS: tuple[str, ...] = ("y", "e", "o", ",")
APPOSITION_ARTICLES: tuple[str, ...] = (
    "el", "la", "los", "las", "un", "una", "su", "sus", "este", "esta", "ese", "esa",
)

#: Title and function nouns that may precede or follow a name (case-insensitive: Spanish
#: writes "el secretario de Estado", "la canciller").
TITLE_HEADS: tuple[str, ...] = (
    "presidente", "presidenta", "vicepresidente", "vicepresidenta", "primer ministro", "primera ministra",
    "viceprimer ministro", "viceprimera ministra", "ministro", "ministra", "viceministro", "viceministra",
    "canciller", "vicecanciller", "jefe de la diplomacia", "jefa de la diplomacia", "jefe de Estado",
    "jefa de Estado", "jefe del Gobierno", "jefa del Gobierno", "jefe de Gobierno", "titular",
    "jefe de gabinete", "jefa de gabinete", "jefe de la delegación", "jefa de la delegación",
    "jefe negociador", "jefa negociadora", "negociador jefe", "negociadora jefa", "jefe del equipo negociador",
    "jefe de la oficina presidencial", "jefe de la Oficina del Presidente", "jefe del Estado Mayor", "jefe del ejército",
    "jefe de los servicios de inteligencia", "jefe", "jefa", "secretario de Estado", "secretaria de Estado",
    "secretario general", "secretaria general", "secretario", "secretaria", "alto representante",
    "alta representante", "portavoz", "vocero", "vocera", "emisario", "emisaria", "enviado", "enviada",
    "asesor", "asesora", "consejero", "consejera", "negociador", "negociadora", "embajador", "embajadora",
    "general", "teniente general", "almirante", "coronel", "comandante", "comisionado", "comisionada",
    "director", "directora", "dirigente", "líder", "senador", "senadora", "diputado", "diputada",
    "alcalde", "alcaldesa", "gobernador", "gobernadora", "rey", "príncipe", "príncipe heredero", "emir",
    "jeque", "papa", "cardenal", "patriarca", "responsable", "funcionario", "funcionaria", "representante",
    "mediador", "mediadora", "homólogo", "homóloga", "yerno", "hijo", "hija", "esposa", "mano derecha",
    "canciller federal", "empresario", "magnate", "multimillonario", "diplomático", "diplomática",
    "señor", "señora", "Sr.", "Sra.", "fiscal", "defensor del pueblo", "aliado", "aliada", "exministro",
    "exministra", "expresidente", "expresidenta",
)
#: Heads that, with a side but no name, stand for an anonymous official of that side.
ANONYMOUS_HEADS: tuple[str, ...] = (
    "responsable", "diplomático", "diplomática", "negociador", "negociadora", "representante", "funcionario",
    "funcionaria", "alto funcionario", "alta funcionaria", "fuente", "emisario", "enviado", "enviada",
    "enviado especial", "negociador jefe", "jefe negociador", "portavoz", "vocero",
)
#: Words that may qualify a title after its head ("enviado especial", "ministro adjunto").
TITLE_ADJECTIVES: tuple[str, ...] = (
    "especial", "especiales", "adjunto", "adjunta", "principal", "jefe", "jefa", "delegado", "delegada",
    "permanente", "general", "presidencial", "extraordinario", "plenipotenciario", "personal", "diplomático",
    "militar", "nacional", "interino", "interina", "en funciones", "saliente", "federal", "primer",
    "primera", "económico", "encargado", "encargada",
)
#: Words a title may start with ("el nuevo ministro", "el ex presidente").
TITLE_PREFIXES: tuple[str, ...] = (
    "nuevo", "nueva", "ex", "antiguo", "antigua", "alto", "alta", "principal", "poderoso", "poderosa",
    "influyente", "futuro", "futura", "actual", "primer", "primera", "vice",
)
#: Prepositions opening a title's complement ("ministro de Asuntos Exteriores", "enviado para").
COMPLEMENT_PREPS: tuple[str, ...] = (
    "de", "del", "de la", "de los", "de las", "para", "para el", "para la", "ante", "ante el", "ante la",
    "en", "encargado de", "a cargo de",
)
#: Words of ministry and office names inside a title's complement.
DEPARTMENT_WORDS: tuple[str, ...] = (
    "ministerio", "asuntos", "exteriores", "relaciones", "interior", "defensa", "seguridad", "nacional",
    "inteligencia", "militar", "consejo", "gobierno", "presidencia", "administración", "estado", "mayor",
    "fuerzas", "ejército", "armadas", "tesoro", "hacienda", "finanzas", "economía", "energía", "justicia",
    "comercio", "diplomacia", "paz", "misiones", "misión", "especiales", "especial", "negociaciones", "delegación",
    "oficina", "gabinete", "servicios", "servicio", "fondo", "inversiones", "directas", "soberano",
    "derechos", "humanos", "política", "exterior", "cooperación", "económica", "operaciones", "casa",
    "parlamento", "rada", "duma", "asamblea", "senado", "cámara", "comisión", "comité", "guardia",
    "fronteras", "estratégica", "cumbre", "conferencia", "tribunal", "general", "europeos", "europeas",
    "oriente", "medio", "próximo", "presidente", "el", "la", "los", "las", "de", "del", "y", "e", "en", "a", "al", "para",
)
NAME_STOPWORDS: tuple[str, ...] = (
    "El", "La", "Los", "Las", "Lo", "Un", "Una", "Unos", "Unas", "Él", "Ella", "Ellos", "Ellas", "Este",
    "Esta", "Estos", "Estas", "Ese", "Esa", "En", "Según", "Para", "Por", "Con", "Sin", "Pero", "Y", "O",
    "Tras", "Durante", "Antes", "Después", "Desde", "Hasta", "Su", "Sus", "Nuestro", "Nuestra", "Mi",
    "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "Enero", "Febrero",
    "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre",
    "Diciembre", "Asuntos", "Exteriores", "Defensa", "Estado", "Interior", "Seguridad", "Consejo",
    "Tesoro", "Justicia", "Relaciones", "Gobierno", "X", "Telegram", "Facebook", "Truth", "Social",
    "EFE", "AFP", "Reuters", "TASS", "RIA", "Interfax", "Europa", "Press", "CNN", "BBC", "Agencias",
    "Sr", "Sra", "Aunque", "Sin", "Embargo", "Asimismo", "Además", "Finalmente", "Pese", "Como", "Ambas",
    "Ambos", "Mientras", "Cuando", "Que", "Se", "No", "Ya", "Al", "Del", "A",
)
NAME_PARTICLES: tuple[str, ...] = ("bin", "ben", "ibn", "al", "el", "von", "van", "der", "den", "bint", "de", "del")
#: Titles that name the holder of an office when no name follows ("el presidente ruso",
#: "el portavoz del Kremlin"): role → title cores.
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "head_of_state": ("presidente", "presidenta", "jefe de Estado", "jefa de Estado", "mandatario", "mandataria"),
    "leader": ("líder", "dirigente", "jefe", "jefa"),
    "head_of_government": (
        "primer ministro", "primera ministra", "jefe del Gobierno", "jefa del Gobierno", "jefe de Gobierno",
        "titular del Gobierno", "presidente del Gobierno", "presidenta del Gobierno", "canciller federal",
    ),
    "foreign_minister": (
        "ministro de Asuntos Exteriores", "ministra de Asuntos Exteriores", "ministro de Exteriores",
        "ministra de Exteriores", "ministro de Relaciones Exteriores", "ministra de Relaciones Exteriores",
        "canciller", "jefe de la diplomacia", "jefa de la diplomacia", "secretario de Estado", "secretaria de Estado",
    ),
    "defence_minister": ("ministro de Defensa", "ministra de Defensa", "secretario de Defensa", "secretario de Guerra"),
    "spokesperson": ("portavoz", "vocero", "vocera", "portavoz de la presidencia", "portavoz del presidente"),
    "mfa_spokesperson": ("portavoz de la diplomacia", "portavoz del Ministerio de Asuntos Exteriores", "portavoz de la cancillería"),
    "national_security_adviser": ("asesor de seguridad nacional", "asesora de seguridad nacional", "consejero de seguridad nacional"),
    "security_council_secretary": ("secretario del Consejo de Seguridad", "secretario del Consejo de Seguridad Nacional y Defensa"),
    "chief_of_general_staff": ("jefe del Estado Mayor", "jefe del Estado Mayor General"),
    "head_of_presidential_office": ("jefe de la Oficina del Presidente", "jefe de la oficina presidencial", "jefe de gabinete"),
    "secretary_general": ("secretario general",),
    "vice_president": ("vicepresidente", "vicepresidenta"),
    "crown_prince": ("príncipe heredero",),
}
ROLE_BLOCKERS: tuple[str, ...] = (
    "ex", "antiguo", "antigua", "futuro", "futura", "próximo", "próxima", "nuevo", "nueva", "anterior",
    "difunto", "difunta", "exministro", "exministra", "expresidente", "expresidenta",
)
COUNTERPART_HEADS: tuple[str, ...] = ("homólogo", "homóloga", "homólogos", "homólogas")
#: Speech and meeting verbs right after an unknown "First Last" that make it a person.
SPEAKER_VERBS: tuple[str, ...] = (
    "dijo", "afirmó", "declaró", "anunció", "señaló", "indicó", "aseguró", "añadió", "agregó", "recordó",
    "advirtió", "explicó", "destacó", "subrayó", "expresó", "calificó", "insistió", "reiteró", "escribió",
    "se reunió", "recibió", "mantuvo", "ha dicho", "ha afirmado", "ha declarado", "había dicho", "se reunirá",
    "viajará", "viajó", "llegó", "mencionó", "manifestó", "resaltó", "adelantó", "agradeció", "coincidió",
)
ORGANISATION_WORDS: tuple[str, ...] = (
    "consejo", "comisión", "comité", "ministerio", "oficina", "agencia", "fuerzas", "ejército", "partido",
    "movimiento", "frente", "unión", "grupo", "tribunal", "corte", "banco", "fondo", "prensa", "casa",
    "servicio", "servicios", "guardia", "brigada", "brigadas", "autoridad", "organización", "instituto",
    "fundación", "centro", "red", "medios", "televisión", "radio", "diario", "gobierno", "administración",
    "asamblea", "parlamento", "senado", "congreso", "gabinete", "kremlin", "palacio", "calle", "plaza",
    "aeropuerto", "estado", "estados", "república", "reino", "naciones", "coalición", "alianza",
    "asociación", "federación", "misión", "embajada", "consulado", "departamento", "foro", "apoyo",
)
#: A capitalised plural demonym used as a noun ("los Rusos" is rare, but "los Estados" and
#: sentence starts are not): kept to the plural forms.
PLURAL_NOUNS: dict[str, str] = {w[:1].upper() + w[1:]: s for w, s in DEMONYMS.items() if w.endswith("s")}
ROLE_FUNCTION_WORDS: tuple[str, ...] = ("el", "la", "los", "las", "de", "del", "y", "e", "en", "a", "al", ".")
TITLE_FUNCTION_WORDS: tuple[str, ...] = ("el", "la", "los", "las", "de", "del", "y", "e", "en", "a", "al", "para")
DELEGATION_FILLERS: tuple[str, ...] = (
    "militares", "diplomáticas", "diplomáticos", "oficiales", "técnicas", "técnicos", "gubernamentales",
    "altos", "principales", "negociadora", "negociadoras",
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
    delegation_fillers=DELEGATION_FILLERS, chaining_preps=("de", "del"), source_preps=("de", "del", "desde"),
)
