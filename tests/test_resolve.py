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


def test_administration_of_an_unseen_person_still_resolves() -> None:
    # The rule looks up the person's key, which no entity here has: it gets no actor.
    actors, links = by_name(
        [("d1", E("e0", "Vardan administration", "government", "govof:person:ara vardan"))]
    )
    assert list(actors) == ["Vardan administration"]
    assert links[("d1", "e0")] == "vardan-administration"


def test_store_links_every_entity_in_sql_like_the_in_memory_resolver(tmp_path) -> None:
    from actorgraph.resolve.resolver import resolve_keys
    from actorgraph.store.db import Store

    items = [
        (
            "d1",
            E("e0", "Northern Shield Front", "armed_group", "org:northern shield front", ["NSF"]),
        ),
        ("d1", E("e1", "Ara Vardan", "person", "person:ara vardan")),
        ("d2", E("e0", "NSF", "armed_group", "org:nsf")),
        ("d2", E("e1", "Vardan", "person", "person:vardan")),
        ("d2", E("e2", "Ara Vardan", "person", "person:ara vardan")),
    ]
    with Store(tmp_path / "store.db") as store:
        with store.conn:
            for doc in ("d1", "d2"):
                store.conn.execute(
                    "INSERT INTO documents (id, path, format, text) VALUES (?, ?, 'txt', '')",
                    (doc, f"{doc}.txt"),
                )
            store.conn.executemany(
                "INSERT INTO entities VALUES (?,?,?,?,?,'[]','[]',NULL)",
                [(d, e.id, e.name, e.kind, e.key) for d, e in items],
            )
            store.conn.executemany(
                "UPDATE entities SET aliases = '[\"NSF\"]' WHERE document = ? AND id = ?",
                [("d1", "e0")],
            )
        actors, key_actor = resolve_keys(store.conn)
        store.replace_actors_by_key(actors, key_actor)
        stored = {(r[0], r[1]): r[2] for r in store.conn.execute("SELECT * FROM entity_actor")}
    expected_actors, mapping = resolve(items)
    assert actors == expected_actors
    assert stored == {(d, e): a for d, e, a in mapping}
    assert stored[("d2", "e0")] == stored[("d1", "e0")] == "northern-shield-front"
    assert stored[("d2", "e1")] == stored[("d1", "e1")] == "ara-vardan"
