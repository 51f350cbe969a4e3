"""French extraction rules on sentences written for these tests (not the seed article's)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.sentences import split_sentences

PUB = dt.date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, published: dt.date | None = PUB) -> list[EventDraft]:
    return extract_events(Article(text=text, lang="fr", published=published), registry)


def of_type(events: list[EventDraft], kind: str) -> list[EventDraft]:
    return [e for e in events if e.type == kind]


def names(e: EventDraft, role: str | None = None) -> set[str]:
    """Actor ids of the participants (ids, not display names, which the registry may refine)."""
    return {p.actor_id for p in e.participants if role is None or p.role == role}


IDS = {
    "Sergey Lavrov": "Sergueï Lavrov",
    "Marco Rubio": "Marco Rubio",
    "Vladimir Putin": "Vladimir Poutine",
    "Volodymyr Zelensky": "Volodymyr Zelensky",
    "Donald Trump": "Donald Trump",
    "Emmanuel Macron": "Emmanuel Macron",
    "Dmitry Peskov": "Dmitri Peskov",
    "Andriy Yermak": "Andriï Iermak",
    "Hakan Fidan": "Hakan Fidan",
    "Alexander Stubb": "Alexander Stubb",
}


def ids(registry: ActorRegistry, *people: str) -> set[str]:
    out = set()
    for name in people:
        actor = registry.lookup(IDS.get(name, name))
        assert actor is not None, name
        out.add(actor.id)
    return out


def test_sentences_keep_abbreviations_and_spans() -> None:
    text = "M. Lavrov a parlé. Le Gén. Kellogg est arrivé à Kiev.\nNouvelle ligne ici."
    sents = split_sentences(text, ["M", "Gén"])
    assert [s.text for s in sents] == ["M. Lavrov a parlé.", "Le Gén. Kellogg est arrivé à Kiev.", "Nouvelle ligne ici."]
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_past_meeting_with_place_and_weekday(registry: ActorRegistry) -> None:
    events = run(registry, "Le chef de la diplomatie russe Sergueï Lavrov a rencontré mardi à Genève le secrétaire d'État américain Marco Rubio.")
    (m,) = of_type(events, "meeting_held")
    assert m.modality == "occurred"
    assert ids(registry, "Sergey Lavrov", "Marco Rubio") <= names(m)
    assert m.location is not None and m.location.country == "CH"
    assert (m.date.start, m.date.precision) == ("2025-03-11", "day")
    assert m.evidence[0].rule == "fr.meeting.verb_meet"


def test_conditional_talks_are_planned_not_held(registry: ActorRegistry) -> None:
    events = run(registry, "Des pourparlers entre Moscou et Kiev devraient se tenir la semaine prochaine à Istanbul.")
    assert not of_type(events, "meeting_held")
    (p,) = of_type(events, "meeting_planned")
    assert p.modality == "planned"
    assert p.date.first_day() > PUB
    assert {p.side for p in p.participants} >= {"RU", "UA"}


def test_possible_meeting_and_ruled_out_meeting(registry: ActorRegistry) -> None:
    events = run(registry, "Selon Ankara, une rencontre entre Vladimir Poutine et Donald Trump pourrait être organisée à Budapest. "
                 "Le Kremlin a toutefois exclu toute rencontre entre Vladimir Poutine et Volodymyr Zelensky avant la fin du mois.")
    planned = of_type(events, "meeting_planned")
    assert {e.modality for e in planned} == {"possible", "denied"}
    denied = next(e for e in planned if e.modality == "denied")
    assert ids(registry, "Vladimir Putin", "Volodymyr Zelensky") <= names(denied)


def test_negated_meeting_is_denied(registry: ActorRegistry) -> None:
    events = run(registry, "Marco Rubio n'a pas rencontré Sergueï Lavrov à Riyad.")
    assert not of_type(events, "meeting_held")
    assert [e.modality for e in of_type(events, "meeting_planned")] == ["denied"]


def test_phone_call(registry: ActorRegistry) -> None:
    events = run(registry, "Emmanuel Macron s'est entretenu au téléphone avec Donald Trump jeudi soir.")
    (c,) = of_type(events, "phone_call")
    assert names(c) == ids(registry, "Emmanuel Macron", "Donald Trump")
    assert c.date.start == "2025-03-13"
    events = run(registry, "Un entretien téléphonique a eu lieu entre Recep Tayyip Erdogan et Vladimir Poutine.")
    assert of_type(events, "phone_call")


def test_statement_speaker_quote_and_pronoun_continuation(registry: ActorRegistry) -> None:
    events = run(registry, "Le porte-parole du Kremlin, Dmitri Peskov, a jugé la proposition européenne « prématurée ». "
                 "Il a ajouté que Moscou attendait des précisions de Washington.")
    (s,) = of_type(events, "statement_issued")
    assert names(s, "speaker") == ids(registry, "Dmitry Peskov")
    assert len(s.participants) == 1
    assert s.quote == "prématurée"
    assert len(s.evidence) == 2


def test_speaker_is_not_the_person_in_the_title(registry: ActorRegistry) -> None:
    events = run(registry, "Le conseiller du président Volodymyr Zelensky, Andriï Iermak, a estimé que les discussions étaient utiles.")
    (s,) = of_type(events, "statement_issued")
    assert names(s) == ids(registry, "Andriy Yermak")
    assert s.stance == "positive"


def test_inverted_speaker(registry: ActorRegistry) -> None:
    events = run(registry, "« Nous ne céderons aucun territoire », a déclaré Volodymyr Zelensky samedi.")
    (s,) = of_type(events, "statement_issued")
    assert names(s) == ids(registry, "Volodymyr Zelensky")
    assert s.date.start == "2025-03-08"
    assert "territory" in s.topics


def test_report_to_leader_planned_with_unknown_negotiator(registry: ActorRegistry) -> None:
    events = run(registry, "Le négociateur ukrainien Petro Kovalenko fera rapport au président Volodymyr Zelensky dès son retour à Kiev.")
    (r,) = of_type(events, "report_to_leader")
    assert r.modality == "planned"
    assert names(r, "leader") == ids(registry, "Volodymyr Zelensky")
    (rep,) = [p for p in r.participants if p.role == "reporter"]
    assert not rep.resolved and rep.actor_id.startswith("unresolved:")


def test_rejection_and_scepticism_are_distinct(registry: ActorRegistry) -> None:
    events = run(registry, "Moscou a rejeté le plan européen de cessez-le-feu. "
                 "Sergueï Lavrov s'est dit sceptique à l'égard des garanties proposées.")
    (r,) = of_type(events, "proposal_rejected")
    assert "RU" in {p.side for p in r.participants}
    assert "ceasefire" in r.topics
    assert not [e for e in of_type(events, "proposal_rejected") if ids(registry, "Sergey Lavrov") & names(e)]


def test_agreement_and_topic(registry: ActorRegistry) -> None:
    events = run(registry, "La Russie et l'Ukraine ont conclu un accord sur un échange de prisonniers, a annoncé Abou Dhabi.")
    (a,) = of_type(events, "agreement_reached")
    assert {p.side for p in a.participants} >= {"RU", "UA"}
    assert "prisoner exchange" in a.topics


def test_one_meeting_over_several_sentences(registry: ActorRegistry) -> None:
    events = run(registry, "Steve Witkoff a rencontré Vladimir Poutine jeudi à Moscou. "
                 "Les discussions ont duré près de cinq heures. Ces échanges ont porté sur un cessez-le-feu.")
    (m,) = of_type(events, "meeting_held")
    assert len(m.evidence) >= 2
    assert m.location is not None and m.location.name == "Moscow"


def test_duration_anchored_on_publication(registry: ActorRegistry) -> None:
    events = run(registry, "Les délégations russe et américaine ont négocié pendant trois jours à Riyad.", dt.date(2025, 3, 26))
    (m,) = of_type(events, "meeting_held")
    assert (m.date.start, m.date.end, m.date.resolution) == ("2025-03-24", "2025-03-26", "relative_to_publication")


def test_no_date_is_a_marked_fallback(registry: ActorRegistry) -> None:
    events = run(registry, "Hakan Fidan a reçu Sergueï Lavrov à Ankara.")
    (m,) = of_type(events, "meeting_held")
    assert m.date.resolution == "publication_fallback"
    assert names(m, "host") == ids(registry, "Hakan Fidan") and names(m, "visitor") == ids(registry, "Sergey Lavrov")


def test_visit_without_meeting(registry: ActorRegistry) -> None:
    events = run(registry, "Le président finlandais Alexander Stubb s'est rendu lundi à Kiev.")
    (v,) = of_type(events, "visit")
    assert names(v, "visitor") == ids(registry, "Alexander Stubb")
    assert v.location is not None and v.location.country == "UA"


def test_past_summit_in_a_conditional_sentence(registry: ActorRegistry) -> None:
    events = run(registry, "Kiev s'en tiendrait aux engagements pris lors du sommet de Paris au mois de décembre.", dt.date(2026, 2, 2))
    (m,) = of_type(events, "meeting_held")
    assert (m.date.start, m.date.precision) == ("2025-12", "month")


def test_relative_clause_subjects(registry: ActorRegistry) -> None:
    events = run(registry, "Le président turc Recep Tayyip Erdogan, qui avait reçu Volodymyr Zelensky jeudi à Ankara, "
                 "a dit espérer une rencontre entre dirigeants.")
    (s,) = of_type(events, "statement_issued")
    assert names(s) == {registry.lookup("Erdogan").id}
    (m,) = of_type(events, "meeting_held")
    assert names(m, "host") == {registry.lookup("Erdogan").id}
    assert names(m, "visitor") == ids(registry, "Volodymyr Zelensky")
    assert m.date.start == "2025-03-13"


def test_undated_agreement_takes_the_meeting_it_came_from(registry: ActorRegistry) -> None:
    events = run(registry, "Marco Rubio et Hakan Fidan se sont rencontrés mardi à Ankara. "
                 "Les deux hommes ont ensuite signé un accord sur le transit des céréales.")
    (a,) = of_type(events, "agreement_reached")
    assert a.date.start == "2025-03-11"
    assert names(a) >= ids(registry, "Marco Rubio", "Hakan Fidan")


def test_amended_plan_summary_in_english(registry: ActorRegistry) -> None:
    events = run(registry, "Kiev et ses partenaires européens ont modifié le plan de paix en vingt-huit points.")
    (p,) = of_type(events, "proposal_presented")
    assert p.summary == "Ukraine and European Union amend the 28-point peace plan"
    assert "peace plan" in p.topics


def test_topic_nouns_are_not_events(registry: ActorRegistry) -> None:
    events = run(registry, "Marco Rubio a rencontré Sergueï Lavrov à Riyad pour des discussions consacrées aux échanges de prisonniers.")
    assert not of_type(events, "agreement_reached")
    assert len(of_type(events, "meeting_held")) == 1


def test_two_ruled_out_meetings_stay_apart(registry: ActorRegistry) -> None:
    events = run(registry, "Une rencontre entre les ministres de la Défense a été exclue par le Kremlin. "
                 "Une rencontre entre Vladimir Poutine et Donald Trump n'est pas à l'ordre du jour, a indiqué Iouri Ouchakov.")
    denied = [e for e in of_type(events, "meeting_planned") if e.modality == "denied"]
    assert len(denied) == 2


def test_round_without_parties_belongs_to_the_negotiation(registry: ActorRegistry, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_CONFIDENCE_CALIBRATION", "off")  # the rules' own ranking, before calibration
    events = run(registry, "Des délégations russe et ukrainienne ont négocié mardi à Abou Dhabi. "
                 "Un nouveau round, consacré aux échanges de prisonniers, doit avoir lieu la semaine prochaine à Genève.")
    assert not of_type(events, "agreement_reached")
    (p,) = of_type(events, "meeting_planned")
    assert p.modality == "planned" and p.location is not None and p.location.country == "CH"
    assert {x.side for x in p.participants} == {"RU", "UA"}
    assert p.date.first_day() > PUB
    held = of_type(events, "meeting_held")[0]
    assert p.confidence < held.confidence


def test_mediator_and_location_from_the_previous_sentence(registry: ActorRegistry) -> None:
    events = run(registry, "Steve Witkoff est arrivé jeudi à Moscou. Il a rencontré Vladimir Poutine pendant près de cinq heures. "
                 "La Russie et l'Ukraine ont conclu un accord sous la médiation des Émirats arabes unis.")
    (m,) = of_type(events, "meeting_held")
    assert m.location is not None and m.location.name == "Moscow"
    assert ids(registry, "Steve Witkoff", "Vladimir Putin") <= names(m)
    (a,) = of_type(events, "agreement_reached")
    assert [p.side for p in a.participants if p.role == "mediator"] == ["AE"]


def test_mediated_talks_and_tensed_presentation(registry: ActorRegistry) -> None:
    events = run(registry, "Des négociateurs du Hamas ont repris lundi des discussions indirectes sous l'égide de l'Égypte et du Qatar. "
                 "Le Premier ministre qatari s'est rendu mardi à Washington pour présenter le projet d'accord à Marco Rubio.",
                 dt.date(2026, 1, 14))
    (m,) = of_type(events, "meeting_held")
    assert sorted(p.side for p in m.participants if p.role == "mediator") == ["EG", "QA"]
    assert "mediated by" in m.summary
    (p,) = of_type(events, "proposal_presented")
    assert names(p, "addressee") == ids(registry, "Marco Rubio")
    assert p.summary.endswith("the draft agreement")


def test_varied_french_wire_sentences(registry: ActorRegistry) -> None:
    events = run(registry, "Les délégations russe et ukrainienne se sont réunies vendredi à Istanbul pour leurs premiers pourparlers "
                 "directs depuis trois ans. Le Kremlin a fait savoir que Vladimir Poutine n'avait pas l'intention de rencontrer "
                 "Volodymyr Zelensky. Kiev a présenté mardi un contre-projet en douze points.", dt.date(2025, 5, 17))
    (m,) = of_type(events, "meeting_held")
    assert m.date.start == "2025-05-16" and {p.side for p in m.participants} == {"RU", "UA"}
    assert [e.modality for e in of_type(events, "meeting_planned")] == ["denied"]
    (s,) = of_type(events, "statement_issued")
    assert [p.side for p in s.participants] == ["RU"]
    (p,) = of_type(events, "proposal_presented")
    assert p.summary == "Ukraine presents the 12-point counter-proposal"
    assert p.date.start == "2025-05-13"


def test_demands_are_proposals_of_their_side(registry: ActorRegistry) -> None:
    events = run(registry, "Moscou réclame par ailleurs un traité de non-agression. Les Ukrainiens réclamaient un cessez-le-feu inconditionnel.")
    props = of_type(events, "proposal_presented")
    assert sorted(p.summary for p in props) == ["Russia demands a treaty", "Ukraine demands a ceasefire"]
    assert not of_type(events, "statement_issued")


def test_communique_author_is_the_speaker(registry: ActorRegistry) -> None:
    events = run(registry, "Le ministre Hakan Fidan a reçu jeudi Sergueï Lavrov, selon un communiqué du Kremlin.")
    (s,) = of_type(events, "statement_issued")
    assert [p.side for p in s.participants] == ["RU"]
    assert s.date.resolution == "publication_fallback"  # jeudi dates the meeting, not the communiqué


def test_name_right_before_the_verb_wins_over_a_pronoun_inside_it(registry: ActorRegistry) -> None:
    text = "Joe Biden s'est félicité de l'accord. Donald Trump avait quant à lui salué mercredi un accord historique."
    speakers = {e.participants[0].name for e in run(registry, text) if e.type == "statement_issued"}
    assert speakers == {"Joe Biden", "Donald Trump"}


def test_institution_in_the_speakers_title_is_not_the_speaker(registry: ActorRegistry) -> None:
    e = [e for e in run(registry, "Le sommet a été utile, a dit le porte-parole du Kremlin Dmitri Peskov.") if e.type == "statement_issued"]
    assert [p.name for p in e[0].participants] == ["Dmitry Peskov"]
