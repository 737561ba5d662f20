"""Fuzzing policy files: an edited copy of the rules that is wrong in any way (a key deleted, a
value of the wrong type, an unknown key, a mangled line, a file cut short) is refused with a
PolicyError that names the place; it never crashes the app."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aliassist.domain.policy import Policy, PolicyError, parse_policy
from aliassist.resources import default_policy_path
from aliassist.services.policy import load_policy
from tests.fuzz import fuzz, mutate

TEXT = default_policy_path().read_text(encoding="utf-8")
DATA = tomllib.loads(TEXT)
LINES = TEXT.splitlines()

toml_values = st.recursive(
    st.one_of(st.text(max_size=20), st.integers(-10**6, 10**6),
              st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
              st.dates(min_value=date(1, 1, 1)), st.datetimes(min_value=datetime(1, 1, 1))),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(min_size=1, max_size=10), inner,
                                            max_size=4)),
    max_leaves=8)


def load_or_refuse(load: Any) -> None:
    try:
        policy = load()
    except PolicyError as exc:
        assert exc.where and str(exc)
        return
    assert isinstance(policy, Policy)


@fuzz
@given(st.data())
def test_a_broken_value_anywhere_is_refused_by_name(data: st.DataObject) -> None:
    broken = mutate(DATA, data.draw, toml_values)
    load_or_refuse(lambda: parse_policy(broken, Path("edited.toml")))


@fuzz
@given(st.data())
def test_a_mangled_file_is_refused_by_name(tmp_path_factory: Any, data: st.DataObject) -> None:
    lines = list(LINES)
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "garble", "truncate"]))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "garble":
            lines[i] = data.draw(st.text(max_size=40))
        else:
            lines = lines[:i]
            break
    path = tmp_path_factory.mktemp("policy") / "edited.toml"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    load_or_refuse(lambda: load_policy(path))
