"""Real dates from the buyer's own mailbox (`aliassist import-mail`, File > Import e-mails):
read the mail files offline, keep what the platform's messages say, plan per order what would
change (shown before anything is written), then write it in one transaction.

An event fills a date the app left empty (or only estimated), never one the buyer entered; an
order named in mail but not stored is created, marked as from mail; events are kept with their
Message-ID, so reading the same mail again changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aliassist.domain.mail_facts import MailVocabulary
from aliassist.domain.mail_fill import FieldChange, MailEvent, order_changes, placed_for_new_order
from aliassist.domain.mail_rules import MailRules
from aliassist.errors import UserError
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.importers.mail.scan import MailScan, Skip, scan_mail
from aliassist.progress import Progress
from aliassist.services.context import AppContext
from aliassist.services.policy import load_policy
from aliassist.store.mail_events import (
    create_mail_order,
    fill_order,
    orders_by_number,
    orders_from_mail,
    read_message_ids,
    record_events,
)

#: how a field is named to people, in the preview
#: (marked for lupdate; shown through field_label, which translates them)
FIELD_LABELS = {"placed_at": QT_TRANSLATE_NOOP("MailImport", "Placed"),
                "shipped_at": QT_TRANSLATE_NOOP("MailImport", "Shipped"),
                "delivered_at": QT_TRANSLATE_NOOP("MailImport", "Delivered"),
                "confirmed_at": QT_TRANSLATE_NOOP("MailImport", "Receipt confirmed"),
                "tracking_number": QT_TRANSLATE_NOOP("MailImport", "Tracking number")}


def field_label(field: str) -> str:
    """A field's name for people, in the language in force."""
    return translate("MailImport", FIELD_LABELS[field]) if field in FIELD_LABELS else field


@dataclass
class OrderPlan:
    """What the mail changes on one order."""

    number: str
    #: the order is not stored: the import creates it, marked as from mail
    created: bool
    changes: list[FieldChange]
    #: the new events (messages not read before), earliest first
    events: list[MailEvent]
    order_id: int | None = None


@dataclass
class MailImportReport:
    """What an import of mail does (or, in a dry run or a preview, would do)."""

    scan: MailScan
    orders: list[OrderPlan] = field(default_factory=list)
    #: the platform's messages already read by an earlier import (they change nothing)
    already_read: int = 0
    dry_run: bool = False

    @property
    def updated(self) -> list[OrderPlan]:
        return [o for o in self.orders if not o.created and o.changes]

    @property
    def created(self) -> list[OrderPlan]:
        return [o for o in self.orders if o.created]

    @property
    def events(self) -> list[MailEvent]:
        return sorted((e for o in self.orders for e in o.events),
                      key=lambda e: (e.at, e.message_id, e.number))

    @property
    def skipped(self) -> list[Skip]:
        return self.scan.skipped

    def to_json(self) -> dict[str, Any]:
        return {
            "messages": self.scan.messages,
            "platform_messages": self.scan.platform_messages,
            "orders_updated": len(self.updated),
            "orders_created": len(self.created),
            "events": [{"number": e.number, "event": e.event, "at": e.at.isoformat(),
                        "message_id": e.message_id} for e in self.events],
            "skipped": [s.to_json() for s in self.skipped],
        }

    def summary(self) -> str:
        text = (translate("MailImport", "{messages} messages read, {platform} from the "
                                        "platform; {updated} orders would be updated, {created} "
                                        "created, {events} new events") if self.dry_run else
                translate("MailImport", "{messages} messages read, {platform} from the "
                                        "platform; {updated} orders were updated, {created} "
                                        "created, {events} new events")).format(
            messages=f"{self.scan.messages:,}", platform=f"{self.scan.platform_messages:,}",
            updated=len(self.updated), created=len(self.created), events=len(self.events))
        if self.already_read:
            text += translate("MailImport", "; {count} messages were read before").format(
                count=self.already_read)
        if self.skipped:
            text += translate("MailImport", "; {count} skipped").format(count=len(self.skipped))
        return text


