"""The platform's rules as data: load `resources/policies/*.toml` into a frozen Policy.

The code applies the data and names each rule by its stable id; nothing about the platform's
terms is hard-coded in Python. A malformed file is rejected with an error naming the key.
"""

from __future__ import annotations

import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aliassist.errors import UserError

SEVERITIES = ("block", "warn", "info")
RULE_SCOPES = ("dispute", "message", "evidence")
REASON_GROUPS = ("not_received", "received")
MEDIA = ("photo", "video", "document")
CHECKLIST_CONDITIONS = ("tracking_delivered",)

#: Clocks the code computes; a policy must give each of them.
CLOCKS = (
    "protection",
    "grace",
    "seller_response",
    "platform_intervention",
    "return_shipment",
    "extension_request",
    "paypal_claim",
    "card_chargeback",
)
#: Rule ids the code raises; a policy must describe each of them.
RULES = (
    "retaliation",
    "no_grounds",
    "false_not_received",
    "tracking_shows_delivered",
    "unsupported_claim",
    "no_listing_reference",
    "checklist_incomplete",
    "prior_refund",
    "prior_chargeback",
    "partial_refund_received",
    "extortion",
    "refund_exceeds_paid",
    "duplicate_dispute",
    "reopened_dispute",
    "window_closed",
    "multi_account",
    "description_too_long",
    "review_threat",
    "external_link",
    "off_platform_deal",
    "abusive_language",
    "fake_review",
    "photo_predates_delivery",
    "looks_like_listing",
    "upload_unfit",
)
REMEDIES = ("full_refund", "partial_refund", "return_and_refund")
EVIDENCE_KINDS = (
    "own_photo",
    "own_video",
    "listing_capture",
    "tracking_capture",
    "chat_capture",
    "document",
)
LANGUAGES = ("en", "ru", "es", "pt", "fr")


class PolicyError(UserError):
    """The policy file is missing, not TOML, or has a wrong or missing key."""


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    url: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class ClockRule:
    id: str
    days: int
    label: str
    help: str
    source: str
    informational: bool = False
    conservative: str | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    id: str
    group: str
    label: str
    help: str
    source: str

    @property
    def received(self) -> bool:
        return self.group == "received"


@dataclass(frozen=True, slots=True)
class Remedy:
    id: str
    label: str
    needs_amount: bool
    source: str
    help: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str
    scope: str
    title: str
    message: str
    source: str


@dataclass(frozen=True, slots=True)
class EvidenceKind:
    id: str
    label: str
    media: str


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    label: str
    hint: str
    why: str
    accepts: tuple[str, ...]
    required: bool
    source: str
    when: str | None = None


@dataclass(frozen=True, slots=True)
class Limits:
    description_min_chars: int
    description_max_chars: int
    max_evidence_files: int
    image_max_bytes: int
    video_max_bytes: int
    document_max_bytes: int
    image_accepted: tuple[str, ...]
    video_accepted: tuple[str, ...]
    document_accepted: tuple[str, ...]
    image_convert_max_side: int
    source: str
    conservative: str | None = None


@dataclass(frozen=True)
class Policy:
    """Everything the app knows about the platform's rules. Immutable once loaded."""

    path: Path
    id: str
    platform: str
    version: str
    timezone_name: str
    platform_hosts: tuple[str, ...]
    sources: Mapping[str, Source]
    clocks: Mapping[str, ClockRule]
    thresholds: tuple[int, ...]
    limits: Limits
    reasons: Mapping[str, Reason]
    remedies: Mapping[str, Remedy]
    evidence_kinds: Mapping[str, EvidenceKind]
    rules: Mapping[str, Rule]
    keywords: Mapping[str, Mapping[str, tuple[str, ...]]]
    checklists: Mapping[str, tuple[ChecklistItem, ...]]
    keywords_source: str = field(default="app")

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone_name)

    def days(self, clock: str) -> int:
        return self.clocks[clock].days

    @property
    def ends_soon_days(self) -> int:
        """The first (largest) notice threshold: inside it an order 'ends soon'."""
        return max(self.thresholds)

    def reason(self, reason_id: str) -> Reason:
        try:
            return self.reasons[reason_id]
        except KeyError:
            valid = ", ".join(self.reasons)
            raise UserError(f"unknown reason {reason_id!r}; valid reasons: {valid}") from None

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def source_title(self, source_id: str) -> str:
        src = self.sources[source_id]
        return f"{src.title} ({src.date})" if src.date else src.title

    def checklist(self, reason_id: str) -> tuple[ChecklistItem, ...]:
        return self.checklists.get(reason_id, ())


