"""English words for the mention finder: demonyms, group nouns, titles, place prepositions.

In English the adjective comes first ("the Ukrainian delegation", "Russian negotiator Ivan
Petrov"), so :mod:`tracker.extract.mentions` reads these lists with ``adjective_first``.
"""

from __future__ import annotations

from tracker.extract.rules import MentionWords

#: Adjectives of nationality (and attributive country names) → side code.
DEMONYMS: dict[str, str] = {
    "Russian": "RU", "Ukrainian": "UA", "American": "US", "US": "US", "U.S.": "US", "USA": "US",
    "European": "EU", "EU": "EU", "French": "FR", "British": "GB", "UK": "GB", "German": "DE",
    "Italian": "IT", "Polish": "PL", "Finnish": "FI", "Turkish": "TR", "Saudi": "SA",
    "Emirati": "AE", "Qatari": "QA", "Belarusian": "BY", "Belarussian": "BY", "Hungarian": "HU",
    "Chinese": "CN", "Swiss": "CH", "Omani": "OM", "Indian": "IN", "Danish": "DK", "Dutch": "NL",
    "Spanish": "ES", "Norwegian": "NO", "Swedish": "SE", "Canadian": "CA", "Japanese": "JP",
    "Slovak": "SK", "Estonian": "EE", "Iranian": "IR", "North Korean": "KP", "Vatican": "VA",
    "UN": "UN", "NATO": "NATO", "Nato": "NATO", "Kazakh": "KZ", "Egyptian": "EG", "Brazilian": "BR",
    "Israeli": "IL", "Palestinian": "PS", "Armenian": "AM", "Azerbaijani": "AZ", "Austrian": "AT",
    "Belgian": "BE", "Bulgarian": "BG", "Lithuanian": "LT", "Latvian": "LV", "South African": "ZA",
    "Thai": "TH", "Cambodian": "KH", "Malaysian": "MY", "Congolese": "CD", "Rwandan": "RW", "Pakistani": "PK",
    # the Balkans, the rest of Europe, the Caucasus and Central Asia
    "Serbian": "RS", "Serb": "RS", "Kosovo": "XK", "Kosovar": "XK", "Kosovan": "XK", "Albanian": "AL",
    "Bosnian": "BA", "Montenegrin": "ME", "Macedonian": "MK", "North Macedonian": "MK", "Croatian": "HR",
    "Slovenian": "SI", "Slovene": "SI", "Romanian": "RO", "Moldovan": "MD", "Georgian": "GE", "Greek": "GR",
    "Cypriot": "CY", "Czech": "CZ", "Portuguese": "PT", "Irish": "IE", "Maltese": "MT", "Uzbek": "UZ",
    "Turkmen": "TM", "Kyrgyz": "KG", "Tajik": "TJ",
    # the Middle East and North Africa
    "Jordanian": "JO", "Lebanese": "LB", "Syrian": "SY", "Iraqi": "IQ", "Yemeni": "YE", "Bahraini": "BH",
    "Kuwaiti": "KW", "Libyan": "LY", "Tunisian": "TN", "Algerian": "DZ", "Moroccan": "MA",
    # Africa
    "Sudanese": "SD", "South Sudanese": "SS", "Ethiopian": "ET", "Eritrean": "ER", "Somali": "SO",
    "Kenyan": "KE", "Ugandan": "UG", "Burundian": "BI", "Nigerian": "NG", "Nigerien": "NE", "Malian": "ML",
    "Burkinabe": "BF", "Chadian": "TD", "Angolan": "AO", "Senegalese": "SN", "Ivorian": "CI",
    "Cameroonian": "CM", "Tanzanian": "TZ", "Mozambican": "MZ",
    # Asia and the Pacific
    "Afghan": "AF", "South Korean": "KR", "Taiwanese": "TW", "Vietnamese": "VN", "Philippine": "PH",
    "Filipino": "PH", "Indonesian": "ID", "Burmese": "MM", "Bangladeshi": "BD", "Sri Lankan": "LK",
    "Nepali": "NP", "Nepalese": "NP", "Singaporean": "SG", "Mongolian": "MN", "Australian": "AU",
    "New Zealand": "NZ",
    # the Americas
    "Mexican": "MX", "Argentine": "AR", "Argentinian": "AR", "Colombian": "CO", "Venezuelan": "VE",
    "Cuban": "CU", "Haitian": "HT", "Chilean": "CL", "Peruvian": "PE", "Bolivian": "BO",
    "Nicaraguan": "NI", "Panamanian": "PA",
}

