"""JSON text made fast for long lists of objects: each distinct value encoded once, each
object one `%` of a template."""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

#: a value's JSON text, as `json.dumps(value, ensure_ascii=False)` writes it
json_text = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def object_template(keys: Sequence[str], *, closed: bool = True) -> str:
    """The JSON text of an object with `keys`, its values left as `%s`: `template % texts`
    (each value's `json_text`) is what json.dumps writes of the object. Not `closed`: without
    its final brace, for keys that follow."""
    body = ", ".join(encode_basestring(key).replace("%", "%%") + ": %s" for key in keys)
    return "{" + body + ("}" if closed else "")


class JsonTexts(dict[Any, str]):
    """`json_text` of each value, made once: for columns of str, int and None values, where
    many rows share a value. (Not for bools or floats: True is 1 and 1.0 is 1 to a dict.)
    Flat memory: emptied when it holds many."""

    def __missing__(self, key: Any) -> str:
        if len(self) >= 100_000:
            self.clear()
        if key is None:
            text = "null"
        elif key.__class__ is str:
            text = encode_basestring(key)
        else:
            text = json_text(key)
        self[key] = text
        return text
