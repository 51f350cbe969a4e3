"""English extraction rules on sentences written for these tests (not the seed article's)."""

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
    return extract_events(Article(text=text, lang="en", published=published), registry)


def of_type(events: list[EventDraft], kind: str) -> list[EventDraft]:
    return [e for e in events if e.type == kind]


def who(e: EventDraft, role: str | None = None) -> set[str]:
    return {p.actor_id for p in e.participants if role is None or p.role == role}


def ids(registry: ActorRegistry, *names: str) -> set[str]:
    out = set()
    for name in names:
        actor = registry.lookup(name)
        assert actor is not None, name
        out.add(actor.id)
    return out


def test_sentences_with_us_and_initials() -> None:
    text = "The U.S. envoy met J. D. Vance on Monday. Gen. Keith Kellogg spoke later! Was it useful?"
    sents = split_sentences(text, ["gen", "mr"])
    assert [s.text for s in sents] == [
        "The U.S. envoy met J. D. Vance on Monday.",
        "Gen. Keith Kellogg spoke later!",
        "Was it useful?",
    ]


def test_past_meeting_with_weekday_and_place(registry: ActorRegistry) -> None:
    events = run(registry, "Sergei Lavrov met Marco Rubio in Riyadh on Tuesday.")
    (m,) = of_type(events, "meeting_held")
    assert ids(registry, "Sergei Lavrov", "Marco Rubio") <= who(m)
    assert m.date.start == "2025-03-11"
    assert m.location is not None and m.location.country == "SA"


def test_will_and_would_meetings_are_planned(registry: ActorRegistry) -> None:
    for text in (
        "Marco Rubio will meet Sergei Lavrov in Istanbul next week.",
        "Officials said Marco Rubio would hold talks with Sergei Lavrov in Istanbul.",
        "Marco Rubio is expected to meet Sergei Lavrov in Istanbul.",
        "Talks between Washington and Moscow are scheduled to resume next week in Istanbul.",
    ):
        events = run(registry, text)
        assert not of_type(events, "meeting_held"), text
        planned = of_type(events, "meeting_planned")
        assert planned and {e.modality for e in planned} == {"planned"}, text


def test_could_is_possible_and_ruled_out_is_denied(registry: ActorRegistry) -> None:
    events = run(registry, "Donald Trump could meet Vladimir Putin in Budapest.")
    assert [e.modality for e in of_type(events, "meeting_planned")] == ["possible"]
    events = run(registry, "The Kremlin ruled out a meeting between Vladimir Putin and Volodymyr Zelensky.")
    (d,) = of_type(events, "meeting_planned")
    assert d.modality == "denied"
    assert ids(registry, "Vladimir Putin", "Volodymyr Zelensky") <= who(d)
    events = run(registry, "Marco Rubio did not meet Sergei Lavrov in Riyadh.")
    assert not of_type(events, "meeting_held")


def test_phone_call(registry: ActorRegistry) -> None:
    events = run(registry, "Donald Trump spoke by phone with Vladimir Putin on Wednesday.")
    (c,) = of_type(events, "phone_call")
    assert who(c) == ids(registry, "Donald Trump", "Vladimir Putin")
    assert c.date.start == "2025-03-12"


def test_statement_with_trailing_speaker_and_pronoun(registry: ActorRegistry) -> None:
    events = run(registry, "\"The talks were constructive,\" Kremlin spokesman Dmitry Peskov said on Thursday. "
                 "He added that Moscow was studying the proposal.")
    (s,) = of_type(events, "statement_issued")
    assert who(s) == ids(registry, "Dmitry Peskov")
    assert s.quote == "The talks were constructive,"
    assert s.stance == "positive"
    assert s.date.start == "2025-03-13"
    assert len(s.evidence) == 2


def test_possessor_is_not_the_speaker(registry: ActorRegistry) -> None:
    events = run(registry, "Trump's envoy Steve Witkoff said the meeting with Vladimir Putin had been productive.")
    (s,) = of_type(events, "statement_issued")
    assert who(s) == ids(registry, "Steve Witkoff")


def test_unknown_official_is_provisional(registry: ActorRegistry) -> None:
    events = run(registry, "Ukrainian negotiator Petro Kovalenko will report to President Volodymyr Zelensky after the talks.")
    (r,) = of_type(events, "report_to_leader")
    assert r.modality == "planned"
    assert who(r, "leader") == ids(registry, "Volodymyr Zelensky")
    (rep,) = [p for p in r.participants if p.role == "reporter"]
    assert not rep.resolved and rep.side == "UA"


