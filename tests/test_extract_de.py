"""German extraction, one test per construction (sentences written for these tests).

German splits its verbs: a separable particle closes a main clause ("trifft ... zusammen"),
is glued to a verb that stands last in a subordinate clause ("zusammentrifft"), and the
modal or future auxiliary may stand far from its infinitive. Nouns are capitalised, titles
and adjectives decline, names take a genitive -s. Each test states one such construction.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.extract import extract_events
from tracker.extract.lang import supported_languages
from tracker.extract.lang.de.mentions import adjective_forms, noun_forms
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.temporal import find_temporal
from tests.test_extract_contract import ExtractorContract

#: A Wednesday.
PUB = dt.date(2025, 8, 13)


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def events(text: str, registry: ActorRegistry, published: dt.date = PUB):
    return extract_events(Article(text=text, lang="de", published=published), registry)


def one(text: str, registry: ActorRegistry, type_: str, published: dt.date = PUB):
    found = [e for e in events(text, registry, published) if e.type == type_]
    assert len(found) == 1, [(e.type, e.modality) for e in events(text, registry, published)]
    return found[0]


def names(event) -> set[str]:
    return {p.name for p in event.participants}


def span(event) -> tuple[str | None, str | None]:
    return (event.date.start, event.date.end)


class TestGermanContract(ExtractorContract):
    lang = "de"
    texts = (
        "Der russische Außenminister Sergej Lawrow traf am Dienstag in Genf den US-Außenminister Marco Rubio. "
        "Die Gespräche dauerten vier Stunden. Nach Angaben des Kremls könnte im kommenden Monat ein weiteres Treffen stattfinden.",
        "Kremlsprecher Dmitri Peskow nannte den europäischen Vorschlag verfrüht. Moskau warte auf Einzelheiten, fügte er hinzu. "
        "Emmanuel Macron telefonierte am Sonntag mit Wolodymyr Selenskyj.",
        "Der türkische Außenminister Hakan Fidan empfing die ukrainische Delegation in Ankara. Kiew lehnte das russische "
        "Memorandum als inakzeptabel ab. Beide Seiten einigten sich auf einen Gefangenenaustausch.",
    )
    vocabulary = (
        "Putin", "Putins", "Trump", "Selenskyj", "Witkoff", "Lawrow", "Moskau", "Kiew", "der Kreml", "traf",
        "sagte", "Treffen", "Gipfel", "Gespräche", "werden", "wird", "könnte", "stattfinden", "in Genf",
        "am Dienstag", "nächste Woche", "zwei Tage", "im August", "nicht", "abgesagt", "unterrichten",
        "Präsident", "Friedensplan", "geeinigt", "er", "zusammen", "mit", "eine amerikanische Delegation",
        "ist eingetroffen", "Telefonat", "lehnte ab", "vorgeschlagen", "die Verhandlungen",
    )


def test_german_is_registered() -> None:
    assert "de" in supported_languages()


# --------------------------------------------------------------------------- verbs


def test_v2_meeting_with_fronted_object_and_weekday(registry) -> None:
    ev = one("Der russische Außenminister Sergej Lawrow traf am Dienstag in Genf den US-Außenminister Marco Rubio.", registry, "meeting_held")
    assert {"Sergei Lavrov", "Marco Rubio"} <= names(ev)
    assert ev.modality == "occurred" and span(ev) == ("2025-08-12", "2025-08-12")
    assert ev.location is not None and ev.location.name == "Geneva"


def test_separable_particle_closes_the_main_clause(registry) -> None:
    ev = one("Der Gesandte Witkoff traf am Mittwoch mit Putin in Moskau zusammen.", registry, "meeting_held")
    assert names(ev) == {"Steve Witkoff", "Vladimir Putin"}
    assert span(ev) == ("2025-08-13", "2025-08-13")  # the publication's own weekday


def test_separable_verb_without_its_particle_is_no_trigger(registry) -> None:
    # "kam ... an" is an arrival, not "kam ... zusammen"
    assert not [e for e in events("Witkoff kam am Montag in Moskau an.", registry) if e.type == "meeting_held"]


def test_modal_and_infinitive_at_the_clause_end_is_planned(registry) -> None:
    ev = one("Lawrow und Rubio werden sich am kommenden Montag in Genf treffen.", registry, "meeting_planned")
    assert ev.modality == "planned" and span(ev) == ("2025-08-18", "2025-08-18")
    assert names(ev) == {"Sergei Lavrov", "Marco Rubio"}


def test_talks_held_with_a_modal_are_a_planned_meeting(registry) -> None:
    ev = one("Witkoff will am Samstag im Oman Gespräche über das iranische Atomprogramm führen.", registry, "meeting_planned")
    assert names(ev) == {"Steve Witkoff"} and ev.modality == "planned"
    assert ev.location.name == "Oman" and span(ev) == ("2025-08-16", "2025-08-16")


def test_indirect_question_makes_a_meeting_possible(registry) -> None:
    ev = one("Ob es zu einem Treffen zwischen Putin und Selenskyj kommt, ist unklar.", registry, "meeting_planned")
    assert ev.modality == "possible"
    assert names(ev) == {"Vladimir Putin", "Volodymyr Zelensky"}


def test_ieren_participle_without_ge_is_a_past_call(registry) -> None:
    ev = one("Selenskyj hat am Sonntag mit Trump telefoniert.", registry, "phone_call")
    assert names(ev) == {"Volodymyr Zelensky", "Donald Trump"} and ev.modality == "occurred"
    assert span(ev) == ("2025-08-10", "2025-08-10")


def test_separable_rejection_with_metonym_subject(registry) -> None:
    ev = one("Der Kreml wies den Vorschlag am Samstag zurück.", registry, "proposal_rejected")
    assert {p.side for p in ev.participants} == {"RU"}
    assert span(ev) == ("2025-08-09", "2025-08-09")


def test_reflexive_perfect_agreement(registry) -> None:
    ev = one("Russland und die Ukraine haben sich am Mittwoch auf einen Gefangenenaustausch geeinigt.", registry, "agreement_reached")
    assert names(ev) == {"Russia", "Ukraine"} and ev.modality == "occurred"


def test_separable_proposal_in_v2(registry) -> None:
    ev = one("Umerow schlug am Freitag ein Gipfeltreffen vor.", registry, "proposal_presented")
    assert names(ev) == {"Rustem Umerov"}
    assert span(ev) == ("2025-08-08", "2025-08-08")


def test_fronted_object_with_inverted_proposer(registry) -> None:
    ev = one("Den Entwurf hatte der Außenminister Andrij Sybiha am Montag in Kiew vorgelegt.", registry, "proposal_presented")
    assert {(p.name, p.role) for p in ev.participants} == {("Andrii Sybiha", "proposer")}
    assert span(ev) == ("2025-08-11", "2025-08-11")


def test_sein_perfect_arrival_in_a_subordinate_clause(registry) -> None:
    found = events("Peskow bestätigte, dass Witkoff am Dienstag in Istanbul eingetroffen ist.", registry)
    visit = [e for e in found if e.type == "visit"]
    assert len(visit) == 1 and names(visit[0]) == {"Steve Witkoff"}
    assert visit[0].location is not None and visit[0].location.name == "Istanbul"
    assert any(e.type == "statement_issued" and names(e) == {"Dmitry Peskov"} for e in found)


def test_modal_trip_to_a_place_is_a_planned_visit(registry) -> None:
    ev = one("Lawrow soll am kommenden Montag nach Ankara reisen.", registry, "visit")
    assert ev.modality == "planned" and ev.location is not None and ev.location.name == "Ankara"


def test_inverted_speaker_after_a_fronted_clause(registry) -> None:
    ev = one("Eine Einigung sei nahe, teilte Kremlsprecher Peskow am Montag mit.", registry, "statement_issued")
    assert names(ev) == {"Dmitry Peskov"}
    assert span(ev) == ("2025-08-11", "2025-08-11")


def test_noun_trigger_is_a_capitalised_compound_head(registry) -> None:
    ev = one("Die Atomgespräche zwischen Iran und den USA fanden am Sonntag in Maskat statt.", registry, "meeting_held")
    assert {p.side for p in ev.participants} >= {"IR", "US"}


def test_talks_after_which_the_subject_agreed_are_its_talks(registry) -> None:
    text = "Russland und die Ukraine haben sich am Mittwoch nach zweitägigen Verhandlungen in Genf auf einen Austausch geeinigt."
    ev = one(text, registry, "meeting_held")
    assert names(ev) == {"Russia", "Ukraine"} and ev.location.name == "Geneva"
    assert span(ev) == ("2025-08-12", "2025-08-13")  # a two-day adjective ending on the day told


def test_verb_treffen_is_not_the_noun(registry) -> None:
    # lower-case "treffen" is the verb: a decision taken is no meeting
    assert not [e for e in events("Die Regierung will am Montag eine Entscheidung treffen.", registry) if e.type.startswith("meeting")]


def test_leader_inside_a_modal_bracket_is_the_report_addressee(registry) -> None:
    ev = one("Witkoff will Präsident Trump über die Gespräche unterrichten.", registry, "report_to_leader")
    assert ev.modality == "planned"
    assert {(p.name, p.role) for p in ev.participants} == {("Steve Witkoff", "reporter"), ("Donald Trump", "leader")}


def test_talking_with_someone_is_no_phone_call_without_a_phone(registry) -> None:
    found = events("Greer werde mit Präsident Trump sprechen, bevor er sich festlege.", registry)
    assert not [e for e in found if e.type == "phone_call"]
    ev = one("Macron hat am Montag mit Selenskyj telefonisch gesprochen.", registry, "phone_call")
    assert names(ev) == {"Emmanuel Macron", "Volodymyr Zelensky"}


def test_negation_inside_the_bracket_denies(registry) -> None:
    ev = one("Lawrow wird sich nicht mit Rubio treffen.", registry, "meeting_planned")
    assert ev.modality == "denied"


def test_a_withdrawn_delegation_is_a_trip_back(registry) -> None:
    ev = one("Die USA haben ihre Delegation nach zwei Wochen aus Doha abgezogen.", registry, "visit")
    assert {p.side for p in ev.participants} == {"US"}


def test_fronted_possessive_names_its_owners_after_the_noun(registry) -> None:
    ev = one("Nach ihren Gesprächen in Genf sind Lawrow und Rubio vor die Presse getreten.", registry, "meeting_held")
    assert names(ev) == {"Sergei Lavrov", "Marco Rubio"} and ev.modality == "occurred"


def test_subject_after_the_verb_when_an_adverbial_is_fronted(registry) -> None:
    ev = one("Am Freitag schlug Umerow ein Gipfeltreffen vor.", registry, "proposal_presented")
    assert {(p.name, p.role) for p in ev.participants} == {("Rustem Umerov", "proposer")}


def test_fronted_subordinate_clause_keeps_its_own_subject(registry) -> None:
    found = events("Während Kiew dem Plan zustimmte, lehnte Moskau ihn ab.", registry)
    [rejection] = [e for e in found if e.type == "proposal_rejected"]
    assert names(rejection) == {"Russia"}


def test_a_comma_after_a_name_closes_an_apposition_not_a_fronted_clause() -> None:
    from tracker.extract.lang import LANGUAGES

    brk = LANGUAGES["de"].clause_break
    assert [m.group(0).strip() for m in brk.finditer("Während Kiew zustimmte, lehnte Moskau ab.")] == [","]
    assert list(brk.finditer("Der Delegationsleiter, Umerow, forderte Russland auf.")) == []


def test_arrival_with_particle_ein_is_a_visit_not_a_meeting(registry) -> None:
    found = events("In Ankara traf am Montag die russische Delegation ein.", registry)
    assert [e.type for e in found] == ["visit"]
    assert {p.side for p in found[0].participants} == {"RU"} and found[0].location.name == "Ankara"


def test_only_verb_second_languages_read_the_subject_after_the_verb() -> None:
    from tracker.extract.lang import LANGUAGES

    assert LANGUAGES["de"].subject_after_verb
    assert not LANGUAGES["fr"].subject_after_verb and not LANGUAGES["en"].subject_after_verb


# --------------------------------------------------------------------------- mentions


def test_genitive_name_and_declined_title(registry) -> None:
    ev = one("Putins Berater Juri Uschakow traf am Montag den Sondergesandten Witkoff.", registry, "meeting_held")
    assert {"Yuri Ushakov", "Steve Witkoff"} <= names(ev)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ein Sprecher des Weißen Hauses widersprach.", "US"),
        ("Gespräche mit den Vereinigten Arabischen Emiraten", "AE"),
        ("Nach Angaben des Kremls", "RU"),
        ("Vertreter der Vereinigten Staaten", "US"),
    ],
)
def test_declined_aliases_reach_their_nominative(registry, text: str, side: str) -> None:
    from tracker.extract.mentions import find_mentions

    assert side in {m.side for m in find_mentions(text, "de", registry, when=PUB)}


def test_normaliser_leaves_short_words_and_roots_alone() -> None:
    from tracker.extract.lang.de.normalise import normalise

    assert normalise("vereinigten") == "vereinigte" and normalise("hauses") == "haus" and normalise("kremls") == "kreml"
    assert normalise("hamas") == "hamas" and normalise("irans") == "irans" and normalise("kongress") == "kongress"


def test_declined_forms_are_generated() -> None:
    assert {"russische", "russischen", "russischer", "russisches"} <= set(adjective_forms("russisch"))
    assert {"Sondergesandte", "Sondergesandter", "Sondergesandten"} == set(noun_forms("Sondergesandte", "adjectival"))
    assert "Präsidenten" in noun_forms("Präsident", "weak")


def test_ordinary_nouns_after_a_title_are_no_names(registry) -> None:
    found = events("Der Außenminister Gespräche führte am Montag in Genf.", registry)
    assert all(not p.name.startswith("Gespräche") for e in found for p in e.participants)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("am Montag", "2025-08-11", "2025-08-11"),
        ("am kommenden Montag", "2025-08-18", "2025-08-18"),
        ("vergangenen Freitag", "2025-08-08", "2025-08-08"),
        ("Dienstagabend", "2025-08-12", "2025-08-12"),
        ("Mittwoch", "2025-08-13", "2025-08-13"),  # the publication's weekday is that day
        ("11.04.2025", "2025-04-11", "2025-04-11"),
        ("am 12. August", "2025-08-12", "2025-08-12"),
        ("vom 10. bis 14. März", "2025-03-10", "2025-03-14"),
        ("morgen", "2025-08-14", "2025-08-14"),
        ("im März", "2025-03", "2025-03"),
    ],
)
def test_dates_against_a_wednesday(text: str, start: str, end: str) -> None:
    [found] = find_temporal(text, "de", PUB)
    assert (found.interval.start, found.interval.end) == (start, end)


def test_vergangene_woche_is_the_previous_week() -> None:
    [found] = find_temporal("vergangene Woche", "de", PUB)
    assert (found.interval.start, found.interval.end) == ("2025-08-04", "2025-08-10")


def test_durations_never_become_dates() -> None:
    for text in ("zwei Tage", "nach zweitägigen Gesprächen", "drei Stunden"):
        found = find_temporal(text, "de", PUB)
        assert found and all(f.kind == "duration" and f.interval is None for f in found), text


def test_the_noun_morgen_is_not_tomorrow() -> None:
    assert find_temporal("am Morgen", "de", PUB) == []


# --------------------------------------------------------------------------- summaries


def test_summaries_are_in_english(registry) -> None:
    ev = one("Moskau lehnte den Friedensplan am Sonntag ab.", registry, "proposal_rejected")
    assert ev.summary == "Russia rejects the peace plan"
