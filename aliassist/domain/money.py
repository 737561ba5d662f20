"""Money as integer minor units plus an ISO 4217 code; never floats."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from aliassist.domain.formatting import style
from aliassist.errors import UserError

# ISO 4217 currencies whose minor unit is not 1/100.
_EXPONENTS = {
    **dict.fromkeys(
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
         "VND", "VUV", "XAF", "XOF", "XPF"], 0),
    **dict.fromkeys(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], 3),
}
_CODE = re.compile(r"^[A-Z]{3}$")


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency, 2)


def check_currency(code: str, *, field: str | None = None) -> str:
    code = code.strip().upper() if isinstance(code, str) else code
    if not isinstance(code, str) or not _CODE.match(code):
        raise UserError(f"{code!r} is not an ISO 4217 currency code such as USD or EUR",
                        where=field)
    return code


def parse_amount(text: str, currency: str, *, field: str | None = None) -> int:
    """'20.00' -> 2000 (minor units). Rejects floats, signs, and more decimals than allowed."""
    if not isinstance(text, str):
        raise UserError(f"expected the amount as a decimal text such as \"20.00\", got {text!r}",
                        where=field)
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise UserError(f"{text!r} is not an amount such as 20.00", where=field) from None
    if not value.is_finite() or value < 0:
        raise UserError(f"{text!r} is not a positive amount", where=field)
    exp = exponent(currency)
    scaled = value.scaleb(exp)
    if scaled != scaled.to_integral_value():
        raise UserError(f"{text!r} has more than {exp} decimals for {currency}", where=field)
    if scaled > 10**15:
        raise UserError(f"{text!r} is too large an amount", where=field)
    return int(scaled)


def format_amount(minor: int, currency: str) -> str:
    """2000, 'USD' -> '20.00' (the decimal string of files and JSON)."""
    exp = exponent(currency)
    if exp == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exp)
    return f"{sign}{whole}.{frac:0{exp}d}"


def amount_text(minor: int | None, currency: str | None) -> str | None:
    """format_amount's text, or None without an amount or a currency (JSON's null)."""
    return None if minor is None or not currency else format_amount(minor, currency)


def display_amount(minor: int | None, currency: str | None) -> str:
    """`1,234.50 USD` for people (the style's digits; format_amount for files and JSON)."""
    if minor is None:
        return ""
    cur = currency or "USD"
    return f"{style().decimal(format_amount(minor, cur))} {cur}"