#: Plural nouns of nationality that name a side ("the Russians", "Ukrainians").
PLURAL_NOUNS: dict[str, str] = {
    "Russians": "RU", "Ukrainians": "UA", "Americans": "US", "Europeans": "EU", "Germans": "DE",
    "Italians": "IT", "Poles": "PL", "Finns": "FI", "Turks": "TR", "Saudis": "SA", "Emiratis": "AE",
    "Qataris": "QA", "Belarusians": "BY", "Hungarians": "HU", "Brits": "GB",
    "Israelis": "IL", "Palestinians": "PS", "Armenians": "AM", "Azerbaijanis": "AZ",
    "Thais": "TH", "Cambodians": "KH", "Malaysians": "MY", "Rwandans": "RW", "Pakistanis": "PK",
    "Iranians": "IR", "Egyptians": "EG", "Serbs": "RS", "Kosovars": "XK",
    "Kosovo Albanians": "XK", "Albanians": "AL", "Bosnians": "BA", "Croats": "HR", "Romanians": "RO",
    "Moldovans": "MD", "Georgians": "GE", "Greeks": "GR", "Cypriots": "CY", "Czechs": "CZ", "Afghans": "AF",
    "Syrians": "SY", "Iraqis": "IQ", "Jordanians": "JO", "Yemenis": "YE", "Libyans": "LY",
    "Moroccans": "MA", "Algerians": "DZ", "Tunisians": "TN", "Ethiopians": "ET", "Eritreans": "ER", "Somalis": "SO", "Kenyans": "KE", "Ugandans": "UG",
    "Burundians": "BI", "Nigerians": "NG", "Malians": "ML", "Chadians": "TD", "South Koreans": "KR", "North Koreans": "KP", "Filipinos": "PH",
    "Indonesians": "ID", "Mexicans": "MX", "Venezuelans": "VE", "Colombians": "CO", "Cubans": "CU",
    "Haitians": "HT", "Canadians": "CA", "Brazilians": "BR", "Australians": "AU",
}

#: First halves of compounds ("US-Russian talks", "Russia-Ukraine war").
COMPOUND_PREFIXES: dict[str, str] = {
    "US": "US", "U.S.": "US", "American": "US", "Russian": "RU", "Russia": "RU", "Ukrainian": "UA",
    "Ukraine": "UA", "EU": "EU", "European": "EU", "Euro": "EU", "Franco": "FR", "Anglo": "GB",
    "German": "DE", "Turkish": "TR", "Saudi": "SA", "Chinese": "CN", "Sino": "CN", "Kremlin": "RU",
    "Israeli": "IL", "Israel": "IL", "Iranian": "IR", "Iran": "IR", "Serbian": "RS", "Serbia": "RS",
    "Kosovo": "XK", "Armenian": "AM", "Armenia": "AM", "Azerbaijani": "AZ", "Azerbaijan": "AZ",
    "Thai": "TH", "Rwanda": "RW", "Rwandan": "RW", "Congo": "CD", "India": "IN", "Indian": "IN",
    "Pakistan": "PK", "Pakistani": "PK", "China": "CN", "Syrian": "SY", "Syria": "SY",
    "Lebanese": "LB", "Lebanon": "LB", "Egyptian": "EG", "Sudanese": "SD", "Ethiopian": "ET",
}

#: Nouns of talks: a compound before them names the sides that meet ("US-Russian talks");
#: before other nouns it only qualifies ("the Russia-Ukraine war").
TALK_NOUNS: tuple[str, ...] = (
    "talks", "meeting", "meetings", "summit", "summits", "negotiations", "consultations",
    "discussions", "dialogue", "contacts", "deal", "agreement", "call", "calls", "exchange",
    "exchanges", "conversation", "peace", "negotiating", "negotiation",
)

