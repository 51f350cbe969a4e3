"""English constructions of real wire copy (issue 9, branch en9), each stated in sentences
written for these tests with invented or generic wording: who owns "his meeting", the second
predicate of a believer, adjectives of another noun, indirect questions, unnamed ministries,
recaps dated by their own day, attendance lists and carriers of proposals."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.articles import Article
from tracker.events import EventDraft
from tracker.extract import extract_events
from tracker.extract.mentions.registry import ActorRegistry


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def run(registry: ActorRegistry, text: str, published: dt.date = dt.date(2025, 7, 6)) -> list[EventDraft]:
    return extract_events(Article(text=text, lang="en", published=published), registry)


def of_type(events: list[EventDraft], kind: str) -> list[EventDraft]:
    return [e for e in events if e.type == kind]


def sides(e: EventDraft) -> set[str]:
    return {p.side for p in e.participants if p.side}


def people(e: EventDraft) -> set[str]:
    return {p.actor_id for p in e.participants if p.kind == "person" and p.actor_id}


def day(e: EventDraft) -> tuple[str | None, str | None]:
    return (e.date.start, e.date.end)


# ---------------------------------------------------------------- owners and speakers


@pytest.mark.parametrize(
    "text",
    [
        "Israeli officials told a radio station that Trump could unveil a deal during his meeting with Netanyahu on Monday.",
        "An unnamed Israeli source told reporters that US President Donald Trump may sign the deal during his meeting with Netanyahu on Monday.",
    ],
)
def test_his_meeting_belongs_to_the_person_not_to_an_anonymous_group(registry: ActorRegistry, text: str) -> None:
    (m,) = of_type(run(registry, text), "meeting_planned")
    assert people(m) == {"donald-trump", "benjamin-netanyahu"}
    assert not [p for p in m.participants if p.kind == "delegation"]


@pytest.mark.parametrize(
    "text",
    [
        "Steve Witkoff, the special envoy, believes Vladimir Putin sincerely wants a settlement and stressed that a proposal exists.",
        "Witkoff thinks Putin wants a deal and emphasized that the offer stands.",
    ],
)
def test_a_saying_coordinated_after_a_belief_is_the_believers(registry: ActorRegistry, text: str) -> None:
    st = of_type(run(registry, text), "statement_issued")
    assert st and all(people(s) == {"steve-witkoff"} for s in st)


def test_a_second_saying_after_said_keeps_the_speaker(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "Lavrov said Rubio had agreed and added that the contacts would go on."), "statement_issued")
    assert st and all(people(s) == {"sergei-lavrov"} for s in st)


def test_what_someone_is_asked_whether_he_said_is_not_his_statement(registry: ActorRegistry) -> None:
    text = "Asked whether Putin had said in Alaska that he wanted peace, Witkoff said: yes."
    st = of_type(run(registry, text), "statement_issued")
    assert [people(s) for s in st] == [{"steve-witkoff"}]


# ---------------------------------------------------------------- modality


def test_possible_of_a_later_noun_does_not_make_the_meeting_possible(registry: ActorRegistry) -> None:
    text = "Zelensky said a meeting between the American and Ukrainian teams will take place this week to prepare possible talks."
    (m,) = of_type(run(registry, text, dt.date(2025, 8, 27)), "meeting_planned")
    assert m.modality == "planned" and sides(m) == {"US", "UA"}


def test_talks_that_are_possible_stay_possible(registry: ActorRegistry) -> None:
    (m,) = of_type(run(registry, "Talks between Lavrov and Rubio are possible next week."), "meeting_planned")
    assert m.modality == "possible"


# ---------------------------------------------------------------- unnamed ministries, recaps


def test_a_ministry_named_by_its_function_speaks_for_the_dateline_country(registry: ActorRegistry) -> None:
    text = (
        "HANOI, May 6 (Xinhua) -- Trade talks with Japan will open in Osaka on May 12, the trade ministry announced Tuesday.\n"
        "The two sides will keep consulting each other on tariffs, said a spokesperson for the ministry."
    )
    st = of_type(run(registry, text, dt.date(2025, 5, 7)), "statement_issued")
    assert len(st) == 1 and sides(st[0]) == {"VN"} and day(st[0]) == ("2025-05-06", "2025-05-06")


def test_without_a_dateline_an_unnamed_ministry_is_nobody(registry: ActorRegistry) -> None:
    text = "Trade talks with Japan will open in Osaka on May 12, the trade ministry announced on Tuesday."
    assert not of_type(run(registry, text, dt.date(2025, 5, 7)), "statement_issued")


def test_heads_of_state_is_no_verb_of_saying(registry: ActorRegistry) -> None:
    text = "The phone call between the two heads of state on March 3 was cordial."
    assert not of_type(run(registry, text, dt.date(2025, 5, 7)), "statement_issued")


def test_a_date_closing_an_opening_phrase_dates_the_event_noun_in_it(registry: ActorRegistry) -> None:
    text = "Following the phone call between Putin and Trump on March 3, the two sides will hold consultations on trade."
    events = run(registry, text, dt.date(2025, 5, 7))
    (call,) = of_type(events, "phone_call")
    assert day(call) == ("2025-03-03", "2025-03-03")
    assert all(day(m) != ("2026-03-03", "2026-03-03") and day(m) != ("2025-03-03", "2025-03-03") for m in of_type(events, "meeting_planned"))


def test_said_followed_by_its_reported_clause_is_not_inverted(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "Vucic, who had met Kurti on Monday, said the talks were hard."), "statement_issued")
    assert [people(s) for s in st] == [{"aleksandar-vucic"}]


# ---------------------------------------------------------------- genitive owners


def test_a_meeting_owned_by_a_genitive_inside_a_saying_is_held_by_its_owner(registry: ActorRegistry) -> None:
    text = "Erdogan's two-hour meeting with the Russian envoys was frank, his spokesman told reporters."
    (m,) = of_type(run(registry, text), "meeting_held")
    assert sides(m) == {"TR", "RU"}


def test_a_genitive_meeting_without_its_other_party_stays_an_anaphor(registry: ActorRegistry) -> None:
    assert not [e for e in run(registry, "Erdogan's meeting was frank, his spokesman told reporters.") if e.type.startswith("meeting")]


def test_the_meetings_participants_is_no_meeting_of_its_clause(registry: ActorRegistry) -> None:
    text = "The meeting's participants agreed that Turkey and Greece would stay in close contact, Erdogan said."
    assert not of_type(run(registry, text), "meeting_planned")


# ---------------------------------------------------------------- causes and owners of "their"


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Lavrov and Rubio had been suspended due to deep differences over the border.",
        "Talks between Lavrov and Rubio stalled due to the lack of trust.",
    ],
)
def test_due_to_a_cause_plans_nothing(registry: ActorRegistry, text: str) -> None:
    assert not of_type(run(registry, text), "meeting_planned")


def test_due_to_meet_still_plans(registry: ActorRegistry) -> None:
    (m,) = of_type(run(registry, "Lavrov and Rubio are due to meet in Riyadh on Tuesday."), "meeting_planned")
    assert sides(m) == {"RU", "US"}


def test_their_meeting_belongs_to_the_two_people_just_named(registry: ActorRegistry) -> None:
    text = "The new round followed an appeal by US President Trump to the Israeli premier Netanyahu during their talks last month in Florida."
    held = of_type(run(registry, text, dt.date(2026, 1, 4)), "meeting_held")
    assert held and people(held[0]) == {"donald-trump", "benjamin-netanyahu"}


# ---------------------------------------------------------------- journeys and their purpose


def test_a_delegation_leaving_for_a_city_to_resume_talks_is_one_planned_meeting_there(registry: ActorRegistry) -> None:
    text = "A Chilean delegation departed for Lima, Peru, on Sunday to restart talks with the rebel group FARC, the agency reports."
    events = run(registry, text)
    assert not of_type(events, "visit")
    (m,) = of_type(events, "meeting_planned")
    assert "CL" in sides(m) and m.location is not None and m.location.name == "Lima"
    assert day(m) == ("2025-07-06", "2025-07-06")
    assert "PE" not in sides(m)  # the country of the venue, set in apposition, is no party


def test_a_flight_for_talks_with_someone_is_the_meeting_held_there(registry: ActorRegistry) -> None:
    events = run(registry, "Witkoff flew to Moscow on Tuesday for talks with Putin.")
    assert not of_type(events, "visit")
    (m,) = of_type(events, "meeting_held")
    assert people(m) == {"steve-witkoff", "vladimir-putin"} and m.location is not None and m.location.name == "Moscow"


def test_leaving_for_a_city_in_the_past_is_a_past_trip(registry: ActorRegistry) -> None:
    (v,) = of_type(run(registry, "Lavrov left for Ankara on Monday."), "visit")
    assert v.modality == "occurred" and day(v) == ("2025-06-30", "2025-06-30") and v.location is not None and v.location.name == "Ankara"


def test_a_country_after_a_city_that_speaks_stays_a_side(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "In Moscow, Russia said the talks would go on."), "statement_issued")
    assert st and sides(st[0]) == {"RU"}


# ---------------------------------------------------------------- who sat at the meeting


def test_people_representing_their_sides_join_the_meeting_just_told(registry: ActorRegistry) -> None:
    text = (
        "Morgan Ortagus, the American envoy, is heading to Lebanon on Wednesday to take part in the border committee.\n"
        "Representing Israel at the talks is Resnick, while Simon Karam is attending on behalf of Beirut."
    )
    (m,) = of_type(run(registry, text, dt.date(2025, 12, 1)), "meeting_planned")
    assert sides(m) == {"US", "IL", "LB"}


def test_those_attending_for_a_side_join_the_meeting_held(registry: ActorRegistry) -> None:
    text = (
        "Putin's three-hour meeting with the American envoys ended late on Thursday, Ushakov told reporters.\n"
        "Attending for the United States were Steve Witkoff and Jared Kushner."
    )
    (m,) = of_type(run(registry, text, dt.date(2026, 1, 23)), "meeting_held")
    assert {"steve-witkoff", "jared-kushner", "vladimir-putin"} <= people(m)


def test_the_members_of_a_travelling_delegation_join_its_meeting_not_their_bosses(registry: ActorRegistry) -> None:
    text = (
        "An Israeli delegation left for Cairo on Monday for talks with Hamas.\n"
        "The delegation comprises Gal Hirsch and Prime Minister Benjamin Netanyahu's political adviser Ophir Falk."
    )
    events = run(registry, text, dt.date(2025, 7, 8))
    (m,) = [e for e in events if e.type.startswith("meeting")]
    assert "benjamin-netanyahu" not in people(m) and {"IL", "PS"} <= sides(m)


def test_a_members_sentence_with_no_meeting_told_is_no_event(registry: ActorRegistry) -> None:
    assert not run(registry, "The delegation comprises Gal Hirsch and Ophir Falk.")


def test_a_leaders_office_acts_for_the_leader(registry: ActorRegistry) -> None:
    (r,) = of_type(run(registry, "Netanyahu's office on Saturday rejected the revised draft as unacceptable."), "proposal_rejected")
    assert people(r) == {"benjamin-netanyahu"}


def test_a_relative_clause_of_a_later_noun_does_not_set_the_talks_modality(registry: ActorRegistry) -> None:
    text = (
        "Iran and the US will hold talks in Geneva on Tuesday. "
        "The talks, aimed at a deal that could avert a war, are expected to include Witkoff, while Iran's delegation will be led by Araghchi."
    )
    events = [e for e in run(registry, text, dt.date(2026, 2, 13)) if e.type.startswith("meeting")]
    assert len(events) == 1 and events[0].modality == "planned" and {"US", "IR"} <= sides(events[0])


# ---------------------------------------------------------------- offices, fronted clauses, missions


def test_his_office_said_is_the_leader_the_sentence_opens_with_not_the_officials_before(registry: ActorRegistry) -> None:
    text = (
        "Israeli officials say the border is calm.\n"
        "Netanyahu has asked Gil Reich to prepare a plan, his office said."
    )
    st = of_type(run(registry, text, dt.date(2025, 12, 3)), "statement_issued")
    assert any(people(s) == {"benjamin-netanyahu"} for s in st)


def test_he_said_is_a_person_not_the_officials_quoted_before(registry: ActorRegistry) -> None:
    text = "Ushakov met Witkoff in Moscow on Monday. Russian officials say the talks went well. The talks were useful, he said."
    st = of_type(run(registry, text, dt.date(2025, 12, 3)), "statement_issued")
    assert any(people(s) == {"yuri-ushakov"} for s in st)


def test_a_fronted_as_clause_keeps_the_main_clause_actors_out_of_its_gathering(registry: ActorRegistry) -> None:
    text = "As officials gather for the summit, Netanyahu has asked Gil Reich to draft a plan."
    assert not [e for e in run(registry, text, dt.date(2025, 12, 3)) if e.type.startswith("meeting")]


def test_a_mission_to_be_dispatched_for_talks_is_a_planned_meeting(registry: ActorRegistry) -> None:
    text = "Netanyahu has asked Gil Reich to send an envoy for talks with Lebanese trade officials."
    (m,) = of_type(run(registry, text, dt.date(2025, 12, 3)), "meeting_planned")
    assert sides(m) == {"IL", "LB"}


def test_receiving_a_document_of_proposals_is_a_proposal_to_the_receiver(registry: ActorRegistry) -> None:
    text = "Larijani said that he had received a text with Washington's offers after seeing Omani officials."
    (p,) = of_type(run(registry, text, dt.date(2026, 2, 13)), "proposal_presented")
    roles = {(x.side, x.role) for x in p.participants}
    assert ("IR", "addressee") in roles and ("US", "proposer") in roles and not any(s == "OM" for s, _ in roles)


def test_receiving_a_delegation_is_no_proposal(registry: ActorRegistry) -> None:
    assert not of_type(run(registry, "Erdogan received a Russian delegation in Ankara on Monday."), "proposal_presented")


# ---------------------------------------------------------------- the day-after wire


DAY_AFTER = (
    "Armenia and Azerbaijan agreed on Monday to reopen their border after talks in Tbilisi.\n"
    "Georgia's president hosted the talks at his residence.\n"
    "Pashinyan said he hoped trade would resume soon. Aliyev said Azerbaijan would respect the deal.\n"
    "Erdogan has said he will travel to Baku next month."
)


def test_a_past_saying_of_a_day_after_wire_is_dated_by_the_scene(registry: ActorRegistry) -> None:
    st = of_type(run(registry, DAY_AFTER, dt.date(2025, 7, 29)), "statement_issued")  # Monday is the 28th
    said = [s for s in st if any("hoped" in ev.sentence or "respect" in ev.sentence for ev in s.evidence)]
    assert said and all(day(s) == ("2025-07-28", "2025-07-28") for s in said)


def test_a_present_perfect_saying_stays_on_the_publication_day(registry: ActorRegistry) -> None:
    st = of_type(run(registry, DAY_AFTER, dt.date(2025, 7, 29)), "statement_issued")
    perfect = [s for s in st if any("has said" in ev.sentence for ev in s.evidence)]
    assert perfect and all(day(s) == ("2025-07-29", "2025-07-29") for s in perfect)


def test_a_scene_of_several_days_ago_does_not_date_sayings(registry: ActorRegistry) -> None:
    st = of_type(run(registry, DAY_AFTER, dt.date(2025, 8, 2)), "statement_issued")
    assert st and all(day(s) == ("2025-08-02", "2025-08-02") for s in st)


# ---------------------------------------------------------------- nested sayings


def test_a_saying_inside_another_is_its_content(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "Secretary of State Marco Rubio said in a statement that Washington welcomed the deal."), "statement_issued")
    assert [people(s) for s in st] == [{"marco-rubio"}]


def test_a_second_saying_joined_by_and_is_kept_with_its_speaker(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "Peskov said that Putin welcomed the plan and added that talks would continue."), "statement_issued")
    assert [people(s) for s in st] == [{"dmitry-peskov"}] and len(st[0].evidence) == 2


def test_coming_to_a_capital_to_sign_a_deal_is_one_planned_meeting(registry: ActorRegistry) -> None:
    text = "Erdogan said he expected Pashinyan and Aliyev to come to Ankara to sign the peace treaty, possibly in the coming weeks."
    events = run(registry, text, dt.date(2025, 6, 28))
    assert not of_type(events, "agreement_reached")
    (m,) = of_type(events, "meeting_planned")
    assert m.modality in ("planned", "possible") and sides(m) == {"AM", "AZ"} and m.location is not None and m.location.name == "Ankara"
    assert m.date.start == "2025-06-28" and m.date.end is not None and m.date.end > "2025-07-01"


def test_coming_to_an_agreement_is_no_trip(registry: ActorRegistry) -> None:
    assert not of_type(run(registry, "The two sides came to an agreement on Monday."), "visit")


def test_insisting_on_a_demand_is_no_saying(registry: ActorRegistry) -> None:
    assert not of_type(run(registry, "Russia, meanwhile, insists on a full withdrawal, a condition Ukraine has rejected."), "statement_issued")


def test_insisting_that_is_a_saying(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "Lavrov insists that the talks must go on."), "statement_issued")
    assert [people(s) for s in st] == [{"sergei-lavrov"}]


def test_a_story_whose_lede_is_today_keeps_its_sayings_on_the_publication_day(registry: ActorRegistry) -> None:
    text = (
        "Erdogan spoke to Pashinyan by phone on Tuesday.\n"
        "Their talks in Tbilisi on Monday had ended without a deal. Aliyev said Azerbaijan would respect the truce."
    )
    st = of_type(run(registry, text, dt.date(2025, 7, 29)), "statement_issued")  # a Tuesday
    assert st and all(day(s) == ("2025-07-29", "2025-07-29") for s in st)


def test_a_time_stamped_post_of_a_live_page_is_said_that_day(registry: ActorRegistry) -> None:
    text = (
        "09:12 BST - Armenia and Azerbaijan agreed on Monday to reopen their border.\n\n"
        "10:20 BST - Aliyev told state television that no date had been set for a summit."
    )
    st = of_type(run(registry, text, dt.date(2025, 7, 29)), "statement_issued")
    assert st and all(day(s) == ("2025-07-29", "2025-07-29") for s in st)


# ---------------------------------------------------------------- proposals told bare, threats


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov said Moscow had proposed short ceasefires of two days along the front.",
        "Lavrov said Russia had proposed creating three working groups.",
    ],
)
def test_a_bare_proposal_object_is_a_proposal(registry: ActorRegistry, text: str) -> None:
    (p,) = of_type(run(registry, text), "proposal_presented")
    assert sides(p) == {"RU"}


def test_a_backshifted_proposal_of_a_day_after_story_takes_yesterdays_scene(registry: ActorRegistry) -> None:
    text = (
        "Armenian and Azerbaijani negotiators met in Tbilisi on Monday.\n"
        "The talks lasted two hours.\nThe mood was calm.\nThe hosts served tea.\n"
        "Pashinyan said Armenia had proposed a new border commission."
    )
    (p,) = of_type(run(registry, text, dt.date(2025, 7, 29)), "proposal_presented")
    assert day(p) == ("2025-07-28", "2025-07-28")


def test_threatening_to_act_is_a_saying(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "Trump threatened to halt trade talks with both countries."), "statement_issued")
    assert [people(s) for s in st] == [{"donald-trump"}]


def test_malaysian_and_thai_officials_are_named_by_their_given_name(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "Anwar said the truce would hold. Maris said Bangkok agreed."), "statement_issued")
    assert {a for s in st for a in people(s)} == {"anwar-ibrahim", "maris-sangiampongsa"}


def test_opening_the_session_hosts_the_talks_told_and_urging_is_a_saying(registry: ActorRegistry) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Wednesday.\n"
        "Turkish Foreign Minister Hakan Fidan opened the session, urging both sides to seek a ceasefire."
    )
    events = run(registry, text, dt.date(2025, 7, 23))
    held = of_type(events, "meeting_held")
    assert len(held) == 1 and {"RU", "UA"} <= sides(held[0])
    assert all(p.role != "participant" for p in held[0].participants if p.side == "TR")
    st = of_type(events, "statement_issued")
    assert [people(s) for s in st] == [{"hakan-fidan"}]


def test_but_said_after_a_reported_clause_is_the_first_speakers(registry: ActorRegistry) -> None:
    text = "In Moscow, Kremlin aide Yuri Ushakov confirmed that Putin would receive Witkoff, but said Russia had seen only parts of the plan."
    st = of_type(run(registry, text), "statement_issued")
    assert st and all(people(s) == {"yuri-ushakov"} for s in st)


def test_and_with_a_subject_of_its_own_keeps_it(registry: ActorRegistry) -> None:
    st = of_type(run(registry, "Peskov said Putin was ready, and Lavrov stressed that talks would go on."), "statement_issued")
    assert {a for s in st for a in people(s)} == {"dmitry-peskov", "sergei-lavrov"}


# ---------------------------------------------------------------- announced meetings


def test_announcing_talks_with_someone_plans_them_with_the_announcer(registry: ActorRegistry) -> None:
    (m,) = of_type(run(registry, "Zelensky announced a meeting with Trump in Washington on Monday.", dt.date(2025, 8, 27)), "meeting_planned")
    assert people(m) == {"volodymyr-zelensky", "donald-trump"} and day(m) == ("2025-09-01", "2025-09-01")


def test_announcing_a_meeting_between_others_leaves_the_announcer_out(registry: ActorRegistry) -> None:
    (m,) = of_type(run(registry, "The Kremlin announced a meeting between Putin and Trump."), "meeting_planned")
    assert people(m) == {"vladimir-putin", "donald-trump"} and "RU" in sides(m)
    assert not [p for p in m.participants if p.kind == "side"]
