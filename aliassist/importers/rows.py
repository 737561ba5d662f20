"""One row of an exporter file -> an ImportRow (one item of one order, with the order's facts),
or a RowError that says what is wrong and in which column.

Rows are plain tuples (NamedTuple) because a reseller's file has 100,000 of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo
from typing import Any, NamedTuple

from aliassist.domain.estimates import inferred_receipt
from aliassist.domain.instants import from_epoch, is_date_only
from aliassist.domain.validate import (
    FUTURE_SLACK,
    SPREADSHEET_DIGITS,
    check_order_number,
    keeps_long_digits,
    zeroed_tail,
)
from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.importers.layouts import FIELDS, ColumnMapping
from aliassist.importers.values import (
    CellError,
    CurrencyUnknown,
    DateOrderUnknown,
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
#: Why a row whose order number a spreadsheet damaged is skipped.
DAMAGED = ("the spreadsheet turned the order number into a number and rounded it: format the "
           "column as text and export again")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
#: Fields read as values (dates, amounts, numbers), not as text.
_TYPED = frozenset({"number", "placed_at", "tracking_updated_at", "price", "total", "quantity",
                    "currency"})
#: The order dates a row may give, in ImportRow's order (records.ORDER_DATES).
_ORDER_DATES = ("placed_at", "confirmed_at", "delivered_at")
_UNSEEN = object()


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
    #: the row's order dates given without a time, space-separated (records.ORDER_DATES)
    date_only: str | None
    #: where the inferred receipt and delivery dates came from (domain.estimates.SOURCES)
    confirmed_estimate: str | None
    delivered_estimate: str | None


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
                 account: str | None = None, header: Sequence[str] = (),
                 date_order: str | None = None, now: int | None = None):
        self.mapping = mapping
        #: seconds since 1970 now: dates more than a day after it are refused (None: no check)
        self.latest = None if now is None else now + int(FUTURE_SLACK.total_seconds())
        self.header = list(header)
        self.dates = DateReader(tz, date_order or mapping.date_order, mapping.date_hint)
        self.money = MoneyReader(currency)
        self.account = account
        self._columns = dict(mapping.columns)
        #: (field, its place in FIELDS, column, longest text) for each mapped field; 0: not a
        #: text field (every mapping names fields of FIELDS: layouts, --map, remembered ones)
        positions = {name: n for n, name in enumerate(FIELDS)}
        self._fields = tuple((target, positions[target], index, 0 if target in _TYPED else
                              _LIMITS.get(target, _URL_LIMIT))
                             for target, index in mapping.columns.items()
                             if target in positions)
        self._statuses: dict[str | None, tuple[str | None, bool]] = {}
        self._currencies: dict[Any, str] = {}
        #: the date-only marks of (placed, confirmed, delivered) instants seen
        self._date_only: dict[tuple[int | None, ...], str | None] = {}
        self._days: dict[int, bool] = {}
        self._numbers: dict[Any, str] = {}
        #: some long number in the file keeps digits past the 15th: nothing cut them
        self.long_numbers_kept = False
        #: some number in the file was certainly mangled (scientific notation, many zeros)
        self.mangled_numbers = 0
        #: distinct numbers whose digits past the 15th are all zero, and how many
        self._zero_tails: set[str] = set()
        self._zero_tail_count = 0
        #: how often what the file says of its numbers changed (`number_state`)
        self.number_changes = 0

    @property
    def numbers_cut(self) -> bool:
        """Whether a spreadsheet cut this file's long numbers to 15 digits: no long number
        keeps its 16th digit, and either two or more end in zeros there or another number
        in the file was certainly mangled."""
        return not self.long_numbers_kept and (
            self._zero_tail_count >= 2 or (self._zero_tail_count > 0
                                           and self.mangled_numbers > 0))

    @property
    def zero_tail_count(self) -> int:
        """Distinct numbers seen whose digits past the 15th are all zero."""
        return self._zero_tail_count

    def number_state(self) -> tuple[bool, int, int]:
        """What the rows read so far say of the file's numbers (`long_numbers_kept`,
        `zero_tail_count`, `mangled_numbers`): a reader in another process takes it with
        `take_number_state` (`number_changes` counts its changes)."""
        return self.long_numbers_kept, self._zero_tail_count, self.mangled_numbers

    def take_number_state(self, state: tuple[bool, int, int]) -> None:
        """Say of the file's numbers what another reader's `number_state` said."""
        self.long_numbers_kept, self._zero_tail_count, self.mangled_numbers = state

    def column_name(self, target: str) -> str:
        index = self._columns.get(target)
        if index is not None and index < len(self.header) and self.header[index]:
            return self.header[index]
        return FIELDS[target]

    def field_values(self, line: int, cells: Sequence[Any]) -> list[Any]:
        """The row's value of each field, in FIELDS' order: text as checked text (stripped,
        within its field's length, no bytes the encoding could not read: else RowError), a
        workbook's numbers and dates as they are, and "" for a field the row does not give
        (an empty cell, a column the row or the mapping lacks)."""
        out: list[Any] = [""] * len(FIELDS)
        width = len(cells)
        for target, position, index, limit in self._fields:
            if index >= width:
                continue
            value = cells[index]
            if value.__class__ is not str:
                if value is None:
                    continue
                if not limit:
                    out[position] = value
                    continue
                value = str(value)
            value = value.strip()
            if not value:
                continue
            if "\ufffd" in value:
                raise RowError(line, translate("Imports", "{column}: has bytes that are not text "
                                                          "in the file's encoding")
                                     .format(column=self.column_name(target)))
            if limit and len(value) > limit:
                raise RowError(line, translate("Imports", "{column}: longer than {limit} "
                                                          "characters")
                                     .format(column=self.column_name(target), limit=limit))
            out[position] = value
        return out

    def _failed(self, line: int, target: str, exc: Exception) -> RowError:
        message = exc.message if isinstance(exc, UserError) else str(exc)
        return RowError(line, translate("Imports", "{column}: {message}")
                              .format(column=self.column_name(target), message=message))

    def _number(self, line: int, raw: Any) -> str:
        if raw.__class__ is str and raw.isdigit() and 6 <= len(raw) <= 30:
            # An exporter's number as text: nothing to clean and no spreadsheet damage to look
            # for, unless it is longer than 15 digits and ends in zeros past the 15th.
            if len(raw) <= SPREADSHEET_DIGITS:
                return raw
            if raw[SPREADSHEET_DIGITS:].strip("0"):
                if not self.long_numbers_kept:
                    self.long_numbers_kept = True
                    self.number_changes += 1
                return raw
        known = self._numbers.get(raw)
        if known is not None:
            return known
        damage = _damage(raw)
        if damage:
            self.mangled_numbers += 1
            self.number_changes += 1
            raise RowError(line, translate("Imports", "{column}: {damage}")
                                 .format(column=self.column_name('number'), damage=damage))
        try:
            if raw.__class__ is str and raw.isdigit() and 6 <= len(raw) <= 30 \
                    and not zeroed_tail(raw):
                number = raw  # what check_order_number would return, without its work
            else:
                number = check_order_number(clean_number(raw), where=None)
        except UserError as exc:
            self.mangled_numbers += 1
            self.number_changes += 1
            if zeroed_tail(clean_number(raw)):
                raise RowError(line, translate("Imports", "{column}: {value} ends in zeros past "
                                                          "its 15th digit (a spreadsheet zeroed "
                                                          "them): {DAMAGED}")
                                     .format(column=self.column_name('number'),
                                             value=clean_number(raw), DAMAGED=DAMAGED)) from None
            raise self._failed(line, "number", exc) from None
        if zeroed_tail(number):
            if number not in self._zero_tails:
                self._zero_tails.add(number)
                self._zero_tail_count += 1
                self.number_changes += 1
        elif not self.long_numbers_kept and keeps_long_digits(number):
            self.long_numbers_kept = True
            self.number_changes += 1
        if len(self._numbers) > 10_000:
            self._numbers.clear()
        self._numbers[raw] = number
        return number

    def read(self, line: int, cells: Sequence[Any]) -> ImportRow:
        """The row as an ImportRow, or RowError."""
        return ImportRow._make(self.read_tuple(line, cells))

    def read_tuple(self, line: int, cells: Sequence[Any]) -> tuple[Any, ...]:
        """`read` as a plain tuple in ImportRow's field order (what the store stages: a plain
        tuple binds faster than a named one)."""
        (raw_number, placed, store, store_url, status, raw_total, mark, account,
         tracking_number, carrier, tracking_status, updated, tracking_url, title, url, sku,
         raw_quantity, raw_price, image_url) = self.field_values(line, cells)

        if raw_number == "":
            raise RowError(line, translate("Imports", "{column}: the order number is missing")
                                 .format(column=self.column_name('number')))
        if raw_number.__class__ is str and raw_number.isdigit() and \
                6 <= len(raw_number) <= 30 and (
                    len(raw_number) <= SPREADSHEET_DIGITS or (
                        self.long_numbers_kept and raw_number[SPREADSHEET_DIGITS:].strip("0"))):
            number = raw_number  # what _number gives such a number, without the call
        else:
            number = self._number(line, raw_number)

        if placed == "":
            raise RowError(line, translate("Imports", "{column}: the order date is missing")
                                 .format(column=self.column_name('placed_at')))
        placed_at = self.dates.known.get(placed) if placed.__class__ is str else None
        if placed_at is None:
            placed_at = self._date(line, "placed_at", placed)
        if self.latest is not None and placed_at > self.latest:
            raise RowError(line, translate("Imports", "{column}: the order date {placed} is in "
                                                      "the future")
                                 .format(column=self.column_name('placed_at'), placed=placed))

        tracking_updated_at = None
        if updated != "":
            tracking_updated_at = self._date(line, "tracking_updated_at", updated)

        currency = None
        if mark != "":
            currency = self._currencies.get(mark)
            if currency is None:
                try:
                    currency = currency_of(str(mark))
                except CellError as exc:
                    raise self._failed(line, "currency", exc) from None
                if len(self._currencies) < 1000:
                    self._currencies[mark] = currency
        price = total = None
        if raw_price != "":
            price, currency = self._amount(line, "price", raw_price, currency)
        if raw_total != "":
            total, currency = self._amount(line, "total", raw_total, currency)

        quantity = None
        if raw_quantity != "":
            try:
                quantity = read_quantity(raw_quantity)
            except CellError as exc:
                raise self._failed(line, "quantity", exc) from None

        status_text = status or None
        meaning = self._statuses.get(status_text)
        if meaning is None:
            meaning = self._statuses[status_text] = status_meaning(status_text)
        delivery_status, completed = meaning
        tracking_status = tracking_status or None
        delivered_at = None
        if tracking_status is not None and tracking_says_delivered(tracking_status):
            delivery_status = "delivered"
            delivered_at = tracking_updated_at
        confirmed_at = None
        if completed:
            # The export does not say when receipt was confirmed: an estimate.
            confirmed_at = inferred_receipt(placed_at, delivered_at)
        dates = (placed_at, confirmed_at, delivered_at)
        date_only = self._date_only.get(dates, _UNSEEN)
        if date_only is _UNSEEN:
            day = self._is_day
            date_only = " ".join(name for name, at in zip(_ORDER_DATES, dates, strict=True)
                                 if at is not None and day(at)) or None
            if len(self._date_only) > 100_000:
                self._date_only.clear()
            self._date_only[dates] = date_only

        return (
            line, number, placed_at, store or None, store_url or None, status_text,
            delivery_status, confirmed_at, tracking_number or None, tracking_status,
            tracking_updated_at, tracking_url or None, delivered_at, total, currency,
            account or self.account, carrier or None, title or None, url or None,
            sku or None, quantity, price, image_url or None, hash(tuple(cells)),
            int(number in self._zero_tails), date_only,
            None if confirmed_at is None else "order_status",
            None if delivered_at is None else "tracking_update")

    def _date(self, line: int, target: str, value: Any) -> int:
        """Seconds since 1970 of the date `value` in field `target`, or what is wrong."""
        try:
            return self.dates.epoch(value)
        except DateOrderUnknown as exc:
            exc.line = line
            raise
        except CellError as exc:
            raise self._failed(line, target, exc) from None

    def _amount(self, line: int, target: str, value: Any, currency: str | None
                ) -> tuple[int, str]:
        """(minor units, currency) of the amount `value` in field `target`; the row's other
        amounts, or its Currency column, said `currency` (None: not said yet)."""
        known = self.money.known.get((value, currency)) if value.__class__ is str else None
        if known is not None:
            minor, found = known
        else:
            try:
                minor, found = self.money.read(value, currency)
            except CurrencyUnknown as exc:
                exc.line = line
                raise
            except CellError as exc:
                raise self._failed(line, target, exc) from None
        if currency is not None and found != currency:
            raise RowError(line, translate("Imports", "{column}: in {found}, but the row's "
                                                      "other amounts are in {currency}")
                                 .format(column=self.column_name(target), found=found,
                                         currency=currency))
        return minor, found

    def _is_day(self, seconds: int) -> bool:
        """Whether an instant read from the file is 00:00 in the file's zone: a date given
        without a time (how DateReader stores one)."""
        known = self._days.get(seconds)
        if known is None:
            known = is_date_only(from_epoch(seconds), self.dates.tz)
            if len(self._days) < 100_000:
                self._days[seconds] = known
        return known


def _damage(raw: object) -> str | None:
    """Why an order number cell is certainly a spreadsheet's rounding of the real one: a numeric
    cell longer than the 15 digits a spreadsheet keeps whose digits past the 15th are zero (or
    that no double holds exactly, or with a fraction), or a number in scientific notation. A
    numeric cell that keeps its 16th digit was written by a program, not rounded. None when it
    is not certain."""
    if isinstance(raw, str):
        text = raw.strip().lstrip("'")
        if _SCIENTIFIC.match(text):
            return f"it reads {text}: {DAMAGED}"
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    if isinstance(raw, float) and not raw.is_integer():
        return f"it reads {raw!r}: {DAMAGED}"
    digits = str(abs(int(raw)))
    if len(digits) > SPREADSHEET_DIGITS and (zeroed_tail(digits) or abs(raw) >= 2**53):
        return f"it reads {digits}, a number with only 15 digits kept: {DAMAGED}"
    return None
