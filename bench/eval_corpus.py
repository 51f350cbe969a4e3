"""Extraction quality on the real-article corpus (``../shared/corpus``), scored by its own scorer.

Each article goes the way a user's does: its header gives ``--published``, ``--lang``,
``--url`` and ``--title``, its body is ingested into a fresh SQLite store, and the store's
``export --format json`` is the prediction. The corpus's ``score.py`` is imported (never
copied) and its ``score`` gives the totals; this script adds the breakdowns the scorer does
not print: per language, per event type, location accuracy and date accuracy.

* P, R, F1 and location accuracy are computed exactly as ``score.py`` does (micro totals;
  precision counts predictions matched to any gold event, recall counts required gold
  events). The script checks its per-article totals against ``score.score`` and stops if they
  ever differ.
* Date accuracy: among gold events for which some prediction has the right type and enough
  participants, the share for which one of those predictions also has the right date.

    python bench/eval_corpus.py [--corpus ../shared/corpus] [--verbose] [--lang de,ru]
                                [--only STEM] [--pred-dir DIR] [--json] [--jobs 2]

A measurement: it always exits 0 (2 on bad arguments). Predictions are kept in ``--pred-dir``
so that ``score.py --dir GOLD PRED`` can be run on them to check the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
HEADER_KEYS = ("url", "published", "lang", "title")


@dataclass(frozen=True)
class CorpusArticle:
    """One corpus article: its stem (file name without suffix), header fields and body."""

    stem: str
    meta: dict[str, str]
    body: str

    @property
    def lang(self) -> str:
        return self.meta.get("lang", "?")


def read_article(path: Path) -> CorpusArticle:
    """Header lines ``key: value`` up to the first blank line, then the text as published."""
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip()
    return CorpusArticle(path.stem, meta, body.strip() + "\n")


def load_scorer(corpus: Path) -> ModuleType:
    """The corpus's own ``score.py``, imported from where it lies."""
    spec = importlib.util.spec_from_file_location("corpus_score", corpus / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"eval_corpus: no score.py in {corpus}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(article: CorpusArticle) -> dict[str, Any]:
    """Ingest one article into a fresh SQLite store and return its JSON export (as parsed)."""
    from tracker import export
    from tracker.article_loading import Overrides
    from tracker.app.ingest import ingest_paths
    from tracker.store import open_store
    from tracker.app.timeline import load_timeline, track_names

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{article.stem}.txt"
        source.write_text(article.body, encoding="utf-8")
        overrides = Overrides(
            published=dt.date.fromisoformat(article.meta["published"]) if article.meta.get("published") else None,
            lang=None,
            url=article.meta.get("url"),
            title=article.meta.get("title"),
        )
        try:
            overrides = Overrides(**{**overrides.__dict__, "lang": article.lang})
        except Exception as exc:  # noqa: BLE001 - a language the tracker refuses predicts nothing
            return {"events": [], "error": str(exc)}
        store = open_store(f"sqlite:///{tmp}/store.sqlite3")
        try:
            report = ingest_paths(store, [source], overrides)
            errors = [getattr(item, "message", "") for item in report.items if hasattr(item, "message")]
            entries, _ = load_timeline(store, None, None)
            names = track_names(store)
        finally:
            store.close()
    doc = json.loads(export.render("json", entries, names))
    if errors:
        doc["error"] = "; ".join(errors)
    return doc


def _predict_path(path: Path) -> tuple[str, dict[str, Any]]:
    article = read_article(path)
    return article.stem, predict(article)


def pair_events(scorer: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> list[tuple[int, int]]:
    """The scorer's one-to-one greedy pairing (required gold first, most participant hits)."""
    gold_events = gold["events"]
    events = scorer.pred_events(pred)
    used: set[int] = set()
    pairs = []
    for gi in sorted(range(len(gold_events)), key=lambda i: gold_events[i].get("optional", False)):
        g = gold_events[gi]
        best, best_hits = None, -1
        for pi, ev in enumerate(events):
            if pi in used or not scorer.match_ok(g, ev):
                continue
            hits = scorer.participant_hits(g, ev)
            if hits > best_hits:
                best, best_hits = pi, hits
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    return pairs


def _types(gold_event: dict[str, Any]) -> list[str]:
    want = gold_event["type"]
    return want if isinstance(want, list) else [want]


def _date_checkable(scorer: ModuleType, g: dict[str, Any], events: list[dict[str, Any]]) -> tuple[bool, bool]:
    """(some prediction has g's type and participants, one of those also has its date)."""
    need = g.get("min_participants", 1 if g.get("participants") else 0)
    candidates = [ev for ev in events if scorer.type_ok(g, ev) and scorer.participant_hits(g, ev) >= need]
    return bool(candidates), any(scorer.date_ok(g, ev) for ev in candidates)


Counts = dict[str, int]


def _empty() -> Counts:
    return defaultdict(int)


def article_counts(scorer: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> tuple[Counts, dict[str, Counts]]:
    """Totals for one article (checked against ``score.score``) and the same per event type."""
    gold_events = gold["events"]
    events = scorer.pred_events(pred)
    pairs = pair_events(scorer, gold, pred)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    total = _empty()
    by_type: dict[str, Counts] = defaultdict(_empty)
    total["pred"] = len(events)
    total["pred_matched"] = len(matched_pred)
    for pi, ev in enumerate(events):
        by_type[ev.get("type", "?")]["pred"] += 1
        by_type[ev.get("type", "?")]["pred_matched"] += int(pi in matched_pred)
    for gi, g in enumerate(gold_events):
        if g.get("optional"):
            continue
        kind = _types(g)[0]
        total["gold_required"] += 1
        by_type[kind]["gold_required"] += 1
        total["gold_required_matched"] += int(gi in matched_gold)
        by_type[kind]["gold_required_matched"] += int(gi in matched_gold)
        checkable, right = _date_checkable(scorer, g, events)
        for counts in (total, by_type[kind]):
            counts["date_checked"] += int(checkable)
            counts["date_ok"] += int(checkable and right)
    for gi, pi in pairs:
        ok = scorer.location_ok(gold_events[gi], events[pi])
        if ok is not None:
            kind = events[pi].get("type", "?")
            for counts in (total, by_type[kind]):
                counts["loc_checked"] += 1
                counts["loc_ok"] += int(ok)
    official = scorer.score(gold, pred)
    for key, value in official.items():
        if total[key] != value:
            raise SystemExit(f"eval_corpus: {key} = {total[key]} but score.py says {value} for {gold.get('article')}")
    return total, by_type


def figures(counts: Counts) -> dict[str, float | int]:
    """P, R, F1 (as score.py's ``prf``), location and date accuracy, and the raw counts."""
    p = counts["pred_matched"] / counts["pred"] if counts["pred"] else 0.0
    r = counts["gold_required_matched"] / counts["gold_required"] if counts["gold_required"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    loc = counts["loc_ok"] / counts["loc_checked"] if counts["loc_checked"] else 0.0
    date = counts["date_ok"] / counts["date_checked"] if counts["date_checked"] else 0.0
    return {
        "P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), "location": round(loc, 3), "date": round(date, 3),
        "pred": counts["pred"], "gold": counts["gold_required"],
    }


def _add(into: Counts, counts: Counts) -> None:
    for key, value in counts.items():
        into[key] += value


def _row(label: str, fig: dict[str, float | int]) -> str:
    return (f"{label:<34} P={fig['P']:.2f} R={fig['R']:.2f} F1={fig['F1']:.2f} "
            f"loc={fig['location']:.2f} date={fig['date']:.2f} pred={fig['pred']} gold={fig['gold']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with articles/, gold/ and score.py")
    parser.add_argument("--lang", default="", help="comma-separated languages to run (default: all)")
    parser.add_argument("--only", default="", help="comma-separated stems or stem prefixes (e.g. 05,51_de)")
    parser.add_argument("--pred-dir", type=Path, default=None, help="keep the predictions here (NAME.json)")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives per article")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args(argv)

    corpus: Path = args.corpus
    if not (corpus / "articles").is_dir() or not (corpus / "gold").is_dir():
        parser.error(f"{corpus} has no articles/ and gold/ folders")
    scorer = load_scorer(corpus)
    langs = {x.strip() for x in args.lang.split(",") if x.strip()}
    only = [x.strip() for x in args.only.split(",") if x.strip()]
    paths = [
        p for p in sorted((corpus / "articles").glob("*.txt"))
        if (not langs or read_article(p).lang in langs) and (not only or any(p.stem.startswith(o) for o in only))
    ]
    if args.jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            predictions = dict(pool.map(_predict_path, paths))
    else:
        predictions = dict(_predict_path(p) for p in paths)

    if args.pred_dir:
        args.pred_dir.mkdir(parents=True, exist_ok=True)
    per_lang: dict[str, Counts] = defaultdict(_empty)
    per_type: dict[str, Counts] = defaultdict(_empty)
    total = _empty()
    per_article: dict[str, dict[str, Any]] = {}
    for path in paths:
        article = read_article(path)
        gold = json.loads((corpus / "gold" / f"{article.stem}.json").read_text(encoding="utf-8"))
        pred = predictions[article.stem]
        if args.pred_dir:
            (args.pred_dir / f"{article.stem}.json").write_text(json.dumps(pred, ensure_ascii=False, indent=1))
        counts, by_type = article_counts(scorer, gold, pred)
        _add(total, counts)
        _add(per_lang[article.lang], counts)
        for kind, c in by_type.items():
            _add(per_type[kind], c)
        per_article[article.stem] = figures(counts)
        if args.verbose and not args.json:
            print(_row(article.stem, figures(counts)) + (f"  [{pred['error']}]" if pred.get("error") else ""))
            scorer.score(gold, pred, verbose=True)
            events = scorer.pred_events(pred)
            matched = {pi for _, pi in pair_events(scorer, gold, pred)}
            for pi, ev in enumerate(events):
                if pi not in matched:
                    for src in ev.get("sources", [])[:1]:
                        print(f"      FP evidence: {src.get('evidence', '')[:160]}")

    result = {
        "total": figures(total),
        "languages": {lang: figures(c) for lang, c in sorted(per_lang.items())},
        "types": {kind: figures(c) for kind, c in sorted(per_type.items())},
        "articles": per_article,
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print("\nper language")
    for lang, fig in result["languages"].items():
        print(_row(lang, fig))
    print("\nper event type")
    for kind, fig in result["types"].items():
        print(_row(kind, fig))
    fr_en = _empty()
    for lang in ("fr", "en"):
        if lang in per_lang:
            _add(fr_en, per_lang[lang])
    print()
    if fr_en["gold_required"]:
        print(_row("fr+en", figures(fr_en)))
    print(_row("TOTAL", result["total"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