#: Nouns that, after a demonym, name a side as a whole ("the Russian side").
SIDE_NOUNS: tuple[str, ...] = (
    "side", "camp", "authorities", "partners", "allies", "backers", "government", "governments",
    "leadership", "administration", "regime", "ministry", "foreign ministry", "defence ministry",
    "defense ministry", "presidency", "army", "military", "general staff", "intelligence services",
    "state media", "state television", "news agency",
)

#: Nouns that, after a demonym, name a delegation or group of officials.
DELEGATION_NOUNS: tuple[str, ...] = (
    "delegation", "delegations", "negotiators", "chief negotiators", "lead negotiators", "negotiating team", "negotiation team",
    "negotiating teams", "team", "teams", "officials", "senior officials", "representatives",
    "envoys", "diplomats", "national security advisers", "national security advisors",
    "security advisers", "security advisors", "advisers", "advisors", "leaders", "counterparts",
    "military officials", "defence officials", "defense officials", "intelligence officials",
    "foreign ministers", "defence ministers", "defense ministers", "ministers", "mediators",
    "lawmakers", "experts", "military chiefs", "chiefs of staff", "interlocutors", "emissaries",
    "heads of state", "heads of government", "generals", "commanders",
    "economic officials", "trade officials", "finance officials", "government officials",
    "technical team", "technical teams", "trade negotiators",
)

#: Prepositions after which a city or building is a place, not a side.
CITY_PREPS: tuple[str, ...] = (
    "in", "at", "near", "outside", "via", "around", "inside", "visit", "visited", "visiting",
    "visits", "trip to", "arrived in", "flew to", "back to", "based in", "held in", "meet in",
    "met in", "talks in", "out of", "across", "arrival in", "journey to", "trip from",
)
#: Prepositions that make a place only after a word of motion ("travel to Moscow", "flew in
#: from Kyiv"); elsewhere "to Moscow", "from Washington" are addressees or sources.
MOTION_PREPS: tuple[str, ...] = ("to", "from", "toward", "towards", "into", "for")
#: Words of motion that license :data:`MOTION_PREPS` within the four words before them.
MOTION_WORDS: tuple[str, ...] = (
    "travel", "travels", "travelled", "traveled", "travelling", "traveling", "go", "goes", "went",
    "going", "gone", "fly", "flies", "flew", "flying", "flown", "trip", "trips", "visit", "visits",
    "return", "returns", "returned", "returning", "back", "head", "heads", "headed", "heading",
    "arrive", "arrives", "arrived", "arriving", "come", "comes", "came", "coming", "move", "moved",
    "journey", "invited", "invitation", "drive", "drove", "driven", "sail", "sailed", "moving",
    "relocated", "dispatched", "deployed", "rushed", "flight", "flights", "route", "way", "road",
    "left", "leave", "leaves", "leaving", "depart", "departed", "departs", "departing",
)
#: Words right before a place preposition that make the city an addressee, not a place.
ADDRESSEE_WORDS: tuple[str, ...] = ()
#: Prepositions after which a country name is a place ("in Ukraine"), not a side.
COUNTRY_PREPS: tuple[str, ...] = (
    "in", "inside", "into", "across", "visit to", "trip to", "visited", "visiting", "border between",
    "border with", "border of",
)
#: Nouns after which a city name is a place or an event's name, not a side ("Minsk agreements",
#: "Budapest Memorandum", "Istanbul talks", "Moscow time").
PLACE_NOUNS_AFTER: tuple[str, ...] = (
    "talks", "summit", "meeting", "meetings", "round", "conference", "negotiations", "venue",
    "airport", "embassy",
)
#: Nouns after which a city only names a document or a convention ("Minsk agreements",
#: "Moscow time"): a place mention flagged ``as_modifier``, never the event's location.
NAMED_NOUNS_AFTER: tuple[str, ...] = (
    "agreement", "agreements", "accord", "accords", "memorandum", "format", "process", "protocol",
    "protocols", "declaration", "communique", "time", "framework", "statement", "plan", "formula",
)
#: Articles skipped when looking for a preposition ("at the White House").
ARTICLES: tuple[str, ...] = ("the",)
#: Coordinators that carry a place reading over ("in Moscow and Kyiv").
COORDINATORS: tuple[str, ...] = ("and", "or", ",")
#: Coordinators that carry a place over: "in Moscow and Kyiv" (not the comma: "In Moscow, Kremlin aide...").
PLACE_COORDINATORS: tuple[str, ...] = ("and", "or")
#: Articles and determiners skipped before an apposition: "Steve Witkoff, the US special envoy".
APPOSITION_ARTICLES: tuple[str, ...] = ("the", "a", "an", "his", "her", "its", "their")

