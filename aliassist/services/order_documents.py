"""Orders as data-file objects (`importers.datafile.order_to_json`'s form, key for key) made
straight from the stored rows, a batch at a time, with their clocks: what `orders --json`,
`orders` and `export-data` print or write for any number of orders, with flat memory.

No ORM object and no Order record per order: each batch's clocks are one pass of the column
rule (`domain.clocks.compute_clocks`); only the orders with disputes or payments get the records
of those, for the rules that read them (`Order.is_closed`, the dispute clocks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo
from json.encoder import encode_basestring as _encode_text
from typing import Any

import numpy as np

from aliassist.domain import records as rec
from aliassist.domain.clocks import (
    LEFT_SELLER_STATUSES,
    RUNNING_STATES,
    STATES,
    ClockInputs,
    compute_clocks,
    dispute_clocks,
    next_dispute_clock,
)
from aliassist.domain.dates import given_day
from aliassist.domain.estimates import stored_estimates
from aliassist.domain.instants import (
    EPOCH,
    format_instant,
    from_epoch,
    from_epoch_or_none,
    to_epoch,
)
from aliassist.domain.money import format_amount
from aliassist.domain.policy import Policy
from aliassist.importers.datafile import (
    DISPUTE_KEYS,
    EVIDENCE_KEYS,
    ITEM_KEYS,
    ORDER_KEYS,
    PAYMENT_KEYS,
)
from aliassist.services.json_texts import JsonTexts, json_text, object_template
from aliassist.store.order_documents import ORDER_COLUMNS, ORDER_INSTANTS, OrderBatch, Row

#: names an evidence file in the document: (sha256, name) -> its path
EvidencePath = Callable[[str, str], str]

#: format_instant writes years 1000-9999 with four digits, as numpy does: outside them (never
#: in practice) it is left to format_instant itself
_FOUR_DIGITS = (-30_610_224_000, 253_402_300_799)
_NAT = np.iinfo(np.int64).min  # the int64 value of datetime64 NaT
_DAY = 86_400
#: what `orders --json` adds to each order's document
CLOCK_KEYS = ("state", "protection_end", "completion", "dispute_deadline", "days_left",
              "next_clock", "protection_end_estimated", "deadline_estimated")


def instant_texts(values: Iterable[int | None]) -> dict[int | None, str | None]:
    """`format_instant` of each stored instant (seconds since 1970) of `values`, by value (None:
    None), made once per distinct value in one pass over an array rather than a datetime per
    value."""
    distinct = set(values)
    distinct.discard(None)
    out: dict[int | None, str | None] = {None: None}
    if not distinct:
        return out
    known = np.fromiter(distinct, dtype=np.int64, count=len(distinct))
    texts = np.datetime_as_string(known.view("datetime64[s]"), unit="s").tolist()
    out.update(zip(known.tolist(), [t + "Z" for t in texts], strict=True))
    low, high = _FOUR_DIGITS
    if known.min() < low or known.max() > high:
        for v in known.tolist():
            if not low <= v <= high:
                out[v] = format_instant(from_epoch(v))
    return out


#: the columns of each list of an OrderBatch that hold instants
_LIST_INSTANTS = (("extensions", slice(1, 2)), ("disputes", slice(5, 11)),
                  ("payments", slice(3, 4)), ("evidence", slice(8, 10)))
#: the columns of an order's row that hold instants
_ORDER_INSTANTS = tuple(map(ORDER_COLUMNS.index, ORDER_INSTANTS))


def _batch_instants(batch: OrderBatch) -> set[int | None]:
    """Every stored instant the documents of `batch` write."""
    found: set[int | None] = set()
    if batch.orders:
        columns = list(zip(*batch.orders, strict=True))
        found.update(*(columns[index] for index in _ORDER_INSTANTS))
    for name, columns_of in _LIST_INSTANTS:
        lists: dict[int, list[Row]] = getattr(batch, name)
        for rows in lists.values():
            for row in rows:
                found.update(row[columns_of])
    return found


class _Amounts(dict[tuple[int, str], str]):
    """`format_amount` by (minor units, currency), each made once: many orders and items
    share their amounts. Flat memory: emptied when it holds many."""

    def __missing__(self, key: tuple[int, str]) -> str:
        if len(self) >= 100_000:
            self.clear()
        text = self[key] = format_amount(*key)
        return text


class _AmountTexts(dict[tuple[int | None, str | None], str]):
    """The JSON text of an amount (minor units, currency): `format_amount`'s text, or null
    when either is unknown; each made once."""

    def __missing__(self, key: tuple[int | None, str | None]) -> str:
        if len(self) >= 100_000:
            self.clear()
        amount, currency = key
        text = self[key] = ("null" if amount is None or currency is None
                            else _encode_text(format_amount(amount, currency)))
        return text


class Documents:
    """Makes the documents of batches of orders (see the module docstring)."""

    def __init__(self, platform_tz: tzinfo, evidence_path: EvidencePath | None = None):
        self.platform_tz = platform_tz
        self.evidence_path = evidence_path
        self._amounts = _Amounts()
        self._texts = JsonTexts()
        self._amount_texts = _AmountTexts()

    def documents(self, batch: OrderBatch, clocks: Sequence[Sequence[Any]] | None = None
                  ) -> list[dict[str, Any]]:
        """One object per order of the batch, in its order, keys as `order_to_json` writes
        them; with `clocks` (`listing_clocks`), each one's CLOCK_KEYS after them."""
        at = instant_texts(_batch_instants(batch))
        tz = self.platform_tz
        evidence_path = self.evidence_path
        items_of, disputes_of, extensions_of = batch.items, batch.disputes, batch.extensions
        payments_of, evidence_of = batch.payments, batch.evidence
        money = self._amounts
        out = []
        for index, row in enumerate(batch.orders):
            (order_id, number, platform, account, store, store_url, placed, shipped,
             protection_days, protection_ends, confirmed, delivered, delivery_status, tracking,
             carrier, tracking_status, tracking_updated, tracking_url, status_text, amount,
             currency, note, date_only, confirmed_estimate, delivered_estimate, assignee,
             _version) = row
            instants = (placed, shipped, protection_ends, confirmed, delivered,
                        tracking_updated)
            dates = ([at[value] for value in instants] if not date_only
                     else _date_texts(instants, date_only, at, tz))

            items = items_of.get(order_id, ())
            disputes = disputes_of.get(order_id, ())
            extensions = extensions_of.get(order_id)
            payments = payments_of.get(order_id)
            evidence = evidence_of.get(order_id)
            doc = {
                "number": number, "platform": platform, "account": account, "store": store,
                "store_url": store_url, "placed_at": dates[0], "shipped_at": dates[1],
                "protection_days": protection_days, "protection_ends_at": dates[2],
                "extensions": (_objects(_EXTENSION_KEYS, _extensions(extensions, at))
                               if extensions else []),
                "confirmed_at": dates[3], "delivered_at": dates[4],
                "delivery_status": delivery_status, "tracking_number": tracking,
                "carrier": carrier, "tracking_status": tracking_status,
                "tracking_updated_at": dates[5], "tracking_url": tracking_url,
                "status_text": status_text, "amount": (None if amount is None or currency is None
                                      else money[amount, currency]), "currency": currency,
                "note": note,
                "items": [{"title": title, "url": url, "sku": sku, "quantity": quantity,
                           "price": (None if price is None or currency is None
                                     else money[price, currency]),
                           "image_url": image_url}
                          for _, title, url, sku, quantity, price, image_url in items],
                "disputes": (_objects(DISPUTE_KEYS,
                                      _disputes(disputes, items, at, money, currency))
                             if disputes else []),
                "payments": (_objects(PAYMENT_KEYS, _payments(payments, at, money, currency))
                             if payments else []),
                "evidence": (_objects(EVIDENCE_KEYS,
                                      _evidence(evidence, disputes, at, evidence_path))
                             if evidence else []),
                "confirmed_estimate": confirmed_estimate,
                "delivered_estimate": delivered_estimate,
                "assignee": assignee,
            }
            if clocks is not None:
                doc.update(zip(CLOCK_KEYS, clocks[index], strict=True))
            out.append(doc)
        return out

    def texts(self, batch: OrderBatch, clocks: Sequence[Sequence[Any]] | None = None, *,
              versions: bool = False) -> str:
        """The documents' JSON, one a line: what `json.dumps(d, ensure_ascii=False)` writes of
        each of `self.documents(batch, clocks)`, joined by ",\n"; with `versions`, each with
        its stored version last (when it has one). Written from the batch's columns: each
        distinct value encoded once, each object one `%` of a template, no dict per order."""
        rows = batch.orders
        if not rows:
            return ""
        at = instant_texts(_batch_instants(batch))
        text = self._texts.__getitem__
        at_text = {value: text(shown) for value, shown in at.items()}.__getitem__
        (ids, numbers, platforms, accounts, stores, store_urls, placed, shipped,
         protection_days, protection_ends, confirmed, delivered, delivery_status, tracking,
         carriers, tracking_status, tracking_updated, tracking_urls, status_texts, amounts,
         currencies, notes, date_only, confirmed_estimate, delivered_estimate, assignees,
         stored_versions) = zip(*rows, strict=True)

        def unique(column: Sequence[Any]) -> list[str]:
            return _own_texts(column, text)

        instants = (placed, shipped, protection_ends, confirmed, delivered, tracking_updated)
        dates = [list(map(at_text, column)) for column in instants]
        for index, days in enumerate(date_only):
            if days:  # dates given without a time are written as those dates
                given = _date_texts([column[index] for column in instants], days, at,
                                    self.platform_tz)
                for column, shown in zip(dates, given, strict=True):
                    column[index] = text(shown)
        money = self._amounts
        amount_texts = list(map(self._amount_texts.__getitem__,
                                zip(amounts, currencies, strict=True)))
        currency_of = dict(zip(ids, currencies, strict=True))
        items = self._items(batch.items, ids, currency_of)
        # the other lists are rare: an order's list at a time
        listed = {order_id: self._list_text(_EXTENSION, _extensions(rows_of, at))
                  for order_id, rows_of in batch.extensions.items()}
        extensions = [listed.get(order_id, "[]") for order_id in ids]
        disputes_of = batch.disputes
        listed = {order_id: self._list_text(_DISPUTE, _disputes(
                      rows_of, batch.items.get(order_id, ()), at, money, currency_of[order_id]))
                  for order_id, rows_of in disputes_of.items()}
        disputes = [listed.get(order_id, "[]") for order_id in ids]
        listed = {order_id: self._list_text(_PAYMENT, _payments(rows_of, at, money,
                                                                currency_of[order_id]))
                  for order_id, rows_of in batch.payments.items()}
        payments = [listed.get(order_id, "[]") for order_id in ids]
        evidence_of = batch.evidence
        listed = {order_id: self._list_text(_EVIDENCE, _evidence(
                      evidence_of[order_id], disputes_of.get(order_id, ()), at,
                      self.evidence_path))
                  for order_id in ids if order_id in evidence_of}
        evidence = [listed.get(order_id, "[]") for order_id in ids]
        if clocks is not None:
            *values, default_length, estimated = zip(*clocks, strict=True)
            tails = [_CLOCKS_TAIL % texts for texts in zip(
                *(map(text, column) for column in values), map(_flag, default_length),
                map(_flag, estimated), strict=True)]
        elif versions:
            tails = ["}" if version is None else _VERSION_TAIL % text(version)
                     for version in stored_versions]
        else:
            tails = ["}"] * len(rows)
        columns = (unique(numbers), list(map(text, platforms)), list(map(text, accounts)),
                   list(map(text, stores)), unique(store_urls), dates[0], dates[1],
                   list(map(text, protection_days)), dates[2], extensions, dates[3], dates[4],
                   list(map(text, delivery_status)), unique(tracking), list(map(text, carriers)),
                   list(map(text, tracking_status)), dates[5], unique(tracking_urls),
                   unique(status_texts), amount_texts, list(map(text, currencies)),
                   unique(notes), items, disputes, payments, evidence,
                   list(map(text, confirmed_estimate)), list(map(text, delivered_estimate)),
                   list(map(text, assignees)), tails)
        return ",\n".join([_ORDER % values for values in zip(*columns, strict=True)])

    def _list_text(self, template: str, values: list[tuple[Any, ...]]) -> str:
        """The JSON text of a list of objects from their values (str, int or None)."""
        text = self._texts.__getitem__
        return "[" + ", ".join([template % tuple(map(text, row)) for row in values]) + "]"

    def _items(self, items_of: dict[int, list[Row]], ids: Sequence[int],
               currency_of: dict[int, str | None]) -> list[str]:
        """The JSON text of each order's list of items (`ids`' order), made a column of all
        the batch's items at a time."""
        if not items_of:
            return ["[]"] * len(ids)
        text = self._texts.__getitem__
        rows = [row for rows_of in items_of.values() for row in rows_of]
        owners = [order_id for order_id, rows_of in items_of.items() for _ in rows_of]
        _, titles, urls, skus, quantities, prices, images = zip(*rows, strict=True)
        price_texts = map(self._amount_texts.__getitem__,
                          zip(prices, map(currency_of.__getitem__, owners), strict=True))
        texts = [_ITEM % values for values in zip(
            map(text, titles), _own_texts(urls, text), map(text, skus), map(text, quantities),
            price_texts, map(text, images), strict=True)]
        if len(texts) == len(items_of):  # one item each
            listed = dict(zip(items_of, map("[%s]".__mod__, texts), strict=True))
        else:
            listed = {}
            start = 0
            for order_id, rows_of in items_of.items():
                end = start + len(rows_of)
                listed[order_id] = "[" + ", ".join(texts[start:end]) + "]"
                start = end
        return [listed.get(order_id, "[]") for order_id in ids]


