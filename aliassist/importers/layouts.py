"""The file layouts the importer knows, recognised by their header (never by the file name), and
the column mapping that makes any other CSV/TSV readable.

A layout names its columns and the field each one fills. Fields are the importer's model of a
row: one row is one item of an order, with the order's facts repeated on every row of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from aliassist.errors import UserError
from aliassist.i18n import translate

#: The fields a row can fill: id -> label for people. `number` and `placed_at` are required.
FIELDS: dict[str, str] = {
    "number": "Order number",
    "placed_at": "Order date",
    "store": "Store name",
    "store_url": "Store link",
    "status": "Order status",
    "total": "Order total",
    "currency": "Currency",
    "account": "Account",
    "tracking_number": "Tracking number",
    "carrier": "Carrier",
    "tracking_status": "Tracking status",
    "tracking_updated_at": "Tracking updated",
    "tracking_url": "Tracking link",
    "title": "Item title",
    "url": "Item link",
    "sku": "Item option",
    "quantity": "Quantity",
    "price": "Item price",
    "image_url": "Image link",
}
REQUIRED = ("number", "placed_at")
#: a column given by its position, `#1` to `#99999` (ASCII digits; `#²` is a column name)
_COLUMN_NUMBER = re.compile(r"^#([0-9]{1,5})$", re.ASCII)
#: Fields that hold a date; the rest are text, amounts or quantities.
DATE_FIELDS = ("placed_at", "tracking_updated_at")


def normalize(name: object) -> str:
    """A header cell as compared: case, spaces, BOM and quotes do not matter."""
    text = str(name).replace("\ufeff", "").strip().strip('"').strip()
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Layout:
    id: str
    name: str
    #: header text -> field (None: a column the app does not use)
    columns: Mapping[str, str | None]
    #: how numeric dates are written in this layout (None: the exporter writes none; numeric
    #: ones come from a spreadsheet, in its locale's order)
    date_order: str | None = "mdy"
    #: how the exporter itself writes numeric dates (a spreadsheet may rewrite them)
    date_hint: str | None = None
    #: more header texts for the same columns (normalized)
    aliases: Mapping[str, str] = field(default_factory=dict)

    def field_of(self, header_cell: str) -> tuple[bool, str | None]:
        """(known column?, its field) for a header cell."""
        key = normalize(header_cell)
        key = self.aliases.get(key, key)
        for name, target in self.columns.items():
            if normalize(name) == key:
                return True, target
        return False, None


ORDER_EXPORTER = Layout(
    "order_exporter", "AliExpress Order Exporter",
    {"Order ID": "number", "Order Date": "placed_at", "Status": "status",
     "Product Title": "title", "Product Link": "url", "Currency": "currency", "Price": "price",
     "Store Name": "store", "Store Link": "store_url"},
    date_order=None)
BULK_ORDER_EXPORTER = Layout(
    "bulk_order_exporter", "AliExpress Bulk Order Exporter",
    {"Order Number": "number", "Order Date": "placed_at", "Subtotal": None,
     "Shipping and Tax": None, "Total Order Amount": "total", "Store Name": "store",
     "Order Status": "status", "Tracking Number": "tracking_number",
     "Tracking Status": "tracking_status",
     "Tracking Status Last Updated": "tracking_updated_at", "Tracking Link": "tracking_url",
     "Product Title": "title", "Option": "sku", "Price": "price", "Quantity": "quantity",
     "Pieces Per Pack": None, "Total Quantity": None, "Landed Cost": None,
     "Product URL": "url", "Image URL": "image_url"},
    date_order=None, date_hint="mdy",
    aliases={"order date (m/d/yyyy)": "order date"})
LAYOUTS = (ORDER_EXPORTER, BULK_ORDER_EXPORTER)
GENERIC = "generic"
#: What a column of that name most likely holds, for the mapping step's first guess.
_GUESSES = (
    ("number", r"order\s*(id|no|number|#)|^order$|номер заказа|n[ºo°] de pedido|pedido|"
               r"bestell(nummer|-?nr)|commande"),
    ("placed_at", r"order\s*date|^date$|placed|purchase date|дата|datum|fecha|^data$"),
    ("tracking_updated_at", r"tracking.*(updated|date)|last update"),
    ("tracking_number", r"tracking\s*(no|number|#|id)?$|трек|sendungs?(nummer|nr)"),
    ("tracking_status", r"tracking\s*status|shipping status"),
    ("tracking_url", r"tracking\s*(link|url)"),
    ("store_url", r"(store|shop|seller)\s*(link|url)"),
    ("store", r"store|shop|seller|магазин|продавец"),
    ("status", r"status|состояние|статус"),
    ("total", r"total|order amount|сумма заказа"),
    ("currency", r"currency|валюта"),
    ("account", r"account|buyer|e-?mail"),
    ("carrier", r"carrier|shipping (company|method)|logistics"),
    ("image_url", r"image|photo|picture"),
    ("url", r"(product|item)\s*(link|url)|^url$|^link$"),
    ("title", r"title|product|item|name|товар|название|artikel|produkt"),
    ("sku", r"option|sku|variant|colou?r|size|вариант"),
    ("quantity", r"qty|quantity|count|кол"),
    ("price", r"price|cost|amount|цена|стоимость|preis|precio|prix"),
)


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based) fills each field, and how the file writes numeric dates and which
    currency its bare amounts are in."""

    columns: Mapping[str, int]
    #: None: not said; the file's own dates decide, or the person is asked
    date_order: str | None = None
    layout: str = GENERIC
    layout_name: str = "other CSV/TSV"
    #: how the layout's exporter writes dates: used for dates in its form until the file says
    date_hint: str | None = None

    def to_json(self, header: Sequence[str]) -> dict[str, object]:
        """The remembered form: fields by column name (positions change between exports)."""
        names = {f: header[i] if i < len(header) and header[i] else f"#{i + 1}"
                 for f, i in self.columns.items()}
        return {"fields": names, "date_order": self.date_order}

    @classmethod
    def from_json(cls, data: Mapping[str, object], header: Sequence[str]) -> ColumnMapping:
        wanted = data.get("fields") if isinstance(data, Mapping) else None
        if not isinstance(wanted, Mapping):
            raise UserError(translate("Imports", "the remembered column mapping is unreadable"))
        positions = {normalize(h): i for i, h in reversed(list(enumerate(header)))}
        columns = {}
        for name, column in wanted.items():
            if name not in FIELDS or not isinstance(column, str):
                continue
            number = _COLUMN_NUMBER.match(column)
            if number is not None:
                index = int(number[1]) - 1
            else:
                index = positions.get(normalize(column), -1)
            if index >= 0:
                columns[name] = index
        date_order = data.get("date_order")
        return cls(columns, date_order if date_order in ("mdy", "dmy", "ymd") else None)

    def missing(self) -> list[str]:
        return [f for f in REQUIRED if f not in self.columns]


