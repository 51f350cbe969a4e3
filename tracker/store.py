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
  Each new article gets an ``article_recorded`` entry in the same transaction whose payload
  holds the article row's metadata, so a changed url, title, source, date or language is
  reported too. With a signing key (:mod:`tracker.signing`) each entry also stores a MAC of
  its hash; with a head file (:mod:`tracker.headfile`) each append records the new head
  outside the store.
* **No reuse of positions.** An append refuses to write when the log is shorter than what
  the read models or the head file have already seen (its tail was deleted).
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
import os
import re
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Text, insert, select, type_coerce
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
    review_decision,
    target_of,
    tracks_definition,
    upcast,
)
from tracker.schema import articles, log
from tracker.signing import entry_mac, mac_matches

GENESIS_HASH = "0" * 64

#: The entry type that chains an article row's metadata; written only by :meth:`Store.append`.
ARTICLE_ENTRY = "article_recorded"

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
    #: The validated draft ``payload`` was made from (see :meth:`of`): the append then does not
    #: parse the payload into a draft again, which was half of an append's CPU.
    draft: EventDraft | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, draft: EventDraft, recorded_by: str, *, event_id: str | None = None,
           article_id: str | None = None) -> NewEntry:
        """An occurrence entry made from a draft (validated when it was built)."""
        return cls(draft.type, draft.to_payload(), recorded_by, event_id=event_id, article_id=article_id, draft=draft)


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
    mac: str | None = None


