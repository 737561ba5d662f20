"""The platform's rules as data: load `resources/policies/*.toml` into a frozen Policy.

The code applies the data and names each rule by its stable id; nothing about the platform's
terms is hard-coded in Python. A malformed file is rejected with an error naming the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aliassist.domain.mail_rules import MailRules, parse_mail_rules
from aliassist.domain.policy_table import PolicyError, Source, _Table
from aliassist.domain.text_concepts import CONCEPTS, STEMMERS
from aliassist.errors import UserError

__all__ = ["PolicyError", "Source"]  # defined beside the table reader, part of this module's API

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
    "buyer_reply",
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
#: The languages the text checks read: every keyword list of the policy covers them.
LANGUAGES = ("en", "ru", "es", "pt", "fr", "de", "pl")


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
    #: the dispute reasons the rule is checked for, when it concerns only some (`reasons = [...]`)
    reasons: tuple[str, ...] = ()
    #: what to write instead, for text rules; "{found}" stands for the words found
    fix: str = ""


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
    #: what the platform's e-mails look like ([mail]); None in a policy file without it
    mail: MailRules | None = None

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


def policy_from_toml(raw: bytes, file: Path) -> Policy:
    """Check the content `raw` of the policy file `file` (read by the caller: the domain reads
    no files; `file` names it in messages)."""
    return parse_policy(toml_data(raw, file), file)


def toml_data(raw: bytes, file: Path) -> dict[str, Any]:
    """The TOML document `raw` of the policy file `file` as data (PolicyError if it is not
    UTF-8 TOML)."""
    import tomllib  # the TOML reader loads when no parsed copy is kept (store/policy_cache)

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError("the policy file is not UTF-8 text", where=str(file)) from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"not valid TOML: {exc}", where=str(file)) from None


def parse_policy(data: dict[str, Any], file: Path) -> Policy:
    root = _Table(data, "", file)
    root.where = ""
    top = ("meta", "sources", "clocks", "notify", "limits", "reasons", "remedies",
           "evidence_kinds", "rules", "keywords", "checklists")
    for key in top:
        if key not in data:
            raise PolicyError("missing", where=f"{file.name}: [{key}]")
    for key in data:
        if key not in top and key != "mail":
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
    for rule in rules.values():
        for reason_id in rule.reasons:
            if reason_id not in reasons:
                raise PolicyError(f"unknown reason {reason_id!r}; define it under "
                                  f"[reasons.{reason_id}]",
                                  where=f"{file.name}: [rules.{rule.id}] reasons")
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
        mail=_parse_mail(data, file, sources),
    )


def _parse_mail(data: dict[str, Any], file: Path, sources: Mapping[str, Source]
                ) -> MailRules | None:
    """The optional [mail] section (older policy copies have none)."""
    if "mail" not in data:
        return None

    return parse_mail_rules(_Table(data["mail"], "mail", file), sources)


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
    t.only("severity", "scope", "title", "message", "source", "reasons", "fix")
    return Rule(rid, t.str("severity", choices=SEVERITIES), t.str("scope", choices=RULE_SCOPES),
                t.str("title"), t.str("message"), t.source(sources),
                tuple(t.strs("reasons", required=False)), t.str("fix", required=False) or "")


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
    """The vocabulary of the text rules: {concept: {language: phrases}}. Every concept the
    rules use must be there, in every language of LANGUAGES at least; another language needs a
    stemmer the app knows (aliassist.domain.text_concepts.STEMMERS)."""
    source = table.source(sources)
    out: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for list_id, _value in table.data.items():
        if list_id == "source":
            continue
        t = table.table(list_id)
        langs = {}
        for lang in t.data:
            if lang not in STEMMERS:
                t.fail(lang, f"unknown language (known: {', '.join(sorted(STEMMERS))})")
            langs[lang] = t.strs(lang)
        for lang in LANGUAGES:
            if lang not in langs:
                t.fail(lang, f"missing: every keyword list covers {', '.join(LANGUAGES)}")
        out[list_id] = MappingProxyType(langs)
    for concept in CONCEPTS:
        if concept not in out:
            table.fail(concept, "missing (the text rules use this concept)")
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
