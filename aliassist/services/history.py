"""What the database holds besides the orders themselves, in the data file's `history` section:
each dispute's recorded steps (`dispute_events`), the notification log, and the settings.

With it `export-data` is a complete, portable copy. Import adds an event or log entry only when
an identical one is not stored yet (re-importing a file changes nothing) and fills in a setting
only when this database has none (the settings of the computer it runs on win), and only a
setting this version knows, with a value it could have stored itself
(aliassist.services.imported_settings).

    "history": {
      "dispute_events": [{"order": "8187…", "platform": "aliexpress", "dispute": 0,
                          "kind": "refunded", "at": "…Z", "amount": "5.00", "detail": null,
                          "recorded_at": "…Z"}],
      "notifications": [{"key": "…", "order": "8187…", "platform": "aliexpress",
                         "dispute": null, "clock": "dispute_deadline", "threshold_days": 3,
                         "due_at": "…Z", "event": "shown", "channel": "tray", "at": "…Z",
                         "until": null}],
      "settings": {"policy.path": "/home/me/rules.toml"},
      "mail_events": [{"order": "8187…", "platform": "aliexpress", "message_id": "<…>",
                       "event": "shipped", "at": "…Z", "subject": "…", "tracking_number": null,
                       "created_order": false, "recorded_at": "…Z"}]
    }

Amounts are decimal strings in the order's currency (`amount_minor`, an integer, when the
order has no currency).
"""

from __future__ import annotations

import json
from datetime import tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from aliassist.domain.instants import format_instant
from aliassist.domain.money import format_amount
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.importers.datafile import _Reader as FieldReader
from aliassist.services.imported_settings import importable_settings
from aliassist.store import schema as db
from aliassist.store.history_rows import (
    all_rows,
    dispute_keys,
    order_keys,
    order_row,
    row_exists,
)

SECTION = "history"


def history_json(session: Session) -> dict[str, Any]:
    """The history section of an export."""
    event_rows = all_rows(session, db.DisputeEvent, db.DisputeEvent.id)
    note_rows = all_rows(session, db.Notification, db.Notification.id)
    mail_rows = all_rows(session, db.MailEvent, db.MailEvent.id)
    # every order's keys only when some entry names an order (not for an export of orders alone)
    orders = order_keys(session) if event_rows or note_rows or mail_rows else {}
    disputes = dispute_keys(session) if event_rows or note_rows else {}

    def money(minor: int | None, order_id: int) -> dict[str, Any]:
        currency = orders[order_id].currency
        if minor is None or currency is not None:
            return {"amount": None if minor is None else format_amount(minor, currency)}
        return {"amount_minor": minor}

    events = []
    for e in event_rows:
        d = disputes[e.dispute_id]
        o = orders[d.order_id]
        events.append({"order": o.number, "platform": o.platform, "dispute": d.position,
                       "kind": e.kind, "at": format_instant(e.at),
                       **money(e.amount, d.order_id), "detail": e.detail,
                       "recorded_at": format_instant(e.recorded_at)})
    notes = []
    for n in note_rows:
        on = orders.get(n.order_id) if n.order_id is not None else None
        dn = disputes.get(n.dispute_id) if n.dispute_id is not None else None
        notes.append({"key": n.key, "order": on.number if on else None,
                      "platform": on.platform if on else None,
                      "dispute": dn.position if dn else None, "clock": n.clock,
                      "threshold_days": n.threshold_days, "due_at": format_instant(n.due_at),
                      "event": n.event, "channel": n.channel, "at": format_instant(n.at),
                      "until": format_instant(n.until)})
    settings = {}
    for s in all_rows(session, db.Setting, db.Setting.key):
        try:
            settings[s.key] = json.loads(s.value)
        except ValueError:
            settings[s.key] = s.value
    mail = []
    for m in mail_rows:
        o = orders[m.order_id]
        mail.append({"order": o.number, "platform": o.platform, "message_id": m.message_id,
                     "event": m.event, "at": format_instant(m.at), "subject": m.subject,
                     "tracking_number": m.tracking_number, "created_order": m.created_order,
                     "recorded_at": format_instant(m.recorded_at)})
    return {"dispute_events": events, "notifications": notes, "settings": settings,
            "mail_events": mail}


