"""Who does the action of a trigger: the grammatical subject, found without a parser.

The nearest actors before the trigger (with coordination: "Witkoff et Kushner"), a pronoun or
a definite description resolved to the last speaker or person, an inverted subject after a
verb of saying, the antecedent of a relative clause; modifiers ("l'émissaire de Trump") and
attributions ("selon Moscou") are never subjects.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from tracker.extract.events.context import Candidate, Context, mentions_in
from tracker.extract.mentions.tokens import fold
from tracker.extract.types import ActorMention, Sentence


def _is_modifier(ctx: Context, m: ActorMention, floor: int) -> bool:
    """A mention that qualifies someone else ("l'émissaire de Trump") or attributes a claim."""
    key = (m.span, max(floor, m.span[0] - 80))
    cached = ctx.modifier_cache.get(key)
    if cached is None:
        cached = ctx.modifier_cache[key] = _modifier(ctx, m, floor)
    return cached


def _modifier(ctx: Context, m: ActorMention, floor: int) -> bool:
    rules, text = ctx.rules, ctx.text
    before = text[max(floor, m.span[0] - 80) : m.span[0]]
    if rules.attribution_before.search(before):
        return True
    if getattr(m, "as_modifier", False) and (
        m.kind == "person" or (m.kind == "side" and getattr(m, "via", "") == "alias") or _titles_next_person(ctx, m)
    ):
        return True  # "Foreign Minister Jane Roe of Yemen", "the Kremlin spokesman Peskov": they only qualify
    if m.kind != "person":
        return m.kind == "side" and _qualifies_title(ctx, m, before)
    if rules.possessor_before.search(before):
        return True
    # (on a slice: the tables anchor the pattern with "^", which never matches at a pos > 0)
    return bool(rules.possessor_after.match(text[m.span[1] : m.span[1] + 40]))


def _qualifies_title(ctx: Context, m: ActorMention, before: str) -> bool:
    """A side between a title and a person's name ("президент України Володимир Зеленський")."""
    if not ctx.rules.title_qualifier_before.search(before):
        return False
    i = bisect.bisect_right(ctx.mention_starts, m.span[0])
    while i < len(ctx.mentions) and ctx.mentions[i].span[0] <= m.span[1] + 2:
        nxt = ctx.mentions[i]
        if nxt.span[0] >= m.span[1] and nxt.kind == "person":
            return True
        i += 1
    return False
def _titles_next_person(ctx: Context, m: ActorMention) -> bool:
    """A side inside the title of the person named right after it ("porte-parole du Kremlin
    Dmitri Peskov"), not a side that stands alone ("le Kremlin a déclaré")."""
    i = bisect.bisect_right(ctx.mention_starts, m.span[0])
    if i >= len(ctx.mentions):
        return False
    nxt = ctx.mentions[i]
    return nxt.kind == "person" and 0 <= nxt.span[0] - m.span[1] <= 2 and bool(nxt.title)


def actors_in(ctx: Context, start: int, end: int, floor: int) -> list[ActorMention]:
    return [
        m for m in mentions_in(ctx, start, end)
        if m.via != "pronoun" and not _is_modifier(ctx, m, floor)
        and not ctx.rules.location_blocker.search(ctx.text, max(floor, m.span[0] - 40), m.span[0])
    ]


def _side_of_description(ctx: Context, description: str) -> str | None:
    for word, side in ctx.rules.demonyms.items():
        if re.search(rf"\b{word}\b", description, re.IGNORECASE):
            return side
    # the mention finder's full table: "le ministre éthiopien", "the Eritrean envoy"
    table = _folded_demonyms(ctx.rules.mentions.demonyms)
    for word in fold(description).replace("-", " - ").split():
        if word in table:
            return table[word]
    return None


_FOLDED: dict[int, dict[str, str]] = {}