def mail_rules(ctx: AppContext) -> MailRules:
    """The policy's [mail] section; the bundled one when the chosen policy copy predates it."""
    if ctx.policy.mail is not None:
        return ctx.policy.mail
    bundled = load_policy().mail
    assert bundled is not None, "the bundled policy has a [mail] section"
    return bundled


def read_mail(ctx: AppContext, paths: Sequence[Path | str],
              progress: Progress | None = None) -> MailScan:
    """Read the mail files (slow: run it off the UI thread). Raises UserError when a path does
    not exist or nothing under the paths is mail."""
    files = [Path(p) for p in paths]
    if not files:
        raise UserError(translate("MailImport", "name at least one mail file or folder"))
    for path in files:
        if not path.exists():
            raise UserError(translate("MailImport", "no such file or folder"), where=str(path))
    scan = scan_mail(files, MailVocabulary(mail_rules(ctx)), progress)
    if not scan.files:
        raise UserError(translate("MailImport", "no mail found: no .eml file, mbox or Maildir "
                                                "folder"), where=", ".join(
            str(p) for p in files), hint="export the folder from your mail program first (see "
                                         "the README)")
    return scan


def plan_mail_import(ctx: AppContext, scan: MailScan, *, dry_run: bool = True
                     ) -> MailImportReport:
    """What `scan` would change in the store now (a preview; writes nothing)."""
    with ctx.session() as session:
        return _plan(session, scan, mail_rules(ctx), dry_run)


def apply_mail_import(ctx: AppContext, scan: MailScan,
                      progress: Progress | None = None) -> MailImportReport:
    """Write what `scan` changes, in one transaction (planned again inside it, so a change made
    since the preview is respected)."""
    progress = progress or Progress()
    now = ctx.now()
    session = ctx.session()
    try:
        report = _plan(session, scan, mail_rules(ctx), dry_run=False)
        for n, plan in enumerate(report.orders):
            if n % 200 == 0:
                progress.step(n, len(report.orders), "Saving…")
            if plan.created:
                plan.order_id = create_mail_order(session, plan.number, plan.changes, now)
            elif plan.changes:
                assert plan.order_id is not None
                fill_order(session, plan.order_id, plan.changes, now)
            assert plan.order_id is not None
            record_events(session, plan.order_id, plan.events, now, created_order=plan.created)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
    return report


def import_mail(ctx: AppContext, paths: Sequence[Path | str], *, dry_run: bool = False,
                progress: Progress | None = None) -> MailImportReport:
    """Read and (unless `dry_run`) write: the command line's whole import."""
    scan = read_mail(ctx, paths, progress)
    if dry_run:
        return plan_mail_import(ctx, scan, dry_run=True)
    return apply_mail_import(ctx, scan, progress)


def numbers_from_mail(ctx: AppContext) -> set[str]:
    """Order numbers of the orders the mail created (known only from mail)."""
    with ctx.session() as session:
        return orders_from_mail(session)


def _plan(session: Any, scan: MailScan, rules: MailRules, dry_run: bool) -> MailImportReport:
    report = MailImportReport(scan, dry_run=dry_run)
    read_before = read_message_ids(session, (m.message_id for m in scan.found))
    report.already_read = len(read_before)
    by_number: dict[str, list[MailEvent]] = {}
    for message in scan.found:
        if message.message_id in read_before or message.facts.event is None:
            continue
        for number in message.facts.numbers:
            by_number.setdefault(number, []).append(MailEvent(
                number, message.facts.event, message.at, message.message_id, message.subject,
                message.facts.tracking))
    stored = orders_by_number(session, by_number)
    for number, events in by_number.items():
        events.sort(key=lambda e: (e.at, e.message_id))
        order = stored.get(number)
        if order is not None:
            report.orders.append(OrderPlan(number, False, order_changes(order.values, events,
                                                                        rules), events, order.id))
            continue
        changes = order_changes({}, events, rules)
        if not any(c.field == "placed_at" for c in changes):
            placed = placed_for_new_order(events)
            changes.insert(0, FieldChange("placed_at", None, placed.at, placed.message_id,
                                          placed.subject))
        report.orders.append(OrderPlan(number, True, changes, events))
    report.orders.sort(key=lambda o: (not o.created and not o.changes, o.events[0].at,
                                      o.number))
    return report
