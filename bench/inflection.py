"""Which inflection library maps a declined word of running text to the form the registry lists?

Russian and Ukrainian decline names ("Путина", "Зеленському", "с Уиткоффом"), German declines
titles and nouns ("des Präsidenten"), Spanish and Italian inflect titles for number and gender
("ministros", "ministra"). The registry lists nominatives only, so extraction needs a step that
normalises a token and an alias to the same form. This benchmark compares candidates on the
real-article corpus (``../shared/corpus``, ru/uk/de/es/it texts):

* **declined pairs**: every (text word, registry word) pair where the text word is the registry
  word (an alias word of a person, side or place, or a title word) plus a case or number ending
  of the language; *recall* is the share of such pairs a library normalises to the same form;
* **other merges**: distinct text words that the library maps onto a registry word they are
  neither equal to nor a declined pair of; listed for inspection (some are declensions with a
  stem change the pair rule misses, "Київ"/"Києва", the rest are false merges);
* **cost**: µs per token over the corpus's running text, import + load time and peak memory in
  a fresh interpreter, and the size of the data each package ships (no run-time download).

Needs the adopted packages (pymorphy3, PyStemmer) and, for the comparison, the extra
``pip install -e '.[bench]'`` (simplemma, snowballstemmer); a missing one shows as n/a.

Usage::

    python bench/inflection.py [--corpus ../shared/corpus] [--examples 8]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_corpus import DEFAULT_CORPUS, read_article  # noqa: E402

LANGS = ("ru", "uk", "de", "es", "it")
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")

#: Nominative title and office words the extractor looks for, per language (the registry's
#: people and sides are read from the seeds).
TITLE_WORDS = {
    "ru": "президент министр посланник спецпосланник советник помощник делегация глава премьер "
          "канцлер госсекретарь представитель переговорщик лидер пресс-секретарь посол",
    "uk": "президент міністр посланець спецпосланець радник помічник делегація голова прем'єр "
          "канцлер держсекретар представник переговірник лідер речник посол",
    "de": "Präsident Minister Außenminister Gesandter Sondergesandter Berater Delegation Kanzler "
          "Sprecher Unterhändler Regierungschef Ministerpräsident Botschafter Vertreter",
    "es": "presidente ministro canciller enviado asesor delegación portavoz negociador mediador "
          "embajador representante secretario primer",
    "it": "presidente ministro inviato consigliere delegazione portavoce negoziatore mediatore "
          "ambasciatore rappresentante segretario premier",
}

#: Case and number endings used only to *find* declined pairs in the texts (the yardstick),
#: after a final vowel or soft sign of the registry word is dropped ("Женева" → "Женев|е").
ENDINGS = {
    "ru": "а я у ю ом ем ой ей ым им е и ы ами ями ах ях ов ев ам ям ого его ому ему ую юю ая яя ым",
    "uk": "а я у ю ом ем ою ею им ім і ї е и ові еві ам ям ах ях ами ями ів ого ому ій ої у",
    "de": "s es n en e er ern",
    "es": "s es a as",
    "it": "i e a",
}
_DROPPABLE = "аяоеьйиыіїєeaio"
_ONLY_UK = re.compile(r"[іїєґ]", re.I)
_ONLY_RU = re.compile(r"[ыэёъ]", re.I)


# --------------------------------------------------------------------------- normalisers


Normaliser = Callable[[str], frozenset[str]]


def _exact(lang: str) -> Normaliser:
    return lambda w: frozenset((w.lower(),))


def _current_key(lang: str) -> Normaliser | None:
    """The extractor's present rule (a short list of Cyrillic endings cut), for reference."""
    try:
        from tracker.extract.mentions.tokens import fold, _key  # type: ignore[attr-defined]
    except ImportError:
        return None
    return lambda w: frozenset((_key(fold(w)),))


def _simplemma(lang: str) -> Normaliser:
    import simplemma

    return lambda w: frozenset((simplemma.lemmatize(w, lang=lang).lower(),))


