"""German words for the mention finder: demonyms, group nouns, titles, place prepositions.

German declines adjectives and many nouns, so every table entry is generated in all its
forms (:func:`adjective_forms`, :func:`noun_forms`): "russisch" gives "russische",
"russischen", "russischer"...; "Sondergesandte" gives "Sondergesandter", "Sondergesandten".
Names and country names in the genitive ("Putins", "Russlands") are left to the language's
normaliser (:func:`tracker.extract.lang.de.normalise.normalise`). Compounds are split at
their hyphen by the tokenizer ("US-Außenminister" is "US" + "Außenminister"); closed
compounds ("Kremlsprecher") are listed whole.

Every noun is capitalised in German, so a capitalised word after a title is not a name by
itself: :data:`NAME_STOPWORDS` holds the nouns of the trigger and title lexicons and the
function words that start sentences, so they never become provisional people.
"""

from __future__ import annotations

from tracker.extract.rules import MentionWords

_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


def adjective_forms(stem: str) -> list[str]:
    """All declined forms of an adjective stem: "russisch" -> "russisch", "russische", ..."""
    return [stem + e for e in _ADJ_ENDINGS]


def noun_forms(base: str, kind: str = "strong") -> list[str]:
    """The case and number forms of a title noun.

    ``strong``: "Außenminister(s|n)"; ``weak``: "Präsident(en)"; ``adjectival``: "Gesandte(r|n)",
    an adjective used as a noun (der Gesandte, ein Gesandter, des Gesandten).
    """
    if kind == "weak":
        return [base, base + "en", base + "n"] if not base.endswith("e") else [base, base + "n"]
    if kind == "adjectival":
        stem = base[:-1] if base.endswith("e") else base
        return [stem + "e", stem + "er", stem + "en"]
    if kind == "feminine":
        return [base, base + "nen"]
    return [base, base + "s", base + "n", base + "es", base + "e", base + "en"] if not base.endswith("er") else [base, base + "s", base + "n"]


#: Adjective stems of nationality -> side ("russisch" -> RU; every declined form is listed).
_DEMONYM_STEMS: dict[str, str] = {
    "russisch": "RU", "ukrainisch": "UA", "amerikanisch": "US", "us-amerikanisch": "US",
    "europäisch": "EU", "französisch": "FR", "britisch": "GB", "deutsch": "DE", "italienisch": "IT",
    "polnisch": "PL", "finnisch": "FI", "türkisch": "TR", "saudisch": "SA", "saudi-arabisch": "SA",
    "emiratisch": "AE", "katarisch": "QA", "belarussisch": "BY", "weißrussisch": "BY",
    "ungarisch": "HU", "chinesisch": "CN", "schweizerisch": "CH", "omanisch": "OM", "indisch": "IN",
    "dänisch": "DK", "niederländisch": "NL", "spanisch": "ES", "norwegisch": "NO", "schwedisch": "SE",
    "kanadisch": "CA", "japanisch": "JP", "slowakisch": "SK", "estnisch": "EE", "iranisch": "IR",
    "nordkoreanisch": "KP", "südkoreanisch": "KR", "kasachisch": "KZ", "ägyptisch": "EG",
    "brasilianisch": "BR", "israelisch": "IL", "palästinensisch": "PS", "armenisch": "AM",
    "aserbaidschanisch": "AZ", "österreichisch": "AT", "belgisch": "BE", "bulgarisch": "BG",
    "litauisch": "LT", "lettisch": "LV", "südafrikanisch": "ZA", "thailändisch": "TH",
    "kambodschanisch": "KH", "malaysisch": "MY", "kongolesisch": "CD", "ruandisch": "RW",
    "pakistanisch": "PK", "serbisch": "RS", "kosovarisch": "XK", "albanisch": "AL", "bosnisch": "BA",
    "kroatisch": "HR", "rumänisch": "RO", "moldauisch": "MD", "georgisch": "GE", "griechisch": "GR",
    "tschechisch": "CZ", "portugiesisch": "PT", "irisch": "IE", "jordanisch": "JO",
    "libanesisch": "LB", "syrisch": "SY", "irakisch": "IQ", "jemenitisch": "YE", "libysch": "LY",
    "tunesisch": "TN", "algerisch": "DZ", "marokkanisch": "MA", "sudanesisch": "SD",
    "äthiopisch": "ET", "kenianisch": "KE", "nigerianisch": "NG", "afghanisch": "AF",
    "taiwanisch": "TW", "vietnamesisch": "VN", "philippinisch": "PH", "indonesisch": "ID",
    "mexikanisch": "MX", "argentinisch": "AR", "kolumbianisch": "CO", "venezolanisch": "VE",
    "kubanisch": "CU", "katarische": "QA", "usbekisch": "UZ",
}

