"""Build a large store fast, for benchmarks: 1,000,000 events in minutes, without the extractor.

The events are shaped like the project's own annotated test articles (``tests/articles/
*.expected.json``: type, modality, participants, sides, place, dates), never the corpus. Each
generated *story* takes the events of one annotated article, moves them to a random day of the
year, sometimes swaps one side for another (so tracks vary), and is carried by one to 25 outlets
(syndicated copies: the same events in articles of different outlets, published the same day or
the next). Each copy is an article of its own (a distinct text) with its events, appended
through :meth:`tracker.store.Store.append_many`, many articles per transaction, so the hash chain
and every store guarantee hold as in a real ingest.

    python bench/make_store.py PATH_OR_URL [--events 1000000] [--seed 7] [--per-tx 200]

Prints the time taken and the rate. Projections are not caught up (the benches measure that).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.articles import Article  # noqa: E402
from tracker.events import DateInterval, EventDraft, Evidence, Location, Participant  # noqa: E402
from tracker.store import NewEntry, Store, open_store  # noqa: E402

OUTLETS = tuple(f"Outlet {i:02d}" for i in range(40))
#: How many outlets carry a story: mostly one to three, a few wire stories carried by 25.
COPIES = (1, 1, 1, 1, 2, 2, 3, 3, 5, 8, 25)
OTHER_SIDES = ("TR", "SA", "AE", "QA", "CN", "FR", "DE", "GB", "VA")
PLACES = {"Riyadh": "SA", "Jeddah": "SA", "Geneva": "CH", "Abu Dhabi": "AE", "Istanbul": "TR", "Miami": "US",
          "Moscow": "RU", "Kyiv": "UA", "Washington": "US", "Anchorage": "US", "Sharm el-Sheikh": "EG",
          "Doha": "QA", "Paris": "FR", "Berlin": "DE", "London": "GB"}


@dataclass(frozen=True)
class Shape:
    """One annotated event, with its dates as offsets (days) from its article's first date."""

    type: str
    modality: str
    participants: tuple[tuple[str, str | None, str], ...]  # (name, side, kind)
    location: str | None
    offset: int | None
    length: int


def _registry() -> dict[str, str]:
    """Side of every person and alias the seed registry knows, by name."""
    data = json.loads((ROOT / "seeds" / "actors.json").read_text(encoding="utf-8"))
    sides = {}
    for actor in data.get("actors", []):
        for name in [actor["name"], *actor.get("aliases", [])]:
            sides[name.casefold()] = actor.get("side")
    return sides


def load_shapes() -> list[list[Shape]]:
    """The events of each annotated test article, one list per article."""
    known = _registry()
    articles = []
    for path in sorted((ROOT / "tests" / "articles").glob("*.expected.json")):
        events = json.loads(path.read_text(encoding="utf-8")).get("events", [])
        dated = [dt.date.fromisoformat(e["start"][:10]) for e in events if _full(e.get("start"))]
        base = min(dated) if dated else None
        shapes = []
        for e in events:
            sides = list(e.get("sides") or [])
            people = []
            for i, name in enumerate(e.get("participants") or []):
                side = known.get(name.casefold())
                kind = "person" if side is not None else "side"
                if side is None:
                    side = sides[i % len(sides)] if sides else None
                people.append((name, side, kind))
            start = e.get("start")
            offset = length = 0
            if _full(start) and base is not None:
                first = dt.date.fromisoformat(start[:10])
                last = dt.date.fromisoformat(e["end"][:10]) if _full(e.get("end")) else first
                offset, length = (first - base).days, max(0, (last - first).days)
            else:
                offset = None
            shapes.append(Shape(e["type"], e.get("modality", "occurred"), tuple(people), e.get("location"),
                                offset, length))
        if shapes:
            articles.append(shapes)
    return articles


def _full(text: str | None) -> bool:
    return bool(text) and len(text) >= 10  # type: ignore[arg-type]


ROLE_OF = {"statement_issued": "speaker", "report_to_leader": "reporter"}