def test_briefed_the_president(registry: ActorRegistry) -> None:
    events = run(registry, "Steve Witkoff briefed President Donald Trump on Sunday.")
    (r,) = of_type(events, "report_to_leader")
    assert who(r, "reporter") == ids(registry, "Steve Witkoff")
    assert who(r, "leader") == ids(registry, "Donald Trump")


def test_rejection_vs_scepticism(registry: ActorRegistry) -> None:
    events = run(registry, "Moscow rejected the European ceasefire proposal. Sergei Lavrov said he remained sceptical about security guarantees.")
    (r,) = of_type(events, "proposal_rejected")
    assert "RU" in {p.side for p in r.participants}
    (s,) = of_type(events, "statement_issued")
    assert s.stance == "sceptical" and "security guarantees" in s.topics


def test_agreement_with_topic(registry: ActorRegistry) -> None:
    events = run(registry, "Russia and Ukraine agreed to exchange 500 prisoners each, the United Arab Emirates said.")
    (a,) = of_type(events, "agreement_reached")
    assert {p.side for p in a.participants} >= {"RU", "UA"}
    assert "prisoner exchange" in a.topics


def test_proposal_presented(registry: ActorRegistry) -> None:
    events = run(registry, "Ukraine and its European allies presented a revised 20-point peace plan to Washington.")
    (p,) = of_type(events, "proposal_presented")
    assert "UA" in {x.side for x in p.participants if x.role == "proposer"}


def test_meeting_told_over_three_sentences_is_one_event(registry: ActorRegistry) -> None:
    events = run(registry, "Steve Witkoff met Vladimir Putin at the Kremlin on Thursday. The talks lasted nearly five hours. "
                 "Those discussions focused on a ceasefire.")
    (m,) = of_type(events, "meeting_held")
    assert len(m.evidence) >= 2 and "ceasefire" in m.topics


def test_another_round_is_a_new_meeting(registry: ActorRegistry) -> None:
    events = run(registry, "Ukrainian and American officials held talks in Geneva on Sunday. "
                 "Another round of talks took place in Riyadh on Tuesday between Russian and American officials.")
    assert len(of_type(events, "meeting_held")) == 2


def test_duration_ending_at_publication(registry: ActorRegistry) -> None:
    events = run(registry, "The Russian and American delegations negotiated in Riyadh for three days.", dt.date(2025, 3, 26))
    (m,) = of_type(events, "meeting_held")
    assert (m.date.start, m.date.end) == ("2025-03-24", "2025-03-26")


def test_visit(registry: ActorRegistry) -> None:
    events = run(registry, "Finnish President Alexander Stubb arrived in Kyiv on Monday.")
    (v,) = of_type(events, "visit")
    assert who(v, "visitor") == ids(registry, "Alexander Stubb")
    assert v.date.start == "2025-03-10"


def test_country_name_is_not_a_verb(registry: ActorRegistry) -> None:
    events = run(registry, "Erdogan offered Turkey as a possible venue for future talks between Russia, Ukraine and the United States.")
    assert not of_type(events, "statement_issued")
    (p,) = of_type(events, "meeting_planned")
    assert p.modality == "possible"
    assert {"RU", "UA", "US"} <= {x.side for x in p.participants}


def test_compound_names_before_the_noun(registry: ActorRegistry) -> None:
    events = run(registry, "A Putin-Trump meeting could take place in Budapest.")
    (p,) = of_type(events, "meeting_planned")
    assert who(p) == ids(registry, "Vladimir Putin", "Donald Trump")
    assert p.summary == "Possible meeting: Vladimir Putin and Donald Trump in Budapest"


def test_description_with_nationality_resolves_to_that_side(registry: ActorRegistry) -> None:
    events = run(registry, "Kremlin aide Yuri Ushakov met Steve Witkoff in Moscow. The Russian official said the talks were useful.")
    (s,) = of_type(events, "statement_issued")
    assert who(s) == ids(registry, "Yuri Ushakov")


def test_speech_date_is_not_the_meeting_date(registry: ActorRegistry) -> None:
    events = run(registry, "Donald Trump said on Thursday he hoped to meet Vladimir Putin soon.")
    (s,) = of_type(events, "statement_issued")
    assert s.date.start == "2025-03-13"
    (p,) = of_type(events, "meeting_planned")
    assert p.date.resolution == "publication_fallback"