#: Title and function nouns (the last word of a title before a name).
TITLE_HEADS: tuple[str, ...] = (
    "president", "vice president", "prime minister", "deputy prime minister", "minister",
    "foreign minister", "defence minister", "defense minister", "secretary", "secretary of state",
    "secretary-general", "secretary general", "envoy", "special envoy", "adviser", "advisor",
    "aide", "spokesman", "spokeswoman", "spokesperson", "press secretary", "negotiator",
    "chief negotiator", "ambassador", "chancellor", "general", "gen.", "gen", "lt. gen.",
    "lieutenant general", "maj. gen.", "major general", "admiral", "adm.", "colonel", "col.",
    "commander", "commander-in-chief", "commissioner", "director", "head", "chief", "chief of staff",
    "chairman", "chairwoman", "chair", "leader", "representative", "official", "senator", "sen.",
    "rep.", "congressman", "congresswoman", "governor", "mayor", "king", "crown prince", "prince",
    "emir", "sheikh", "pope", "cardinal", "patriarch", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "dr", "dr.", "son-in-law", "counterpart", "deputy", "assistant", "mediator", "billionaire",
    "businessman", "tycoon", "real estate developer", "ombudsman", "prosecutor", "judge",
    "high representative", "national security adviser", "national security advisor",
    "security adviser", "spy chief", "intelligence chief", "army secretary", "army chief",
    "first deputy", "deputy head", "diplomat", "lt. col.", "lt.-col.", "lt. gen.", "maj.",
    "maj. gen.", "brig. gen.", "capt.", "captain", "sgt.", "major", "lt.", "lieutenant",
    "lieutenant colonel", "gov.", "friend", "ally", "confidant", "associate", "son", "daughter",
    "wife", "husband",
)
#: Heads that, with a side but no name, stand for an anonymous official of that side
#: ("a senior Ukrainian official said" → the Ukrainian delegation).
ANONYMOUS_HEADS: tuple[str, ...] = (
    "official", "diplomat", "negotiator", "representative", "source", "aide", "envoy", "special envoy",
    "emissary", "chief negotiator",
)
#: Words that may precede a title head inside a title ("Deputy Foreign Minister").
TITLE_MODIFIERS: tuple[str, ...] = (
    "deputy", "foreign", "defence", "defense", "prime", "vice", "special", "chief", "senior", "top",
    "presidential", "national", "security", "press", "first", "acting", "former", "interim",
    "lead", "leading", "principal", "army", "military", "intelligence", "economic", "investment",
    "foreign-policy", "foreign policy", "policy", "affairs", "state", "department", "ministry",
    "assistant", "permanent", "new", "then", "longtime", "veteran", "personal", "peace", "white",
    "house", "kremlin", "high", "lieutenant", "general", "joint", "rebel", "insurgent", "paramilitary",
    "chiefs", "staff", "secretary", "general's", "real", "estate", "property", "ex", "close",
    "economy", "economic", "energy", "finance", "justice", "interior", "digital", "trade", "culture",
    "health", "agriculture", "infrastructure", "reintegration", "veterans", "strategic", "industries",
    "navy", "air", "force", "naval", "ground", "forces", "human", "rights", "transformation",
)
#: Prepositions opening a title's complement ("envoy of President Putin", "envoy for Ukraine").
COMPLEMENT_PREPS: tuple[str, ...] = ("of", "for", "to", "at", "in", "of the", "for the", "to the", "at the", "in the")
#: Words of ministry and office names inside a title's complement ("Minister of Foreign Affairs").
DEPARTMENT_WORDS: tuple[str, ...] = (
    "foreign", "affairs", "defence", "defense", "state", "security", "national", "council",
    "intelligence", "military", "staff", "general", "the", "and", "of", "peace", "missions",
    "mission", "treasury", "army", "war", "office", "president", "presidential", "administration",
    "ministry", "department", "direct", "investment", "fund", "economic", "cooperation",
    "human", "rights", "parliament", "committee", "commission", "joint", "chiefs", "house",
    "operations", "special", "negotiations", "delegation", "policy", "planning", "strategic",
    "assembly", "court", "command", "directorate", "agency", "service", "services", "bureau", "corps",
    "forces", "guard", "navy", "fleet", "headquarters", "secretariat", "summit", "conference",
    "electric", "dynamics", "motors", "staff", "accounting", "assembly's", "sovereign", "wealth",
)
#: Capitalised words that never start a person's name after a title.
NAME_STOPWORDS: tuple[str, ...] = (
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "And", "But", "Or",
    "His", "Her", "Their", "Its", "This", "That", "These", "Those", "After", "Before", "During",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Foreign", "Affairs", "Defence", "Defense", "State", "Security",
    "Council", "Treasury", "Office", "Minister", "President", "Secretary", "X", "Telegram",
    "Facebook", "Truth", "Social", "AFP", "Reuters", "TASS", "Tass", "RIA", "Interfax", "Ukrinform",
    "CNN", "BBC", "Fox", "Said", "Says", "Told", "Also", "However", "Meanwhile", "Lt", "Col",
    "Gen", "Maj", "Adm", "Sgt", "Capt", "Brig", "Dr", "Mr", "Mrs", "Ms", "Gov", "Sen", "Rep", "Jr",
)
#: Particles that may sit between the capitalised words of a name.
NAME_PARTICLES: tuple[str, ...] = ("bin", "ben", "ibn", "al", "el", "von", "van", "der", "den", "bint", "de", "da")
#: Titles that name the holder of an office when no name follows ("the Russian president",
#: "Kremlin spokesman", "Putin's spokesman"): role → title cores (demonyms and actors left out).
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "head_of_state": ("president",),
    "leader": ("leader", "chief", "strongman", "boss"),
    "head_of_government": ("prime minister", "premier", "chancellor", "PM"),
    "foreign_minister": (
        "foreign minister", "foreign secretary", "secretary of state", "top diplomat", "chief diplomat",
        "minister of foreign affairs", "minister for foreign affairs", "foreign affairs minister",
        "foreign policy chief",
    ),
    "defence_minister": (
        "defence minister", "defense minister", "defence secretary", "defense secretary",
        "secretary of defense", "secretary of war", "war secretary", "minister of defence",
        "minister of defense", "Pentagon chief",
    ),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson", "press secretary", "presidential spokesman"),
    "mfa_spokesperson": (
        "foreign ministry spokeswoman", "foreign ministry spokesman", "foreign ministry spokesperson",
    ),
    "national_security_adviser": ("national security adviser", "national security advisor"),
    "security_council_secretary": ("security council secretary", "secretary of the security council"),
    "chief_of_general_staff": ("chief of the general staff", "chief of general staff"),
    "head_of_presidential_office": ("chief of staff", "head of the presidential office", "presidential chief of staff"),
    "secretary_general": ("secretary general", "secretary-general"),
    "vice_president": ("vice president", "vice-president"),
    "crown_prince": ("crown prince",),
}
#: Words that make a title refer to someone else than the holder in office ("the former president").
ROLE_BLOCKERS: tuple[str, ...] = ("former", "ex", "late", "next", "future", "incoming", "outgoing", "previous", "then", "new")
#: Heads naming the holder of the same office on another side ("son homologue russe").
COUNTERPART_HEADS: tuple[str, ...] = ("counterpart", "counterparts")

