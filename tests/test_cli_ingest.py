"""`tracker ingest` and `tracker actors` through the command line: output, messages, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.extract.lang import supported_languages

#: the supported languages as error messages list them (grows with every registered language)
_SUPPORTED = ", ".join(sorted(supported_languages()))


FIXTURES = Path(__file__).parent / "fixtures"
#: The registered languages as messages list them.
SUPPORTED = ", ".join(sorted(supported_languages()))

MEETING_FR = (
    "L'envoyé spécial américain Steve Witkoff a rencontré mardi à Moscou le président russe "
    "Vladimir Poutine pendant près de cinq heures, a indiqué le Kremlin."
)
MEETING_EN = (
    "US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Tuesday for almost "
    "five hours, the Kremlin said."
)


def run(*args: str, input: bytes | str | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=input)


def plain(text: str) -> str:
    """stderr without rich's box drawing and line wrapping, for exact message checks."""
    return re.sub(r"\s+", " ", re.sub(r"[│╭╮╰╯─]", " ", text)).strip()


def article(tmp_path: Path, name: str, body: str, published: str | None = "2025-12-03", lang: str | None = None) -> Path:
    lines = ["---"]
    if published:
        lines.append(f"published: {published}")
    if lang:
        lines.append(f"lang: {lang}")
    lines.append("---")
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n" + body + "\n", encoding="utf-8")
    return path


def events_json(result: Any) -> list[dict[str, Any]]:
    return json.loads(result.stdout)


# --------------------------------------------------------------------------- ingest


def test_ingest_records_and_prints_json_when_piped(tmp_path: Path, _isolated_db: Path) -> None:
    path = article(tmp_path, "a.txt", MEETING_FR)
    result = run("ingest", str(path))
    assert result.exit_code == 0, result.output
    rows = events_json(result)
    assert rows, "the meeting must be found"
    meeting = next(r for r in rows if r["type"] in ("meeting_held", "visit"))
    assert meeting["date"] == "2025-12-02"
    assert any("Witkoff" in p for p in meeting["participants"])
    assert all(r["article"] == rows[0]["article"] and len(r["article"]) == 64 for r in rows)
    assert all(r["event_id"] and r["position"] for r in rows)
    assert result.stderr.strip().splitlines()[-1] == (
        f"Recorded 1 article, {len(rows)} event{'s' * (len(rows) != 1)}; 0 duplicates skipped; 0 failed"
    )
    assert _isolated_db.exists()


def test_ingest_table_format(tmp_path: Path) -> None:
    result = run("ingest", "--format", "table", str(article(tmp_path, "a.txt", MEETING_EN)))
    assert result.exit_code == 0, result.output
    header, *lines = result.stdout.splitlines()
    assert header.split() == ["TYPE", "DATE", "MODALITY", "PARTICIPANTS", "LOCATION", "SUMMARY", "ARTICLE"]
    assert lines and all(re.search(r"\b[0-9a-f]{12}$", line) for line in lines)


def test_second_ingest_says_already_ingested(tmp_path: Path) -> None:
    path = article(tmp_path, "a.txt", MEETING_EN)
    first = run("ingest", str(path))
    assert first.exit_code == 0
    article_id = events_json(first)[0]["article"]
    again = run("ingest", str(path))
    assert again.exit_code == 0
    assert events_json(again) == []
    assert again.stderr.splitlines() == [
        f"{path}: already ingested (article {article_id[:12]}); nothing appended",
        "Recorded 0 articles, 0 events; 1 duplicate skipped; 0 failed",
    ]
    dry = run("ingest", "--dry-run", str(path))
    assert dry.stderr.splitlines()[0] == f"{path}: already ingested (article {article_id[:12]}); nothing appended"


def test_dry_run_writes_nothing_not_even_the_file(tmp_path: Path, _isolated_db: Path) -> None:
    path = article(tmp_path, "a.txt", MEETING_EN)
    result = run("ingest", "--dry-run", str(path))
    assert result.exit_code == 0, result.output
    rows = events_json(result)
    assert rows and all(r["event_id"] is None for r in rows)
    assert result.stderr.splitlines()[-1].startswith("Dry run: would record 1 article, ")
    assert result.stderr.splitlines()[-1].endswith("; 0 duplicates skipped; 0 failed (nothing written)")
    assert not _isolated_db.exists()
    # and the real ingest afterwards records the same events
    real = run("ingest", str(path))
    assert [r["type"] for r in events_json(real)] == [r["type"] for r in rows]


