"""The de-duplication rule and clustering (pure)."""

from __future__ import annotations

from tracker.projections.timeline.dedup import Occurrence, Override, best_date, cluster, dates_overlap, same_occurrence
from tracker.events import DateInterval, EventDraft, Location, Participant

WITKOFF = Participant("Steve Witkoff", "US", "participant", "witkoff")
DMITRIEV = Participant("Kirill Dmitriev", "RU", "participant", "dmitriev")
UMEROV = Participant("Rustem Umerov", "UA", "participant", "umerov")
USHAKOV = Participant("Yuri Ushakov", "RU", "speaker", "ushakov")
PESKOV = Participant("Dmitry Peskov", "RU", "speaker", "peskov")


def occ(eid, pos, art, *, type_="meeting_held", date=("2025-12-20", "2025-12-21"), precision="day",
        resolution="explicit", parts=(WITKOFF, DMITRIEV), modality="occurred", location=None):
    return Occurrence(
        event_id=eid,
        position=pos,
        article_id=art,
        draft=EventDraft(
            type=type_,
            date=DateInterval(date[0], date[1], precision, None, resolution),
            participants=tuple(parts),
            modality=modality,
            location=location,
        ),
    )


def test_same_meeting_in_two_articles():
    assert same_occurrence(occ("a", 1, "A1"), occ("b", 2, "A2", date=("2025-12-21", "2025-12-21")))


def test_never_two_from_the_same_article():
    assert not same_occurrence(occ("a", 1, "A1"), occ("b", 2, "A1"))


def test_type_date_modality_must_agree():
    a = occ("a", 1, "A1")
    assert not same_occurrence(a, occ("b", 2, "A2", type_="phone_call"))
    assert not same_occurrence(a, occ("b", 2, "A2", date=("2025-12-25", "2025-12-25")))
    assert not same_occurrence(a, occ("b", 2, "A2", type_="meeting_held", modality="planned"))
    p1 = occ("p", 1, "A1", type_="meeting_planned", modality="planned")
    assert same_occurrence(p1, occ("q", 2, "A2", type_="meeting_planned", modality="possible"))
    assert not same_occurrence(p1, occ("q", 2, "A2", type_="meeting_planned", modality="denied"))


def test_month_precision_matches_a_day_inside():
    month = occ("a", 1, "A1", date=("2025-08", "2025-08"), precision="month")
    assert same_occurrence(month, occ("b", 2, "A2", date=("2025-08-15", "2025-08-15")))
    assert not same_occurrence(month, occ("b", 2, "A2", date=("2025-09-01", "2025-09-01")))


def test_different_side_sets_do_not_merge_even_with_a_shared_envoy():
    us_ru = occ("a", 1, "A1")
    us_ua = occ("b", 2, "A2", parts=(WITKOFF, UMEROV))
    assert not same_occurrence(us_ru, us_ua)


def test_side_subset_merges_under_reported_meeting():
    full = occ("a", 1, "A1")
    partial = occ("b", 2, "A2", parts=(Participant("la Russie", "RU", kind="side"), Participant("Washington", "US", kind="side")))
    assert same_occurrence(full, partial)


def test_locations_must_be_compatible():
    miami = occ("a", 1, "A1", location=Location("Miami", "US"))
    assert same_occurrence(miami, occ("b", 2, "A2", location=Location("Floride", "US")))
    assert same_occurrence(miami, occ("b", 2, "A2"))
    assert not same_occurrence(miami, occ("b", 2, "A2", location=Location("Moscou", "RU")))


def test_statements_need_the_same_speaker():
    s1 = occ("a", 1, "A1", type_="statement_issued", parts=(USHAKOV,))
    assert same_occurrence(s1, occ("b", 2, "A2", type_="statement_issued", parts=(USHAKOV,)))
    assert not same_occurrence(s1, occ("b", 2, "A2", type_="statement_issued", parts=(PESKOV,)))


def test_publication_fallback_is_weak():
    weak = occ("b", 2, "A2", date=("2025-12-23", "2025-12-23"), resolution="publication_fallback")
    assert dates_overlap(occ("a", 1, "A1").draft.date, weak.draft.date)
    assert same_occurrence(occ("a", 1, "A1"), weak)  # shared named people
    sides_only = occ("c", 3, "A3", date=("2025-12-23", "2025-12-23"), resolution="publication_fallback",
                     parts=(Participant("Moscou", "RU", kind="side"), Participant("Washington", "US", kind="side")))
    assert not same_occurrence(occ("a", 1, "A1"), sides_only)
    far = occ("d", 4, "A4", date=("2026-01-20", "2026-01-20"), resolution="publication_fallback")
    assert not same_occurrence(occ("a", 1, "A1"), far)


def test_unknown_dates_never_match():
    unknown = Occurrence("u", 2, "A2", EventDraft(type="meeting_held", date=DateInterval.unknown(), participants=(WITKOFF, DMITRIEV)))
    assert not same_occurrence(occ("a", 1, "A1"), unknown)


def test_cluster_keeps_same_article_events_apart():
    a1 = occ("a1", 1, "A1")
    a2 = occ("a2", 2, "A1", date=("2025-12-21", "2025-12-21"))
    b = occ("b", 3, "A2", date=("2025-12-21", "2025-12-21"))
    assert cluster([b, a2, a1]) == [["a1", "b"], ["a2"]]


