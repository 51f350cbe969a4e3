"""The layering of ARCHITECTURE.md, checked on every module's imports (parsed, not run).

A module may import its own layer and the layers below it, never one above: the checker reads
every ``import``/``from ... import`` (including those inside functions and under
TYPE_CHECKING, which couple the code just the same) and names each upward one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tracker"

#: Rank of each layer's modules, by dotted prefix (the longest prefix wins). Higher may import lower.
LAYERS: dict[str, int] = {
    # 5 - command line: parses options, calls a use case, prints
    "tracker.cli": 5,
    # 4 - use cases: one command's work, over the store and the read models
    "tracker.app": 4,
    # 3 - read models (projections, each package with its tables, apply step, queries and as-of
    # view; the timeline's owns its track rules, de-duplication and labels) and exports
    "tracker.projections": 3,
    "tracker.export": 3,
    "tracker.interop_codes": 3,
    "tracker.actor_registry": 3,
    # 2 - the store: the log, articles, schema, signing, head file; reading article files
    "tracker.store": 2,
    "tracker.db": 2,
    "tracker.schema": 2,
    "tracker.headfile": 2,
    "tracker.signing": 2,
    "tracker.config": 2,
    "tracker.article_loading": 2,
    "tracker.langid": 2,
    # 1 - extraction: pure text -> event drafts, no store, no database
    "tracker.extract": 1,
    # 0 - the kernel: value types and payload builders every layer shares
    "tracker": 0,
    "tracker.errors": 0,
    "tracker.limits": 0,
    "tracker.resources": 0,
    "tracker.identity": 0,
    "tracker.events": 0,
    "tracker.articles": 0,
    "tracker.urls": 0,
}

NAMES = {5: "cli", 4: "use cases", 3: "projections/export", 2: "store", 1: "extract", 0: "kernel"}


def layer_of(module: str) -> int | None:
    """The rank of ``module`` (a dotted name), or None when no layer claims it."""
    parts = module.split(".")
    for n in range(len(parts), 1, -1):
        rank = LAYERS.get(".".join(parts[:n]))
        if rank is not None:
            return rank
    return LAYERS.get(module)  # the package itself (its version), not everything under it


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, dotted name) of every tracker module ``source`` imports, relative imports resolved."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "tracker"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] == "tracker":
                # `from tracker.x import y` may name a submodule y: judge the deepest name
                out += [(node.lineno, f"{target}.{a.name}" if a.name != "*" else target) for a in node.names]
    return out


def violations(root: Path) -> list[str]:
    """Every upward import and every module no layer claims, under package folder ``root``."""
    found = []
    for path in sorted(root.rglob("*.py")):
        module = module_name(path, root)
        mine = layer_of(module)
        if mine is None:
            found.append(f"{module}: no layer claims it (add it to LAYERS and ARCHITECTURE.md)")
            continue
        for line, name in imported(path.read_text(encoding="utf-8"), module, path.name == "__init__.py"):
            theirs = layer_of(name)
            if theirs is not None and theirs > mine:
                found.append(f"{module}:{line} imports {name} ({NAMES[theirs]} above {NAMES[mine]})")
    return found


def test_no_module_imports_a_higher_layer() -> None:
    assert violations(PACKAGE) == []


def _fake_package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "tracker"
    for rel, text in {"__init__.py": "", **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("rel", "source", "upward"),
    [
        ("extract/__init__.py", "from tracker.store import Store\n", "tracker.store.Store"),
        ("extract/engine.py", "def f():\n    import tracker.projections\n", "tracker.projections"),
        ("extract/engine.py", "from ..cli import app\n", "tracker.cli.app"),
        ("store.py", "from tracker import projections\n", "tracker.projections"),
        ("projections/x.py", "from tracker.cli.output import write_rows\n", "tracker.cli.output.write_rows"),
        ("app/recording.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tracker.cli import app\n",
         "tracker.cli.app"),
    ],
)
def test_the_checker_names_an_upward_import(tmp_path: Path, rel: str, source: str, upward: str) -> None:
    found = violations(_fake_package(tmp_path, {rel: source}))
    assert len(found) == 1 and f"imports {upward} " in found[0], found


def test_the_checker_allows_downward_and_sideways_imports(tmp_path: Path) -> None:
    root = _fake_package(tmp_path, {
        "cli/__init__.py": "from tracker.app.recording import record\nfrom tracker.cli.app import app\n",
        "app/recording.py": "from tracker.store import Store\nfrom tracker.app.ingest import ingest\n",
        "extract/engine.py": "from tracker.events import EventDraft\nfrom .rules import x\n",
    })
    assert violations(root) == []


def test_the_checker_names_a_module_no_layer_claims(tmp_path: Path) -> None:
    found = violations(_fake_package(tmp_path, {"newthing.py": "x = 1\n"}))
    assert found == ["tracker.newthing: no layer claims it (add it to LAYERS and ARCHITECTURE.md)"]
