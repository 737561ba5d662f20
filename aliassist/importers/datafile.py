"""The JSON data file (`"format": "aliassist-data"`, version 1): read and write.

Reading checks everything before anything is stored and names the record and field that is
wrong. A key that is absent keeps what is stored; `null` clears it; a list that is present
replaces the stored list. Amounts are decimal strings (JSON numbers are read exactly, never as
floats); instants are ISO 8601 (date-only values follow the DOMAIN.md rule). Evidence paths are
relative to the data file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, overload
from zoneinfo import ZoneInfo

from aliassist import __version__
from aliassist.domain import records as rec
from aliassist.domain.dates import given_day
from aliassist.domain.estimates import SOURCES
from aliassist.domain.filenames import safe_file_name
from aliassist.domain.instants import format_instant, is_date_text, parse_instant
from aliassist.domain.money import check_currency, format_amount, parse_amount
from aliassist.domain.policy import Policy
from aliassist.domain.validate import check_order_number
from aliassist.errors import UserError
from aliassist.fileio import atomic_path, open_input
from aliassist.i18n import translate

FORMAT = "aliassist-data"
VERSION = 1

ORDER_INSTANTS = ("placed_at", "shipped_at", "protection_ends_at", "confirmed_at",
                  "delivered_at", "tracking_updated_at")
ORDER_TEXTS = ("platform", "account", "store", "store_url", "tracking_number", "carrier",
               "tracking_status", "tracking_url", "status_text", "note", "assignee")
ORDER_KEYS = ("number", *ORDER_TEXTS[:4], "placed_at", "shipped_at", "protection_days",
              "protection_ends_at", "extensions", "confirmed_at", "delivered_at",
              "delivery_status", "tracking_number", "carrier", "tracking_status",
              "tracking_updated_at", "tracking_url", "status_text", "amount", "currency", "note",
              "items", "disputes", "payments", "evidence", "confirmed_estimate",
              "delivered_estimate", "assignee")
#: estimate source keys, and the date each one qualifies
ESTIMATE_KEYS = {"confirmed_estimate": "confirmed_at", "delivered_estimate": "delivered_at"}
ITEM_KEYS = ("title", "url", "sku", "quantity", "price", "image_url")
DISPUTE_INSTANTS = ("opened_at", "seller_responded_at", "escalated_at", "return_requested_at",
                    "return_shipped_at", "closed_at")
DISPUTE_KEYS = ("reason", "item", "platform_id", "status", *DISPUTE_INSTANTS, "return_tracking",
                "remedy", "refund_amount", "description")
PAYMENT_KEYS = ("kind", "provider", "amount", "at")
EVIDENCE_KEYS = ("path", "kind", "checklist", "dispute", "note", "name", "sha256", "size", "mime",
                 "taken_at", "added_at")
#: The default policy's zone (AliExpress: Asia/Shanghai); callers pass their policy's.
PLATFORM_TZ = ZoneInfo("Asia/Shanghai")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class ParsedOrder:
    """An order read from a data file, and which of its keys the file gave."""

    order: rec.Order
    present: frozenset[str]
    where: str
    #: the order's version when it was exported (team databases: an order saved since then
    #: by someone else is not overwritten)
    version: int | None = None

    def merged_onto(self, stored: rec.Order | None) -> rec.Order:
        """The order to store: the file's keys over what is stored (absent keys keep it)."""
        if stored is None:
            return self.order
        names = {f.name for f in fields(rec.Order)} & self.present
        values = {name: getattr(self.order, name) for name in names}
        given = self.present & set(rec.ORDER_DATES)
        values["date_only"] = (stored.date_only - given) | self.order.date_only
        for key, date_key in ESTIMATE_KEYS.items():
            if date_key in self.present:  # a date given again is a fact unless marked
                values[key] = getattr(self.order, key)
        return replace(stored, **values)


# ---------------------------------------------------------------------------------------------
# Reading


def read_data_file(path: Path, policy: Policy) -> list[ParsedOrder]:
    """Parse and check a data file. Raises UserError naming the file, record and field."""
    return parse_data(read_json_document(path), policy, path.parent, str(path))


