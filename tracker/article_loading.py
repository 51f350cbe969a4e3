"""Loading articles from files, folders and stdin.

Three input formats, chosen by file suffix (or sniffed for stdin and unknown suffixes):

* plain text (``.txt``, ``.md``) with an optional front-matter block: a first line ``---``,
  ``key: value`` lines (url, title, published, lang, source), and a closing ``---``;
* saved HTML pages (``.html``, ``.htm``): main text, title, site name and publication date are
  taken by trafilatura from the page and its metadata, never by stripping tags by hand;
* JSON Lines (``.jsonl``): one article per line with fields text, url, title, published, lang,
  source.

Command-line overrides win over what a file says. Without a language, lingua guesses one
(see :mod:`tracker.langid`). Without a publication date the article is loaded with
``published=None`` and a warning: the extractor then marks dates it could not resolve rather
than guessing from today.

Every problem with an input is an :class:`~tracker.errors.ArticleError` whose message is
meant for the user. Batch loaders report failures per file (or per JSON line) as
:class:`LoadFailure` so one bad input does not stop the others.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from tracker.articles import Article
from tracker.errors import ArticleError, ValidationError
from tracker.langid import detect_language, language_name, normalise_lang, supported_languages
from tracker.limits import MAX_ARTICLE_BYTES_VARIABLE, check_date, max_article_bytes, size_text
from tracker.urls import check_source_url, is_web_url

#: Files larger than this are refused without being read.
MAX_BYTES = 50 * 1024 * 1024

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: Metadata keys a front-matter block or a JSON line may carry.
META_KEYS: tuple[str, ...] = ("url", "title", "published", "lang", "source")

#: Legacy encodings tried (by charset detection) when a text file is not UTF-8: the Western
#: European and Cyrillic code pages that wire archives actually come in.
FALLBACK_ENCODINGS: tuple[str, ...] = ("cp1252", "iso8859_15", "cp1251", "koi8_r")

STDIN = "-"

Warn = Callable[[str], None]


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line; each non-None field wins over the file's."""

    published: dt.date | None = None
    lang: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        if self.lang is not None:
            object.__setattr__(self, "lang", normalise_lang(self.lang))
        if self.url is not None:
            object.__setattr__(self, "url", check_source_url(self.url, "--url"))
        if self.published is not None:
            check_date(self.published, "--published date")

    def over(self, meta: dict[str, Any]) -> dict[str, Any]:
        """``meta`` with every given override applied."""
        merged = dict(meta)
        for key in META_KEYS:
            value = getattr(self, key)
            if value is not None:
                merged[key] = value
        return merged


@dataclass(frozen=True)
class Loaded:
    """An article read from ``origin`` (a path, ``path:line`` or ``<stdin>``), with warnings."""

    origin: str
    article: Article
    warnings: tuple[str, ...] = ()
    detected_lang: bool = False


@dataclass(frozen=True)
class LoadFailure:
    """An input that could not be turned into an article, and why."""

    origin: str
    message: str


Outcome = Loaded | LoadFailure


@dataclass(frozen=True)
class Source:
    """One input to read: a file, or stdin (``path`` None)."""

    origin: str
    path: Path | None
    kind: str | None = None  # "text" | "html" | "jsonl", or None to sniff


# --------------------------------------------------------------------------- dates


def parse_published(value: Any) -> dt.date:
    """A publication date from ``2025-12-21``, an ISO 8601 date-time or an RFC 2822 date,
    in years MIN_YEAR..MAX_YEAR (:mod:`tracker.limits`).

    A date-time keeps the calendar day it was written with (the publisher's local day), it
    is not converted to UTC.
    """
    date = _parse_published(value)
    try:
        return check_date(date, "published date")
    except ValidationError as exc:
        raise ArticleError(str(exc)) from None


#: The year field of an RFC 2822 date ("Mon, 01 Jan 0001 ..."): email.utils reads a year
#: written "0001" as 2001 (its two-digit rule), so four-digit years are taken as written.
_RFC_YEAR = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+(\d+)\b")


