"""Which settings a data file may bring into this database, each checked like a typed one.

A data file is input from anywhere: a setting from it is only kept when this version knows the
key and the value is one the app could have stored itself; a known key with a wrong value
stops the import, naming the key. Keys this version does not know are not imported. The policy
file chosen in Settings is a path on the computer that exported it: it is imported only when
it names a policy file this computer can load, as Settings checks a chosen one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

from aliassist.domain.instants import parse_instant
from aliassist.domain.policy import PolicyError
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.services.imports import MAPPINGS_KEY
from aliassist.services.notifications import MAX_THRESHOLD_DAYS
from aliassist.services.policy import load_policy
from aliassist.store.settings import (
    NOTIFY_PAUSED_UNTIL,
    NOTIFY_START_AT_LOGIN,
    NOTIFY_START_MINIMISED,
    NOTIFY_THRESHOLDS,
    NOTIFY_TRAY_EXPLAINED,
    POLICY_PATH,
)

#: remembered column mappings kept from one file at most (one per header ever mapped)
MAX_MAPPINGS = 1000
#: the longest header signature or column name a remembered mapping may hold
MAX_TEXT = 10_000


def _thresholds(value: Any) -> str | None:
    if (isinstance(value, list) and 0 < len(value) <= MAX_THRESHOLD_DAYS
            and all(type(v) is int and 1 <= v <= MAX_THRESHOLD_DAYS for v in value)):
        return None
    return f"expected a list of whole numbers of days from 1 to {MAX_THRESHOLD_DAYS}"


def _flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


def _instant(value: Any) -> str | None:
    if isinstance(value, str) and len(value) <= 64:
        try:
            parse_instant(value, UTC)
            return None
        except UserError:
            pass
    return "expected an ISO 8601 instant such as \"2026-03-05T14:00:00Z\""


def _mappings(value: Any) -> str | None:
    problem = (f"expected remembered column mappings: at most {MAX_MAPPINGS} of "
               "{header: {\"fields\": {field: column}, \"date_order\": \"mdy\"|\"dmy\"|\"ymd\"}}")
    if not isinstance(value, dict) or len(value) > MAX_MAPPINGS:
        return problem
    for header, mapping in value.items():
        if len(header) > MAX_TEXT or not isinstance(mapping, dict):
            return problem
        if set(mapping) - {"fields", "date_order"}:
            return problem
        fields = mapping.get("fields")
        if not isinstance(fields, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and len(k) + len(v) <= MAX_TEXT
                for k, v in fields.items()):
            return problem
        if mapping.get("date_order") not in (None, "mdy", "dmy", "ymd"):
            return problem
    return None


#: key -> check returning what is wrong with a value (None when it is fine)
CHECKS: dict[str, Callable[[Any], str | None]] = {
    NOTIFY_THRESHOLDS: _thresholds,
    NOTIFY_START_MINIMISED: _flag,
    NOTIFY_START_AT_LOGIN: _flag,
    NOTIFY_TRAY_EXPLAINED: _flag,
    NOTIFY_PAUSED_UNTIL: _instant,
    MAPPINGS_KEY: _mappings,
}


def _usable_policy(value: Any) -> bool:
    try:
        load_policy(value)
    except PolicyError:
        return False
    return True


def importable_settings(settings: dict[str, Any], where: str) -> dict[str, Any]:
    """The settings of a data file this database may take (known keys, checked values);
    UserError naming the key when a known key holds a value the app would never store."""
    kept = {}
    for key, value in settings.items():
        if key == POLICY_PATH and value is not None:
            if not isinstance(value, str) or not value or len(value) > 4096 or "\0" in value:
                raise UserError(translate("Settings", "expected the path of a policy file"),
                                where=f"{where}.{key}")
            if _usable_policy(value):
                kept[key] = value
            continue
        check = CHECKS.get(key)
        if check is None or value is None:
            continue
        problem = check(value)
        if problem is not None:
            raise UserError(problem, where=f"{where}.{key}")
        kept[key] = value
    return kept