def read_json_document(path: Path) -> Any:
    """The JSON value in the file at `path`; UserError when it cannot be read or parsed."""
    label = str(path)
    with open_input(path, "data file") as fh:
        try:
            raw = fh.read()
        except OSError as exc:
            raise UserError(translate("Imports", "cannot read the file: {strerror}")
                            .format(strerror=exc.strerror), where=label) from None
    if not raw.strip():
        raise UserError(translate("Imports", "the file is empty"), where=label)
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_float=Decimal)
    except UnicodeDecodeError:
        raise UserError(translate("Imports", "the file is not UTF-8 text"), where=label) from None
    except json.JSONDecodeError as exc:
        raise UserError(translate("Imports", "not valid JSON: {msg}")
                        .format(msg=exc.msg), where=f"{label}, line {exc.lineno} "
                        f"column {exc.colno}") from None
    except RecursionError:
        raise UserError(translate("Imports", "not a data file: its JSON is nested too deeply"),
                        where=label) from None
    return data


def parse_data(data: Any, policy: Policy, base_dir: Path, label: str = "data") -> list[ParsedOrder]:
    if not isinstance(data, dict):
        raise UserError(translate("Imports", "expected a JSON object with \"format\", \"version\" "
                                             "and \"orders\""),
                        where=label)
    if data.get("format") != FORMAT:
        raise UserError(translate("Imports", "not an AliAssist data file (\"format\" must be "
                                             "\"{FORMAT}\")")
                        .format(FORMAT=FORMAT),
                        where=label)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UserError(translate("Imports", "\"version\" must be a whole number"), where=label)
    if version > VERSION:
        raise UserError(translate("Imports", "written by a newer AliAssist (data file version "
                                             "{version}; this one reads version {VERSION})")
                        .format(version=version, VERSION=VERSION),
                        where=label, hint="update AliAssist")
    orders = data.get("orders")
    if not isinstance(orders, list):
        raise UserError(translate("Imports", "\"orders\" must be a list"), where=label)
    parsed: list[ParsedOrder] = []
    seen: dict[tuple[str, str], str] = {}
    for index, raw in enumerate(orders):
        reader = _Reader(raw, f"{label}: orders[{index}]", policy.tz)
        order = reader.order(policy, base_dir)
        key = (order.order.platform, order.order.number)
        if key in seen:
            raise UserError(translate("Imports", "order {number} appears twice (also {value})")
                            .format(number=order.order.number, value=seen[key]),
                            where=order.where)
        seen[key] = order.where
        parsed.append(order)
    return parsed


