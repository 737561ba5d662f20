"""Evidence: attach files to an order (into the vault, with what their content says), detach
them, retag them, fill the reason's checklist, and check what is attached.

The CLI (`attach`, `evidence`, `detach`, `checklist`) and the GUI's checklist panel both work
through these functions; the dispute pre-check takes `evidence_findings`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from aliassist.domain import records as rec
from aliassist.domain.checklist import (
    ChecklistEntry,
    checklist_for,
    checklist_item,
    content_problem,
    guess_kind,
    is_complete,
)
from aliassist.domain.evidence_checks import (
    checked_indices,
)
from aliassist.domain.filetypes import describe_mime, extension_mismatch
from aliassist.domain.instants import format_instant
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.i18n_policy import policy_text
from aliassist.progress import Progress
from aliassist.services.context import AppContext
from aliassist.services.derived import derived_dir, prepare, remember_crc
from aliassist.services.derived import location as photo_location
from aliassist.services.derived import make_thumbnail as make_thumbnail
from aliassist.services.derived import thumbnail_path as thumbnail_path
from aliassist.services.evidence_state import EvidenceState as EvidenceState
from aliassist.services.evidence_state import check_dispute
from aliassist.services.evidence_state import evidence_findings as evidence_findings
from aliassist.services.evidence_state import evidence_state as evidence_state
from aliassist.store import schema as db
from aliassist.store.backups import evidence_in_backups
from aliassist.store.evidence_facts import phash_text
from aliassist.store.evidence_files import delete_files
from aliassist.store.repository import is_referenced, load_order, save_order
from aliassist.store.vault import SourceFile, StoredFile

if TYPE_CHECKING:
    from aliassist.media import MediaFacts

#: Thumbnail sizes the GUI asks for (longest side, pixels): strip and viewer.
THUMB_SIDE = 160
PREVIEW_SIDE = 1600


# ---------------------------------------------------------------------------------------------
# The checklist


@dataclass(frozen=True)
class ChecklistStatus:
    reason: str
    entries: list[ChecklistEntry]
    state: EvidenceState

    @property
    def complete(self) -> bool:
        return is_complete(self.entries)

    @property
    def counted(self) -> set[int]:
        """Indices of the files that fill some item."""
        return {i for e in self.entries for i, _ in e.files}

    def to_json(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "complete": self.complete,
            "items": [{
                "id": e.item.id, "label": e.item.label, "required": e.item.required,
                "done": e.done,
                "files": [{"index": i, "name": ev.name, "kind": ev.kind, "sha256": ev.sha256}
                          for i, ev in e.files],
                "applies": e.applies, "hint": e.item.hint, "why": e.item.why,
                "accepts": list(e.item.accepts),
            } for e in self.entries],
        }


def checklist_status(ctx: AppContext, order_id: int, reason: str | None = None,
                     dispute: int | None = None) -> ChecklistStatus:
    """The reason's checklist (or, with `dispute` and no reason, the dispute's reason's) filled
    with the order's files."""
    state = evidence_state(ctx, order_id, dispute)
    if reason is None:
        if dispute is None:
            raise UserError(translate("Evidence", "say which reason (--reason), or which dispute "
                                                  "(--dispute)"))
        reason = state.order.disputes[dispute].reason
    ctx.policy.reason(reason)  # a clear error for an unknown reason
    return ChecklistStatus(reason, checklist_for(ctx.policy, reason, state.order, dispute), state)


# ---------------------------------------------------------------------------------------------
# Attaching


@dataclass(frozen=True)
class Attached:
    index: int
    evidence: rec.Evidence
    #: the same content was already attached (to the same dispute and item): nothing was added
    duplicate: bool = False
    #: the picture names the GPS position where it was taken (a packet leaves it out, unless
    #: asked to keep it; the vault keeps the original as it is)
    location: bool = False
    #: the index of the same content attached for another checklist item (one file may serve
    #: several items: this new entry counts it for the item named)
    same_as: int | None = None


