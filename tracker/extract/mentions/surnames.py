"""Back-references by surname: an unknown official named once is recognised again later.

"Deputy Foreign Minister Vsevolod Chelyshkin" introduces a provisional actor; a later
"Chelyshkin rejected the draft" (same sentence or, through one :class:`MentionContext`, a later
one) gets the same id, full name and side instead of being missed.
"""

from __future__ import annotations

from tracker.extract.mentions.candidates import Cand
from tracker.extract.mentions.tokens import Token


class MentionContext:
    """Memory of one article: the unknown officials (and the known people) named so far.

    Pass the same context to :func:`find_mentions` for every sentence of an article, in order,
    and a later bare surname ("Chelyshkin rejected the draft", "le général Kravets-Ostapiouk")
    resolves to the provisional actor introduced earlier ("Deputy Foreign Minister Vsevolod
    Chelyshkin"), with the same id, full name and side.
    """

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, ...], Cand] = {}

    @staticmethod
    def _surname_keys(tokens: list[Token], c: Cand) -> tuple[str, ...]:
        """Keys of the last word of a name, hyphenated parts included ("Kravets-Ostapiouk")."""
        k = c.last
        while k > c.first and tokens[k].hyphen_before and tokens[k].start - tokens[k - 1].end == 1:
            k -= 1
        return tuple(t.key for t in tokens[k : c.last + 1])

    def remember(self, tokens: list[Token], c: Cand) -> None:
        full = tuple(t.key for t in tokens[c.first : c.last + 1])
        self._by_key.setdefault(full, c)
        surname = self._surname_keys(tokens, c)
        if surname != full:
            self._by_key.setdefault(surname, c)

    def known(self, keys: tuple[str, ...]) -> Cand | None:
        return self._by_key.get(keys)

    def surnames(self) -> list[tuple[tuple[str, ...], Cand]]:
        return list(self._by_key.items())


def apply_context(chosen: list[Cand], tokens: list[Token], text: str, context: MentionContext) -> list[Cand]:
    """Reuse provisional actors met earlier (in the article or this text); remember new ones."""
    for c in chosen:
        if c.kind != "person":
            continue
        if c.resolved:
            # a known person named in full ("Colombian President Gustavo Petro") is met again
            # by the surname alone ("due to brief Petro"), as an unknown official is
            if c.last > c.first and context.known(tuple(t.key for t in tokens[c.first : c.last + 1])) is None:
                context.remember(tokens, c)
            continue
        earlier = context.known(tuple(t.key for t in tokens[c.first : c.last + 1]))
        if earlier is None:
            context.remember(tokens, c)
        elif earlier.actor_id != c.actor_id or earlier is not c:
            c.actor_id, c.name = earlier.actor_id, earlier.name
            c.side = c.side or earlier.side
            if earlier.side is None and c.side:
                earlier.side = c.side
    taken = {k for c in chosen for k in range(c.first, c.last + 1)}
    added: list[Cand] = []
    for keys, earlier in context.surnames():
        n = len(keys)
        for i in range(len(tokens) - n + 1):
            if i in taken or tokens[i].key != keys[0] or not tokens[i].text[:1].isupper():
                continue
            if tuple(t.key for t in tokens[i : i + n]) != keys or any(k in taken for k in range(i, i + n)):
                continue
            if i + n < len(tokens) and tokens[i + n].start == tokens[i + n - 1].end and tokens[i + n].key not in (".", ",", "'", ";", ":", "»", ")"):
                continue
            added.append(
                Cand(i, i + n - 1, earlier.actor_id, earlier.name, earlier.side, "person", "alias", priority=2, resolved=earlier.resolved)
            )
            taken.update(range(i, i + n))
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda c: c.first)