#: Adjectives of nationality (every declined form) and attributive acronyms -> side.
DEMONYMS: dict[str, str] = {"US": "US", "USA": "US", "EU": "EU", "UN": "UN", "UNO": "UN", "Nato": "NATO", "NATO": "NATO"}
for _stem, _side in _DEMONYM_STEMS.items():
    for _form in adjective_forms(_stem):
        DEMONYMS[_form] = _side

#: Nouns for a people -> side ("die Russen", "die Ukrainer", "den Amerikanern").
PLURAL_NOUNS: dict[str, str] = {}
for _side, _nouns in {
    "RU": ("Russen",), "UA": ("Ukrainer", "Ukrainern"), "US": ("Amerikaner", "Amerikanern"),
    "EU": ("Europäer", "Europäern"), "DE": ("Deutschen",), "TR": ("Türken",), "CN": ("Chinesen",),
    "IR": ("Iraner", "Iranern"), "IL": ("Israelis",), "PS": ("Palästinenser", "Palästinensern"),
    "AM": ("Armenier", "Armeniern"), "AZ": ("Aserbaidschaner", "Aserbaidschanern"),
    "QA": ("Katarer", "Katarern"), "EG": ("Ägypter", "Ägyptern"), "SA": ("Saudis",),
    "FR": ("Franzosen",), "GB": ("Briten",), "PL": ("Polen",), "SY": ("Syrer", "Syrern"),
}.items():
    for _noun in _nouns:
        PLURAL_NOUNS[_noun] = _side

#: First halves of compounds: "russisch-ukrainische Gespräche", "US-Gesandter", "Kreml-Chef".
COMPOUND_PREFIXES: dict[str, str] = {
    "US": "US", "USA": "US", "EU": "EU", "russisch": "RU", "ukrainisch": "UA", "amerikanisch": "US",
    "deutsch": "DE", "französisch": "FR", "britisch": "GB", "türkisch": "TR", "chinesisch": "CN",
    "iranisch": "IR", "israelisch": "IL", "armenisch": "AM", "aserbaidschanisch": "AZ",
    "palästinensisch": "PS", "ägyptisch": "EG", "katarisch": "QA", "saudisch": "SA",
    "syrisch": "SY", "libanesisch": "LB", "indisch": "IN", "pakistanisch": "PK", "Kreml": "RU",
    "thailändisch": "TH", "kambodschanisch": "KH", "kongolesisch": "CD", "ruandisch": "RW",
}

#: Nouns of talks: a compound before them names the sides that meet ("russisch-ukrainische Gespräche").
TALK_NOUNS: tuple[str, ...] = tuple(
    dict.fromkeys(
        noun_forms("Gespräch") + noun_forms("Treffen") + noun_forms("Gipfel") + noun_forms("Gipfeltreffen")
        + ["Verhandlungen", "Verhandlung", "Konsultationen", "Beratungen", "Unterredung", "Unterredungen",
           "Dialog", "Telefonat", "Telefonats", "Abkommen", "Vereinbarung", "Einigung", "Austausch", "Friedensgespräche"]
    )
)

