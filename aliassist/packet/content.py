"""Everything a packet holds, gathered before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aliassist.domain.checklist import ChecklistEntry
from aliassist.domain.clocks import OrderClocks
from aliassist.domain.findings import Finding, any_blocks
from aliassist.domain.policy import Policy
from aliassist.domain.records import Dispute, Evidence, Order


@dataclass(frozen=True)
class PacketEvidence:
    """One evidence file going into the packet."""

    index: int  # position in Order.evidence
    evidence: Evidence
    #: the checklist item it fills, or None when it fills none
    checklist: str | None


@dataclass(frozen=True)
class RecordedStep:
    """One step of a recorded dispute's history (opened, seller responded, escalated...)."""

    kind: str
    at: datetime
    detail: str | None = None


@dataclass(frozen=True)
class PacketContent:
    policy: Policy
    order: Order
    clocks: OrderClocks
    reason: str
    #: the dispute's position in Order.disputes; None for a planned dispute not yet recorded
    dispute: int | None
    remedy: str | None
    refund_amount: int | None
    description: str
    findings: tuple[Finding, ...]
    checklist: tuple[ChecklistEntry, ...]
    evidence: tuple[PacketEvidence, ...]
    generated_at: datetime
    #: a recorded dispute's steps, oldest first; empty for a planned dispute
    history: tuple[RecordedStep, ...] = ()

    @property
    def recorded(self) -> Dispute | None:
        """The recorded dispute the packet is for, or None for a planned one."""
        return None if self.dispute is None else self.order.disputes[self.dispute]

    @property
    def ready(self) -> bool:
        return not any_blocks(self.findings)

    @property
    def blocking_rules(self) -> list[str]:
        return [f.rule for f in self.findings if f.blocks]


def packet_evidence(order: Order, checklist: list[ChecklistEntry], dispute: int | None
                    ) -> tuple[PacketEvidence, ...]:
    """The order-level files and those of `dispute`, each with the checklist item it fills."""
    filled = {index: entry.item.id for entry in checklist for index, _ in entry.files}
    return tuple(PacketEvidence(i, ev, filled.get(i)) for i, ev in enumerate(order.evidence)
                 if ev.dispute is None or ev.dispute == dispute)
