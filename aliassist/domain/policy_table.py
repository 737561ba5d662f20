"""Reading the policy's TOML tables with type checks: every error names the file and the dotted
key. Shared by policy.py and the section parsers beside it (mail_rules.py)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from aliassist.errors import UserError


class PolicyError(UserError):
    """The policy file is missing, not TOML, or has a wrong or missing key."""


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    url: str | None = None
    date: str | None = None


class _Table:
    """A TOML table read with type checks; every error names the dotted key."""

    def __init__(self, data: Any, where: str, file: Path):
        self.where = where
        self.file = file
        if not isinstance(data, dict):
            self.fail("", f"expected a table, got {_kind(data)}")
        self.data: dict[str, Any] = data

    def fail(self, key: str, message: str) -> NoReturn:
        dotted = f"{self.where}.{key}" if key else self.where
        raise PolicyError(message, where=f"{self.file.name}: {dotted}")

    def key(self, key: str) -> str:
        return f"{self.where}.{key}"

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data:
            if required:
                self.fail(key, "missing")
            return None
        return self.data[key]

    def str(self, key: builtins.str, *, required: builtins.bool = True,
            choices: tuple[builtins.str, ...] = ()) -> Any:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"expected non-empty text, got {_kind(value)}")
        if choices and value not in choices:
            self.fail(key, f"expected one of {', '.join(choices)}, got {value!r}")
        return value

    def int(self, key: builtins.str, *, minimum: builtins.int = 0,
            required: builtins.bool = True) -> Any:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"expected a whole number, got {_kind(value)}")
        if value < minimum:
            self.fail(key, f"expected at least {minimum}, got {value}")
        return value

    def bool(self, key: builtins.str, default: builtins.bool = False) -> builtins.bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, got {_kind(value)}")
        return value

    def strs(self, key: builtins.str, *, required: builtins.bool = True,
             choices: tuple[builtins.str, ...] = ()) -> Any:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.fail(key, "expected a list of non-empty texts")
        for v in value:
            if choices and v not in choices:
                self.fail(key, f"unknown value {v!r}; expected one of {', '.join(choices)}")
        return tuple(value)

    def table(self, key: builtins.str) -> _Table:
        return _Table(self._get(key, True), self.key(key), self.file)

    def only(self, *allowed: builtins.str) -> None:
        for key in self.data:
            if key not in allowed:
                self.fail(key, f"unknown key (expected: {', '.join(allowed)})")

    def source(self, sources: Mapping[builtins.str, Source],
               key: builtins.str = "source") -> builtins.str:
        value = self.str(key)
        if value not in sources:
            self.fail(key, f"unknown source {value!r}; define it under [sources.{value}]")
        return value


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"
