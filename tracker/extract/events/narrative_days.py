"""Days told relative to another day of the story: "la veille", "the day before", "a day
earlier", "le lendemain", "two days later".

Wire copy dates one occurrence ("Lavrov met Rubio in Riyadh on Tuesday") and tells the next
relative to it ("A day earlier, Rubio had spoken to ..."); the publication date would be the
wrong anchor. Each language lists its expressions in ``LanguageRules.relative_days`` as
(days, pattern) pairs, where a pattern may carry a number group ``n`` ("two days later") that
multiplies ``days``; the anchor is the nearest single day told before the expression, in its
sentence or the few sentences before it.
"""

from __future__ import annotations

import datetime as dt

from tracker.events import DateInterval
from tracker.extract.events.context import Context, temporals_in
from tracker.extract.temporal.pack import fold, language_pack
from tracker.extract.types import Sentence, TemporalExpression

#: How many sentences back the day a relative expression counts from may be told.
ANCHOR_WINDOW = 6



def relative_days(ctx: Context, sentences: list[Sentence], sent: Sentence) -> list[TemporalExpression]:
    """The relative-day expressions of ``sent``, resolved against the day told before each;
    an expression with no such day is left out (the publication date is no anchor for it)."""
    found: list[TemporalExpression] = []
    for days, pattern in ctx.rules.relative_days:
        for m in pattern.finditer(ctx.text, sent.start, sent.end):
            n = m.groupdict().get("n")
            count = days
            if n is not None:
                # a count in words ("deux jours plus tard"): the language's number table
                value = language_pack(ctx.rules.lang).numbers.get(fold(n)) if not n.isdigit() else int(n)
                if value is None:
                    continue
                count = days * value
            anchor = _aside_anchor(ctx, sent, m.start()) or _anchor_day(ctx, sentences, sent, m.start())
            if anchor is None:
                continue
            first = anchor.first_day()
            assert first is not None
            day = (first + dt.timedelta(days=count)).isoformat()
            iv = DateInterval(start=day, end=day, precision="day", raw=m.group(0), resolution=anchor.resolution)
            found.append(TemporalExpression(span=m.span(), text=m.group(0), kind="relative", interval=iv))
    return found


def _aside_anchor(ctx: Context, sent: Sentence, pos: int) -> DateInterval | None:
    """"Witkoff, qui s'était entretenu la veille avec Zelensky, a déclaré mardi": an expression
    in a relative aside with no day before it counts from the day of the main clause after it."""
    for m in ctx.rules.relative_aside.finditer(ctx.text, sent.start, sent.end):
        if not m.start() <= pos < m.end():
            continue
        if any(_single_day(t) and t.span[1] <= pos for t in temporals_in(ctx, sent.start, pos, False)):
            return None
        after = [t for t in temporals_in(ctx, m.end(), sent.end, False) if _single_day(t)]
        return after[0].interval if after else None
    return None


def _anchor_day(ctx: Context, sentences: list[Sentence], sent: Sentence, pos: int) -> DateInterval | None:
    """The last single day told before ``pos``: in its sentence, else the sentences before."""
    for back in range(0, ANCHOR_WINDOW + 1):
        i = sent.index - back
        if i < 0:
            break
        s = sentences[i]
        end = pos if back == 0 else s.end
        days = [t for t in temporals_in(ctx, s.start, s.end, False) if t.span[1] <= end and t.span[0] >= ctx.dateline_end and _single_day(t)]
        if days:
            return days[-1].interval
    # beyond the window, the last day the story told ("ont débuté samedi" in the lead, "la
    # veille, Trump avait ..." eight sentences on): still the story's day, not the publication
    for i in range(sent.index - ANCHOR_WINDOW - 1, -1, -1):
        s = sentences[i]
        days = [t for t in temporals_in(ctx, s.start, s.end, False) if t.span[0] >= ctx.dateline_end and _single_day(t)]
        if days:
            return days[-1].interval
    return None


def _single_day(t: TemporalExpression) -> bool:
    iv = t.interval
    return t.kind != "duration" and iv is not None and iv.precision == "day" and iv.first_day() == iv.last_day()
