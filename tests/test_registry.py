"""The actor registry: seeds, aliases in several scripts, user additions from the log."""

from __future__ import annotations

import json

import pytest

from tracker.errors import NotFoundError, ValidationError
from tracker.extract.mentions.registry import (
    ActorRegistry,
    actor_added_payload,
    actor_aliased_payload,
    fold,
    normalise_name,
    slugify,
    tokenize,
)
from tracker.resources import seeds_dir


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.load()


def test_fold_keeps_length_and_strips_case_and_accents() -> None:
    text = "Erdoğan, l’Élysée, Київ, Ёлка, İbrahim Kalın, Łódź"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("erdogan, l'elysee, ")
    assert "ibrahim kalin" in folded
    assert "lodz" in folded


@pytest.mark.parametrize(
    "name, actor_id",
    [
        ("Poutine", "vladimir-putin"),
        ("Putín", "vladimir-putin"),
        ("Путин", "vladimir-putin"),
        ("Путін", "vladimir-putin"),
        ("Selenskyj", "volodymyr-zelensky"),
        ("Зеленський", "volodymyr-zelensky"),
        ("Iouri Ouchakov", "yuri-ushakov"),
        ("Juri Uschakow", "yuri-ushakov"),
        ("Юрий Ушаков", "yuri-ushakov"),
        ("kirill dmitriyev", "kirill-dmitriev"),
        ("Кирилл Дмитриев", "kirill-dmitriev"),
        ("ERDOGAN", "recep-tayyip-erdogan"),
        ("Erdoğan", "recep-tayyip-erdogan"),
        ("Steve Witkoff", "steve-witkoff"),
        ("le Kremlin", "side:RU"),
        ("la Russie", "side:RU"),
        ("l’Élysée", "side:FR"),
        ("the White House", "side:US"),
        ("Sergueï", None),
        ("Kremlin", "side:RU"),
        ("Moscou", "side:RU"),
        ("Maison Blanche", "side:US"),
        ("Bruxelles", "side:EU"),
        ("États-Unis", "side:US"),
        ("Etats Unis", "side:US"),
        ("steve-witkoff", "steve-witkoff"),
    ],
)
def test_lookup_is_case_and_accent_insensitive(reg: ActorRegistry, name: str, actor_id: str | None) -> None:
    actor = reg.lookup(name)
    assert (actor.id if actor else None) == actor_id


def test_seeds_cover_the_principal_negotiators(reg: ActorRegistry) -> None:
    people = [a for a in reg.actors() if a.kind == "person"]
    assert len(people) >= 120
    for name in ["Donald Trump", "Marco Rubio", "Rustem Umerov", "Kaja Kallas", "Hakan Fidan", "Musaed Al-Aiban", "Günter Sautter"]:
        assert reg.lookup(name) is not None, name
    for side in ["US", "RU", "UA", "EU", "FR", "GB", "DE", "TR", "SA", "AE", "QA", "VA", "UN", "NATO", "CN"]:
        actor = reg.side_actor(side)
        assert actor is not None and actor.kind == "side" and actor.side == side


def test_no_alias_is_shared_by_two_seeded_actors() -> None:
    data = json.loads((seeds_dir() / "actors.json").read_text(encoding="utf-8"))
    owners: dict[str, str] = {}
    clashes = []
    entries = [(f"side:{c}", [*s["names"].values(), *s["aliases"], *s["metonyms"]]) for c, s in data["sides"].items()]
    entries += [(a["id"], [a["name"], *a["aliases"]]) for a in data["actors"]]
    for actor_id, aliases in entries:
        for alias in aliases:
            key = normalise_name(alias)
            if owners.setdefault(key, actor_id) != actor_id:
                clashes.append((alias, owners[key], actor_id))
    assert clashes == []


def test_every_seeded_side_code_is_known(reg: ActorRegistry) -> None:
    sides = set(reg.sides())
    for actor in reg.actors():
        assert actor.side in sides or (actor.kind == "organisation" and actor.side is None), actor.id


def test_side_names_per_language(reg: ActorRegistry) -> None:
    assert reg.side_name("RU", "fr") == "Russie"
    assert reg.side_name("RU", "ru") == "Россия"
    assert reg.side_name("US") == "United States"
    assert reg.side_name("XX") == "XX"


def test_load_applies_user_additions_in_log_order() -> None:
    added = actor_added_payload("Petro Kowalski", "UA", aliases=["Kowalski"], titles=["General"])
    assert added["id"] == "petro-kowalski"
    base = ActorRegistry.load()
    aliased = actor_aliased_payload(ActorRegistry.load([("actor_added", added)]), "Kowalski", "Ковальський")
    reg = ActorRegistry.load([("actor_added", added), ("actor_aliased", aliased)])
    assert reg.lookup("Ковальський").id == "petro-kowalski"
    assert reg.get("petro-kowalski").titles == ("General",)
    assert base.lookup("Kowalski") is None  # the shared default registry is untouched


