"""JSON export: ``{"events": [...]}`` in the contract of design §7."""

from __future__ import annotations

import json
from typing import Any

FORMAT = "json"
SUFFIX = ".json"


def render(events: list[dict[str, Any]], tracks: dict[str, str]) -> str:
    return json.dumps({"events": events}, ensure_ascii=False, indent=2) + "\n"
