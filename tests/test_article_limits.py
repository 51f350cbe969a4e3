"""Per-article limits and cleaning at load time: size and event caps (the article refused
whole), navigation-only pages, invisible characters inside names, and an ingest that prints
each article's events as it goes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.article_loading import load_html, load_text
from tracker.articles import Article, normalise_text
from tracker.cli import app
from tracker.errors import ArticleError, ValidationError
from tracker.events import DateInterval, EventDraft, Participant
from tracker.app.ingest import iter_ingest
from tracker.limits import DEFAULT_MAX_ARTICLE_BYTES, max_article_bytes, max_events_per_article

runner = CliRunner()
SENTENCE = "Steve Witkoff met Kirill Dmitriev in Miami on Saturday to discuss the plan. "
HEAD = "---\npublished: 2025-12-21\nlang: en\n---\n"


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def log_count(path: Path) -> int:
    import sqlite3

    if not path.exists():
        return 0
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM log").fetchone()[0]


# --------------------------------------------------------------------------- size


def test_article_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    assert max_article_bytes() == DEFAULT_MAX_ARTICLE_BYTES == 1_000_000
    monkeypatch.setenv("TRACKER_MAX_ARTICLE_BYTES", "2000")
    with pytest.raises(ArticleError, match=r"article text is 3 KB, over the limit of 2 KB per article "
                                           r"\(TRACKER_MAX_ARTICLE_BYTES\); split it or raise the limit"):
        load_text(HEAD + SENTENCE * 40)
    assert load_text(HEAD + SENTENCE * 20).article.text


def test_size_limit_counts_utf8_bytes_and_default_refuses_a_long_single_line(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ArticleError, match="over the limit of 1.0 MB"):
        load_text(HEAD + SENTENCE * 14_000)  # about 1.06 MB on one line
    monkeypatch.setenv("TRACKER_MAX_ARTICLE_BYTES", "1000")
    with pytest.raises(ArticleError):
        load_text(HEAD + "Переговоры прошли в Женеве сегодня утром. " * 20)  # 840 characters, 1.5 KB


def test_bad_limit_setting_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_MAX_EVENTS_PER_ARTICLE", "lots")
    with pytest.raises(ValidationError, match="TRACKER_MAX_EVENTS_PER_ARTICLE must be a positive whole number, not 'lots'"):
        max_events_per_article()


def test_ingest_refuses_an_oversized_file_and_records_the_rest(tmp_path: Path, _isolated_db: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_MAX_ARTICLE_BYTES", "5000")
    big = tmp_path / "big.txt"
    big.write_text(HEAD + SENTENCE * 100)
    small = tmp_path / "small.txt"
    small.write_text(HEAD + SENTENCE)
    result = run("ingest", "-f", "json", str(big), str(small))
    assert result.exit_code == 1
    assert f"Error: {big}: article text is 8 KB, over the limit of 5 KB per article" in result.stderr
    assert "Recorded 1 article" in result.stderr


# --------------------------------------------------------------------------- events per article


def _many(article: Article, registry: object) -> list[EventDraft]:
    return [EventDraft("meeting_held", DateInterval(f"2025-01-{d:02d}", f"2025-01-{d:02d}"), (Participant(f"P{d}"),))
            for d in range(1, 13)]


def test_event_cap_refuses_the_article_whole(tmp_path: Path, _isolated_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.store import open_store

    monkeypatch.setenv("TRACKER_MAX_EVENTS_PER_ARTICLE", "10")
    f = tmp_path / "a.txt"
    f.write_text(HEAD + SENTENCE)
    with open_store(str(_isolated_db)) as store:
        [failure] = list(iter_ingest(store, [f], extract=_many, version="t", registry=object()))
        assert failure.message == (
            "12 events extracted, over the limit of 10 per article (TRACKER_MAX_EVENTS_PER_ARTICLE); "
            "nothing recorded: split the article or raise the limit"
        )
        assert store.head() == 0 and not store.has_article(Article(SENTENCE, "en").id)
    monkeypatch.setenv("TRACKER_MAX_EVENTS_PER_ARTICLE", "12")
    with open_store(str(_isolated_db)) as store:
        [result] = list(iter_ingest(store, [f], extract=_many, version="t", registry=object()))
        assert len(result.event_ids) == 12


# --------------------------------------------------------------------------- navigation and invisible characters


@pytest.mark.parametrize("text", ["Home Login Register About Contact", "Home", "News Sport Weather Culture Login Subscribe"])
def test_navigation_only_text_is_no_article(text: str) -> None:
    with pytest.raises(ArticleError, match="^no article text"):
        load_text(text)


def test_navigation_only_page_is_refused() -> None:
    page = ("<html><head><title>Site</title></head><body><nav><a href='/'>Home</a> <a href='/l'>Login</a></nav>"
            "<main><p>Home Login Register About Contact Newsletter</p></main></body></html>")
    with pytest.raises(ArticleError, match="^no article text"):
        load_html(page)


def test_short_real_sentences_pass() -> None:
    assert load_text(HEAD + "Putin met Trump in Alaska.").article.text
    assert load_text(HEAD + "Lavrov und Rubio trafen sich in Riad.").article.text


def test_zero_width_characters_are_removed_at_load_time() -> None:
    hidden = "Sergei Lav\u200brov met Marco Ru\u00adbio and Wit\u2060koff in Ri\u200dyadh\ufeff on Tuesday; Dmi\u200ctriev too."
    loaded = load_text(HEAD + hidden)
    assert loaded.article.text == "Sergei Lavrov met Marco Rubio and Witkoff in Riyadh on Tuesday; Dmitriev too."
    assert normalise_text("a\u200bb") == "ab"
    assert Article("Lav\u200brov met Rubio there.", "en").id == Article("Lavrov met Rubio there.", "en").id


def test_zero_width_characters_do_not_truncate_extracted_names(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(HEAD + "Sergei Lav\u200brov met Marco Rubio in Riyadh on Tuesday to discuss the war.\n")
    result = run("ingest", "--dry-run", "-f", "json", str(f))
    assert result.exit_code == 0, result.output
    names = [p for row in json.loads(result.stdout) for p in row["participants"]]
    assert any(p.startswith("Sergei Lavrov") for p in names), names
    assert not any(p.startswith("Sergei Lav ") or p == "Sergei Lav" for p in names)


# --------------------------------------------------------------------------- streaming


def test_ingest_prints_each_articles_events_before_reading_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.cli.output as output
    from tracker.app import ingest

    files = []
    for i in range(3):
        f = tmp_path / f"a{i}.txt"
        f.write_text(HEAD + f"Steve Witkoff met Kirill Dmitriev in Miami on Saturday, round {i}.\n")
        files.append(str(f))
    extracted: list[int] = []
    real_extractor, version = ingest.default_extractor()

    def counting(article: Article, registry: object) -> list[EventDraft]:
        extracted.append(1)
        return real_extractor(article, registry)

    monkeypatch.setattr(ingest, "default_extractor", lambda: (counting, version))
    writes: list[int] = []
    real_write = output.RowStream.write

    def spy(self: output.RowStream, rows: object) -> None:
        writes.append(len(extracted))
        real_write(self, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(output.RowStream, "write", spy)
    result = run("ingest", "-f", "json", *files)
    assert result.exit_code == 0, result.output
    assert writes == [1, 2, 3]  # each article's rows written right after its own extraction
    assert len(json.loads(result.stdout)) >= 3
