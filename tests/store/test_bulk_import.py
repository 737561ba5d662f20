"""The bulk writer's bookkeeping: the ids of the orders an import created, kept as runs."""

from __future__ import annotations

from aliassist.store.bulk_import import IdRanges


def test_created_ids_are_found_in_their_runs_and_nowhere_else() -> None:
    created = IdRanges()
    created.add(range(5, 10))
    created.add([10, 11, 20, 22])
    assert [n for n in range(0, 30) if n in created] == [5, 6, 7, 8, 9, 10, 11, 20, 22]
    assert "7" not in created
    created.add([21, 3, 7])  # ids a store gave out of order
    assert [n for n in range(0, 30) if n in created] == [3, 5, 6, 7, 8, 9, 10, 11, 20, 21, 22]
