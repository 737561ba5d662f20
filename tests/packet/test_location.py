"""Photos that name where they were taken: attach warns, the packet's copies leave the
position out (losslessly for JPEG and PNG), `--keep-location` keeps it, and the vault's
original is never changed."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from PIL import ExifTags, Image

from aliassist.domain import records as rec
from aliassist.media.location import has_location, location_free_parts, without_location
from aliassist.services.context import AppContext
from aliassist.services.derived import head_path
from aliassist.services.orders import save_order_record
from tests.cli.test_cli import cli
from tests.conftest import NOW

NUMBER = "8187000000000088"


def located_photo(path: Path, fmt: str = "JPEG") -> Path:
    img = Image.new("RGB", (64, 48), (200, 40, 40))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Phone"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (52.0, 31.0, 12.5),
        ExifTags.GPS.GPSLongitudeRef: "E", ExifTags.GPS.GPSLongitude: (13.0, 24.0, 1.0)}
    img.save(path, format=fmt, exif=exif)
    return path


def test_jpeg_and_png_lose_the_position_and_nothing_else(tmp_path: Path) -> None:
    for fmt, name in (("JPEG", "a.jpg"), ("PNG", "a.png")):
        photo = located_photo(tmp_path / name, fmt)
        assert has_location(photo)
        data = without_location(photo)
        assert data is not None
        clean = tmp_path / f"clean-{name}"
        clean.write_bytes(data)
        assert not has_location(clean)
        with Image.open(photo) as before, Image.open(io.BytesIO(data)) as after:
            assert before.tobytes() == after.tobytes()  # the same pixels: no re-encoding
            assert after.getexif().get(ExifTags.Base.Make) == "Phone"
    plain = tmp_path / "plain.jpg"
    Image.new("RGB", (8, 8)).save(plain)
    assert not has_location(plain) and without_location(plain) is None


def test_a_jpeg_is_rewritten_up_to_its_image_data_only(tmp_path: Path) -> None:
    """The packet streams a large photo: only the segments before its image data are made
    anew, the rest is the stored file's own bytes from an offset."""
    photo = tmp_path / "big.jpg"
    noise = Image.frombytes("RGB", (256, 256), bytes(range(256)) * 768)
    exif = Image.Exif()
    exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N",
                                  ExifTags.GPS.GPSLatitude: (52.0, 31.0, 12.5)}
    noise.save(photo, format="JPEG", quality=95, exif=exif)
    parts = location_free_parts(photo)
    assert parts is not None
    head, offset = parts
    original = photo.read_bytes()
    assert len(head) < 1000 < len(original) - offset  # the image data is not in the head
    assert original[offset:offset + 2] == b"\xff\xda"  # it starts at the start of scan
    assert head + original[offset:] == without_location(photo)
    assert len(head) < offset  # the GPS directory is gone


def lamp_order() -> rec.Order:
    """A delivered lamp with a dispute open about its cracked base."""
    return rec.Order(
        NUMBER, NOW.replace(month=10, day=1), delivered_at=NOW.replace(month=11, day=2),
        delivery_status="delivered", amount=1000, currency="USD",
        items=(rec.Item("Lamp", quantity=1, price=1000),),
        disputes=(rec.Dispute("damaged", "open", item=0, opened_at=NOW.replace(day=19),
                              description="The lamp base arrived cracked in two places."),))


