"""Cells of exporter files as people's pages show them: dates ("Mar 05, 2026", "3/5/2026"),
prices ("US $12.34", "1 234,56 руб."), currencies ("US" for "US $"), order statuses, order
numbers a spreadsheet may have touched. Each parser returns the value or raises CellError with
a sentence for people.

Dates follow the rule of DOMAIN.md: a date without a time is 00:00 of that date in the
platform's time zone; a time without a zone is in that zone too. Parsers cache what they saw:
an export repeats the same dates and prices many times.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo
from decimal import Decimal, InvalidOperation

from aliassist.domain.instants import start_of_day, to_epoch
from aliassist.domain.money import exponent
from aliassist.i18n import translate

#: Date conventions: which part comes first in a numeric date.
DATE_ORDERS = ("mdy", "dmy", "ymd")


class CellError(ValueError):
    """A cell that cannot be read; the message says why, for people."""


# ---------------------------------------------------------------------------------------------
# Order numbers


_EXCEL_TEXT = re.compile(r'^="(.*)"$')


def clean_number(value: object) -> str:
    """The order number as text, from a cell: `="8187..."` and a leading `'` (spreadsheet ways to
    keep text) and `#` are dropped; a whole number stored as a number becomes its digits."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return repr(value).replace("e+", "E+")  # refused as scientific notation
    text = str(value).strip()
    match = _EXCEL_TEXT.match(text)
    if match:
        text = match[1].strip()
    return text.lstrip("'#").strip()


# ---------------------------------------------------------------------------------------------
# Dates


_MONTHS = {name: n for n, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
_TIME = r"(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp]\.?[Mm]\.?)?)?"
_NAMED = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}|\d{2})" + _TIME + r"\s*$")
_DAY_NAMED = re.compile(r"^(\d{1,2})[\s\-]+([A-Za-z]{3,9})\.?,?[\s\-]+(\d{4}|\d{2})" + _TIME
                        + r"\s*$")
_NUMERIC = re.compile(r"^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})" + _TIME + r"\s*$")
_ZONED = re.compile(r"(Z|[+-]\d{2}:?\d{2})\s*$")


class DateOrderUnknown(Exception):  # noqa: N818 (a question for the person, not a failure)
    """A numeric date that reads as month/day and as day/month (03/05/26), in a file whose
    order nobody chose and no date of it decided yet: the file as a whole must tell, or the
    person."""

    def __init__(self, text: str, line: int = 0):
        super().__init__(text)
        self.text = text
        self.line = line


