"""Speed of the store against the raw driver, measured in one process on a temporary database.

Four measurements over N events (default 2,000), written as one article with ~10 events per
transaction, the way ``tracker ingest`` writes them:

* append: ``Store.append`` (validation, hashing, SQLAlchemy Core, writer lock) against raw
  ``sqlite3`` inserting the very same rows (the article row, then ``executemany`` of its log rows,
  in transactions of the same size) into tables with the same columns and indexes, with the
  store's PRAGMAs (WAL, its ``synchronous`` level, ``busy_timeout``, ``BEGIN IMMEDIATE``);
* read: ``Store.read`` of the whole log (JSON decoded, payloads upcast, dataclasses) against a
  plain ``SELECT * FROM log ORDER BY position`` with ``sqlite3`` on the same file;
* projections: ``tracker.projections.runner.rebuild`` of each read model over the N entries;
* verify: ``Store.verify`` over the N entries, and ``tracker verify`` end to end (a new
  process: interpreter start-up, imports, opening the store).

With ``--pg`` the append measurement runs on PostgreSQL too, against raw ``psycopg``
``executemany`` into tables made ``LIKE`` the store's (columns, keys and indexes). Each figure is
the best of ``--rounds`` rounds (fresh databases per append round), store and baseline
alternating, so other work on a shared machine weighs less. It prints ratios, it asserts
nothing, and it always exits 0.

    python bench/store_speed.py [--events 2000] [--per-article 10] [--rounds 3] [--pg [URL]]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.articles import Article  # noqa: E402
from tracker.events import (  # noqa: E402
    OCCURRENCE_TYPES,
    DateInterval,
    EventDraft,
    Evidence,
    Location,
    Participant,
)
from tracker.store import NewEntry, Store, open_store  # noqa: E402

DEFAULT_PG = os.environ.get("TRACKER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

PEOPLE = (
    Participant("Steve Witkoff", "US", actor_id="witkoff"),
    Participant("Kirill Dmitriev", "RU", actor_id="dmitriev"),
    Participant("Rustem Umerov", "UA", actor_id="umerov"),
    Participant("Marco Rubio", "US", actor_id="rubio"),
    Participant("Sergei Lavrov", "RU", actor_id="lavrov"),
    Participant("Hakan Fidan", "TR", role="mediator", actor_id="fidan"),
)
PLACES = (Location("Miami", "US"), Location("Istanbul", "TR"), Location("Abu Dhabi", "AE"), Location("Geneva", "CH"))


# --------------------------------------------------------------------------- workload


def corpus_texts() -> list[str]:
    """Bodies of the annotated articles (front matter dropped): realistic lengths and sentences."""
    texts = []
    for path in sorted((ROOT / "tests" / "articles").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        if raw.startswith("---"):
            raw = raw.split("---", 2)[2]
        texts.append(raw.strip())
    return texts or ["The delegations met in Geneva on Sunday. " * 40]


def workload(events: int, per_article: int, seed: int = 7) -> list[tuple[Article, list[NewEntry]]]:
    """Articles (distinct texts) each with ``per_article`` occurrences whose evidence is a
    sentence of that article; dates spread over four months, participants from a small pool,
    so projections see both separate and overlapping occurrences."""
    rng = random.Random(seed)
    texts = corpus_texts()
    batches = []
    made = 0
    index = 0
    while made < events:
        body = texts[index % len(texts)]
        article = Article(text=f"{body}\n\nEdition {index}.", lang="en", published=dt.date(2025, 12, 21),
                          url=f"https://news.example/{index}", title=f"Article {index}", source="bench")
        sentences = [s for s in article.text.split(". ") if s.strip()]
        entries = []
        for _ in range(min(per_article, events - made)):
            kind = rng.choice(OCCURRENCE_TYPES)
            day = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(120))
            sentence = rng.choice(sentences)
            start = article.text.find(sentence)
            draft = EventDraft(
                type=kind,
                date=DateInterval(day.isoformat(), day.isoformat(), "day", raw=day.strftime("%d %B"),
                                  resolution="relative_to_publication"),
                participants=tuple(rng.sample(PEOPLE, 2)),
                modality="planned" if kind == "meeting_planned" else "occurred",
                location=rng.choice(PLACES),
                summary=f"{kind.replace('_', ' ')} {made}",
                topics=("ceasefire",),
                confidence=0.8,
                evidence=(Evidence(article.id, sentence, (start, start + len(sentence)), "met", "bench"),),
            )
            entries.append(NewEntry(kind, draft.to_payload(), "bench/1", article_id=article.id))
            made += 1
        batches.append((article, entries))
        index += 1
    return batches


# --------------------------------------------------------------------------- helpers


def timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def best_alternating(rounds: int, *works: Callable[[], Any]) -> list[float]:
    """Run the works in turn, ``rounds`` times; the fastest time of each."""
    best = [float("inf")] * len(works)
    for _ in range(rounds):
        for i, work in enumerate(works):
            best[i] = min(best[i], timed(work))
    return best


def on_fresh(target: Any, work: Callable[[Any], Any]) -> tuple[float, float]:
    """(wall, CPU) seconds ``work(target)`` takes on a freshly opened store or connection, closed
    afterwards. CPU is this process's: it leaves out waiting for fsync (and the PostgreSQL server)."""
    try:
        cpu = time.process_time()
        wall = timed(lambda: work(target))
        return wall, time.process_time() - cpu
    finally:
        target.close()