#: Verbs of saying and meeting right after an unknown "First Last" that make it a person
#: ("Alberto Fernandez said"): a capitalised pair before them is rarely anything else.
SPEAKER_VERBS: tuple[str, ...] = (
    "said", "says", "told", "added", "stated", "declared", "announced", "insisted", "stressed",
    "warned", "argued", "noted", "wrote", "tweeted", "posted", "confirmed", "denied", "rejected",
    "met", "meets", "spoke", "speaks", "called", "urged", "welcomed", "praised", "accused",
    "has said", "had said", "has told", "has met", "had met", "will meet", "would meet",
)
#: Last words of organisation names, never of a person's ("Security Council said").
ORGANISATION_WORDS: tuple[str, ...] = (
    "council", "commission", "committee", "ministry", "office", "agency", "forces", "force", "army",
    "party", "movement", "front", "union", "group", "court", "bank", "fund", "post", "times", "news",
    "press", "house", "department", "service", "services", "guard", "brigade", "brigades", "authority",
    "organisation", "organization", "institute", "foundation", "center", "centre", "network", "media",
    "television", "tv", "radio", "journal", "inc", "corp", "company", "government", "administration",
    "assembly", "parliament", "senate", "congress", "cabinet", "kremlin", "palace", "street", "square",
    "airport", "state", "states", "republic", "kingdom", "nations", "coalition", "alliance", "association",
    "federation", "corporation", "group", "holdings", "tribunal", "mission", "embassy", "consulate",
)

