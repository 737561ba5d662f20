"""The imported numbers of an import of any size, kept in a temporary file block by block: read
back in order, by index and whole, equal to the list they hold."""

from __future__ import annotations

import pytest

from aliassist.store.spooled_texts import BLOCK, SpooledTexts


def test_texts_over_several_blocks_read_back_in_order() -> None:
    texts = [f"8187{n:012d}" for n in range(BLOCK * 2 + 17)]
    spooled = SpooledTexts(texts)
    assert len(spooled) == len(texts)
    assert list(spooled) == texts and spooled == texts
    assert spooled[0] == texts[0] and spooled[BLOCK] == texts[BLOCK]
    assert spooled[-1] == texts[-1] and spooled[BLOCK * 2 + 3] == texts[BLOCK * 2 + 3]
    assert spooled[BLOCK - 2:BLOCK + 2] == texts[BLOCK - 2:BLOCK + 2]
    assert sorted(spooled, reverse=True)[0] == texts[-1]
    with pytest.raises(IndexError):
        spooled[len(texts)]


def test_texts_appended_one_by_one_or_extended_by_runs_of_any_length_read_back_alike(
        ) -> None:
    texts = [f"8187{n:012d}" for n in range(BLOCK * 3 + 5)]
    one_by_one, by_runs = SpooledTexts(), SpooledTexts()
    for text in texts:
        one_by_one.append(text)
    start = 0
    for run in (3, BLOCK - 3, BLOCK * 2 + 1, 0, 4):  # up to a block's end, across two, none
        by_runs.extend(texts[start:start + run])
        start += run
    assert start == len(texts)
    assert one_by_one == texts and by_runs == texts and list(by_runs) == texts
    assert by_runs[BLOCK * 2] == texts[BLOCK * 2] and by_runs[-1] == texts[-1]


def test_an_empty_list_and_one_unequal_to_another() -> None:
    empty = SpooledTexts()
    assert len(empty) == 0 and not empty and empty == [] and list(empty) == []
    assert SpooledTexts(["1", "2"]) != ["1", "3"] and SpooledTexts(["1"]) != ["1", "2"]
    assert "2 texts" in repr(SpooledTexts(["1", "2"]))


def test_closing_frees_the_texts() -> None:
    spooled = SpooledTexts(str(n) for n in range(BLOCK + 1))
    spooled.close()
    assert len(spooled) == 0
