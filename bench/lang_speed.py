"""Extraction time per article of one language, against one dateparser ``search_dates`` call.

The target (issue 8): extracting an article costs at most 3x one
``dateparser.search.search_dates(text, languages=[code])`` on the same text. Both are timed
in the same process on the real-article corpus of that language (``../shared/corpus``), after
one warm-up pass that loads the rule tables, the morphology dictionaries and dateparser's
language data; the fastest of ``--rounds`` counts. Prints ms per article for both and their
ratio.

    python bench/lang_speed.py --lang uk [--corpus ../shared/corpus] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_corpus import DEFAULT_CORPUS, read_article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", required=True, help="language code of the corpus articles to time")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    from dateparser.search import search_dates

    from tracker.articles import Article
    from tracker.extract import extract_events
    from tracker.extract.mentions.registry import ActorRegistry

    articles = [read_article(p) for p in sorted((args.corpus / "articles").glob(f"*_{args.lang}_*.txt"))]
    if not articles:
        print(f"no {args.lang} articles in {args.corpus}", file=sys.stderr)
        return 2
    registry = ActorRegistry.load()
    docs = [
        Article(text=a.body, lang=args.lang, published=dt.date.fromisoformat(a.meta["published"]) if a.meta.get("published") else None)
        for a in articles
    ]

    def extract_all() -> None:
        for d in docs:
            extract_events(d, registry)

    def dateparser_all() -> None:
        for a in articles:
            search_dates(a.body, languages=[args.lang])

    def best(fn) -> float:  # type: ignore[no-untyped-def]
        fn()  # warm-up: tables, dictionaries, dateparser data
        times = []
        for _ in range(max(1, args.rounds)):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times) / len(docs) * 1000

    extract_ms = best(extract_all)
    dateparser_ms = best(dateparser_all)
    print(f"{args.lang}: {len(docs)} articles; extraction {extract_ms:.1f} ms/article, "
          f"dateparser search_dates {dateparser_ms:.1f} ms/article, ratio {extract_ms / dateparser_ms:.2f} (target <= 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