def _parse_published(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ArticleError(f"invalid published date {value!r}: expected YYYY-MM-DD")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    else:
        year = _RFC_YEAR.match(text)
        if year is not None and len(year.group(1)) == 4 and int(year.group(1)) != parsed.year:
            try:
                return parsed.replace(year=int(year.group(1)))
            except ValueError:  # 29 February of a year that has none
                raise ArticleError(f"invalid published date {text!r}: no such day") from None
        if year is not None and len(year.group(1)) == 3:
            raise ArticleError(f"invalid published date {text!r}: the year must have four digits")
        return parsed
    raise ArticleError(f"invalid published date {text!r}: expected YYYY-MM-DD")


# --------------------------------------------------------------------------- front matter

_FENCE = "---"
_KEY_VALUE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(.*)$")


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_front_matter(text: str, warn: Warn | None = None) -> tuple[dict[str, Any], str]:
    """Split ``text`` into (metadata, body).

    Without a first line ``---`` there is no front matter: ``({}, text)``. Inside the block,
    blank lines and ``#`` comments are allowed; every other line must be ``key: value``.
    ``published`` is returned as a :class:`datetime.date`, other values as stripped strings
    (matching quotes removed). Unknown keys are ignored with a warning. Raises
    ArticleError, and nothing else, for a block that is not closed, a malformed line, a
    repeated key or a bad date.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != _FENCE:
        return {}, text
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() == _FENCE), None)
    if closing is None:
        raise ArticleError("front matter opened with '---' on line 1 is never closed by a '---' line")
    meta: dict[str, Any] = {}
    for index, raw in enumerate(lines[1:closing], start=2):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _KEY_VALUE.match(line)
        if match is None:
            shown = line if len(line) <= 60 else line[:59] + "…"
            raise ArticleError(f"front matter line {index}: expected 'key: value', got {shown!r}")
        key, value = match.group(1).lower(), _unquote(match.group(2))
        if key not in META_KEYS:
            if warn is not None:
                warn(f"front matter line {index}: unknown key {key!r} ignored (known: {', '.join(META_KEYS)})")
            continue
        if key in meta:
            raise ArticleError(f"front matter line {index}: {key!r} given twice")
        if key == "published":
            try:
                meta[key] = parse_published(value)
            except ArticleError as exc:
                raise ArticleError(f"front matter line {index}: {exc}") from None
        elif value:
            meta[key] = value
    return meta, "".join(lines[closing + 1 :])


# --------------------------------------------------------------------------- bytes


def read_limited(path: Path) -> bytes:
    """The bytes of ``path``, refusing files over MAX_BYTES before reading them."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"file is {size / 1024 / 1024:.1f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit; split it"
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError("no such file or directory") from None
    except IsADirectoryError:
        raise ArticleError("is a directory") from None
    except PermissionError:
        raise ArticleError("permission denied") from None
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:  # grew while we looked
        raise ArticleError(f"file is over the {MAX_BYTES // 1024 // 1024} MB limit; split it")
    return data


def read_stream(stream: BinaryIO) -> bytes:
    """All of ``stream`` up to MAX_BYTES; longer input is refused."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ArticleError(f"input is over the {MAX_BYTES // 1024 // 1024} MB limit; split it")
    return data


def check_bytes(data: bytes) -> None:
    """Refuse empty and binary input."""
    if not data:
        raise ArticleError("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in data:
        raise ArticleError("binary file (contains NUL bytes); expected text, HTML or JSON Lines")


def decode_bytes(data: bytes, warn: Warn | None = None) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else a detected
    legacy code page (FALLBACK_ENCODINGS, via charset_normalizer which trafilatura already
    depends on) with a warning. Raises ArticleError when no encoding fits."""
    check_bytes(data)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError("invalid UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(FALLBACK_ENCODINGS)).best()
    if best is None or best.encoding is None:
        raise ArticleError(
            f"unknown text encoding: not UTF-8 (bad byte at offset {offset}) and not a recognised "
            f"legacy encoding ({', '.join(FALLBACK_ENCODINGS)}); convert the file to UTF-8"
        )
    if warn is not None:
        warn(f"not UTF-8; decoded as {best.encoding} (detected)")
    return str(best)


# --------------------------------------------------------------------------- building

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def looks_like_prose(text: str) -> bool:
    """False for text that is only capitalised words with no sentence in it, as a page's
    navigation is ("Home Login Register About"): prose has some word starting in lower case
    (a verb, an article, a preposition) or ends a sentence after a word. Text without letters
    is left to language detection, which says so."""
    words = _WORD.findall(text)
    if not words or any(w[0].islower() for w in words) or not any(w[0].isupper() for w in words):
        return True  # no letters, some lower-case word, or a script without case
    return bool(_SENTENCE_END.search(text))


_SENTENCE_END = re.compile(r"[^\W\d_]{2,}[.!?…]")


def check_article_size(text: str) -> None:
    """Refuse an article whose text is over the per-article limit (TRACKER_MAX_ARTICLE_BYTES)."""
    limit = max_article_bytes()
    size = len(text.encode("utf-8"))
    if size > limit:
        raise ArticleError(
            f"article text is {size_text(size)}, over the limit of {size_text(limit)} per article "
            f"({MAX_ARTICLE_BYTES_VARIABLE}); split it or raise the limit"
        )




def _build(text: str, meta: dict[str, Any], overrides: Overrides | None, origin: str, warnings: list[str]) -> Loaded:
    """Apply overrides, settle language and date, and make the Article."""
    meta = (overrides or Overrides()).over(meta)
    article_text = text.strip()
    if not article_text:
        raise ArticleError("no article text")
    check_article_size(article_text)
    if not looks_like_prose(article_text):
        raise ArticleError("no article text: only a few capitalised words (a menu or navigation?), no sentence")
    try:
        url = check_source_url(meta.get("url"), "url")
    except ValidationError as exc:
        raise ArticleError(str(exc)) from None
    detected = False
    lang = meta.get("lang")
    if lang:
        lang = normalise_lang(lang)
    else:
        guess = detect_language(article_text)
        if not guess.supported:
            raise ArticleError(
                f"language detected as {language_name(guess.lang)} ({guess.lang}), which is not supported "
                f"(supported: {', '.join(sorted(supported_languages()))}); pass --lang to override"
            )
        if guess.unsure:
            warnings.append(
                f"language guessed as {language_name(guess.lang)} ({guess.lang}) with low confidence "
                f"({guess.confidence:.2f}); pass --lang to be sure"
            )
        lang, detected = guess.lang, True
    published = meta.get("published")
    if published is not None and not isinstance(published, dt.date):
        published = parse_published(published)
    if published is None:
        warnings.append(
            "no publication date: dates in the text will not be resolved against it "
            "(give --published or a 'published' field)"
        )
    article = Article(
        text=article_text,
        lang=lang,
        published=published,
        url=url,
        title=meta.get("title") or None,
        source=meta.get("source") or None,
    )
    return Loaded(origin=origin, article=article, warnings=tuple(warnings), detected_lang=detected)


def load_text(text: str, overrides: Overrides | None = None, *, origin: str = "<text>") -> Loaded:
    """An article from plain text with optional front matter."""
    warnings: list[str] = []
    meta, body = parse_front_matter(text, warn=warnings.append)
    return _build(body, meta, overrides, origin, warnings)


def load_html(data: bytes | str, overrides: Overrides | None = None, *, origin: str = "<html>") -> Loaded:
    """An article from a saved HTML page, through trafilatura.

    Only the page's own metadata (meta tags, JSON-LD, ``<time>``) gives the publication date:
    trafilatura's extensive search, which also scans the body text and guesses, is off.
    """
    if isinstance(data, bytes):
        check_bytes(data)
    elif not data.strip():
        raise ArticleError("empty file")
    from trafilatura import bare_extraction

    doc = bare_extraction(
        data,
        url=overrides.url if overrides else None,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise ArticleError("no article text found in the HTML page")
    meta: dict[str, Any] = {}
    for key, attr in (("url", "url"), ("title", "title"), ("source", "sitename"), ("published", "date")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    warnings: list[str] = []
    if "url" in meta and not is_web_url(meta["url"]):
        warnings.append(f"link {meta.pop('url')!r} in the page is not an http(s) URL; ignored")
    if "published" in meta:
        try:
            meta["published"] = parse_published(meta["published"])
        except ArticleError:
            warnings.append(f"publication date {meta.pop('published')!r} in the page is not a date; ignored")
    return _build(text, meta, overrides, origin, warnings)


def load_jsonl(text: str, overrides: Overrides | None = None, *, origin: str = "<jsonl>") -> Iterator[Outcome]:
    """One outcome per non-blank line; a bad line is a LoadFailure named ``origin:line``."""
    if not text.strip():
        yield LoadFailure(origin, "empty file")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield _jsonl_article(line, overrides, where)
        except ArticleError as exc:
            yield LoadFailure(where, str(exc))


def _jsonl_article(line: str, overrides: Overrides | None, where: str) -> Loaded:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise ArticleError("expected a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleError("missing or empty 'text' field")
    meta: dict[str, Any] = {}
    for key in META_KEYS:
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise ArticleError(f"field {key!r} must be a string")
        meta[key] = parse_published(value) if key == "published" else value
    return _build(text, meta, overrides, where, [])


# --------------------------------------------------------------------------- paths


def kind_for(path: Path) -> str | None:
    """The format a suffix says, or None when it says nothing."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def sniff(data: bytes) -> str:
    """Guess the format of bytes without a suffix: HTML, JSON Lines or plain text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and (b"<html" in head or b"<!doctype html" in head or b"<body" in head or b"<head" in head):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


#: Project files that sit beside articles in a folder and are not articles (by stem, any case).
NOT_ARTICLES = frozenset({"readme", "changelog", "changes", "license", "licence", "contributing", "authors"})


def _skipped(path: Path, root: Path) -> bool:
    """Hidden entries and README-like files are not read when walking a folder."""
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return True
    return path.stem.lower() in NOT_ARTICLES


def expand_paths(paths: Sequence[str | Path]) -> Iterator[Source | LoadFailure]:
    """Sources for the given paths: files as they are, folders walked recursively for
    article files (sorted; hidden entries and README-like files skipped), ``-`` for stdin."""
    stdin_seen = False
    for raw in paths:
        if str(raw) == STDIN:
            if stdin_seen:
                yield LoadFailure("<stdin>", "standard input can be read only once")
            else:
                stdin_seen = True
                yield Source("<stdin>", None)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not _skipped(p, path)
            )
            if not found:
                yield LoadFailure(str(raw), f"no article files ({', '.join(sorted(ARTICLE_SUFFIXES))}) in this folder")
            for p in found:
                yield Source(str(p), p, kind_for(p))
        elif path.exists():
            yield Source(str(raw), path, kind_for(path))
        else:
            yield LoadFailure(str(raw), "no such file or directory")


def load_source(source: Source, overrides: Overrides | None = None, *, stdin: BinaryIO | None = None) -> list[Outcome]:
    """Every outcome of one source (several for JSON Lines)."""
    try:
        if source.path is None:
            if stdin is None:
                raise ArticleError("no standard input to read")
            data = read_stream(stdin)
            if not data:
                raise ArticleError("empty input")
        else:
            data = read_limited(source.path)
        kind = source.kind or sniff(data)
        if kind == "html":
            return [load_html(data, overrides, origin=source.origin)]
        warnings: list[str] = []
        text = decode_bytes(data, warn=warnings.append)
        if kind == "jsonl":
            return [_with_warnings(o, warnings) for o in load_jsonl(text, overrides, origin=source.origin)]
        return [_with_warnings(load_text(text, overrides, origin=source.origin), warnings)]
    except ArticleError as exc:
        return [LoadFailure(source.origin, str(exc))]


def _with_warnings(outcome: Outcome, warnings: list[str]) -> Outcome:
    if not warnings or isinstance(outcome, LoadFailure):
        return outcome
    return replace(outcome, warnings=tuple(warnings) + outcome.warnings)


def iter_load(
    paths: Sequence[str | Path], overrides: Overrides | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Outcome]:
    """Every outcome of every path, in order; failures do not stop the rest."""
    for item in expand_paths(paths):
        if isinstance(item, LoadFailure):
            yield item
        else:
            yield from load_source(item, overrides, stdin=stdin)


def load_path(path: str | Path, overrides: Overrides | None = None, *, stdin: BinaryIO | None = None) -> list[Article]:
    """All articles at ``path`` (file, folder or ``-``). Strict: the first failure raises
    ArticleError ``"<origin>: <reason>"``."""
    articles: list[Article] = []
    for outcome in iter_load([path], overrides, stdin=stdin):
        if isinstance(outcome, LoadFailure):
            raise ArticleError(f"{outcome.origin}: {outcome.message}")
        articles.append(outcome.article)
    return articles