def _draft(shape: Shape, day: dt.date, swap: dict[str, str], art: Article, index: int) -> EventDraft:
    if shape.offset is None:
        date = DateInterval(art.published.isoformat(), art.published.isoformat(), "day", None,  # type: ignore[union-attr]
                            "publication_fallback")
    else:
        first = day + dt.timedelta(days=shape.offset)
        date = DateInterval(first.isoformat(), (first + dt.timedelta(days=shape.length)).isoformat(), "day",
                            None, "relative_to_publication")
    people = tuple(
        Participant(name, swap.get(side or "", side), ROLE_OF.get(shape.type, "participant") if i == 0 else "participant",
                    None, True, kind)
        for i, (name, side, kind) in enumerate(shape.participants)
    )
    place = Location(shape.location, PLACES.get(shape.location)) if shape.location else None
    sentence = f"Sentence {index} of the report."
    at = art.text.find(sentence)
    return EventDraft(
        type=shape.type, date=date, participants=people, modality=shape.modality, location=place,
        summary=f"{shape.type.replace('_', ' ')} ({', '.join(n for n, _, _ in shape.participants[:2])})",
        confidence=0.8,
        evidence=(Evidence(art.id, sentence, (max(at, 0), max(at, 0) + len(sentence)), None, "generated"),),
    )


def generate(events: int, seed: int = 7, year: int = 2025, copies: int | None = None
             ) -> Iterator[tuple[Article, list[NewEntry]]]:
    """Articles with their entries, ``events`` entries in all. ``copies``: every story carried
    by exactly that many outlets (default: drawn from :data:`COPIES`)."""
    rng = random.Random(seed)
    shapes = load_shapes()
    made = 0
    story = 0
    while made < events:
        source = rng.choice(shapes)
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        swap = {}
        if rng.random() < 0.3:
            sides = sorted({s for sh in source for _, s, _ in sh.participants if s})
            if sides:
                swap[rng.choice(sides)] = rng.choice(OTHER_SIDES)
        outlets = rng.sample(OUTLETS, copies or rng.choice(COPIES))
        for copy, outlet in enumerate(outlets):
            if made >= events:
                return
            published = day + dt.timedelta(days=max(s.offset or 0 for s in source) + (copy > 0 and rng.random() < 0.3))
            text = "\n".join(f"Sentence {i} of the report." for i in range(len(source))) + \
                f"\n\nStory {story}, as carried by {outlet}."
            art = Article(text=text, lang="en", published=published, url=f"https://{outlet.replace(' ', '').lower()}"
                          f".example/{story}", title=f"Story {story}", source=outlet)
            kept = [s for s in source if copy == 0 or rng.random() < 0.9] or source[:1]
            entries = [NewEntry.of(_draft(s, day, swap, art, i), "bench/make_store", article_id=art.id)
                       for i, s in enumerate(kept[: events - made])]
            made += len(entries)
            yield art, entries
        story += 1


def fill(store: Store, events: int, *, seed: int = 7, per_tx: int = 200, copies: int | None = None) -> int:
    """Append ``events`` generated entries, ``per_tx`` articles per transaction."""
    batch: list[tuple[Article, list[NewEntry]]] = []
    written = 0
    for item in generate(events, seed, copies=copies):
        batch.append(item)
        if len(batch) >= per_tx:
            written += sum(len(r.positions) for r in store.append_many(batch))
            batch = []
    if batch:
        written += sum(len(r.positions) for r in store.append_many(batch))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", help="SQLite path or SQLAlchemy URL of the store to fill (created if needed)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-tx", type=int, default=200, help="articles per transaction")
    args = parser.parse_args()
    store = open_store(args.db)
    start = time.perf_counter()
    written = fill(store, args.events, seed=args.seed, per_tx=args.per_tx)
    took = time.perf_counter() - start
    print(f"{written} events appended in {took:.1f} s ({written / took:.0f} events/s); head {store.head()}")
    store.close()


if __name__ == "__main__":
    main()
