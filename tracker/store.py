"""The append-only log of negotiation events, in SQLite or PostgreSQL.

Guarantees:

* **Total order.** Every entry has a ``position``; positions are 1, 2, 3, ... with no gaps.
  A position is assigned as max + 1 inside the append transaction, which holds the writer lock
  from its first statement (SQLite ``BEGIN IMMEDIATE``; PostgreSQL ``LOCK TABLE log IN
  EXCLUSIVE MODE``, which plain readers do not wait for). So no reader ever sees a later
  position before an earlier one is committed, and projections can follow the log by position.
* **Immutability.** Entries and articles are never updated or deleted: database triggers
  refuse it (and TRUNCATE on PostgreSQL). Corrections are new entries.
* **Tamper evidence.** ``hash = SHA-256(prev_hash + canonical JSON of the entry)``, chained
  from 64 zeros; :meth:`Store.verify` recomputes the chain and names the first bad position.
* **Atomic, idempotent batches.** One :meth:`Store.append` is one transaction: an article and
  all its events land together or not at all. An article already stored (same SHA-256 of the
  normalised text) makes the append a no-op that says so (``article_new=False``).
* **Versioned payloads.** Payloads are stored as canonical JSON text with a
  ``schema_version``; reading upcasts them (:func:`tracker.events.upcast`), the stored text is
  never rewritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import threading
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from tracker.articles import Article
from tracker.errors import ConcurrencyError, NotFoundError, StoreError, ValidationError
from tracker.events import (
    CURRENT_SCHEMA_VERSION,
    ENTRY_TYPES,
    OCCURRENCE_TYPES,
    EventDraft,
    amendment,
    new_event_id,
    target_of,
    upcast,
)
from tracker.schema import articles, log

GENESIS_HASH = "0" * 64

#: The columns covered by an entry's hash, in the stored form.
HASHED_FIELDS: tuple[str, ...] = (
    "position",
    "event_id",
    "event_type",
    "schema_version",
    "recorded_at",
    "recorded_by",
    "payload",
    "article_id",
    "target_event_id",
    "start_date",
    "end_date",
    "precision",
    "modality",
)


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class NewEntry:
    """An entry to append. ``payload`` is validated per type before anything is written."""

    event_type: str
    payload: dict
    recorded_by: str
    event_id: str | None = None
    article_id: str | None = None


@dataclass(frozen=True)
class LogEntry:
    """An entry as read back: payload already upcast to the current schema version."""

    position: int
    event_id: str
    event_type: str
    schema_version: int
    recorded_at: dt.datetime
    recorded_by: str
    payload: dict
    article_id: str | None
    target_event_id: str | None
    start_date: str | None
    end_date: str | None
    precision: str | None
    modality: str | None
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AppendResult:
    """What an append wrote. ``article_new`` is None when no article was given."""

    positions: list[int]
    event_ids: list[str]
    article_new: bool | None


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of recomputing the hash chain (and the article content keys)."""

    ok: bool
    checked: int
    first_bad_position: int | None
    head_hash: str
    message: str
    bad_articles: tuple[str, ...] = ()


