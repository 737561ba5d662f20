"""An order with a dispute and real evidence files attached through the evidence service
(a pytest plugin: tests/conftest.py loads it, so packet, CLI and GUI tests share it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from aliassist.domain import records as rec
from aliassist.services.context import AppContext
from aliassist.services.evidence import attach_files
from aliassist.services.orders import get_order, save_order_record
from tests.photos import save_image

NUMBER = "8187000000000042"


def photo(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (1200, 900),
          fmt: str | None = None) -> Path:
    image = Image.new("RGB", size, colour)
    for x in range(0, size[0], 40):  # some detail, so the pictures differ beyond their colour
        image.paste((255 - colour[0], colour[1], 255 - colour[2]), (x, 0, x + 8, size[1]))
    save_image(image, path, fmt)
    return path


@pytest.fixture
def dispute_order(ctx: AppContext, tmp_path: Path, now: datetime) -> int:
    order = rec.Order(
        NUMBER, now.replace(month=10, day=1), store="Lamp <World> & Co", account="me@example.com",
        shipped_at=now.replace(month=10, day=3), delivered_at=now.replace(month=11, day=2),
        delivery_status="delivered", tracking_number="LP00999", carrier="Cainiao",
        amount=2599, currency="USD",
        items=(rec.Item("Desk lamp <b>bold</b>", quantity=1, price=2599),),
        disputes=(rec.Dispute("damaged", "open", item=0, opened_at=now.replace(day=19),
                              remedy="partial_refund", refund_amount=1000,
                              description="The base arrived <script>cracked</script> & the "
                                          "switch is loose.\nPhotos attached."),))
    order_id = save_order_record(ctx, order)
    files = tmp_path / "files"
    files.mkdir()
    attach_files(ctx, order_id, [photo(files / "crack.jpg", (190, 40, 40))], kind="own_photo",
                 checklist="damage_photos", dispute=0)
    attach_files(ctx, order_id, [photo(files / "IMG_0001.HEIC", (40, 150, 60), (2400, 1200),
                                       "HEIF")], kind="own_photo", checklist="parcel_photos",
                 dispute=0)
    attach_files(ctx, order_id, [photo(files / "label.png", (40, 60, 170))], kind="own_photo")
    return order_id


@pytest.fixture
def order(ctx: AppContext, dispute_order: int) -> rec.Order:
    return get_order(ctx, dispute_order)


def with_description(order: rec.Order, text: str) -> rec.Order:
    return replace(order, disputes=(replace(order.disputes[0], description=text),))
