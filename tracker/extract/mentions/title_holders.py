"""Who holds each title: a name beside it, the office holder it names, or an anonymous official.

Known people get their title, unknown names become provisional actors, a title alone names
the office holder ("le président russe" → Vladimir Putin, ``via="role"``) or a counterpart
("son homologue russe"), else an unnamed official of its side ("un haut responsable
ukrainien" → ``delegation:UA``); actors inside a title are flagged ``as_modifier``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tracker.extract.mentions.candidates import Cand, delegation_cand, side_cand
from tracker.extract.mentions.names import (
    given_name_sides,
    in_headline,
    name_at,
    name_before,
    speaker_names,
    unresolved_cand,
)
from tracker.extract.mentions.office_holders import office_holder_cand
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.mentions.titles import Title, parse_title, skip_article_back
from tracker.extract.mentions.tokens import Token
from tracker.extract.mentions.words import LangWords


class TitleWalker:
    """Reads every title of a text and settles who holds it.

    For each title phrase, in order: a name after it ("le porte-parole Jean Dupont") or an
    apposition before it ("Kirill Dmitriev, envoyé du président russe") holds the title; else
    the office holder it names ("le président russe"); else an anonymous official of its side
    ("un haut responsable ukrainien"). Actors inside the title are flagged ``as_modifier``.
    """

    def __init__(self, chosen: list[Cand], tokens: list[Token], text: str, words: LangWords, registry: ActorRegistry, when: Any) -> None:
        self.chosen, self.tokens, self.text, self.words, self.registry, self.when = chosen, tokens, text, words, registry, when
        self.added: list[Cand] = []
        self.at: dict[int, Cand] = {}
        for c in chosen:
            for k in range(c.first, c.last + 1):
                self.at[k] = c

    # ----------------------------------------------------------------- bookkeeping

    def _add(self, c: Cand) -> Cand:
        self.added.append(c)
        for x in range(c.first, c.last + 1):
            self.at[x] = c
        return c

    def _drop(self, cands: Iterable[Cand]) -> None:
        gone = {id(c) for c in cands}
        if not gone:
            return
        self.chosen = [y for y in self.chosen if id(y) not in gone]
        for k in [k for k, c in self.at.items() if id(c) in gone]:
            del self.at[k]

    def _phrase(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def _unresolved(self, span: tuple[int, int], side: str | None, title: str) -> Cand | None:
        if in_headline(self.tokens, self.text, span[1]):
            return None  # "Russian Envoy Hails Progress": capitals of a headline, not a name
        return self._add(unresolved_cand(self.tokens, self.text, span, side, title))

    # ----------------------------------------------------------------- walk

    def run(self) -> list[Cand]:
        tokens, words, at = self.tokens, self.words, self.at
        n = len(tokens)
        i = 0
        while i < n:
            if i in at:
                i = at[i].last + 1
                continue
            m, _ = words.title_heads.match_at(tokens, i)
            if not m:
                i += 1
                continue
            # "le chef de la diplomatie russe": the title wins over the side pattern "diplomatie russe"
            self._drop(
                c for x in range(i, i + m) if (c := at.get(x)) is not None and c.via == "demonym" and c.kind == "side" and not c.as_modifier
            )
            # "le chef de la délégation russe": a shorter head, the delegation is its complement
            inside = [x for x in range(i, i + m) if x in at]
            if inside:
                m, _ = words.title_heads.match_at(tokens, i, limit=inside[0] - i)
                if not m:
                    i += 1
                    continue
            t = parse_title(tokens, i, m, words, at)
            self._drop(t.absorbed)
            for c in t.complements:
                c.as_modifier = True
            before = len(self.added)
            owner_found = self._owner_after(t) or self._owner_before(t)
            self._inner_holder(t)
            if not owner_found and t.side:
                owner_found = self._holder_by_role(t) or self._counterpart(t) or self._anonymous(t) or self._unseeded_office(t)
            if not owner_found:
                # nobody holds the title: its side or delegation speaks for the unnamed holder
                # ("le chef de la délégation russe a dit"), a place stays a location ("will head
                # to Moscow"); a person stays a modifier
                for c in t.complements:
                    if c.kind in ("side", "delegation", "place"):
                        c.as_modifier = False
            if t.absorbed and not owner_found and not any(t.start <= c.first and c.last <= t.end for c in self.added[before:]):
                # nothing came of the title: the side patterns it swallowed stand again
                for c in t.absorbed:
                    self.chosen.append(c)
                    for x in range(c.first, c.last + 1):
                        at[x] = c
            i = max(t.end + 1, i + 1)
        return sorted(self.chosen + self.added, key=lambda c: c.first)

    def _owner_after(self, t: Title) -> bool:
        """A name right after the title (or after its comma) holds it, or holds its inner title."""
        tokens, at = self.tokens, self.at
        n = len(tokens)
        k = t.end + 1
        comma = k < n and tokens[k].key == ","
        if comma:
            k += 1
        target = at.get(k)
        if target is not None and (target.first != k or target.kind != "person"):
            target = None
        span = None if target is not None else name_at(tokens, k, self.words, at)
        if span is not None:
            # "Turkish President Tayyip Erdogan": a first name before a known surname
            nxt = at.get(span[1] + 1)
            if nxt is not None and nxt.kind == "person" and nxt.first == span[1] + 1 and nxt.resolved:
                for x in range(span[0], nxt.first):
                    at[x] = nxt
                nxt.first = span[0]
                target, span = nxt, None
        if target is None and span is None:
            return False
        inner_owns = t.inner is not None and not comma
        holder_title = self._phrase(*t.inner) if inner_owns and t.inner else self._phrase(t.start, t.end)
        side = t.inner_side if inner_owns else t.side
        if target is None and span is not None:
            side = side or self._origin_side(span[1] + 1)
            target = self._unresolved(span, side, holder_title)
            if target is None:
                return False
        elif target is not None and target.title is None:
            target.title = holder_title
        assert target is not None  # every path without a target returned above
        if not inner_owns:
            return True
        # the name belongs to the inner title: "envoyé du président russe Vladimir Poutine"
        t.inner_named = True
        target.as_modifier = True
        t.end = target.last
        return self._outer_after_inner(t, target.last + 1)

    def _origin_side(self, k: int) -> str | None:
        """"Foreign Minister Jane Roe of Yemen": the side named right after the holder's name
        (the side mention then qualifies the person, it is no participant of its own)."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or tokens[k].key not in self.words.origin_preps:
            return None
        nxt = self.at.get(k + 1)
        if nxt is None or nxt.first != k + 1 or nxt.kind != "side" or not nxt.side:
            return None
        nxt.as_modifier = True
        return nxt.side

    def _outer_after_inner(self, t: Title, after: int) -> bool:
        """"the envoy of President Vladimir Putin, Kirill Dmitriev": the outer holder after a comma."""
        tokens, at = self.tokens, self.at
        if not (after + 1 < len(tokens) and tokens[after].key == ","):
            return False
        phrase = self._phrase(t.start, t.end)
        outer = at.get(after + 1)
        if outer is not None and (outer.first != after + 1 or outer.kind != "person"):
            return False
        if outer is None:
            span = name_at(tokens, after + 1, self.words, at)
            if span is None or span[1] == span[0] or self._unresolved(span, t.side, phrase) is None:
                return False
        elif outer.title is None:
            outer.title = phrase
        return True

    def _owner_before(self, t: Title) -> bool:
        """An apposition: "Kirill Dmitriev, envoyé du président russe"; "Jane Roe, the US envoy"."""
        tokens, at = self.tokens, self.at
        phrase = self._phrase(t.start, t.end)
        b = skip_article_back(tokens, t.start - 1, self.words)
        if not (b >= 1 and tokens[b].key == ","):
            return False
        prev = at.get(b - 1)
        if prev is not None:
            if prev.kind != "person" or prev.last != b - 1:
                return False
            prev.title = f"{prev.title}, {phrase}" if prev.title else phrase
            if not prev.resolved and prev.side is None:
                prev.side = t.side
            return True
        back = name_before(tokens, b - 1, self.words, at)
        return back is not None and self._unresolved(back, t.side, phrase) is not None

    def _inner_holder(self, t: Title) -> None:
        """An inner title without a name names its office holder: "conseiller du président russe"."""
        if t.inner is None or t.inner_named:
            return
        c = office_holder_cand(self.tokens, self.text, self.words, self.at, self.registry, t.inner, t.inner[0], t.inner_side, None, self.when)
        if c is not None:
            c.as_modifier = True
            self._add(c)

    def _holder_by_role(self, t: Title) -> bool:
        """The title alone names an office holder: "le président russe a déclaré"."""
        c = office_holder_cand(
            self.tokens, self.text, self.words, self.at, self.registry, (t.start, t.end), t.head[0], t.side, t.inner, self.when, t.complements
        )
        if c is None:
            return False
        self._add(c)
        return True

    def _counterpart(self, t: Title) -> bool:
        """"Trump a parlé avec son homologue russe": the other side's holder of the same office.

        The office is the one the nearest person before the title holds in the same sentence.
        """
        h0, h1 = t.head
        if self.words.counterpart_heads.match_at(self.tokens, h0)[0] != h1 - h0 + 1 or not t.side:
            return False
        people = [c for c in self.chosen + self.added if c.kind == "person" and c.resolved and c.last < t.start]
        subject = max(people, key=lambda c: c.last) if people else None
        if subject is None or any(tok.key in (".", "!", "?") for tok in self.tokens[subject.last + 1 : t.start]):
            return self._counterpart_side(t)
        for role in self.registry.roles_of(subject.actor_id, self.when):
            holder = self.registry.role_holder(role, t.side, self.when)
            if holder is not None and holder.id != subject.actor_id:
                title = self._phrase(t.start, t.end)
                a, b = h0, h1
                while a - 1 >= t.start and a - 1 not in self.at:
                    a -= 1
                while b + 1 <= t.end and b + 1 not in self.at and self.tokens[b + 1].key not in self.words.role_function_words:
                    b += 1
                self._add(Cand(a, b, holder.id, holder.name, holder.side, holder.kind, "role", priority=2, title=title))
                return True
        return self._counterpart_side(t)

    def _counterpart_side(self, t: Title) -> bool:
        """"son homologue omanais" when the registry cannot say who that is: the counterpart
        still stands for its side (an unnamed official of it)."""
        inside = {id(self.at[x]): self.at[x] for x in range(t.start, t.end + 1) if x in self.at}
        if any(not ((c.kind == "side" and c.via == "demonym") or c.kind == "place") for c in inside.values()):
            return False
        places = [c for c in inside.values() if c.kind == "place"]
        self._drop(c for c in inside.values() if c.kind != "place")
        end = min([c.first for c in places] + [t.end + 1]) - 1  # "his Omani counterpart in Muscat": not the place
        while end > t.head[1] and self.tokens[end].key in self.words.role_function_words | self.words.title_function_words:
            end -= 1
        c = delegation_cand(self.registry, t.start, max(end, t.head[1]), t.side or "")
        c.via = "title_name"
        c.title = self._phrase(t.start, t.end)
        self._add(c)
        return True

    def _unseeded_office(self, t: Title) -> bool:
        """"Le président serbe a déclaré": an office of a side the registry seeds nobody for.

        The unnamed holder speaks for the side, as a side mention over the title; sides with
        seeded people are left alone (their holder may simply be out of office that day).
        """
        if t.complements or t.inner is not None or not t.side or t.side in _sides_with_people(self.registry):
            return False
        if any(x in self.at for x in range(t.start, t.end + 1)):
            return False
        core: list[str] = []
        j = t.start
        while j <= t.end:  # the title's words without demonyms and function words
            n, _ = self.words.demonyms.match_at(self.tokens, j)
            if n:
                j += n
                continue
            if self.tokens[j].key not in self.words.role_function_words:
                core.append(self.tokens[j].key)
            j += 1
        if self.words.role_titles.get(tuple(core)) is None:
            return False
        c = side_cand(self.registry, t.start, t.end, t.side, "title_name")
        c.title = self._phrase(t.start, t.end)
        self._add(c)
        return True

    def _anonymous(self, t: Title) -> bool:
        """An unnamed official of a side: "un haut responsable ukrainien", "a U.S. official"."""
        h0, h1 = t.head
        if self.words.anonymous_heads.match_at(self.tokens, h0)[0] != h1 - h0 + 1:
            return False
        inside = {id(self.at[x]): self.at[x] for x in range(t.start, t.end + 1) if x in self.at}
        if not all(c.kind in ("side", "place") and c.first >= t.start and c.last <= t.end for c in inside.values()):
            return False
        self._drop(inside.values())
        c = delegation_cand(self.registry, t.start, t.end, t.side or "")
        c.via = "title_name"
        self._add(c)
        return True


_PEOPLE_SIDES: dict[int, frozenset[str]] = {}


def _sides_with_people(registry: ActorRegistry) -> frozenset[str]:
    """Sides with at least one seeded person, computed once per registry."""
    key = id(registry)
    if key not in _PEOPLE_SIDES:
        _PEOPLE_SIDES[key] = frozenset(a.side for a in registry.actors() if a.kind == "person" and a.side)
    return _PEOPLE_SIDES[key]


def attach_titles(
    chosen: list[Cand], tokens: list[Token], text: str, words: LangWords, registry: ActorRegistry, when: Any = None
) -> list[Cand]:
    """Titles of known people, provisional actors for unknown named officials, modifier flags."""
    if not words.title_heads.max_len:
        return chosen
    chosen = given_name_sides(chosen, tokens, text, words)
    walked = TitleWalker(chosen, tokens, text, words, registry, when).run()
    at = {k: c for c in walked for k in range(c.first, c.last + 1)}
    bare = speaker_names(tokens, text, words, at)
    return sorted(walked + bare, key=lambda c: c.first) if bare else walked
