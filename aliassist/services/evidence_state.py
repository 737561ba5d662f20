"""An order's evidence as the checks see it: the files, what was read from each, which are
missing from the vault, and the findings of the checks on them (the pre-check's
`photo_predates_delivery`, `looks_like_listing`, `upload_unfit`).

Read through the driver's own connection (`ctx.reading()`), on the app context or the plain
one: a packet of a SQLite file is made without SQLAlchemy."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from aliassist.domain import records as rec
from aliassist.domain.evidence_checks import (
    FileFacts,
    ListingIndex,
    ListingPicture,
    check_evidence,
)
from aliassist.domain.findings import Finding, sort_findings
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.store.evidence_facts import (
    StoredFacts,
    keep_facts,
    listing_captures,
    listing_stamp,
    stored_facts,
)
from aliassist.store.order_records import read_order

if TYPE_CHECKING:
    from aliassist.services.context import AnyContext
    from aliassist.store.order_documents import Snapshot

#: the listing captures last read, ready to compare with, by (database, stamp): a check asked
#: again with nothing written meanwhile (the dispute wizard checks at every step) compares
#: with thousands of captures without reading them again
_listing: tuple[tuple[str, int], ListingIndex] | None = None


@dataclass(frozen=True)
class EvidenceState:
    """An order's evidence with what was read from each file and the checks' findings."""

    order_id: int
    order: rec.Order
    #: sha256 -> facts of the stored content
    facts: dict[str, FileFacts]
    #: index into order.evidence -> findings about that file
    findings: dict[int, list[Finding]]
    dispute: int | None = None
    #: sha256 of the files the order lists that are not in the vault (lost, or a restored
    #: backup's file deleted before backups kept them): shown as missing, never silently
    missing: frozenset[str] = frozenset()

    def is_missing(self, index: int) -> bool:
        return self.order.evidence[index].sha256 in self.missing

    def all_findings(self) -> list[Finding]:
        return sort_findings(f for found in self.findings.values() for f in found)


def evidence_state(ctx: AnyContext, order_id: int, dispute: int | None = None, *,
                   order: rec.Order | None = None) -> EvidenceState:
    """The order's evidence and the checks on it (for `dispute`: its files and the
    order-level ones). `order`: the order as the caller has just read it (not read again)."""
    with ctx.reading() as snapshot:
        order = read_order(snapshot, order_id) if order is None else order
        check_dispute(order, dispute)
        rows = stored_facts(snapshot, {ev.sha256 for ev in order.evidence})
        captures = _listing_index(ctx, snapshot)
    facts, read_now = _file_facts(ctx, rows)
    # a capture of this order whose facts were read just now is compared by them
    listing = captures.with_phashes({sha: facts[sha].phash for sha in read_now})
    missing = frozenset(ev.sha256 for ev in order.evidence if not ctx.vault.exists(ev.sha256))
    return EvidenceState(order_id, order, facts,
                         check_evidence(ctx.policy, order, facts, listing, dispute), dispute,
                         missing)


def evidence_findings(ctx: AnyContext, order_id: int, dispute: int | None = None, *,
                      order: rec.Order | None = None) -> list[Finding]:
    """Findings about the files attached to an order (for the pre-check: to one of its
    disputes, by index, plus the order-level files): `photo_predates_delivery`,
    `looks_like_listing`, `upload_unfit`; each names its file in `subject`."""
    return evidence_state(ctx, order_id, dispute, order=order).all_findings()


def check_dispute(order: rec.Order, dispute: int | None) -> None:
    """A clear error when the order has no dispute `dispute` (an index)."""
    if dispute is not None and not 0 <= dispute < len(order.disputes):
        count = len(order.disputes)
        raise UserError(translate("Evidence", "order {number} has no dispute {dispute} (it has "
                                              "{count}, numbered from 1)").format(
            number=order.number, dispute=dispute + 1, count=count), where="--dispute")


def _listing_index(ctx: AnyContext, snapshot: Snapshot) -> ListingIndex:
    """Every listing capture, indexed: read in `snapshot`, or as last read when the database
    has not changed since (its stamp)."""
    global _listing
    stamp = listing_stamp(snapshot)
    key = None if stamp is None else (str(ctx.store.url), stamp)
    if key is not None and _listing is not None and _listing[0] == key:
        return _listing[1]
    index = ListingIndex.of(ListingPicture(sha, phash, name, number)
                            for sha, phash, name, number in listing_captures(snapshot))
    if key is not None:
        _listing = (key, index)
    return index


def _file_facts(ctx: AnyContext, rows: list[StoredFacts]
                ) -> tuple[dict[str, FileFacts], set[str]]:
    """Facts of stored files, and the contents whose facts were read now: images stored
    without them (by an import, an older version), whose facts are kept."""
    missing = [r for r in rows if r.width is None and (r.mime or "").startswith("image/")
               and ctx.vault.exists(r.sha256)]
    if missing:
        from aliassist.media import inspect_file  # Pillow and numpy: only to read new files

        read = {}
        for row in missing:
            found = inspect_file(ctx.vault.path(row.sha256), row.mime)
            read[row.sha256] = replace(
                row, width=found.width, height=found.height, phash=found.phash,
                exif_taken_at=found.taken_at)
        rows = [read.get(r.sha256, r) for r in rows]
        with contextlib.suppress(Exception):  # a read-only or busy database: use them unsaved
            writing = ctx.writing()
            try:
                keep_facts(writing.driver, list(read.values()))
                writing.commit()
            finally:
                writing.close()
    return ({r.sha256: FileFacts(r.sha256, r.width, r.height, r.phash, r.exif_taken_at)
             for r in rows}, {r.sha256 for r in missing})