def _folded_demonyms(demonyms: Mapping[str, str]) -> dict[str, str]:
    key = id(demonyms)
    if key not in _FOLDED:
        _FOLDED[key] = {fold(w): side for w, side in demonyms.items() if " " not in w}
    return _FOLDED[key]


def _resolve_pronoun(ctx: Context, sent: Sentence, speech: bool, description: str = "") -> ActorMention | None:
    side = _side_of_description(ctx, description) if description else None
    if side:
        # "le négociateur russe a accusé": the last Russian person named
        i = bisect.bisect_left(ctx.mention_starts, sent.start) - 1
        while i >= 0:
            m = ctx.mentions[i]
            if m.kind == "person" and m.side == side and m.via != "pronoun":
                return m
            i -= 1
        return None
    if description and ctx.rules.office_of_pronoun.search(description):
        # "X has directed Y to ..., his office said": the leader the sentence opens with
        first = [m for m in mentions_in(ctx, sent.start, sent.end) if m.kind == "person" and m.via != "pronoun"]
        if first:
            return first[0]
    if speech and ctx.last_speaker and sent.index - ctx.last_speaker[0] <= 3 \
            and not (ctx.last_speaker[1].kind != "person" and ctx.rules.singular_pronoun.search(description or "")):
        # "he said" is a person's saying, not the officials' quoted before
        return ctx.last_speaker[1]
    if ctx.last_person and sent.index - ctx.last_person[0] <= 3:
        return ctx.last_person[1]
    return None


