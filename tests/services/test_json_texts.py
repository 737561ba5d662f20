"""The JSON text of an object made from a template and its values' texts is what json.dumps
writes of the object, whatever the keys and values hold."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aliassist.services.json_texts import JsonTexts, json_text, object_template

VALUES = ["", "plain", 'quote " and \\ backslash', "é ü 中文 😀", "\x00\x1f\n\t\x7f\x85",
          "\u202e\u2066 bidi", "100%s %d", None, 0, -7, 10**30, 2.5, True, False, [1, "a"],
          {"x": None}]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_values_text_is_json_dumps(value: Any) -> None:
    assert json_text(value) == json.dumps(value, ensure_ascii=False)


@pytest.mark.parametrize("value", [v for v in VALUES if v is None or type(v) in (str, int)],
                         ids=repr)
def test_kept_texts_are_json_dumps_and_made_once(value: Any) -> None:
    texts = JsonTexts()
    assert texts[value] == json.dumps(value, ensure_ascii=False)
    assert texts[value] is texts[value] and len(texts) == 1


def test_kept_texts_are_forgotten_when_many() -> None:
    texts = JsonTexts()
    for n in range(100_001):
        texts[str(n)]
    assert len(texts) < 100_000 and texts["5"] == '"5"'


@pytest.mark.parametrize("keys", [("a",), ("number", "items", "100%", 'q"uote', "é"), ()])
def test_an_object_from_its_template_is_json_dumps(keys: tuple[str, ...]) -> None:
    values = [VALUES[n % len(VALUES)] for n in range(len(keys))]
    text = object_template(keys) % tuple(json_text(v) for v in values)
    assert text == json.dumps(dict(zip(keys, values, strict=True)), ensure_ascii=False)


def test_an_open_template_takes_more_keys_after_it() -> None:
    text = object_template(("a", "b"), closed=False) % ('"x"', "1") + ', "c": null}'
    assert json.loads(text) == {"a": "x", "b": 1, "c": None}
