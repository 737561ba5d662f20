"""Make and check dispute packets: gather the order, its clocks, the pre-check, the checklist
and the evidence, then write one ZIP to a temporary name and rename it into place."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from aliassist import __version__
from aliassist.domain.checklist import ChecklistEntry, checklist_for
from aliassist.domain.clocks import OrderClocks, order_clocks
from aliassist.domain.controls import drop_controls
from aliassist.domain.filenames import safe_file_name
from aliassist.domain.findings import Finding, sort_findings
from aliassist.domain.instants import format_instant
from aliassist.domain.records import Order
from aliassist.errors import UserError
from aliassist.fileio import atomic_path
from aliassist.i18n import translate
from aliassist.packet.archive import FORMAT, VERSION, PacketFile, PacketWriter, compressible
from aliassist.packet.archive import verify_packet as verify_packet
from aliassist.packet.content import (
    PacketContent,
    PacketEvidence,
    RecordedStep,
    packet_evidence,
)
from aliassist.packet.renderer import SummaryRenderer as SummaryRenderer
from aliassist.progress import Cancelled, Progress
from aliassist.services.derived import (
    PACKET_THUMB_SIDE,
    converted_copy,
    known_crc,
    location,
    location_free_head,
    make_thumbnail,
    remember_crc,
    workers,
)

if TYPE_CHECKING:
    from aliassist.services.context import AnyContext
    from aliassist.services.disputes import DisputeCheck

#: the longest file name inside the packet (Windows and old unzip tools stay happy)
MAX_LEAF = 120


class PacketRefusedError(UserError):
    """Something blocks the dispute: no packet without --force (exit 1, nothing written)."""

    exit_code = 1


@dataclass(frozen=True)
class PacketResult:
    path: Path
    #: the files the manifest lists (the manifest itself not counted, as verify-packet counts)
    files: int
    size: int
    forced: bool


def build_content(ctx: AnyContext, order: Order, *, reason: str, dispute: int | None,
                  description: str, remedy: str | None, refund_amount: int | None,
                  findings: Sequence[Finding]) -> PacketContent:
    """Everything the packet shows, at ctx.now(), for findings made elsewhere."""
    now = ctx.now()
    return _content(ctx, order, reason=reason, dispute=dispute, description=description,
                    remedy=remedy, refund_amount=refund_amount, findings=findings,
                    checklist=checklist_for(ctx.policy, reason, order, dispute),
                    clocks=order_clocks(order, ctx.policy, now), now=now)


def content_of_check(ctx: AnyContext, check: DisputeCheck, *, dispute: int | None,
                     description: str) -> PacketContent:
    """The packet of a pre-checked dispute: its checklist, clocks and instant are the
    pre-check's own (computed once, at one `now`)."""
    planned = check.planned
    assert planned.reason is not None and check.now is not None, "a dispute with a reason"
    return _content(ctx, check.order, reason=planned.reason, dispute=dispute,
                    description=description, remedy=planned.remedy,
                    refund_amount=planned.refund_amount, findings=check.findings,
                    checklist=check.checklist, clocks=check.clocks, now=check.now)


def _content(ctx: AnyContext, order: Order, *, reason: str, dispute: int | None,
             description: str, remedy: str | None, refund_amount: int | None,
             findings: Sequence[Finding], checklist: Sequence[ChecklistEntry],
             clocks: OrderClocks, now: datetime) -> PacketContent:
    return PacketContent(
        policy=ctx.policy, order=order, clocks=clocks,
        reason=reason, dispute=dispute, remedy=remedy, refund_amount=refund_amount,
        description=description, findings=tuple(sort_findings(findings)),
        checklist=tuple(checklist), evidence=packet_evidence(order, list(checklist), dispute),
        generated_at=now)