def _own_texts(column: Sequence[Any], text: Callable[[Any], str]) -> list[str]:
    """The JSON texts of a column whose values are mostly each an order's own (numbers,
    links, notes): strings encoded without being kept, anything else by `text`."""
    try:
        return list(map(_encode_text, column))
    except TypeError:  # not only strings
        return [_encode_text(v) if v.__class__ is str else text(v) for v in column]


def _date_texts(instants: Sequence[int | None], date_only: str,
                at: dict[int | None, str | None], tz: tzinfo) -> list[str | None]:
    """The texts of an order's instants (in _DATE_FIELDS' order), those of its dates given
    without a time (`date_only`: their fields' names) as those dates."""
    days = date_only.split()
    return [given_day(from_epoch(value), tz).isoformat()
            if value is not None and _DATE_FIELDS[n] in days else at[value]
            for n, value in enumerate(instants)]


def _extensions(rows: list[Row], at: dict[int | None, str | None]) -> list[tuple[Any, ...]]:
    """The values of each extension's object (_EXTENSION_KEYS)."""
    return [(days, at[granted]) for days, granted in rows]


def _payments(rows: list[Row], at: dict[int | None, str | None], money: _Amounts,
              currency: str | None) -> list[tuple[Any, ...]]:
    """The values of each payment's object (PAYMENT_KEYS)."""
    return [(kind, provider,
             None if paid is None or currency is None else money[paid, currency], at[when])
            for kind, provider, paid, when in rows]


