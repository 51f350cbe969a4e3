"""Pieces of the review queue, tested directly: highlighting, the date line, the likely
duplicate, the interop codes."""

from __future__ import annotations

from tracker.events import MODALITIES, OCCURRENCE_TYPES, DateInterval, EventDraft, Location, Participant
from tracker.interop_codes import code_table, codes_for
from tracker.app.review.card import date_text, highlight, mention_words
from tracker.app.review.duplicates import likely_duplicate


def meeting(start: str, *people: tuple[str, str], place: str | None = None, modality: str = "occurred",
            end: str | None = None) -> EventDraft:
    return EventDraft(type="meeting_held", date=DateInterval.from_user(start, end), modality=modality,
                      participants=tuple(Participant(n, s) for n, s in people),
                      location=Location(place) if place else None)


def test_highlight_marks_trigger_and_mentions() -> None:
    sentence = "On Saturday Witkoff met Dmitriev in Miami."
    plain = highlight(sentence, "met", ["Steve Witkoff", "Witkoff", "Dmitriev", "Miami"], color=False)
    assert plain == "On Saturday <Witkoff> [met] <Dmitriev> in <Miami>."
    coloured = highlight(sentence, "met", ["Witkoff"], color=True)
    assert "\x1b[33m\x1b[1mmet\x1b[0m" in coloured and "\x1b[36m\x1b[1mWitkoff\x1b[0m" in coloured
    assert highlight(sentence, None, [], color=False) == sentence
    assert highlight("Talks resumed in US.", None, ["US"], False) == "Talks resumed in <US>."  # whole words only
    # overlapping mentions: the longest wins, nothing is marked twice
    assert highlight("Steve Witkoff spoke.", None, ["Witkoff", "Steve Witkoff"], False) == "<Steve Witkoff> spoke."


def test_mention_words_and_date_text() -> None:
    draft = meeting("2025-12-20", ("Steve Witkoff", "US"), place="Miami")
    assert mention_words(draft) == ["Steve Witkoff", "Witkoff", "Miami"]
    from tracker.extract.mentions.registry import ActorRegistry

    registry = ActorRegistry.load()
    putin = registry.lookup("Vladimir Putin")
    moscow = EventDraft(type="visit", date=DateInterval.from_user("2025-12-02"), location=Location("Moscow", "RU"),
                        participants=(Participant(putin.name, "RU", actor_id=putin.id),))
    words = mention_words(moscow, registry)
    assert "Poutine" in words and "Moscou" in words
    assert date_text(DateInterval("2025-12", "2025-12", "month", "en décembre", "relative_to_publication")) == \
        'Dec 2025 (month precision; relative to publication: "en décembre")'


def test_likely_duplicate_outside_its_own_entry() -> None:
    w, d, u = ("Steve Witkoff", "US"), ("Kirill Dmitriev", "RU"), ("Rustem Umerov", "UA")
    target = meeting("2025-12-20", w, d, place="Miami")
    candidates = [
        ("same-entry", meeting("2025-12-20", w, d, place="Miami")),
        ("other-day", meeting("2025-12-24", w, d, place="Miami")),
        ("planned", meeting("2025-12-20", w, d, modality="planned")),
        ("other-sides", meeting("2025-12-20", w, u)),
        ("one-person", meeting("2025-12-19", w, end="2025-12-21")),
        ("both-people", meeting("2025-12-20", w, d, end="2025-12-21")),
    ]
    entry_of = {"t": "t", "same-entry": "t"}
    assert likely_duplicate("t", target, candidates, entry_of) == "both-people"
    assert likely_duplicate("t", target, candidates[:4], entry_of) is None


def test_every_type_and_modality_has_codes() -> None:
    table = code_table()
    assert len(table) == len(OCCURRENCE_TYPES) * len(MODALITIES)
    assert all(r["cameo"] is not None for r in table if r["modality"] == "occurred")
    assert codes_for("meeting_planned", "denied") == {"cameo": "125", "plover": "REJECT", "plover_mode": None}
    assert codes_for("meeting_held", "planned")["cameo"] == "036"
    assert codes_for("statement_issued", "occurred") == {"cameo": "010", "plover": None, "plover_mode": None}
    assert codes_for("nonsense", "occurred") == {"cameo": None, "plover": None, "plover_mode": None}
