"""P6: a dispute packet with about 200 MB of evidence, as the user makes it: the CLI as a
process (`python -m aliassist packet ...`), against a process that store-copies the same files
into a ZIP with zipfile.

The evidence is what a phone gives: JPEG photos with the GPS position in their EXIF, 21 of them
above the dispute form's 5 MB limit (the packet adds a converted JPEG for each), two HEIC photos
and one video. Two cases: the first export after attaching (the attach made the conversions and
thumbnails, or left them to the export) and a repeated export. Each is alternated with the
baseline; the median of the runs is printed, with the min and max, and the peak RSS of both
processes.

`python -m bench packet` runs it; `python -m bench.packet --profile` writes a cProfile of one
first export to /tmp/aliassist-packet.prof.
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import ExifTags, Image

from bench.common import Process, Result, alternate, process_result, run_process

NUMBER = "8187000000000777"
NOW = "2026-11-21T12:00:00Z"
#: phone photos: (count, pixels, JPEG quality) -- those at quality 97 are above 5 MB
PHOTOS = ((21, (4000, 3000), 97), (24, (4000, 3000), 88))
HEIC = 2
VIDEO_BYTES = 10_000_000

BASELINE = """
import sys, zipfile
out, files = sys.argv[1], sys.argv[2:]
with zipfile.ZipFile(out, "w") as z:
    for i, p in enumerate(files):
        z.write(p, f"evidence/{i:02d}", compress_type=zipfile.ZIP_STORED)
"""


def _base_picture(seed: int, size: tuple[int, int]) -> Image.Image:
    """A photo-like scene with sensor noise (so it compresses like a phone's JPEG)."""
    rng = np.random.default_rng(seed)
    small = Image.fromarray(rng.integers(0, 255, (6, 8, 3), dtype=np.uint8))
    smooth = np.asarray(small.resize(size, Image.Resampling.BICUBIC)).astype(np.int16)
    noisy = smooth + rng.integers(-14, 14, (size[1], size[0], 3), dtype=np.int16)
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def _phone_exif(n: int) -> Image.Exif:
    """EXIF as a phone writes it: a camera time and the GPS position (n makes each unique)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Phone"
    exif[ExifTags.IFD.Exif] = {ExifTags.Base.DateTimeOriginal:
                               f"2026:10:{1 + n % 28:02d} 10:{n % 60:02d}:{n * 7 % 60:02d}"}
    exif[ExifTags.IFD.GPSInfo] = {1: "N", 2: (52.0, 31.0, float(n)), 3: "E", 4: (13.0, 24.0, 2.0)}
    return exif


def make_evidence(folder: Path) -> list[Path]:
    """Write the phone's files into `folder`; every file has its own content."""
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    n = 0
    for count, size, quality in PHOTOS:
        encoded = io.BytesIO()
        _base_picture(quality, size).save(encoded, "JPEG", quality=quality)
        body = encoded.getvalue()[2:]  # after the start-of-image marker
        for _ in range(count):  # the same scene, each with its own EXIF (so its own content)
            n += 1
            exif = _phone_exif(n).tobytes()  # "Exif\\0\\0" and the TIFF data
            app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
            path = folder / f"IMG_{n:04d}.jpg"
            path.write_bytes(b"\xff\xd8" + app1 + body)
            files.append(path)
    try:
        import pillow_heif
    except ImportError:  # the dev extra brings the encoder; without it, no HEIC in the set
        pillow_heif = None
    if pillow_heif is not None:
        base = _base_picture(7, (4032, 3024))
        for _ in range(HEIC):
            n += 1
            path = folder / f"IMG_{n:04d}.HEIC"
            pillow_heif.from_pillow(base).save(path, quality=80 + n % 5,
                                               exif=_phone_exif(n).tobytes())
            files.append(path)
    video = folder / "VID_0001.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypisom" + os.urandom(VIDEO_BYTES - 12))
    files.append(video)
    return files


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "aliassist", "--db", str(db), "--now", NOW, *args]