def subject_of(ctx: Context, cand: Candidate, cs: int, ts: int, te: int, ce: int) -> list[ActorMention]:
    """Who does the action: the nearest actor(s) before the trigger, a pronoun, or an inverted
    subject right after it. Coordinated subjects ("Witkoff et Kushner ont rencontré") all count."""
    rules, text = ctx.rules, ctx.text
    if cand.rule.speech:
        shared = _matrix_subject(ctx, cand, ts)
        if shared:
            return shared
    rel = ctx.rules.relative_tail.search(text, max(cs, ts - 160), ts)
    if rel is not None:
        # "Erdogan, qui avait reçu Zelensky jeudi, a dit ...": skip the relative clause
        ts_subject = rel.start()
    else:
        ts_subject = ts
    opener = ctx.rules.relative_open.search(text, cs, ts)
    if opener is None and not text[cs:ts].strip():
        # the clause opens on a relative pronoun cut off before it: "a delegation that had arrived"
        opener = ctx.rules.relative_cut.search(text, max(cand.sentence.start, cs - 30), cs)
        if opener is not None and any(abs(b - opener.start()) <= 2 for _, b in ctx.speech_spans):
            opener = None  # "said that ...": a completive, not a relative
    if opener is not None:
        # "Erdogan, qui s'est entretenu avec Poutine": the antecedent is the subject
        ante = actors_in(ctx, cand.sentence.start, opener.start(), cand.sentence.start)
        return [ante[-1]] if ante else []
    before = actors_in(ctx, cs, ts_subject, cs)
    for rs in ctx.rules.relative_span.finditer(text, cs, ts_subject):
        before = [m for m in before if not (rs.start() <= m.span[0] < rs.end())]
    pron = None
    for pm in rules.pronoun_subject.finditer(text, cs, ts_subject):
        pron = pm
    joined = ctx.rules.predicate_join.search(text, max(cand.sentence.start, cs - 8), cs + 5)
    inverted = bool(rules.pronoun_subject.search(cand.trigger_text))
    if cand.rule.speech and joined is None and not inverted and (cs == ts or not text[cs:ts].strip(" ,")):
        # inverted: "..., a déclaré Volodymyr Zelensky samedi" / "..., said Peskov"; a title in
        # apposition may come first ("..., a dit le chef de la diplomatie du pays, X")
        after = _inverted(ctx, te, min(cand.sentence.end, te + 90))
        if len(after) > 1 and after[0].kind == "delegation" and after[1].kind == "person" \
                and text[after[0].span[1] : after[1].span[0]].strip() == ",":
            # "..., a indiqué un porte-parole du ministère, Jane Roe": the name in apposition speaks
            return [after[1]]
        if after:
            return [after[0]]
        office = rules.office_of_pronoun.match(text, te)
        if office is not None:
            # "..., a précisé son bureau": the leader the sentence opens with speaks
            r = _resolve_pronoun(ctx, cand.sentence, cand.rule.speech, office.group(0))
            return [r] if r is not None else []
    if inverted and before and not text[before[-1].span[1] : ts].strip(" ,"):
        inverted = False  # "Trump avait quant à lui salué": the name right before the verb is its subject
    if inverted or (pron is not None and (not before or pron.start() > before[-1].span[1])):
        # only a pronoun that is not part of an apposition naming the subject
        r = _resolve_pronoun(ctx, cand.sentence, cand.rule.speech, pron.group(0) if pron is not None and not inverted else "")
        return [r] if r is not None else []
    if not before and ctx.last_group and cand.sentence.index - ctx.last_group[0] <= 1 \
            and ctx.rules.plural_pronoun.search(text, cs, ts_subject):
        # "X and Y said they had drafted ...": they = the speakers just named
        return list(ctx.last_group[1])
    if before and before[-1].kind == "delegation" and ctx.rules.definite_before.search(text, max(cs, before[-1].span[0] - 8), before[-1].span[0]) \
            and not before[-1].text.rstrip().endswith("s"):
        # "the Russian official said": a definite description of someone already named
        r = _resolve_pronoun(ctx, cand.sentence, cand.rule.speech, before[-1].text)
        if r is not None:
            return [r]
    if before:
        last = before[-1]
        group = [last]
        # walk back over coordination: "X et Y", "X, Y and Z"
        for prev in reversed(before[:-1]):
            gap = text[prev.span[1] : group[0].span[0]]
            if len(group) == 1 and not ctx.rules.conjunction.search(gap):
                break  # "Le porte-parole du Kremlin, Dmitri Peskov": apposition, not coordination
            if ctx.rules.coordination_gap.fullmatch(gap):
                group.insert(0, prev)
            else:
                break
        return group
    if cand.rule.speech:
        after = _inverted(ctx, te, min(ce, te + 60))
        if after:
            return [after[0]]
    if rules.subject_after_verb:
        # verb second: "Am Freitag schlug Umerow vor", "..., stellte Putin Bedingungen"
        after = actors_in(ctx, te, min(ce, te + 60), te)
        if after:
            return [after[0]]
    # a second predicate of the sentence subject: "X ended the talks on Sunday and will meet again"
    join = ctx.rules.predicate_join
    if join.search(text, max(cand.sentence.start, ts - 14), ts) or join.search(text, max(cand.sentence.start, cs - 8), cs + 4):
        first = actors_in(ctx, cand.sentence.start, ts, cand.sentence.start)
        if first and not ctx.speech_spans or (first and all(a > first[0].span[0] for a, _ in ctx.speech_spans)):
            group = [first[0]]
            for nxt in first[1:]:
                if ctx.rules.conjunction.search(text[group[-1].span[1] : nxt.span[0]]) and len(text[group[-1].span[1] : nxt.span[0]]) < 12:
                    group.append(nxt)
                else:
                    break
            return group
    if ctx.rules.pro_drop and cand.rule.kind != "noun" and len(text[cs:ts].split()) <= 3 \
            and any(a < cs for a, _ in ctx.speech_spans):
        # a language that drops subject pronouns: "X ha annunciato che sabato sarà a Kiev" -
        # the complement clause's verb has the speaker as its subject
        r = _resolve_pronoun(ctx, cand.sentence, cand.rule.speech)
        if r is not None:
            return [r]
    if ctx.rules.pro_drop and cand.type == "visit" and cand.rule.kind != "noun":
        # verb-subject order of verbs of arrival: "è atterrata a Doha la delegazione israeliana"
        after = actors_in(ctx, te, min(ce, te + 80), te)
        if after:
            return [after[0]]
    participial = ctx.rules.participial_opener
    trigger_words = cand.trigger_text.split()
    if participial.fullmatch(text, max(cand.sentence.start, cs), ts) or participial.fullmatch(trigger_words[0] if trigger_words else ""):
        # "After speaking by phone with Aliyev, Pashinyan said ...": the main clause's subject
        comma = text.find(",", te, cand.sentence.end)
        if comma >= 0:
            after = actors_in(ctx, comma + 1, min(cand.sentence.end, comma + 60), comma + 1)
            if after:
                return [after[0]]
    if ctx.rules.pro_drop and cand.rule.kind == "verb" and cand.tense != "inf" and ctx.last_speaker and ctx.last_speaker[0] == cand.sentence.index \
            and ctx.last_speaker[1].span[1] <= ts:
        # "X заявив, що зустрінеться з Y": the subject left out is the speaker of the sentence
        return [ctx.last_speaker[1]]
    if ctx.rules.pro_drop and cand.rule.kind == "verb" and cand.tense not in ("inf", "part") \
            and not ctx.rules.group_reference.search(text, cs, ts):
        # "afirmó en un comunicado que ...": the subject was dropped, it is the one just named
        r = _resolve_pronoun(ctx, cand.sentence, cand.rule.speech)
        return [r] if r is not None else []
    return []


