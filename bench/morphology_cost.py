"""What the Russian/Ukrainian normaliser costs per article, against a dateparser baseline.

For every ru and uk article of the real corpus (``../shared/corpus/articles``), times

* tokenising alone (``tokenize``), the floor every language pays;
* the normaliser on every word (``with_lemmas`` with
  :func:`tracker.extract.lang.slavic_morphology.normaliser`), **cold**: the per-word cache is
  emptied before each article, so every distinct word is analysed (the worst case: a
  process reading one article), and **warm**: the same article again (a long-running ingest,
  where most words were seen before);
* the baseline: one ``dateparser.search.search_dates(text, languages=[lang])`` per article,
  the yardstick of bench/extract_speed.py (extraction within 3x of it).

Also the one-off dictionary load per language. Fastest of ``--rounds`` rounds counts; prints
milliseconds per article and the ratio to the baseline; always exits 0.

    python bench/morphology_cost.py [--corpus ../shared/corpus] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_corpus import DEFAULT_CORPUS, read_article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    from dateparser.search import search_dates

    from tracker.extract.lang.slavic_morphology import analyzer, normal_forms, normaliser
    from tracker.extract.mentions.tokens import tokenize, with_lemmas

    print("| lang | articles | words/article | load (s, once) | tokenise ms | normalise cold ms | normalise warm ms | search_dates ms | cold / baseline |")
    print("|---|---|---|---|---|---|---|---|---|")
    for lang in ("ru", "uk"):
        texts = [read_article(p).body for p in sorted((args.corpus / "articles").glob(f"*_{lang}_*.txt"))]
        if not texts:
            continue
        t0 = time.perf_counter()
        analyzer(lang)
        load = time.perf_counter() - t0
        norm = normaliser(lang)
        search_dates(texts[0], languages=[lang])  # dateparser's language data, loaded once

        def per_article(fn) -> float:  # type: ignore[no-untyped-def]
            best = float("inf")
            for _ in range(args.rounds):
                t = time.perf_counter()
                for text in texts:
                    fn(text)
                best = min(best, time.perf_counter() - t)
            return best / len(texts) * 1000

        def cold(text: str) -> None:
            normal_forms.cache_clear()
            with_lemmas(tokenize(text), norm)

        tok = per_article(tokenize)
        cold_ms = per_article(cold) - tok
        for text in texts:
            with_lemmas(tokenize(text), norm)
        warm_ms = per_article(lambda text: with_lemmas(tokenize(text), norm)) - tok
        base = per_article(lambda text: search_dates(text, languages=[lang]))
        words = sum(len(tokenize(t)) for t in texts) / len(texts)
        print(f"| {lang} | {len(texts)} | {words:.0f} | {load:.2f} | {tok:.1f} | {cold_ms:.1f} | {warm_ms:.1f} | {base:.1f} | {cold_ms / base:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