def test_joint_statement_and_they(registry: ActorRegistry) -> None:
    events = run(registry, "The United States and Ukraine said they had drafted an \"updated and refined peace framework\".")
    (s,) = of_type(events, "statement_issued")
    assert {p.side for p in s.participants if p.role == "speaker"} == {"US", "UA"}
    assert s.summary.startswith("United States and Ukraine statement")
    (p,) = of_type(events, "proposal_presented")
    assert {x.side for x in p.participants if x.role == "proposer"} == {"US", "UA"}
    assert p.summary.endswith("the peace framework")


def test_ruled_out_meeting_keeps_no_past_date(registry: ActorRegistry) -> None:
    events = run(registry, "A meeting between the foreign ministers, floated by Ankara last month, was ruled out by the Kremlin.")
    (d,) = of_type(events, "meeting_planned")
    assert d.modality == "denied"
    assert d.date.resolution == "publication_fallback"
    assert {"TR", "RU"} <= {p.side for p in d.participants}


def test_unknown_negotiation_with_titles_mediator_and_group_reference(registry: ActorRegistry) -> None:
    events = run(registry, "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels on Tuesday "
                 "for EU-mediated talks. The two leaders failed to agree on a new roadmap, but will meet again in July. "
                 "Vucic said he would report to parliament on Thursday.", dt.date(2025, 6, 4))
    (m,) = of_type(events, "meeting_held")
    assert {p.name for p in m.participants if p.role == "participant"} >= {"Aleksandar Vucic", "Albin Kurti"}
    assert [p.side for p in m.participants if p.role == "mediator"] == ["EU"]
    assert m.date.start == "2025-06-03"
    assert not [e for e in of_type(events, "agreement_reached") if e.modality == "occurred"]
    (p,) = of_type(events, "meeting_planned")
    assert {x.name for x in p.participants} == {"Aleksandar Vucic", "Albin Kurti"}
    assert p.date.start == "2025-07"
    assert not of_type(events, "report_to_leader")
    (s,) = of_type(events, "statement_issued")
    # not Thursday (the day of the report it announces): the day of the meeting just told
    # (a day-after wire, see LanguageRules.day_after_statements) or the publication day
    assert s.date.start == s.date.end and s.date.start in ("2025-06-03", "2025-06-04")


def test_passive_reception_reverses_host_and_guest(registry: ActorRegistry) -> None:
    events = run(registry, "Volodymyr Zelensky was received by Recep Tayyip Erdogan in Ankara on Tuesday.")
    (m,) = of_type(events, "meeting_held")
    assert who(m, "host") == {registry.lookup("Erdogan").id}
    assert who(m, "visitor") == ids(registry, "Volodymyr Zelensky")


def test_no_plans_to_meet_and_no_future_date_for_past_talks(registry: ActorRegistry) -> None:
    events = run(registry, "Russian and Ukrainian delegations held their first direct talks in three years in Istanbul on Friday. "
                 "The Kremlin said Vladimir Putin had no plans to meet Volodymyr Zelensky.", dt.date(2025, 5, 17))
    (m,) = of_type(events, "meeting_held")
    assert m.date.start == "2025-05-16"
    assert {p.side for p in m.participants} == {"RU", "UA"}
    (d,) = of_type(events, "meeting_planned")
    assert d.modality == "denied"


def test_relative_clauses_after_nouns(registry: ActorRegistry) -> None:
    events = run(registry, "Volodymyr Zelensky postponed a trip to Saudi Arabia that had been scheduled for Wednesday. "
                 "Dmitry Peskov said that Steve Witkoff had arrived in Moscow.", dt.date(2025, 2, 18))
    (denied, arrived) = of_type(events, "visit")
    assert denied.modality == "denied" and denied.date.start == "2025-02-19"
    assert arrived.modality == "occurred" and who(arrived, "visitor") == ids(registry, "Steve Witkoff")
    assert arrived.date.resolution == "publication_fallback"  # the planned Wednesday dates nothing else


def test_readout_and_communique_speakers(registry: ActorRegistry) -> None:
    events = run(registry, "According to the Kremlin's readout, Vladimir Putin agreed to a pause in strikes on energy sites.")
    (s,) = of_type(events, "statement_issued")
    assert [p.side for p in s.participants] == ["RU"] and s.summary.startswith("Russia statement")
