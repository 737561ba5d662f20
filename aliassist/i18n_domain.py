"""The domain's display words in the language in force.

The domain knows no language (it imports neither Qt nor aliassist.i18n), yet some of its tables
are read by people: a dispute's status in a sentence, a step's past-tense label and what it says
happened, and how an estimated value came about. Their English stays in the domain (JSON and
tests use it); this module marks each text for ``pyside6-lupdate`` (context "Domain") and
translates it where it is shown. A text missing here is shown as the domain wrote it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aliassist.domain.dispute_steps import STATUS_TEXT, STEPS
from aliassist.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # numpy stays off the path of commands that never compute a clock
    from aliassist.domain.estimates import Estimate

CONTEXT = "Domain"

#: the domain's texts, marked (they must read exactly as in domain/dispute_steps.py and
#: domain/estimates.py: tests/test_i18n_domain.py checks every one is here)
MARKED = frozenset({
    # dispute statuses, in a sentence (STATUS_TEXT)
    QT_TRANSLATE_NOOP("Domain", "open"),
    QT_TRANSLATE_NOOP("Domain", "answered by the seller"),
    QT_TRANSLATE_NOOP("Domain", "escalated"),
    QT_TRANSLATE_NOOP("Domain", "waiting for the return"),
    QT_TRANSLATE_NOOP("Domain", "waiting for the returned item to arrive"),
    QT_TRANSLATE_NOOP("Domain", "refunded"),
    QT_TRANSLATE_NOOP("Domain", "rejected"),
    QT_TRANSLATE_NOOP("Domain", "cancelled"),
    QT_TRANSLATE_NOOP("Domain", "closed"),
    # the steps' labels (Step.label)
    QT_TRANSLATE_NOOP("Domain", "marked as answered by the seller"),
    QT_TRANSLATE_NOOP("Domain", "marked as waiting for a return"),
    QT_TRANSLATE_NOOP("Domain", "marked as return shipped"),
    QT_TRANSLATE_NOOP("Domain", "marked as refunded"),
    QT_TRANSLATE_NOOP("Domain", "marked as rejected"),
    # what each step says happened (Step.what)
    QT_TRANSLATE_NOOP("Domain", "the seller answered the dispute"),
    QT_TRANSLATE_NOOP("Domain", "you escalated the dispute to the platform"),
    QT_TRANSLATE_NOOP("Domain", "the platform asked for the item back"),
    QT_TRANSLATE_NOOP("Domain", "you shipped the item back"),
    QT_TRANSLATE_NOOP("Domain", "the money came back (records the refund as a payment)"),
    QT_TRANSLATE_NOOP("Domain", "the platform decided against you"),
    QT_TRANSLATE_NOOP("Domain", "you cancelled the dispute"),
    QT_TRANSLATE_NOOP("Domain", "the dispute is over"),
    # estimates: where the value came from (SOURCES), its qualifier and the field's label
    QT_TRANSLATE_NOOP("Domain", "the order status says receipt was confirmed, but not when: "
                                "the earliest date it can have been is used"),
    QT_TRANSLATE_NOOP("Domain", "the date of the tracking's last update, which says delivered"),
    QT_TRANSLATE_NOOP("Domain", "the usual protection length; the order page shows the real "
                                "end date"),
    QT_TRANSLATE_NOOP("Domain", "at the earliest"),
    QT_TRANSLATE_NOOP("Domain", "about"),
    QT_TRANSLATE_NOOP("Domain", "receipt confirmed"),
    QT_TRANSLATE_NOOP("Domain", "delivered"),
    QT_TRANSLATE_NOOP("Domain", "protection length"),
})


def domain_text(text: str) -> str:
    """One of the domain's display texts in the language in force (itself if not marked)."""
    return translate(CONTEXT, text) if text in MARKED else text


def status_text(status: str | None) -> str:
    """A dispute's status as it reads in a sentence ("answered by the seller")."""
    return domain_text(STATUS_TEXT.get(status or "", str(status).replace("_", " ")))


def step_label(step_id: str) -> str:
    """A step's label ("marked as refunded"); its id, spaced, for an unknown step."""
    step = STEPS.get(step_id)
    return domain_text(step.label) if step else step_id.replace("_", " ")


def step_what(step_id: str) -> str:
    """What recording the step says happened ("the seller answered the dispute")."""
    step = STEPS.get(step_id)
    return domain_text(step.what) if step else step_id.replace("_", " ")


def estimate_label(estimate: Estimate) -> str:
    return domain_text(estimate.label)


def estimate_why(estimate: Estimate) -> str:
    return domain_text(estimate.why)


def estimate_qualifier(estimate: Estimate) -> str:
    return domain_text(estimate.qualifier)