def _disputes(rows: Sequence[Row], items: Sequence[Row], at: dict[int | None, str | None],
              money: _Amounts, currency: str | None) -> list[tuple[Any, ...]]:
    """The values of each dispute's object (DISPUTE_KEYS)."""
    item_index = {item[0]: i for i, item in enumerate(items)}
    return [(d[2], item_index.get(d[1]), d[4], d[3], at[d[5]], at[d[6]], at[d[7]], at[d[8]],
             at[d[9]], at[d[10]], d[11], d[12],
             None if d[13] is None or currency is None else money[d[13], currency], d[14])
            for d in rows]


def _evidence(rows: list[Row], disputes: Sequence[Row], at: dict[int | None, str | None],
              evidence_path: EvidencePath | None) -> list[tuple[Any, ...]]:
    """The values of each evidence file's object (EVIDENCE_KEYS)."""
    dispute_index = {d[0]: i for i, d in enumerate(disputes)}
    return [(evidence_path(sha, name) if evidence_path else None, kind, checklist,
             dispute_index.get(dispute_id), note, name, sha, size, mime, at[taken], at[added])
            for kind, checklist, dispute_id, note, name, sha, size, mime, taken, added in rows]


def _objects(keys: Sequence[str], values: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [dict(zip(keys, row, strict=True)) for row in values]


def _flag(value: Any) -> str:
    return "true" if value is True else "false" if value is False else json_text(value)


#: an order's JSON text from its values' texts (ORDER_KEYS), then its tail: "}", or more keys
_ORDER = object_template(ORDER_KEYS, closed=False) + "%s"
_ITEM = object_template(ITEM_KEYS)
_EXTENSION_KEYS = ("days", "granted_at")
_EXTENSION = object_template(_EXTENSION_KEYS)
_DISPUTE = object_template(DISPUTE_KEYS)
_PAYMENT = object_template(PAYMENT_KEYS)
_EVIDENCE = object_template(EVIDENCE_KEYS)
_CLOCKS_TAIL = ", " + object_template(CLOCK_KEYS)[1:]
_VERSION_TAIL = ", " + object_template(("version",))[1:]


#: the order instants a document writes, in `Documents.documents`' order (a date-only value
#: of one of them is written as its date)
_DATE_FIELDS = ORDER_INSTANTS


def _lists_record(row: Row, batch: OrderBatch) -> rec.Order:
    """The order's disputes (their reasons and statuses) and payments (kinds and amounts) as a
    record, with its amount: what `Order.is_closed` and `Order.has_open_dispute` read."""
    order_id = row[0]
    return rec.Order(
        number=row[1], placed_at=EPOCH, amount=row[19],
        disputes=tuple(rec.Dispute(reason=d[2], status=d[3])
                       for d in batch.disputes.get(order_id, ())),
        payments=tuple(rec.Payment(kind, paid)
                       for kind, _, paid, _ in batch.payments.get(order_id, ())))


def _next_dispute_clock(disputes: list[Row], policy: Policy, now: datetime
                        ) -> tuple[str | None, datetime | None]:
    """`next_dispute_clock` of an order in dispute, from its dispute rows (the statuses and
    the instants the dispute clocks count from)."""
    at = from_epoch_or_none
    return next_dispute_clock(
        (dispute_clocks(rec.Dispute(reason=d[2], status=d[3], opened_at=at(d[5]),
                                    seller_responded_at=at(d[6]), escalated_at=at(d[7]),
                                    return_requested_at=at(d[8])), n, policy)
         for n, d in enumerate(disputes)), now)




def _column(values: Iterable[int | None]) -> np.ndarray:
    """Stored instants (None: unknown) as a datetime64[s] column (NaT: unknown)."""
    return np.array([_NAT if v is None else v for v in values], dtype=np.int64).view(
        "datetime64[s]")


def listing_clocks(batch: OrderBatch, policy: Policy, now: datetime) -> list[tuple[Any, ...]]:
    """For each order of the batch, in order, the values of CLOCK_KEYS: what `orders --json`
    adds to its document (`domain.clocks.order_clocks` and `domain.estimates`, computed over the
    batch's columns)."""
    now = now.replace(microsecond=0)  # instants are whole seconds, as in order_clocks_many
    now_s = to_epoch(now)
    rows = batch.orders
    if not rows:
        return []
    lists = {row[0]: _lists_record(row, batch) for row in rows
             if row[0] in batch.disputes or row[0] in batch.payments}
    running = [lists[row[0]].has_open_dispute if row[0] in lists else False for row in rows]
    closed = [lists[row[0]].is_closed if row[0] in lists else False for row in rows]
    extensions = batch.extensions
    (ids, _, _, _, _, _, placed, shipped, protection_days, protection_ends, confirmed,
     delivered, delivery_status, *_, confirmed_estimate, _, _, _) = zip(*rows, strict=True)
    table = compute_clocks(ClockInputs(
        placed=np.array(placed, dtype=np.int64).view("datetime64[s]"),
        shipped=_column(shipped),
        protection_ends=_column(protection_ends),
        protection_days=np.array([d or 0 for d in protection_days], dtype=np.int64),
        extension_days=np.array([sum(e[0] for e in extensions[i]) if i in extensions else 0
                                 for i in ids], dtype=np.int64),
        confirmed=_column(confirmed),
        open_dispute=np.array(running, dtype=bool),
        closed=np.array(closed, dtype=bool),
        left_seller=np.array([s is not None or d in LEFT_SELLER_STATUSES or v is not None
                              or c is not None for s, d, v, c in zip(
                                  shipped, delivery_status, delivered, confirmed, strict=True)],
                             dtype=bool),
    ), policy, now)
    ends = table.protection_end.astype(np.int64).tolist()
    deadlines = table.dispute_deadline.astype(np.int64).tolist()
    at = instant_texts([*ends, *table.completion.astype(np.int64).tolist(), *deadlines])
    out = []
    for i, (code, end, completion, deadline) in enumerate(zip(
            table.state.tolist(), ends, table.completion.astype(np.int64).tolist(), deadlines,
            strict=True)):
        state = STATES[code]
        next_clock: str | None
        next_at: int | None
        if state in RUNNING_STATES:
            next_clock, next_at = "protection_end", end
        elif state in ("grace", "expired"):
            next_clock, next_at = "dispute_deadline", deadline
        elif state == "in_dispute":
            next_clock, when = _next_dispute_clock(batch.disputes[ids[i]], policy, now)
            next_at = None if when is None else to_epoch(when)
        else:
            next_clock, next_at = None, None
        default_length, deadline_estimated = stored_estimates(
            protection_days[i], protection_ends[i], confirmed[i], confirmed_estimate[i])
        out.append((state, at[end], at[completion], at[deadline],
                    None if next_at is None else (next_at - now_s) // _DAY, next_clock,
                    default_length, deadline_estimated))
    return out
