"""Loading articles: front matter, HTML pages, JSON Lines, stdin, folders, languages, bad bytes."""

from __future__ import annotations

import datetime as dt
import io
import re
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.article_loading import (
    MAX_BYTES,
    LoadFailure,
    Loaded,
    Overrides,
    decode_bytes,
    iter_load,
    load_html,
    load_jsonl,
    load_path,
    load_text,
    parse_front_matter,
    parse_published,
    sniff,
)
from tracker.articles import Article
from tracker.extract.lang import supported_languages
from tracker.errors import ArticleError
from tracker.langid import detect_language, normalise_lang, supported_languages

from tracker.extract.lang import supported_languages

#: the supported languages as error messages list them (grows with every registered language)
_SUPPORTED = ", ".join(sorted(supported_languages()))


FIXTURES = Path(__file__).parent / "fixtures"
#: How messages list the languages the extractor reads ("de, en, fr").
_SUPPORTED = ", ".join(sorted(supported_languages()))

FR_BODY = (
    "Le ministre russe des Affaires étrangères a rencontré mardi son homologue turc à Ankara "
    "pour discuter d'un nouveau cycle de négociations sur l'Ukraine."
)
EN_BODY = (
    "The Ukrainian foreign minister met his Turkish counterpart in Ankara on Tuesday to discuss "
    "a new round of negotiations with Russia."
)


def _fm(*lines: str, body: str = FR_BODY) -> str:
    return "\n".join(("---", *lines, "---", body)) + "\n"


# --------------------------------------------------------------------------- front matter


def test_front_matter_fields_quotes_and_comments() -> None:
    meta, body = parse_front_matter(
        _fm(
            "url: https://example.org/x?a=1",
            'title: "Talks: round two"',
            "# a comment",
            "",
            "published: 2025-12-21",
            "Lang: fr",
            "source: 'Example'",
        )
    )
    assert meta == {
        "url": "https://example.org/x?a=1",
        "title": "Talks: round two",
        "published": dt.date(2025, 12, 21),
        "lang": "fr",
        "source": "Example",
    }
    assert body == FR_BODY + "\n"


def test_no_front_matter_returns_text_unchanged() -> None:
    text = "Plain article.\n---\nwith a rule later"
    assert parse_front_matter(text) == ({}, text)


def test_front_matter_unknown_key_warns_and_is_ignored() -> None:
    warnings: list[str] = []
    meta, _ = parse_front_matter(_fm("author: Someone", "lang: en"), warn=warnings.append)
    assert meta == {"lang": "en"}
    assert warnings == [
        "front matter line 2: unknown key 'author' ignored (known: url, title, published, lang, source)"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: x\nbody without closing\n", "front matter opened with '---' on line 1 is never closed by a '---' line"),
        ("---\ntitle: x\nnot a pair\n---\nbody", "front matter line 3: expected 'key: value', got 'not a pair'"),
        ("---\ntitle: x\n", "front matter opened with '---' on line 1 is never closed by a '---' line"),
        ("---\n", "front matter opened with '---' on line 1 is never closed by a '---' line"),
        ("---\ntitle: a\ntitle: b\n---\nx", "front matter line 3: 'title' given twice"),
        (
            "---\npublished: 21/12/2025\n---\nx",
            "front matter line 2: invalid published date '21/12/2025': expected YYYY-MM-DD",
        ),
        (
            "---\npublished: 2025-02-30\n---\nx",
            "front matter line 2: invalid published date '2025-02-30': expected YYYY-MM-DD",
        ),
    ],
)
def test_broken_front_matter(text: str, message: str) -> None:
    with pytest.raises(ArticleError) as info:
        parse_front_matter(text)
    assert str(info.value) == message


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_front_matter_raises_only_article_error(text: str) -> None:
    for candidate in (text, "---\n" + text, "---\n" + text + "\n---\n"):
        try:
            meta, body = parse_front_matter(candidate)
        except ArticleError:
            continue
        assert isinstance(meta, dict) and isinstance(body, str)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["url", "title", "published", "lang", "source", "x"]), st.text()), max_size=6))
def test_parse_front_matter_key_lines_raise_only_article_error(pairs: list[tuple[str, str]]) -> None:
    text = "---\n" + "\n".join(f"{k}: {v}" for k, v in pairs) + "\n---\nbody"
    try:
        parse_front_matter(text)
    except ArticleError:
        pass


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-12-21", dt.date(2025, 12, 21)),
        ("2025-12-21T23:30:00-05:00", dt.date(2025, 12, 21)),
        ("2025-12-21T08:00:00Z", dt.date(2025, 12, 21)),
        ("Sun, 21 Dec 2025 10:00:00 GMT", dt.date(2025, 12, 21)),
    ],
)
def test_parse_published_formats(value: str, expected: dt.date) -> None:
    assert parse_published(value) == expected


