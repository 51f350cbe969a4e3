"""Speed of temporal-expression extraction on the annotated corpus.

Reports, per article, the cost of ``find_temporal`` over the whole text and over each sentence
in turn (how the extractor calls it), plus the one-time cost of loading a language's patterns.
Times are the best of several rounds, so other work on a shared machine weighs less.

    python bench/temporal_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.extract.temporal import SUPPORTED_LANGUAGES, find_temporal, language_pack  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def load_articles() -> list[tuple[str, str, dt.date]]:
    """(body, lang, published) of every corpus article with front matter."""
    out = []
    for path in sorted((ROOT / "tests" / "articles").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        if not raw.startswith("---"):
            continue
        _, front, body = raw.split("---", 2)
        published = re.search(r"published:\s*(\S+)", front)
        lang = re.search(r"lang:\s*(\w+)", front)
        if published and lang and lang.group(1) in SUPPORTED_LANGUAGES:
            out.append((body.strip(), lang.group(1), dt.date.fromisoformat(published.group(1).strip('"'))))
    return out


def best_of(rounds: int, work) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    for lang in SUPPORTED_LANGUAGES:
        start = time.perf_counter()
        language_pack(lang)
        print(f"load {lang} patterns: {(time.perf_counter() - start) * 1000:.0f} ms")

    articles = load_articles()
    if not articles:
        print("no corpus articles found")
        return
    sentences = [([(m.group(), m.start()) for m in _SENTENCE.finditer(body)], lang, pub) for body, lang, pub in articles]
    chars = sum(len(body) for body, _, _ in articles) / len(articles)
    found = sum(len(find_temporal(body, lang, pub)) for body, lang, pub in articles)

    def whole() -> None:
        for body, lang, pub in articles:
            find_temporal(body, lang, pub)

    def per_sentence() -> None:
        for parts, lang, pub in sentences:
            for text, offset in parts:
                find_temporal(text, lang, pub, offset=offset)

    n = len(articles)
    print(f"{n} articles, {chars:.0f} characters and {found / n:.1f} expressions each on average")
    print(f"whole text:   {best_of(args.rounds, whole) / n * 1000:.2f} ms per article")
    print(f"per sentence: {best_of(args.rounds, per_sentence) / n * 1000:.2f} ms per article")


if __name__ == "__main__":
    main()
