"""Drafts kept in the database, per order and kind, until discarded."""

from __future__ import annotations

from aliassist.services.context import AppContext
from aliassist.services.drafts import discard_draft, keep_draft, load_draft
from tests.conftest import NOW


def test_a_draft_is_kept_per_order_and_kind_until_discarded(ctx: AppContext) -> None:
    keep_draft(ctx, "dispute", "8187000000000001", "cracked base", {"reason": "damaged"})
    keep_draft(ctx, "message", "8187000000000001", "Hello")
    assert load_draft(ctx, "dispute", "8187000000000002") is None
    draft = load_draft(ctx, "dispute", "8187000000000001")
    assert draft is not None
    assert (draft.text, draft.choices, draft.saved_at) == ("cracked base",
                                                           {"reason": "damaged"}, NOW)
    keep_draft(ctx, "dispute", "8187000000000001", "cracked base, wobbles")
    assert load_draft(ctx, "dispute", "8187000000000001").text == "cracked base, wobbles"  # type: ignore[union-attr]
    discard_draft(ctx, "dispute", "8187000000000001")
    assert load_draft(ctx, "dispute", "8187000000000001") is None
    assert load_draft(ctx, "message", "8187000000000001").text == "Hello"  # type: ignore[union-attr]
