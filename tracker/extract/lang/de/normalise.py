"""The German word normaliser: declined forms of the words aliases are written in.

Registry aliases are nominatives ("Vereinigte Arabische Emirate", "Weiße Haus" after its
article, "Kreml"); a text declines them: "den Vereinigten Arabischen Emiraten", "des Weißen
Hauses", "des Kremls". The mention finder matches a token by its own form or by the form
given here (see ``Token.lemma``), so the rules only need to reach the nominative: a weak or
dative adjective or plural in -en/-em loses its last letter ("vereinigten" -> "vereinigte"),
a genitive in -es or -s loses its ending ("hauses" -> "haus", "kremls" -> "kreml"). Short
words are left alone ("Hamas", "Irans" stay whole) so that no ending is cut from a root.
Pure string rules, cached: no lemmatiser or stemmer is loaded.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """The nominative-looking form of a folded German word (the word itself when no rule fits)."""
    if len(word) < 6 or not word.isalpha():
        return word
    if word.endswith(("en", "em")):
        return word[:-1]
    if word.endswith("es"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
