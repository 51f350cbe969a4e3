"""The head file: the log's successive heads, kept outside the store, and the shrink check.

A hash chain cannot show that its own tail was cut off, nor that a writer with raw access
recomputed it. A head file (``--head-file`` / ``TRACKER_HEAD_FILE``) is a text file to which
every append adds one line ``<position> <hash>`` after it commits. ``verify --expect-file``
then checks that the store still holds every recorded head, and reports entries after the
last one (written without the head file, or forged).

The shrink check runs before every write and when a command opens the store: a log whose
head is below a position the read models already applied, or below the last head in the head
file, lost its tail; writing then would reuse deleted positions, so it is refused.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, select

from tracker.errors import StoreError, ValidationError

HEAD_FILE_ENV = "TRACKER_HEAD_FILE"
_LINE = re.compile(r"^(\d+) ([0-9a-f]{64})$")
_TAIL_BYTES = 8192  # enough for the last ~100 heads; appends are (almost) in order


def open_head_file(path: str | os.PathLike[str]) -> int:
    """Open the head file for appending (created if missing): done *before* an append's
    transaction, so a head file that cannot be written refuses the write instead of leaving
    a committed entry unrecorded."""
    try:
        return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot write head file {path}: {exc.strerror or exc}; nothing was written") from None


def write_head(fd: int, position: int, head_hash: str) -> None:
    """Append ``position hash`` as one write on the O_APPEND descriptor, then fsync."""
    os.write(fd, f"{position} {head_hash}\n".encode("ascii"))
    os.fsync(fd)


def record_head(path: str | os.PathLike[str], position: int, head_hash: str) -> None:
    """Open, append one head, close."""
    fd = open_head_file(path)
    try:
        write_head(fd, position, head_hash)
    finally:
        os.close(fd)


def read_heads(path: str | os.PathLike[str]) -> list[tuple[int, str]]:
    """Every (position, hash) in the file, in file order; blank and ``#`` lines are skipped."""
    try:
        text = Path(path).read_text(encoding="ascii")
    except FileNotFoundError:
        raise ValidationError(f"head file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"cannot read head file {path}: {exc}") from None
    return _parse(text, str(path))


def _parse(text: str, where: str, *, partial_first: bool = False) -> list[tuple[int, str]]:
    heads = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            if partial_first and number == 1:
                continue
            raise ValidationError(f"head file {where}, line {number}: expected '<position> <64 hex digits>'")
        heads.append((int(match.group(1)), match.group(2)))
    return heads


def last_recorded_position(path: str | os.PathLike[str]) -> int | None:
    """The highest position among the file's last lines (None for a missing or empty file)."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - _TAIL_BYTES))
            text = fh.read().decode("ascii", "replace")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read head file {path}: {exc.strerror or exc}") from None
    heads = _parse(text, str(path), partial_first=size > _TAIL_BYTES)
    return max((p for p, _ in heads), default=None)


# --------------------------------------------------------------------------- checks


def shrink_problem(conn: Connection, head: int, head_file: str | None = None) -> str | None:
    """Why the log looks shorter than before (its tail deleted), or None."""
    from tracker.schema import projection_positions

    applied = conn.execute(select(func.max(projection_positions.c.position))).scalar()
    if applied is not None and int(applied) > head:
        return (f"the log has shrunk: its head is position {head} but the read models already applied "
                f"position {int(applied)}; entries were deleted from its end")
    if head_file is not None:
        recorded = last_recorded_position(head_file)
        if recorded is not None and recorded > head:
            return (f"the log has shrunk: its head is position {head} but the head file {head_file} "
                    f"recorded position {recorded}; entries were deleted from its end")
    return None


def check_not_shrunk(conn: Connection, head: int, head_file: str | None = None) -> None:
    """Refuse to go on (StoreError) when :func:`shrink_problem` finds one."""
    problem = shrink_problem(conn, head, head_file)
    if problem:
        raise StoreError(f"{problem}. Nothing was written: restore the store from a backup "
                         "(`tracker verify` shows what is missing)")


@dataclass(frozen=True)
class HeadFileReport:
    """What ``verify --expect-file`` found."""

    ok: bool
    recorded: int  # heads in the file
    last_position: int  # the highest recorded position (0 for an empty file)
    after: int  # entries in the store after it
    message: str


def check_head_file(conn: Connection, path: str | os.PathLike[str], head: int) -> HeadFileReport:
    """Check every recorded head against the store, and count entries after the last one."""
    from tracker.schema import log

    heads = read_heads(path)
    last = max((p for p, _ in heads), default=0)
    for position, hash_hex in heads:
        stored = conn.execute(select(log.c.hash).where(log.c.position == position)).scalar()
        if stored is None:
            return HeadFileReport(False, len(heads), last, 0,
                                  f"the head file records position {position} but the log ends at {head}: "
                                  "entries were deleted from its end")
        if stored != hash_hex:
            return HeadFileReport(False, len(heads), last, 0,
                                  f"the entry at position {position} is not the one the head file recorded: "
                                  "the log was rewritten from there or earlier")
    after = head - last
    if after > 0:
        return HeadFileReport(False, len(heads), last, after,
                              f"{after} entries after the last head in the head file (positions {last + 1}-{head}) "
                              "were not recorded there: written without the head file, or forged")
    return HeadFileReport(True, len(heads), last, 0,
                          f"all {len(heads)} heads in the head file found; last at position {last}")