def attach_files(ctx: AppContext, order_id: int, paths: Sequence[Path], *,
                 kind: str | None = None, checklist: str | None = None,
                 dispute: int | None = None, note: str | None = None,
                 progress: Progress | None = None) -> list[Attached]:
    """Copy files into the vault and attach them to the order, all or none.

    Every file is checked before anything is copied (exists, a readable regular file, not
    empty, not above the vault's limit, its name not lying about its content, its content
    fitting `kind`). Without `kind`, each file's kind is guessed from its content and the
    checklist item. A file whose content is already attached (to the same dispute, for the
    same item or with no item named) is reported as a duplicate, not added twice; named for
    another item, it is attached again for that item (`same_as`), the vault keeping one copy.
    """
    policy = ctx.policy
    progress = progress or Progress()
    if not paths:
        raise UserError(translate("Evidence", "no files given"))
    if kind is not None and kind not in policy.evidence_kinds:
        raise UserError(translate("Evidence", "unknown kind {kind}; kinds: {kinds}").format(
            kind=repr(kind), kinds=", ".join(policy.evidence_kinds)), where="--kind")
    order = _order(ctx, order_id)
    check_dispute(order, dispute)
    item = None
    accepts: tuple[str, ...] = ()
    if checklist is not None:
        reason = order.disputes[dispute].reason if dispute is not None else None
        try:
            item = checklist_item(policy, checklist, reason)
        except UserError as exc:
            raise UserError(exc.message, where="--checklist") from None
        # without a dispute, an item id may stand in several reasons' checklists
        accepts = tuple(dict.fromkeys(
            k for items in ([policy.checklist(reason)] if reason else policy.checklists.values())
            for i in items if i.id == checklist for k in i.accepts))
        if kind is not None and kind not in accepts:
            raise UserError(translate("Evidence", "“{item}” ({id}) takes {kinds}, not {kind}")
                            .format(item=policy_text(item.label), id=item.id,
                                    kinds=", ".join(accepts), kind=kind), where="--kind")

    planned: list[tuple[SourceFile, str]] = []
    for path in paths:
        where = str(path)
        source = ctx.vault.check_source(Path(path), where=where)
        lie = extension_mismatch(Path(path).name, source.mime)
        if lie:
            raise UserError(lie, where=where)
        chosen = kind or guess_kind(policy, source.mime, accepts)
        if chosen is None:
            assert item is not None
            raise UserError(translate("Evidence", "“{item}” takes {kinds}; the content is "
                                                  "{content}").format(
                item=policy_text(item.label), kinds=", ".join(accepts),
                content=describe_mime(source.mime)), where=where)
        problem = content_problem(policy, chosen, source.mime)
        if problem:
            raise UserError(problem, where=where,
                            hint=translate("Evidence",
                                           "choose the kind that says what the file is (--kind)"))
        planned.append((source, chosen))

    from aliassist.media import inspect_file

    total = sum(s.size for s, _ in planned)
    stored: list[tuple[SourceFile, str, StoredFile, MediaFacts]] = []
    done = 0
    try:
        for source, chosen in planned:
            base = done

            def step(copied: int, base: int = base, name: str = source.path.name) -> None:
                progress.step(base + copied, total, f"Copying {name}")

            kept = ctx.vault.put(source.path, where=str(source.path), progress=step)
            done += kept.size
            stored.append((source, chosen, kept, inspect_file(ctx.vault.path(kept.sha256),
                                                              kept.mime)))
        progress.step(total, total, "Recording")
        with ctx.vault.lock():
            for source, _, kept, _ in stored:  # removed meanwhile by a detach elsewhere
                if not ctx.vault.exists(kept.sha256):
                    ctx.vault.put(source.path, where=str(source.path))
            attached = _record(ctx, order_id, stored, checklist, dispute, note)
    except BaseException:
        _forget_new(ctx, [kept for _, _, kept, _ in stored if kept.new])
        raise
    # the packet's thumbnails and converted copies, made now so that no export waits for them;
    # and the CRC-32 its copy of each file is checked by
    for _, _, kept, _ in stored:
        if kept.crc32 is not None:
            remember_crc(ctx, kept.sha256, kept.sha256, kept.size, kept.crc32)
    prepare(ctx, [(a.evidence.sha256, a.evidence.mime, a.evidence.size) for a in attached])
    # whether a photo names where it was taken: found by prepare (kept beside the thumbnails)
    return [replace(a, location=photo_location(ctx, a.evidence.sha256).located)
            if (a.evidence.mime or "").startswith("image/") else a for a in attached]


def _apply_facts(row: db.EvidenceFile, facts: MediaFacts) -> None:
    row.width, row.height = facts.width, facts.height
    row.phash = phash_text(facts.phash)
    row.exif_taken_at = facts.taken_at


def _order(ctx: AppContext, order_id: int) -> rec.Order:
    with ctx.session() as session:
        return load_order(session, order_id)


