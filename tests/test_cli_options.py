"""The syntax of hand-typed values, parsed at the edge (tracker/cli/options.py)."""

from __future__ import annotations

import pytest

from tracker.cli.options import parse_location, parse_participant, parse_participants, review_edit_options
from tracker.errors import ValidationError
from tracker.events import Location, Participant


def test_participants_take_a_side_after_the_last_colon() -> None:
    assert parse_participant("Ada Stone:us") == Participant("Ada Stone", "US", resolved=False)
    assert parse_participant(" Boris Lenko ") == Participant("Boris Lenko", None, resolved=False)
    assert parse_participant("Envoy:nato").side == "NATO"
    assert parse_participant("Note: the envoy") == Participant("Note: the envoy", None, resolved=False)  # no side code
    assert parse_participants(None) is None and parse_participants(["A:UA"]) == [Participant("A", "UA", resolved=False)]
    with pytest.raises(ValidationError, match="participant name must not be empty"):
        parse_participant(":US")


def test_locations_take_a_country_code() -> None:
    assert parse_location("Rivertown:fr") == Location("Rivertown", "FR")
    assert parse_location("Rivertown") == Location("Rivertown", None)
    assert parse_location(None) is None
    with pytest.raises(ValidationError, match="location name must not be empty"):
        parse_location(" :DE")


def test_review_edits_become_amend_options() -> None:
    assert review_edit_options("date", "2025-03-01/2025-03-02") == {"start": "2025-03-01", "end": "2025-03-02"}
    assert review_edit_options("date", "2025-03") == {"start": "2025-03", "end": None}
    assert review_edit_options("participants", "A:US; B") == {
        "participants": [Participant("A", "US", resolved=False), Participant("B", None, resolved=False)]}
    assert review_edit_options("location", "Lakeside:CH") == {"location": Location("Lakeside", "CH")}
    assert review_edit_options("type", "visit") == {"event_type": "visit"}
    with pytest.raises(ValidationError, match="at least one participant is required"):
        review_edit_options("participants", " ; ")
