"""The workspace's search finds exactly the orders whose text holds the query, in any case and
script, while the query grows, shrinks (Backspace) or is pasted whole."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aliassist.domain import order_presence, order_search
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


ALPHABET = "abcAB 1\n8éÉßñЁё\U0001f600-"


@st.composite
def _keystrokes(draw: st.DrawFn) -> list[str]:
    """The field's text after each of a few keystrokes: typed characters, Backspace, a paste
    (added at the end or replacing all) and clearing."""
    text, seen = "", []
    for _ in range(draw(st.integers(1, 12))):
        action = draw(st.sampled_from(["type", "type", "type", "back", "paste", "replace",
                                       "clear"]))
        if action == "type":
            text += draw(st.sampled_from(ALPHABET))
        elif action == "back":
            text = text[:-1]
        elif action == "paste":
            text += draw(st.text(alphabet=ALPHABET, max_size=6))
        elif action == "replace":
            text = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=8))
        else:
            text = ""
        seen.append(text)
    return seen


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet=ALPHABET, max_size=20)), max_size=40),
       _keystrokes(), st.sampled_from([0, 3, 300]), st.sampled_from([1, 3, 8]),
       st.sampled_from([1, 10**6]), st.booleans(), st.booleans())
def test_the_index_of_bytes_and_pairs_answers_as_a_plain_scan(
        texts: list[str | None], keystrokes: list[str], bitsets: int, block: int,
        few: int, warm: bool, two_threads: bool) -> None:
    # few bitsets (some one-byte or two-byte queries are not indexed), blocks of a few orders,
    # candidates checked one way (copied out) or the other (the whole text scanned), on one
    # thread or two
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(order_search, "_TWO_THREADS", 0 if two_threads else 1 << 40)
        patch.setattr(order_search, "_INDEXED", 0)
        patch.setattr(order_presence, "MAX_BITSETS", bitsets)
        patch.setattr(order_presence, "BLOCK", 8 * block)
        patch.setattr(order_search, "_BLOCK", block)
        patch.setattr(order_search, "_GATHER", 7)
        patch.setattr(order_search, "_FEW", few)
        index = OrderSearch.of_texts(texts)
        if warm:
            index.warm()
            assert index.presence is not None
        for query in keystrokes:
            assert index.find(query).tolist() == naive(texts, query), (texts, query)


def test_queries_made_while_the_index_is_being_made_are_answered_all_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(order_search, "_INDEXED", 0)
    texts = [f"{n} lamp cable Ёлка" if n % 3 else f"{n} desk" for n in range(50)]
    index = OrderSearch.of_texts(texts)
    steps = index.warming()
    for query in ["l", "la", "lam", "ёл", "4", "49", "desk", "e"]:
        next(steps, None)
        assert index.find(query).tolist() == naive(texts, query)
    for _ in steps:
        pass
    assert index.presence is not None
    for query in ["k", "de", "ёлк", "1 l", "10 desk", "x", "lx", "q"]:
        assert index.find(query).tolist() == naive(texts, query)


def test_the_index_holds_the_ascii_bytes_and_the_most_frequent_pairs_within_its_bound(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(order_search, "_INDEXED", 0)
    texts = ["aaaa bb", "ab", "Ёё", "c"]
    index = OrderSearch.of_texts(texts)
    index.warm()
    presence = index.presence
    assert presence is not None
    assert presence.rows(b"a").tolist() == [0, 1] and presence.rows(b"c").tolist() == [3]
    assert presence.rows(b"aa").tolist() == [0] and presence.rows(b"b ").tolist() == []
    assert presence.rows(b"zz").tolist() == []  # in no order: known without a bitset
    assert presence.rows(b"z").tolist() == []
    assert presence.bitset("ё".encode()[:1]) is None  # not ASCII: no one-byte query has it
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(order_presence, "MAX_BITSETS", 6)  # 4 bytes (a, b, c, space), 2 pairs
        small = OrderSearch.of_texts(texts)
        small.warm()
        assert small.presence is not None and small.presence.bits.shape[0] <= 6
        assert small.presence.rows(b"aa") is not None  # the most frequent pair
        assert small.presence.rows(b"ab") is None  # not indexed: found by a scan
        assert small.find("ab").tolist() == [1]
        patch.setattr(order_presence, "MAX_BITSETS", 0)  # the bytes found all the same
        tiny = OrderSearch.of_texts(texts)
        tiny.warm()
        assert tiny.presence is not None and tiny.presence.bits.shape[0] == 4
        assert tiny.find("a").tolist() == [0, 1] and tiny.find("z").tolist() == []


def test_a_failure_on_the_second_thread_of_a_scan_is_the_callers() -> None:
    texts = [f"order {n}" for n in range(40)]
    index = OrderSearch.of_texts(texts)
    scan = order_search._places
    thread = threading.get_ident()

    def failing(block: np.ndarray, needle: bytes, anchor: int) -> np.ndarray:
        if threading.get_ident() != thread:
            raise MemoryError
        return scan(block, needle, anchor)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(order_search, "_TWO_THREADS", 0)
        patch.setattr(order_search, "_BLOCK", 4)
        patch.setattr(order_search, "_places", failing)
        with pytest.raises(MemoryError):
            index.find("order 3")
    assert index.find("order 3").tolist() == naive(texts, "order 3")


def test_a_small_text_is_scanned_without_an_index() -> None:
    index = OrderSearch.of_texts(TEXTS)
    index.warm()
    assert index.presence is None
    assert index.find("la").tolist() == naive(TEXTS, "la")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.booleans(), max_size=70))
def test_the_places_of_a_mask_are_numpys(mask: list[bool]) -> None:
    array = np.array(mask, dtype=bool)
    assert order_search._flatnonzero(array).tolist() == np.flatnonzero(array).tolist()