# ---------------------------------------------------------------------------------------------
# Loading


class _Table:
    """A TOML table read with type checks; every error names the dotted key."""

    def __init__(self, data: Any, where: str, file: Path):
        self.where = where
        self.file = file
        if not isinstance(data, dict):
            self.fail("", f"expected a table, got {_kind(data)}")
        self.data: dict[str, Any] = data

    def fail(self, key: str, message: str) -> None:
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

    def str(self, key: str, *, required: bool = True, choices: tuple[str, ...] = ()) -> Any:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"expected non-empty text, got {_kind(value)}")
        if choices and value not in choices:
            self.fail(key, f"expected one of {', '.join(choices)}, got {value!r}")
        return value

    def int(self, key: str, *, minimum: int = 0, required: bool = True) -> Any:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"expected a whole number, got {_kind(value)}")
        if value < minimum:
            self.fail(key, f"expected at least {minimum}, got {value}")
        return value

    def bool(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, got {_kind(value)}")
        return value

    def strs(self, key: str, *, required: bool = True, choices: tuple[str, ...] = ()) -> Any:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.fail(key, "expected a list of non-empty texts")
        for v in value:
            if choices and v not in choices:
                self.fail(key, f"unknown value {v!r}; expected one of {', '.join(choices)}")
        return tuple(value)

    def table(self, key: str, *, required: bool = True) -> _Table | None:
        value = self._get(key, required)
        if value is None:
            return None
        return _Table(value, self.key(key), self.file)

    def only(self, *allowed: str) -> None:
        for key in self.data:
            if key not in allowed:
                self.fail(key, f"unknown key (expected: {', '.join(allowed)})")

    def source(self, sources: Mapping[str, Source], key: str = "source") -> str:
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


#: far above the bundled policy (about 40 KB): a larger file is not a policy
MAX_POLICY_BYTES = 4 << 20


def load_policy(path: Path | str | None = None) -> Policy:
    """Load and check a policy file; the bundled one when `path` is None."""
    from aliassist.resources import default_policy_path

    if not isinstance(path, (str, Path, type(None))):
        raise PolicyError(f"a policy file is named by a path, not {path!r}")
    file = Path(path) if path is not None else default_policy_path()
    try:
        if not stat.S_ISREG(file.stat().st_mode):  # a pipe or /dev/zero would never end
            raise PolicyError("is not a policy file (not a regular file)", where=str(file))
        with file.open("rb") as fh:
            raw = fh.read(MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        raise PolicyError("policy file not found", where=str(file)) from None
    except OSError as exc:
        raise PolicyError(f"cannot read the policy file: {exc.strerror}", where=str(file)) from None
    if len(raw) > MAX_POLICY_BYTES:
        raise PolicyError(f"the policy file is larger than {MAX_POLICY_BYTES // 1024} KB; it "
                          "is not a policy file", where=str(file))
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError("the policy file is not UTF-8 text", where=str(file)) from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"not valid TOML: {exc}", where=str(file)) from None
    return parse_policy(data, file)


def parse_policy(data: dict[str, Any], file: Path) -> Policy:
    root = _Table(data, "", file)
    root.where = ""
    top = ("meta", "sources", "clocks", "notify", "limits", "reasons", "remedies")
    top += ("evidence_kinds", "rules", "keywords", "checklists")
    for key in top:
        if key not in data:
            raise PolicyError("missing", where=f"{file.name}: [{key}]")
    for key in data:
        if key not in top:
            raise PolicyError(f"unknown section (expected: {', '.join(top)})",
                              where=f"{file.name}: [{key}]")

    meta = _Table(data["meta"], "meta", file)
    meta.only("id", "platform", "version", "timezone", "platform_hosts")
    tz_name = meta.str("timezone")
    try:
        ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        meta.fail("timezone", f"unknown time zone {tz_name!r}")

    sources = _parse_sources(_Table(data["sources"], "sources", file))
    clocks = _parse_clocks(_Table(data["clocks"], "clocks", file), sources)

    notify = _Table(data["notify"], "notify", file)
    notify.only("thresholds", "source")
    thresholds = notify._get("thresholds", True)
    if (not isinstance(thresholds, list) or not thresholds
            or not all(isinstance(t, int) and not isinstance(t, bool) and t > 0
                       for t in thresholds)):
        notify.fail("thresholds", "expected a non-empty list of whole days above 0")
    notify.source(sources)

    reasons = _entries(_Table(data["reasons"], "reasons", file), _parse_reason, sources)
    remedies = _entries(_Table(data["remedies"], "remedies", file), _parse_remedy, sources)
    kinds = _entries(_Table(data["evidence_kinds"], "evidence_kinds", file), _parse_kind, sources)
    rules = _entries(_Table(data["rules"], "rules", file), _parse_rule, sources)
    _require(file, "remedies", remedies, REMEDIES)
    _require(file, "evidence_kinds", kinds, EVIDENCE_KINDS)
    _require(file, "rules", rules, RULES)
    if not reasons:
        raise PolicyError("no reasons defined", where=f"{file.name}: [reasons]")

    limits = _parse_limits(_Table(data["limits"], "limits", file), sources)
    keywords, keywords_source = _parse_keywords(_Table(data["keywords"], "keywords", file),
                                                sources)
    checklists = _parse_checklists(_Table(data["checklists"], "checklists", file), sources,
                                   reasons, kinds)

    return Policy(
        path=file,
        id=meta.str("id"),
        platform=meta.str("platform"),
        version=meta.str("version"),
        timezone_name=tz_name,
        platform_hosts=meta.strs("platform_hosts", required=False),
        sources=MappingProxyType(sources),
        clocks=MappingProxyType(clocks),
        thresholds=tuple(sorted(set(thresholds), reverse=True)),
        limits=limits,
        reasons=MappingProxyType(reasons),
        remedies=MappingProxyType(remedies),
        evidence_kinds=MappingProxyType(kinds),
        rules=MappingProxyType(rules),
        keywords=MappingProxyType(keywords),
        checklists=MappingProxyType(checklists),
        keywords_source=keywords_source,
    )


def _require(file: Path, section: str, got: Mapping[str, Any], needed: tuple[str, ...]) -> None:
    for key in needed:
        if key not in got:
            raise PolicyError("missing (the app applies this id)",
                              where=f"{file.name}: {section}.{key}")


def _parse_sources(table: _Table) -> dict[str, Source]:
    out = {}
    for sid in table.data:
        t = table.table(sid)
        t.only("title", "url", "date")
        out[sid] = Source(sid, t.str("title"), t.str("url", required=False),
                          t.str("date", required=False))
    if not out:
        table.fail("", "no sources defined")
    return out


def _parse_clocks(table: _Table, sources: Mapping[str, Source]) -> dict[str, ClockRule]:
    out = {}
    for cid in table.data:
        t = table.table(cid)
        t.only("days", "label", "help", "source", "informational", "conservative")
        out[cid] = ClockRule(cid, t.int("days", minimum=1), t.str("label"), t.str("help"),
                             t.source(sources), t.bool("informational"),
                             t.str("conservative", required=False))
    for cid in CLOCKS:
        if cid not in out:
            table.fail(cid, "missing (the app computes this clock)")
    return out


def _entries(table: _Table, parse: Any, sources: Mapping[str, Source]) -> dict[str, Any]:
    return {key: parse(key, table.table(key), sources) for key in table.data}


def _parse_reason(rid: str, t: _Table, sources: Mapping[str, Source]) -> Reason:
    t.only("group", "label", "help", "source")
    return Reason(rid, t.str("group", choices=REASON_GROUPS), t.str("label"), t.str("help"),
                  t.source(sources))


def _parse_remedy(rid: str, t: _Table, sources: Mapping[str, Source]) -> Remedy:
    t.only("label", "needs_amount", "help", "source")
    return Remedy(rid, t.str("label"), t.bool("needs_amount"), t.source(sources),
                  t.str("help", required=False) or "")


def _parse_kind(kid: str, t: _Table, sources: Mapping[str, Source]) -> EvidenceKind:
    t.only("label", "media")
    return EvidenceKind(kid, t.str("label"), t.str("media", choices=MEDIA))


def _parse_rule(rid: str, t: _Table, sources: Mapping[str, Source]) -> Rule:
    t.only("severity", "scope", "title", "message", "source")
    return Rule(rid, t.str("severity", choices=SEVERITIES), t.str("scope", choices=RULE_SCOPES),
                t.str("title"), t.str("message"), t.source(sources))


def _parse_limits(t: _Table, sources: Mapping[str, Source]) -> Limits:
    ints = ("description_min_chars", "description_max_chars", "max_evidence_files",
            "image_max_bytes", "video_max_bytes", "document_max_bytes", "image_convert_max_side")
    lists = ("image_accepted", "video_accepted", "document_accepted")
    t.only(*ints, *lists, "source", "conservative")
    limits = Limits(
        **{k: t.int(k, minimum=1) for k in ints},
        **{k: t.strs(k) for k in lists},
        source=t.source(sources),
        conservative=t.str("conservative", required=False),
    )
    if limits.description_min_chars >= limits.description_max_chars:
        t.fail("description_min_chars", "must be below description_max_chars")
    return limits


def _parse_keywords(table: _Table, sources: Mapping[str, Source]
                    ) -> tuple[dict[str, Mapping[str, tuple[str, ...]]], str]:
    source = table.source(sources)
    out: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for list_id, _value in table.data.items():
        if list_id == "source":
            continue
        t = table.table(list_id)
        langs = {}
        for lang in t.data:
            langs[lang] = t.strs(lang)
        for lang in LANGUAGES:
            if lang not in langs:
                t.fail(lang, "missing: every keyword list covers en, ru, es, pt and fr")
        out[list_id] = MappingProxyType(langs)
    return out, source


def _parse_checklists(table: _Table, sources: Mapping[str, Source], reasons: Mapping[str, Reason],
                      kinds: Mapping[str, EvidenceKind]) -> dict[str, tuple[ChecklistItem, ...]]:
    out = {}
    for reason_id, items in table.data.items():
        if reason_id not in reasons:
            table.fail(reason_id, f"checklist for unknown reason {reason_id!r}")
        if not isinstance(items, list):
            table.fail(reason_id, "expected a list of items ([[checklists.<reason>]])")
        parsed, seen = [], set()
        for i, raw in enumerate(items):
            t = _Table(raw, f"{table.key(reason_id)}[{i}]", table.file)
            t.only("id", "label", "hint", "why", "accepts", "required", "when", "source")
            item = ChecklistItem(
                id=t.str("id"), label=t.str("label"), hint=t.str("hint"), why=t.str("why"),
                accepts=t.strs("accepts", choices=tuple(kinds)), required=t.bool("required"),
                source=t.source(sources), when=t.str("when", required=False,
                                                     choices=CHECKLIST_CONDITIONS))
            if item.id in seen:
                t.fail("id", f"duplicate checklist item {item.id!r}")
            seen.add(item.id)
            parsed.append(item)
        out[reason_id] = tuple(parsed)
    for reason_id in reasons:
        if reason_id not in out:
            table.fail(reason_id, "missing: every reason needs an evidence checklist")
    return out
