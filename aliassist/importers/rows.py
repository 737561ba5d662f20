"""One row of an exporter file -> an ImportRow (one item of one order, with the order's facts),
or a RowError that says what is wrong and in which column.

Rows are plain tuples (NamedTuple) because a reseller's file has 100,000 of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any, NamedTuple

from aliassist.domain.validate import check_order_number, keeps_long_digits, zeroed_tail
from aliassist.errors import UserError
from aliassist.importers.layouts import FIELDS, ColumnMapping
from aliassist.importers.values import (
    CellError,
    DateReader,
    MoneyReader,
    clean_number,
    currency_of,
    read_quantity,
    status_meaning,
    tracking_says_delivered,
)

#: The longest text each field may hold (the store's column sizes).
_LIMITS = {"store": 300, "status": 100, "tracking_number": 100, "carrier": 100,
           "account": 200, "sku": 2000, "title": 20000}
_URL_LIMIT = 8000


class ImportRow(NamedTuple):
    line: int
    number: str
    placed_at: int
    store: str | None
    store_url: str | None
    status_text: str | None
    delivery_status: str | None
    #: when receipt was confirmed, at the earliest: set for "Completed" orders
    confirmed_at: int | None
    tracking_number: str | None
    tracking_status: str | None
    tracking_updated_at: int | None
    tracking_url: str | None
    delivered_at: int | None
    total: int | None
    currency: str | None
    account: str | None
    carrier: str | None
    title: str | None
    url: str | None
    sku: str | None
    quantity: int | None
    price: int | None
    image_url: str | None
    #: identifies the row's content, for finding repeated rows
    row_key: int
    #: the number is longer than 15 digits and ends in zeros past the 15th
    zero_tail: int


class RowError(Exception):
    """A row that cannot be imported: `reason` is for people."""

    def __init__(self, line: int, reason: str):
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


class RowReader:
    """Reads the rows of one file with its mapping. Also keeps what the file as a whole says
    about its order numbers (whether a spreadsheet cut them to 15 digits)."""

    def __init__(self, mapping: ColumnMapping, tz: tzinfo, *, currency: str | None = None,
                 account: str | None = None, header: Sequence[str] = ()):
        self.mapping = mapping
        self.header = list(header)
        self.dates = DateReader(tz, mapping.date_order)
        self.money = MoneyReader(currency)
        self.account = account
        self._columns = dict(mapping.columns)
        #: some long number in the file keeps digits past the 15th: nothing cut them
        self.long_numbers_kept = False
        #: some number in the file was certainly mangled (scientific notation, many zeros)
        self.mangled_numbers = 0
        #: distinct numbers whose digits past the 15th are all zero
        self._zero_tails: set[str] = set()

    @property
    def numbers_cut(self) -> bool:
        """Whether a spreadsheet cut this file's long numbers to 15 digits: no long number
        keeps its 16th digit, and either two or more end in zeros there or another number
        in the file was certainly mangled."""
        return not self.long_numbers_kept and (
            len(self._zero_tails) >= 2 or (bool(self._zero_tails) and self.mangled_numbers > 0))

    def column_name(self, target: str) -> str:
        index = self._columns.get(target)
        if index is not None and index < len(self.header) and self.header[index]:
            return self.header[index]
        return FIELDS[target]

    def read(self, line: int, cells: Sequence[Any]) -> ImportRow:
        cols = self._columns
        width = len(cells)

        def cell(target: str) -> Any:
            index = cols.get(target)
            if index is None or index >= width:
                return None
            value = cells[index]
            if isinstance(value, str):
                value = value.strip()
                if not value:
                    return None
                if "\ufffd" in value:
                    raise RowError(line, f"{self.column_name(target)}: has bytes that are not "
                                         "text in the file's encoding")
            return value

        def text(target: str) -> str | None:
            value = cell(target)
            if value is None:
                return None
            value = str(value)
            limit = _LIMITS.get(target, _URL_LIMIT)
            if len(value) > limit:
                raise RowError(line, f"{self.column_name(target)}: longer than {limit} "
                                     "characters")
            return value

        def failed(target: str, exc: Exception) -> RowError:
            message = exc.message if isinstance(exc, UserError) else str(exc)
            return RowError(line, f"{self.column_name(target)}: {message}")

        raw_number = cell("number")
        if raw_number is None:
            raise RowError(line, f"{self.column_name('number')}: the order number is missing")
        number = clean_number(raw_number)
        try:
            number = check_order_number(number, where=None)
        except UserError as exc:
            self.mangled_numbers += 1
            raise failed("number", exc) from None
        zero = zeroed_tail(number)
        if zero:
            self._zero_tails.add(number)
        elif not self.long_numbers_kept and keeps_long_digits(number):
            self.long_numbers_kept = True

        placed = cell("placed_at")
        if placed is None:
            raise RowError(line, f"{self.column_name('placed_at')}: the order date is missing")
        try:
            placed_at = self.dates.epoch(placed)
        except CellError as exc:
            raise failed("placed_at", exc) from None

        tracking_updated_at = None
        updated = cell("tracking_updated_at")
        if updated is not None:
            try:
                tracking_updated_at = self.dates.epoch(updated)
            except CellError as exc:
                raise failed("tracking_updated_at", exc) from None

        currency = None
        mark = cell("currency")
        if mark is not None:
            try:
                currency = currency_of(str(mark))
            except CellError as exc:
                raise failed("currency", exc) from None
        price = total = None
        for target in ("price", "total"):
            value = cell(target)
            if value is None:
                continue
            try:
                minor, found = self.money.read(value, currency)
            except CellError as exc:
                raise failed(target, exc) from None
            if currency is not None and found != currency:
                raise RowError(line, f"{self.column_name(target)}: in {found}, but the row's "
                                     f"other amounts are in {currency}")
            currency = found
            if target == "price":
                price = minor
            else:
                total = minor

        quantity = None
        raw_quantity = cell("quantity")
        if raw_quantity is not None:
            try:
                quantity = read_quantity(raw_quantity)
            except CellError as exc:
                raise failed("quantity", exc) from None

        status_text = text("status")
        delivery_status, completed = status_meaning(status_text)
        tracking_status = text("tracking_status")
        delivered_at = None
        if tracking_says_delivered(tracking_status):
            delivery_status = "delivered"
            delivered_at = tracking_updated_at
        confirmed_at = None
        if completed:
            # The export does not say when receipt was confirmed: the earliest it can have
            # been, so the dispute deadline is never later than the real one.
            confirmed_at = max(placed_at, delivered_at or placed_at)

        title = text("title")
        return ImportRow(
            line, number, placed_at, text("store"), text("store_url"), status_text,
            delivery_status, confirmed_at, text("tracking_number"), tracking_status,
            tracking_updated_at, text("tracking_url"), delivered_at, total, currency,
            text("account") or self.account, text("carrier"), title, text("url"), text("sku"),
            quantity, price, text("image_url"),
            hash(tuple(str(c).strip() for c in cells)), int(zero))