def test_attach_warns_and_the_packet_leaves_the_position_out(
        ctx: AppContext, db_path: Path, tmp_path: Path) -> None:
    save_order_record(ctx, lamp_order())
    photo = located_photo(tmp_path / "crack.jpg")
    original = photo.read_bytes()
    base = ("--db", str(db_path), "--now", "2026-11-21T12:00:00Z")
    code, out, err = cli(*base, "attach", NUMBER, str(photo), "--kind", "own_photo",
                         "--dispute", "1", "--json")
    assert code == 0, err
    assert json.loads(out)[0]["location"] is True
    assert "GPS position" in err and "--keep-location" in err
    sha = hashlib.sha256(original).hexdigest()

    def packet_photo(*extra: str) -> bytes:
        out_zip = tmp_path / f"p{len(extra)}.zip"
        code, _, err = cli(*base, "packet", NUMBER, "--dispute", "1", "--out", str(out_zip),
                           "--force", *extra)
        assert code == 0, err
        assert cli("verify-packet", str(out_zip))[0] == 0
        with zipfile.ZipFile(out_zip) as z:
            (name,) = [n for n in z.namelist() if n.startswith("evidence/")]
            return z.read(name)

    stripped = packet_photo()
    assert stripped != original
    check = tmp_path / "check.jpg"
    check.write_bytes(stripped)
    assert not has_location(check)
    assert packet_photo("--keep-location") == original
    assert ctx.vault.path(sha).read_bytes() == original  # the vault keeps it as it was


def located_order(ctx: AppContext, db_path: Path, tmp_path: Path) -> tuple[tuple[str, ...], str]:
    """An order with a dispute and a photo naming its position, attached by the command line:
    (the global options, the photo's SHA-256)."""
    save_order_record(ctx, lamp_order())
    photo = located_photo(tmp_path / "crack.jpg")
    base = ("--db", str(db_path), "--now", "2026-11-21T12:00:00Z")
    code, _, err = cli(*base, "attach", NUMBER, str(photo), "--kind", "own_photo", "--dispute",
                       "1")
    assert code == 0, err
    return base, hashlib.sha256(photo.read_bytes()).hexdigest()


def test_the_photos_new_head_is_kept_and_the_export_needs_no_pillow(
        ctx: AppContext, db_path: Path, tmp_path: Path) -> None:
    """The attach keeps the photo's head without the position: an export (a process of its
    own here) copies the rest of the stored file after it without loading Pillow, and the
    packet is the same as one made without the kept head (which the export keeps again)."""
    import subprocess
    import sys

    base, sha = located_order(ctx, db_path, tmp_path)
    kept = head_path(ctx, sha)
    assert kept.is_file()
    probe = ("import sys\nfrom aliassist.app import main\ncode = main(sys.argv[1:])\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'PIL', 'numpy'}), code)")
    done = subprocess.run([sys.executable, "-c", probe, *base, "packet", NUMBER, "--dispute",
                           "1", "--force", "--out", str(tmp_path / "kept.zip")],
                          capture_output=True, text=True, timeout=180)
    assert done.stdout.split("\n")[-2] == "[] 0", done.stderr
    kept_bytes = kept.read_bytes()
    kept.unlink()
    code, _, err = cli(*base, "packet", NUMBER, "--dispute", "1", "--force", "--out",
                       str(tmp_path / "made.zip"))
    assert code == 0, err
    assert (tmp_path / "kept.zip").read_bytes() == (tmp_path / "made.zip").read_bytes()
    assert kept.read_bytes() == kept_bytes


def test_a_photo_damaged_where_its_kept_head_replaces_it_still_stops_the_export(
        ctx: AppContext, db_path: Path, tmp_path: Path) -> None:
    """The copy does not read the stored bytes the kept head stands for: their hash, noted
    with the head, finds them changed, and the export is refused as for any damage."""
    base, sha = located_order(ctx, db_path, tmp_path)
    stored = ctx.vault.path(sha)
    data = bytearray(stored.read_bytes())
    make = data.index(b"Phone")  # in the EXIF the head replaces
    data[make] ^= 0x20  # "phone": one bit, same size, still a readable EXIF
    stored.chmod(0o600)
    stored.write_bytes(bytes(data))
    out = tmp_path / "p.zip"
    code, _, err = cli(*base, "packet", NUMBER, "--dispute", "1", "--force", "--out", str(out))
    assert code == 2 and "damaged" in err
    assert not out.exists() and [p for p in tmp_path.iterdir() if ".part" in p.name] == []