def header_signature(header: Sequence[str]) -> str:
    """The key a mapping is remembered under: the header's column names, in order."""
    if not header:
        return ""
    return "\t".join(normalize(h) for h in header)


def headerless_signature(width: int) -> str:
    return f"#headerless:{width}"


def recognise(header: Sequence[str], label: str = "file") -> ColumnMapping | None:
    """The mapping of the known layout this header is, None when it is none of them. A header
    that is clearly one layout but lacks one of its required columns is refused, naming it."""
    best: tuple[float, Layout, dict[str, int], list[str]] | None = None
    for layout in LAYOUTS:
        columns: dict[str, int] = {}
        matched = 0
        for index, cell in enumerate(header):
            known, target = layout.field_of(cell)
            if known:
                matched += 1
                if target is not None and target not in columns:
                    columns[target] = index
        score = matched / len(layout.columns)
        missing = [name for name, target in layout.columns.items()
                   if target in REQUIRED and target not in columns]
        if best is None or score > best[0]:
            best = (score, layout, columns, missing)
    assert best is not None
    score, layout, columns, missing = best
    if score < 0.6:
        return None
    if missing:
        raise UserError(
            translate("Imports", "the header looks like the {name}'s but has no {value} column")
            .format(name=layout.name, value=' or '.join(repr(m) for m in missing)),
            where=f"{label}, line 1",
            hint="export the orders again with every column")
    return ColumnMapping(columns, layout.date_order, layout.id, layout.name, layout.date_hint)


def recognise_headerless(width: int, first_row: Sequence[object]) -> ColumnMapping | None:
    """Rows pasted without their header: a known layout when the width fits and the first cell
    looks like an order number."""
    first = str(first_row[0]).strip().lstrip("'#=\"").rstrip('"') if first_row else ""
    if not re.fullmatch(r"\d{6,30}", first):
        return None
    for layout in LAYOUTS:
        if len(layout.columns) == width:
            columns = {t: i for i, t in enumerate(layout.columns.values()) if t is not None}
            return ColumnMapping(columns, layout.date_order, layout.id, layout.name,
                                 layout.date_hint)
    return None


def guess_mapping(header: Sequence[str]) -> dict[str, int]:
    """A first guess at the mapping of an unknown header, from its column names."""
    found: dict[str, int] = {}
    taken: set[int] = set()
    for target, pattern in _GUESSES:
        regex = re.compile(pattern, re.IGNORECASE)
        for index, cell in enumerate(header):
            if index not in taken and target not in found and regex.search(normalize(cell)):
                found[target] = index
                taken.add(index)
    return found
