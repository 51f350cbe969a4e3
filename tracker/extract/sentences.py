"""Sentence segmentation with spans into the article text.

Wire copy is mostly well punctuated, so a boundary is a full stop, question or exclamation mark
(possibly closed by a quote) followed by space and an upper-case letter, a quote or a digit, or
a line break. What breaks naive splitters in this domain is abbreviations inside names and
titles ("M. Poutine", "Gen. Keith Kellogg", "U.S. envoy", "J. D. Vance"): the language rules give
the list, and single capital initials never end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extract.types import Sentence

_BOUNDARY = re.compile(
    r"""(?P<end>[.!?…]+[»"”’)]*)(?P<gap>[ \t]+)(?=[«"“‘(]?\s*[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ0-9])"""
    r"""|(?P<nl>\n+)"""
)
_LAST_WORD = re.compile(r"([\w.'’-]+)[.!?…]+[»\"”’)]*$")


def split_sentences(text: str, abbreviations: Iterable[str] = ()) -> list[Sentence]:
    """Cut ``text`` into sentences; each keeps its exact span in ``text`` (end exclusive)."""
    abbrev = {a.lower().rstrip(".") for a in abbreviations}
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group("nl") is not None:
            cut, nxt = m.start(), m.end()
        else:
            if m.group("end").startswith(".") and _is_abbreviation(text, m.start("end"), abbrev):
                continue
            cut, nxt = m.end("end"), m.end()
        _emit(text, start, cut, out)
        start = nxt
    _emit(text, start, len(text), out)
    return out


def _is_abbreviation(text: str, dot: int, abbrev: set[str]) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    m = _LAST_WORD.search(text, max(0, dot - 40), dot + 1)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. D. Vance"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        # dotted acronyms (U.S., U.N.) end sentences only rarely in wire copy
        return True
    return word.lower() in abbrev


#: Longest stretch treated as one sentence. Unpunctuated text (a feed, a list, a table pasted
#: as prose) is cut at a comma or space before this, so the work per sentence stays bounded.
MAX_SENTENCE = 1000


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(", ", start, limit), text.rfind("; ", start, limit))
        if cut <= start + MAX_SENTENCE // 2:
            cut = text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        else:
            cut += 1
        _emit(text, start, cut, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(text=text[start:end], start=start, end=end, index=len(out)))
