"""Made-up orders in every state, relative to a moment: for screenshots, smoke tests, demos and
benchmarks (deterministic for a given seed); and the sample database a new user tries the app
with ("Try it with sample orders"), a file of its own beside, never inside, the buyer's data."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from aliassist.domain import records as rec
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.services import orders as order_service
from aliassist.services.context import AppContext, open_context
from aliassist.store.database import user_data_dir

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


#: The sample database's file, in the user data folder: never the buyer's own database.
SAMPLE_DB_NAME = "aliassist-sample.db"


def sample_database_path() -> Path:
    return user_data_dir() / SAMPLE_DB_NAME


def open_sample(ctx: AppContext) -> AppContext:
    """A context on the sample database (its own file, vault and backups, filled with sample
    orders the first time), with the policy and clock of `ctx`. The buyer's data is never
    touched."""
    path = sample_database_path()
    if ctx.store.path is not None and ctx.store.path.resolve() == path.resolve():
        raise UserError(translate("Sample", "this is already the sample database"))
    sample = open_context(path, policy_path=ctx.policy.path, now=ctx.fixed_now)
    try:
        if not len(order_service.order_table(sample)):
            order_service.restore_orders(sample, sample_orders(sample.now()))
    except BaseException:
        sample.close()
        raise
    return sample


def is_sample(ctx: AppContext) -> bool:
    """True when `ctx` is open on the sample database."""
    return ctx.store.path is not None and ctx.store.path.name == SAMPLE_DB_NAME \
        and ctx.store.path.parent.resolve() == user_data_dir().resolve()