def test_manual_merge_and_split_override():
    a, b, c = occ("a", 1, "A1"), occ("b", 2, "A2"), occ("c", 3, "A3", type_="phone_call")
    assert cluster([a, b, c]) == [["a", "b"], ["c"]]
    merged = [Override(4, "merge", ("a", "c"))]
    assert cluster([a, b, c], merged) == [["a", "b", "c"]]
    split = merged + [Override(5, "split", ("b",))]
    assert cluster([a, b, c], split) == [["a", "c"], ["b"]]
    # a split before a merge: the later merge wins for that event
    later = [Override(4, "split", ("a",)), Override(5, "merge", ("a", "c"))]
    assert cluster([a, b, c], later) == [["a", "c"], ["b"]]
    # split then nothing: stays alone
    assert cluster([a, b, c], [Override(4, "split", ("a",))]) == [["a"], ["b"], ["c"]]


def test_best_date_prefers_real_and_precise():
    month = DateInterval("2025-08", "2025-08", "month")
    day = DateInterval("2025-08-15", "2025-08-15", "day")
    weak = DateInterval("2025-12-21", "2025-12-21", "day", None, "publication_fallback")
    assert best_date([month, day]) == day
    assert best_date([weak, month]) == month
    assert best_date([weak]) == weak


def test_two_weak_dates_need_reports_of_the_same_days():
    a = occ("a", 1, "A1", type_="statement_issued", parts=(USHAKOV,), date=("2025-12-01", "2025-12-01"),
            resolution="publication_fallback")
    b = occ("b", 2, "A2", type_="statement_issued", parts=(USHAKOV,), date=("2025-12-02", "2025-12-02"),
            resolution="publication_fallback")
    c = occ("c", 3, "A3", type_="statement_issued", parts=(USHAKOV,), date=("2025-12-05", "2025-12-05"),
            resolution="publication_fallback")
    assert same_occurrence(a, b)
    assert not same_occurrence(a, c)


def test_complete_linkage_stops_chains():
    # b matches a and c, but a and c are different meetings (days apart): no single entry
    a = occ("a", 1, "A1", date=("2025-12-01", "2025-12-01"))
    b = occ("b", 2, "A2", date=("2025-12", "2025-12"), precision="month")
    c = occ("c", 3, "A3", date=("2025-12-20", "2025-12-20"))
    assert same_occurrence(a, b) and same_occurrence(b, c) and not same_occurrence(a, c)
    assert cluster([a, b, c]) == [["a", "b"], ["c"]]


# ------------------------------------------------------------ parties, hosts and reported dates

OMAN_HOST = Participant("Oman", "OM", "host", "side:OM", kind="side")
TURKEY_MEDIATOR = Participant("Hakan Fidan", "TR", "mediator", "fidan")
RU_SIDE = Participant("Russie", "RU", kind="side")
UA_SIDE = Participant("Ukraine", "UA", kind="side")
US_SIDE = Participant("United States", "US", kind="side")
GENEVA = Location("Geneva", "CH")


def test_a_host_or_mediator_named_by_one_report_only_does_not_split_a_meeting():
    plain = occ("a", 1, "A1", parts=(WITKOFF, DMITRIEV))
    hosted = occ("b", 2, "A2", parts=(WITKOFF, DMITRIEV, OMAN_HOST))
    mediated = occ("c", 3, "A3", parts=(RU_SIDE, US_SIDE, TURKEY_MEDIATOR))
    assert same_occurrence(plain, hosted)
    assert same_occurrence(plain, mediated)


def test_a_shared_mediator_alone_does_not_make_one_meeting():
    # two bilateral meetings the same mediator attended: no party in common
    a = occ("a", 1, "A1", parts=(TURKEY_MEDIATOR, Participant("Armenia", "AM", kind="side")), date=("2025-12-20", "2025-12-20"),
            resolution="publication_fallback")
    b = occ("b", 2, "A2", parts=(TURKEY_MEDIATOR, Participant("Georgia", "GE", kind="side")))
    assert not same_occurrence(a, b)


def test_different_subsets_of_one_three_party_meeting_merge():
    trilateral = occ("a", 1, "A1", parts=(RU_SIDE, UA_SIDE, US_SIDE))
    ru_ua_eu = occ("b", 2, "A2", parts=(RU_SIDE, UA_SIDE, Participant("EU", "EU", kind="side")))
    assert same_occurrence(trilateral, ru_ua_eu)
    # one side in common is not enough (US-Russia and US-Ukraine talks the same day)
    assert not same_occurrence(occ("c", 3, "A3", parts=(US_SIDE, RU_SIDE)), occ("d", 4, "A4", parts=(US_SIDE, UA_SIDE)))


def test_a_reported_date_meets_an_exact_one_through_parties_and_place():
    exact = occ("a", 1, "A1", parts=(RU_SIDE, UA_SIDE), location=GENEVA)
    reported = occ("b", 2, "A2", date=("2025-12-23", "2025-12-23"), resolution="publication_fallback",
                   parts=(RU_SIDE, UA_SIDE), location=GENEVA)
    assert same_occurrence(exact, reported)
    # without a place on both sides, sides alone stay too weak for a reported date
    assert not same_occurrence(occ("c", 3, "A3", parts=(RU_SIDE, UA_SIDE)), occ("d", 4, "A4", date=("2025-12-23", "2025-12-23"),
                                                                                 resolution="publication_fallback", parts=(RU_SIDE, UA_SIDE)))
    # nor for statements
    st = occ("e", 5, "A5", type_="statement_issued", parts=(Participant("Russie", "RU", "speaker", kind="side"),), location=GENEVA)
    st_weak = occ("f", 6, "A6", type_="statement_issued", parts=(Participant("Russie", "RU", "speaker", kind="side"),), location=GENEVA,
                  date=("2025-12-23", "2025-12-23"), resolution="publication_fallback")
    assert not same_occurrence(st, st_weak)
