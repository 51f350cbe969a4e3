"""Finding triggers: every rule of the language runs over the whole article once.

Overlapping matches keep the longest, then the most confident, so "a tenu des pourparlers"
is one trigger and not two; the tense of a verb trigger is the named group that matched.
"""

from __future__ import annotations

import bisect
import re

from tracker.extract.rules import LanguageRules, TriggerRule


def trigger_matches(text: str, rules: LanguageRules) -> list[tuple[TriggerRule, re.Match[str]]]:
    found: list[tuple[TriggerRule, re.Match[str]]] = []
    n = len(text)
    lowered = text.lower()
    for rule in rules.triggers:
        if rule.keys is not None and not any(k in lowered for k in rule.keys):
            continue
        if rule.anchor is None:
            found.extend((rule, m) for m in rule.regex.finditer(text) if m.end() > m.start())
            continue
        seen: set[tuple[int, int]] = set()
        for hit in rule.anchor.finditer(text):
            if hit.group(0)[:1].isupper() and _NAME_CONTEXT.search(text, max(0, hit.start() - 3), hit.start()):
                continue  # "United States" is not "states"
            for m in rule.regex.finditer(text, max(0, hit.start() - 70), min(n, hit.end() + 140)):
                if m.start() <= hit.start() < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    found.append((rule, m))
    # longest first, then most confident; keep those that do not overlap a kept one
    found.sort(key=lambda rm: (-(rm[1].end() - rm[1].start()), -rm[0].confidence, rm[1].start()))
    kept: list[tuple[TriggerRule, re.Match[str]]] = []
    starts: list[int] = []  # kept spans never overlap, so they sort the same by start and end
    ends: list[int] = []
    for rule, m in found:
        s, e = m.span()
        i = bisect.bisect_left(starts, s)
        if (i < len(starts) and starts[i] < e) or (i > 0 and ends[i - 1] > s):
            continue
        kept.append((rule, m))
        starts.insert(i, s)
        ends.insert(i, e)
    kept.sort(key=lambda rm: rm[1].start())
    return kept


_NAME_CONTEXT = re.compile(r"\w(?:[\w.]*\w)?\s+$")  # a word before, not a sentence end ("talks. Attending")


def tense_of(m: re.Match[str]) -> str | None:
    """The tense group that matched; "cmp" only wraps a compound tense named by its
    auxiliary's group ("pastx" for "a rencontré", "futx" for "aura rencontré")."""
    for name, value in m.groupdict().items():
        if value is None:
            continue
        tense = name.rsplit("_", 1)[-1]
        if tense == "cmp":
            continue
        return tense[:-1] if tense in ("pastx", "pcondx", "futx") else tense
    return None