#: Nouns that, after a demonym, name a side as a whole ("die russische Seite").
SIDE_NOUNS: tuple[str, ...] = (
    "Seite", "Regierung", "Regierungen", "Führung", "Behörden", "Staatsführung", "Präsidialamt",
    "Präsidialverwaltung", "Außenministerium", "Außenministeriums", "Verteidigungsministerium",
    "Verteidigungsministeriums", "Ministerium", "Ministeriums", "Armee", "Militär", "Streitkräfte",
    "Staatsmedien", "Nachrichtenagentur", "Staatsfernsehen", "Generalstab", "Administration", "Lager",
    "Partner", "Verbündeten",
)

#: Nouns that, after a demonym, name a delegation or group of officials ("die ukrainische Delegation").
DELEGATION_NOUNS: tuple[str, ...] = tuple(
    dict.fromkeys(
        ["Delegation", "Delegationen", "Verhandlungsdelegation", "Verhandlungsteam", "Verhandlungsteams",
         "Team", "Teams", "Unterhändler", "Unterhändlern", "Vertreter", "Vertretern", "Regierungsvertreter",
         "Regierungsvertretern", "Diplomaten", "Gesandten", "Beamten", "Regierungsbeamten", "Beamte",
         "Berater", "Beratern", "Sicherheitsberater", "Sicherheitsberatern", "Minister", "Ministern",
         "Außenminister", "Außenministern", "Verteidigungsminister", "Experten", "Vermittler", "Vermittlern",
         "Militärs", "Offiziere", "Offizieren", "Staatschefs", "Spitzenpolitiker", "Verhandlungsführer",
         "Abgesandten", "Emissäre", "Emissären"]
    )
)

#: Prepositions after which a city or building is a place, not a side ("in Istanbul").
CITY_PREPS: tuple[str, ...] = (
    "in", "im", "nach", "aus", "bei", "vor", "nahe", "nahe bei", "bis nach", "von", "über",
    "in der", "in dem", "am", "Ankunft in", "Gespräche in", "Treffen in", "Verhandlungen in",
    "Gipfel in", "Besuch in", "Reise nach",
)
#: Prepositions that make a place only after a word of motion (none: "nach" suffices).
MOTION_PREPS: tuple[str, ...] = ()
MOTION_WORDS: tuple[str, ...] = ()
#: Words right before a place preposition that make the city an addressee, not a place.
ADDRESSEE_WORDS: tuple[str, ...] = ()
#: Prepositions after which a country name is a place ("in der Ukraine").
COUNTRY_PREPS: tuple[str, ...] = ("in", "im", "nach", "aus", "in der", "im Oman", "Grenze zwischen", "Grenze zu")
#: Nouns after which a city only names a document or a convention ("Minsker Abkommen" aside).
PLACE_NOUNS_AFTER: tuple[str, ...] = ()
NAMED_NOUNS_AFTER: tuple[str, ...] = ()
#: Articles skipped when looking for a preposition ("in der Türkei", "im Weißen Haus").
ARTICLES: tuple[str, ...] = ("der", "die", "das", "dem", "den", "des")
#: Coordinators that carry a place reading over ("in Moskau und Kiew").
COORDINATORS: tuple[str, ...] = ("und", "oder", ",", "sowie")
PLACE_COORDINATORS: tuple[str, ...] = ("und", "oder")
#: Determiners skipped before an apposition: "Witkoff, der US-Sondergesandte".
APPOSITION_ARTICLES: tuple[str, ...] = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "sein", "seine", "ihr", "ihre")