class _Reader:
    """Reads one JSON object field by field; every error names the field."""

    def __init__(self, data: Any, where: str, tz: tzinfo):
        if not isinstance(data, dict):
            raise UserError(translate("Imports", "expected a JSON object"), where=where)
        self.data = data
        self.where = where
        self.tz = tz

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def only(self, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        for key in self.data:
            if key not in allowed:
                key = key.encode("utf-8", "backslashreplace").decode("utf-8")
                raise UserError(translate("Imports", "unknown field (known fields: {value})")
                                .format(value=', '.join(allowed)),
                                where=self.at(key))

    @overload
    def text(self, key: str, *, required: Literal[True]) -> str: ...
    @overload
    def text(self, key: str, *, required: bool = False) -> str | None: ...

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise UserError(translate("Imports", "missing"), where=self.at(key))
            return None
        if not isinstance(value, str):
            raise UserError(translate("Imports", "expected text, got {value}")
                            .format(value=json.dumps(value, default=str)),
                            where=self.at(key))
        return whole_text(value, self.at(key))

    @overload
    def choice(self, key: str, choices: Iterable[str], *, required: Literal[True]) -> str: ...
    @overload
    def choice(self, key: str, choices: Iterable[str], *, required: bool = False
               ) -> str | None: ...

    def choice(self, key: str, choices: Iterable[str], *, required: bool = False) -> str | None:
        value = self.text(key, required=required)
        choices = tuple(choices)
        if value is not None and value not in choices:
            raise UserError(translate("Imports", "{value} is not one of: {value2}")
                            .format(value=repr(value), value2=', '.join(choices)),
                            where=self.at(key))
        return value

    def integer(self, key: str, *, minimum: int = 0) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise UserError(translate("Imports", "expected a whole number, got {value}")
                            .format(value=json.dumps(value, default=str)),
                            where=self.at(key))
        if value < minimum:
            raise UserError(translate("Imports", "must be at least {minimum}")
                            .format(minimum=minimum), where=self.at(key))
        return value

    def instant(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.text(key, required=required)
        return None if value is None else parse_instant(value, self.tz, field=self.at(key))

    def money(self, key: str, currency: str | None) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
            raise UserError(translate("Imports", "expected an amount such as \"20.00\", got "
                                                 "{value}")
                            .format(value=repr(value)),
                            where=self.at(key))
        if currency is None:
            raise UserError(translate("Imports", "an amount needs the order's \"currency\""),
                            where=self.at(key))
        return parse_amount(str(value), currency, field=self.at(key))

    def objects(self, key: str) -> list[_Reader]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise UserError(translate("Imports", "expected a list"), where=self.at(key))
        return [_Reader(v, f"{self.at(key)}[{i}]", self.tz) for i, v in enumerate(value)]

    # -- records -------------------------------------------------------------------------------

    def order(self, policy: Policy, base_dir: Path) -> ParsedOrder:
        platform = self.text("platform") or rec.DEFAULT_PLATFORM
        number = check_order_number(self.data.get("number"), platform, where=self.at("number"))
        self.where = f"{self.where} (order {number})"
        self.only((*ORDER_KEYS, "version"))
        currency = self.text("currency")
        if currency is not None:
            currency = check_currency(currency, field=self.at("currency"))
        values: dict[str, Any] = {"number": number, "platform": platform, "currency": currency}
        for key in ORDER_TEXTS[1:]:
            values[key] = self.text(key)
        if values["assignee"] is not None:  # "" or spaces: nobody
            values["assignee"] = values["assignee"].strip() or None
        for key in ORDER_INSTANTS:
            values[key] = self.instant(key, required=key == "placed_at")
        values["date_only"] = frozenset(
            key for key in rec.ORDER_DATES if is_date_text(self.data.get(key)))
        for key, date_key in ESTIMATE_KEYS.items():
            source = self.choice(key, SOURCES)
            if source is not None and values[date_key] is None:
                raise UserError(translate("Imports", "an estimate source without the date "
                                                     "{date_key}")
                                .format(date_key=repr(date_key)),
                                where=self.at(key))
            values[key] = source
        values["protection_days"] = self.integer("protection_days", minimum=1)
        values["delivery_status"] = self.choice("delivery_status", rec.DELIVERY_STATUSES)
        values["amount"] = self.money("amount", currency)
        values["extensions"] = tuple(
            rec.Extension(days=r.integer("days", minimum=1) or _missing(r, "days"),
                          granted_at=r.instant("granted_at"))
            for r in self._checked("extensions", ("days", "granted_at")))
        values["items"] = tuple(
            rec.Item(title=r.text("title") or "", url=r.text("url"), sku=r.text("sku"),
                     quantity=r.integer("quantity", minimum=1) or 1,
                     price=r.money("price", currency), image_url=r.text("image_url"))
            for r in self._checked("items", ITEM_KEYS))
        values["disputes"] = tuple(
            r.dispute(policy, currency) for r in self._checked("disputes", DISPUTE_KEYS))
        values["payments"] = tuple(
            rec.Payment(kind=r.choice("kind", rec.PAYMENT_KINDS, required=True),
                        amount=r.money("amount", currency), at=r.instant("at"),
                        provider=r.text("provider"))
            for r in self._checked("payments", PAYMENT_KEYS))
        values["evidence"] = tuple(
            r.evidence(policy, base_dir) for r in self._checked("evidence", EVIDENCE_KEYS))
        present = frozenset(self.data) | {"number", "platform"}
        return ParsedOrder(rec.Order(**values), present, self.where,
                           self.integer("version", minimum=1))

    def _checked(self, key: str, allowed: tuple[str, ...]) -> list[_Reader]:
        readers = self.objects(key)
        for r in readers:
            r.only(allowed)
        return readers

    def dispute(self, policy: Policy, currency: str | None) -> rec.Dispute:
        values: dict[str, Any] = {key: self.instant(key) for key in DISPUTE_INSTANTS}
        return rec.Dispute(
            reason=self.choice("reason", policy.reasons, required=True),
            status=self.choice("status", rec.DISPUTE_STATUSES) or "open",
            item=self.integer("item"),
            platform_id=self.text("platform_id"),
            return_tracking=self.text("return_tracking"),
            remedy=self.choice("remedy", policy.remedies),
            refund_amount=self.money("refund_amount", currency),
            description=self.text("description"),
            **values,
        )

    def evidence(self, policy: Policy, base_dir: Path) -> rec.Evidence:
        rel = self.text("path", required=True)
        assert rel is not None
        source = evidence_source(base_dir, rel, where=self.at("path"))
        sha = self.text("sha256")
        if sha is not None and not _SHA256.match(sha):
            raise UserError(translate("Imports", "expected 64 lowercase hex digits"),
                            where=self.at("sha256"))
        return rec.Evidence(
            kind=self.choice("kind", policy.evidence_kinds, required=True),
            sha256=sha or "",
            name=self.text("name") or Path(rel).name,
            size=self.integer("size") or 0,
            mime=self.text("mime"),
            checklist=self.text("checklist"),
            dispute=self.integer("dispute"),
            note=self.text("note"),
            taken_at=self.instant("taken_at"),
            added_at=self.instant("added_at"),
            source=source,
        )


def evidence_source(base_dir: Path, rel: str, *, where: str) -> Path:
    """The file an evidence `path` of a data file names, kept inside the data file's folder.

    A data file is input from anywhere, so its paths may only name regular files in the folder
    of the data file or below it: an absolute path, a `..`, a symbolic link on the way or a
    device, pipe or folder is refused (else a file could make the import copy `/etc/shadow`
    into the vault, and a later export or packet ship it)."""
    shown = rel.encode("utf-8", "backslashreplace").decode("utf-8")
    parts = [p for p in re.split(r"[/\\]", rel) if p not in ("", ".")]
    if (not parts or rel.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", rel)
            or "\x00" in rel):
        raise UserError(translate("Imports", "evidence path {shown} must be relative to the data "
                                             "file's folder (such as \"evidence/photo.jpg\")")
                        .format(shown=repr(shown)), where=where)
    if ".." in parts:
        raise UserError(translate("Imports", "evidence path {shown} leaves the data file's folder "
                                             "(\"..\"); evidence files must be in that folder or "
                                             "below it")
                        .format(shown=repr(shown)), where=where)
    folder = base_dir.resolve()
    path = folder
    for i, part in enumerate(parts):
        path = path / part
        try:
            info = path.lstat()
        except FileNotFoundError:
            raise UserError(translate("Imports", "evidence file {shown} not found (looked in "
                                                 "{folder})")
                            .format(shown=repr(shown), folder=folder),
                            where=where) from None
        except OSError as exc:
            raise UserError(translate("Imports", "evidence file {shown} cannot be read: {strerror}")
                            .format(shown=repr(shown), strerror=exc.strerror),
                            where=where) from None
        if stat.S_ISLNK(info.st_mode):
            raise UserError(translate("Imports", "evidence path {shown} goes through a symbolic "
                                                 "link ({part}); only files really inside the "
                                                 "data file's folder are imported")
                            .format(shown=repr(shown), part=repr(part)), where=where)
        last = i == len(parts) - 1
        if not last and not stat.S_ISDIR(info.st_mode):
            raise UserError(translate("Imports", "evidence file {shown} not found ({part} is not "
                                                 "a folder)")
                            .format(shown=repr(shown), part=repr(part)),
                            where=where)
        if last and not stat.S_ISREG(info.st_mode):
            problem = ("is a folder" if stat.S_ISDIR(info.st_mode)
                       else "is not a regular file (a device, pipe or socket)")
            raise UserError(translate("Imports", "evidence file {shown} {problem}")
                            .format(shown=repr(shown), problem=problem), where=where)
    return path


def whole_text(value: str, where: str) -> str:
    """`value`, refused when it holds a lone surrogate: half of a character (a JSON escape such
    as \\udc80, or a file name whose bytes were not UTF-8) that no database or file can store."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start:exc.end].encode("utf-8", "backslashreplace").decode("ascii")
        raise UserError(translate("Imports", "contains {bad}, half of a character, which is not "
                                             "text that can be stored")
                        .format(bad=bad), where=where) from None
    return value


def _missing(reader: _Reader, key: str) -> Any:
    raise UserError(translate("Imports", "missing"), where=reader.at(key))


# ---------------------------------------------------------------------------------------------
# Writing


def order_to_json(order: rec.Order, evidence_path: Callable[[rec.Evidence], str] | None = None,
                  *, platform_tz: tzinfo = PLATFORM_TZ) -> dict[str, Any]:
    """An order as a data-file object: every field, instants as ISO 8601 UTC with Z, a date
    given without a time as that date (`2026-11-06`), money as decimal strings, an estimated
    date's source beside it. `evidence_path` names each evidence file (relative to the data
    file)."""
    cur = order.currency

    def money(value: int | None) -> str | None:
        return None if value is None or cur is None else format_amount(value, cur)

    out: dict[str, Any] = {"number": order.number, "platform": order.platform}
    for key in ORDER_KEYS[2:]:
        value = getattr(order, key, None)
        if key in order.date_only and value is not None:
            value = given_day(value, platform_tz).isoformat()
        elif key in ORDER_INSTANTS:
            value = format_instant(value)
        out[key] = value
    out["amount"] = money(order.amount)
    out["extensions"] = [{"days": e.days, "granted_at": format_instant(e.granted_at)}
                         for e in order.extensions]
    out["items"] = [{"title": i.title, "url": i.url, "sku": i.sku, "quantity": i.quantity,
                     "price": money(i.price), "image_url": i.image_url} for i in order.items]
    out["disputes"] = [
        {"reason": d.reason, "item": d.item, "platform_id": d.platform_id, "status": d.status,
         **{k: format_instant(getattr(d, k)) for k in DISPUTE_INSTANTS},
         "return_tracking": d.return_tracking, "remedy": d.remedy,
         "refund_amount": money(d.refund_amount), "description": d.description}
        for d in order.disputes]
    out["payments"] = [{"kind": p.kind, "provider": p.provider, "amount": money(p.amount),
                        "at": format_instant(p.at)} for p in order.payments]
    out["evidence"] = [
        {"path": evidence_path(e) if evidence_path else None, "kind": e.kind,
         "checklist": e.checklist, "dispute": e.dispute, "note": e.note, "name": e.name,
         "sha256": e.sha256, "size": e.size, "mime": e.mime,
         "taken_at": format_instant(e.taken_at), "added_at": format_instant(e.added_at)}
        for e in order.evidence]
    return out


def evidence_folder(path: Path) -> Path:
    """Where an export puts the evidence files: beside the data file, named after it."""
    return path.with_name(f"{path.stem}-evidence")


def evidence_writer(path: Path, vault_path: Callable[[str], Path]) -> Callable[[str, str], str]:
    """For an export to `path`: a function that copies one vault file (by SHA-256 and name)
    into the evidence folder beside it, once, and returns its path relative to the data file.

    Each file is written to a temporary name of its own (created exclusively) and renamed
    into place; a file of an earlier export is kept only when it still holds the content, so
    an export into an old folder never leaves a changed or planted file behind.
    """
    folder = evidence_folder(path)
    if folder.is_symlink():
        raise UserError(translate("Imports", "is a symbolic link; AliAssist writes the evidence "
                                             "only into a real folder"),
                                             where=str(folder),
                                             hint="remove the link or export elsewhere")
    copied: dict[str, str] = {}

    def evidence_path(sha256: str, name: str) -> str:
        if sha256 not in copied:
            file_name = f"{sha256[:12]}-{safe_file_name(name)}"
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            target = folder / file_name
            if not _holds(target, sha256):
                _copy_checked(vault_path(sha256), target, sha256, name)
            copied[sha256] = f"{folder.name}/{file_name}"
        return copied[sha256]

    return evidence_path


def write_data_document(path: Path, chunks: Iterable[tuple[int, str]], *, now: datetime,
                        extra: dict[str, Any] | None = None) -> int:
    """Write the data file: its head, the orders from `chunks` (each a count of orders and
    their JSON objects, one a line, joined by ",\\n"), then the `extra` sections. Written as
    the chunks come, so memory stays flat at any order count; the file appears under its name
    only once it is complete. Returns the order count."""
    head = {"format": FORMAT, "version": VERSION, "app": f"aliassist {__version__}",
            "exported_at": format_instant(now)}
    written = 0
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as out:
        out.write("{\n")
        for key, value in head.items():
            out.write(f" {_json(key)}: {_json(value)},\n")
        out.write(' "orders": [')
        for count, text in chunks:
            if count:
                out.write(",\n" if written else "\n")
                out.write(text)
                written += count
        out.write("\n ]" if written else "]")
        for key, value in (extra or {}).items():
            out.write(f",\n {_json(key)}: {_json(value)}")
        out.write("\n}\n")
    return written


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _holds(path: Path, sha256: str) -> bool:
    """True when `path` is a regular file (not a link) whose content has this SHA-256."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return False
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return False
    return digest.hexdigest() == sha256


def _copy_checked(src: Path, target: Path, sha256: str, name: str) -> None:
    """Copy a vault file to `target` for an export (readable only by the user), checking on
    the way that it still holds the content its SHA-256 names: a copy that import would refuse
    is never written. The copy goes to an unpredictable temporary name created exclusively
    (a link planted there cannot redirect it), then replaces `target` (a link at `target` is
    replaced, never followed)."""
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:40]}.",
                                    suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            raise UserError(translate("Imports", "evidence file {name} has changed in the vault "
                                                 "since it was stored (its content no longer "
                                                 "matches its SHA-256); the export was stopped")
                            .format(name=repr(name)), where=str(src),
                            hint="`aliassist verify-data` lists every such file")
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(translate("Imports", "cannot copy evidence file {name}: {strerror}")
                        .format(name=repr(name), strerror=exc.strerror),
                        where=str(src)) from None
    finally:
        tmp.unlink(missing_ok=True)