def _record(ctx: AppContext, order_id: int,
            stored: list[tuple[SourceFile, str, StoredFile, MediaFacts]],
            checklist: str | None, dispute: int | None, note: str | None) -> list[Attached]:
    now = ctx.now()
    out: list[Attached] = []
    with ctx.session() as session, session.begin():
        order = load_order(session, order_id)
        evidence = list(order.evidence)
        for source, kind, kept, facts in stored:
            earlier = [i for i, ev in enumerate(evidence)
                       if ev.sha256 == kept.sha256 and ev.dispute == dispute]
            same = next((i for i in earlier
                         if checklist is None or evidence[i].checklist == checklist), None)
            if same is not None:
                out.append(Attached(same, evidence[same], duplicate=True))
                continue
            row = session.get(db.EvidenceFile, kept.sha256)
            if row is None:
                row = db.EvidenceFile(sha256=kept.sha256, size=kept.size, mime=kept.mime,
                                      stored_at=now)
                session.add(row)
            if row.width is None and row.phash is None and row.exif_taken_at is None:
                _apply_facts(row, facts)
            taken = facts.taken_at or datetime.fromtimestamp(int(source.mtime), UTC)
            ev = rec.Evidence(kind=kind, sha256=kept.sha256, name=source.path.name,
                              size=kept.size, mime=kept.mime, checklist=checklist,
                              dispute=dispute, note=note, taken_at=taken, added_at=now)
            evidence.append(ev)
            out.append(Attached(len(evidence) - 1, ev,
                                same_as=earlier[0] if earlier else None))
        save_order(session, replace(order, evidence=tuple(evidence)), now=now,
                   order_id=order_id)
    return out


def _forget_new(ctx: AppContext, kept: Iterable[StoredFile]) -> None:
    """Remove content this attach stored, after a failure, unless something refers to it."""
    with ctx.vault.lock(), ctx.session() as session:
        for file in kept:
            if not is_referenced(session, file.sha256):
                ctx.vault.remove(file.sha256)


# ---------------------------------------------------------------------------------------------
# Changing and removing


@dataclass(frozen=True)
class Detached:
    evidence: rec.Evidence
    #: the stored copy was deleted (nothing else referred to it)
    deleted: bool
    #: the stored copy was kept because a backup lists it (restoring that backup needs it)
    kept_for_backup: bool = False


def detach(ctx: AppContext, order_id: int, indices: Iterable[int], *,
           keep_files: bool = False) -> list[Detached]:
    """Remove evidence from an order, in one transaction. A stored file is deleted only when
    no evidence (of any order) refers to it any more; otherwise it stays in the vault.
    `keep_files` keeps every stored copy (the removal can be undone): `forget_unreferenced`
    deletes those still unreferenced later."""
    wanted = sorted(set(indices))
    now = ctx.now()
    with ctx.vault.lock():
        with ctx.session() as session, session.begin():
            order = load_order(session, order_id)
            for i in wanted:
                if not 0 <= i < len(order.evidence):
                    raise UserError(no_evidence(order.number, i, len(order.evidence)))
            removed = [order.evidence[i] for i in wanted]
            kept = tuple(ev for i, ev in enumerate(order.evidence) if i not in wanted)
            save_order(session, replace(order, evidence=kept), now=now, order_id=order_id)
            orphans = set() if keep_files else _drop_unreferenced(
                session, {ev.sha256 for ev in removed})
        deleted, backed_up = _remove_stored(ctx, orphans)
    return [Detached(ev, ev.sha256 in deleted, ev.sha256 in backed_up) for ev in removed]


def forget_unreferenced(ctx: AppContext, shas: Iterable[str]) -> set[str]:
    """Delete the stored copies of `shas` that no evidence refers to any more (and no backup
    lists): the files an undoable removal kept. Returns those deleted."""
    with ctx.vault.lock():
        with ctx.session() as session, session.begin():
            orphans = _drop_unreferenced(session, set(shas))
        deleted, _ = _remove_stored(ctx, orphans)
    return deleted


def _drop_unreferenced(session: Session, shas: set[str]) -> set[str]:
    """Forget the file rows of `shas` nothing refers to; return them (the caller commits)."""
    orphans = {sha for sha in shas if not is_referenced(session, sha)}
    if orphans:
        delete_files(session, orphans)
    return orphans


def _remove_stored(ctx: AppContext, orphans: set[str]) -> tuple[set[str], set[str]]:
    """Delete the vault copies of committed orphans, except those a backup lists: (deleted,
    kept for a backup)."""
    backed_up = evidence_in_backups(ctx.store.path) if orphans and ctx.store.path else set()
    deleted = orphans - backed_up
    for sha in deleted:  # after the commit: a crash here leaves a file, never a reference
        ctx.vault.remove(sha)
        _remove_thumbnails(ctx, sha)
    return deleted, orphans & backed_up