def test_parse_published_rejects_reduced_dates() -> None:
    with pytest.raises(ArticleError, match=r"invalid published date '2025-12': expected YYYY-MM-DD"):
        parse_published("2025-12")


# --------------------------------------------------------------------------- plain text


def test_load_text_front_matter_and_overrides() -> None:
    text = _fm("title: From file", "published: 2025-12-20", "url: https://a.example", "lang: fr")
    loaded = load_text(text, Overrides(title="From option", published=dt.date(2025, 12, 21)), origin="a.txt")
    art = loaded.article
    assert art.title == "From option"
    assert art.published == dt.date(2025, 12, 21)
    assert art.url == "https://a.example"
    assert art.lang == "fr" and loaded.detected_lang is False
    assert art.text == FR_BODY
    assert art.id == Article(text=FR_BODY, lang="fr").id
    assert loaded.warnings == ()


def test_load_text_without_date_warns_and_keeps_none() -> None:
    loaded = load_text(EN_BODY)
    assert loaded.article.published is None
    assert loaded.article.lang == "en" and loaded.detected_lang
    assert loaded.warnings == (
        "no publication date: dates in the text will not be resolved against it "
        "(give --published or a 'published' field)",
    )


def test_load_text_rejects_empty_body() -> None:
    with pytest.raises(ArticleError, match="^no article text$"):
        load_text("---\ntitle: only metadata\n---\n \n\n")


def test_front_matter_unsupported_language() -> None:
    with pytest.raises(ArticleError) as info:
        load_text(_fm("lang: pt", "published: 2025-01-01"))
    assert str(info.value) == f"language 'pt' is not supported (supported: {_SUPPORTED})"


# --------------------------------------------------------------------------- languages


def test_detect_french_and_english() -> None:
    fr, en = detect_language(FR_BODY), detect_language(EN_BODY)
    assert (fr.lang, fr.unsure, fr.supported) == ("fr", False, True)
    assert (en.lang, en.unsure, en.supported) == ("en", False, True)
    assert fr.confidence > 0.8 and en.confidence > 0.8


def test_detect_german_is_recognised_not_read_as_english() -> None:
    guess = detect_language((FIXTURES / "de_article.txt").read_text(encoding="utf-8"))
    assert guess.lang == "de" and guess.supported


def test_detected_unsupported_language_message() -> None:
    [failure] = list(iter_load([FIXTURES / "pt_article.txt"]))
    assert isinstance(failure, LoadFailure)
    assert failure.message == (
        f"language detected as Portuguese (pt), which is not supported (supported: {_SUPPORTED}); pass --lang to override"
    )


def test_lang_override_wins_over_detection() -> None:
    [loaded] = list(iter_load([FIXTURES / "pt_article.txt"], Overrides(lang="en")))
    assert isinstance(loaded, Loaded) and loaded.article.lang == "en"


def test_short_text_is_flagged_unsure() -> None:
    loaded = load_text("---\npublished: 2025-01-01\n---\nPoutine a parlé.")
    assert loaded.article.lang == "fr"
    assert len(loaded.warnings) == 1
    assert loaded.warnings[0].startswith("language guessed as French (fr) with low confidence (")
    assert loaded.warnings[0].endswith("); pass --lang to be sure")


def test_text_without_letters_cannot_be_detected() -> None:
    with pytest.raises(ArticleError, match="^cannot tell the language of a text without letters; pass --lang$"):
        load_text("12345 67890 !!!")


@pytest.mark.parametrize(("value", "code"), [("FR", "fr"), ("fr-FR", "fr"), ("en_GB", "en"), (" en ", "en")])
def test_normalise_lang(value: str, code: str) -> None:
    assert normalise_lang(value) == code


def test_overrides_refuse_unsupported_lang() -> None:
    with pytest.raises(ArticleError, match=rf"^language 'pt' is not supported \(supported: {_SUPPORTED}\)$"):
        Overrides(lang="pt")


# --------------------------------------------------------------------------- HTML


def test_html_page_with_meta_published_time() -> None:
    [loaded] = list(iter_load([FIXTURES / "en_page.html"]))
    assert isinstance(loaded, Loaded)
    art = loaded.article
    assert art.lang == "en"
    assert art.published == dt.date(2025, 6, 2)
    assert art.title == "Negotiators return to Istanbul"
    assert art.source == "Example Wire"
    assert art.url == "https://wire.example.com/world/istanbul-talks"
    assert "second round of direct talks" in art.text
    assert "agreed on a new exchange of prisoners of war" in art.text
    for boilerplate in ("Football results", "All rights reserved", "Sport"):
        assert boilerplate not in art.text
    assert loaded.warnings == ()