#: Words left out of a title's core when matching it against role titles.
ROLE_FUNCTION_WORDS: tuple[str, ...] = ("'", "the", "of", "s", "a", "and", "for", "to", "in", ".")

#: Words skipped inside a title ("Minister of Foreign Affairs and Defence").
TITLE_FUNCTION_WORDS: tuple[str, ...] = ("the", "of", "and", "for", "to", "at", "in", "a", "'")

#: Words between a demonym and a delegation noun ("US senior military officials").
DELEGATION_FILLERS: tuple[str, ...] = (
    "senior", "top", "high", "level", "military", "government", "administration", "peace", "defence", "defense",
    "security", "intelligence", "foreign", "policy",
)

WORDS = MentionWords(
    name_suffixes=("s",),  # genitive or plural: "Putin's" is cut at the apostrophe, "Putins" is not
    demonyms=DEMONYMS, plural_nouns=PLURAL_NOUNS, compound_prefixes=COMPOUND_PREFIXES, side_nouns=SIDE_NOUNS,
    delegation_nouns=DELEGATION_NOUNS, city_preps=CITY_PREPS, country_preps=COUNTRY_PREPS, articles=ARTICLES,
    coordinators=COORDINATORS, place_coordinators=PLACE_COORDINATORS, apposition_articles=APPOSITION_ARTICLES,
    adjective_first=True, title_heads=TITLE_HEADS, title_modifiers=TITLE_MODIFIERS,
    complement_preps=COMPLEMENT_PREPS, department_words=DEPARTMENT_WORDS, name_stopwords=NAME_STOPWORDS,
    name_particles=NAME_PARTICLES, anonymous_heads=ANONYMOUS_HEADS, motion_preps=MOTION_PREPS, motion_words=MOTION_WORDS,
    addressee_words=ADDRESSEE_WORDS, role_titles=ROLE_TITLES, role_blockers=ROLE_BLOCKERS,
    role_function_words=ROLE_FUNCTION_WORDS, title_function_words=TITLE_FUNCTION_WORDS, counterpart_heads=COUNTERPART_HEADS,
    place_nouns_after=PLACE_NOUNS_AFTER, named_nouns_after=NAMED_NOUNS_AFTER, talk_nouns=TALK_NOUNS,
    speaker_verbs=SPEAKER_VERBS, organisation_words=ORGANISATION_WORDS, delegation_fillers=DELEGATION_FILLERS,
    source_preps=("from", "of"), possessive_clitics=("s",), origin_preps=("of",),
)
