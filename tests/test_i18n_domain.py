"""The domain's display words are all marked for translation (aliassist.i18n_domain)."""

from aliassist.domain.dispute_steps import STATUS_TEXT, STEPS
from aliassist.domain.estimates import _LABELS, _QUALIFIER, SOURCES, Estimate
from aliassist.i18n_domain import MARKED, estimate_label, status_text, step_label, step_what


def test_every_display_text_of_the_domain_is_marked() -> None:
    texts = {*STATUS_TEXT.values(), *(s.label for s in STEPS.values()),
             *(s.what for s in STEPS.values()), *SOURCES.values(), *_QUALIFIER.values(),
             *_LABELS.values()}
    assert texts - MARKED == set()


def test_the_english_reads_as_the_domain_wrote_it() -> None:
    assert status_text("seller_responded") == "answered by the seller"
    assert status_text("new_status") == "new status"
    assert step_label("refunded") == "marked as refunded"
    assert step_what("cancelled") == "you cancelled the dispute"
    assert estimate_label(Estimate("delivered_at", "tracking_update")) == "delivered"