def _pymorphy(lang: str, every_parse: bool) -> Normaliser | None:
    if lang not in ("ru", "uk"):
        return None
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    if every_parse:
        return lambda w: frozenset(p.normal_form for p in morph.parse(w))
    return lambda w: frozenset((morph.parse(w)[0].normal_form,))


_SNOWBALL = {"ru": "russian", "de": "german", "es": "spanish", "it": "italian"}


def _snowball(lang: str) -> Normaliser | None:
    if lang not in _SNOWBALL:
        return None
    import Stemmer

    stemmer = Stemmer.Stemmer(_SNOWBALL[lang])
    return lambda w: frozenset((stemmer.stemWord(w.lower()),))


def _guarded(inner: Callable[[str], Normaliser | None], min_len: int) -> Callable[[str], Normaliser | None]:
    """``inner`` with two guards: a form shorter than ``min_len`` is dropped, and a capitalised
    word only meets a capitalised one (a name keeps its capital when declined)."""

    def make(lang: str) -> Normaliser | None:
        norm = inner(lang)
        if norm is None:
            return None

        def guarded(w: str) -> frozenset[str]:
            mark = "C:" if w[:1].isupper() else "l:"
            return frozenset(mark + f for f in norm(w) if len(f) >= min_len)

        return guarded

    return make


def _combined(lang: str) -> Normaliser:
    """The recommendation: pymorphy3 (every parse) plus simplemma for ru/uk; simplemma for
    de/es/it, with German's genitive "s" of a capitalised name cut ("Russlands", "Chinas")."""
    lemma = _simplemma(lang)
    morph = _pymorphy(lang, every_parse=True)
    if morph is not None:
        return lambda w: morph(w) | lemma(w)
    if lang == "de":
        return lambda w: lemma(w) | (frozenset((w[:-1].lower(),)) if w[:1].isupper() and w.endswith("s") else frozenset())
    return lemma


#: Lemmatisers whose output is a word, measured a second time normalising the text word only.
LEMMATISERS = ("simplemma", "pymorphy3 first parse", "pymorphy3 any parse", "pymorphy3+simplemma")

LIBRARIES: dict[str, Callable[[str], Normaliser | None]] = {
    "exact (lower case)": _exact,
    "current key (tokens.py)": _current_key,
    "simplemma": _simplemma,
    "pymorphy3 first parse": lambda lang: _pymorphy(lang, False),
    "pymorphy3 any parse": lambda lang: _pymorphy(lang, True),
    "snowball (PyStemmer)": _snowball,
    "snowball, guarded": _guarded(_snowball, 4),
    "pymorphy3 any, guarded": _guarded(lambda lang: _pymorphy(lang, True), 3),
    "pymorphy3+simplemma": _combined,
}

#: How each package is imported and loaded in a fresh interpreter, and its distribution names.
LOADERS = {
    "simplemma (5 langs)": ("import simplemma\nfor l in ('ru','uk','de','es','it'): simplemma.lemmatize('a', lang=l)", ("simplemma",)),
    "simplemma (de only)": ("import simplemma\nsimplemma.lemmatize('a', lang='de')", ("simplemma",)),
    "pymorphy3 (ru+uk)": (
        "import pymorphy3\npymorphy3.MorphAnalyzer(lang='ru'); pymorphy3.MorphAnalyzer(lang='uk')",
        ("pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk", "DAWG2-Python"),
    ),
    "PyStemmer": ("import Stemmer\nfor l in ('russian','german','spanish','italian'): Stemmer.Stemmer(l).stemWord('a')", ("PyStemmer",)),
    "snowballstemmer": (
        "import snowballstemmer\nfor l in ('russian','german','spanish','italian'): snowballstemmer.stemmer(l).stemWord('a')",
        ("snowballstemmer",),
    ),
}


# --------------------------------------------------------------------------- yardstick


