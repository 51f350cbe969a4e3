"""Ukrainian words for the mention finder: demonyms, group nouns, titles, place prepositions.

Ukrainian declines adjectives and nouns in seven cases, so the tables hold every case form of a
demonym ("американський, американського, американському, ...") and of a title head
("міністр, міністра, міністру, міністром"), built by the helpers below; names and places are
matched by stem (``tracker.extract.mentions.tokens``) and by the language's normaliser.
The adjective stands before its noun ("українська делегація"); a country in the genitive
after a noun ("делегація України", "президент США") names the side too.
"""

from __future__ import annotations

from tracker.extract.lang.slavic_morphology import CASE_ENDINGS
from tracker.extract.rules import MentionWords

_ADJ_ENDINGS = ("ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими")


def adjective_forms(stem: str) -> list[str]:
    """Every case, gender and number of a hard-stem adjective ("американськ" -> 14 forms)."""
    return [stem + e for e in _ADJ_ENDINGS]


def noun_forms(nom: str, stem: str | None = None, soft: bool = False, fem: bool = False) -> list[str]:
    """Singular case forms of a title noun: "міністр" -> міністра, міністру, міністрові,
    міністром, міністрі; ``soft`` for "секретар" (-я, -ю, -еві, -ем); ``fem`` for
    "речниця"-type nouns in -а/-я; ``stem`` when the stem changes ("посланець" -> "посланц")."""
    s = stem or nom
    if fem:
        base = nom[:-1]
        if nom.endswith("я"):
            return [nom, base + "і", base + "ю", base + "ею"]
        return [nom, base + "и", base + "і", base + "у", base + "ою"]
    if soft:
        return [nom, s + "я", s + "ю", s + "еві", s + "ем", s + "і"]
    if s.endswith("ц"):
        return [nom, s + "я", s + "ю", s + "еві", s + "ем"]
    return [nom, s + "а", s + "у", s + "ові", s + "ом", s + "і", s + "и"]


#: Adjective stems of nationality -> side code.
_DEMONYM_STEMS: dict[str, str] = {
    "американськ": "US", "російськ": "RU", "українськ": "UA", "іранськ": "IR", "європейськ": "EU",
    "турецьк": "TR", "оманськ": "OM", "саудівськ": "SA", "еміратськ": "AE", "катарськ": "QA",
    "ізраїльськ": "IL", "китайськ": "CN", "вірменськ": "AM", "азербайджанськ": "AZ",
    "французьк": "FR", "британськ": "GB", "німецьк": "DE", "італійськ": "IT", "польськ": "PL",
    "білоруськ": "BY", "єгипетськ": "EG", "швейцарськ": "CH", "палестинськ": "PS",
    "угорськ": "HU", "фінськ": "FI", "індійськ": "IN", "пакистанськ": "PK", "японськ": "JP",
}
DEMONYMS: dict[str, str] = {form: side for stem, side in _DEMONYM_STEMS.items() for form in adjective_forms(stem)}
DEMONYMS.update({"США": "US", "ЄС": "EU", "РФ": "RU", "ОАЕ": "AE", "НАТО": "NATO", "ООН": "UN"})

#: Nouns for a people -> side ("українці", "з росіянами").
PLURAL_NOUNS: dict[str, str] = {
    **dict.fromkeys(("українці", "українців", "українцям", "українцями", "українцях"), "UA"),
    **dict.fromkeys(("росіяни", "росіян", "росіянам", "росіянами", "росіянах"), "RU"),
    **dict.fromkeys(("американці", "американців", "американцям", "американцями", "американцях"), "US"),
    **dict.fromkeys(("європейці", "європейців", "європейцям", "європейцями"), "EU"),
    **dict.fromkeys(("іранці", "іранців", "іранцями"), "IR"),
}

#: Prefixes of compound adjectives -> side ("російсько-українські переговори").
COMPOUND_PREFIXES: dict[str, str] = {
    "російсько": "RU", "українсько": "UA", "американсько": "US", "ірано": "IR", "турецько": "TR",
    "європейсько": "EU", "китайсько": "CN", "вірмено": "AM", "азербайджано": "AZ",
}

#: Nouns of talks: a compound demonym before them names the sides that meet.
TALK_NOUNS: tuple[str, ...] = (
    "переговори", "переговорів", "переговорах", "переговорам", "переговорами", "перемовини",
    "перемовин", "перемовинах", "зустріч", "зустрічі", "зустріччю", "саміт", "саміту", "саміті",
    "консультації", "консультацій", "розмова", "розмову", "розмови", "діалог", "діалогу",
)

