"""What an order's state means to a person: its label, a line of help, and how urgent it is
(the tray's badge and the default sort follow the urgency), and when a deadline counts as
urgent. How the states look (their colours) is the GUI's business (aliassist.gui.theme)."""

from __future__ import annotations

from typing import NamedTuple

from aliassist.domain.state_codes import STATES

#: a deadline this many days away or closer is urgent (tinted in the table, the tray's badge)
URGENT_DAYS = 3


class StateMeaning(NamedTuple):
    label: str
    help: str
    #: lower is more urgent (the tray and the default sort use it)
    urgency: int = 5


STATE_MEANINGS: dict[str, StateMeaning] = {
    "grace": StateMeaning(
        "Last days to dispute",
        "The order has completed; a dispute can still be opened until the dispute deadline.",
        0),
    "ends_soon": StateMeaning(
        "Protection ends soon",
        "Buyer Protection ends in the next few days (as many as your earliest reminder, "
        "14 unless changed in Settings). Ask the seller to extend it, or open a dispute if "
        "something is wrong.", 1),
    "in_dispute": StateMeaning("In dispute", "A dispute is open: watch its clocks.", 2),
    "awaiting_shipment": StateMeaning(
        "Awaiting shipment", "Not shipped yet; protection runs from the order date.", 3),
    "protected": StateMeaning("Protected", "Buyer Protection is running.", 4),
    "expired": StateMeaning("Expired", "The dispute window has closed.", 6),
    "closed": StateMeaning("Closed", "Settled: a dispute was decided or the order was refunded.",
                           7),
}
assert set(STATE_MEANINGS) == set(STATES), "every state needs a meaning"
