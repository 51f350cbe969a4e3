"""Personal names next to titles: runs of capitalised words that are no known mention.

Used by the title stage to find "Petro Kowalski" after "Gen." or before ", envoyé du
président russe", and to tell a name from the capitals of a title-case headline. A name found
this way becomes a provisional actor (``unresolved:<slug>``).
"""

from __future__ import annotations

from tracker.extract.mentions.candidates import Cand
from tracker.extract.mentions.tokens import Token, slugify
from tracker.extract.mentions.words import LangWords


def is_name_word(tok: Token, words: LangWords) -> bool:
    t = tok.text
    return (
        t[:1].isupper()
        and t[:1].isalpha()
        and t not in words.name_stopwords
        and tok.key not in words.department_words
    )


def name_at(tokens: list[Token], k: int, words: LangWords, at: dict[int, Cand]) -> tuple[int, int] | None:
    """A run of capitalised words from token ``k`` that is no known mention: "Petro Kowalski"."""
    n = len(tokens)
    if k >= n or k in at or not is_name_word(tokens[k], words):
        return None
    last = k
    j = k + 1
    while j < n and j - k < 7:
        tok = tokens[j]
        if j in at:
            break
        glued = tokens[j].start == tokens[j - 1].end
        if tok.key == "." and glued and len(tokens[j - 1].text) == 1 and tokens[j - 1].text.isupper():
            last = j  # an initial: "Jane D. Doe"
            j += 1
            continue
        if tok.key == "'" and glued and j + 1 < n and tokens[j + 1].start == tok.end and tokens[j + 1].text[:1].isupper():
            last = j + 1  # "O'Brien"
            j += 2
            continue
        if tok.key in words.name_particles and j + 1 < n and j + 1 not in at and is_name_word(tokens[j + 1], words):
            last = j + 1
            j += 2
            continue
        if is_name_word(tok, words):
            last = j
            j += 1
            continue
        break
    return (k, last)


def in_headline(tokens: list[Token], text: str, last: int) -> bool:
    """True when a run of capitals ending at token ``last`` is part of a title-case headline.

    In prose a name is followed by punctuation or a lower-case word ("Jane Doe arrived."); in
    a headline the capitals run to the end of the line ("Russian Envoy Hails Progress") or go
    on after a short break ("... Hails Progress In Talks").
    """
    def same_line(a: int, b: int) -> bool:
        return "\n" not in text[tokens[a].end : tokens[b].start]

    nxt = last + 1
    if nxt >= len(tokens) or not same_line(last, nxt):
        return True
    if not tokens[nxt].text[:1].isupper():
        return False
    after = nxt + 1
    return after >= len(tokens) or not same_line(nxt, after) or tokens[after].text[:1].isupper()


def name_before(tokens: list[Token], b: int, words: LangWords, at: dict[int, Cand]) -> tuple[int, int] | None:
    """A run of two or more capitalised words ending at token ``b``, not starting the sentence."""
    k = b
    while k >= 0 and k not in at and (is_name_word(tokens[k], words) or tokens[k].key in words.name_particles):
        k -= 1
    first = k + 1
    if b - first + 1 < 2 or not is_name_word(tokens[first], words):
        return None
    if first == 0 and tokens[first].text in words.name_stopwords:
        return None
    return (first, b)


def unresolved_cand(tokens: list[Token], text: str, span: tuple[int, int], side: str | None, title: str) -> Cand:
    name = text[tokens[span[0]].start : tokens[span[1]].end]
    return Cand(
        span[0], span[1], f"unresolved:{slugify(name)}", name, side, "person", "title_name", priority=2, resolved=False, title=title
    )


def _plain_name(tokens: list[Token], span: tuple[int, int], words: LangWords) -> bool:
    """No word of the run is a title, a demonym, an acronym or an organisation noun."""
    for k in range(span[0], span[1] + 1):
        tok = tokens[k]
        if tok.key in words.name_particles:
            continue
        if len(tok.text) > 1 and tok.text.isupper():
            return False  # "UN", "RSF": acronyms are organisations, not people
        if tok.key in words.organisation_words or tok.key in words.department_words:
            return False
        if words.title_heads.match_at(tokens, k)[0] or words.title_modifiers.match_at(tokens, k)[0]:
            return False
        if words.demonyms.match_at(tokens, k)[0] or words.plural_nouns.match_at(tokens, k)[0]:
            return False
    return True


def speaker_names(tokens: list[Token], text: str, words: LangWords, at: dict[int, Cand]) -> list[Cand]:
    """Unknown people named without a title as the subject of saying or meeting.

    "Alberto Fernandez said", "Félix Tshisekedi a déclaré": two to four capitalised words
    right before such a verb, none of them a known mention, a title, a demonym, an acronym or an
    organisation noun, and not glued to a mention before them ("Hamas Political Bureau").
    They become provisional actors with no side.
    """
    out: list[Cand] = []
    if not words.speaker_verbs.max_len:
        return out
    for v in range(2, len(tokens)):
        if not words.speaker_verbs.match_at(tokens, v)[0] or v - 1 in at:
            continue
        span = name_before(tokens, v - 1, words, at)
        if span is None or span[1] - span[0] > 3 or span[0] - 1 in at:
            continue
        if not _plain_name(tokens, span, words) or in_headline(tokens, text, span[1]):
            continue
        name = text[tokens[span[0]].start : tokens[span[1]].end]
        out.append(Cand(span[0], span[1], f"unresolved:{slugify(name)}", name, None, "person", "title_name", priority=2, resolved=False))
    return out


def given_name_sides(chosen: list[Cand], tokens: list[Token], text: str, words: LangWords) -> list[Cand]:
    """Drop a one-word country or capital that is the given name of a person: "Jordan Bardella", "Chad Smith".

    The alias is followed by one capitalised word that is no mention, title, demonym,
    organisation noun, day or month, and the name ends there, in prose (not a title-case
    headline). "Ukraine President Zelensky", "in Ukraine Tuesday" and "Kosovo Serbs" keep their side.
    """
    at = {k: c for c in chosen for k in range(c.first, c.last + 1)}
    drop: set[int] = set()
    for c in chosen:
        if c.kind != "side" or c.first != c.last or c.as_modifier or not c.actor_id.startswith("side:"):
            continue
        k = c.last + 1
        if k >= len(tokens) or k in at or not is_name_word(tokens[k], words) or tokens[k].start - tokens[c.last].end != 1:
            continue
        if "\n" in text[tokens[c.last].end : tokens[k].start] or not _plain_name(tokens, (k, k), words):
            continue
        if in_headline(tokens, text, k) or (k + 1 < len(tokens) and tokens[k + 1].key in ("'", "-")):
            continue
        drop.add(id(c))
    return [c for c in chosen if id(c) not in drop] if drop else chosen
