"""Two measurements of one long ingest run (issue 7, items 3 and 8):

* **article length**: time of extraction on one article made of the project's own test
  articles (tests/articles/en_*.txt) concatenated to 25, 100 and 400 KB, reported as ratios
  to the 25 KB time, so a step that grows faster than the text shows as a ratio far above 4
  and 16;
* **memory per article**: tracemalloc's current size while one ``iter_ingest`` run records N
  generated articles into a temporary SQLite store, once keeping every result in a report
  (what ``ingest_paths`` does for library callers) and once streaming (what the CLI does);
  the growth per article is the slope between the 10th and the last article.

Run: ``.venv/bin/python bench/ingest_limits.py [--articles 300] [--sizes 25,100,400]
[--modes keep,stream] [--top 10]``. It
measures and never judges (exit 0); figures go to bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.article_loading import parse_front_matter  # noqa: E402
from tracker.articles import Article  # noqa: E402


def own_text() -> str:
    """The English test articles' bodies, one after the other."""
    parts = []
    for path in sorted((ROOT / "tests" / "articles").glob("en_*.txt")):
        _, body = parse_front_matter(path.read_text(encoding="utf-8"))
        parts.append(body.strip())
    return "\n\n".join(parts)


def length_ratios(sizes_kb: list[int]) -> None:
    import datetime as dt

    from tracker.extract import extract_events
    from tracker.extract.mentions.registry import ActorRegistry

    registry = ActorRegistry.load()
    base = own_text()
    extract_events(Article(base[:2000], "en", dt.date(2025, 12, 1)), registry)  # warm caches and regexes
    first = None
    for kb in sizes_kb:
        text = (base + "\n\n") * (kb * 1000 // len(base) + 1)
        article = Article(text[: kb * 1000], "en", dt.date(2025, 12, 1))
        start = time.perf_counter()
        drafts = extract_events(article, registry)
        took = time.perf_counter() - start
        first = first or took
        print(f"length {kb:4d} KB: {took:6.2f} s, {len(drafts):5d} events, ratio to {sizes_kb[0]} KB {took / first:5.1f}")


def memory_slope(n: int, modes: tuple[bool, ...] = (True, False), top: int = 0) -> None:
    from tracker.app.ingest import IngestReport, iter_ingest
    from tracker.store import open_store

    base = own_text().split("\n\n")
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i in range(n):
            chunk = "\n\n".join(base[(i * 3) % len(base): (i * 3) % len(base) + 4])
            path = Path(folder) / f"a{i:04d}.txt"
            path.write_text(f"---\npublished: 2025-12-01\nlang: en\n---\nRound {i} of talks.\n\n{chunk}\n", encoding="utf-8")
            paths.append(path)
        for keep in modes:
            db = Path(folder) / f"store-{keep}.sqlite3"
            store = open_store(str(db))
            report = IngestReport(dry_run=False, keep_items=keep)
            marks: dict[int, int] = {}
            snaps = {}
            tracemalloc.start(1)
            for count, item in enumerate(iter_ingest(store, paths), start=1):
                report.add(item)
                if count in (10, n):
                    gc.collect()
                    marks[count] = tracemalloc.get_traced_memory()[0]
                    if top:
                        snaps[count] = tracemalloc.take_snapshot()
            tracemalloc.stop()
            if top:
                for stat in snaps[n].compare_to(snaps[10], "lineno")[:top]:
                    print(f"    {stat.size_diff / 1024:8.1f} KB  {stat.traceback[0].filename.split('site-packages/')[-1]}:{stat.traceback[0].lineno}")
            store.close()
            slope = (marks[n] - marks[10]) / (n - 10)
            what = "report keeps every result" if keep else "streamed (CLI)          "
            print(f"memory, {what}: {slope / 1024:6.1f} KB per article over {n - 10} articles "
                  f"({report.article_count} recorded, {report.event_total} events)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--sizes", default="25,100,400", help="article lengths in KB; empty: skip")
    parser.add_argument("--modes", default="keep,stream", help="keep, stream or both (comma-separated)")
    parser.add_argument("--top", type=int, default=0, help="also list the N lines whose memory grew most")
    args = parser.parse_args()
    if args.sizes:
        length_ratios([int(s) for s in args.sizes.split(",")])
    memory_slope(args.articles, tuple(m == "keep" for m in args.modes.split(",")), args.top)


if __name__ == "__main__":
    main()