_TITLE_NOUNS: list[tuple[str, str]] = [
    ("Präsident", "weak"), ("Präsidentin", "feminine"), ("Vizepräsident", "weak"), ("Staatspräsident", "weak"),
    ("Staatschef", "strong"), ("Staatschefin", "feminine"), ("Regierungschef", "strong"), ("Regierungschefin", "feminine"),
    ("Ministerpräsident", "weak"), ("Ministerpräsidentin", "feminine"), ("Premierminister", "strong"), ("Premier", "strong"),
    ("Kanzler", "strong"), ("Bundeskanzler", "strong"), ("Kanzlerin", "feminine"),
    ("Minister", "strong"), ("Ministerin", "feminine"), ("Außenminister", "strong"), ("Außenministerin", "feminine"),
    ("Verteidigungsminister", "strong"), ("Finanzminister", "strong"), ("Handelsminister", "strong"),
    ("Wirtschaftsminister", "strong"), ("Innenminister", "strong"), ("Vizeaußenminister", "strong"),
    ("Finanzministerin", "feminine"), ("Verteidigungsministerin", "feminine"),
    ("Handelsbeauftragte", "adjectival"), ("Sonderbeauftragte", "adjectival"), ("Beauftragte", "adjectival"),
    ("Sondergesandte", "adjectival"), ("Gesandte", "adjectival"), ("Sondergesandter", "strong"),
    ("Abgesandte", "adjectival"), ("Sondervermittler", "strong"), ("Vermittler", "strong"),
    ("Chefunterhändler", "strong"), ("Unterhändler", "strong"), ("Verhandlungsführer", "strong"),
    ("Delegationsleiter", "strong"), ("Delegationschef", "strong"), ("Leiter", "strong"), ("Chef", "strong"),
    ("Berater", "strong"), ("Sicherheitsberater", "strong"), ("Präsidentenberater", "strong"), ("Kremlberater", "strong"),
    ("Kreml-Berater", "strong"), ("Beraterin", "feminine"), ("Sprecher", "strong"), ("Sprecherin", "feminine"),
    ("Kremlsprecher", "strong"), ("Kreml-Sprecher", "strong"), ("Regierungssprecher", "strong"),
    ("Pressesprecher", "strong"), ("Pressesprecherin", "feminine"), ("Außenamtssprecher", "strong"),
    ("Vertreter", "strong"), ("Vertreterin", "feminine"), ("Regierungsbeamte", "adjectival"), ("Beamte", "adjectival"),
    ("Botschafter", "strong"), ("Botschafterin", "feminine"), ("Generalstabschef", "strong"), ("General", "strong"),
    ("Generalsekretär", "strong"), ("Sekretär", "strong"), ("Kommissar", "strong"), ("Außenbeauftragte", "adjectival"),
    ("Diplomat", "weak"), ("Chefdiplomat", "weak"), ("Diplomatin", "feminine"), ("Vorsitzende", "adjectival"),
    ("Emir", "strong"), ("König", "strong"), ("Kronprinz", "weak"), ("Prinz", "weak"), ("Scheich", "strong"),
    ("Papst", "strong"), ("Kardinal", "strong"), ("Schwiegersohn", "strong"), ("Geschäftsmann", "strong"),
    ("Milliardär", "strong"), ("Immobilienunternehmer", "strong"), ("Amtskollege", "weak"), ("Amtskollegin", "feminine"),
    ("Kollege", "weak"), ("Stellvertreter", "strong"), ("Senator", "strong"), ("Gouverneur", "strong"),
    ("Bürgermeister", "strong"), ("Herr", "weak"), ("Frau", "strong"), ("Nahost-Gesandte", "adjectival"),
    ("Nahostgesandte", "adjectival"), ("Ukraine-Gesandte", "adjectival"), ("Sondergesandten", "strong"),
]

