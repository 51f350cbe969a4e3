"""Plain option values (text, whole numbers, decimals, lists of text) coerced without pydantic.

Typer 0.29 builds a pydantic ``TypeAdapter`` for every parameter a command receives, which
costs pydantic's import and a schema build per parameter (~0.1 s, a third of ``tracker list``)
before any work. Every ``tracker`` parameter is text, a number with optional bounds, a flag or
a list of text, and the values a user types are almost always plain. :func:`install` gives
each parameter a runtime coercion that accepts such values directly (the result pydantic would
give: the same text, ``int("12")``, ``float("0.5")`` within the declared ``min``/``max``) and
hands anything else (an out-of-range number, ``1e3`` for a whole number, an Enum, a custom
parser) to typer's own coercion, so errors keep typer's wording and no value is read
differently. ``tests/test_cli_coercion.py`` checks both paths against typer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_INT = re.compile(r"[+-]?[0-9]+")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_PLAIN = (str, int, float, bool)


def plain_value(annotation: Any, value: Any, low: float | None, high: float | None) -> tuple[bool, Any]:
    """``(True, result)`` when ``value`` is a plain value of ``annotation`` within the bounds;
    ``(False, None)`` when typer's coercion must decide (and word any error)."""
    if annotation is str:
        return (True, value) if isinstance(value, str) else (False, None)
    if annotation is bool:
        return (True, value) if isinstance(value, bool) else (False, None)
    if isinstance(value, str) and (annotation is int and _INT.fullmatch(value) or
                                   annotation is float and _FLOAT.fullmatch(value)):
        number = annotation(value)
        if (low is None or number >= low) and (high is None or number <= high):
            return True, number
    return False, None


def install() -> None:
    """Put the plain-value coercion in front of typer's, once; a typer without the runtime
    coercion layer this relies on is left as it is."""
    try:
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer.core import _TyperParameter
    except ImportError:  # another typer: its own coercion applies unchanged
        return
    if getattr(_TyperParameter, "_tracker_plain", False):
        return

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        """Plain values directly; everything else through typer's coercion, built on demand."""

        descriptor: Any
        low: float | None
        high: float | None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            listed = self.descriptor.is_list
            inner = self.annotation.__args__[0] if listed else self.annotation
            if listed and isinstance(value, (list, tuple)):
                results = [plain_value(inner, v, self.low, self.high) for v in value]
                if all(ok for ok, _ in results):
                    return [v for _, v in results]
            elif not listed:
                ok, result = plain_value(inner, value, self.low, self.high)
                if ok:
                    return result
            return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    original = _TyperParameter.get_runtime_param

    def get_runtime_param(self: Any) -> Any:
        if self._runtime_param is None:
            desc = self.type_descriptor
            info = desc.parameter_info
            listed = desc.is_list
            inner = getattr(desc.annotation, "__args__", (None,))[0] if listed else desc.annotation
            simple = (inner in _PLAIN and not desc.is_file and not desc.is_tuple and info.parser is None
                      and getattr(info, "click_type", None) is None and not info.clamp)
            if not simple:
                return original(self)
            self._runtime_param = PlainRuntimeParam(
                parameter_info=info, annotation=desc.annotation, descriptor=desc, low=info.min, high=info.max)
        return self._runtime_param

    _TyperParameter.get_runtime_param = get_runtime_param  # type: ignore[method-assign]  # deliberate: see the module docstring
    _TyperParameter._tracker_plain = True  # type: ignore[attr-defined]