def registry_words(seeds: Path) -> dict[str, set[str]]:
    """Words of registry aliases (people, organisations, sides, places) per script, plus titles."""
    actors = json.loads((seeds / "actors.json").read_text(encoding="utf-8"))
    places = json.loads((seeds / "places.json").read_text(encoding="utf-8"))
    names: list[str] = []
    for side in actors["sides"].values():
        names += [*side["names"].values(), *side.get("aliases", ()), *side.get("metonyms", ())]
    for actor in actors["actors"]:
        names += [actor["name"], *actor.get("aliases", ())]
    for place in places:
        names += [place["name"], *place.get("aliases", ())]
    # capitalised words only: the "de", "delle", "of" inside multi-word names are not names
    words = {w for n in names for w in _WORD.findall(n) if len(w) >= 4 and w[0].isupper()}
    out: dict[str, set[str]] = {}
    for lang in LANGS:
        cyr = lang in ("ru", "uk")
        chosen = {w for w in words if bool(_CYRILLIC.search(w)) == cyr}
        if cyr:  # letters only the other language has: "Штати" is no registry word for Russian
            foreign = _ONLY_UK if lang == "ru" else _ONLY_RU
            chosen = {w for w in chosen if not foreign.search(w)}
        out[lang] = chosen | set(TITLE_WORDS[lang].split())
    return out


def declined_pairs(text_words: Iterable[str], reg_words: set[str], lang: str) -> set[tuple[str, str]]:
    """(text word, registry word) pairs where the text word is a case/number form of it."""
    endings = ENDINGS[lang].split()
    by_lower: dict[str, str] = {w.lower(): w for w in reg_words}
    pairs = set()
    for word in set(text_words):
        low = word.lower()
        if low in by_lower:
            continue
        for ending in endings:
            if not low.endswith(ending) or len(low) - len(ending) < 3:
                continue
            stem = low[: -len(ending)]
            for base in (stem, *(stem + v for v in _DROPPABLE)):
                # a name keeps its capital when declined; a title word may start a sentence
                if base in by_lower and (word[0].isupper() or not by_lower[base][0].isupper()):
                    pairs.add((word, by_lower[base]))
    return pairs


def corpus_words(corpus: Path) -> dict[str, list[list[str]]]:
    """Running-text words of each corpus article, per language (headers stripped)."""
    words: dict[str, list[list[str]]] = defaultdict(list)
    for path in sorted((corpus / "articles").glob("*.txt")):
        article = read_article(path)
        if article.lang in LANGS:
            words[article.lang].append(_WORD.findall(article.body))
    return words


# --------------------------------------------------------------------------- measuring


def measure(
    norm: Normaliser, articles: list[list[str]], reg: set[str], pairs: set[tuple[str, str]], token_only: bool = False
) -> dict:
    """Recall on the declined pairs, other merges, µs per token and ms per article.

    ``token_only``: only the text word is normalised and must give the registry word as listed
    (a lemmatiser's output is a word); otherwise both are normalised and compared.
    """
    words = [w for article in articles for w in article]
    # timed first, before this function's own look-ups warm any cache the library keeps; one
    # call beforehand loads the dictionaries (load time is measured apart, in load_cost)
    norm("x")
    start = time.perf_counter()
    for word in words:
        norm(word)
    micro = (time.perf_counter() - start) / max(len(words), 1) * 1e6
    reg_forms: dict[str, set[str]] = defaultdict(set)
    for r in reg:
        for form in ((r.lower(),) if token_only else norm(r)):
            reg_forms[form].add(r)

    def same(w: str, r: str) -> bool:
        return r.lower() in norm(w) if token_only else bool(norm(w) & norm(r))

    hits = sum(1 for w, r in pairs if same(w, r))
    paired = {w for w, _ in pairs}
    regs_lower = {r.lower() for r in reg}
    others = []
    for word in sorted(set(words)):
        if word.lower() in regs_lower or word in paired:
            continue
        targets = {r for form in norm(word) for r in reg_forms.get(form, ())}
        if targets:
            others.append((word, sorted(targets)[0]))
    misses = sorted(f"{w}->{r}" for w, r in pairs if not same(w, r))
    # the way an extractor would use it: capitalised words only (names, places), cached
    cached = lru_cache(maxsize=4096)(norm)
    start = time.perf_counter()
    for article in articles:
        for word in article:
            if word[:1].isupper():
                cached(word)
    per_article = (time.perf_counter() - start) / max(len(articles), 1) * 1e3
    return {"recall": hits / len(pairs) if pairs else 0.0, "others": others, "misses": misses, "us": micro, "ms": per_article}


