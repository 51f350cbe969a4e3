"""``tracker review`` and the review state on every output, through typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "articles" / "2025-12-21-rt-france-miami.txt"


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def ok(*args: str, input: str | None = None) -> str:
    result = run(*args, input=input)
    assert result.exit_code == 0, result.stderr + result.stdout
    return result.stdout


def three_events(*db: str) -> tuple[str, str, str]:
    """A meeting, a call and a visit, typed by hand (three timeline entries)."""
    a = ok(*db, "add", "meeting_held", "--start", "2025-12-20", "-p", "Steve Witkoff:US", "-p", "Kirill Dmitriev:RU",
           "--location", "Miami:US").strip()
    b = ok(*db, "add", "phone_call", "--start", "2025-12-18", "-p", "Donald Trump:US", "-p", "Vladimir Putin:RU").strip()
    c = ok(*db, "add", "visit", "--start", "2025-12-22", "-p", "Rustem Umerov:UA", "--location", "Berlin:DE").strip()
    return a, b, c


def statuses(*args: str) -> dict[str, str]:
    return {r["id"]: r["status"] for r in json.loads(ok("review", "list", "-f", "json", *args))["events"]}


# --------------------------------------------------------------------------- non-interactive commands


def test_accept_reject_list_and_stats(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_USER", "ana")
    a, b, c = three_events()
    result = run("review", "accept", a[:36])
    assert result.exit_code == 0 and result.stderr == f"Accepted {a}\n" and len(result.stdout.strip()) == 36
    assert run("review", "reject", b).exit_code == 2  # --reason is required
    assert run("review", "reject", b, "--reason", " ").stderr == "Error: a reason is required\n"
    ok("review", "reject", b, "--reason", "no such call")
    assert statuses() == {a: "accepted", b: "rejected", c: "unreviewed"}
    assert statuses("--status", "unreviewed") == {c: "unreviewed"}
    assert statuses("--status", "rejected") == {b: "rejected"}
    [row] = json.loads(ok("review", "list", "-f", "json", "--status", "accepted"))["events"]
    assert (row["by"], row["reason"], row["rules"]) == ("user:ana", None, ["manual"])
    assert row["at"].endswith("+00:00")
    again = run("review", "accept", a)
    assert again.stderr == f"{a}: already accepted, nothing recorded\n" and again.stdout == ""
    table = ok("review", "list", "-f", "table").splitlines()
    assert table[0].split()[:6] == ["ID", "TYPE", "MODALITY", "START", "CONFIDENCE", "STATUS"]
    stats = {(r["group"], r["name"]): r for r in json.loads(ok("review", "stats", "-f", "json"))}
    assert (stats[("rule", "manual")]["accepted"], stats[("rule", "manual")]["rejected"],
            stats[("rule", "manual")]["unreviewed"]) == (1, 1, 1)
    assert stats[("type", "phone_call")]["acceptance"] == 0.0
    assert "acceptance" in ok("review", "stats", "-f", "csv").splitlines()[0]


def test_unknown_or_retracted_ids_change_nothing() -> None:
    a, b, _ = three_events()
    ok("retract", b, "--reason", "duplicate")
    bad = run("review", "accept", a, "ffffffff")
    assert (bad.exit_code, bad.stderr) == (1, "Error: no event with id ffffffff\n")
    gone = run("review", "reject", a, b, "--reason", "x")
    assert (gone.exit_code, gone.stderr) == (1, f"Error: event {b} is retracted; it cannot be reviewed\n")
    assert set(statuses().values()) == {"unreviewed"}


def test_apply_file_all_or_nothing(tmp_path: Path) -> None:
    a, b, c = three_events()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": a, "verdict": "accepted"}) + "\n" + json.dumps({"id": b, "verdict": "rejected"}) + "\n")
    result = run("review", "apply", str(bad))
    assert (result.exit_code, result.stderr) == (1, f"Error: {bad} line 2: a reason is required\n")
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text(json.dumps({"id": a, "verdict": "accepted"}) + "\n" + json.dumps({"id": "abcdef", "verdict": "accepted"}) + "\n")
    assert run("review", "apply", str(unknown)).stderr == "Error: no event with id abcdef\n"
    assert set(statuses().values()) == {"unreviewed"}
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(json.dumps(d) for d in [
        {"id": a, "verdict": "accepted"}, {"id": b, "verdict": "rejected", "reason": "not a call"},
        {"id": c, "verdict": "accepted"}, {"id": c, "verdict": "unreviewed"}]) + "\n")
    result = run("review", "apply", str(good))
    assert result.exit_code == 0 and len(result.stdout.split()) == 4
    assert result.stderr.endswith("4 decisions recorded, 0 unchanged\n")
    assert statuses() == {a: "accepted", b: "rejected", c: "unreviewed"}
    assert run("review", "apply", str(good)).stderr.endswith("2 decisions recorded, 2 unchanged\n")  # c: accepted, then withdrawn again
    assert run("review", "apply", str(tmp_path / "none.jsonl")).stderr == f"Error: no such file: {tmp_path / 'none.jsonl'}\n"


# --------------------------------------------------------------------------- every output


def _ids_of(events: list[dict]) -> set[str]:
    return {e["id"] for e in events}


def test_status_filters_on_every_output() -> None:
    a, b, c = three_events()
    ok("review", "accept", a)
    ok("review", "reject", b, "--reason", "not a call")
    wanted = {None: {a, c}, "accepted": {a}, "unreviewed": {c}, "rejected": {b}, "all": {a, b, c}}
    for status, ids in wanted.items():
        flag = ["--status", status] if status else []
        assert _ids_of(json.loads(ok("list", "-f", "json", *flag))) == ids, status
        assert _ids_of(json.loads(ok("timeline", "-f", "json", *flag))["events"]) == ids, status
        exported = json.loads(ok("export", "-f", "json", *flag))["events"]
        assert _ids_of(exported) == ids, status
        rows = list(csv.DictReader(io.StringIO(ok("export", "-f", "csv", *flag))))
        assert {r["id"] for r in rows} == ids, status
        html = ok("export", "-f", "html", *flag)
        assert {i for i in (a, b, c) if f'data-id="{i}"' in html} == ids, status
        md = ok("export", "-f", "md", *flag)
        assert ("Miami" in md, "Berlin" in md) == (a in ids, c in ids), status
    # the JSON contract: review and codes on every event
    events = {e["id"]: e for e in json.loads(ok("export", "-f", "json", "--status", "all"))["events"]}
    assert events[a]["review"]["status"] == "accepted" and events[a]["review"]["by"].startswith("user:")
    assert events[b]["review"] | {"at": None, "by": None} == {"status": "rejected", "by": None, "at": None,
                                                              "reason": "not a call"}
    assert events[c]["review"] == {"status": "unreviewed", "by": None, "at": None, "reason": None}
    assert events[a]["codes"] == {"cameo": "040", "plover": "CONSULT", "plover_mode": None}
    assert events[b]["codes"]["cameo"] == "041" and events[c]["codes"]["plover_mode"] == "visit"
    row = next(r for r in csv.DictReader(io.StringIO(ok("export", "-f", "csv", "--status", "all"))) if r["id"] == b)
    assert (row["review_status"], row["review_reason"], row["cameo"], row["plover"]) == ("rejected", "not a call", "041", "CONSULT")
    # list and show carry it; show refuses a rejected event unless asked
    listed = {e["id"]: e for e in json.loads(ok("list", "-f", "json", "--status", "all"))}
    assert listed[b]["review"]["reason"] == "not a call" and listed[a]["codes"]["cameo"] == "040"
    assert "review" in ok("list", "-f", "csv").splitlines()[0].split(",")
    assert json.loads(ok("show", a, "-f", "json"))["review"]["status"] == "accepted"
    hidden = run("show", b)
    assert (hidden.exit_code, hidden.stderr) == (1, f"Error: event {b} is rejected; pass --status all to show it\n")
    shown = ok("show", b, "--status", "all", "-f", "table")
    assert "rejected" in shown and "not a call" in shown and "CAMEO 041, PLOVER CONSULT" in shown
    # the HTML page marks unreviewed events and can hide them; ICS and TimelineJS drop rejected ones
    html = ok("export", "-f", "html", "--status", "all")
    assert 'id="hide-unreviewed"' in html and "body:has(#hide-unreviewed:checked) .review-unreviewed" in html
    assert html.count("review-unreviewed") == 1 + 2 and "not reviewed</span>" in html  # CSS rules + the entry
    ics = ok("export", "-f", "ics", "--status", "all")
    assert f"UID:{a}@tracker" in ics and f"UID:{b}@tracker" not in ics and f"UID:{c}@tracker" in ics
    tjs = json.loads(ok("export", "-f", "timelinejs", "--status", "all"))
    assert {s["unique_id"] for s in tjs["events"]} == {a, c}
    table = ok("timeline", "-f", "table", "--status", "all")
    assert "REVIEW" in table.splitlines()[0] and "rejected" in table


def test_decisions_survive_rebuild_and_as_of_shows_then() -> None:
    a, b, _ = three_events()
    ok("review", "accept", a)
    ok("review", "reject", a, "--reason", "wrong day")
    ok("projections", "rebuild")
    assert statuses("--status", "all")[a] == "rejected"
    # positions: the seeded track definition (1), 3 events, the acceptance (5), the rejection (6)
    then = {e["id"]: e["review"]["status"] for e in json.loads(ok("timeline", "-f", "json", "--as-of", "5"))["events"]}
    assert then[a] == "accepted"
    before = {e["id"] for e in json.loads(ok("export", "-f", "json", "--as-of", "6"))["events"]}
    assert a not in before and b in before
    assert statuses("--as-of", "4")[a] == "unreviewed" and statuses("--as-of", "5")[a] == "accepted"
    assert set(statuses("--as-of", "3")) == {a, b}  # the third event was not logged yet
    md = ok("export", "-f", "md", "--status", "all")
    assert "· _rejected_" in md and "· _not reviewed_" in md
    assert "Review: not reviewed" in ok("export", "-f", "ics") and "Review: not reviewed" in ok("export", "-f", "timelinejs")


def test_bad_status_is_a_usage_error() -> None:
    result = run("list", "--status", "maybe")
    assert result.exit_code == 2 and "maybe" in result.stderr


def test_review_commands_on_postgres(pg_url: str) -> None:
    a, b, c = three_events("--db", pg_url)
    ok("--db", pg_url, "review", "accept", a, c)
    ok("--db", pg_url, "review", "reject", b, "--reason", "no")
    ok("--db", pg_url, "projections", "rebuild")
    got = {r["id"]: r["status"] for r in json.loads(ok("--db", pg_url, "review", "list", "-f", "json"))["events"]}
    assert got == {a: "accepted", b: "rejected", c: "accepted"}
    assert _ids_of(json.loads(ok("--db", pg_url, "export", "-f", "json"))["events"]) == {a, c}


# --------------------------------------------------------------------------- the interactive queue


@pytest.fixture
def seeded() -> list[dict]:
    assert run("ingest", str(SEED)).exit_code == 0
    return json.loads(ok("review", "list", "-f", "json"))["events"]


def keys(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


def test_queue_accept_reject_skip_undo(seeded: list[dict]) -> None:
    first, second, third = (e["id"] for e in seeded[:3])
    out = ok("review", "--no-color", input=keys("a", "r", "", "r", "not in the article", "s", "u", "q"))
    assert f"Event 1 of {len(seeded)} · {len(seeded)} left to review" in out
    assert "Not rejected: a rejection needs a reason." in out
    assert out.rstrip().endswith("1 accepted, 0 rejected, 0 edited, 0 merged, 1 skipped, 1 undone")
    got = statuses("--status", "all")
    assert (got[first], got[second], got[third]) == ("accepted", "unreviewed", "unreviewed")
    # the undo is a new entry: the rejection and its withdrawal are both in the log
    log = [e for e in json.loads(ok("show", second, "-f", "json"))["corrections"] if e["event_type"] == "event_reviewed"]
    assert [e["payload"]["verdict"] for e in log] == ["rejected", "unreviewed"]


def test_queue_card_shows_what_is_needed(seeded: list[dict]) -> None:
    out = ok("review", "--no-color", input=keys("q"))
    first = seeded[0]
    assert first["confidence"] == min(e["confidence"] for e in seeded)  # lowest confidence first
    for needle in (first["id"], f"confidence  {first['confidence']:.2f}", "precision;", "RT France", "2025-12-21",
                   "Same article (", "[a]ccept  [r]eject  [e]dit", "[q]uit"):
        assert needle in out, needle
    assert "<Kirill Dmitriev>" in out and "[" in out  # mentions and trigger marked without colour
    assert "\x1b[" not in out
    coloured = runner.invoke(app, ["review", "--color"], input=keys("q"), color=True).stdout
    assert "\x1b[33m\x1b[1m" in coloured and "\x1b[36m\x1b[1mKirill Dmitriev" in coloured


def test_queue_edit_goes_through_amend(seeded: list[dict]) -> None:
    target = seeded[0]["id"]
    out = ok("review", "--no-color", input=keys("e", "m", "planned", "", "e", "x", "a", "q"))
    assert "Amended …" in out and ": modality." in out and "Edit cancelled." in out
    event = json.loads(ok("show", target, "-f", "json"))
    assert event["modality"] == "planned" and event["review"]["status"] == "accepted"
    assert [c["event_type"] for c in event["corrections"]] == ["event_amended", "event_reviewed"]
    assert event["corrections"][0]["payload"]["reason"] == "corrected in review"


def test_queue_merge_with_likely_duplicate() -> None:
    a = ok("add", "meeting_held", "--start", "2025-12-20", "-p", "Steve Witkoff:US", "-p", "Kirill Dmitriev:RU").strip()
    b = ok("add", "meeting_held", "--start", "2025-12-20", "--end", "2025-12-21", "-p", "Steve Witkoff:US",
           "-p", "Kirill Dmitriev:RU", "--location", "Miami:US").strip()
    entries = json.loads(ok("timeline", "-f", "json"))["events"]
    if len(entries) == 1:  # automatic de-duplication already merged them: split so the queue can offer it
        ok("split", b)
    out = ok("review", "--no-color", input=keys("m", "a", "q"))
    assert "Likely duplicate:" in out and "[m]erge with duplicate" in out and "Merged …" in out
    assert len(json.loads(ok("timeline", "-f", "json"))["events"]) == 1
    assert statuses("--status", "all")[a] == "accepted" and b in statuses("--status", "all")


def test_queue_filters_narrow_it(seeded: list[dict]) -> None:
    article = seeded[0]["article_id"]
    below = [e for e in seeded if e["confidence"] < 0.8]
    assert 0 < len(below) < len(seeded)
    out = ok("review", "--no-color", "--below", "0.8", input=keys("q"))
    assert f"Event 1 of {len(below)} · {len(below)} left" in out
    statements = [e for e in seeded if e["type"] == "statement_issued"]
    assert f"of {len(statements)} ·" in ok("review", "--no-color", "--type", "statement_issued", input=keys("q"))
    assert f"of {len(seeded)} ·" in ok("review", "--no-color", "--article", article[:10], input=keys("q"))
    assert ok("review", "--article", "00000000", input=keys("q")).startswith("Nothing to review.")
    assert ok("review", "--since", "2026-01-01", input=keys("q")).startswith("Nothing to review.")
    on_track = ok("review", "--no-color", "--track", "US-RU", input=keys("q"))
    assert "Event 1 of" in on_track
    bad = run("review", "--since", "someday")
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: invalid date 'someday'")


def test_queue_ends_when_everything_is_reviewed(seeded: list[dict]) -> None:
    out = ok("review", "--no-color", input=keys(*["a"] * len(seeded)))
    assert "Queue done: nothing left to review." in out
    assert set(statuses().values()) == {"accepted"}
    assert ok("review", input="").startswith("Nothing to review.")