#: Title and function nouns (the last word of a title before a name), every case form.
TITLE_HEADS: tuple[str, ...] = tuple(dict.fromkeys(f for base, kind in _TITLE_NOUNS for f in noun_forms(base, kind)))
#: Heads that, with a side but no name, stand for an anonymous official of that side
#: ("ein ukrainischer Regierungsvertreter sagte" -> the Ukrainian delegation).
ANONYMOUS_HEADS: tuple[str, ...] = tuple(
    dict.fromkeys(
        noun_forms("Regierungsvertreter") + noun_forms("Vertreter") + noun_forms("Diplomat", "weak")
        + noun_forms("Unterhändler") + noun_forms("Sprecher") + noun_forms("Regierungsbeamte", "adjectival")
        + noun_forms("Beamte", "adjectival") + noun_forms("Gesandte", "adjectival") + noun_forms("Sondergesandte", "adjectival")
        + noun_forms("Verhandlungsführer") + noun_forms("Insider") + ["Quelle", "Quellen", "Kreise", "Kreisen"]
    )
)
#: Words that may precede a title head inside a title ("stellvertretende Außenminister").
TITLE_MODIFIERS: tuple[str, ...] = tuple(
    f
    for stem in (
        "stellvertretend", "außenpolitisch", "sicherheitspolitisch", "ständig", "amtierend", "geschäftsführend",
        "persönlich", "oberst", "leitend", "hochrangig", "ranghoh", "designiert", "wirtschaftlich",
    )
    for f in adjective_forms(stem)
)
#: Words a title may start with ("der neue Außenminister", "der frühere Präsident").
TITLE_PREFIXES: tuple[str, ...] = tuple(
    f for stem in ("neu", "früher", "ehemalig", "bisherig", "künftig", "damalig", "jetzig", "erst") for f in adjective_forms(stem)
) + ("Ex", "Vize")
#: Prepositions (and genitive articles) opening a title's complement ("Sprecher des Kremls").
COMPLEMENT_PREPS: tuple[str, ...] = ("des", "der", "für", "für die", "für den", "von", "vom", "beim", "bei der", "im")
#: Words of ministry and office names inside a title's complement ("Sekretär des Sicherheitsrats").
DEPARTMENT_WORDS: tuple[str, ...] = (
    "außenministerium", "außenministeriums", "ministerium", "ministeriums", "sicherheitsrat", "sicherheitsrats",
    "sicherheitsrates", "präsidialamt", "präsidialamts", "präsidialamtes", "präsidialverwaltung",
    "verteidigungsministerium", "verteidigungsministeriums", "generalstab", "generalstabs", "regierung",
    "nationalen", "nationale", "delegation", "verhandlungsdelegation", "auswärtigen", "amt", "amts",
    "staatsduma", "duma", "rada", "parlament", "parlaments", "kommission", "rat", "rats", "rates",
    "geheimdienst", "geheimdienstes", "streitkräfte", "armee", "fonds", "staatsfonds", "sicherheit",
    "verteidigung", "angelegenheiten", "büro", "büros",
)
_NAME_STOP_NOUNS = (
    # trigger nouns (talks, statements, proposals, agreements, visits, calls)
    "Gespräch Gespräche Gesprächen Gesprächs Treffen Treffens Gipfel Gipfeltreffen Verhandlung Verhandlungen "
    "Verhandlungsrunde Runde Unterredung Unterredungen Beratung Beratungen Konsultationen Sitzung Austausch "
    "Gefangenenaustausch Erklärung Erklärungen Mitteilung Mitteilungen Stellungnahme Pressekonferenz Interview "
    "Vorschlag Vorschläge Vorschlags Plan Friedensplan Entwurf Memorandum Angebot Antwort Forderung Forderungen "
    "Einigung Abkommen Vereinbarung Waffenruhe Waffenstillstand Feuerpause Frieden Friedensabkommen Besuch "
    "Reise Ankunft Telefonat Telefonats Anruf Bericht Delegation Delegationen Dialog Krieg Kriegs Angriff "
    "Angriffe Sanktionen Zölle Zollpause Atomprogramm Programm Nachricht Agentur Nachrichtenagentur Medien "
    "Medienbericht Angaben Seite Seiten Land Länder Staaten Regierung Führung Fragen Frage Ende Anfang Mitte "
    "Woche Wochen Tag Tage Tagen Monat Monate Jahr Jahre Jahren Stunden Minuten Uhr Zeit Lage "
    # days and months
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Jänner Februar März April "
    "Mai Juni Juli August September Oktober November Dezember "
    # sentence openers and function words
    "Der Die Das Den Dem Des Ein Eine Einer Einen Einem Er Sie Es Wir Ich Man Im In Am An Auf Aus Bei Mit "
    "Nach Vor Von Vom Zum Zur Für Über Unter Wie Wo Was Ob Dass Als Auch Aber Und Oder Doch Noch Nun Dann "
    "Damit Dabei Dazu Darüber Danach Zuvor Zudem Außerdem Laut Trotz Während Seit Bis Gegen Ohne Um Durch "
    "Sein Seine Seinem Seinen Seiner Ihr Ihre Ihrem Ihren Ihrer Unser Unsere Diese Dieser Dieses Diesem "
    "Beide Beiden Alle Viele Einige Kein Keine Nicht Heute Gestern Morgen Bereits Zunächst Demnach Zufolge "
    "X Telegram Facebook Truth Social AFP Reuters Tass TASS RIA Interfax Xinhua Ukrinform dpa DPA CNN BBC "
    "Deutschlandfunk ARD ZDF Herr Frau"
)
#: Capitalised words that never start a person's name after a title: German capitalises every
#: noun, so the nouns of the trigger and title lexicons, dates and sentence openers are listed.
NAME_STOPWORDS: tuple[str, ...] = tuple(dict.fromkeys(_NAME_STOP_NOUNS.split() + [t for t in TITLE_HEADS if t[:1].isupper()]))
#: Particles that may sit between the capitalised words of a name.
NAME_PARTICLES: tuple[str, ...] = ("bin", "ben", "ibn", "al", "el", "von", "van", "der", "den", "bint", "zu")