class DateReader:
    """Reads the dates of one file. `order` says how numeric dates are written (a layout's own
    convention: M/D/YYYY for the Bulk Order Exporter, or what the person chose); None: the file
    decides, from a date whose day is over 12, and an ambiguous date before that raises
    DateOrderUnknown. ISO dates are always year first, dotted ones (05.03.26) day first; a
    two-digit year is 20YY."""

    def __init__(self, tz: tzinfo, order: str | None = "mdy", hint: str | None = None):
        if order is not None and order not in DATE_ORDERS:
            raise ValueError(order)
        self.tz = tz
        self.order = order
        #: how the layout's own exporter writes dates (3/5/2026: unpadded, 4-digit year); used
        #: for dates in that form until the file decides otherwise
        self.hint = hint
        self._hinted = False
        #: the file's own dates decided `order` (a day over 12)
        self.decided_by: str | None = None
        #: each cell read so far (its exact value: two texts are two entries) -> its seconds;
        #: a row reader looks a cell up here before it calls `epoch`
        self.known: dict[object, int] = {}

    def epoch(self, value: object) -> int:
        """Seconds since 1970 UTC for a cell (text, or a date/datetime from a workbook)."""
        try:
            return self.known[value]
        except KeyError:
            pass
        except TypeError:  # unhashable: not a date
            raise CellError(translate("Imports", "{value} is not a date")
                            .format(value=repr(value))) from None
        seconds = self._parse(value)
        if len(self.known) < 100_000:
            self.known[value] = seconds
        return seconds

    def _parse(self, value: object) -> int:
        if isinstance(value, datetime):
            return self._at(value.date(), value.timetz() if value.tzinfo else value.time(),
                            value.tzinfo)
        if isinstance(value, date):
            return to_epoch(start_of_day(value, self.tz))
        text = str(value).strip().lstrip("'")
        if not text:
            raise CellError(translate("Imports", "the date is empty"))
        zone = None
        zoned = _ZONED.search(text)
        if zoned and re.search(r"\d[T ]\d", text):
            from dateutil.parser import isoparse

            try:
                parsed = isoparse(text.replace(" ", "T", 1))
            except (ValueError, OverflowError):
                raise CellError(translate("Imports", "{text} is not a date")
                                .format(text=repr(text))) from None
            return to_epoch(parsed)
        match = _NAMED.match(text)
        if match:
            month = _MONTHS.get(match[1].lower())
            day, year = int(match[2]), _year(match[3], text)
            time_parts = match.groups()[3:]
        else:
            match = _DAY_NAMED.match(text)
            if match:
                month = _MONTHS.get(match[2].lower())
                day, year = int(match[1]), _year(match[3], text)
                time_parts = match.groups()[3:]
            else:
                match = _NUMERIC.match(text)
                if not match:
                    raise CellError(translate("Imports", "{text} is not a date")
                                    .format(text=repr(text)))
                year, month, day = self._numeric(text, match)
                time_parts = match.groups()[4:]
        if month is None:
            raise CellError(translate("Imports", "{text} is not a date (unknown month name)")
                            .format(text=repr(text)))
        try:
            day_value = date(year, month, day)
        except ValueError:
            raise CellError(translate("Imports", "{text} is not a date (no such day)")
                            .format(text=repr(text))) from None
        return self._at(day_value, _clock(text, time_parts), zone)

    def _numeric(self, text: str, match: re.Match[str]) -> tuple[int, int, int]:
        """(year, month, day) of 2026-03-05, 3/5/2026, 05/03/26, 05.03.2026, 26/03/05 (ymd)."""
        a, separator, b, c = match[1], match[2], match[3], match[4]
        if len(a) == 4:
            return int(a), int(b), int(c)
        if len(c) not in (2, 4) or len(a) > 2:
            raise CellError(translate("Imports", "{text} is not a date (write the year with 4 "
                                                 "digits)")
                            .format(text=repr(text)))
        if self.order == "ymd" and len(c) == 2:
            return _year(a, text), int(b), int(c)
        first, second, year = int(a), int(b), _year(c, text)
        if separator == ".":  # 05.03.2026: day first wherever dots are written
            return year, second, first
        order = self.order
        if order is None or order == "ymd":
            found = _evidence(first, second)
            if found is None:
                if not _valid(year, first, second) and not _valid(year, second, first):
                    raise CellError(translate("Imports", "{text} is not a date (no such day)")
                                    .format(text=repr(text)))
                if first == second:
                    return year, first, first
                if self.hint and order is None and _exporter_form(a, b, c):
                    self._hinted = True
                    order = self.hint
                    return (year, second, first) if order == "dmy" else (year, first, second)
                raise DateOrderUnknown(text)
            if self.order is None:
                if self._hinted and found != self.hint:
                    # Earlier rows were read the layout's way; the file says otherwise.
                    raise DateOrderUnknown(text)
                self.order = self.decided_by = found
            order = found
        return (year, second, first) if order == "dmy" else (year, first, second)

    def _at(self, day: date, at: time | None, zone: tzinfo | None) -> int:
        if at is None or ((at.hour, at.minute, at.second) == (0, 0, 0) and zone is None):
            return to_epoch(start_of_day(day, self.tz))
        moment = datetime.combine(day, at.replace(tzinfo=None), tzinfo=zone or self.tz)
        return to_epoch(moment)


