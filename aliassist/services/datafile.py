"""Import and export of the JSON data file, with the evidence files it names."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from aliassist.domain import records as rec
from aliassist.domain.validate import validate_order
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.importers.datafile import (
    ParsedOrder,
    evidence_writer,
    parse_data,
    read_json_document,
    write_data_document,
)
from aliassist.services.context import AppContext
from aliassist.services.disputes import (
    DisputeBlockedError,
    added_dispute_blocks,
    blocked_message,
    record_overrides,
)
from aliassist.services.gc_passes import without_gc_passes
from aliassist.services.history import SECTION as HISTORY
from aliassist.services.history import history_json, import_history
from aliassist.services.order_documents import Documents
from aliassist.store.evidence_files import evidence_by_order
from aliassist.store.order_documents import OrderBatch, order_batches
from aliassist.store.repository import (
    BATCH,
    ensure_file,
    find_order_id,
    is_referenced,
    load_order,
    save_order,
    saved_order_id,
)
from aliassist.store.vault import StoredFile


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"created": len(self.created), "updated": len(self.updated),
                "unchanged": len(self.unchanged), "orders": {
                    "created": self.created, "updated": self.updated,
                    "unchanged": self.unchanged}}


def import_data(ctx: AppContext, path: Path, *, check_disputes: bool = False,
                force: bool = False) -> ImportReport:
    """Import a data file in one transaction: all of it, or (on any error) nothing.

    With `check_disputes` (the window's import, where a person answers), each dispute the file
    adds to an order gets the pre-check `dispute opened` runs: a blocking finding refuses the
    import (DisputeBlockedError naming the record) unless `force`, and a forced one is recorded
    as the dispute's "precheck_override" event. A file read back as a copy (`import-data`)
    restores disputes as they were."""

    document = read_json_document(path)
    parsed = parse_data(document, ctx.policy, path.parent, str(path))
    now = ctx.now()
    report = ImportReport()
    copied: list[StoredFile] = []
    # Under the vault's lock, like attach: a detach elsewhere cannot remove a stored file
    # between this import referencing it and the transaction committing.
    with ctx.vault.lock():
        try:
            _import(ctx, parsed, document, path, now, report, copied,
                    check_disputes=check_disputes, force=force)
        except BaseException:
            _forget_unreferenced(ctx, [f for f in copied if f.new])
            raise
    return report


def _import(ctx: AppContext, parsed: list[ParsedOrder], document: Any, path: Path,
            now: datetime, report: ImportReport, copied: list[StoredFile], *,
            check_disputes: bool, force: bool) -> None:
    with ctx.session() as session, session.begin():
        plans = []
        for item in parsed:  # check every order before anything is copied or written
            order_id = find_order_id(session, item.order.number, item.order.platform)
            stored = load_order(session, order_id) if order_id is not None else None
            merged = item.merged_onto(stored)
            validate_order(merged, ctx.policy, where=f"{item.where}.", now=now)
            blocks = (added_dispute_blocks(ctx, merged, stored, order_id, now)
                      if check_disputes else [])
            if blocks and not force:
                raise DisputeBlockedError(f"{item.where}: {blocked_message(merged, blocks)}",
                                          [f for _, found in blocks for f in found])
            plans.append((item.where, merged, blocks, item.version))
        for where, merged, blocks, version in plans:
            order = _with_stored_evidence(ctx, merged, where, copied)
            for ev in order.evidence:
                ensure_file(session, ev.sha256, ev.size, ev.mime, now)
            result = save_order(session, order, now=now, expected_version=version)
            getattr(report, result).append(order.number)
            if blocks:
                session.flush()
                record_overrides(session, saved_order_id(session, order), blocks, now)
        import_history(session, document.get(HISTORY), ctx.policy.tz, str(path))


def _forget_unreferenced(ctx: AppContext, files: list[StoredFile]) -> None:
    """Remove content a failed import stored, unless something refers to it (caller holds
    the vault's lock)."""
    with ctx.session() as session:
        for file in files:
            if not is_referenced(session, file.sha256):
                ctx.vault.remove(file.sha256)


def _with_stored_evidence(ctx: AppContext, order: rec.Order, where: str,
                          copied: list[StoredFile]) -> rec.Order:
    """Copy the order's new evidence files into the vault; fill in hash, size and type."""
    stored = []
    for i, ev in enumerate(order.evidence):
        if ev.source is None:
            stored.append(ev)
            continue
        at = f"{where}.evidence[{i}].path"
        kept = ctx.vault.put(ev.source, where=at, follow_symlinks=False)
        copied.append(kept)
        if ev.sha256 and ev.sha256 != kept.sha256:
            raise UserError(translate("DataFile", "the file {name} has changed since it was "
                                                  "exported (its SHA-256 differs from the one "
                                                  "recorded)").format(name=repr(ev.source.name)),
                            where=at)
        stored.append(replace(ev, sha256=kept.sha256, size=kept.size,
                              mime=kept.mime or ev.mime, source=None))
    return replace(order, evidence=tuple(stored))


def export_data(ctx: AppContext, path: Path) -> int:
    """Write every order to `path`, the evidence files beside it. Returns the order count."""
    if path.is_dir():
        raise UserError(translate("DataFile", "is a folder; give a file name such as "
                                              "orders.json"), where=str(path))
    with ctx.session() as session, session.begin(), without_gc_passes():  # one snapshot
        history = history_json(session)
        for sha256, name, number in evidence_by_order(session):
            if not ctx.vault.exists(sha256):
                raise UserError(translate("DataFile", "evidence file {name} is missing from the "
                                                      "vault ({path})")
                                .format(name=repr(name), path=ctx.vault.path(sha256)),
                                where=f"order {number}")
        return _write_data_file(order_batches(session, BATCH), path, ctx.vault.path,
                                now=ctx.now(), platform_tz=ctx.policy.tz,
                                extra={HISTORY: history})


def _write_data_file(batches: Iterable[OrderBatch], path: Path,
                     vault_path: Callable[[str], Path], *, now: datetime, platform_tz: tzinfo,
                     extra: dict[str, Any]) -> int:
    """The data file made from the stored rows a batch at a time (services.order_documents),
    each order with its version and its evidence copied beside it. Returns the order count."""
    documents = Documents(platform_tz, evidence_writer(path, vault_path))

    def chunks() -> Iterator[tuple[int, str]]:
        for batch in batches:
            yield len(batch.orders), documents.texts(batch, versions=True)

    return write_data_document(path, chunks(), now=now, extra=extra)