def test_failing_file_among_good_ones_exit_1(tmp_path: Path) -> None:
    good = article(tmp_path, "good.txt", MEETING_EN)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    german = FIXTURES / "pt_article.txt"
    unclosed = tmp_path / "unclosed.md"
    unclosed.write_text("---\ntitle: x\n" + MEETING_EN, encoding="utf-8")
    badline = tmp_path / "badline.md"
    badline.write_text("---\ntitle x\n---\n" + MEETING_EN, encoding="utf-8")
    baddate = tmp_path / "baddate.md"
    baddate.write_text("---\npublished: 2025-02-30\n---\n" + MEETING_EN, encoding="utf-8")
    result = run("ingest", str(empty), str(binary), str(good), str(german), str(unclosed), str(badline), str(baddate), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        f"Error: {empty}: empty file",
        f"Error: {binary}: binary file (contains NUL bytes); expected text, HTML or JSON Lines",
        f"Error: {german}: language detected as Portuguese (pt), which is not supported (supported: {_SUPPORTED}); pass --lang to override",
        f"Error: {unclosed}: front matter opened with '---' on line 1 is never closed by a '---' line",
        f"Error: {badline}: front matter line 2: expected 'key: value', got 'title x'",
        f"Error: {baddate}: front matter line 2: invalid published date '2025-02-30': expected YYYY-MM-DD",
        f"Error: {tmp_path / 'nope.txt'}: no such file or directory",
    ]
    assert result.stderr.splitlines()[-1].startswith("Recorded 1 article, ")
    assert result.stderr.splitlines()[-1].endswith("; 0 duplicates skipped; 7 failed")
    assert events_json(result)  # the good file still went in
    assert run("ingest", str(good)).stderr.startswith(f"{good}: already ingested")


def test_unknown_encoding_and_large_file(tmp_path: Path) -> None:
    import random

    rng = random.Random(1)
    odd = tmp_path / "odd.txt"
    odd.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(200)))
    big = tmp_path / "big.jsonl"
    with big.open("wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    result = run("ingest", str(odd), str(big))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:2] == [
        f"Error: {odd}: unknown text encoding: not UTF-8 (bad byte at offset 0) and not a recognised legacy "
        "encoding (cp1252, iso8859_15, cp1251, koi8_r); convert the file to UTF-8",
        f"Error: {big}: file is 60.0 MB, over the 50 MB limit; split it",
    ]


def test_missing_date_warns(tmp_path: Path) -> None:
    path = article(tmp_path, "a.txt", MEETING_EN, published=None)
    result = run("ingest", str(path))
    assert result.exit_code == 0
    assert (
        f"Warning: {path}: no publication date: dates in the text will not be resolved against it "
        "(give --published or a 'published' field)"
    ) in result.stderr.splitlines()
    rows = events_json(result)
    assert rows
    # "on Tuesday" cannot be placed without a publication date: nothing is guessed
    assert {(r["date"], r["start"], r["precision"]) for r in rows} == {("unknown", None, "unknown")}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "2025-13-01"], "Invalid value for '--published': invalid published date '2025-13-01': expected YYYY-MM-DD"),
        (["--published", "yesterday"], "Invalid value for '--published': invalid published date 'yesterday': expected YYYY-MM-DD"),
        (["--lang", "pt"], f"Invalid value for '--lang': language 'pt' is not supported (supported: {_SUPPORTED})"),
    ],
)
def test_bad_option_values_are_usage_errors(tmp_path: Path, _isolated_db: Path, args: list[str], message: str) -> None:
    path = article(tmp_path, "a.txt", MEETING_EN)
    result = run("ingest", *args, str(path))
    assert result.exit_code == 2
    assert message in plain(result.stderr)
    assert not _isolated_db.exists()


def test_options_override_the_file(tmp_path: Path) -> None:
    path = article(tmp_path, "a.txt", MEETING_EN, published="2025-01-01", lang="fr")
    result = run(
        "ingest", "--published", "2025-12-03", "--lang", "en", "--url", "https://x.example/a", "--title", "T",
        "--source", "S", str(path),
    )
    assert result.exit_code == 0, result.output
    rows = events_json(result)
    meeting = next(r for r in rows if r["type"] in ("meeting_held", "visit"))
    assert meeting["date"] == "2025-12-02"
    from tracker.store import open_store

    with open_store() as store:
        stored = store.get_article(rows[0]["article"])
    assert stored is not None
    assert (stored.lang, str(stored.published), stored.url, stored.title, stored.source) == (
        "en", "2025-12-03", "https://x.example/a", "T", "S",
    )


