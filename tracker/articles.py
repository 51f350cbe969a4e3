"""Articles: the immutable inputs kept beside the log.

An article is identified by the SHA-256 of its normalised text, so the same text ingested
twice (from a file, a page or a JSON line) is the same article. Loading from files lives in
:mod:`tracker.article_loading`; this module holds the value type and its normalisation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

_SPACES = re.compile(r"[ \t\u00a0\u202f]+")
#: Invisible characters that split a word without showing (zero-width space, non-joiner and
#: joiner, word joiner, BOM used as a no-break space, soft hyphen): "Lav\u200brov" is "Lavrov".
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """NFC, invisible characters removed, unified newlines, runs of spaces folded, trailing
    spaces and outer blank lines cut.

    Spans in evidence refer to offsets in this normalised text.
    """
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE)).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


@dataclass(frozen=True)
class Article:
    """A news article ready for extraction. ``text`` is normalised on construction."""

    text: str
    lang: str
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    id: str = field(default="")

    def __post_init__(self) -> None:
        norm = normalise_text(self.text)
        object.__setattr__(self, "text", norm)
        object.__setattr__(self, "id", hashlib.sha256(norm.encode("utf-8")).hexdigest())