def test_html_page_with_json_ld_date() -> None:
    [loaded] = list(iter_load([FIXTURES / "fr_page_jsonld.htm"]))
    assert isinstance(loaded, Loaded)
    art = loaded.article
    assert (art.lang, art.published) == ("fr", dt.date(2025, 3, 18))
    assert art.title == "Appel téléphonique entre Moscou et Washington"
    assert "se sont entretenus mardi par téléphone" in art.text
    assert "Commentaire d'un lecteur" not in art.text


def test_html_page_without_date_does_not_guess() -> None:
    [loaded] = list(iter_load([FIXTURES / "undated_page.html"]))
    assert isinstance(loaded, Loaded)
    assert loaded.article.published is None
    assert any(w.startswith("no publication date") for w in loaded.warnings)


def test_html_published_override() -> None:
    data = (FIXTURES / "en_page.html").read_bytes()
    loaded = load_html(data, Overrides(published=dt.date(2025, 6, 3), source="Mine"))
    assert loaded.article.published == dt.date(2025, 6, 3)
    assert loaded.article.source == "Mine"


def test_html_without_text() -> None:
    with pytest.raises(ArticleError, match="^no article text found in the HTML page$"):
        load_html(b"<html><head><title>x</title></head><body></body></html>")


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_articles_with_line_numbers() -> None:
    outcomes = list(iter_load([FIXTURES / "batch.jsonl"]))
    assert [o.origin for o in outcomes] == [f"{FIXTURES / 'batch.jsonl'}:1", f"{FIXTURES / 'batch.jsonl'}:3"]
    first, second = (o.article for o in outcomes if isinstance(o, Loaded))
    assert (first.lang, first.published, first.title, first.source) == ("fr", dt.date(2025, 2, 20), "Kellogg à Kiev", "Exemple Presse")
    assert (second.lang, second.published, second.url) == ("en", dt.date(2025, 2, 18), "https://example.org/a2")


def test_jsonl_bad_lines_fail_alone() -> None:
    text = "\n".join(
        [
            '{"text": "%s", "published": "2025-01-02"}' % EN_BODY,
            "{not json",
            "[1, 2]",
            '{"title": "no text"}',
            '{"text": "%s", "published": 20250102}' % EN_BODY,
            '{"text": "%s", "published": "yesterday"}' % EN_BODY,
        ]
    )
    outcomes = list(load_jsonl(text, origin="b.jsonl"))
    assert isinstance(outcomes[0], Loaded)
    assert [(o.origin, o.message) for o in outcomes[1:]] == [
        ("b.jsonl:2", "not valid JSON (Expecting property name enclosed in double quotes at column 2)"),
        ("b.jsonl:3", "expected a JSON object with a 'text' field"),
        ("b.jsonl:4", "missing or empty 'text' field"),
        ("b.jsonl:5", "field 'published' must be a string"),
        ("b.jsonl:6", "invalid published date 'yesterday': expected YYYY-MM-DD"),
    ]


# --------------------------------------------------------------------------- stdin and folders


def test_stdin_plain_text_html_and_jsonl_are_sniffed() -> None:
    text = _fm("published: 2025-12-21").encode()
    [art] = load_path("-", stdin=io.BytesIO(text))
    assert art.published == dt.date(2025, 12, 21) and art.lang == "fr"
    [page] = load_path("-", stdin=io.BytesIO((FIXTURES / "en_page.html").read_bytes()))
    assert page.title == "Negotiators return to Istanbul"
    arts = load_path("-", stdin=io.BytesIO((FIXTURES / "batch.jsonl").read_bytes()))
    assert [a.lang for a in arts] == ["fr", "en"]


def test_stdin_empty() -> None:
    with pytest.raises(ArticleError, match="^<stdin>: empty input$"):
        load_path("-", stdin=io.BytesIO(b""))


def test_sniff() -> None:
    assert sniff(b"\n  <!DOCTYPE html><html>") == "html"
    assert sniff(b'{"text": "x"}\n') == "jsonl"
    assert sniff(b"<b>not a page</b> just text") == "text"


def test_folder_is_walked_recursively_skipping_hidden_and_other_files() -> None:
    outcomes = list(iter_load([FIXTURES / "articles"]))
    assert [Path(o.origin).name for o in outcomes] == ["fr_geneve.txt", "en_abu_dhabi.md"]
    fr, en = (o.article for o in outcomes if isinstance(o, Loaded))
    assert fr.title == "Consultations à Genève sur le cessez-le-feu" and fr.lang == "fr"
    assert en.published == dt.date(2025, 11, 26) and en.lang == "en"


