"""One JSON shape for the timeline: ``tracker timeline -f json`` and ``tracker export -f json``
print the same event objects (the export contract, built by ``tracker.export.contract_event``),
with and without review decisions, as-of views and track filters."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from tracker.cli import app
from tracker.resources import seeds_dir

SEED = seeds_dir() / "articles" / "2025-12-21-rt-france-miami.txt"


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def both(*options: str) -> tuple[dict[str, Any], dict[str, Any]]:
    timeline = json.loads(run("timeline", "--format", "json", *options).stdout)
    exported = json.loads(run("export", "--format", "json", *options).stdout)
    return timeline, exported


def test_timeline_and_export_print_the_same_events() -> None:
    run("ingest", str(SEED))
    timeline, exported = both()
    assert timeline["events"], "the seed article gives events"
    assert timeline == exported
    first = timeline["events"][0]
    assert {"id", "type", "modality", "start", "end", "precision", "participants", "location", "tracks",
            "summary", "sources", "codes"} <= set(first)

    # a review decision adds the review state to both, the same way
    run("review", "accept", first["id"])
    run("review", "reject", timeline["events"][-1]["id"], "--reason", "not a negotiation step")
    for options in ((), ("--status", "all"), ("--status", "rejected")):
        timeline, exported = both(*options)
        assert timeline == exported, options
    accepted = both("--status", "accepted")[0]["events"]
    assert [e["id"] for e in accepted] == [first["id"]] and accepted[0]["review"]["status"] == "accepted"

    track = first["tracks"][0]
    timeline = json.loads(run("timeline", track, "--as-of", "2100-01-01", "--format", "json").stdout)
    exported = json.loads(run("export", "--format", "json", "--track", track, "--as-of", "2100-01-01").stdout)
    assert timeline == exported and timeline["events"] and all(track in e["tracks"] for e in timeline["events"])
