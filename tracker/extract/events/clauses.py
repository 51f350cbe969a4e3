"""Cutting a sentence into clauses, and the part of a clause that belongs to one trigger.

A reported clause ("a indiqué que Dmitriev rendrait compte ...") has its own subject, tense
and date, so clauses are cut at separators, subordinators and after verbs of saying; an
inverted saying ("..., a déclaré Peskov") cuts before the verb instead.
"""

from __future__ import annotations

import re

from tracker.extract.events.context import Context, mentions_in
from tracker.extract.rules import LanguageRules, TriggerRule
from tracker.extract.types import Sentence

_ACRONYM_AFTER = re.compile(r"[A-Z0-9][\w./&-]{0,11}\)")
_ACRONYM_BEFORE = re.compile(r"\([A-Z0-9][\w./&-]{0,11}$")


def _acronym_bracket(text: str, start: int, end: int) -> bool:
    """A bracket around a short form ("the National Liberation Army (ELN) agreed"): part of a
    name, not the edge of a parenthetical clause."""
    cut = text[start:end]
    if "(" in cut:
        return bool(_ACRONYM_AFTER.match(text, end))
    if ")" in cut:
        return bool(_ACRONYM_BEFORE.search(text, max(0, start - 14), start))
    return False


def clause_cuts(ctx: Context, sent: Sentence, trig: list[tuple[TriggerRule, re.Match[str]]], rules: LanguageRules) -> list[tuple[int, int]]:
    """Spans (absolute) that separate clauses in the sentence."""
    cuts = [
        (sent.start + m.start(), sent.start + m.end()) for m in rules.clause_break.finditer(sent.text)
        if m.end() > m.start() and not _acronym_bracket(sent.text, m.start(), m.end())
    ]
    if rules.subordinate_opener.match(sent.text):
        # "As officials gather for the talks, X has ...": the fronted clause ends at its comma
        comma = sent.text.find(",")
        if comma > 0:
            cuts.append((sent.start + comma, sent.start + comma + 1))
    for rule, m in trig:
        if rule.speech and rule.kind == "verb":
            cuts.append((m.end(), m.end()))
            # "..., Peskov said." / "..., a déclaré Peskov." : the subject follows a comma near the end
            head = sent.text[: m.start() - sent.start]
            inv = _INVERSION.search(head)
            # "« ... », a déclaré X" / "..., said X": what precedes is the content
            if inv and not _closes_relative(ctx, head) and (
                inv.group(0).strip()[:1] in "»\"”"
                or _actor_follows(ctx, m.end(), sent.end)
                or _short_tail(ctx, m.end(), sent.end)
            ):
                cuts.append((sent.start + inv.start(), sent.start + inv.end()))
                continue
            tail = sent.text[m.end() - sent.start :]
            if len(tail.split()) <= 6:
                comma = head.rfind(",")
                between = head[comma + 1 :].split() if comma >= 0 else []
                if comma >= 0 and 1 <= len(between) <= 7:
                    cuts.append((sent.start + comma, sent.start + comma + 1))
    cuts.sort()
    return cuts


_INVERSION = re.compile(r"[»\"”]?\s*[,»\"”]\s*$")


def _closes_relative(ctx: Context, head: str) -> bool:
    """"Witkoff, who had spoken to Putin on Saturday, said ...": the comma before the verb
    closes a relative clause set after the subject, so the saying is not inverted."""
    return ctx.rules.relative_segment.search(head) is not None


def _short_tail(ctx: Context, pos: int, end: int) -> bool:
    """"..., ont annoncé les deux pays." : a few words and the sentence ends."""
    if ctx.text[pos:end].lstrip().startswith(":"):
        return False  # "X, on X, writes: «...»": a colon opens the content, the subject came first
    rest = re.split(r"[.;:!?]", ctx.text[pos:end], maxsplit=1)[0]
    return len(rest.split()) <= 4 and not ctx.rules.complementiser.search(rest)


#: an indefinite title of up to eight words closed by a comma, after a verb of saying
_TITLED_APPOSITION = re.compile(r"\s+(?:un|une|a|an)\s+(?:[^\s,.;:]+\s+){0,7}?[^\s,.;:]+\s*,(?=\s*[A-ZÀ-ÖØ-Þ])")


def _actor_follows(ctx: Context, pos: int, end: int) -> bool:
    """An actor named right after a verb of saying: the subject is inverted ("..., a dit X")."""
    window = ctx.text[pos : min(end, pos + 45)]
    appos = _TITLED_APPOSITION.match(ctx.text, pos, min(end, pos + 100))
    if appos is not None:
        # "..., a indiqué un porte-parole du ministère éthiopien, Nebiat Getachew": an
        # indefinite title, then the name in apposition
        window = ctx.text[pos : appos.end() + 40]
    cut = ctx.rules.clause_break.search(window)
    limit = pos + (cut.start() if cut else len(window))
    actors = [m for m in mentions_in(ctx, pos, limit) if m.kind != "place"]
    if not actors:
        return False
    # "..., a annoncé Abou Dhabi." / "..., said Peskov on Tuesday": little follows the subject;
    # "X, speaking in Ankara, said Ukraine would ..." goes on with a verb
    rest = re.split(r"[.;:,!?]", ctx.text[actors[0].span[1] : end], maxsplit=1)[0]
    return len(rest.split()) <= 4 or ctx.rules.inverted_adjunct.match(rest.lstrip()) is not None


def clause_of(sent: Sentence, cuts: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    cs, ce = sent.start, sent.end
    for a, b in cuts:
        if b <= start:
            cs = max(cs, b)
        elif a >= end:
            ce = min(ce, a)
            break
    return cs, ce


def phrase_end(text: str, te: int, ce: int) -> int:
    """End of the verb phrase after a trigger: the next comma or clause end, at most 80 chars."""
    comma = text.find(",", te, ce)
    return min(ce, te + 80, comma if comma >= 0 else ce)


def trigger_zone(ctx: Context, ts: int, te: int, cs: int, ce: int, etype: str | None = None) -> tuple[int, int]:
    """The part of the clause that belongs to a trigger: up to the neighbouring triggers (of
    another type, when ``etype`` is given), except an event it is set in ("accords conclus lors
    de leur sommet en Alaska")."""
    lo, hi = cs, ce
    for a, b, other in ctx.trigger_spans:
        if etype is not None and other == etype:
            continue
        if b <= ts:
            lo = max(lo, b)
        elif a >= te and a < hi:
            before = ctx.text[max(te, a - 40) : a]
            if any(cat == "past" and pat.search(before) for cat, pat in ctx.rules.attached_before[:1]):
                continue
            hi = a
    return lo, hi