#: Nouns that, with a demonym, name a side as a whole ("з українського боку", "американська сторона").
SIDE_NOUNS: tuple[str, ...] = (
    "бік", "боку", "сторона", "сторони", "стороні", "стороною", "сторону", "влада", "влади",
    "уряд", "уряду", "урядом", "партнери", "партнерам", "партнерів", "союзники", "союзників",
    "адміністрація", "адміністрації", "дипломатія", "дипломатії", "міністерство", "міністерства",
    "відомство", "відомства", "армія", "армії",
)

#: Nouns that, with a demonym or a country in the genitive, name a delegation.
DELEGATION_NOUNS: tuple[str, ...] = tuple(
    noun_forms("делегація", fem=True) + ["делегації", "делегацій", "делегаціям", "делегаціями", "делегаціях"]
    + ["переговорна команда", "переговорної команди", "переговорній команді", "переговорну команду",
       "переговорною командою", "команда", "команди", "команді", "команду", "командою",
       "представники", "представників", "представникам", "представниками", "переговірники",
       "переговірників", "переговірниками", "посадовці", "посадовців", "посадовцями", "дипломати",
       "дипломатів", "дипломатами", "чиновники", "чиновників", "військові", "військових",
       "радники", "радників", "лідери", "лідерів", "лідерами", "колеги", "колег", "колегами",
       "партнери", "партнерів", "партнерами", "посередники", "посередників"]
)

#: Prepositions after which a city or a building is a place, not a side.
PLACE_PREPS: tuple[str, ...] = ("в", "у", "на", "під", "біля", "поблизу", "до", "з", "із")
CITY_PREPS: tuple[str, ...] = PLACE_PREPS
COUNTRY_PREPS: tuple[str, ...] = ("в", "у", "на", "до")
MOTION_PREPS: tuple[str, ...] = ()
MOTION_WORDS: tuple[str, ...] = ()
#: Nouns after which a city name is a place or an event's name ("Стамбульські домовленості" aside).
PLACE_NOUNS_AFTER: tuple[str, ...] = ()
NAMED_NOUNS_AFTER: tuple[str, ...] = ()
ARTICLES: tuple[str, ...] = ()
COORDINATORS: tuple[str, ...] = ("та", "і", "й", "або", ",")
PLACE_COORDINATORS: tuple[str, ...] = ("та", "і", "й", "або")
APPOSITION_ARTICLES: tuple[str, ...] = ()