def rates(n: int, times: dict[str, list[tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Per side: (events per second of the fastest round, CPU milliseconds per event at best)."""
    return {side: (n / min(w for w, _ in runs), min(c for _, c in runs) * 1e3 / n) for side, runs in times.items()}


def store_append(store: Store, batches: list[tuple[Article, list[NewEntry]]]) -> None:
    for article, entries in batches:
        store.append(entries, article=article)


# --------------------------------------------------------------------------- SQLite


def sqlite_store(folder: Path, name: str) -> tuple[Store, Path]:
    path = folder / f"{name}.sqlite3"
    return open_store(str(path)), path


def sqlite_pragmas(path: Path) -> dict[str, Any]:
    """The settings a store connection runs with (read from one of its own connections)."""
    store = open_store(str(path), upgrade=False)
    try:
        with store.engine.connect() as conn:
            return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "synchronous", "busy_timeout")}
    finally:
        store.close()


def sqlite_baseline_db(path: Path, like: Path, pragmas: dict[str, Any]) -> sqlite3.Connection:
    """A plain database with the store's ``log`` and ``articles`` tables and indexes (no
    triggers: they fire on UPDATE and DELETE only) and the store's PRAGMAs."""
    src = sqlite3.connect(like)
    ddl = [sql for (sql,) in src.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name IN ('log', 'articles') AND type IN ('table', 'index') "
        "AND sql IS NOT NULL ORDER BY type DESC")]
    src.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {pragmas['journal_mode']}")
    conn.execute(f"PRAGMA synchronous = {pragmas['synchronous']}")
    conn.execute(f"PRAGMA busy_timeout = {pragmas['busy_timeout']}")
    for statement in ddl:
        conn.execute(statement)
    return conn


def stored_rows(path: Path) -> list[tuple[tuple, list[tuple]]]:
    """The article rows and log rows a store wrote, grouped as they were appended."""
    conn = sqlite3.connect(path)
    article_cols = [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    arts = {r[0]: r for r in conn.execute(f"SELECT article_id, {', '.join(article_cols)} FROM articles")}
    groups: dict[str, list[tuple]] = {}
    order: list[str] = []
    for row in conn.execute("SELECT * FROM log ORDER BY position"):
        key = row[7]  # article_id
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(row)
    conn.close()
    return [(arts[k][1:], groups[k]) for k in order]


def sqlite_raw_append(conn: sqlite3.Connection, rows: list[tuple[tuple, list[tuple]]]) -> None:
    article_slots = ", ".join("?" * len(rows[0][0]))
    log_slots = ", ".join("?" * len(rows[0][1][0]))
    for article_row, log_rows in rows:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"INSERT INTO articles VALUES ({article_slots})", article_row)
        conn.executemany(f"INSERT INTO log VALUES ({log_slots})", log_rows)
        conn.execute("COMMIT")


def bench_sqlite(args: argparse.Namespace, batches: list[tuple[Article, list[NewEntry]]]) -> dict[str, Any]:
    n = sum(len(e) for _, e in batches)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="store_speed_") as tmp:
        folder = Path(tmp)
        # One store run first: it gives the rows for the baseline and the store's settings.
        store, first = sqlite_store(folder, "store_0")
        store_append(store, batches)
        store.close()
        pragmas = sqlite_pragmas(first)
        out["pragmas"] = pragmas
        rows = stored_rows(first)
        times: dict[str, list[tuple[float, float]]] = {"store": [], "raw": []}
        for i in range(1, args.rounds + 1):  # opening and migrating a store is outside the timed part
            times["store"].append(on_fresh(sqlite_store(folder, f"store_{i}")[0], lambda s: store_append(s, batches)))
            times["raw"].append(on_fresh(sqlite_baseline_db(folder / f"raw_{i}.sqlite3", first, pragmas),
                                         lambda c: sqlite_raw_append(c, rows)))
        out["append"] = rates(n, times)

        # Reading, projections and verify run on the first store.
        store = open_store(str(first))
        try:
            def store_read() -> None:
                for _ in store.read():
                    pass

            def raw_read() -> None:
                conn = sqlite3.connect(first)
                conn.execute("SELECT * FROM log ORDER BY position").fetchall()
                conn.close()

            t_store, t_raw = best_alternating(args.rounds, store_read, raw_read)
            out["read"] = (n / t_store, n / t_raw)

            from tracker.projections import PROJECTIONS
            from tracker.projections.runner import rebuild

            out["rebuild"] = {name: min(timed(lambda: rebuild(store, [name])) for _ in range(args.rounds)) / n
                              for name in PROJECTIONS}
            out["verify"] = min(timed(store.verify) for _ in range(args.rounds)) / n
        finally:
            store.close()
        tracker = Path(sys.executable).with_name("tracker")
        command = [str(tracker)] if tracker.exists() else [sys.executable, "-m", "tracker"]
        out["verify_cli"] = min(
            timed(lambda: subprocess.run([*command, "--db", str(first), "verify"], check=True, capture_output=True))
            for _ in range(args.rounds)
        )
    return out


