"""Made-up orders in every state, relative to a moment: for screenshots, smoke tests, demos and
benchmarks. Deterministic for a given seed."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from aliassist.domain import records as rec

STORES = ("Bright Store", "Shenzhen Gadget Official", "Happy Home Decor", "Cozy Knit Studio",
          "TopTools Factory", "Sunny Kids Toys", "Urban Sport Gear", "Pearl Jewelry Co.")
TITLES = ("USB-C cable 2 m braided", "Women's summer dress, floral print", "LED desk lamp",
          "Bluetooth earbuds with charging case", "Stainless steel kitchen knife set",
          "Phone case for Pixel 9", "Cordless drill 21V with two batteries",
          "Wool scarf, grey", "Kids' building blocks 500 pcs", "Running shoes, size 42",
          "Silver pendant necklace", "Car phone holder, magnetic")
DAY = timedelta(days=1)


def sample_orders(now: datetime, count: int = 20, seed: int = 7,
                  accounts: tuple[str, ...] = ("me@example.com", "shop@example.com")
                  ) -> list[rec.Order]:
    """`count` orders whose states cover the range: awaiting shipment, protected, ending soon,
    grace, expired, in dispute and closed."""
    rng = random.Random(seed)
    kinds = ("awaiting", "protected", "ends_soon", "grace", "expired", "dispute", "closed")
    orders = []
    for n in range(count):
        kind = kinds[n % len(kinds)]
        number = f"81{rng.randrange(10**13, 10**14)}{n % 100:02d}"
        price = rng.randrange(199, 8999)
        qty = rng.choice((1, 1, 1, 2, 3))
        items = [rec.Item(rng.choice(TITLES), f"https://www.aliexpress.com/item/{number}.html",
                          rng.choice((None, "Black", "Size M", "EU plug")), qty, price)]
        if rng.random() < 0.25:
            items.append(rec.Item(rng.choice(TITLES), None, None, 1, rng.randrange(99, 1999)))
        ago = {"awaiting": 3, "protected": 30, "ends_soon": 82, "grace": 99, "expired": 140,
               "dispute": 40, "closed": 60}[kind] + rng.randrange(0, 4)
        placed = now - ago * DAY - timedelta(hours=rng.randrange(0, 24))
        shipped = None if kind == "awaiting" else placed + rng.randrange(1, 4) * DAY
        confirmed = None
        disputes: tuple[rec.Dispute, ...] = ()
        payments: tuple[rec.Payment, ...] = ()
        status = {"awaiting": "not_shipped", "expired": "delivered",
                  "closed": "delivered"}.get(kind, "in_transit")
        if kind == "grace":
            confirmed = now - rng.randrange(1, 10) * DAY
            status = "delivered"
        if kind == "dispute":
            disputes = (rec.Dispute("not_as_described", "open", item=0,
                                    opened_at=now - rng.randrange(0, 4) * DAY,
                                    remedy="partial_refund", refund_amount=price // 2,
                                    description="The dress is a different colour and size "
                                                "from the listing."),)
        if kind == "closed":
            confirmed = placed + 20 * DAY
            payments = (rec.Payment("refund", sum((i.price or 0) * i.quantity for i in items),
                                    placed + 30 * DAY),)
        total = sum((i.price or 0) * i.quantity for i in items)
        orders.append(rec.Order(
            number=number, placed_at=placed, account=accounts[n % len(accounts)],
            store=rng.choice(STORES), store_url=None, shipped_at=shipped,
            confirmed_at=confirmed, delivery_status=status,
            tracking_number=None if shipped is None else f"LP00{rng.randrange(10**9, 10**10)}",
            carrier=None if shipped is None else rng.choice(("Cainiao", "AliExpress Standard")),
            amount=total, currency="USD", items=tuple(items), disputes=disputes,
            payments=payments))
    return orders