_TITLE_NOUNS: list[str] = (
    noun_forms("президент") + noun_forms("віцепрезидент") + noun_forms("віце-президент")
    + noun_forms("прем'єр-міністр") + noun_forms("прем'єр") + noun_forms("прем'єрка", fem=True)
    + noun_forms("прем'єр-міністерка", fem=True) + noun_forms("міністр") + noun_forms("міністерка", fem=True)
    + noun_forms("держсекретар", soft=True) + noun_forms("секретар", soft=True)
    + noun_forms("радник") + noun_forms("радниця", fem=True) + noun_forms("помічник")
    + noun_forms("помічниця", fem=True) + noun_forms("спецпредставник") + noun_forms("представник")
    + noun_forms("посланець", stem="посланц") + noun_forms("спецпосланець", stem="спецпосланц")
    + noun_forms("посланник") + noun_forms("спецпосланник") + noun_forms("посол", stem="посл")
    + noun_forms("речник") + noun_forms("речниця", fem=True) + noun_forms("прессекретар", soft=True)
    + noun_forms("прес-секретар", soft=True) + noun_forms("пресссекретар", soft=True)
    + noun_forms("керівник") + noun_forms("керівниця", fem=True) + noun_forms("очільник")
    + noun_forms("очільниця", fem=True) + noun_forms("голова", fem=True) + noun_forms("глава", fem=True)
    + noun_forms("заступник") + noun_forms("заступниця", fem=True) + noun_forms("переговірник")
    + noun_forms("посередник") + noun_forms("генсек") + noun_forms("генсекретар", soft=True)
    + noun_forms("канцлер") + noun_forms("король", stem="корол", soft=True) + noun_forms("принц")
    + noun_forms("генерал") + noun_forms("командувач", soft=True) + noun_forms("лідер")
    + noun_forms("колега", fem=True) + noun_forms("емір") + noun_forms("сенатор") + noun_forms("посадовець", stem="посадовц")
    + noun_forms("дипломат") + noun_forms("чиновник") + noun_forms("бізнесмен") + noun_forms("зять", stem="зят", soft=True)
)
#: Title heads: every case of the nouns above, and the fixed titles whose complement is in the
#: genitive ("міністра закордонних справ", "секретарем РНБО", "керівника Офісу президента").
_COMPLEMENTS = (
    "закордонних справ", "оборони", "РНБО", "Офісу президента", "ОП", "МЗС", "делегації",
    "Ради національної безпеки і оборони", "з національної безпеки", "національної безпеки",
    "Генштабу", "Генерального штабу", "розвідки", "ГУР", "Кремля", "МЗС України",
)
TITLE_HEADS: tuple[str, ...] = tuple(dict.fromkeys(
    _TITLE_NOUNS
    + [f"{head} {c}" for head in noun_forms("міністр") + noun_forms("міністерка", fem=True) for c in ("закордонних справ", "оборони")]
    + [f"{head} {c}" for head in noun_forms("секретар", soft=True) for c in ("РНБО", "Ради національної безпеки і оборони")]
    + [f"{head} {c}" for head in noun_forms("керівник") + noun_forms("очільник") + noun_forms("голова", fem=True) + noun_forms("глава", fem=True)
       for c in ("Офісу президента", "ОП", "МЗС", "делегації", "української делегації", "російської делегації",
                 "американської делегації", "Генштабу", "ГУР", "розвідки")]
    + [f"{head} {c}" for head in noun_forms("радник") for c in ("з національної безпеки", "президента з національної безпеки")]
    + [f"{head} {c}" for head in noun_forms("заступник") for c in ("керівника Офісу президента", "керівника ОП", "міністра закордонних справ", "голови МЗС")]
))
#: Heads that, with a side but no name, stand for an anonymous official of that side.
ANONYMOUS_HEADS: tuple[str, ...] = tuple(
    noun_forms("посадовець", stem="посадовц") + noun_forms("дипломат") + noun_forms("представник")
    + noun_forms("джерело", fem=False) + noun_forms("чиновник") + noun_forms("переговірник")
)
#: Words that may stand before a title head inside a title ("спеціальний посланець").
TITLE_MODIFIERS: tuple[str, ...] = tuple(dict.fromkeys(
    adjective_forms("спеціальн") + adjective_forms("головн") + adjective_forms("колишн") + adjective_forms("перш")
    + adjective_forms("новопризначен") + adjective_forms("тимчасов") + adjective_forms("особист")
    + ["спеціальний", "спеціального", "спеціальному", "спеціальним", "віце", "перший", "першого",
       "першому", "першим", "виконувач", "обов'язків", "в.о.", "тодішній"]
))
COMPLEMENT_PREPS: tuple[str, ...] = ("з", "у", "в", "при")
DEPARTMENT_WORDS: tuple[str, ...] = (
    "закордонних", "справ", "оборони", "рнбо", "офісу", "офіс", "президента", "оп", "мзс",
    "національної", "безпеки", "ради", "і", "та", "питань", "справах", "близького", "сходу",
    "генштабу", "генерального", "штабу", "розвідки", "гур", "делегації", "кабінету", "міністрів",
    "україни", "сша", "росії", "рф", "міністра", "керівника", "голови", "з", "у", "в", "щодо",
)
#: Capitalised words that never start a person's name after a title.
NAME_STOPWORDS: tuple[str, ...] = (
    "Про", "За", "Як", "Це", "Він", "Вона", "Вони", "Ми", "Я", "У", "В", "З", "Із", "На", "До",
    "Та", "І", "А", "Але", "Однак", "Проте", "Також", "Сьогодні", "Вчора", "Завтра", "Перед",
    "Після", "Нагадаємо", "Його", "Її", "Їхній", "Понеділок", "Вівторок", "Середа", "Четвер",
    "П'ятниця", "Субота", "Неділя", "США", "МЗС", "ОП", "РНБО", "Telegram", "Reuters", "Facebook",
    "Truth", "Social", "Офісу", "Офіс", "Кремль", "Кремля", "Білий", "Білого", "Сенаті", "Сенат",
)
NAME_PARTICLES: tuple[str, ...] = ("аль", "ель", "бен", "бін", "фон", "ван", "де", "ібн")
#: Titles naming the holder of an office when no name follows ("речник Кремля"): role -> title cores.
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "head_of_state": tuple(noun_forms("президент")),
    "head_of_government": tuple(noun_forms("прем'єр-міністр") + noun_forms("прем'єр") + noun_forms("прем'єрка", fem=True)),
    "foreign_minister": tuple(
        [f"{h} закордонних справ" for h in noun_forms("міністр") + noun_forms("міністерка", fem=True)]
        + [f"{h} мзс" for h in noun_forms("очільник") + noun_forms("голова", fem=True) + noun_forms("глава", fem=True) + noun_forms("керівник")]
        + noun_forms("держсекретар", soft=True)
    ),
    "defence_minister": tuple(f"{h} оборони" for h in noun_forms("міністр")),
    "spokesperson": tuple(noun_forms("речник") + noun_forms("речниця", fem=True) + noun_forms("прессекретар", soft=True) + noun_forms("прес-секретар", soft=True)),
    "national_security_adviser": tuple(f"{h} з національної безпеки" for h in noun_forms("радник")),
    "security_council_secretary": tuple(f"{h} рнбо" for h in noun_forms("секретар", soft=True)),
    "head_of_presidential_office": tuple(f"{h} {c}" for h in noun_forms("керівник") + noun_forms("очільник") for c in ("офісу президента", "оп")),
}
ROLE_BLOCKERS: tuple[str, ...] = tuple(adjective_forms("колишн") + adjective_forms("майбутн") + adjective_forms("наступн") + adjective_forms("нов"))
COUNTERPART_HEADS: tuple[str, ...] = tuple(noun_forms("колега", fem=True) + ["колеги", "колег", "колегами"])
#: Verbs of saying and meeting right after an unknown "Ім'я Прізвище" that make it a person.
SPEAKER_VERBS: tuple[str, ...] = (
    "заявив", "заявила", "повідомив", "повідомила", "сказав", "сказала", "зазначив", "зазначила",
    "написав", "написала", "додав", "додала", "наголосив", "наголосила", "розповів", "розповіла",
    "зустрівся", "зустрілася", "провів", "провела", "підкреслив", "підкреслила",
)
ORGANISATION_WORDS: tuple[str, ...] = (
    "рада", "ради", "міністерство", "міністерства", "офіс", "офісу", "агентство", "агентства",
    "служба", "служби", "уряд", "уряду", "адміністрація", "адміністрації", "парламент", "сенат",
    "сенаті", "кремль", "кремля", "палата", "комітет", "комітету", "фонд", "банк", "сили", "армія",
)
ROLE_FUNCTION_WORDS: tuple[str, ...] = ("'", "з", "у", "в", "і", "та", ".")
TITLE_FUNCTION_WORDS: tuple[str, ...] = ("з", "у", "в", "і", "та", "'", "питань", "справах")
DELEGATION_FILLERS: tuple[str, ...] = tuple(
    adjective_forms("переговорн") + adjective_forms("урядов") + adjective_forms("військов") + adjective_forms("високопоставлен")
)