def _clock(text: str, parts: tuple) -> time | None:
    hour, minute, second, half = parts
    if hour is None:
        return None
    h, m, s = int(hour), int(minute), int(second or 0)
    if half:
        pm = half.lower().startswith("p")
        if not 1 <= h <= 12:
            raise CellError(translate("Imports", "{text} is not a time of day")
                            .format(text=repr(text)))
        h = h % 12 + (12 if pm else 0)
    if h > 23 or m > 59 or s > 59:
        raise CellError(translate("Imports", "{text} is not a time of day")
                        .format(text=repr(text)))
    return time(h, m, s)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _exporter_form(a: str, b: str, c: str) -> bool:
    """3/5/2026 as an exporter writes it, not 03/05/26 as a spreadsheet does."""
    return len(c) == 4 and not a.startswith("0") and not b.startswith("0")


def _year(text: str, whole: str) -> int:
    """A year as written: 2026, or 26 for 2026 (orders are of this century)."""
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) != 4:
        raise CellError(translate("Imports", "{whole} is not a date (write the year with 4 digits)")
                        .format(whole=repr(whole)))
    return int(text)


def _evidence(first: int, second: int) -> str | None:
    """What one numeric date with the year last says of the order: a part over 12 is a day."""
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return None


def date_order_evidence(value: object) -> str | None:
    """'dmy' or 'mdy' when a cell is a slashed or dashed date that only one order reads."""
    if not isinstance(value, str):
        return None
    match = _NUMERIC.match(value.strip().lstrip("'"))
    if not match or match[2] == "." or len(match[1]) > 2 or len(match[4]) not in (2, 4):
        return None
    return _evidence(int(match[1]), int(match[3]))


def guess_date_order(samples: list[str]) -> str | None:
    """'dmy' or 'mdy' when the numeric dates in `samples` tell (a first part over 12 is a day),
    None when they cannot (or contradict each other)."""
    found = {date_order_evidence(text) or ("dmy" if _dotted(text) else None)
             for text in samples} - {None}
    return found.pop() if len(found) == 1 else None


def _dotted(text: str) -> bool:
    match = _NUMERIC.match(text.strip())
    return match is not None and match[2] == "." and len(match[1]) <= 2


# ---------------------------------------------------------------------------------------------
# Money


#: Currency marks as order pages show them, longest first where one contains another.
CURRENCY_MARKS = {
    "US $": "USD", "US$": "USD", "US": "USD", "USD": "USD", "$": "USD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "C$": "CAD", "CA $": "CAD", "CA$": "CAD", "CAD": "CAD",
    "A$": "AUD", "AU $": "AUD", "AU$": "AUD", "AUD": "AUD",
    "NZ$": "NZD", "NZ $": "NZD", "R$": "BRL", "BRL": "BRL", "MX$": "MXN", "MX $": "MXN",
    "руб.": "RUB", "руб": "RUB", "₽": "RUB", "RUB": "RUB", "RUR": "RUB",
    "zł": "PLN", "zl": "PLN", "PLN": "PLN", "₴": "UAH", "грн": "UAH", "грн.": "UAH",
    "₩": "KRW", "₹": "INR", "₺": "TRY", "TL": "TRY", "₪": "ILS", "Kč": "CZK", "Ft": "HUF",
    "CHF": "CHF", "lei": "RON", "₸": "KZT", "₫": "VND", "฿": "THB", "S$": "SGD",
    "HK$": "HKD", "RM": "MYR", "₱": "PHP", "Rp": "IDR",
}
#: Marks that several currencies share: the file must say which.
AMBIGUOUS_MARKS = {"¥": "CNY or JPY", "￥": "CNY or JPY", "kr": "SEK, NOK or DKK",
                   "kr.": "SEK, NOK or DKK", "R": "ZAR or another"}
_AMOUNT = re.compile(r"^(?P<pre>[^\d\-+.,]*?)\s*(?P<num>[+-]?[\d][\d\s\u00a0\u202f.,']*)\s*"
                     r"(?P<post>[^\d]*?)\s*$")
_ISO = re.compile(r"^[A-Z]{3}$")