_UNSET: Any = object()


def update_evidence(ctx: AppContext, order_id: int, index: int, *, kind: str = _UNSET,
                    checklist: str | None = _UNSET, note: str | None = _UNSET,
                    taken_at: datetime | None = _UNSET) -> rec.Evidence:
    """Change what a file is said to be (kind), which checklist item it fills, its note or
    when it was taken. The file itself never changes."""
    policy = ctx.policy
    with ctx.session() as session, session.begin():
        order = load_order(session, order_id)
        if not 0 <= index < len(order.evidence):
            raise UserError(translate("Evidence", "order {number} has no evidence {index}").format(
                number=order.number, index=index))
        ev = order.evidence[index]
        changes: dict[str, Any] = {}
        if kind is not _UNSET:
            if kind not in policy.evidence_kinds:
                raise UserError(translate("Evidence", "unknown kind {kind}")
                                .format(kind=repr(kind)), where="kind")
            problem = content_problem(policy, kind, ev.mime)
            if problem:
                raise UserError(problem, where=ev.name)
            changes["kind"] = kind
        if checklist is not _UNSET:
            if checklist is not None:
                reason = order.disputes[ev.dispute].reason if ev.dispute is not None else None
                checklist_item(policy, checklist, reason)
            changes["checklist"] = checklist
        if note is not _UNSET:
            changes["note"] = note
        if taken_at is not _UNSET:
            changes["taken_at"] = taken_at
        new = replace(ev, **changes)
        evidence = list(order.evidence)
        evidence[index] = new
        save_order(session, replace(order, evidence=tuple(evidence)), now=ctx.now(),
                   order_id=order_id)
    return new


def resolve_refs(order: rec.Order, refs: Sequence[str]) -> list[int]:
    """Evidence indices from what a person typed: an index (from 0, as `evidence` lists
    them), a file name, or the start of a SHA-256 (8 hex digits or more)."""
    out = []
    for ref in refs:
        text = ref.strip()
        if text.isdigit() and len(text) < 8:
            index = int(text)
            if index >= len(order.evidence):
                raise UserError(no_evidence(order.number, index, len(order.evidence)), where=ref)
            out.append(index)
            continue
        hits = [i for i, ev in enumerate(order.evidence) if ev.name == text]
        if not hits and len(text) >= 8:
            hits = [i for i, ev in enumerate(order.evidence)
                    if ev.sha256.startswith(text.lower())]
        if not hits:
            raise UserError(translate("Evidence", "no evidence of order {number} is called {name}")
                            .format(number=order.number, name=repr(text)), where=ref,
                            hint=translate("Evidence", "`aliassist evidence NUMBER` lists them"))
        if len(hits) > 1:
            raise UserError(translate("Evidence", "{count} files match; give the index instead "
                                                  "({indices})").format(
                count=len(hits), indices=", ".join(map(str, hits))), where=ref)
        out.append(hits[0])
    return out


# ---------------------------------------------------------------------------------------------
# Output and thumbnails


def evidence_to_json(state: EvidenceState, index: int) -> dict[str, Any]:
    ev = state.order.evidence[index]
    facts = state.facts.get(ev.sha256)
    return {
        "index": index, "name": ev.name, "kind": ev.kind, "checklist": ev.checklist,
        "dispute": ev.dispute, "size": ev.size, "mime": ev.mime, "sha256": ev.sha256,
        "width": facts.width if facts else None, "height": facts.height if facts else None,
        "taken_at": format_instant(ev.taken_at), "added_at": format_instant(ev.added_at),
        "note": ev.note, "missing": state.is_missing(index),
        "findings": [f.to_json() for f in state.findings.get(index, [])],
    }


def listed_indices(state: EvidenceState) -> list[int]:
    return checked_indices(state.order, state.dispute)


def thumbnail_dir(ctx: AppContext) -> Path:
    """Thumbnails are kept beside the vault (and go with it): derived, safe to delete."""
    return derived_dir(ctx)


def _remove_thumbnails(ctx: AppContext, sha256: str) -> None:
    folder = thumbnail_dir(ctx) / sha256[:2]
    for path in folder.glob(f"{sha256}-*"):  # thumbnails, converted copies, location
        with contextlib.suppress(OSError):
            path.unlink()


def no_evidence(number: str, index: int, count: int) -> str:
    """The error of an evidence index the order does not have."""
    return translate("Evidence", "order {number} has no evidence {index} (it has {count}, "
                                 "counted from 0)").format(number=number, index=index,
                                                           count=count)
