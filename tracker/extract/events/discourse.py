"""Discourse memory carried from sentence to sentence.

Wire copy names the scene's day once and the speaker once: remember the last past day told
and the last person named, so undated occurrences and pronoun subjects further on can use them.
"""

from __future__ import annotations

import re

from tracker.events import DateInterval
from tracker.extract.events.context import Candidate, Context, mentions_in, temporals_in
from tracker.extract.types import Sentence

#: A wire dateline: "CITY, 16 mai (Xinhua) --", "CITY, July 23 (Reuters) -", "(LaPresse/AP) —".
DATELINE = re.compile(
    r"\s*[^\n(]{0,80}?\((?:AFP|Reuters|AP|dpa|ANSA|EFE|Xinhua|TASS|Interfax|Ukrinform|Belga|ATS|AA|"
    r"[A-Z][A-Za-z]{1,15}(?:/[A-Z][A-Za-z]{1,15})?)\)\s*[-–—]{1,2}\s*"
)


def dateline_day(ctx: Context) -> DateInterval | None:
    """The day a wire dateline gives ("ISTANBUL, 16 mai (Xinhua) --"): the story's own day,
    which stands in for the publication day when nothing else dates an event. A day after the
    publication, or anything wider than a day, is no dateline day."""
    if not ctx.dateline_end:
        return None
    pub = ctx.article.published
    for t in temporals_in(ctx, 0, ctx.dateline_end, False):
        iv = t.interval
        if t.kind == "duration" or iv is None or iv.precision != "day" or iv.first_day() != iv.last_day():
            continue
        last = iv.last_day()
        if pub is not None and last is not None and last > pub:
            continue
        return iv
    return None


#: How many sentences the last past date of the narrative carries to undated occurrences.
SCENE_WINDOW = 2


def remember_scene(ctx: Context, sent: Sentence, cands: list[Candidate]) -> None:
    """Wire copy dates the scene once ("ont fait vendredi un pas décisif") and then tells what
    happened without repeating it: remember the last past date of the narrative. A sentence
    that tells events sets the scene only through the date of an occurrence in it, so the
    day a trip was planned for or a statement was made does not date what follows."""
    pub = ctx.article.published
    if cands:
        for c in cands:
            # (what had happened before, told in the pluperfect, is background: no scene)
            if c.modality == "occurred" and c.type != "statement_issued" and not c.pluperfect and c.date is not None and c.date.precision == "day" \
                    and not _told_in_pluperfect(ctx, c):
                last = c.date.last_day()
                if last is not None and (pub is None or last <= pub):
                    ctx.scene = (sent.index, c.date)
        return
    if ctx.rules.pluperfect is not None and ctx.rules.pluperfect.search(sent.text):
        return  # "Un premier cycle s'était tenu le 6 février": background, not the scene
    quotes = [(sent.start + q.start(), sent.start + q.end()) for q in ctx.rules.quote.finditer(sent.text)]
    for t in temporals_in(ctx, sent.start, sent.end, False):
        if t.span[0] < ctx.dateline_end or t.kind == "duration" or t.interval is None:
            continue
        if any(a <= t.span[0] < b for a, b in quotes):
            continue  # "« Nous établissons aujourd'hui la paix »": the speaker's today
        iv = t.interval
        last = iv.last_day()
        if iv.precision == "day" and last is not None and (pub is None or last <= pub):
            ctx.scene = (sent.index, iv)
            return


def _told_in_pluperfect(ctx: Context, c: Candidate) -> bool:
    """"Un premier cycle s'était tenu le 6 février", "Lors du précédent cycle, le 2 juin, les
    parties étaient convenues ...": a noun in a sentence told in the pluperfect is background
    (a verb has its own tense)."""
    plu = ctx.rules.pluperfect
    return c.rule.kind == "noun" and plu is not None and plu.search(c.sentence.text) is not None


def remember_people(ctx: Context, sent: Sentence) -> None:
    """The last person named as a subject-like actor, for pronouns in later sentences."""
    persons = [
        m for m in mentions_in(ctx, sent.start, sent.end)
        if m.kind == "person" and m.via != "pronoun"
        and not (
            getattr(m, "as_modifier", False)
            or ctx.rules.possessor_before.search(ctx.text[max(sent.start, m.span[0] - 80) : m.span[0]])
        )
    ]
    if persons:
        # the first non-modifier person of a sentence is usually its subject
        if ctx.last_person is None or ctx.last_person[0] != sent.index:
            ctx.last_person = (sent.index, persons[0])