def import_history(session: Session, data: Any, tz: tzinfo, label: str) -> int:
    """Add the file's history to the database (inside the caller's transaction). Returns how
    many events and log entries were added. Raises UserError naming the entry and field."""
    if data is None:
        return 0
    where = f"{label}: {SECTION}"
    if not isinstance(data, dict):
        raise UserError(translate("History", "expected a JSON object"), where=where)
    unknown = set(data) - {"dispute_events", "notifications", "settings", "mail_events"}
    if unknown:
        raise UserError(translate("History", "unknown field (known fields: dispute_events, "
                                             "notifications, settings, mail_events)"),
                        where=f"{where}.{sorted(unknown)[0]}")
    added = 0
    for i, raw in enumerate(_list(data, "dispute_events", where)):
        added += _add_event(session, _Entry(raw, f"{where}.dispute_events[{i}]", tz))
    for i, raw in enumerate(_list(data, "notifications", where)):
        added += _add_notification(session, _Entry(raw, f"{where}.notifications[{i}]", tz))
    for i, raw in enumerate(_list(data, "mail_events", where)):
        added += _add_mail_event(session, _Entry(raw, f"{where}.mail_events[{i}]", tz))
    settings = data.get("settings")
    if settings is not None:
        if not isinstance(settings, dict):
            raise UserError(translate("History", "expected a JSON object"),
                              where=f"{where}.settings")
        for key, value in importable_settings(settings, f"{where}.settings").items():
            if session.get(db.Setting, key) is None:
                session.add(db.Setting(key=key, value=json.dumps(value, sort_keys=True,
                                                                 default=_number)))
    session.flush()
    return added


def _number(value: Any) -> int | float:
    """Numbers in a data file are read exactly (Decimal); a setting stores them as JSON does."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"not JSON data: {value!r}")


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise UserError(translate("History", "expected a list"), where=f"{where}.{key}")
    return value


class _Entry(FieldReader):
    """One history entry, read field by field like an order (errors name the field)."""

    def order_row(self, session: Session, *, required: bool) -> db.Order | None:
        number = self.text("order", required=required)
        if number is None:
            return None
        platform = self.text("platform") or "aliexpress"
        row = order_row(session, platform, number)
        if row is None:
            raise UserError(translate("History", "no order {number} in the file or the database")
                            .format(number=number),
                            where=self.at("order"))
        return row

    def dispute_row(self, order: db.Order | None, *, required: bool) -> db.Dispute | None:
        position = self.integer("dispute")
        if position is None:
            if required:
                raise UserError(translate("History", "missing"), where=self.at("dispute"))
            return None
        if order is None or position >= len(order.disputes):
            raise UserError(translate("History", "the order has no dispute {position} (disputes "
                                                 "count from 0)").format(position=position),
                            where=self.at("dispute"))
        return order.disputes[position]

    def amount(self, currency: str | None) -> int | None:
        if self.data.get("amount") is None:
            return self.integer("amount_minor")
        if currency is None:
            raise UserError(translate("History", "an amount needs the order's currency"),
                            where=self.at("amount"))
        return self.money("amount", currency)


def _add_event(session: Session, entry: _Entry) -> int:
    order = entry.order_row(session, required=True)
    assert order is not None
    dispute = entry.dispute_row(order, required=True)
    assert dispute is not None
    values = {"dispute_id": dispute.id, "kind": entry.text("kind", required=True),
              "at": entry.instant("at", required=True), "amount": entry.amount(order.currency),
              "detail": entry.text("detail")}
    if row_exists(session, db.DisputeEvent, values):
        return 0
    session.add(db.DisputeEvent(**values, recorded_at=entry.instant("recorded_at")))
    return 1


def _add_notification(session: Session, entry: _Entry) -> int:
    order = entry.order_row(session, required=False)
    dispute = entry.dispute_row(order, required=False)
    values = {"key": entry.text("key", required=True), "event": entry.text("event", required=True),
              "at": entry.instant("at", required=True),
              "order_id": order.id if order else None,
              "dispute_id": dispute.id if dispute else None, "clock": entry.text("clock"),
              "threshold_days": entry.integer("threshold_days"),
              "due_at": entry.instant("due_at"), "channel": entry.text("channel"),
              "until": entry.instant("until")}
    if row_exists(session, db.Notification, values):
        return 0
    session.add(db.Notification(**values))
    return 1


def _add_mail_event(session: Session, entry: _Entry) -> int:
    order = entry.order_row(session, required=True)
    assert order is not None
    values = {"order_id": order.id, "message_id": entry.text("message_id", required=True),
              "event": entry.text("event", required=True)}
    if row_exists(session, db.MailEvent, values):
        return 0
    created = entry.data.get("created_order", False)
    if not isinstance(created, bool):
        raise UserError(translate("History", "expected true or false"),
                        where=entry.at("created_order"))
    session.add(db.MailEvent(**values, at=entry.instant("at", required=True),
                             subject=entry.text("subject"),
                             tracking_number=entry.text("tracking_number"),
                             created_order=created, recorded_at=entry.instant("recorded_at")))
    return 1
