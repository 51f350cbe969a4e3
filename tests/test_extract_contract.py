"""One contract every language module of the extractor passes (design §4, style 4).

Each subclass names a language and a few texts of its own; the checks are the same: spans lie
inside the article and point at the evidence sentence, dates are normalised intervals with an
honest resolution, participants are resolved (or explicitly provisional), drafts serialise, and
no text whatever makes the extractor raise.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.articles import Article
from tracker.errors import ValidationError
from tracker.events import MODALITIES, OCCURRENCE_TYPES, PRECISIONS, ROLES, EventDraft
from tracker.extract import EXTRACTOR_VERSION, LANGUAGES, extract_events, recorded_by
from tracker.extract.mentions.registry import ActorRegistry


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


class ExtractorContract:
    """Subclass with ``lang``, ``texts`` (a few realistic paragraphs) and ``vocabulary``."""

    lang: str = ""
    texts: tuple[str, ...] = ()
    vocabulary: tuple[str, ...] = ()
    published = dt.date(2025, 3, 14)

    def _events(self, text: str, registry: ActorRegistry, published: dt.date | None = None) -> tuple[Article, list[EventDraft]]:
        article = Article(text=text, lang=self.lang, published=published or self.published)
        return article, extract_events(article, registry)

    def test_registered(self) -> None:
        assert self.lang in LANGUAGES
        assert LANGUAGES[self.lang].lang == self.lang
        assert recorded_by(self.lang) == f"extractor:{self.lang}-rules/{EXTRACTOR_VERSION}"

    def test_texts_give_events(self, registry: ActorRegistry) -> None:
        for text in self.texts:
            _, events = self._events(text, registry)
            assert events, text

    def test_spans_point_at_evidence_sentences(self, registry: ActorRegistry) -> None:
        for text in self.texts:
            article, events = self._events(text, registry)
            for e in events:
                assert e.evidence
                for ev in e.evidence:
                    s, t = ev.span
                    assert 0 <= s < t <= len(article.text)
                    assert article.text[s:t] == ev.sentence
                    assert ev.article_id == article.id
                    assert ev.rule and ev.rule.startswith(f"{self.lang}.")
                    assert ev.trigger and ev.trigger.lower() in ev.sentence.lower()

    def test_fields_are_in_the_vocabulary(self, registry: ActorRegistry) -> None:
        for text in self.texts:
            _, events = self._events(text, registry)
            for e in events:
                assert e.type in OCCURRENCE_TYPES and e.modality in MODALITIES
                assert 0.0 <= e.confidence <= 1.0
                assert e.summary and "\n" not in e.summary
                assert all(p.role in ROLES for p in e.participants)
                assert EventDraft.from_payload(e.to_payload()) == e

    def test_dates_are_normalised(self, registry: ActorRegistry) -> None:
        for text in self.texts:
            _, events = self._events(text, registry)
            for e in events:
                d = e.date
                assert d.precision in PRECISIONS
                if d.resolution == "publication_fallback":
                    assert d.start == self.published.isoformat()
                else:
                    assert d.resolution in ("explicit", "relative_to_publication")
                    assert d.raw is None or d.raw.strip()

    def test_no_publication_date_means_unknown_not_invented(self, registry: ActorRegistry) -> None:
        article = Article(text=self.texts[0], lang=self.lang, published=None)
        for e in extract_events(article, registry):
            if e.date.resolution == "publication_fallback":
                assert e.date.precision == "unknown" and e.date.start is None

    def test_participants_resolved_or_provisional(self, registry: ActorRegistry) -> None:
        for text in self.texts:
            _, events = self._events(text, registry)
            for e in events:
                ids = [p.actor_id for p in e.participants]
                assert len(ids) == len(set(ids)), e
                for p in e.participants:
                    assert p.actor_id
                    if p.resolved and p.kind in ("person", "side"):
                        assert registry.get(p.actor_id) is not None, p
                    if not p.resolved:
                        assert p.actor_id.startswith("unresolved:")

    def test_future_meetings_are_never_held(self, registry: ActorRegistry) -> None:
        for text in self.texts:
            _, events = self._events(text, registry)
            for e in events:
                if e.type == "meeting_held":
                    assert e.modality == "occurred"
                if e.type == "meeting_planned":
                    assert e.modality != "occurred"

    def test_pure_and_deterministic(self, registry: ActorRegistry) -> None:
        text = self.texts[0]
        _, a = self._events(text, registry)
        _, b = self._events(text, registry)
        assert [e.to_payload() for e in a] == [e.to_payload() for e in b]

    def test_empty_text(self, registry: ActorRegistry) -> None:
        assert self._events("", registry)[1] == []

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])
    @given(data=st.data())
    def test_never_raises(self, registry: ActorRegistry, data: st.DataObject) -> None:
        words = st.sampled_from(self.vocabulary + (".", ",", "«", "»", '"', "\n", "-t-il", "'", "2025", "3"))
        noise = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
        parts = data.draw(st.lists(st.one_of(words, words, words, noise), max_size=60))
        text = " ".join(parts)
        published = data.draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))))
        article = Article(text=text, lang=self.lang, published=published)
        for e in extract_events(article, registry):
            for ev in e.evidence:
                assert article.text[ev.span[0] : ev.span[1]] == ev.sentence


class TestFrenchContract(ExtractorContract):
    lang = "fr"
    texts = (
        "Le chef de la diplomatie russe Sergueï Lavrov a rencontré mardi à Genève le secrétaire d'État "
        "américain Marco Rubio. Les deux hommes ont discuté pendant quatre heures. Selon le Kremlin, une "
        "nouvelle réunion pourrait avoir lieu le mois prochain.",
        "Dmitri Peskov a jugé la proposition européenne « prématurée ». Il a ajouté que Moscou attendait "
        "des précisions. Emmanuel Macron s'est entretenu au téléphone avec Volodymyr Zelensky.",
        "Le ministre turc Hakan Fidan a reçu la délégation ukrainienne à Ankara. Kiev a rejeté le "
        "mémorandum russe, jugé inacceptable. Les deux camps ont conclu un accord sur un échange de prisonniers.",
    )
    vocabulary = (
        "Poutine", "Trump", "Zelensky", "Witkoff", "Lavrov", "Moscou", "Kiev", "le Kremlin", "a rencontré",
        "a déclaré", "rencontre", "sommet", "pourparlers", "devraient", "pourrait", "se tenir", "à Genève",
        "en Floride", "mardi", "la semaine prochaine", "pendant deux jours", "au mois d'août", "n'a pas",
        "a exclu", "rendra compte", "au président", "plan de paix", "accord conclu", "il", "a-t-il déclaré",
        "l'émissaire de", "avec", "une délégation américaine", "s'est rendu à", "entretien téléphonique",
        "a rejeté", "modifié par", "les discussions", "ces échanges", "une autre série de consultations",
    )


class TestEnglishContract(ExtractorContract):
    lang = "en"
    texts = (
        "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Marco Rubio in Geneva on Tuesday. "
        "The talks lasted four hours, the Kremlin said. Another meeting could take place next month.",
        "Kremlin spokesman Dmitry Peskov called the European proposal \"premature\". He added that Moscow "
        "was waiting for details. Emmanuel Macron spoke by phone with Volodymyr Zelensky on Sunday.",
        "Turkish Foreign Minister Hakan Fidan hosted the Ukrainian delegation in Ankara. Kyiv rejected the "
        "Russian memorandum as unacceptable. Both sides agreed to exchange prisoners.",
    )
    vocabulary = (
        "Putin", "Trump", "Zelensky", "Witkoff", "Lavrov", "Moscow", "Kyiv", "the Kremlin", "met", "said",
        "meeting", "summit", "talks", "will", "would", "could", "be held", "in Geneva", "in Florida",
        "on Tuesday", "next week", "for two days", "in August", "did not", "ruled out", "will report to",
        "President", "peace plan", "agreement reached", "he", "the official said", "Trump's envoy",
        "with", "a U.S. delegation", "arrived in", "phone call", "rejected", "amended by", "the talks",
        "another round of talks",
    )


class TestUkrainianContract(ExtractorContract):
    lang = "uk"
    texts = (
        "Міністр закордонних справ Андрій Сибіга у вівторок зустрівся в Женеві з державним секретарем США "
        "Марко Рубіо. Розмова тривала чотири години. За словами Кремля, нова зустріч може відбутися наступного місяця.",
        "Речник Кремля Дмитро Пєсков назвав європейську пропозицію «передчасною». Він додав, що Москва чекає "
        "подробиць. Емманюель Макрон провів телефонну розмову з Володимиром Зеленським.",
        "Очільник МЗС Туреччини Хакан Фідан прийняв українську делегацію в Анкарі. Київ відкинув російський "
        "меморандум як неприйнятний. Сторони домовилися про обмін полоненими.",
    )
    vocabulary = (
        "Путін", "Трамп", "Зеленський", "Зеленському", "Віткофф", "Віткоффа", "Лавров", "Москва", "Київ",
        "Кремль", "Банкова", "зустрівся", "зустрілася", "заявив", "заявила", "повідомив", "зустріч",
        "саміт", "переговори", "переговорів", "відбудеться", "може", "планується", "має відбутися",
        "у Женеві", "в Абу-Дабі", "у вівторок", "минулого четверга", "наступного тижня", "два дні",
        "у серпні", "15 серпня", "не", "відмовився", "доповість", "президенту", "мирний план",
        "підписали угоду", "він", "– зазначив секретар РНБО", "спецпредставник Трампа", "з",
        "американська делегація", "прибув до", "телефонна розмова", "відхилив", "напередодні",
    )


class TestSpanishContract(ExtractorContract):
    lang = "es"
    texts = (
        "El ministro de Exteriores ruso, Serguéi Lavrov, se reunió el martes en Ginebra con el secretario de "
        "Estado estadounidense, Marco Rubio. Ambos hablaron durante cuatro horas. Según el Kremlin, una nueva "
        "reunión podría celebrarse el mes próximo.",
        "El portavoz del Kremlin, Dmitri Peskov, calificó de prematura la propuesta europea. Añadió que Moscú "
        "esperaba detalles. Emmanuel Macron mantuvo una conversación telefónica con Volodímir Zelenski.",
        "El ministro turco Hakan Fidan recibió a la delegación ucraniana en Ankara. Kiev rechazó el memorando "
        "ruso, que calificó de inaceptable. Las dos partes acordaron un canje de prisioneros.",
    )
    vocabulary = (
        "Putin", "Trump", "Zelenski", "Witkoff", "Lavrov", "Moscú", "Kiev", "el Kremlin", "se reunió",
        "afirmó", "reunión", "cumbre", "conversaciones", "deberían", "podría", "celebrarse", "en Ginebra",
        "en Florida", "el martes", "la próxima semana", "durante dos días", "en agosto", "no", "descartó",
        "informará", "al presidente", "plan de paz", "acuerdo alcanzado", "él", "declaró un portavoz",
        "el enviado de", "con", "una delegación estadounidense", "llegó a", "llamada telefónica",
        "rechazó", "presentado por", "las negociaciones", "estos contactos", "otra ronda de consultas", "se",
    )


def test_unsupported_language_is_a_validation_error(registry: ActorRegistry) -> None:
    article = Article(text="Vladimir Putin encontrou Donald Trump.", lang="pt", published=dt.date(2025, 8, 16))
    with pytest.raises(ValidationError, match="no extraction rules for language 'pt'"):
        extract_events(article, registry)


def test_unpunctuated_text_is_cut_into_bounded_sentences() -> None:
    from tracker.extract.sentences import MAX_SENTENCE, split_sentences

    text = "Putin met Trump and said the talks went well, " * 120
    sents = split_sentences(Article(text=text, lang="en").text)
    assert len(sents) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in sents)
    norm = Article(text=text, lang="en").text
    assert all(norm[s.start : s.end] == s.text for s in sents)


class TestItalianContract(ExtractorContract):
    lang = "it"
    texts = (
        "Il ministro degli Esteri russo Sergei Lavrov ha incontrato martedì a Ginevra il segretario di Stato "
        "americano Marco Rubio. I colloqui sono durati quattro ore. Secondo il Cremlino, un nuovo incontro "
        "potrebbe tenersi il mese prossimo.",
        "Dmitri Peskov ha definito «prematura» la proposta europea. Ha aggiunto che Mosca attende chiarimenti. "
        "Emmanuel Macron ha avuto una telefonata con Volodymyr Zelensky.",
        "Il ministro turco Hakan Fidan ha ricevuto la delegazione ucraina ad Ankara. Kiev ha respinto il "
        "memorandum russo, giudicato inaccettabile. Le due parti hanno raggiunto un accordo sullo scambio di prigionieri.",
    )
    vocabulary = (
        "Putin", "Trump", "Zelensky", "Witkoff", "Lavrov", "Mosca", "Kiev", "il Cremlino", "ha incontrato",
        "ha dichiarato", "incontro", "vertice", "colloqui", "dovrebbero", "potrebbe", "si terrà", "a Ginevra",
        "in Florida", "martedì", "la prossima settimana", "per due giorni", "ad agosto", "non ha",
        "ha escluso", "riferirà", "al presidente", "piano di pace", "accordo raggiunto", "lui", "ha detto",
        "l'inviato di", "con", "una delegazione americana", "si è recato a", "telefonata",
        "ha respinto", "modificato da", "i negoziati", "si sono incontrati", "un altro round di colloqui",
    )