def content_for_dispute(ctx: AnyContext, number: str, ref: str | None) -> PacketContent:
    """A recorded dispute's packet: its description, remedy and evidence, pre-checked as of its
    opening (issue 4's check_recorded_dispute)."""
    from aliassist.services.disputes import check_recorded_dispute, dispute_views, resolve_dispute

    check = check_recorded_dispute(ctx, number, ref)
    index = resolve_dispute(check.order, ref)
    dispute = check.order.disputes[index]
    content = content_of_check(ctx, check, dispute=index,
                               description=dispute.description or "")
    _, views = dispute_views(ctx, number)
    history = tuple(RecordedStep(e.kind, e.at, e.detail) for e in views[index].events)
    return replace(content, history=history)


def content_for_plan(ctx: AnyContext, number: str, *, reason: str, item: int | None = None,
                     remedy: str | None = None, amount: str | None = None,
                     text: str | None = None) -> PacketContent:
    """A planned dispute's packet. The message is the description to file, drafted from the
    order's facts and the buyer's words (as the New dispute window drafts it), pre-checked."""
    from aliassist.services.disputes import (
        draft_for,
        find_order,
        load_check_inputs,
        planned_dispute,
        run_check,
    )

    order_id, order = find_order(ctx, number)
    planned = planned_dispute(ctx.policy, order, reason=reason, item=item, remedy=remedy,
                              amount=amount, text=text)
    description = draft_for(ctx, order, planned).text
    planned = replace(planned, description=description)
    check = run_check(ctx, load_check_inputs(ctx, order_id, order=order), planned)
    return content_of_check(ctx, check, dispute=None, description=description)


def _ordered(content: PacketContent) -> list[PacketEvidence]:
    """Files in checklist order (then those that fill no item), each group by position."""
    rank = {entry.item.id: n for n, entry in enumerate(content.checklist)}
    return sorted(content.evidence,
                  key=lambda e: (rank.get(e.checklist or "", len(rank)), e.index))


def evidence_names(number: int, item: PacketEvidence, converted: bool) -> tuple[str, str | None]:
    """(name of the file as stored, name of the converted JPEG or None) inside the packet."""
    prefix = f"evidence/{number:02d}-{item.checklist or 'other'}-"
    room = MAX_LEAF - len(prefix) + len("evidence/") - len(".converted.jpg")
    name = safe_file_name(item.evidence.name, fallback="evidence", limit=room)
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return prefix + name, (prefix + f"{stem}.converted.jpg" if converted else None)