# --------------------------------------------------------------------------- PostgreSQL


def pg_raw_append(conn: Any, rows: list[tuple[tuple, list[tuple]]]) -> None:
    article_slots = ", ".join(["%s"] * len(rows[0][0]))
    log_slots = ", ".join(["%s"] * len(rows[0][1][0]))
    for article_row, log_rows in rows:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute(f"INSERT INTO articles VALUES ({article_slots})", article_row)
            cur.executemany(f"INSERT INTO log VALUES ({log_slots})", log_rows)


def bench_pg(args: argparse.Namespace, batches: list[tuple[Article, list[NewEntry]]]) -> dict[str, tuple[float, float]] | None:
    """Events/s and CPU ms/event of Store.append and of raw psycopg executemany, or None if no server answers."""
    import psycopg

    n = sum(len(e) for _, e in batches)
    base = args.pg.replace("postgresql+psycopg://", "postgresql://")
    try:
        admin = psycopg.connect(base, autocommit=True, connect_timeout=5)
    except psycopg.Error as exc:
        print(f"PostgreSQL: not measured ({str(exc).strip().splitlines()[0]})")
        return None
    schemas: list[str] = []

    def schema() -> str:
        name = f"bench_{uuid.uuid4().hex[:12]}"
        admin.execute(f'CREATE SCHEMA "{name}"')
        schemas.append(name)
        return name

    def url_for(name: str) -> str:
        sep = "&" if "?" in args.pg else "?"
        return f"{args.pg}{sep}options=-csearch_path%3D{name}"

    times: dict[str, list[tuple[float, float]]] = {"store": [], "raw": []}
    try:
        first = schema()
        store = open_store(url_for(first))
        store_append(store, batches)
        store.close()
        article_rows = {r[0]: r for r in admin.execute(f'SELECT * FROM "{first}".articles').fetchall()}
        groups: dict[str, list[tuple]] = {}
        for row in admin.execute(f'SELECT * FROM "{first}".log ORDER BY position').fetchall():
            groups.setdefault(row[7], []).append(row)
        rows = [(article_rows[k], v) for k, v in groups.items()]
        for _ in range(args.rounds):
            times["store"].append(on_fresh(open_store(url_for(schema())), lambda s: store_append(s, batches)))
            name = schema()
            for table in ("articles", "log"):
                admin.execute(f'CREATE TABLE "{name}".{table} (LIKE "{first}".{table} INCLUDING ALL)')
            conn = psycopg.connect(base, options=f"-csearch_path={name}")
            times["raw"].append(on_fresh(conn, lambda c: pg_raw_append(c, rows)))
    finally:
        for name in schemas:
            admin.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        admin.close()
    return rates(n, times)


# --------------------------------------------------------------------------- main


def print_append(backend: str, baseline: str, figures: dict[str, tuple[float, float]]) -> None:
    (store_rate, store_cpu), (raw_rate, raw_cpu) = figures["store"], figures["raw"]
    print(f"append  {backend} Store.append {store_rate:6.0f} events/s | {baseline} {raw_rate:6.0f} events/s "
          f"| ratio {store_rate / raw_rate:.2f}x; client CPU {store_cpu:.3f} vs {raw_cpu:.3f} ms/event "
          f"({raw_cpu / store_cpu:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pg", nargs="?", const=DEFAULT_PG, default=None, metavar="URL",
                        help=f"also measure appends on PostgreSQL (default URL: {DEFAULT_PG})")
    args = parser.parse_args()

    batches = workload(args.events, args.per_article)
    n = sum(len(e) for _, e in batches)
    print(f"{dt.date.today()} {platform.python_implementation()} {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} cores; {n} events in {len(batches)} "
          f"transactions (one article each), best of {args.rounds}")
    r = bench_sqlite(args, batches)
    p = r["pragmas"]
    print(f"SQLite settings (store and baseline): journal_mode={p['journal_mode']} "
          f"synchronous={p['synchronous']} busy_timeout={p['busy_timeout']}")
    print_append("SQLite", "raw sqlite3 executemany", r["append"])
    store_rate, raw_rate = r["read"]
    print(f"read    Store.read   {store_rate:8.0f} entries/s | raw SELECT * FROM log {raw_rate:8.0f} entries/s "
          f"| ratio {store_rate / raw_rate:.2f}x")
    for name, per_entry in r["rebuild"].items():
        print(f"rebuild projection {name}: {per_entry * 1e3:.3f} ms per entry ({per_entry * n:.2f} s for {n})")
    print(f"verify  Store.verify: {r['verify'] * 1e6:.0f} us per entry ({r['verify'] * n * 1e3:.0f} ms for {n}); "
          f"`tracker verify` end to end: {r['verify_cli']:.2f} s")
    if args.pg:
        pg = bench_pg(args, batches)
        if pg is not None:
            print_append("PostgreSQL", "raw psycopg executemany", pg)


if __name__ == "__main__":
    main()
