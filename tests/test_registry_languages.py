"""The registry in the seven languages the corpus is written in: people, sides and places.

Each lookup is a nominative spelling (or a common transliteration) as a French, English,
German, Spanish, Italian, Russian or Ukrainian outlet writes it; declined forms are left to
the inflection step and are not aliases.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker.extract.mentions.registry import ActorRegistry, normalise_name
from tracker.extract.mentions.tokens import tokenize
from tracker.resources import seeds_dir


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.load()


def _place_of(reg: ActorRegistry, text: str) -> str | None:
    """The place slug the alias matcher finds for the whole of ``text``, or None."""
    tokens = tokenize(text)
    matches = reg.alias_index().matches(tokens)
    if len(matches) != 1 or matches[0].first != 0 or matches[0].last != len(tokens) - 1:
        return None
    slugs = {e.ref for e in matches[0].entries if e.target == "place"}
    return slugs.pop() if len(slugs) == 1 else None


@pytest.mark.parametrize(
    "name, actor_id",
    [
        # French
        ("Ismaïl Haniyeh", "ismail-haniyeh"),
        ("Vikram Misri", "vikram-misri"),
        ("Hemedti", "mohamed-hamdan-dagalo"),
        ("Phuangketkeow", "sihasak-phuangketkeow"),
        ("Biden", "joe-biden"),
        ("FINUL", "unifil"),
        # English
        ("Vitkoff", "steve-witkoff"),
        ("Kim Yo-jong", "kim-yo-jong"),
        ("He Lifeng", "he-lifeng"),
        ("Jamieson Greer", "jamieson-greer"),
        ("Simon Karam", "simon-karam"),
        # German
        ("Araghtschi", "abbas-araghchi"),
        ("Armen Grigorjan", "armen-grigoryan"),
        ("Hisbollah", "hezbollah"),
        ("Libanon", "side:LB"),
        # Spanish
        ("José Manuel Albares", "jose-manuel-albares"),
        ("Nicolás Maduro", "nicolas-maduro"),
        ("Fuerzas de Apoyo Rápido", "rapid-support-forces"),
        ("Mohamed bin Abderrahmán Al Thani", "mohammed-bin-abdulrahman-al-thani"),
        ("Sudán", "side:SD"),
        ("Corea del Sur", "side:KR"),
        # Italian
        ("Stati Uniti", "side:US"),
        ("Cremlino", "side:RU"),
        ("Turchia", "side:TR"),
        ("Egitto", "side:EG"),
        # Russian
        ("Бусаиди", "badr-albusaidi"),
        ("Мадуро", "nicolas-maduro"),
        ("Венесуэла", "side:VE"),
        ("Ливан", "side:LB"),
        ("Меркосур", "mercosur"),
        # Ukrainian
        ("Бусаїді", "badr-albusaidi"),
        ("Арагчі", "abbas-araghchi"),
        ("Волц", "mike-waltz"),
        ("Стефанішина", "olha-stefanishyna"),
        ("Венесуела", "side:VE"),
    ],
)
def test_people_and_sides_resolve_in_seven_languages(reg: ActorRegistry, name: str, actor_id: str) -> None:
    actor = reg.lookup(name)
    assert (actor.id if actor else None) == actor_id


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Genève", "geneva"), ("Genf", "geneva"), ("Ginebra", "geneva"), ("Ginevra", "geneva"), ("Женева", "geneva"),
        ("Mascate", "muscat"), ("Maskat", "muscat"), ("Маскат", "muscat"),
        ("Abou Dabi", "abu-dhabi"), ("Абу-Даби", "abu-dhabi"), ("Абу-Дабі", "abu-dhabi"),
        ("Sankt Petersburg", "saint-petersburg"), ("San Pietroburgo", "saint-petersburg"),
        ("Эр-Рияд", "riyadh"), ("Ер-Ріяд", "riyadh"), ("Gedda", "jeddah"),
        ("Анкоридж", "anchorage"), ("Mosca", "moscow"), ("Sharm el Sheik", "sharm-el-sheikh"),
        ("Шарм-ель-Шейх", "sharm-el-sheikh"), ("Stoccolma", "stockholm"), ("Каракас", "caracas"),
        ("Naqoura", "naqoura"), ("Накура", "naqoura"), ("Puerto Sudán", "port-sudan"), ("Jartum", "khartoum"),
        ("palacio de Santa Cruz", "santa-cruz-palace"), ("Busan", "busan"), ("Gyeongju", "gyeongju"), ("Goma", "goma"), ("Lausanne", "lausanne"),
    ],
)
def test_places_resolve_in_seven_languages(reg: ActorRegistry, text: str, slug: str) -> None:
    assert _place_of(reg, text) == slug


def test_port_sudan_is_its_own_city_not_khartoum(reg: ActorRegistry) -> None:
    assert _place_of(reg, "Port Sudan") == "port-sudan"
    assert "Port Sudan" not in reg.place("khartoum").aliases


def test_no_alias_is_shared_by_two_places() -> None:
    places = json.loads((seeds_dir() / "places.json").read_text(encoding="utf-8"))
    owners: dict[str, str] = {}
    clashes = []
    for place in places:
        for alias in [place["name"], *place.get("aliases", ())]:
            key = normalise_name(alias)
            if owners.setdefault(key, place["id"]) != place["id"]:
                clashes.append((alias, owners[key], place["id"]))
    assert clashes == []


#: Russian and Ukrainian oblique-case endings of names ("Путина", "Умєрову", "с Уиткоффом").
_OBLIQUE = ("ом", "ем", "ым", "им", "ому", "ові", "еві", "у", "ю", "а", "я", "ой", "ей", "е", "і")


def test_no_person_or_side_lists_a_declined_form_of_its_own_name() -> None:
    """Oblique cases are the inflection step's job: the seeds list nominatives only."""
    data = json.loads((seeds_dir() / "actors.json").read_text(encoding="utf-8"))
    entries = [(a["id"], [a["name"], *a["aliases"]]) for a in data["actors"]]
    entries += [(c, [*s["names"].values(), *s["aliases"]]) for c, s in data["sides"].items()]
    declined = []
    for owner, aliases in entries:
        known = set(aliases)
        for alias in aliases:
            if any(alias.endswith(e) and alias[: -len(e)] in known for e in _OBLIQUE):
                declined.append((owner, alias))
    assert declined == []


