"""The workspace's search finds exactly the orders whose text holds the query, in any case and
script, while the query grows, shrinks (Backspace) or is pasted whole."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aliassist.domain.order_search import OrderSearch

TEXTS = ["8111 Cozy Knit Studio\nUSB-C cable 2 m braided", None, "", "Straße Lampe\nLED DESK LAMP",
         "Ёлка гирлянда\nLAMPADA", "tab\there\x00nul inside", "lamp", "8112 lamp"]


def naive(texts: list[str | None], query: str) -> list[int]:
    return [i for i, t in enumerate(texts) if query.casefold() in (t or "").casefold()]


@pytest.mark.parametrize("query", ["lamp", "LAMP", "la", "l", "", "8111", "strasse", "STRASSE",
                                   "ёлка", "ЛАМ", "\t", "nul inside", "here\x00nul", "\n",
                                   "cable 2 m braided", "braidedx", "p\n"])
def test_finds_what_a_substring_test_finds(query: str) -> None:
    index = OrderSearch.of_texts(TEXTS)
    assert len(index) == len(TEXTS)
    assert index.find(query).tolist() == naive(
        [None if t is None else t.replace("\x00", " ") for t in TEXTS], query)


def test_typing_backspace_and_paste_give_the_same_answers_as_fresh_searches() -> None:
    index = OrderSearch.of_texts(TEXTS)
    for query in ["l", "la", "lam", "lamp", "lam", "la", "l", "", "lampada", "lamp", "8", "81",
                  "811", "8111", "81", "8112 lamp", "8112 lampx", "8112 lamp"]:
        assert index.find(query).tolist() == OrderSearch.of_texts(TEXTS).find(query).tolist() \
            == naive(TEXTS, query), query


def test_an_empty_table_finds_nothing() -> None:
    index = OrderSearch.of_texts([])
    assert len(index) == 0
    assert index.find("").tolist() == [] and index.find("x").tolist() == []


def test_the_kept_index_is_checked_when_read_back() -> None:
    data = OrderSearch.of_texts(TEXTS).data
    assert OrderSearch(data.copy()).find("lamp").tolist() == naive(TEXTS, "lamp")
    with pytest.raises(ValueError):
        OrderSearch(data[:-1])  # cut inside an order
    with pytest.raises(ValueError):
        OrderSearch(data.astype(np.int64))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet="abAB ßsSñÑ\n1é\U0001f600", max_size=12)),
                max_size=12),
       st.lists(st.text(alphabet="abAB ßsSñÑ1é\U0001f600", max_size=4), min_size=1, max_size=6))
def test_any_texts_and_queries(texts: list[str | None], queries: list[str]) -> None:
    index = OrderSearch.of_texts(texts)
    for query in queries:  # one index: answers kept from earlier queries are reused
        assert index.find(query).tolist() == naive(texts, query), (texts, query)


@pytest.mark.parametrize("query", ["ab", "abc", "abcd", "abcde", "bcdea", "a", "ea", "eab"])
def test_queries_of_every_length_match_at_every_offset(query: str) -> None:
    # the same text at each offset from the array's start: the wide comparisons read the
    # array at every alignment, and a match ends at the array's very last byte
    texts = [" " * shift + "abcdeabcde" for shift in range(9)] + ["xx", "abcde"]
    index = OrderSearch.of_texts(texts)
    assert index.find(query).tolist() == naive(texts, query)


def test_places_are_kept_for_a_query_that_grows_only_while_few() -> None:
    texts = ["la " * 50] * 30 + ["lamp"]
    index = OrderSearch.of_texts(texts)
    assert index.find("la").tolist() == list(range(31))
    assert index._cache["la"][1] is None  # 1,501 places: more than the orders, not kept
    assert index.find("lam").tolist() == [30]
    assert index._cache["lam"][1] is not None
    assert index.find("lamp").tolist() == [30]
