"""Names an order's record and its stored rows share (domain/records.py re-exports them): the
bulk import writes rows by these names without loading the records' classes."""

from __future__ import annotations

DEFAULT_PLATFORM = "aliexpress"

#: The order's own date fields. A field named in `Order.date_only` was given as a date without
#: a time: it is shown and written as that date; its instant (00:00 in the platform's zone,
#: DOMAIN.md section 1) only feeds the clocks.
ORDER_DATES = ("placed_at", "shipped_at", "protection_ends_at", "confirmed_at", "delivered_at")