def test_stdin(tmp_path: Path) -> None:
    data = "---\npublished: 2025-12-03\n---\n" + MEETING_FR + "\n"
    result = run("ingest", "-", input=data.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert events_json(result)
    empty = run("ingest", "-", input=b"")
    assert empty.exit_code == 1
    assert "Error: <stdin>: empty input" in empty.stderr.splitlines()


def test_folder_html_and_jsonl(tmp_path: Path) -> None:
    result = run("ingest", "--dry-run", str(FIXTURES / "articles"), str(FIXTURES / "en_page.html"), str(FIXTURES / "batch.jsonl"))
    assert result.exit_code == 0, result.output
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith("Dry run: would record 5 articles, ")


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    paths = [str(article(tmp_path, f"{i}.txt", f"{MEETING_EN} Item {i}.")) for i in range(5)]
    result = run("ingest", "--dry-run", *paths)
    assert "Ingesting" not in result.stderr


def test_progress_bar_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from tracker.cli import ingest_commands

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake = Tty()
    monkeypatch.setattr(sys, "stderr", fake)
    with ingest_commands._progress(list(range(5))) as items:
        assert list(items) == [0, 1, 2, 3, 4]
    assert "Ingesting" in fake.getvalue()
    fake2 = Tty()
    monkeypatch.setattr(sys, "stderr", fake2)
    with ingest_commands._progress(list(range(3))) as items:
        assert list(items) == [0, 1, 2]
    assert fake2.getvalue() == ""


# --------------------------------------------------------------------------- actors


def test_actors_lists_seeds_without_creating_the_store(_isolated_db: Path) -> None:
    result = run("actors", "--format", "json")
    assert result.exit_code == 0, result.output
    actors = json.loads(result.stdout)
    witkoff = next(a for a in actors if a["name"] == "Steve Witkoff")
    assert witkoff["side"] == "US" and witkoff["added_by"] == "seed"
    assert set(witkoff) == {"id", "name", "side", "kind", "aliases", "titles", "added_by"}
    assert not _isolated_db.exists()
    ru = json.loads(run("actors", "--side", "ru", "--format", "json").stdout)
    assert ru and all(a["side"] == "RU" for a in ru)


def test_actors_csv_and_table() -> None:
    csv_out = run("actors", "--format", "csv", "--side", "US").stdout.splitlines()
    assert csv_out[0] == "id,name,side,kind,aliases,added_by"
    table = run("actors", "--format", "table").stdout.splitlines()
    assert table[0].split() == ["ID", "NAME", "SIDE", "KIND", "ALIASES", "ADDED_BY"]


def test_actors_add_alias_then_ingest_uses_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "analyst")
    body = "Hamish Falconer a rencontré lundi à Genève l'émissaire américain Steve Witkoff, a indiqué un diplomate."
    path = article(tmp_path, "a.txt", body)
    before = events_json(run("ingest", "--dry-run", str(path)))
    assert not any("(GB" in p for r in before for p in r["participants"])

    added = run("actors", "add", "Hamish Falconer", "--side", "gb", "--title", "minister")
    assert added.exit_code == 0, added.output
    actor_id = added.stdout.strip()
    assert actor_id == "hamish-falconer"
    assert added.stderr.strip() == "Added Hamish Falconer (GB) as hamish-falconer."

    after = events_json(run("ingest", str(path)))
    assert any(p.startswith("Hamish Falconer (GB") for r in after for p in r["participants"])

    aliased = run("actors", "alias", "Hamish Falconer", "H. Falconer")
    assert aliased.exit_code == 0, aliased.output
    assert aliased.stderr.strip() == "'H. Falconer' now names Hamish Falconer (hamish-falconer)."
    body2 = "H. Falconer s'est entretenu mardi par téléphone avec Steve Witkoff, selon Londres."
    later = events_json(run("ingest", str(article(tmp_path, "b.txt", body2))))
    assert any(p.startswith("Hamish Falconer (GB") for r in later for p in r["participants"])

    listed = {a["id"]: a for a in json.loads(run("actors", "--side", "GB", "--format", "json").stdout)}
    assert listed["hamish-falconer"]["added_by"] == "user:analyst"
    assert listed["hamish-falconer"]["aliases"] == ["H. Falconer"]
    from tracker.store import open_store

    with open_store() as store:
        entries = list(store.read(types=["actor_added", "actor_aliased"]))
    assert [(e.event_type, e.recorded_by) for e in entries] == [
        ("actor_added", "user:analyst"),
        ("actor_aliased", "user:analyst"),
    ]


def test_actors_add_refuses_known_actor_and_bad_side() -> None:
    known = run("actors", "add", "Steve Witkoff", "--side", "US")
    assert known.exit_code == 1
    assert known.stderr.startswith("Error: actor ")
    assert "is already in the registry; add another spelling with `tracker actors alias`" in known.stderr
    bad = run("actors", "add", "Jane Roe", "--side", "Mars")
    assert bad.exit_code == 1
    assert bad.stderr.strip().startswith("Error: Side 'MARS' is not a side code")
    kind = run("actors", "add", "Jane Roe", "--side", "GB", "--kind", "alien")
    assert kind.exit_code == 2


def test_actors_alias_unknown_and_repeated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("USER", raising=False)
    unknown = run("actors", "alias", "Nobody Atall", "N. A.")
    assert unknown.exit_code == 1
    assert unknown.stderr.strip() == (
        "Error: No actor called 'Nobody Atall' in the registry; add it first with `tracker actors add`."
    )
    first = run("actors", "alias", "Steve Witkoff", "Stevie W.")
    assert first.exit_code == 0
    again = run("actors", "alias", "Steve Witkoff", "Stevie W.")
    assert again.exit_code == 0
    assert again.stderr.splitlines() == ["Note: 'Stevie W.' is already a name of Steve Witkoff", "Nothing recorded."]
    from tracker.store import open_store

    with open_store() as store:
        [entry] = list(store.read(types=["actor_aliased"]))
    from tracker.identity import current_user

    assert entry.recorded_by == current_user()  # one rule for every command: see test_identity.py
