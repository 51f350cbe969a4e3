"""One output path for every read command: rows to stdout as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any, Iterable, Sequence, TextIO

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
    out.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for line in cells:
        out.write("  ".join(fit(v, w).ljust(w) for v, w in zip(line, widths)).rstrip() + "\n")
