"""`json_lines` writes what joining json.dumps of each element writes, also where its one-call
encoding of the list cannot tell the elements apart."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aliassist.services.json_lines import json_lines


@pytest.mark.parametrize("items", [
    [],
    [{"number": "1"}],
    [{"number": "1", "items": [{"title": "a"}, {"title": "b"}]}, {"number": "2"}],
    # a nested object starting with the same key, and the separator inside a string
    [{"number": "1", "more": [{"x": 1}, {"number": 2}]}, {"number": "3"}],
    [{"number": 'x}, {"number": y'}, {"number": "2"}],
    [{"number": "é\u202e\x85\n"}, {"number": None, "ü": [1, 2.5, True]}],
    # elements that do not all start with the same key, or are not objects
    [{"number": "1"}, {"store": "2"}],
    [{}, {}],
    [1, "two", [3], None],
])
def test_json_lines_is_json_dumps_a_line(items: list[Any]) -> None:
    assert json_lines(items) == ",\n".join(json.dumps(i, ensure_ascii=False) for i in items)