def setup_order(db: Path, files: list[Path]) -> float:
    """An order with a recorded dispute; the files attached to it by the CLI, as a user does.
    Returns the seconds the attach took."""
    data = db.with_name("order.json")
    data.write_text(_order_json(), encoding="utf-8")
    subprocess.run(_cli(db, "import-data", str(data)), check=True, stdout=subprocess.DEVNULL)
    photos = [f for f in files if f.suffix != ".mp4"]
    videos = [f for f in files if f.suffix == ".mp4"]
    start = time.perf_counter()
    subprocess.run(_cli(db, "attach", NUMBER, *map(str, photos), "--kind", "own_photo",
                        "--checklist", "item_photos", "--dispute", "1"),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(_cli(db, "attach", NUMBER, *map(str, videos), "--kind", "own_video",
                        "--checklist", "fault_video", "--dispute", "1"),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _order_json() -> str:
    import json

    return json.dumps({"format": "aliassist-data", "version": 1, "orders": [{
        "number": NUMBER, "placed_at": "2026-10-01T00:00:00Z", "store": "Tools Store",
        "amount": 4599, "currency": "USD", "delivered_at": "2026-10-20T00:00:00Z",
        "delivery_status": "delivered",
        "items": [{"title": "Cordless drill", "quantity": 1, "price": 4599}],
        "disputes": [{"reason": "not_working", "status": "open", "item": 0,
                      "opened_at": "2026-11-20T10:00:00Z", "remedy": "full_refund",
                      "description": "The drill does not start; photos and a video attached."}],
    }]})


def _stored_paths(db: Path) -> list[str]:
    vault = db.parent / f"{db.stem}-evidence"
    return sorted(str(p) for p in vault.glob("??/*") if p.is_file())


def _derived_dirs(db: Path) -> list[Path]:
    """What the app derives from the vault (thumbnails, converted copies): deleted to measure
    a first export as it was before those were kept."""
    return [p for p in db.parent.iterdir() if p.is_dir() and p.name.startswith(db.stem)
            and p.name not in (f"{db.stem}-evidence", f"{db.stem}-backups")]


def measure(db: Path, out: Path, *, first: bool) -> tuple[list[Process], list[Process]]:
    """Alternate RUNS baseline and app exports. With `first`, each export is the first after
    attaching: the state just after the attach is put back before each pair."""
    cmd = _cli(db, "packet", NUMBER, "--dispute", "1", "--out", str(out))

    def baseline() -> Process:
        if first:
            _fresh_copy(db)
        return run_process([sys.executable, "-c", BASELINE, str(out) + ".plain",
                            *_stored_paths(db)])

    return alternate(baseline, lambda: run_process(cmd))


_PRISTINE: dict[Path, Path] = {}


def _fresh_copy(db: Path) -> None:
    """Put back the state just after the attach (the database, vault and derived files), on
    the disk as the attach leaves it (the vault syncs what it stores): the copy's own writes
    are not left for the next process's fsync to wait on."""
    pristine = _PRISTINE[db]
    for p in db.parent.iterdir():
        if p.name.startswith(db.stem):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    for p in pristine.iterdir():
        dest = db.parent / p.name
        if p.is_dir():
            shutil.copytree(p, dest)
        else:
            shutil.copy2(p, dest)
    os.sync()


def _keep_pristine(db: Path, where: Path) -> None:
    where.mkdir()
    for p in db.parent.iterdir():
        if p.name.startswith(db.stem):
            (shutil.copytree if p.is_dir() else shutil.copy2)(p, where / p.name)
    _PRISTINE[db] = where


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="aliassist-bench-") as tmp:
        folder = Path(tmp)
        files = make_evidence(folder / "phone")
        size = sum(f.stat().st_size for f in files)
        db = folder / "data" / "b.db"
        db.parent.mkdir()
        attach = setup_order(db, files)
        print(f"#   P6 evidence: {len(files)} files, {size / 1e6:.0f} MB; attach took "
              f"{attach:.1f} s", flush=True)
        _keep_pristine(db, folder / "pristine")
        out = folder / "packet.zip"
        first_app, first_base = measure(db, out, first=True)
        again_app, again_base = measure(db, out, first=False)
    return [process_result("P6 `aliassist packet`, 200 MB of photos, first export after attach",
                           first_app, first_base, "<= 1.3x", unit="ms"),
            process_result("P6 `aliassist packet`, 200 MB of photos, repeated export",
                           again_app, again_base, "<= 1.3x", unit="ms")]


def profile() -> None:
    """One first export under cProfile, in this process (the profile lands in /tmp)."""
    import cProfile
    import pstats

    from aliassist.cli import run as cli_main

    with tempfile.TemporaryDirectory(prefix="aliassist-bench-") as tmp:
        folder = Path(tmp)
        files = make_evidence(folder / "phone")
        db = folder / "b.db"
        setup_order(db, files)
        out = folder / "packet.zip"
        args = ["--db", str(db), "--now", NOW, "packet", NUMBER, "--dispute", "1", "--out",
                str(out)]
        prof = cProfile.Profile()
        start = time.perf_counter()
        prof.runcall(cli_main, args)
        print(f"first export: {time.perf_counter() - start:.2f} s")
        prof.dump_stats("/tmp/aliassist-packet.prof")
        stats = io.StringIO()
        pstats.Stats(prof, stream=stats).sort_stats("cumulative").print_stats(30)
        print(stats.getvalue())


if __name__ == "__main__":
    if "--profile" in sys.argv:
        profile()
    else:
        for r in run():
            print(r.line())
