"""Extraction and ingest throughput, against a dateparser baseline timed in the same process.

Builds N articles (default 300) by rotating through the annotated corpus, each with a small
edition line appended so every content hash differs, then measures

* extraction alone: ``tracker.extract.extract_events(article, registry)``, registry loaded once;
* ingest: the articles written as front-matter files into a temporary folder and ingested
  with ``tracker.app.ingest.ingest_paths``, first as a dry run (loading and extraction, all N
  articles), then end to end into a fresh temporary SQLite store (one append transaction per
  article, projections caught up) for 30 articles and for all N (or the sizes given by
  ``--ingest-sizes``): the per-article time at two sizes shows whether the cost grows with
  the store;
* the baseline: one ``dateparser.search.search_dates(text, languages=[lang])`` call per article
  over the same texts.

Extraction and baseline each run as a block over all articles, alternating over several
rounds; the fastest round of each counts (other processes share the machine). Each phase
runs once over the corpus first to warm caches (dateparser's language data, the
alias matcher), so the figures are steady-state. Target: extraction within 3× the baseline.
Prints articles per second and the ratio; always exits 0 (a measurement, not a test).

    python bench/extract_speed.py [--articles 300] [--rounds 3] [--no-ingest] [--ingest-sizes 30,300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import CorpusItem, load_corpus  # noqa: E402

TARGET_RATIO = 3.0


def variants(items: list[CorpusItem], count: int) -> list[tuple[CorpusItem, str]]:
    """``count`` (item, text) pairs rotating through the corpus, each text unique."""
    out = []
    for n in range(count):
        item = items[n % len(items)]
        line = f"(Édition n° {n + 1})" if item.lang == "fr" else f"(Edition no. {n + 1})"
        out.append((item, f"{item.text}\n\n{line}"))
    return out


def time_extraction(articles: list, registry) -> float:
    from tracker.extract import extract_events

    started = time.perf_counter()
    for article in articles:
        extract_events(article, registry)
    return time.perf_counter() - started


def time_baseline(articles: list) -> float:
    from dateparser.search import search_dates

    started = time.perf_counter()
    for article in articles:
        search_dates(article.text, languages=[article.lang])
    return time.perf_counter() - started


def time_rounds(articles: list, registry, rounds: int) -> tuple[list[float], list[float]]:
    """Per-round seconds of extraction and of the baseline, each over all ``articles``.

    Each phase runs as one block (so each keeps its own caches warm, as in real use); the
    blocks alternate and swap order every round, and the caller takes the fastest round of
    each, the usual defence against other processes' load on a shared machine.
    """
    extract_s, baseline_s = [], []
    for n in range(rounds):
        if n % 2 == 0:
            extract_s.append(time_extraction(articles, registry))
            baseline_s.append(time_baseline(articles))
        else:
            baseline_s.append(time_baseline(articles))
            extract_s.append(time_extraction(articles, registry))
    return extract_s, baseline_s


def write_files(folder: Path, pairs: list[tuple[CorpusItem, str]]) -> None:
    for n, (item, text) in enumerate(pairs):
        meta = "\n".join(f'{k}: "{v}"' if k == "title" else f"{k}: {v}" for k, v in item.meta.items())
        (folder / f"a{n:05d}_{item.name}.txt").write_text(f"---\n{meta}\n---\n{text}\n", encoding="utf-8")


def time_ingest(pairs: list[tuple[CorpusItem, str]], dry_run: bool = False) -> tuple[float, int, int]:
    """Seconds, articles and events of an ingest of ``pairs`` from files into a fresh SQLite store.

    With ``dry_run`` nothing is written: loading and extraction only, the same path as
    ``tracker ingest --dry-run``.
    """
    from tracker.app.ingest import ingest_paths
    from tracker.store import open_store

    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_files(folder, pairs)
        store = None if dry_run else open_store(str(Path(tmp) / "bench.sqlite3"))
        try:
            started = time.perf_counter()
            report = ingest_paths(store, [folder], dry_run=dry_run)
            seconds = time.perf_counter() - started
        finally:
            if store is not None:
                store.close()
        for failure in report.failures[:5]:
            print(f"ingest failure: {failure.origin}: {failure.message}", file=sys.stderr)
        return seconds, len(report.ingested), report.event_count


def _ingest_line(label: str, seconds: float, articles: int, events: int) -> str:
    rate = articles / seconds if seconds else 0.0
    return (f"{label:<33}{rate:8.1f} articles/s  ({seconds * 1000 / max(articles, 1):7.1f} ms/article; "
            f"{articles} articles, {events} events)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="how many articles to build (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds; the fastest counts (default 3)")
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest measurements")
    parser.add_argument("--ingest-sizes", default=None,
                        help="article counts for the end-to-end ingest into SQLite, comma-separated (default: 30 and "
                             "all); each runs on a fresh store, so per-article times show how the cost grows with the store")
    args = parser.parse_args(argv)

    items = load_corpus()
    pairs = variants(items, max(1, args.articles))
    articles = [item.to_article(text) for item, text in pairs]
    warm = [item.to_article() for item in items]
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles ({len({a.id for a in articles})} distinct), {words} words, "
          f"{len(items)} corpus texts; python {sys.version.split()[0]}, {os.cpu_count()} cores", file=sys.stderr)

    try:
        from tracker.extract.mentions.registry import ActorRegistry

        started = time.perf_counter()
        registry = ActorRegistry.load()
        registry.alias_index()
        load_seconds = time.perf_counter() - started
        time_rounds(warm, registry, 1)
    except ImportError as exc:
        print(f"extractor not available: {exc}", file=sys.stderr)
        return 0

    extract_rounds, baseline_rounds = time_rounds(articles, registry, max(1, args.rounds))
    extract_s, baseline_s = min(extract_rounds), min(baseline_rounds)
    ratio = extract_s / baseline_s if baseline_s else float("inf")
    ratios = sorted(e / b for e, b in zip(extract_rounds, baseline_rounds) if b)
    print("rounds (extraction s / baseline s): "
          + ", ".join(f"{e:.2f}/{b:.2f}" for e, b in zip(extract_rounds, baseline_rounds)), file=sys.stderr)
    n = len(articles)
    print(f"registry load + alias index      {load_seconds * 1000:8.1f} ms (once)")
    print(f"extraction                       {n / extract_s:8.1f} articles/s  ({extract_s * 1000 / n:6.2f} ms/article)")
    print(f"baseline search_dates(lang)      {n / baseline_s:8.1f} articles/s  ({baseline_s * 1000 / n:6.2f} ms/article)")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"ratio extraction / baseline      {ratio:8.2f}x  ({verdict} the {TARGET_RATIO:.0f}x target; "
          f"per round {ratios[0]:.2f}-{ratios[-1]:.2f}x)")
    if args.no_ingest:
        return 0
    print(_ingest_line("ingest --dry-run (load+extract)", *time_ingest(pairs, dry_run=True)))
    sizes = [min(30, len(pairs)), len(pairs)] if args.ingest_sizes is None else [
        int(x) for x in args.ingest_sizes.split(",") if x.strip()
    ]
    for size in sorted({min(max(1, n), len(pairs)) for n in sizes}):
        print(_ingest_line(f"ingest into SQLite, {size} articles", *time_ingest(pairs[:size])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
