"""One output path for every read command: rows to stdout as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from tracker.cli.app import OutputFormat


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def write_rows(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    fmt: OutputFormat,
    out: TextIO | None = None,
    *,
    json_key: str | None = None,
) -> None:
    """Write ``rows`` (dicts) in ``fmt``. JSON is a list, or ``{json_key: [...]}`` when given."""
    out = out or sys.stdout
    rows = list(rows)
    if fmt is OutputFormat.json:
        data: Any = rows if json_key is None else {json_key: rows}
        json.dump(data, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
        return
    if fmt is OutputFormat.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [len(c) for c in columns]
    for line in cells:
        for i, value in enumerate(line):
            widths[i] = min(max(widths[i], len(value)), 60)
    def fit(value: str, width: int) -> str:
        return value if len(value) <= width else value[: width - 1] + "…"
    out.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=False)).rstrip() + "\n")
    for line in cells:
        out.write("  ".join(fit(v, w).ljust(w) for v, w in zip(line, widths, strict=False)).rstrip() + "\n")


class RowStream:
    """Rows written as they come (``ingest`` prints each article's events when it is done):
    the same JSON list, CSV or table as :func:`write_rows`, without holding every row.

    A streamed table sizes its columns on the first rows written and keeps those widths.
    """

    def __init__(self, columns: Sequence[str], fmt: OutputFormat, out: TextIO | None = None) -> None:
        self.columns = tuple(columns)
        self.fmt = fmt
        self.out = out or sys.stdout
        self.count = 0
        self._widths: list[int] | None = None
        self._csv = csv.writer(self.out, lineterminator="\n") if fmt is OutputFormat.csv else None

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        if self.fmt is OutputFormat.json:
            for row in rows:
                text = json.dumps(row, ensure_ascii=False, indent=2, default=str).replace("\n", "\n  ")
                self.out.write(("[\n  " if self.count == 0 else ",\n  ") + text)
                self.count += 1
        elif self._csv is not None:
            if self.count == 0:
                self._csv.writerow(self.columns)
            for row in rows:
                self._csv.writerow([_cell(row.get(c)) for c in self.columns])
                self.count += 1
        else:
            cells = [[_cell(row.get(c)) for c in self.columns] for row in rows]
            if self._widths is None:
                self._widths = [len(c) for c in self.columns]
                for line in cells:
                    for i, value in enumerate(line):
                        self._widths[i] = min(max(self._widths[i], len(value)), 60)
                self.out.write("  ".join(c.upper().ljust(w) for c, w in zip(self.columns, self._widths, strict=False)).rstrip() + "\n")
            for line in cells:
                self.out.write("  ".join(_fit(v, w).ljust(w) for v, w in zip(line, self._widths, strict=False)).rstrip() + "\n")
                self.count += 1
        self.out.flush()

    def close(self) -> None:
        """End the output: closes the JSON list (``[]`` when no row came); a CSV without rows
        still has its header."""
        if self.fmt is OutputFormat.json:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        elif self._csv is not None and self.count == 0:
            self._csv.writerow(self.columns)
        self.out.flush()


def _fit(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