def test_empty_folder_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "other.csv").write_text("a,b")
    outcomes = list(iter_load([tmp_path, tmp_path / "missing.txt"]))
    assert [(o.origin, o.message) for o in outcomes if isinstance(o, LoadFailure)] == [
        (str(tmp_path), "no article files (.htm, .html, .jsonl, .md, .txt) in this folder"),
        (str(tmp_path / "missing.txt"), "no such file or directory"),
    ]


# --------------------------------------------------------------------------- bad bytes


def _fail(path: Path) -> str:
    [outcome] = list(iter_load([path]))
    assert isinstance(outcome, LoadFailure), outcome
    return outcome.message


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    assert _fail(tmp_path / "e.txt") == "empty file"
    (tmp_path / "e.html").write_bytes(b"")
    assert _fail(tmp_path / "e.html") == "empty file"


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    assert _fail(tmp_path / "b.txt") == "binary file (contains NUL bytes); expected text, HTML or JSON Lines"


def test_undecodable_file(tmp_path: Path) -> None:
    rng = random.Random(1)
    (tmp_path / "u.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(200)))
    assert _fail(tmp_path / "u.txt") == (
        "unknown text encoding: not UTF-8 (bad byte at offset 0) and not a recognised legacy encoding "
        "(cp1252, iso8859_15, cp1251, koi8_r); convert the file to UTF-8"
    )


def test_legacy_encoding_is_detected_with_warning(tmp_path: Path) -> None:
    text = _fm("published: 2025-12-21", body=FR_BODY + " Il a jugé les échanges « constructifs ».")
    (tmp_path / "l.txt").write_bytes(text.encode("cp1252"))
    [loaded] = list(iter_load([tmp_path / "l.txt"]))
    assert isinstance(loaded, Loaded)
    assert "« constructifs »" in loaded.article.text
    assert loaded.warnings == ("not UTF-8; decoded as cp1252 (detected)",)


def test_utf8_bom_and_utf16(tmp_path: Path) -> None:
    text = _fm("published: 2025-12-21")
    warnings: list[str] = []
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode(), warnings.append) == text
    assert decode_bytes(text.encode("utf-16"), warnings.append) == text
    assert warnings == []
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    [loaded] = list(iter_load([tmp_path / "bom.txt"]))
    assert isinstance(loaded, Loaded) and loaded.article.published == dt.date(2025, 12, 21)


def test_file_over_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: no disk used
        fh.truncate(MAX_BYTES + 1024 * 1024)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    assert _fail(big) == "file is 51.0 MB, over the 50 MB limit; split it"


def test_load_path_is_strict(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_fm("published: 2025-12-21"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(ArticleError, match=r"b\.txt: empty file$"):
        load_path(tmp_path)


def test_stdin_only_once() -> None:
    outcomes = list(iter_load(["-", "-"], stdin=io.BytesIO(_fm("published: 2025-12-21").encode())))
    assert isinstance(outcomes[0], Loaded)
    assert outcomes[1] == LoadFailure("<stdin>", "standard input can be read only once")


def test_detection_reads_a_sample_of_long_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker import langid

    real = langid._detector()
    lengths: list[int] = []

    class Spy:
        def compute_language_confidence_values(self, text: str):  # type: ignore[no-untyped-def]
            lengths.append(len(text))
            return real.compute_language_confidence_values(text)

    monkeypatch.setattr(langid, "_detector", lambda: Spy())
    long_text = (FR_BODY + " ") * 1000
    assert detect_language(long_text).lang == "fr"
    assert lengths == [langid.SAMPLE_CHARS]


def test_readme_is_read_only_when_named() -> None:
    readme = FIXTURES / "articles" / "README.md"
    [loaded] = list(iter_load([readme]))
    assert isinstance(loaded, Loaded) and loaded.article.lang == "en"


def test_html_in_a_declared_legacy_charset() -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Réunion</title>'
        '<meta property="article:published_time" content="2025-03-04"></head><body><article>'
        "<p>Le ministre a déclaré que la réunion à Genève était « constructive » et que les délégations "
        "se retrouveraient la semaine prochaine.</p>"
        "<p>Les deux parties ont échangé des propositions écrites sur un cessez-le-feu.</p>"
        "</article></body></html>"
    )
    art = load_html(page.encode("latin-1")).article
    assert "la réunion à Genève était « constructive »" in art.text
    assert (art.lang, art.published, art.title) == ("fr", dt.date(2025, 3, 4), "Réunion")