def currency_of(mark: str) -> str:
    """An ISO 4217 code for a currency as a page or a Currency column writes it."""
    text = mark.strip()
    if not text:
        raise CellError(translate("Imports", "the currency is empty"))
    found = CURRENCY_MARKS.get(text) or CURRENCY_MARKS.get(text.upper())
    if found:
        return found
    if text in AMBIGUOUS_MARKS:
        raise CellError(translate("Imports", "{text} can mean {value}; choose the currency")
                        .format(text=repr(text), value=AMBIGUOUS_MARKS[text]))
    if _ISO.match(text.upper()):
        return text.upper()
    raise CellError(translate("Imports", "{text} is not a currency this app knows")
                    .format(text=repr(text)))


class CurrencyUnknown(Exception):  # noqa: N818 (a question for the person, not a failure)
    """An amount written without a currency in a file whose currency nobody chose: a question
    about the whole file, asked once."""

    def __init__(self, text: str, line: int = 0):
        super().__init__(text)
        self.text = text
        self.line = line


class MoneyReader:
    """Reads prices of one file into minor units. `currency` is the file's currency when the
    cells carry no mark (a Currency column, or what the person chose)."""

    def __init__(self, currency: str | None = None):
        self.currency = currency
        #: (cell, currency) read so far -> what `read` gave; a row reader looks a cell up here
        #: before it calls `read`
        self.known: dict[tuple[object, str | None], tuple[int, str]] = {}

    def read(self, value: object, currency: str | None = None) -> tuple[int, str]:
        """(minor units, ISO code) for a cell; `currency` overrides the file's default."""
        key = (value, currency)
        try:
            return self.known[key]
        except KeyError:
            pass
        except TypeError:
            raise CellError(translate("Imports", "{value} is not an amount")
                            .format(value=repr(value))) from None
        result = self._parse(value, currency or self.currency)
        if len(self.known) < 100_000:
            self.known[key] = result
        return result

    def _parse(self, value: object, default: str | None) -> tuple[int, str]:
        if isinstance(value, bool):
            raise CellError(translate("Imports", "{value} is not an amount")
                            .format(value=repr(value)))
        if isinstance(value, int | float):
            number_text, mark = repr(value), ""
            if isinstance(value, float) and not value == value:  # NaN
                raise CellError(translate("Imports", "the amount is not a number"))
        else:
            text = str(value).strip()
            match = _AMOUNT.match(text)
            if not text or not match:
                raise CellError(translate("Imports", "{text} is not an amount such as 12.34 or US "
                                                     "$12.34")
                                .format(text=repr(text)))
            number_text = match["num"]
            mark = (match["pre"] + " " + match["post"]).strip()
        currency = currency_of(mark) if mark else default
        if currency is None:
            raise CurrencyUnknown(str(value))
        minor = _plain_minor(number_text, currency)
        if minor is not None:
            return minor, currency
        number = _decimal(str(number_text), currency)
        if number < 0:
            raise CellError(translate("Imports", "{value} is negative")
                            .format(value=repr(value)))
        scaled = number.scaleb(exponent(currency)).quantize(Decimal(1))
        if scaled > 10**15:
            raise CellError(translate("Imports", "{value} is too large an amount")
                            .format(value=repr(value)))
        return int(scaled), currency


def _plain_minor(text: str, currency: str) -> int | None:
    """Minor units of an amount written plainly ('12', '12.3', '12.34': ASCII digits, at most
    12 before the point and as many after it as the currency has), as `_decimal` and the
    scaling give them, without Decimal; None for any other text (`_decimal` reads it)."""
    whole, point, fraction = text.partition(".")
    places = exponent(currency)
    if not (whole.isascii() and whole.isdigit() and len(whole) <= 12):
        return None
    if not point:
        return int(whole) * 10**places
    if not (fraction.isascii() and fraction.isdigit() and len(fraction) <= places):
        return None
    return int(whole) * 10**places + int(fraction) * 10**(places - len(fraction))