@pytest.mark.parametrize(
    "code", ["AM", "AZ", "CD", "RW", "TH", "KH", "MY", "IN", "PK", "SD", "IL", "LB", "SY", "IR",
             "CN", "KP", "QA", "EG", "OM", "TR", "SA", "AE", "CH", "SE", "ES", "VE"],
)
def test_negotiating_sides_are_named_in_seven_languages(reg: ActorRegistry, code: str) -> None:
    for lang in ("en", "fr", "de", "es", "it", "ru", "uk"):
        name = reg.side_name(code, lang)
        assert name and name != code, (code, lang)
        assert reg.lookup(name) is not None, (code, lang, name)


def test_past_us_office_holders_leave_the_undated_president_resolvable(reg: ActorRegistry) -> None:
    """Biden's and Blinken's terms are titles, not roles: "the US president" in a text without
    a date still names the one holder since the seeds' stable date."""
    assert reg.role_holder("head_of_state", "US").id == "donald-trump"
    assert reg.role_holder("foreign_minister", "US").id == "marco-rubio"
    assert reg.lookup("Blinken").id == "antony-blinken"


def test_new_offices_follow_their_dates(reg: ActorRegistry) -> None:
    assert reg.role_holder("foreign_minister", "ES", dt.date(2025, 9, 15)).id == "jose-manuel-albares"
    assert reg.role_holder("foreign_minister", "LB", dt.date(2025, 12, 3)).id == "youssef-rajji"
    assert reg.role_holder("foreign_minister", "LB", dt.date(2024, 12, 3)) is None
    assert reg.role_holder("head_of_state", "CH", dt.date(2025, 5, 10)).id == "karin-keller-sutter"
    assert reg.role_holder("head_of_state", "CH", dt.date(2026, 2, 24)).id == "guy-parmelin"
    assert reg.role_holder("head_of_government", "SD", dt.date(2025, 4, 1)) is None
    assert reg.role_holder("head_of_government", "SD", dt.date(2025, 10, 1)).id == "kamil-idris"