#: Titles that name the holder of an office when no name follows ("der russische Präsident",
#: "der Kremlsprecher"): role -> title cores (without demonym).
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "head_of_state": tuple(noun_forms("Präsident", "weak") + noun_forms("Staatschef") + noun_forms("Staatspräsident", "weak") + noun_forms("Präsidentin", "feminine")),
    "leader": tuple(noun_forms("Kremlchef") + noun_forms("Kreml-Chef") + ["Machthaber", "Machthabers"]),
    "head_of_government": tuple(
        noun_forms("Regierungschef") + noun_forms("Ministerpräsident", "weak") + noun_forms("Premierminister")
        + noun_forms("Kanzler") + noun_forms("Premier") + noun_forms("Regierungschefin", "feminine")
    ),
    "foreign_minister": tuple(noun_forms("Außenminister") + noun_forms("Chefdiplomat", "weak") + noun_forms("Außenministerin", "feminine")),
    "defence_minister": tuple(noun_forms("Verteidigungsminister") + noun_forms("Verteidigungsministerin", "feminine")),
    "spokesperson": tuple(noun_forms("Kremlsprecher") + noun_forms("Kreml-Sprecher") + noun_forms("Präsidentensprecher")),
    "mfa_spokesperson": tuple(noun_forms("Außenamtssprecher") + ["Sprecherin des Außenministeriums", "Sprecher des Außenministeriums"]),
    "national_security_adviser": tuple(noun_forms("Sicherheitsberater") + ["Nationale Sicherheitsberater", "Nationalen Sicherheitsberater"]),
    "security_council_secretary": ("Sekretär des Sicherheitsrats", "Sekretär des Sicherheitsrates", "Sekretär des Nationalen Sicherheitsrats"),
    "chief_of_general_staff": tuple(noun_forms("Generalstabschef")),
    "head_of_presidential_office": ("Chef des Präsidialamts", "Chef des Präsidialamtes", "Leiter des Präsidialamts", "Leiter des Präsidialamtes"),
    "secretary_general": tuple(noun_forms("Generalsekretär")),
    "vice_president": tuple(noun_forms("Vizepräsident", "weak")),
    "crown_prince": tuple(noun_forms("Kronprinz", "weak")),
}
#: Words that make a title refer to someone else than the holder in office ("der frühere Präsident").
ROLE_BLOCKERS: tuple[str, ...] = tuple(
    f for stem in ("früher", "ehemalig", "künftig", "damalig", "neu", "verstorben", "vorig") for f in adjective_forms(stem)
) + ("Ex",)
#: Heads naming the holder of the same office on another side ("sein russischer Amtskollege").
COUNTERPART_HEADS: tuple[str, ...] = tuple(noun_forms("Amtskollege", "weak") + noun_forms("Amtskollegin", "feminine") + noun_forms("Kollege", "weak"))