# --------------------------------------------------------------------------- hashing


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 kept, no NaN: the same value always gives the same text."""
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"payload is not plain JSON: {exc}") from None


def as_utc(value: dt.datetime) -> dt.datetime:
    """An aware UTC datetime; SQLite hands back naive datetimes that are UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def timestamp_text(value: dt.datetime) -> str:
    """UTC, microseconds, ``Z``: the form of ``recorded_at`` that enters the hash."""
    return as_utc(value).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """SHA-256 hex of the previous hash followed by the canonical JSON of the entry's fields."""
    body = {name: fields[name] for name in HASHED_FIELDS}
    body["recorded_at"] = timestamp_text(fields["recorded_at"])
    return hashlib.sha256((prev_hash + canonical_json(body)).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- ids

_id_lock = threading.Lock()
_last_id = 0


def next_event_id() -> str:
    """A UUIDv7 greater than every id this process made before.

    Within one millisecond :func:`tracker.events.new_event_id` is random, so two ids of one
    batch could sort backwards; stepping the random tail by one keeps them in log order.
    """
    global _last_id
    with _id_lock:
        value = uuid.UUID(new_event_id()).int
        if value <= _last_id:
            value = _last_id + 1
        _last_id = value
    return str(uuid.UUID(int=value))


# --------------------------------------------------------------------------- validation


def _prepare(entry: NewEntry) -> dict[str, Any]:
    """Validate one new entry; return the stored payload text and typed columns."""
    if entry.event_type not in ENTRY_TYPES:
        raise ValidationError(f"unknown entry type {entry.event_type!r}: expected one of {', '.join(ENTRY_TYPES)}")
    if not isinstance(entry.payload, dict):
        raise ValidationError(f"payload of a {entry.event_type} entry must be a JSON object")
    if not isinstance(entry.recorded_by, str) or not entry.recorded_by.strip():
        raise ValidationError("recorded_by must name the extractor or the user")
    if entry.event_id is not None:
        try:
            uuid.UUID(entry.event_id)
        except (ValueError, AttributeError, TypeError):
            raise ValidationError(f"invalid event id {entry.event_id!r}: expected a UUID") from None
    _reject_nul(entry.payload, f"payload of a {entry.event_type} entry")
    columns: dict[str, Any] = {"start_date": None, "end_date": None, "precision": None, "modality": None}
    payload = entry.payload
    if entry.event_type in OCCURRENCE_TYPES:
        if payload.get("type", entry.event_type) != entry.event_type:
            raise ValidationError(f"payload type {payload.get('type')!r} does not match entry type {entry.event_type!r}")
        draft = EventDraft.from_payload({**payload, "type": entry.event_type})
        payload = draft.to_payload()
        columns.update(
            start_date=draft.date.start,
            end_date=draft.date.end,
            precision=draft.date.precision,
            modality=draft.modality,
        )
    else:
        _check_correction(entry.event_type, payload)
    columns["target_event_id"] = target_of(entry.event_type, payload)
    columns["payload"] = canonical_json(payload)
    return columns


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _reject_nul(value: Any, where: str) -> None:
    """Refuse text no backend stores alike: NUL (PostgreSQL text cannot hold it) and lone
    surrogates (not encodable as UTF-8, so not hashable either)."""
    if isinstance(value, str):
        bad = _UNSTORABLE.search(value)
        if bad:
            what = "a NUL character" if bad.group() == "\x00" else f"an invalid character (U+{ord(bad.group()):04X})"
            raise ValidationError(f"{where} contains {what}")
    elif isinstance(value, dict):
        for key, item in value.items():
            _reject_nul(key, where)
            _reject_nul(item, where)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _reject_nul(item, where)


def _check_correction(event_type: str, payload: dict[str, Any]) -> None:
    if event_type == "events_merged":
        ids = payload.get("events")
        if not isinstance(ids, list) or len(ids) < 2:
            raise ValidationError("events_merged needs a list of at least two event ids")
        return
    if event_type in ("event_retracted", "event_amended", "event_split", "track_assigned"):
        if not isinstance(payload.get("target"), str) or not payload["target"]:
            raise ValidationError(f"{event_type} needs a target event id")
    if event_type in ("event_retracted", "event_amended"):
        if not isinstance(payload.get("reason"), str) or not payload["reason"].strip():
            raise ValidationError("a reason is required")
    if event_type == "event_amended":
        changes = payload.get("changes")
        # the payload builder's own checks: at least one change, amendable fields only
        amendment(payload["target"], changes if isinstance(changes, dict) else {}, payload["reason"])


# --------------------------------------------------------------------------- the store


class Store:
    """The log and the articles of one database. Open it with :func:`open_store`."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ----- writing

    def append(
        self,
        entries: Sequence[NewEntry],
        *,
        article: Article | None = None,
        expected_head: int | None = None,
    ) -> AppendResult:
        """Append ``entries`` (and ``article``) in one transaction; see the module guarantees.

        ``expected_head``: refuse with ConcurrencyError unless the log head is exactly this
        position (optimistic concurrency for callers that decided on a state they read).
        """
        prepared = [(e, _prepare(e)) for e in entries]
        if article is not None:
            _reject_nul([article.text, article.url, article.title, article.source, article.lang], "article")
        try:
            with self.write() as conn:
                head, prev = self._head_locked(conn)
                if expected_head is not None and head != expected_head:
                    raise ConcurrencyError(
                        f"the log has moved on: expected head position {expected_head}, found {head}"
                    )
                article_new: bool | None = None
                if article is not None:
                    if self._has_article(conn, article.id):
                        return AppendResult(positions=[], event_ids=[], article_new=False)
                    conn.execute(insert(articles).values(**_article_row(article)))
                    article_new = True
                self._check_targets(conn, prepared)
                rows = []
                for entry, columns in prepared:
                    head += 1
                    row = {
                        "position": head,
                        "event_id": entry.event_id or next_event_id(),
                        "event_type": entry.event_type,
                        "schema_version": CURRENT_SCHEMA_VERSION,
                        "recorded_at": dt.datetime.now(dt.timezone.utc),
                        "recorded_by": entry.recorded_by.strip(),
                        "article_id": entry.article_id or (article.id if article is not None else None),
                        **columns,
                        "prev_hash": prev,
                    }
                    row["hash"] = prev = entry_hash(row["prev_hash"], row)
                    rows.append(row)
                if rows:
                    conn.execute(insert(log), rows)
                return AppendResult(
                    positions=[r["position"] for r in rows],
                    event_ids=[r["event_id"] for r in rows],
                    article_new=article_new,
                )
        except IntegrityError as exc:
            message = str(exc.orig)
            if "event_id" in message:
                raise StoreError("an entry with this event id is already in the log") from None
            raise StoreError(f"append refused by the database: {_first_line(message)}") from None
        except DBAPIError as exc:
            from tracker.db import driver_error_text

            raise StoreError(f"append failed, nothing recorded: {driver_error_text(exc)}") from None

    def write(self) -> AbstractContextManager[Connection]:
        """A write transaction: SQLite holds the writer lock from BEGIN IMMEDIATE; on
        PostgreSQL the caller locks what it needs (appends lock ``log``)."""
        from tracker.db import write_transaction

        return write_transaction(self.engine)

    def _head_locked(self, conn: Connection) -> tuple[int, str]:
        """Lock the log for appending; return (head position, head hash)."""
        if self.dialect == "postgresql":
            conn.exec_driver_sql("LOCK TABLE log IN EXCLUSIVE MODE")
        return _head(conn)

    def _check_targets(self, conn: Connection, prepared: list[tuple[NewEntry, dict[str, Any]]]) -> None:
        """Retractions and amendments must refer to an occurrence logged earlier (or in this batch)."""
        batch = {e.event_id: e.event_type for e, _ in prepared if e.event_id}
        for entry, columns in prepared:
            if entry.event_type not in ("event_retracted", "event_amended"):
                continue
            target = columns["target_event_id"]
            kind = batch.get(target)
            if kind is None:
                kind = conn.execute(select(log.c.event_type).where(log.c.event_id == target)).scalar()
            if kind is None:
                raise NotFoundError(f"no event with id {target} in the log")
            if kind not in OCCURRENCE_TYPES:
                raise ValidationError(f"{target} is a {kind} entry, not an event that can be corrected")

    # ----- reading

    def head(self) -> int:
        """The position of the last entry (0 for an empty log)."""
        with self.engine.connect() as conn:
            return _head(conn)[0]

    def head_hash(self) -> str:
        """The hash of the last entry (64 zeros for an empty log)."""
        with self.engine.connect() as conn:
            return _head(conn)[1]

    def read(
        self,
        after: int = 0,
        *,
        upto: int | None = None,
        types: Sequence[str] | None = None,
        limit: int | None = None,
        conn: Connection | None = None,
        batch: int = 500,
    ) -> Iterator[LogEntry]:
        """Entries with ``after < position <= upto``, in position order, optionally by type.

        Reads in pages of ``batch`` rows so a long log is never held in memory at once. Pass
        ``conn`` to read inside a caller's transaction (projections do).
        """
        remaining = limit
        position = after
        while remaining is None or remaining > 0:
            page = batch if remaining is None else min(batch, remaining)
            query = select(log).where(log.c.position > position).order_by(log.c.position).limit(page)
            if upto is not None:
                query = query.where(log.c.position <= upto)
            if types is not None:
                query = query.where(log.c.event_type.in_(list(types)))
            if conn is not None:
                rows = conn.execute(query).all()
            else:
                with self.engine.connect() as own:
                    rows = own.execute(query).all()
            for row in rows:
                yield _to_entry(row)
            if len(rows) < page:
                return
            position = rows[-1].position
            if remaining is not None:
                remaining -= len(rows)

    def entry(self, event_id: str) -> LogEntry | None:
        """The entry with this exact event id, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(log).where(log.c.event_id == event_id)).first()
        return None if row is None else _to_entry(row)

    def find_event_id(self, prefix: str) -> str:
        """The one event id that starts with ``prefix`` (ids are lowercase UUIDs)."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise ValidationError("event id must not be empty")
        if any(c not in "0123456789abcdef-" for c in prefix):
            raise ValidationError(f"invalid event id {prefix!r}: expected hexadecimal digits")
        with self.engine.connect() as conn:
            ids = conn.execute(
                select(log.c.event_id).where(log.c.event_id.like(prefix + "%")).order_by(log.c.position).limit(6)
            ).scalars().all()
        if not ids:
            raise NotFoundError(f"no event with id {prefix}")
        if len(ids) > 1:
            shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
            raise ValidationError(f"event id prefix {prefix} is ambiguous: it matches {shown}")
        return ids[0]

    def corrections_of(self, event_id: str) -> list[LogEntry]:
        """Entries whose target is ``event_id``, in log order."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(log).where(log.c.target_event_id == event_id).order_by(log.c.position)).all()
        return [_to_entry(r) for r in rows]

    def get_article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.article_id == article_id)).first()
        if row is None:
            return None
        return Article(**{name: getattr(row, name) for name in ARTICLE_FIELDS})

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return self._has_article(conn, article_id)

    @staticmethod
    def _has_article(conn: Connection, article_id: str) -> bool:
        return conn.execute(select(articles.c.article_id).where(articles.c.article_id == article_id)).first() is not None

    # ----- checking

    def verify(self) -> VerifyResult:
        """Recompute the chain from position 1 and every article's content key."""
        prev = GENESIS_HASH
        checked = 0
        expected_position = 1
        with self.engine.connect() as conn:
            for row in conn.execute(select(log).order_by(log.c.position)).yield_per(1000):
                fields = row._asdict()
                problem = None
                if row.position != expected_position:
                    problem = "the entry is missing"
                    bad = expected_position
                elif row.prev_hash != prev:
                    problem = "the entry does not link to the one before it"
                    bad = row.position
                elif entry_hash(prev, fields) != row.hash:
                    problem = "the entry does not match its hash (it was changed after it was written)"
                    bad = row.position
                if problem:
                    return VerifyResult(False, checked, bad, prev, f"chain broken at position {bad}: {problem}")
                prev = row.hash
                checked += 1
                expected_position += 1
            bad_articles = tuple(
                r.article_id
                for r in conn.execute(select(articles.c.article_id, articles.c.text).order_by(articles.c.article_id))
                if hashlib.sha256(r.text.encode("utf-8")).hexdigest() != r.article_id
            )
        if bad_articles:
            return VerifyResult(
                False, checked, None, prev,
                f"article {bad_articles[0]} does not match its content hash: its text was changed",
                bad_articles,
            )
        return VerifyResult(True, checked, None, prev, f"{checked} entries checked, chain intact")

    def position_of_hash(self, hash_hex: str) -> int | None:
        """The position whose entry hash is ``hash_hex`` (a head kept elsewhere), or None."""
        with self.engine.connect() as conn:
            return conn.execute(select(log.c.position).where(log.c.hash == hash_hex.strip().lower())).scalar()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "unknown database error"


