"""The life of a dispute: the steps a person records (seller answered, escalated, refunded...),
the status each leads to, and which steps may follow a status. The CLI's `aliassist dispute
STEP` commands and the window's step buttons are both made from this table."""

from __future__ import annotations

from dataclasses import dataclass

from aliassist.domain.records import OPEN_DISPUTE_STATUSES


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a dispute's life: the status it leads to, the dispute column it stamps,
    and the statuses it may follow."""

    id: str
    label: str
    status: str
    stamp: str | None
    after: tuple[str, ...]
    #: what recording it says happened ("the seller answered the dispute")
    what: str

    @property
    def command(self) -> str:
        """Its name on the command line: `aliassist dispute seller-responded`."""
        return self.id.replace("_", "-")


_RUNNING = OPEN_DISPUTE_STATUSES
STEPS: dict[str, Step] = {s.id: s for s in (
    Step("seller_responded", "marked as answered by the seller", "seller_responded",
         "seller_responded_at", ("open",), "the seller answered the dispute"),
    Step("escalated", "escalated", "escalated", "escalated_at",
         ("open", "seller_responded", "return_shipped"),
         "you escalated the dispute to the platform"),
    Step("return_requested", "marked as waiting for a return", "return_requested",
         "return_requested_at", ("open", "seller_responded", "escalated"),
         "the platform asked for the item back"),
    Step("return_shipped", "marked as return shipped", "return_shipped", "return_shipped_at",
         ("return_requested",), "you shipped the item back"),
    Step("refunded", "marked as refunded", "refunded", "closed_at", _RUNNING,
         "the money came back (records the refund as a payment)"),
    Step("rejected", "marked as rejected", "rejected", "closed_at", _RUNNING,
         "the platform decided against you"),
    Step("cancelled", "cancelled", "cancelled", "closed_at", _RUNNING,
         "you cancelled the dispute"),
    Step("closed", "closed", "closed", "closed_at", (*_RUNNING, "refunded", "rejected"),
         "the dispute is over"),
)}

#: How each status reads in a sentence ("dispute 0 is escalated").
STATUS_TEXT = {"open": "open", "seller_responded": "answered by the seller",
               "escalated": "escalated", "return_requested": "waiting for the return",
               "return_shipped": "waiting for the returned item to arrive",
               "refunded": "refunded", "rejected": "rejected", "cancelled": "cancelled",
               "closed": "closed"}


def next_steps(status: str) -> list[str]:
    """The steps that may follow a dispute in `status`, in the table's order."""
    return [s.id for s in STEPS.values() if status in s.after]
