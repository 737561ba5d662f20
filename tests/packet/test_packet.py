"""The packet as a buyer uses it: unzip it, verify it, tamper with it, make it twice, feed it
hostile names, and read its PDF back."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from aliassist.domain import records as rec
from aliassist.domain.findings import make_finding
from aliassist.errors import UserError
from aliassist.packet.archive import MANIFEST, verify_packet
from aliassist.progress import Cancelled, Progress
from aliassist.services.context import AppContext
from aliassist.services.packet import PacketRefusedError, build_content, write_packet
from tests.packet.fixtures import NUMBER


def content_for(ctx: AppContext, order: rec.Order, findings=()):
    dispute = order.disputes[0]
    return build_content(ctx, order, reason=dispute.reason, dispute=0,
                         description=dispute.description or "", remedy=dispute.remedy,
                         refund_amount=dispute.refund_amount, findings=findings)


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "summary.pdf"
    path.write_bytes(data)
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_packet_holds_summary_message_evidence_and_manifest(
        ctx: AppContext, order: rec.Order, tmp_path: Path) -> None:
    out = tmp_path / "out" / "packet.zip"
    result = write_packet(ctx, content_for(ctx, order), out, paper="a4")
    assert result.path == out and not result.forced
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        manifest = json.loads(z.read(MANIFEST))
        message = z.read("message.txt").decode()
        infos = {i.filename: i for i in z.infolist()}
    assert {"summary.pdf", "message.txt", MANIFEST} <= set(names)
    evidence = sorted(n for n in names if n.startswith("evidence/"))
    # In checklist order; the untagged photo fills the first item that takes its kind.
    assert evidence == ["evidence/01-damage_photos-crack.jpg",
                        "evidence/02-damage_photos-label.png",
                        "evidence/03-parcel_photos-IMG_0001.HEIC",
                        "evidence/03-parcel_photos-IMG_0001.converted.jpg"]
    assert message.startswith("The base arrived <script>cracked</script>")
    assert manifest["format"] == "aliassist-packet" and manifest["version"] == 1
    assert manifest["order"] == NUMBER and manifest["reason"] == "damaged"
    assert manifest["generated_at"] == "2026-11-21T12:00:00Z"
    assert manifest["policy"] == {"id": ctx.policy.id, "version": ctx.policy.version}
    assert manifest["app"].startswith("aliassist ")
    assert manifest["override"] is None and manifest["ready"] is True
    assert {f["path"] for f in manifest["files"]} == set(names) - {MANIFEST}
    # Photos are stored as they are (already compressed); text is deflated.
    assert infos["evidence/01-damage_photos-crack.jpg"].compress_type == zipfile.ZIP_STORED
    assert infos["message.txt"].compress_type == zipfile.ZIP_DEFLATED
    report = verify_packet(out)
    assert report.ok and len(report.ok_files) == len(names) - 1


def test_a_heic_photo_is_converted_to_a_jpeg_within_the_limit(
        ctx: AppContext, order: rec.Order, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    write_packet(ctx, content_for(ctx, order), out)
    with zipfile.ZipFile(out) as z:
        converted = z.read("evidence/03-parcel_photos-IMG_0001.converted.jpg")
        original = z.read("evidence/03-parcel_photos-IMG_0001.HEIC")
    assert converted[:3] == b"\xff\xd8\xff"
    assert len(converted) <= ctx.policy.limits.image_max_bytes
    assert original[4:12] in (b"ftypheic", b"ftypmif1")
    from io import BytesIO

    from PIL import Image

    assert max(Image.open(BytesIO(converted)).size) <= ctx.policy.limits.image_convert_max_side


def test_tampering_is_caught(ctx: AppContext, order: rec.Order, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    write_packet(ctx, content_for(ctx, order), out)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "message.txt":
                data = b"I changed the story.\n"
            if info.filename == "evidence/02-damage_photos-label.png":
                continue
            dst.writestr(info, data)
        dst.writestr("evidence/99-extra.jpg", b"\xff\xd8\xffnot mine")
    report = verify_packet(tampered)
    assert not report.ok
    assert report.changed == ["message.txt"]
    assert report.missing == ["evidence/02-damage_photos-label.png"]
    assert report.extra == ["evidence/99-extra.jpg"]


def test_the_same_data_and_instant_give_the_same_bytes(
        ctx: AppContext, order: rec.Order, tmp_path: Path) -> None:
    first, second = tmp_path / "1.zip", tmp_path / "2.zip"
    write_packet(ctx, content_for(ctx, order), first, paper="a4")
    write_packet(ctx, content_for(ctx, order), second, paper="a4")
    assert first.read_bytes() == second.read_bytes()
    later = ctx.fixed_now + timedelta(hours=1)
    ctx.fixed_now = later
    third = tmp_path / "3.zip"
    write_packet(ctx, content_for(ctx, order), third, paper="a4")
    assert third.read_bytes() != first.read_bytes()


def test_the_summary_pdf_reads_back_and_shows_markup_as_text(
        ctx: AppContext, order: rec.Order, tmp_path: Path) -> None:
    findings = [make_finding(ctx.policy, "retaliation", subject="revenge")]
    out = tmp_path / "p.zip"
    write_packet(ctx, content_for(ctx, order, findings), out, paper="letter")
    with zipfile.ZipFile(out) as z:
        data = z.read("summary.pdf")
        manifest = json.loads(z.read(MANIFEST))
    text = pdf_text(data, tmp_path)
    for expected in (f"Dispute packet: order {NUMBER}", "Lamp <World> & Co",
                     "Desk lamp <b>bold</b>", "<script>cracked</script>", "Damaged",
                     "Partial refund: 10.00 USD", "Seller must respond",
                     "Last day to open a dispute", "Today (this packet)", "Sounds like revenge",
                     "Photos of the damage", "done", "crack.jpg"):
        assert expected in text, expected
    for entry in manifest["files"]:
        if entry["path"].startswith("evidence/"):
            assert entry["sha256"][:32] in text.replace(" ", "")
    reader = PdfReader(tmp_path / "summary.pdf")
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (612, 792)  # US Letter
    fonts = [f.get_object() for page in reader.pages
             for f in page["/Resources"]["/Font"].values()]
    for font in fonts:
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
            else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_a4_by_default_outside_the_letter_countries(ctx: AppContext, order: rec.Order,
                                                     tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from aliassist.packet.summary import paper_for_locale

    assert paper_for_locale(QLocale(QLocale.Language.English,
                                    QLocale.Country.UnitedStates)) == "letter"
    assert paper_for_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "a4"
    out = tmp_path / "p.zip"
    write_packet(ctx, content_for(ctx, order), out, paper="a4")
    with zipfile.ZipFile(out) as z:
        (tmp_path / "s.pdf").write_bytes(z.read("summary.pdf"))
    box = PdfReader(tmp_path / "s.pdf").pages[0].mediabox
    assert (round(float(box[2])), round(float(box[3]))) == (595, 842)


def test_a_blocking_finding_refuses_the_export_unless_forced(
        ctx: AppContext, order: rec.Order, tmp_path: Path) -> None:
    findings = [make_finding(ctx.policy, "duplicate_dispute")]
    out = tmp_path / "p.zip"
    with pytest.raises(PacketRefusedError) as err:
        write_packet(ctx, content_for(ctx, order, findings), out)
    assert err.value.exit_code == 1 and "duplicate_dispute" in str(err.value)
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    result = write_packet(ctx, content_for(ctx, order, findings), out, force=True)
    assert result.forced
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read(MANIFEST))
    assert manifest["override"] == {"forced": True, "blocking": ["duplicate_dispute"]}
    assert manifest["ready"] is False


def test_hostile_file_names_stay_inside_the_packet(ctx: AppContext, order: rec.Order,
                                                   tmp_path: Path) -> None:
    names = ["../../etc/passwd.jpg", "/abs/path.jpg", 'CON.jpg', 'a<b>:"c|d?*.jpg',
             "..", "nul", "a" * 300 + ".jpg"]
    first = order.evidence[0]
    hostile = tuple(rec.Evidence(kind="own_photo", sha256=first.sha256, name=n,
                                 size=first.size, mime=first.mime) for n in names)
    from dataclasses import replace

    hostile_order = replace(order, evidence=hostile)
    out = tmp_path / "p.zip"
    write_packet(ctx, content_for(ctx, hostile_order), out)
    with zipfile.ZipFile(out) as z:
        entries = z.namelist()
    for entry in entries:
        assert not entry.startswith("/") and ".." not in entry.split("/")
        assert not any(ch in entry for ch in '<>:"|?*\\')
        leaf = entry.rsplit("/", 1)[-1]
        assert leaf.split(".")[0].split("-")[-1].upper() not in ("CON", "NUL")
        assert len(leaf) <= 120
    assert len([e for e in entries if e.startswith("evidence/")]) == len(names)
    extract = tmp_path / "x"
    with zipfile.ZipFile(out) as z:
        z.extractall(extract)
    assert all(p.resolve().is_relative_to(extract.resolve()) for p in extract.rglob("*"))
    assert verify_packet(out).ok


def test_a_cancelled_export_leaves_nothing(ctx: AppContext, order: rec.Order,
                                           tmp_path: Path) -> None:
    class CancelSoon(Progress):
        def report(self, done: int, total: int | None, text: str) -> None:
            self.cancel()

    out = tmp_path / "p.zip"
    out.write_bytes(b"an older packet")
    with pytest.raises(Cancelled):
        write_packet(ctx, content_for(ctx, order), out, progress=CancelSoon())
    assert out.read_bytes() == b"an older packet"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize(("content", "message"), [
    (None, "not found"), (b"not a zip", "not a ZIP"), ("empty-zip", "no manifest.json")])
def test_verify_says_what_is_wrong_with_a_file_that_is_no_packet(
        tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "p.zip"
    if content == "empty-zip":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "hi")
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        verify_packet(path)


def test_a_damaged_stored_file_stops_the_export(ctx: AppContext, order: rec.Order,
                                                tmp_path: Path) -> None:
    stored = ctx.vault.path(order.evidence[0].sha256)
    stored.chmod(0o600)
    stored.write_bytes(stored.read_bytes()[:-10] + b"0123456789")  # same size, other bytes
    out = tmp_path / "p.zip"
    with pytest.raises(UserError, match="damaged"):
        write_packet(ctx, content_for(ctx, order), out)
    assert not out.exists() and [p for p in tmp_path.iterdir() if ".part" in p.name] == []


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/Los_Angeles", "Asia/Shanghai",
                                  "Pacific/Kiritimati"])
def test_the_summary_prints_the_given_dates_and_says_what_is_estimated(
        ctx: AppContext, order: rec.Order, tmp_path: Path, zone: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    from dataclasses import replace

    from aliassist.domain.instants import parse_instant

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        placed = parse_instant("2026-08-24", ctx.policy.tz)
        dated = replace(order, placed_at=placed, shipped_at=None, confirmed_at=placed,
                        confirmed_estimate="order_status", protection_days=None,
                        protection_ends_at=None, date_only=frozenset({"placed_at",
                                                                      "confirmed_at"}))
        out = tmp_path / "p.zip"
        write_packet(ctx, content_for(ctx, dated), out, paper="a4", force=True)
        with zipfile.ZipFile(out) as z:
            text = pdf_text(z.read("summary.pdf"), tmp_path)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "Placed 2026-08-24" in text
    assert "at the earliest 2026-08-24" in text
    assert "about 90 days" in text
    assert "your time" in text


def test_a_recorded_disputes_packet_shows_its_id_opening_status_and_steps(
        ctx: AppContext, now, tmp_path: Path) -> None:
    from aliassist.services.disputes import record_step
    from aliassist.services.orders import save_order_record
    from aliassist.services.packet import content_for_dispute

    save_order_record(ctx, rec.Order(
        "8187000000000077", now.replace(month=10, day=1), store="Lamp World",
        delivered_at=now.replace(month=11, day=2), amount=2599, currency="USD",
        items=(rec.Item("Desk lamp", quantity=1, price=2599),),
        disputes=(rec.Dispute("damaged", "open", item=0, platform_id="5012345678",
                              opened_at=now.replace(day=19), remedy="full_refund",
                              description="The base arrived cracked."),)))
    record_step(ctx, "8187000000000077", None, "seller_responded", at=now - timedelta(hours=5),
                note="asked for a video")
    record_step(ctx, "8187000000000077", "5012345678", "escalated", at=now - timedelta(hours=1))
    out = tmp_path / "recorded.zip"
    write_packet(ctx, content_for_dispute(ctx, "8187000000000077", None), out, paper="a4",
                 force=True)
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read(MANIFEST))
        text = pdf_text(z.read("summary.pdf"), tmp_path)
    record = manifest["record"]
    assert record["platform_id"] == "5012345678" and record["status"] == "escalated"
    assert record["opened_at"] == "2026-11-19T12:00:00Z"
    assert [s["kind"] for s in record["steps"]] == ["seller_responded", "escalated"]
    assert record["steps"][0]["detail"] == "asked for a video"
    assert record["steps"][1]["at"] == "2026-11-21T11:00:00Z"
    assert "Platform dispute id 5012345678" in text
    assert "Status escalated" in text and "Opened" in text
    assert "Steps recorded" in text
    assert "the seller answered the dispute: asked for a video" in text
    assert "you escalated the dispute to the platform" in text


def test_a_planned_disputes_packet_has_no_record(ctx: AppContext, order: rec.Order,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "planned.zip"
    planned = build_content(ctx, order, reason="damaged", dispute=None, description="x",
                            remedy=None, refund_amount=None, findings=())
    write_packet(ctx, planned, out, paper="a4", force=True)
    with zipfile.ZipFile(out) as z:
        assert json.loads(z.read(MANIFEST))["record"] is None
        assert "Steps recorded" not in pdf_text(z.read("summary.pdf"), tmp_path)