@dataclass(frozen=True)
class AppendResult:
    """What an append wrote. ``article_new`` is None when no article was given."""

    positions: list[int]
    event_ids: list[str]
    article_new: bool | None
    article_position: int | None = None  # the article_recorded entry, when a new article was stored


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of recomputing the hash chain (and the article content keys)."""

    ok: bool
    checked: int
    first_bad_position: int | None
    head_hash: str
    message: str
    bad_articles: tuple[str, ...] = ()
    uncovered_articles: tuple[str, ...] = ()  # article rows with no article_recorded entry
    signed: int = 0  # entries carrying a MAC
    macs_checked: bool = False  # True when a key was given and every MAC was checked


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
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


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
        value = int(new_event_id().replace("-", ""), 16)
        if value <= _last_id:
            value = _last_id + 1
        _last_id = value
    h = f"{value:032x}"  # the canonical text of a UUID, without building uuid.UUID objects
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


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
    columns: dict[str, Any] = {"start_date": None, "end_date": None, "precision": None, "modality": None}
    payload = entry.payload
    if entry.event_type in OCCURRENCE_TYPES:
        if payload.get("type", entry.event_type) != entry.event_type:
            raise ValidationError(f"payload type {payload.get('type')!r} does not match entry type {entry.event_type!r}")
        if entry.draft is not None and entry.draft.type == entry.event_type:
            draft = entry.draft  # payload is its to_payload(): validated once, when it was built
        else:
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
    columns["payload"] = text = canonical_json(payload)
    _reject_unstorable_json(text, entry.payload, f"payload of a {entry.event_type} entry")
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


#: In canonical JSON text (``ensure_ascii=False``): an escaped NUL (``\u0000`` after an even
#: number of backslashes) or a raw lone surrogate.
_UNSTORABLE_JSON = re.compile(r"(?<!\\)(?:\\\\)*\\u0000|[\ud800-\udfff]")


def _reject_unstorable_json(text: str, payload: Any, where: str) -> None:
    """:func:`_reject_nul` for a whole payload, by one scan of its canonical JSON ``text`` (the
    recursive walk was a fifth of an append's CPU); the walk runs only to word the error."""
    try:
        text.encode("utf-8")  # fails on a lone surrogate, at C speed
    except UnicodeEncodeError:
        _reject_nul(payload, where)
    if "\\u0000" in text and _UNSTORABLE_JSON.search(text):
        _reject_nul(payload, where)


def _check_correction(event_type: str, payload: dict[str, Any]) -> None:
    if event_type == "tracks_defined":
        tracks_definition(payload.get("tracks") or [])  # the builder's own checks
        return
    if event_type == "events_merged":
        ids = payload.get("events")
        if not isinstance(ids, list) or len(ids) < 2:
            raise ValidationError("events_merged needs a list of at least two event ids")
        return
    if event_type in ("event_retracted", "event_amended", "event_split", "track_assigned", "event_reviewed"):
        if not isinstance(payload.get("target"), str) or not payload["target"]:
            raise ValidationError(f"{event_type} needs a target event id")
    if event_type in ("event_retracted", "event_amended"):
        if not isinstance(payload.get("reason"), str) or not payload["reason"].strip():
            raise ValidationError("a reason is required")
    if event_type == "event_amended":
        changes = payload.get("changes")
        # the payload builder's own checks: at least one change, amendable fields only
        amendment(payload["target"], changes if isinstance(changes, dict) else {}, payload["reason"])
    if event_type == "event_reviewed":
        review_decision(payload["target"], payload.get("verdict"), payload.get("reason", ""))


# --------------------------------------------------------------------------- the store


class Store:
    """The log and the articles of one database. Open it with :func:`open_store`."""

    def __init__(self, url: str, engine: Engine, *, signing_key: bytes | None = None,
                 head_file: str | None = None) -> None:
        self.url = url
        self.engine = engine
        self.signing_key = signing_key  # see tracker.signing; never stored in the database
        self.head_file = head_file  # see tracker.headfile
        self._has_mac: bool | None = None  # whether log has the mac column (revision 0004+)

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
        return self._append([(article, entries)], expected_head)[0]

    def append_many(self, batches: Sequence[tuple[Article | None, Sequence[NewEntry]]], *,
                    expected_head: int | None = None) -> list[AppendResult]:
        """Append several articles with their entries in ONE transaction (one fsync, one lock).

        Each batch behaves as :meth:`append` would (an article already stored appends nothing
        of its batch); all land together or none does. For bulk loads, benchmarks, and entries
        of no article written with an article's (``expected_head`` as for :meth:`append`).
        """
        return self._append(batches, expected_head)

    def _append(
        self, batches: Sequence[tuple[Article | None, Sequence[NewEntry]]], expected_head: int | None
    ) -> list[AppendResult]:
        prepared = [(article, [(e, _prepare(e)) for e in entries]) for article, entries in batches]
        for article, _ in prepared:
            if article is not None:
                _reject_nul([article.text, article.url, article.title, article.source, article.lang], "article")
        head_fd = None
        if self.head_file is not None:
            from tracker.headfile import open_head_file

            head_fd = open_head_file(self.head_file)
        try:
            with self.write() as conn:
                head, prev = self._head_locked(conn)
                if expected_head is not None and head != expected_head:
                    raise ConcurrencyError(
                        f"the log has moved on: expected head position {expected_head}, found {head}"
                    )
                from tracker.headfile import check_not_shrunk

                check_not_shrunk(conn, head, self.head_file)
                stored = self._stored_articles(conn, [a.id for a, _ in prepared if a is not None])
                results: list[AppendResult] = []
                article_rows: list[dict[str, Any]] = []
                rows: list[dict[str, Any]] = []
                now = dt.datetime.now(dt.UTC)
                for article, items in prepared:
                    article_new: bool | None = None
                    article_row: dict[str, Any] | None = None
                    if article is not None:
                        if article.id in stored:
                            results.append(AppendResult(positions=[], event_ids=[], article_new=False))
                            continue
                        stored.add(article.id)
                        article_row = _article_row(article, now)
                        article_rows.append(article_row)
                        article_new = True
                    self._check_targets(conn, items, rows)
                    first = len(rows)
                    for entry, columns in items:
                        head += 1
                        row = {
                            "position": head,
                            "event_id": entry.event_id or next_event_id(),
                            "event_type": entry.event_type,
                            "schema_version": CURRENT_SCHEMA_VERSION,
                            "recorded_at": now,
                            "recorded_by": entry.recorded_by.strip(),
                            "article_id": entry.article_id or (article.id if article is not None else None),
                            **columns,
                            "prev_hash": prev,
                        }
                        row["hash"] = prev = entry_hash(row["prev_hash"], row)
                        rows.append(row)
                    events_end = len(rows)
                    article_position = None
                    if article_row is not None:
                        recorded_by = items[0][0].recorded_by.strip() if items else "tracker"
                        row = self._article_entry(head + 1, prev, article_row, recorded_by)
                        head, prev = row["position"], row["hash"]
                        article_position = head
                        rows.append(row)
                    results.append(AppendResult(
                        positions=[r["position"] for r in rows[first:events_end]],
                        event_ids=[r["event_id"] for r in rows[first:events_end]],
                        article_new=article_new,
                        article_position=article_position,
                    ))
                for row in rows:
                    row["mac"] = entry_mac(self.signing_key, row["hash"]) if self.signing_key else None
                if article_rows:
                    conn.execute(insert(articles), article_rows)
                if rows:
                    conn.execute(insert(log), rows)
            if rows and head_fd is not None:
                changed = next(r for r in results if r.positions or r.article_position)
                _record_head(head_fd, self.head_file, head, prev, changed)
            return results
        except IntegrityError as exc:
            message = str(exc.orig)
            if "event_id" in message:
                raise StoreError("an entry with this event id is already in the log") from None
            raise StoreError(f"append refused by the database: {_first_line(message)}") from None
        except DBAPIError as exc:
            from tracker.db import driver_error_text

            raise StoreError(f"append failed, nothing recorded: {driver_error_text(exc)}") from None
        finally:
            if head_fd is not None:
                os.close(head_fd)

    @staticmethod
    def _article_entry(position: int, prev: str, article_row: dict[str, Any], recorded_by: str,
                       recorded_at: dt.datetime | None = None) -> dict[str, Any]:
        """The ``article_recorded`` row that chains ``article_row``'s metadata at ``position``
        (recorded when the article was, unless ``recorded_at`` says otherwise)."""
        row = {
            "position": position,
            "event_id": next_event_id(),
            "event_type": ARTICLE_ENTRY,
            "schema_version": CURRENT_SCHEMA_VERSION,
            "recorded_at": recorded_at or article_row["recorded_at"],
            "recorded_by": recorded_by,
            "payload": canonical_json(article_metadata(article_row)),
            "article_id": article_row["article_id"],
            "target_event_id": None,
            "start_date": None,
            "end_date": None,
            "precision": None,
            "modality": None,
            "prev_hash": prev,
        }
        row["hash"] = entry_hash(prev, row)
        return row

    def cover_articles(self, recorded_by: str = "user:cover-articles") -> list[str]:
        """Append an ``article_recorded`` entry for each article that has none (stores written
        before articles were chained); return their ids. This attests the articles *as they are
        now*: run it on a store you trust, then keep the new head. Articles whose text no longer
        matches their id are left out (``verify`` reports them)."""
        head_fd = None
        if self.head_file is not None:
            from tracker.headfile import open_head_file

            head_fd = open_head_file(self.head_file)
        try:
            with self.write() as conn:
                from tracker.headfile import check_not_shrunk

                head, prev = self._head_locked(conn)
                check_not_shrunk(conn, head, self.head_file)
                covered = set(conn.execute(select(log.c.article_id).where(log.c.event_type == ARTICLE_ENTRY)).scalars())
                now = dt.datetime.now(dt.UTC)
                rows = []
                for article_row in conn.execute(select(articles).order_by(articles.c.article_id)).all():
                    fields = article_row._asdict()
                    if fields["article_id"] in covered:
                        continue
                    if hashlib.sha256(fields["text"].encode("utf-8")).hexdigest() != fields["article_id"]:
                        continue
                    row = self._article_entry(head + 1, prev, fields, recorded_by, now)
                    row["mac"] = entry_mac(self.signing_key, row["hash"]) if self.signing_key else None
                    head, prev = row["position"], row["hash"]
                    rows.append(row)
                if rows:
                    conn.execute(insert(log), rows)
            if rows and head_fd is not None:
                _record_head(head_fd, self.head_file, head, prev, AppendResult([], [], None, rows[0]["position"]))
            return [r["article_id"] for r in rows]
        except DBAPIError as exc:
            raise StoreError(f"append failed: {_first_line(str(exc.orig))}") from None
        finally:
            if head_fd is not None:
                os.close(head_fd)

    @staticmethod
    def _stored_articles(conn: Connection, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            found |= set(conn.execute(select(articles.c.article_id).where(articles.c.article_id.in_(chunk))).scalars())
        return found

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

    def _check_targets(
        self, conn: Connection, prepared: list[tuple[NewEntry, dict[str, Any]]], earlier: Sequence[dict[str, Any]] = ()
    ) -> None:
        """Retractions, amendments and reviews must refer to an occurrence logged earlier (or in
        this batch, or in ``earlier`` rows of the same transaction); a review must not refer to a
        retracted one."""
        if not any(e.event_type in ("event_retracted", "event_amended", "event_reviewed") for e, _ in prepared):
            return
        batch = {r["event_id"]: r["event_type"] for r in earlier}
        batch.update({e.event_id: e.event_type for e, _ in prepared if e.event_id})
        retracted_here = {r["target_event_id"] for r in earlier if r["event_type"] == "event_retracted"}
        retracted_here |= {c["target_event_id"] for e, c in prepared if e.event_type == "event_retracted"}
        for entry, columns in prepared:
            if entry.event_type not in ("event_retracted", "event_amended", "event_reviewed"):
                continue
            target = columns["target_event_id"]
            kind = batch.get(target)
            if kind is None:
                kind = conn.execute(select(log.c.event_type).where(log.c.event_id == target)).scalar()
            if kind is None:
                raise NotFoundError(f"no event with id {target} in the log")
            if kind not in OCCURRENCE_TYPES:
                raise ValidationError(f"{target} is a {kind} entry, not an event that can be corrected")
            if entry.event_type == "event_reviewed" and (target in retracted_here or conn.execute(
                select(log.c.position).where(log.c.target_event_id == target, log.c.event_type == "event_retracted")
            ).first() is not None):
                raise ValidationError(f"event {target} is retracted; it cannot be reviewed")

    # ----- reading

    def _log_select(self, fast: bool = False) -> Any:
        """``SELECT`` of the log's columns; without ``mac`` on a store not yet upgraded to
        revision 0004 (dry runs read old stores without migrating them). ``fast``: read
        ``recorded_at`` as stored (see :data:`_READ_COLUMNS`), for rows that become LogEntry."""
        if self._has_mac is None:
            from sqlalchemy import inspect

            with self.engine.connect() as conn:
                self._has_mac = "mac" in {c["name"] for c in inspect(conn).get_columns("log")}
        columns = _READ_COLUMNS if fast else list(log.columns)
        if self._has_mac:
            return select(*columns)
        return select(*[c for c in columns if c.name != "mac"])

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
            query = self._log_select(fast=True).where(log.c.position > position).order_by(log.c.position).limit(page)
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
            row = conn.execute(self._log_select().where(log.c.event_id == event_id)).first()
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
            rows = conn.execute(self._log_select().where(log.c.target_event_id == event_id).order_by(log.c.position)).all()
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

    def verify(self, key: bytes | None = None) -> VerifyResult:
        """Recompute the chain from position 1, every article's content key and metadata, and
        (with ``key``, default the store's signing key) every entry's MAC."""
        key = key if key is not None else self.signing_key
        prev = GENESIS_HASH
        checked = signed = 0
        expected_position = 1
        chained: dict[str, str] = {}  # article id -> payload of its article_recorded entry
        with self.engine.connect() as conn:
            for row in conn.execute(self._log_select().order_by(log.c.position)).yield_per(1000):
                fields = row._asdict()
                mac = fields.get("mac")
                problem = None
                bad = row.position
                if row.position != expected_position:
                    problem = "the entry is missing"
                    bad = expected_position
                elif row.prev_hash != prev:
                    problem = "the entry does not link to the one before it"
                elif entry_hash(prev, fields) != row.hash:
                    problem = "the entry does not match its hash (it was changed after it was written)"
                elif key is not None and mac is not None and not mac_matches(key, row.hash, mac):
                    problem = "its MAC does not match the signing key (forged, or signed with another key)"
                elif key is not None and mac is None and signed:
                    problem = "the entry is not signed although earlier entries are (written without the key)"
                if problem:
                    return VerifyResult(False, checked, bad, prev, f"chain broken at position {bad}: {problem}",
                                        signed=signed)
                if row.event_type == ARTICLE_ENTRY:
                    chained.setdefault(row.article_id, row.payload)
                signed += mac is not None
                prev = row.hash
                checked += 1
                expected_position += 1
            if key is not None and checked and signed == 0:
                return VerifyResult(False, checked, checked, prev,
                                    "no entry is signed with a key: the log was written without one, or its MACs were removed")
            bad_articles: list[str] = []
            changed: list[str] = []
            uncovered: list[str] = []
            for r in conn.execute(select(articles).order_by(articles.c.article_id)).yield_per(200):
                if hashlib.sha256(r.text.encode("utf-8")).hexdigest() != r.article_id:
                    bad_articles.append(r.article_id)
                elif r.article_id not in chained:
                    uncovered.append(r.article_id)
                elif canonical_json(article_metadata(r._asdict())) != chained[r.article_id]:
                    changed.append(r.article_id)
        counts: dict[str, Any] = dict(signed=signed, macs_checked=key is not None, uncovered_articles=tuple(uncovered))
        if bad_articles:
            return VerifyResult(
                False, checked, None, prev,
                f"article {bad_articles[0]} does not match its content hash: its text was changed",
                tuple(bad_articles), **counts,
            )
        if changed:
            return VerifyResult(
                False, checked, None, prev,
                f"article {changed[0]} does not match its article_recorded entry: its metadata "
                "(url, title, source, language or date) was changed after it was written",
                tuple(changed), **counts,
            )
        return VerifyResult(True, checked, None, prev, f"{checked} entries checked, chain intact", **counts)

    def position_of_hash(self, hash_hex: str) -> int | None:
        """The position whose entry hash is ``hash_hex`` (a head kept elsewhere) or starts with
        it (callers refuse prefixes shorter than 16 hex digits), or None."""
        value = hash_hex.strip().lower()
        with self.engine.connect() as conn:
            if len(value) == 64:
                return conn.execute(select(log.c.position).where(log.c.hash == value)).scalar()
            found = conn.execute(select(log.c.position).where(log.c.hash.like(value + "%")).limit(2)).scalars().all()
        return found[0] if len(found) == 1 else None

    def shrink_problem(self) -> str | None:
        """Why the log looks shorter than before (see :mod:`tracker.headfile`), or None."""
        from tracker.headfile import shrink_problem

        with self.engine.connect() as conn:
            return shrink_problem(conn, _head(conn)[0], self.head_file)

    def ensure_not_shrunk(self) -> None:
        """Raise StoreError when :meth:`shrink_problem` finds one."""
        problem = self.shrink_problem()
        if problem:
            raise StoreError(f"{problem}. Refusing to go on: restore the store from a backup "
                             "(`tracker verify` shows what is missing)")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
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


#: The article columns an ``article_recorded`` entry chains (the text is chained by its id).
ARTICLE_METADATA: tuple[str, ...] = ("article_id", "url", "title", "source", "lang", "published", "recorded_at")


def article_metadata(row: dict[str, Any]) -> dict[str, Any]:
    """The chained form of an article row: dates as ISO text, ``recorded_at`` as in hashes."""
    data = {name: row[name] for name in ARTICLE_METADATA}
    published = data["published"]
    data["published"] = published.isoformat() if published is not None else None
    data["recorded_at"] = timestamp_text(data["recorded_at"])
    return data


def _record_head(fd: int, path: str | None, head: int, head_hash: str, result: AppendResult) -> None:
    """Append the new head to the head file (opened before the transaction); the entries are
    committed whatever happens here, and the message says so."""
    from tracker.headfile import write_head

    try:
        write_head(fd, head, head_hash)
    except OSError as exc:
        first = result.positions[0] if result.positions else (result.article_position or head)
        where = f"positions {first}-{head}"
        raise StoreError(
            f"the entries were recorded ({where}) but the head file {path} could not be updated: "
            f"{exc.strerror or exc}; do not retry, run `tracker verify`"
        ) from None


def _article_row(article: Article, now: dt.datetime | None = None) -> dict[str, Any]:
    return {
        "article_id": article.id,
        **{name: getattr(article, name) for name in ARTICLE_FIELDS},
        "recorded_at": now or dt.datetime.now(dt.UTC),
    }


def _to_entry(row: Any) -> LogEntry:
    """A log row as a LogEntry (the columns and the fields have the same names)."""
    payload = json.loads(row.payload)
    if row.schema_version != CURRENT_SCHEMA_VERSION:
        payload = upcast(row.event_type, payload, row.schema_version)
    return LogEntry(**{
        **row._asdict(),
        "position": int(row.position),
        "recorded_at": _timestamp(row.recorded_at),
        "payload": payload,
    })


def _timestamp(value: Any) -> dt.datetime:
    """``recorded_at`` as read by :data:`_READ_COLUMNS`: SQLite hands back the stored text
    (parsed here by ``fromisoformat``, much faster than the generic type's regex), PostgreSQL a
    datetime."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return as_utc(value)


#: The log's columns for reading entries; ``recorded_at`` skips SQLAlchemy's result processing.
_READ_COLUMNS = [type_coerce(c, Text()).label(c.name) if c.name == "recorded_at" else c for c in log.columns]


def open_store(
    db: str | None = None,
    *,
    upgrade: bool = True,
    signing_key: bytes | None = None,
    head_file: str | None = None,
) -> Store:
    """Open the store named by ``db`` (path or URL; None: TRACKER_DB or ./tracker.sqlite3).

    Checks that the database is a tracker store (or empty) before touching it, then upgrades
    it to the newest schema unless ``upgrade`` is False. ``signing_key`` signs new entries
    (:mod:`tracker.signing`); ``head_file`` receives each new head (:mod:`tracker.headfile`).
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
    return Store(url, engine, signing_key=signing_key, head_file=head_file)


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
