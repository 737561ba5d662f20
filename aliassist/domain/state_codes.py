"""The order states' codes (an index into STATES) and the "no days left" mark, apart from the
clocks' column arithmetic (numpy), so that the window's first screen can name them."""

from __future__ import annotations

#: Order states, most urgent handling first. The index is the state's code in ClockTable.
STATES = ("awaiting_shipment", "protected", "ends_soon", "grace", "expired", "in_dispute",
          "closed")
STATE_CODE = {name: code for code, name in enumerate(STATES)}
#: the days left of an order no deadline counts down for (int64's lowest value)
NO_DAYS = -(2**63)
