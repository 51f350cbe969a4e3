"""Folding and tokens: how texts and aliases are compared, offset for offset.

A *folded* copy of a text is lower case, without accents or other combining marks, with
typographic apostrophes and dashes unified, and exactly as long as the original, so an offset
in the folded text is the same offset in the original. Tokens carry both forms and a matching
key: Russian and Ukrainian tokens are compared by stem (a short list of case endings is cut),
so "Путина" and "Москве" find "Путин" and "Москва". An alias also records, per token, whether
it must be capitalised ("Bonne" the adviser, not "une bonne nouvelle") or all capitals ("US").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

# --------------------------------------------------------------------------- folding


class _FoldTable(dict):
    """``str.translate`` table computed lazily: one output character per input character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        out = _SPECIAL.get(char)
        if out is None:
            base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
            lowered = (base or char).lower()
            out = lowered[0] if lowered else char
            if unicodedata.combining(char):
                out = char
        self[code] = out
        return out


_SPECIAL = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u0131": "i", "\u0130": "i", "\u0142": "l", "\u0141": "l", "\u00f8": "o", "\u00d8": "o",
    "\u0111": "d", "\u0110": "d", "\u00df": "s", "\u0451": "\u0435", "\u0401": "\u0435",
}
_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with exactly the same length."""
    return text.translate(_FOLD)


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(r"\w+|[^\w\s]")
class Token(NamedTuple):
    """A word or punctuation mark of a text, with its folded form and matching key.

    ``lemma`` is a second matching key given by the language's normaliser (see
    :func:`with_lemmas`): "путина" -> "путин"; empty when there is none or it is the key.
    ``more_lemmas`` are the keys of the normaliser's other readings ("песков": "песок", then
    "песков"): aliases match by any of them, phrase words by ``lemma``.
    """

    start: int
    end: int
    text: str
    folded: str
    key: str
    hyphen_before: bool = False
    lemma: str = ""
    more_lemmas: tuple[str, ...] = ()

    def keys(self) -> tuple[str, ...]:
        """The keys this token matches an alias by (phrase words match by ``key`` and ``lemma``)."""
        if not self.lemma and not self.more_lemmas:
            return (self.key,)
        return (self.key, *((self.lemma,) if self.lemma else ()), *self.more_lemmas)


def _key(folded_token: str) -> str:
    """The matching key: the folded word less a case ending its languages declare (ASCII
    words never carry one: no shipped language declares Latin endings)."""
    if not folded_token.isascii():
        for ending in _case_endings():
            if folded_token.endswith(ending) and len(folded_token) - len(ending) >= 3:
                return folded_token[: -len(ending)]
    return folded_token


def _case_endings() -> tuple[str, ...]:
    from tracker.extract.lang import case_endings  # the registration point imports this module

    return case_endings()


def tokenize(text: str, folded: str | None = None) -> list[Token]:
    """Words and punctuation of ``text`` (hyphens are dropped: "Abou-Dhabi" == "Abou Dhabi")."""
    folded = fold(text) if folded is None else folded
    tokens = []
    hyphen_at = -2
    for m in _TOKEN.finditer(folded):
        f = m.group()
        if f == "-":
            hyphen_at = m.end()
            continue
        tokens.append(Token(m.start(), m.end(), text[m.start() : m.end()], f, _key(f), hyphen_at == m.start()))
    return tokens


def with_lemmas(tokens: list[Token], normalise: Callable[[str], str | tuple[str, ...]] | None) -> list[Token]:
    """``tokens`` with ``lemma`` (and ``more_lemmas``) set by a language's normaliser.

    The normaliser receives the word as written (case and accents kept: a lemmatiser needs
    "й" and "ä") and returns its normal form, or the normal forms of all its readings, best
    first. Each form is folded and keyed like an alias word (:func:`alias_keys`), so "путина"
    -> "путин" and "Зеленському" -> "зеленський" -> "зеленськ" meet the aliases' keys; forms
    equal to the token's own key are dropped. Unchanged without a normaliser.
    """
    if normalise is None:
        return tokens
    out = []
    for t in tokens:
        if not t.folded[:1].isalpha():
            out.append(t)
            continue
        found = normalise(t.text)
        forms = (found,) if isinstance(found, str) else found
        lemmas = [k for k in dict.fromkeys(_key(fold(f)) for f in forms if f) if k != t.key]
        out.append(t._replace(lemma=lemmas[0], more_lemmas=tuple(lemmas[1:])) if lemmas else t)
    return out


def with_name_suffixes(tokens: list[Token], suffixes: tuple[str, ...]) -> list[Token]:
    """``tokens`` where a capitalised word ending in one of the language's name suffixes also
    matches aliases without it (an extra key in ``more_lemmas``, not a lemma: phrase words
    such as demonyms keep matching the word as written)."""
    if not suffixes:
        return tokens
    out = []
    for t in tokens:
        extra = [t.key[: -len(s)] for s in suffixes
                 if t.key.endswith(s) and len(t.key) - len(s) >= 3 and t.text[:1].isupper()]
        extra = [k for k in extra if k not in t.keys()]
        out.append(t._replace(more_lemmas=(*t.more_lemmas, *extra)) if extra else t)
    return out


@lru_cache(maxsize=65536)
def alias_keys(alias: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Matching keys of an alias and, per token, its case constraint (0 any, 1 capital, 2 all caps)."""
    text = unicodedata.normalize("NFC", alias.strip())
    toks = tokenize(text)
    keys = tuple(t.key for t in toks)
    caps = []
    for t in toks:
        letters = [c for c in t.text if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            caps.append(2)
        elif letters and t.text[0].isupper():
            caps.append(1)
        else:
            caps.append(0)
    return keys, tuple(caps)




@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """The lookup key of a name: folded tokens joined by spaces."""
    return " ".join(t.key for t in tokenize(unicodedata.normalize("NFC", name.strip())))


def slugify(name: str) -> str:
    """ASCII-ish id of a name: "Steve Witkoff" → "steve-witkoff"; Cyrillic letters are kept."""
    words = [t.folded for t in tokenize(unicodedata.normalize("NFC", name)) if t.folded[0].isalnum()]
    return "-".join(words)



def caps_ok(caps: tuple[int, ...], tokens: list[Token], first: int) -> bool:
    """True when the tokens from ``first`` meet an alias's case constraints (see :func:`alias_keys`)."""
    for i, need in enumerate(caps):
        if need == 0:
            continue
        word = tokens[first + i].text
        if not word[:1].isupper():
            return False
        if need == 2 and not all(c.isupper() for c in word if c.isalpha()):
            return False
    return True