def test_alias_added_to_a_seeded_actor() -> None:
    base = ActorRegistry.load()
    payload = actor_aliased_payload(base, "Steve Witkoff", "Uncle Steve")
    assert payload == {"actor_id": "steve-witkoff", "alias": "Uncle Steve"}
    reg = ActorRegistry.load([("actor_aliased", payload)])
    assert reg.lookup("uncle steve").id == "steve-witkoff"


def test_aliasing_an_unknown_actor_is_not_found() -> None:
    with pytest.raises(NotFoundError, match="No actor called 'Nobody Known'"):
        actor_aliased_payload(ActorRegistry.load(), "Nobody Known", "X")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"name": "  ", "side": "RU"}, "An actor needs a name."),
        ({"name": "A B", "side": "Russia"}, "is not a side code"),
        ({"name": "A B", "side": "RU", "kind": "robot"}, "Actor kind must be one of"),
        ({"name": "A B", "side": "RU", "aliases": [""]}, "Every alias must be a non-empty text."),
    ],
)
def test_actor_added_payload_validates(kwargs: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        actor_added_payload(**kwargs)


def test_side_code_is_upper_cased_and_nato_accepted() -> None:
    assert actor_added_payload("Some Body", "nato")["side"] == "NATO"
    assert actor_added_payload("Some Body", None)["side"] is None


def test_slugify() -> None:
    assert slugify("Jean-Noël Barrot") == "jean-noel-barrot"
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"


def test_tokens_drop_hyphens_and_map_back_to_the_text() -> None:
    text = "Abou-Dhabi, l’Élysée"
    toks = tokenize(text)
    assert [t.key for t in toks] == ["abou", "dhabi", ",", "l", "'", "elysee"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_default_load_is_cached() -> None:
    """The seed registry and its alias matcher are built once per process, not per article."""
    first = ActorRegistry.load()
    assert ActorRegistry.load() is first
    assert ActorRegistry.load().alias_index() is first.alias_index()


def test_role_holders_by_date(reg: ActorRegistry) -> None:
    import datetime as dt

    assert reg.role_holder("head_of_state", "RU").id == "vladimir-putin"
    assert reg.role_holder("foreign_minister", "US").id == "marco-rubio"
    assert reg.role_holder("head_of_government", "DE") is None  # Scholz then Merz in 2025
    assert reg.role_holder("head_of_government", "DE", dt.date(2025, 5, 6)).id == "friedrich-merz"
    assert reg.role_holder("head_of_government", "DE", dt.date(2025, 5, 5)).id == "olaf-scholz"
    assert reg.role_holder("head_of_presidential_office", "UA", dt.date(2025, 12, 15)) is None  # vacant
    assert reg.role_holder("head_of_presidential_office", "UA", dt.date(2026, 2, 1)).id == "kyrylo-budanov"
    assert reg.role_holder("head_of_state", "XX") is None


def test_adding_a_seeded_actor_again_keeps_its_spellings() -> None:
    payload = actor_added_payload("Steve Witkoff", "US", aliases=["Steve W."], titles=["Envoy"])
    reg = ActorRegistry.load([("actor_added", payload)])
    actor = reg.get("steve-witkoff")
    assert "Уиткофф" in actor.aliases and "Steve W." in actor.aliases
    assert actor.titles[0] == "Envoy" and len(actor.titles) > 1


def test_user_alias_is_found_in_text() -> None:
    from tracker.extract.mentions import find_mentions

    added = actor_added_payload("Petro Kowalski", "UA", aliases=["Kowalski"])
    reg = ActorRegistry.load([("actor_added", added)])
    ms = find_mentions("Le général Kowalski a parlé à Kowalski.", "fr", reg)
    assert [(m.text, m.actor_id, m.resolved) for m in ms] == [
        ("Kowalski", "petro-kowalski", True),
        ("Kowalski", "petro-kowalski", True),
    ]
    assert find_mentions("Kowalski a parlé.", "fr", ActorRegistry.load()) == []  # the seeds alone do not know him


def test_a_later_actor_takes_an_alias_over_in_text() -> None:
    from tracker.extract.mentions import find_mentions

    added = actor_added_payload("Kellogg Company", None, aliases=["Kellogg"], kind="organisation")
    reg = ActorRegistry.load([("actor_added", added)])
    assert reg.lookup("Kellogg").id == "kellogg-company"
    assert [m.actor_id for m in find_mentions("Kellogg said so.", "en", reg)] == ["kellogg-company"]
    assert [m.actor_id for m in find_mentions("Kellogg said so.", "en", ActorRegistry.load())] == ["keith-kellogg"]


def test_aliases_need_a_letter_or_digit() -> None:
    with pytest.raises(ValidationError, match="An alias must contain at least one letter or digit."):
        actor_aliased_payload(ActorRegistry.load(), "Steve Witkoff", "!!!")
    with pytest.raises(ValidationError, match="must contain at least one letter or digit"):
        actor_added_payload("Jane Roe", "UA", aliases=["--"])


@pytest.mark.parametrize(
    "name, actor_id",
    [
        # Istanbul (2025) and Abu Dhabi/Geneva (2026) delegations
        ("Елена Подобреевская", "yelena-podobreyevskaya"),
        ("Alexandre Zorine", "alexander-zorin"),
        ("Wiktor Schewzow", "viktor-shevtsov"),
        ("Oleg Lugovskoy", "oleh-luhovskyi"),
        ("Олег Луговський", "oleh-luhovskyi"),
        ("Олександр Поклад", "oleksandr-poklad"),
        ("Jewhen Ostrjanskyj", "yevhen-ostrianskyi"),
        ("Oleksiy Sobolev", "oleksii-sobolev"),
        # the Gaza file
        ("Майк Хакаби", "mike-huckabee"),
        ("Gideon Sa'ar", "gideon-saar"),
        ("Moussa Abou Marzouk", "mousa-abu-marzouk"),
        ("Nicolaï Mladenov", "nickolay-mladenov"),
        ("Junta de Paz", "board-of-peace"),
        # EU officials, written without their accents
        ("Maros Sefcovic", "maros-sefcovic"),
        ("Katarina Mathernova", "katarina-mathernova"),
    ],
)
def test_seeds_cover_the_2025_2026_delegations_in_several_scripts(reg: ActorRegistry, name: str, actor_id: str) -> None:
    actor = reg.lookup(name)
    assert actor is not None and actor.id == actor_id


def test_israeli_offices_follow_the_november_2024_reshuffle(reg: ActorRegistry) -> None:
    import datetime as dt

    assert reg.role_holder("foreign_minister", "IL", dt.date(2024, 6, 1)).id == "israel-katz"
    assert reg.role_holder("foreign_minister", "IL", dt.date(2025, 10, 9)).id == "gideon-saar"
    assert reg.role_holder("defence_minister", "IL", dt.date(2025, 10, 9)).id == "israel-katz"


@pytest.mark.parametrize(
    "name, actor_id",
    [
        ("Чисекеди", "felix-tshisekedi"),
        ("RDC", "side:CD"),
        ("Kuala Lumpur", "side:MY"),
        ("Аракчи", "abbas-araghchi"),
        ("Masud Peseschkian", "masoud-pezeshkian"),
        ("Mouvement du 23 mars", "m23"),
        ("Шахбаз Шариф", "shehbaz-sharif"),
        ("Hun Manet", "hun-manet"),
    ],
)
def test_seeds_cover_the_other_2025_mediations(reg: ActorRegistry, name: str, actor_id: str) -> None:
    """Thailand–Cambodia, DR Congo–Rwanda, the Iran nuclear talks, India–Pakistan."""
    actor = reg.lookup(name)
    assert actor is not None and actor.id == actor_id


def test_thai_premiership_changed_hands_twice_in_2025(reg: ActorRegistry) -> None:
    import datetime as dt

    assert reg.role_holder("head_of_government", "TH", dt.date(2025, 6, 1)).id == "paetongtarn-shinawatra"
    assert reg.role_holder("head_of_government", "TH", dt.date(2025, 7, 28)).id == "phumtham-wechayachai"
    assert reg.role_holder("head_of_government", "TH", dt.date(2025, 10, 26)).id == "anutin-charnvirakul"


@pytest.mark.parametrize(
    "name, actor_id",
    [
        ("Serbie", "side:RS"),
        ("Belgrade", "side:RS"),
        ("Kosovo", "side:XK"),
        ("Pristina", "side:XK"),
        ("Soudan", "side:SD"),
        ("Port-Soudan", "side:SD"),
        ("Congo", "side:CD"),
        ("Brazzaville", "side:CG"),
        ("Yémen", "side:YE"),
        ("Beyrouth", "side:LB"),
        ("Corée du Sud", "side:KR"),
        ("Philippines", "side:PH"),
        ("Venezuela", "side:VE"),
        ("La Havane", "side:CU"),
        ("Forces de soutien rapide", "rapid-support-forces"),
        ("Sudanese Armed Forces", "sudanese-armed-forces"),
        ("Houthis", "houthis"),
        ("Hezbollah", "hezbollah"),
        ("Syrian Democratic Forces", "syrian-democratic-forces"),
    ],
)
def test_seeds_cover_states_and_armed_movements_beyond_the_usual_mediations(reg: ActorRegistry, name: str, actor_id: str) -> None:
    actor = reg.lookup(name)
    assert actor is not None and actor.id == actor_id


def test_every_capital_metonym_is_also_a_place(reg: ActorRegistry) -> None:
    """A capital that stands for its state ("Belgrade a rejeté") is a location after "à"."""
    data = json.loads((seeds_dir() / "actors.json").read_text(encoding="utf-8"))
    places = json.loads((seeds_dir() / "places.json").read_text(encoding="utf-8"))
    place_names = {fold(a) for p in places for a in [p["name"], *p.get("aliases", ())]}
    for code in ("RS", "XK", "AL", "SD", "SS", "ET", "LB", "SY", "YE", "AF", "VE", "CU"):
        capital = data["sides"][code]["metonyms"][0]
        assert fold(capital) in place_names, capital
