"""Exports and links: only http(s) links enter the store or leave it in an export, Markdown
carries log text literally, and exported files get the permissions of any new file."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from tracker import export
from tracker.article_loading import load_html, load_jsonl, load_text
from tracker.cli import app
from tracker.errors import ArticleError, ValidationError
from tracker.urls import check_source_url, is_web_url

runner = CliRunner()
TEXT = "Steve Witkoff met Kirill Dmitriev in Miami on Saturday to discuss the plan."
HOSTILE_URLS = ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox", "file:///etc/passwd", "http://", "https://exa mple.org", "http://a\nb"]


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


# --------------------------------------------------------------------------- one validator


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_validator_refuses_other_schemes(url: str) -> None:
    assert not is_web_url(url)
    with pytest.raises(ValidationError, match="expected http:// or https://"):
        check_source_url(url)


@pytest.mark.parametrize("url", ["https://example.org/a?b=1#c", "HTTP://EXAMPLE.ORG", "http://127.0.0.1:8080/x"])
def test_validator_accepts_web_links(url: str) -> None:
    assert check_source_url(f"  {url} ") == url


# --------------------------------------------------------------------------- entry points


def test_front_matter_and_jsonl_links_are_checked() -> None:
    with pytest.raises(ArticleError, match="invalid url 'javascript:alert\\(1\\)'"):
        load_text(f"---\nurl: javascript:alert(1)\nlang: en\npublished: 2025-12-21\n---\n{TEXT}\n")
    [outcome] = list(load_jsonl(json.dumps({"text": TEXT, "lang": "en", "url": "data:text/html,x"})))
    assert "expected http:// or https://" in outcome.message


def test_html_page_link_that_is_not_web_is_dropped_with_a_warning() -> None:
    page = ('<html><head><title>T</title><link rel="canonical" href="javascript:alert(1)">'
            '<meta property="og:url" content="javascript:alert(1)"></head>'
            f"<body><article><p>{TEXT}</p><p>{TEXT} They spoke again in the evening.</p></article></body></html>")
    loaded = load_html(page)
    assert loaded.article.url is None or is_web_url(loaded.article.url)


def test_ingest_url_option_and_add_source_are_usage_errors(tmp_path: Path, _isolated_db: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    result = run("ingest", "--lang", "en", "--url", "javascript:alert(1)", str(f))
    assert result.exit_code == 2 and "expected http:// or https://" in " ".join(result.stderr.replace("│", " ").split())
    result = run("add", "meeting_held", "--start", "2025-12-20", "-p", "X", "--source", "javascript:alert(1)")
    assert result.exit_code == 1 and "expected http:// or https://" in result.stderr
    assert not _isolated_db.exists()


def test_ingest_front_matter_link_refuses_that_article_only(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(f"---\nurl: javascript:alert(1)\nlang: en\npublished: 2025-12-21\n---\n{TEXT}\n")
    good = tmp_path / "good.txt"
    good.write_text(f"---\nurl: https://example.org/good\nlang: en\npublished: 2025-12-21\n---\n{TEXT} Later they left.\n")
    result = run("ingest", "-f", "json", str(bad), str(good))
    assert result.exit_code == 1
    assert f"Error: {bad}: invalid url 'javascript:alert(1)'" in result.stderr
    assert "Recorded 1 article" in result.stderr


# --------------------------------------------------------------------------- exports


def _entry(summary: str, url: str | None, outlet: str = "Outlet") -> dict:
    return {
        "id": "01a00000-0000-7000-8000-000000000001", "type": "meeting_held", "modality": "occurred",
        "start": "2025-12-20", "end": "2025-12-20", "precision": "day", "resolution": "explicit",
        "date_label": "2025-12-20", "participants": [{"name": "A <b>", "side": "US", "role": "participant"}],
        "location": {"name": "Miami", "country": "US"}, "tracks": ["US-RU"], "summary": summary,
        "independent_sources": 1,
        "sources": [{"article_id": "a" * 64, "url": url, "published": "2025-12-21", "evidence": "x",
                     "span": [0, 1], "outlet": outlet}],
    }


HOSTILE_SUMMARY = ('<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) '
                   '**bold** `code` &amp; line\n# heading')


@pytest.mark.parametrize("url", HOSTILE_URLS[:5])
@pytest.mark.parametrize("fmt", sorted(export.EXPORTERS))
def test_no_export_publishes_a_non_web_link(fmt: str, url: str) -> None:
    text = export.render(fmt, [_entry("Talks", url)], {"US-RU": "US–Russia"})
    lowered = text.lower()
    for scheme in ("javascript:", "data:", "vbscript:", "file:"):
        assert scheme not in lowered, (fmt, url)


def test_markdown_export_renders_log_text_literally() -> None:
    md = export.render("md", [_entry(HOSTILE_SUMMARY, "https://example.org/a)[x](javascript:y", "Out]let")], {})
    html = MarkdownIt("commonmark").render(md)
    assert "<script" not in html and "<img" not in html and "<code>" not in html
    assert html.count("<strong>") == 1  # the date label, ours; "**bold**" in the summary stays literal
    assert 'href="javascript' not in html and "<h1>heading" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, not run
    assert html.count("<a ") == 1 and 'href="https://example.org/a%29%5Bx%5D%28javascript:y"' in html


def test_timelinejs_and_ics_escape_and_filter() -> None:
    tl = json.loads(export.render("timelinejs", [_entry(HOSTILE_SUMMARY, "javascript:alert(1)")], {}))
    slide = tl["events"][0]
    assert "<script>" not in slide["text"]["headline"] and "href" not in slide["text"]["text"]
    ics = export.render("ics", [_entry("Talks", "javascript:alert(1)")], {})
    assert "URL:" not in ics


# --------------------------------------------------------------------------- file permissions


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_export_file_respects_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    assert run("add", "meeting_held", "--start", "2025-12-20", "-p", "X").exit_code == 0
    target = tmp_path / "timeline.html"
    old = os.umask(umask)
    try:
        result = run("export", "-f", "html", "-o", str(target))
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
