"""The annotated corpus: articles with front matter and the events an analyst expects.

Shared by the benchmarks (``bench/eval_extraction.py``, ``bench/extract_speed.py``) and the
corpus checks (``tests/test_corpus.py``), so all three read the files the same way. The
format is described in ``tests/articles/README.md``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ARTICLES_DIR = REPO / "tests" / "articles"
SEED_ARTICLES_DIR = REPO / "seeds" / "articles"
SEED_EXPECTED_DIR = REPO / "seeds" / "expected"

_FENCE = "---"
_KEY_VALUE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$")
_SIDE_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")

#: Keys an expected event may carry; anything else is a typo.
EXPECTED_KEYS = frozenset(
    {"type", "modality", "start", "end", "date_basis", "participants", "sides", "location", "note"}
)


class CorpusError(ValueError):
    """A corpus file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class CorpusItem:
    """One article of the corpus with its metadata and expected events."""

    name: str
    path: Path
    expected_path: Path
    meta: dict[str, str]
    text: str
    expected: list[dict[str, Any]]

    @property
    def lang(self) -> str:
        return self.meta["lang"]

    @property
    def published(self) -> dt.date:
        return dt.date.fromisoformat(self.meta["published"])

    def to_article(self, text: str | None = None):  # -> tracker.articles.Article
        """The article as the extractor sees it (optionally with replaced text)."""
        from tracker.articles import Article

        return Article(
            text=self.text if text is None else text,
            lang=self.lang,
            published=self.published,
            url=self.meta.get("url"),
            title=self.meta.get("title"),
            source=self.meta.get("source"),
        )


def parse_front_matter(raw: str, where: str = "article") -> tuple[dict[str, str], str]:
    """Split ``---``-fenced ``key: value`` lines from the text that follows them."""
    lines = raw.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != _FENCE:
        raise CorpusError(f"{where}: no front matter (the first line must be '---')")
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == _FENCE:
            text = "\n".join(lines[number:]).strip()
            if not text:
                raise CorpusError(f"{where}: no text after the front matter")
            return meta, text
        if not line.strip():
            continue
        m = _KEY_VALUE.match(line)
        if not m:
            raise CorpusError(f"{where}: line {number} is not 'key: value': {line!r}")
        key, value = m.group(1), m.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        if key in meta:
            raise CorpusError(f"{where}: key {key!r} given twice")
        meta[key] = value
    raise CorpusError(f"{where}: front matter is not closed by '---'")


def check_meta(meta: dict[str, str], where: str) -> None:
    """Required keys present, published an ISO date, lang a registered language."""
    for key in ("title", "published", "lang", "source"):
        if not meta.get(key):
            raise CorpusError(f"{where}: front matter lacks {key!r}")
    try:
        dt.date.fromisoformat(meta["published"])
    except ValueError:
        raise CorpusError(f"{where}: published {meta['published']!r} is not an ISO date") from None
    from tracker.extract.lang import supported_languages

    if meta["lang"] not in supported_languages():
        raise CorpusError(f"{where}: lang {meta['lang']!r} is not one of {', '.join(supported_languages())}")
    if "url" in meta and not meta["url"].startswith(("http://", "https://")):
        raise CorpusError(f"{where}: url {meta['url']!r} is not an http(s) URL")


def check_expected_event(event: Any, where: str) -> None:
    """Validate one expected event against the event catalogue; raise CorpusError."""
    from tracker.errors import TrackerError
    from tracker.events import MODALITIES, OCCURRENCE_TYPES, DateInterval, parse_reduced_date

    if not isinstance(event, dict):
        raise CorpusError(f"{where}: an event must be an object")
    unknown = set(event) - EXPECTED_KEYS
    if unknown:
        raise CorpusError(f"{where}: unknown keys {sorted(unknown)}")
    if event.get("type") not in OCCURRENCE_TYPES:
        raise CorpusError(f"{where}: unknown type {event.get('type')!r}")
    if event.get("modality") not in MODALITIES:
        raise CorpusError(f"{where}: unknown modality {event.get('modality')!r}")
    start, end = event.get("start"), event.get("end")
    if (start is None) != (end is None):
        raise CorpusError(f"{where}: start and end must both be dates or both be null")
    if start is not None:
        try:
            for value in (start, end):
                if parse_reduced_date(value)[0] != value:
                    raise CorpusError(f"{where}: date {value!r} is not in reduced ISO form")
            DateInterval(start=start, end=end, precision=parse_reduced_date(start)[1])
        except TrackerError as exc:
            raise CorpusError(f"{where}: {exc}") from None
    if event.get("date_basis") not in (None, "publication"):
        raise CorpusError(f"{where}: date_basis must be 'publication' when given")
    participants = event.get("participants")
    if not isinstance(participants, list) or not participants:
        raise CorpusError(f"{where}: participants must be a non-empty list")
    if any(not isinstance(p, str) or not p.strip() for p in participants):
        raise CorpusError(f"{where}: every participant must be a non-empty name")
    if len(set(participants)) != len(participants):
        raise CorpusError(f"{where}: participants repeat a name")
    sides = event.get("sides")
    if not isinstance(sides, list) or not sides or any(not isinstance(s, str) or not _SIDE_CODE.match(s) for s in sides):
        raise CorpusError(f"{where}: sides must be a non-empty list of upper-case codes")
    location = event.get("location")
    if location is not None and (not isinstance(location, str) or not location.strip()):
        raise CorpusError(f"{where}: location must be a name or null")
    if not isinstance(event.get("note"), str) or not event["note"].strip():
        raise CorpusError(f"{where}: note must say where the event comes from")


def load_expected(path: Path) -> list[dict[str, Any]]:
    """Read and validate an expectations file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path.name}: invalid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise CorpusError(f"{path.name}: expected an object with an 'events' list")
    for index, event in enumerate(data["events"]):
        check_expected_event(event, f"{path.name} event {index}")
    return data["events"]


def load_item(path: Path, expected_path: Path) -> CorpusItem:
    meta, text = parse_front_matter(path.read_text(encoding="utf-8"), path.name)
    check_meta(meta, path.name)
    if not expected_path.is_file():
        raise CorpusError(f"{path.name}: no expectations file {expected_path.name}")
    name = path.name[: -len(".txt")]
    return CorpusItem(name, path, expected_path, meta, text, load_expected(expected_path))


def corpus_pairs() -> list[tuple[Path, Path]]:
    """(article, expectations) paths of the whole corpus: test articles, then seeds."""
    pairs = [(p, p.with_name(p.name[: -len(".txt")] + ".expected.json")) for p in sorted(ARTICLES_DIR.glob("*.txt"))]
    pairs += [(p, SEED_EXPECTED_DIR / (p.stem + ".json")) for p in sorted(SEED_ARTICLES_DIR.glob("*.txt"))]
    return pairs


def load_corpus() -> list[CorpusItem]:
    """Every annotated article, validated; raises CorpusError on the first bad file."""
    return [load_item(article, expected) for article, expected in corpus_pairs()]
