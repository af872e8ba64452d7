"""Cross-document resolution into corpus-wide actors."""

from __future__ import annotations

from actorgraph.records import Entity
from actorgraph.resolve.resolver import resolve


def E(eid: str, name: str, kind: str, key: str, aliases=(), affiliation=None) -> Entity:  # noqa: N802
    return Entity(eid, name, kind, key, list(aliases), [], affiliation)


def by_name(items):
    actors, mapping = resolve(items)
    links = {(d, e): a for d, e, a in mapping}
    return {a.name: a for a in actors}, links


def test_same_gazetteer_key_is_one_actor_named_canonically() -> None:
    actors, links = by_name(
        [
            ("d1", E("e0", "Russia", "state", "state:RU", ["Moscow"])),
            ("d2", E("e3", "Russia", "state", "state:RU", ["Kremlin"])),
        ]
    )
    assert list(actors) == ["Russia"]
    assert {"Moscow", "Kremlin"} <= set(actors["Russia"].aliases)
    assert links[("d1", "e0")] == links[("d2", "e3")] == "russia"


def test_acronym_used_bare_elsewhere_joins_the_definition() -> None:
    actors, links = by_name(
        [
            (
                "d1",
                E(
                    "e0",
                    "Government of National Unity",
                    "government",
                    "org:government of national unity",
                    ["GNU"],
                ),
            ),
            ("d2", E("e0", "GNU", "organization", "org:gnu")),
        ]
    )
    assert list(actors) == ["Government of National Unity"]
    assert any("share the name" in r for r in actors["Government of National Unity"].reasons)


def test_surname_joins_the_only_full_name_and_variants_merge() -> None:
    actors, _ = by_name(
        [
            ("d1", E("e0", "Khaled Rahmouni", "person", "person:khaled rahmouni")),
            ("d2", E("e1", "Rahmouni", "person", "person:rahmouni")),
            ("d3", E("e2", "Khaled Rahmuni", "person", "person:khaled rahmuni")),
        ]
    )
    assert list(actors) == ["Khaled Rahmouni"] or list(actors) == ["Khaled Rahmuni"]
    (actor,) = actors.values()
    assert any("surname" in r for r in actor.reasons)
    assert any("spelling variant" in r for r in actor.reasons)


def test_different_first_names_are_never_merged() -> None:
    actors, _ = by_name(
        [
            ("d1", E("e0", "Saif Gaddour", "person", "person:saif gaddour")),
            ("d2", E("e0", "Muammar Gaddour", "person", "person:muammar gaddour")),
            ("d3", E("e0", "Gaddour", "person", "person:gaddour")),  # ambiguous: stays apart
        ]
    )
    assert set(actors) == {"Saif Gaddour", "Muammar Gaddour", "Gaddour"}


def test_person_administration_joins_the_state_the_person_serves() -> None:
    actors, _ = by_name(
        [
            (
                "d1",
                E("e0", "Dana Whitlow", "person", "person:dana whitlow", affiliation="state:US"),
            ),
            ("d1", E("e1", "United States", "state", "state:US")),
            ("d2", E("e4", "Whitlow administration", "government", "govof:person:dana whitlow")),
        ]
    )
    assert "Whitlow administration" in actors["United States"].aliases
    assert any("government of United States" in r for r in actors["United States"].reasons)


def test_states_never_merge_through_shared_forms() -> None:
    actors, _ = by_name(
        [
            ("d1", E("e0", "Niger", "state", "state:NE", ["Nigerien"])),
            ("d2", E("e0", "Nigeria", "state", "state:NG", ["Nigerian"])),
        ]
    )
    assert set(actors) == {"Niger", "Nigeria"}