WORDS = MentionWords(
    case_endings=CASE_ENDINGS,
    demonyms=DEMONYMS, plural_nouns=PLURAL_NOUNS, plural_nouns_lowercase=True, compound_prefixes=COMPOUND_PREFIXES, side_nouns=SIDE_NOUNS,
    delegation_nouns=DELEGATION_NOUNS, city_preps=CITY_PREPS, country_preps=COUNTRY_PREPS, articles=ARTICLES,
    coordinators=COORDINATORS, place_coordinators=PLACE_COORDINATORS, apposition_articles=APPOSITION_ARTICLES,
    adjective_first=True, title_heads=TITLE_HEADS, title_modifiers=TITLE_MODIFIERS,
    complement_preps=COMPLEMENT_PREPS, department_words=DEPARTMENT_WORDS, name_stopwords=NAME_STOPWORDS,
    name_particles=NAME_PARTICLES, anonymous_heads=ANONYMOUS_HEADS, motion_preps=MOTION_PREPS, motion_words=MOTION_WORDS,
    role_titles=ROLE_TITLES, role_blockers=ROLE_BLOCKERS, role_function_words=ROLE_FUNCTION_WORDS,
    title_function_words=TITLE_FUNCTION_WORDS, counterpart_heads=COUNTERPART_HEADS,
    place_nouns_after=PLACE_NOUNS_AFTER, named_nouns_after=NAMED_NOUNS_AFTER, talk_nouns=TALK_NOUNS,
    speaker_verbs=SPEAKER_VERBS, organisation_words=ORGANISATION_WORDS, delegation_fillers=DELEGATION_FILLERS,
    source_preps=("з", "із", "від"),
)