#: Last words of organisation names, never a person's.
ORGANISATION_WORDS: tuple[str, ...] = (
    "rat", "kommission", "ausschuss", "ministerium", "amt", "büro", "agentur", "streitkräfte", "armee",
    "partei", "bewegung", "front", "union", "gruppe", "gericht", "bank", "fonds", "presse", "haus",
    "dienst", "garde", "brigade", "brigaden", "behörde", "organisation", "institut", "stiftung",
    "zentrum", "netzwerk", "medien", "fernsehen", "radio", "zeitung", "regierung", "verwaltung",
    "parlament", "senat", "kongress", "kabinett", "kreml", "palast", "straße", "platz", "flughafen",
    "staat", "staaten", "republik", "königreich", "nationen", "koalition", "allianz", "verband",
    "föderation", "mission", "botschaft", "konsulat", "nachrichtenagentur", "deutschlandfunk",
)
#: Words left out of a title's core when matching it against role titles.
ROLE_FUNCTION_WORDS: tuple[str, ...] = ("der", "die", "das", "des", "dem", "den", "und", "für", ".")
#: Words skipped inside a title's complement ("Sekretär des Nationalen Sicherheitsrats").
TITLE_FUNCTION_WORDS: tuple[str, ...] = ("der", "die", "das", "des", "dem", "den", "und", "für")
#: Words between a demonym and a delegation noun ("die russischen militärischen Vertreter").
DELEGATION_FILLERS: tuple[str, ...] = tuple(
    f for stem in ("militärisch", "hochrangig", "offiziell", "diplomatisch", "technisch", "ranghoh", "zuständig") for f in adjective_forms(stem)
)

WORDS = MentionWords(
    name_suffixes=("s",),  # genitive or plural: "Putin's" is cut at the apostrophe, "Putins" is not
    demonyms=DEMONYMS, plural_nouns=PLURAL_NOUNS, compound_prefixes=COMPOUND_PREFIXES, side_nouns=SIDE_NOUNS,
    delegation_nouns=DELEGATION_NOUNS, city_preps=CITY_PREPS, country_preps=COUNTRY_PREPS, articles=ARTICLES,
    coordinators=COORDINATORS, place_coordinators=PLACE_COORDINATORS, apposition_articles=APPOSITION_ARTICLES,
    adjective_first=True, title_heads=TITLE_HEADS, title_modifiers=TITLE_MODIFIERS, title_prefixes=TITLE_PREFIXES,
    complement_preps=COMPLEMENT_PREPS, department_words=DEPARTMENT_WORDS, name_stopwords=NAME_STOPWORDS,
    name_particles=NAME_PARTICLES, anonymous_heads=ANONYMOUS_HEADS, motion_preps=MOTION_PREPS, motion_words=MOTION_WORDS,
    addressee_words=ADDRESSEE_WORDS, role_titles=ROLE_TITLES, role_blockers=ROLE_BLOCKERS,
    role_function_words=ROLE_FUNCTION_WORDS, title_function_words=TITLE_FUNCTION_WORDS, counterpart_heads=COUNTERPART_HEADS,
    place_nouns_after=PLACE_NOUNS_AFTER, named_nouns_after=NAMED_NOUNS_AFTER, talk_nouns=TALK_NOUNS,
    organisation_words=ORGANISATION_WORDS, delegation_fillers=DELEGATION_FILLERS, source_preps=("aus", "von"),
    chaining_preps=("des", "der"),
)