def write_packet(ctx: AnyContext, content: PacketContent, out: Path, *, force: bool = False,
                 paper: str | None = None, progress: Progress | None = None,
                 keep_location: bool = False, renderer: SummaryRenderer | None = None
                 ) -> PacketResult:
    """Write the packet ZIP at `out`. Refused (nothing written) when something blocks, unless
    `force`; then the manifest records the override. A failure or a cancel leaves nothing.
    Photos go in without the GPS position they may hold, unless `keep_location`. The summary
    is drawn by `renderer` (one started early, see `SummaryRenderer.start`), else here."""
    progress = progress or Progress()
    if not content.ready and not force:
        blocking = [f for f in content.findings if f.blocks]
        raise PacketRefusedError(
            "the pre-check blocks this dispute, so no packet was written: "
            + "; ".join(f"{f.rule}: {f.title or f.message}" for f in blocking),
            hint="fix what blocks it, or export anyway with --force (the manifest records it)")
    if out.is_dir():
        raise UserError(translate("Packet", "is a folder; give a file name such as packet.zip"),
                        where=str(out))
    for item in content.evidence:
        if not ctx.vault.exists(item.evidence.sha256):
            raise UserError(translate("Packet", "evidence file {name} is missing from the vault")
                            .format(name=repr(item.evidence.name)),
                            where=str(ctx.vault.path(item.evidence.sha256)))
    forced = force and not content.ready
    items = list(enumerate(_ordered(content), start=1))
    total = sum(item.evidence.size for _, item in items) or 1
    done = 0
    stop = threading.Event()

    def advance(n: int) -> None:
        nonlocal done
        if stop.is_set():
            raise Cancelled()
        done += n
        progress.step(done, total, "Copying evidence…")

    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(atomic_path(out))
        writer = stack.enter_context(PacketWriter(stack.enter_context(tmp.open("wb")),
                                                  content.generated_at))
        # Each file is prepared (its thumbnail, a copy without the GPS position, a converted
        # JPEG: each from the cache beside the vault, else made now) in a pool of threads,
        # while a second thread copies the files already prepared into the ZIP, in packet
        # order, checking their hashes; the summary, which lists those hashes, is drawn here
        # once every file is prepared.
        pool = stack.enter_context(ThreadPoolExecutor(max_workers=workers(),
                                                      thread_name_prefix="packet-files"))
        jobs = [pool.submit(_prepare, ctx, number, item, keep_location)
                for number, item in items]
        stack.callback(stop.set)  # on the way out (an error too): the copier and jobs end
        stack.callback(lambda: [job.cancel() for job in jobs])
        failures: list[BaseException] = []

        def copy_evidence() -> None:
            try:
                for job in jobs:
                    for entry in job.result().entries:
                        if stop.is_set():
                            raise Cancelled()
                        _copy_entry(ctx, writer, entry, advance)
            except BaseException as exc:
                failures.append(exc)
                stop.set()

        copier = threading.Thread(target=copy_evidence, name="packet-evidence")
        copier.start()
        try:
            prepared = [job.result() for job in jobs]
            entries = [e for p in prepared for e in p.entries]
            thumbnails = {p.shown: p.thumbnail for p in prepared}
            listed = [PacketFile(e.path, e.size, e.sha256) for e in entries]
            pdf = (renderer or SummaryRenderer()).render(content, listed, thumbnails,
                                                         paper=paper, forced=forced)
        except BaseException:
            stop.set()
            raise
        finally:
            copier.join()
        if failures:
            raise failures[0]
        progress.step(done, total, "Writing the summary…")
        description = drop_controls(content.description).strip()  # no escape sequences
        message = description + "\n" if description else ""
        writer.add_bytes("message.txt", message.encode("utf-8"))
        writer.add_bytes("summary.pdf", pdf)
        writer.finish(manifest(content, forced))
        progress.step(total, total, "Finishing…")
    return PacketResult(out, len(writer.files), out.stat().st_size, forced)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One evidence file of the packet: a stored file copied as it is, the stored photo without
    its GPS position (`strip`), or a converted copy (from the cache, or its bytes), made from
    the stored file `stored`. `crc` is the (size, CRC-32) the bytes were found to have when
    they were hashed, if known: the copy is then checked by it rather than hashed again."""

    path: str
    name: str
    size: int
    sha256: str
    compress: bool
    stored: str
    source: Path | None = None
    data: bytes | None = None
    strip: bool = False
    crc: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class _Prepared:
    """One evidence item, ready to copy: its entries, and the thumbnail the summary shows
    beside the entry named `shown`."""

    entries: tuple[_Entry, ...]
    shown: str
    thumbnail: bytes | None


def _copy_entry(ctx: AnyContext, writer: PacketWriter, entry: _Entry,
                advance: Callable[[int], None]) -> None:
    """Copy one entry into the packet and check that its bytes are the ones hashed before:
    by their CRC-32 when it is known (the ZIP computes it anyway), else by their SHA-256 (and
    the CRC-32 is then kept for the next export)."""
    known = entry.sha256 if entry.crc is not None else None
    if entry.strip:
        assert entry.source is not None
        parts = location_free_head(ctx, entry.stored)
        if parts is None:  # no longer readable: damaged, which the hash says
            written = writer.add_bytes(entry.path, b"", compress=False)
        else:
            written = writer.add_file(entry.path, entry.source, compress=False, head=parts[0],
                                      offset=parts[1], on_bytes=advance, sha256=known)
    elif entry.data is not None:
        written = writer.add_bytes(entry.path, entry.data, compress=False)
    else:
        assert entry.source is not None
        written = writer.add_file(entry.path, entry.source, compress=entry.compress,
                                  on_bytes=advance, sha256=known)
    if written.crc32 is None or entry.crc is None:  # hashed now
        sound = written.sha256 == entry.sha256
        if sound and written.crc32 is not None:
            remember_crc(ctx, entry.stored, written.sha256, written.size, written.crc32)
    else:
        sound = (written.size, written.crc32) == entry.crc
    if not sound:
        raise UserError(
            translate("Packet", "the stored copy of {name} is damaged: its content no longer "
                                "matches its SHA-256, so no packet was written")
            .format(name=repr(entry.name)), where=str(entry.source),
            hint="`aliassist verify-data` lists damaged evidence; restore a backup or attach "
                 "the file again")


def _prepare(ctx: AnyContext, number: int, item: PacketEvidence, keep_location: bool
             ) -> _Prepared:
    """The entries of one evidence item, with the hashes they must have (a stored file's is its
    name in the vault), and its thumbnail.

    Unless `keep_location`, a picture naming the GPS position where it was taken goes into the
    packet without it: a JPEG or PNG losslessly rewritten, another format only as its converted
    JPEG (which carries no EXIF). The vault's original is never changed. Only the hash of the
    copy without the position is kept (beside the vault, from the attach): its bytes are made
    when they are copied, so a packet of many photos never holds them all in memory."""
    from aliassist.packet.images import needs_conversion

    limits = ctx.policy.limits
    ev = item.evidence
    source = ctx.vault.path(ev.sha256)
    convert = needs_conversion(ev.mime, ev.size, limits)
    where = (location(ctx, ev.sha256)
             if not keep_location and (ev.mime or "").startswith("image/") else None)
    located = where is not None and where.located
    stripped = where.stripped if where is not None else None
    convert = convert or (located and stripped is None)
    original, converted = evidence_names(number, item, convert)
    entries: list[_Entry] = []
    if stripped is not None:
        entries.append(_Entry(original, ev.name, stripped[0], stripped[1], False, ev.sha256,
                              source=source, strip=True,
                              crc=known_crc(ctx, ev.sha256, stripped[1])))
    elif not located:
        entries.append(_Entry(original, ev.name, source.stat().st_size, ev.sha256,
                              compressible(ev.mime), ev.sha256, source=source,
                              crc=known_crc(ctx, ev.sha256, ev.sha256)))
    shown = original
    if converted is not None:
        copy = converted_copy(ctx, ev.sha256, limits)
        if copy is not None:  # else unreadable: the original in the packet is enough
            entries.append(_Entry(converted, ev.name, copy.size, copy.sha256, False, ev.sha256,
                                  source=copy.path, data=copy.data,
                                  crc=known_crc(ctx, ev.sha256, copy.sha256)))
            shown = converted
    # a video or a document has no thumbnail (the summary names its kind): not even tried, as
    # trying opens it with every picture decoder there is, on every export
    picture = (ev.mime or "image/").startswith("image/")
    thumb = make_thumbnail(ctx, ev.sha256, PACKET_THUMB_SIDE) if picture else None
    return _Prepared(tuple(entries), shown, thumb.read_bytes() if thumb else None)


def manifest(content: PacketContent, forced: bool) -> dict[str, object]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "app": f"aliassist {__version__}",
        "policy": {"id": content.policy.id, "version": content.policy.version},
        "platform": content.order.platform,
        "order": content.order.number,
        "reason": content.reason,
        "dispute": content.dispute,
        "dispute_number": None if content.dispute is None else content.dispute + 1,
        "generated_at": format_instant(content.generated_at),
        "ready": content.ready,
        "findings": [{"rule": f.rule, "severity": f.severity} for f in content.findings],
        "override": {"forced": True, "blocking": content.blocking_rules} if forced else None,
        "record": _record_json(content),
    }


def _record_json(content: PacketContent) -> dict[str, object] | None:
    """A recorded dispute as the platform knows it: its id, opening, status and steps."""
    d = content.recorded
    if d is None:
        return None
    return {"platform_id": d.platform_id, "opened_at": format_instant(d.opened_at),
            "status": d.status,
            "steps": [{"kind": s.kind, "at": format_instant(s.at), "detail": s.detail}
                      for s in content.history]}

