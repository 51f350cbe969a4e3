"""The annotated corpus is well-formed: it is the yardstick of extraction, so a typo in it
would silently move every figure of ``bench/eval_extraction.py``."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from tracker.events import MODALITIES, OCCURRENCE_TYPES, first_day, last_day

_REPO = Path(__file__).resolve().parent.parent
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))
_spec = importlib.util.spec_from_file_location("bench_corpus", _REPO / "bench" / "corpus.py")
corpus = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
sys.modules["bench_corpus"] = corpus
_spec.loader.exec_module(corpus)  # type: ignore[union-attr]

ITEMS = corpus.load_corpus()
IDS = [item.name for item in ITEMS]
TEST_ITEMS = [item for item in ITEMS if item.path.parent == corpus.ARTICLES_DIR]

_NAME = re.compile(r"^[a-z]{2}_\d{2}_[a-z0-9_]+$")
_QUOTED = re.compile(r"'([^']{6,}?)'(?=[\s,;:.)]|$)")
_STOPWORDS = {
    "fr": {"le", "la", "les", "des", "une", "est", "dans", "pour", "avec", "qui", "sur", "du"},
    "en": {"the", "and", "of", "to", "in", "was", "said", "with", "for", "on", "that", "by"},
    # Russian and Ukrainian share в, на, не, до, за: only words of one of them count
    "ru": {"и", "с", "что", "по", "об", "этом", "для", "как", "это", "его", "также", "было"},
    "uk": {"та", "що", "і", "й", "про", "це", "від", "його", "також", "було", "щодо", "між"},
    "de": {"der", "die", "das", "und", "mit", "den", "dem", "ist", "nicht", "sich", "auf", "ein"},
    "it": {
        "il", "di", "gli", "della", "delle", "che", "per", "con", "sono", "nel", "alla", "dei", "del", "ha",
        "una", "non", "degli", "ai", "si", "è", "nella", "dal", "anche",
    },
    "es": {"el", "la", "los", "las", "del", "una", "por", "para", "según", "pero", "sus", "como", "fue", "con", "al", "este"},
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u00a0", " "))
    text = re.sub(r"[«»\"]", " ", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


# --------------------------------------------------------------------------- the files


def test_corpus_has_the_promised_size_and_languages():
    langs = [item.lang for item in TEST_ITEMS]
    assert langs.count("fr") >= 7 and langs.count("en") >= 7
    assert any(item.path.parent == corpus.SEED_ARTICLES_DIR for item in ITEMS), "seed article missing"


def test_every_article_has_expectations_and_every_expectation_an_article():
    articles = {p.name[: -len(".txt")] for p in corpus.ARTICLES_DIR.glob("*.txt")}
    expectations = {p.name[: -len(".expected.json")] for p in corpus.ARTICLES_DIR.glob("*.expected.json")}
    assert articles == expectations
    seeds = {p.stem for p in corpus.SEED_ARTICLES_DIR.glob("*.txt")}
    assert seeds == {p.stem for p in corpus.SEED_EXPECTED_DIR.glob("*.json")}


@pytest.mark.parametrize("item", TEST_ITEMS, ids=[i.name for i in TEST_ITEMS])
def test_test_article_names_carry_their_language(item):
    assert _NAME.match(item.name), item.name
    assert item.name.startswith(item.lang + "_")


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_article_is_wire_length_and_in_its_language(item):
    words = item.text.split()
    assert 150 <= len(words) <= 400, f"{item.name}: {len(words)} words"
    folded = [_fold(w.strip(".,;:«»\"'()")) for w in words]
    own = sum(w in _STOPWORDS[item.lang] for w in folded)
    # words of another language's list that are not also in this one's ("la" is French and Spanish)
    other = max(sum(w in words - _STOPWORDS[item.lang] for w in folded) for lang, words in _STOPWORDS.items() if lang != item.lang)
    assert own > 3 * max(other, 1), f"{item.name} does not read as {item.lang}"


def test_publication_weekdays_vary():
    assert len({item.published.weekday() for item in ITEMS}) >= 5


# --------------------------------------------------------------------------- the loader


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_the_project_loader_reads_the_same_article(item):
    """``tracker ingest`` of a corpus file sees what the benchmark sees."""
    from tracker.article_loading import load_path

    [loaded] = load_path(item.path)
    mine = item.to_article()
    assert (loaded.id, loaded.lang, loaded.published, loaded.title, loaded.source, loaded.url) == (
        mine.id, mine.lang, mine.published, mine.title, mine.source, mine.url
    )



def test_front_matter_parses_quoted_values_and_keeps_the_text():
    meta, text = corpus.parse_front_matter('---\ntitle: "A: b"\nlang: en\n---\nBody line.\n')
    assert meta == {"title": "A: b", "lang": "en"}
    assert text == "Body line."


@pytest.mark.parametrize(
    "raw, message",
    [
        ("title: x\n---\ntext", "no front matter"),
        ("---\ntitle: x\ntext", "not 'key: value'"),
        ("---\ntitle: x\n", "not closed"),
        ("---\ntitle: x\ntitle: y\n---\ntext", "given twice"),
        ("---\ntitle: x\n---\n\n", "no text"),
    ],
)
def test_front_matter_errors_name_the_problem(raw, message):
    with pytest.raises(corpus.CorpusError, match=re.escape(message)):
        corpus.parse_front_matter(raw, "a.txt")


@pytest.mark.parametrize(
    "meta, message",
    [
        ({"title": "t", "published": "21/12/2025", "lang": "fr", "source": "s"}, "not an ISO date"),
        ({"title": "t", "published": "2025-12-21", "lang": "pt", "source": "s"}, "lang 'pt' is not one of"),
        ({"title": "t", "published": "2025-12-21", "lang": "fr"}, "lacks 'source'"),
        ({"title": "t", "published": "2025-12-21", "lang": "fr", "source": "s", "url": "x"}, "not an http"),
    ],
)
def test_bad_metadata_is_refused(meta, message):
    with pytest.raises(corpus.CorpusError, match=re.escape(message)):
        corpus.check_meta(meta, "a.txt")


_GOOD = {
    "type": "meeting_held",
    "modality": "occurred",
    "start": "2025-12-20",
    "end": "2025-12-21",
    "participants": ["Kirill Dmitriev"],
    "sides": ["RU", "US"],
    "location": "Miami",
    "note": "S1",
}


@pytest.mark.parametrize(
    "change, message",
    [
        ({"type": "meeting"}, "unknown type"),
        ({"modality": "maybe"}, "unknown modality"),
        ({"start": "2025-13-01"}, "no such day or month"),
        ({"start": "2025-12-1"}, "invalid date"),
        ({"end": None}, "both be dates or both be null"),
        ({"start": "2025-12-22"}, "before start date"),
        ({"participants": []}, "non-empty list"),
        ({"participants": ["A", "A"]}, "repeat"),
        ({"sides": ["Russia"]}, "upper-case codes"),
        ({"note": " "}, "note must"),
        ({"date_basis": "guess"}, "date_basis"),
        ({"partcipants": ["x"]}, "unknown keys"),
    ],
)
def test_bad_expected_events_are_refused(change, message):
    event = {**_GOOD, **change}
    with pytest.raises(corpus.CorpusError, match=re.escape(message)):
        corpus.check_expected_event(event, "x.json event 0")


def test_a_good_expected_event_passes():
    corpus.check_expected_event(dict(_GOOD), "x.json event 0")
    corpus.check_expected_event({**_GOOD, "start": None, "end": None, "location": None}, "x.json event 0")


# --------------------------------------------------------------------------- the annotations


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_expected_dates_agree_with_modality_and_publication(item):
    """Occurred events cannot start after publication; dated planned ones cannot end before it."""
    for index, event in enumerate(item.expected):
        if event["start"] is None:
            assert "date_basis" not in event, f"{item.name} event {index}: undated event with a date basis"
            continue
        if event["modality"] == "occurred":
            assert first_day(event["start"]) <= item.published, f"{item.name} event {index} starts after publication"
        if event["modality"] == "planned":
            assert last_day(event["end"]) >= item.published, f"{item.name} event {index} is planned in the past"
        if event.get("date_basis") == "publication":
            assert first_day(event["start"]) <= item.published <= last_day(event["end"]), (
                f"{item.name} event {index}: a publication-based date must contain the publication day"
            )


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_notes_quote_the_article(item):
    """Fragments quoted in notes ('...') exist in the article, so an annotation points at text."""
    text = _fold(item.text)
    for index, event in enumerate(item.expected):
        for quoted in _QUOTED.findall(event["note"]):
            for fragment in quoted.split("..."):
                fragment = _fold(fragment.strip(" ,"))
                if len(fragment) >= 6:
                    assert fragment in text, f"{item.name} event {index}: {fragment!r} not in the article"


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_no_duplicate_expected_events(item):
    keys = [
        (e["type"], e["modality"], e["start"], e["end"], tuple(sorted(e["participants"]))) for e in item.expected
    ]
    assert len(keys) == len(set(keys))


def test_corpus_covers_every_event_type_and_modality():
    events = [e for item in ITEMS for e in item.expected]
    assert {e["type"] for e in events} == set(OCCURRENCE_TYPES)
    assert {e["modality"] for e in events} == set(MODALITIES)
    for lang in ("fr", "en"):
        lang_events = [e for item in ITEMS if item.lang == lang for e in item.expected]
        assert {e["modality"] for e in lang_events} == set(MODALITIES), lang


def test_corpus_covers_every_date_precision_and_undated_events():
    events = [e for item in ITEMS for e in item.expected]
    lengths = {len(e["start"]) for e in events if e["start"]}
    assert lengths == {4, 7, 10}  # year, month and day precision
    assert any(e["start"] is None for e in events)
    assert any(e["start"] != e["end"] and e["start"] and len(e["start"]) == 10 for e in events)  # ranges


def test_published_dates_are_real_days():
    for item in ITEMS:
        assert isinstance(item.published, dt.date)
        assert dt.date(2024, 1, 1) <= item.published <= dt.date(2027, 12, 31)


# --------------------------------------------------------------------------- the benchmark's matcher

_eval_spec = importlib.util.spec_from_file_location("bench_eval", _REPO / "bench" / "eval_extraction.py")
evaluation = importlib.util.module_from_spec(_eval_spec)  # type: ignore[arg-type]
sys.modules["bench_eval"] = evaluation
_eval_spec.loader.exec_module(evaluation)  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def registry():
    from tracker.extract.mentions.registry import ActorRegistry

    return ActorRegistry.load()


def _draft(event_type="meeting_held", start="2025-12-20", end="2025-12-21", precision="day", who=(),
           modality="occurred", resolution="explicit"):
    from tracker.events import DateInterval, EventDraft, Participant

    date = DateInterval.unknown() if precision == "unknown" else DateInterval(start, end, precision, None, resolution)
    participants = tuple(Participant(name=n, side=s, actor_id=a, resolved=a is not None, kind=k) for n, s, a, k in who)
    return EventDraft(type=event_type, date=date, participants=participants, modality=modality)


def _oracle(item, registry):
    """The expectations themselves as drafts: a perfect extractor."""
    out = []
    for e in item.expected:
        who = []
        for name in e["participants"]:
            actor = registry.lookup(name)
            who.append((name, actor.side if actor else None, actor.id if actor else None, actor.kind if actor else "person"))
        if e["start"] is None:
            out.append(_draft(e["type"], precision="unknown", who=who, modality=e["modality"]))
        else:
            precision = {4: "year", 7: "month", 10: "day"}[len(e["start"])]
            out.append(_draft(e["type"], e["start"], e["end"], precision, who, e["modality"]))
    return out


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_a_perfect_extractor_scores_one(item, registry):
    drafts = _oracle(item, registry)
    assert len(evaluation.match(item.expected, drafts, registry, strict=True)) == len(item.expected)


_MIAMI = {"type": "meeting_held", "modality": "occurred", "start": "2025-12-20", "end": "2025-12-21",
          "participants": ["Kirill Dmitriev", "Russia"], "sides": ["RU", "US"], "location": "Miami", "note": "x"}


@pytest.mark.parametrize(
    "draft, matches",
    [
        (dict(who=[("Kirill Dmitriev", "RU", None, "person")]), True),
        (dict(who=[("KIRILL DMITRIEV", None, None, "person")]), True),  # case-insensitive
        (dict(who=[("Dmitriev", None, None, "person")]), True),  # surname of an unresolved person
        (dict(who=[("Moscou", "RU", "side:RU", "side")]), True),  # a side name matches the side
        (dict(who=[("Kirill Dmitriyev", None, None, "person")]), True),  # transliteration of an unresolved name
        (dict(who=[("Dmitrijev", None, None, "person")]), True),
        (dict(who=[("Kirill Dmitriyev", None, "kirill-x", "person")]), False),  # resolved: registry aliases only
        (dict(who=[("Kirill Medvedev", None, None, "person")]), False),
        (dict(who=[("Steve Witkoff", "US", None, "person")]), False),  # nobody expected
        (dict(event_type="phone_call", who=[("Kirill Dmitriev", "RU", None, "person")]), False),
        (dict(start="2025-12-22", end="2025-12-22", who=[("Kirill Dmitriev", "RU", None, "person")]), False),
        (dict(start="2025-12", end="2025-12", precision="month", who=[("Kirill Dmitriev", "RU", None, "person")]), True),
        (dict(start="2025", end="2025", precision="year", who=[("Kirill Dmitriev", "RU", None, "person")]), False),
        (dict(precision="unknown", who=[("Kirill Dmitriev", "RU", None, "person")]), False),
    ],
)
def test_matching_rules(draft, matches, registry):
    assert bool(evaluation.match([_MIAMI], [_draft(**draft)], registry, strict=False)) is matches


def test_undated_expectations_refuse_invented_dates(registry):
    planned = {**_MIAMI, "type": "meeting_planned", "modality": "possible", "start": None, "end": None}
    who = [("Kirill Dmitriev", "RU", None, "person")]
    assert evaluation.match([planned], [_draft("meeting_planned", precision="unknown", who=who, modality="possible")], registry, False)
    fallback = _draft("meeting_planned", "2025-12-21", "2025-12-21", who=who, modality="possible", resolution="publication_fallback")
    assert evaluation.match([planned], [fallback], registry, False)
    invented = _draft("meeting_planned", "2025-12-28", "2025-12-28", who=who, modality="possible")
    assert not evaluation.match([planned], [invented], registry, False)


def test_strict_matching_needs_the_modality(registry):
    who = [("Kirill Dmitriev", "RU", None, "person")]
    planned = _draft(who=who, modality="planned")
    assert evaluation.match([_MIAMI], [planned], registry, strict=False) == [(0, 0)]
    assert evaluation.match([_MIAMI], [planned], registry, strict=True) == []


def test_matching_is_one_to_one_and_prefers_the_better_pair(registry):
    who = [("Kirill Dmitriev", "RU", None, "person")]
    second = {**_MIAMI, "modality": "planned"}
    drafts = [_draft(who=who, modality="planned"), _draft(who=who, modality="occurred")]
    assert evaluation.match([_MIAMI, second], drafts, registry, strict=False) == [(0, 1), (1, 0)]
    assert len(evaluation.match([_MIAMI, second], drafts[:1], registry, strict=False)) == 1


def test_counts_give_precision_recall_f1():
    c = evaluation.Counts(tp=6, fp=2, fn=4)
    assert (round(c.precision, 3), round(c.recall, 3), round(c.f1, 3)) == (0.75, 0.6, 0.667)
    assert evaluation.Counts().f1 == 0.0


def test_speed_bench_variants_are_distinct_articles():
    spec = importlib.util.spec_from_file_location("bench_speed", _REPO / "bench" / "extract_speed.py")
    speed = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(speed)  # type: ignore[union-attr]
    pairs = speed.variants(ITEMS, 2 * len(ITEMS) + 3)
    articles = [item.to_article(text) for item, text in pairs]
    assert len({a.id for a in articles}) == len(articles)
    assert [a.lang for a in articles[: len(ITEMS)]] == [item.lang for item in ITEMS]
    assert all(text.startswith(item.text) for item, text in pairs)