def _head(conn: Connection) -> tuple[int, str]:
    """(position, hash) of the last entry; (0, 64 zeros) for an empty log."""
    row = conn.execute(select(log.c.position, log.c.hash).order_by(log.c.position.desc()).limit(1)).first()
    return (0, GENESIS_HASH) if row is None else (int(row.position), row.hash)


#: The fields of an Article that are stored as columns of ``articles`` under the same names.
ARTICLE_FIELDS: tuple[str, ...] = ("text", "lang", "published", "url", "title", "source")


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "article_id": article.id,
        **{name: getattr(article, name) for name in ARTICLE_FIELDS},
        "recorded_at": dt.datetime.now(dt.timezone.utc),
    }


def _to_entry(row: Any) -> LogEntry:
    """A log row as a LogEntry (the columns and the fields have the same names)."""
    return LogEntry(**{
        **row._asdict(),
        "position": int(row.position),
        "recorded_at": as_utc(row.recorded_at),
        "payload": upcast(row.event_type, json.loads(row.payload), row.schema_version),
    })


def open_store(db: str | None = None, *, upgrade: bool = True) -> Store:
    """Open the store named by ``db`` (path or URL; None: TRACKER_DB or ./tracker.sqlite3).

    Checks that the database is a tracker store (or empty) before touching it, then upgrades
    it to the newest schema unless ``upgrade`` is False.
    """
    from tracker.config import database_url, sqlite_path
    from tracker.db import check_sqlite_file, make_engine, prepare

    url = database_url(db)
    check_sqlite_file(url)
    path = sqlite_path(url)
    if not upgrade and path is not None and not path.exists():
        raise StoreError(f"no tracker store at {path}")
    engine = make_engine(url)
    try:
        prepare(engine, upgrade=upgrade)
    except BaseException:
        engine.dispose()
        raise
    return Store(url, engine)


__all__ = [
    "AppendResult",
    "LogEntry",
    "NewEntry",
    "Store",
    "VerifyResult",
    "canonical_json",
    "entry_hash",
    "open_store",
    "GENESIS_HASH",
]
