"""Hypothesis settings shared by the fuzz tests: a modest count in `make test`, many more in
`make stress` (ALIASSIST_FUZZ_EXAMPLES)."""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("ALIASSIST_FUZZ_EXAMPLES", "150"))

fuzz = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 150,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture,
                                       HealthCheck.filter_too_much])


def fuzz_share(share: float) -> settings:
    """`fuzz` with a share of the examples, for a test whose every example is costly (a whole
    import into a database): still scaled by ALIASSIST_FUZZ_EXAMPLES."""
    return settings(fuzz, max_examples=max(1, round(EXAMPLES * share)))


def mutate(data: Any, draw: Callable[[Any], Any], values: Any) -> Any:
    """A deep copy of `data` broken at one random place: a key deleted, a value replaced by one
    drawn from `values`, or an unknown key (list item) added."""
    data = copy.deepcopy(data)
    parent: Any = data
    while True:
        keys = list(parent) if isinstance(parent, dict) else list(range(len(parent)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        child = parent[key]
        if isinstance(child, (dict, list)) and child and draw(st.booleans()):
            parent = child
            continue
        action = draw(st.sampled_from(["delete", "replace", "add"]))
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(values)
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=12))] = draw(values)
        else:
            parent.append(draw(values))
        break
    return data