def load_cost(code: str) -> tuple[float, float]:
    """Seconds to import and load, and resident memory added (MB), in a fresh interpreter."""
    # VmHWM (peak resident set of this process image), not ru_maxrss: the latter keeps the
    # parent's peak across fork and exec, so a small child would report nothing added.
    probe = (
        "import re, time\n"
        "def kb(field):\n"
        "    return int(re.search(field + r':\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n"
        "base = kb('VmRSS')\n"
        "t = time.perf_counter()\n"
        f"{code}\n"
        "print(time.perf_counter() - t, (kb('VmHWM') - base) / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def shipped_data_mb(dists: Iterable[str]) -> float:
    """Size of the non-Python files the distributions install (their built-in data)."""
    total = 0
    for dist in dists:
        try:
            files = importlib.metadata.files(dist) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for f in files:
            if f.suffix not in (".py", ".pyc", ".so") and "dist-info" not in str(f):
                path = f.locate()
                total += path.stat().st_size if path.exists() else 0
    return total / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder with articles/")
    parser.add_argument("--examples", type=int, default=6, help="other merges listed per library and language")
    args = parser.parse_args(argv)
    if not (args.corpus / "articles").is_dir():
        raise SystemExit(f"inflection: {args.corpus} has no articles/ folder")
    articles = corpus_words(args.corpus)
    words = {lang: [w for a in articles[lang] for w in a] for lang in LANGS}
    reg = registry_words(ROOT / "seeds")
    pairs = {lang: declined_pairs(words[lang], reg[lang], lang) for lang in LANGS}
    print("declined pairs in the corpus (text word -> registry word):")
    for lang in LANGS:
        sample = ", ".join(f"{w}->{r}" for w, r in sorted(pairs[lang])[:6])
        print(f"  {lang}: {len(pairs[lang]):3d} pairs, {len(articles[lang])} articles, {len(words[lang]):5d} tokens   e.g. {sample}")
    details: list[str] = []
    for token_only in (False, True):
        print()
        print(
            "lemma of the text word == registry word as listed" if token_only else "both normalised, then compared",
            "(recall on declined pairs, other merges, µs per token, ms per article on capitalised words with a cache)",
        )
        print(f"{'library':26} " + " ".join(f"{lang:>22}" for lang in LANGS))
        for name, make in LIBRARIES.items():
            if token_only and name not in LEMMATISERS:
                continue
            cells = []
            for lang in LANGS:
                try:
                    norm = make(lang)
                except ImportError:  # pip install -e '.[bench]' for the libraries not adopted
                    norm = None
                if norm is None:
                    cells.append(f"{'n/a':>22}")
                    continue
                m = measure(norm, articles[lang], reg[lang], pairs[lang], token_only)
                cells.append(f"{m['recall']:>5.2f} {len(m['others']):>3d} {m['us']:>6.1f} {m['ms']:>5.1f}")
                label = f"{name}{' (token only)' if token_only else ''} [{lang}]"
                if m["others"] and args.examples:
                    details.append(f"  {label}: " + ", ".join(f"{w}->{r}" for w, r in m["others"][: args.examples]))
                if m["misses"] and args.examples:
                    details.append(f"  {label} MISSED: " + ", ".join(m["misses"][: args.examples]))
            print(f"{name:26} " + " ".join(cells))
    print("\nother merges and missed pairs (first few, for inspection):")
    print("\n".join(details) or "  none")
    print(f"\n{'package':20} {'import+load s':>14} {'memory MB':>10} {'data shipped MB':>16}")
    for name, (code, dists) in LOADERS.items():
        try:
            seconds, memory = load_cost(code)
        except subprocess.CalledProcessError:
            print(f"{name:20} {'not installed':>14}")
            continue
        print(f"{name:20} {seconds:>14.2f} {memory:>10.1f} {shipped_data_mb(dists):>16.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