def _decimal(text: str, currency: str) -> Decimal:
    """'1,234.56', '1.234,56', '1 234,56', '12,34' -> a Decimal; refuses what is not clear."""
    raw = text
    text = re.sub(r"[\s\u00a0\u202f']", "", text)
    sign = ""
    if text[:1] in "+-":
        sign, text = text[0], text[1:]
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
    elif "," in text:
        tail = text.rsplit(",", 1)[1]
        decimal_mark = "," if text.count(",") == 1 and len(tail) != 3 else ""
    elif "." in text:
        tail = text.rsplit(".", 1)[1]
        decimal_mark = "." if text.count(".") == 1 else ""
        if not decimal_mark and len(tail) != 3:
            raise CellError(translate("Imports", "{value} is not an amount")
                            .format(value=repr(raw.strip())))
    else:
        decimal_mark = ""
    thousands = {",", "."} - {decimal_mark}
    whole, _, frac = text.partition(decimal_mark) if decimal_mark else (text, "", "")
    for mark in thousands:
        if mark in whole:
            groups = whole.split(mark)
            if not groups[0] or any(len(g) != 3 for g in groups[1:]):
                raise CellError(translate("Imports", "{value} is not an amount")
                                .format(value=repr(raw.strip())))
            whole = "".join(groups)
    if not whole.isdigit() or (frac and not frac.isdigit()):
        raise CellError(translate("Imports", "{value} is not an amount")
                        .format(value=repr(raw.strip())))
    try:
        value = Decimal(f"{sign}{whole}.{frac or '0'}")
    except InvalidOperation:
        raise CellError(translate("Imports", "{value} is not an amount")
                        .format(value=repr(raw.strip()))) from None
    places = exponent(currency)
    decimals = -int(value.as_tuple().exponent)  # a finite number: written in digits
    if decimals > places and value != value.quantize(
            Decimal(1).scaleb(-places)):
        raise CellError(translate("Imports", "{value} has more than {places} decimals for "
                                             "{currency}")
                        .format(value=repr(raw.strip()), places=places, currency=currency))
    return value


def read_quantity(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = str(value).strip()
        if not text.isdigit():
            raise CellError(translate("Imports", "{text} is not a quantity (a whole number)")
                            .format(text=repr(text)))
        number = int(text)
    if not 1 <= number <= 1_000_000:
        raise CellError(translate("Imports", "{number} is not a quantity (1 or more)")
                        .format(number=number))
    return number


# ---------------------------------------------------------------------------------------------
# Order statuses


#: The order list's status texts (lower case) -> (delivery status, receipt confirmed).
STATUSES: dict[str, tuple[str | None, bool]] = {
    **dict.fromkeys(("awaiting payment", "payment processing", "to pay", "unpaid",
                     "awaiting shipment", "to ship", "processing", "awaiting dispatch",
                     "ожидает оплаты", "ожидает отправки", "aguardando envio",
                     "esperando envío", "en attente d'expédition"), ("not_shipped", False)),
    **dict.fromkeys(("awaiting delivery", "shipped", "to receive", "in transit",
                     "partially shipped", "ожидает доставки", "отправлено", "в пути",
                     "aguardando entrega", "esperando entrega", "en attente de livraison"),
                    ("in_transit", False)),
    **dict.fromkeys(("delivered", "awaiting confirmation", "доставлено"), ("delivered", False)),
    **dict.fromkeys(("completed", "finished", "confirmed", "order completed", "завершено",
                     "завершён", "completado", "concluído", "terminée", "finalizado"),
                    ("delivered", True)),
}


def status_meaning(text: str | None) -> tuple[str | None, bool]:
    """(delivery status or None when the text says nothing about delivery, receipt confirmed)."""
    if not text:
        return None, False
    return STATUSES.get(" ".join(text.lower().split()), (None, False))


#: Tracking texts that say the parcel arrived.
_DELIVERED = re.compile(r"\b(delivered|received|picked up|вручен|доставлен|entregue|entregado"
                        r"|livré)", re.IGNORECASE)


def tracking_says_delivered(text: str | None) -> bool:
    return bool(text) and bool(_DELIVERED.search(text or "")) and "not delivered" not in (
        text or "").lower()