def _matrix_subject(ctx: Context, cand: Candidate, ts: int) -> list[ActorMention]:
    """"X believes that Y wants peace and stressed that ...", "X confirmed that Y would come,
    but said ...": a verb of saying joined by "and"/"but" right after the complement clause of
    a verb of belief or saying is a second predicate of X, the subject before that verb, not
    of Y, the complement's subject."""
    text, start = ctx.text, cand.sentence.start
    join = ctx.rules.predicate_join.search(text, max(start, ts - 14), ts)
    if join is None or [m for m in mentions_in(ctx, join.start(), ts) if m.via != "pronoun"] \
            or ctx.rules.pronoun_subject.search(text, join.start(), ts):
        return []  # "..., and Lavrov said", "but he said": a subject of its own
    verbs = [ov.span() for ov in ctx.rules.opinion_verb.finditer(text, start, join.start())]
    verbs += [(a, b) for a, b in ctx.speech_spans if start <= a and b <= join.start()]
    for vs, ve in sorted(set(verbs)):
        inner = actors_in(ctx, ve, join.start(), ve)
        # the person the subject names, even in a title that reads like a modifier
        # ("Special Envoy to the President Jane Roe thinks ...")
        outer = [m for m in mentions_in(ctx, start, vs) if m.kind == "person" and m.via != "pronoun"] \
            or actors_in(ctx, start, vs, start)
        if inner and outer and not any(ve <= a < join.start() for a, _ in ctx.speech_spans):
            return [outer[-1]]
    return []


def _inverted(ctx: Context, te: int, end: int) -> list[ActorMention]:
    """Actors after a verb of saying that can be its inverted subject. In a pro-drop language
    the window ends before the reported content ("declared that Moscow ...": Moscow is in what
    was said) or at the first comma, and an actor after "a"/"to" is the addressee ("agradeció
    a Estados Unidos")."""
    if not ctx.rules.pro_drop:
        return actors_in(ctx, te, end, te)
    m = ctx.rules.complementiser.search(ctx.text, te, end)
    if m is not None:
        end = m.start()
    comma = ctx.text.find(",", te, end)
    if comma >= 0:
        end = comma  # "afirmaron en un comunicado, en referencia a X": X is not the speaker
    return [a for a in actors_in(ctx, te, end, te) if not ctx.rules.recipient_marker.search(ctx.text, max(te, a.span[0] - 30), a.span[0])]
