"""`verify-packet` on packets built to break it: each says what is wrong (exit 1 for a packet
that does not match, 2 for a file that is no packet), never a traceback, never a hang, and
never reads a bomb into memory."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from aliassist.errors import UserError
from aliassist.packet.archive import MANIFEST, verify_packet
from tests.cli.test_cli import cli

FILES = {"summary.pdf": b"%PDF-1.7 a summary", "message.txt": b"The base arrived cracked.\n",
         "evidence/01-damage_photos-crack.jpg": b"\xff\xd8\xff\xe0" + b"crack" * 200}


def manifest(files: dict[str, bytes]) -> bytes:
    return json.dumps({"format": "aliassist-packet", "version": 1, "order": "8187000000000001",
                       "reason": "damaged", "generated_at": "2026-11-21T12:00:00Z",
                       "files": [{"path": n, "size": len(d),
                                  "sha256": hashlib.sha256(d).hexdigest()}
                                 for n, d in files.items()]}).encode()


def write_packet(path: Path, entries: list[tuple[str, bytes]],
                 compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in entries:
            z.writestr(name, data)
    return path


def good_packet(path: Path) -> Path:
    return write_packet(path, [*FILES.items(), (MANIFEST, manifest(FILES))])


def patch_entry(path: Path, name: str, *, flags: int = 0, method: int | None = None) -> None:
    """Set general-purpose flag bits and the compression method of `name` in both its local
    header and its central directory record, as a hostile tool would write them."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, flag_at, method_at, name_len_at, name_at in (
            (b"PK\x03\x04", 6, 8, 26, 30), (b"PK\x01\x02", 8, 10, 28, 46)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            start = at + 4
            length = struct.unpack_from("<H", data, at + name_len_at)[0]
            if bytes(data[at + name_at: at + name_at + length]) != encoded:
                continue
            old = struct.unpack_from("<H", data, at + flag_at)[0]
            struct.pack_into("<H", data, at + flag_at, old | flags)
            if method is not None:
                struct.pack_into("<H", data, at + method_at, method)
    path.write_bytes(bytes(data))


def test_a_good_packet_verifies(tmp_path: Path) -> None:
    assert verify_packet(good_packet(tmp_path / "p.zip")).ok


@pytest.mark.parametrize(("flags", "method"), [(0x1, None), (0, 99), (0, 77), (0x41, 99)])
def test_an_encrypted_or_strangely_compressed_entry_counts_as_changed(
        tmp_path: Path, flags: int, method: int | None) -> None:
    packet = good_packet(tmp_path / "p.zip")
    patch_entry(packet, "evidence/01-damage_photos-crack.jpg", flags=flags, method=method)
    report = verify_packet(packet)
    assert not report.ok and report.changed == ["evidence/01-damage_photos-crack.jpg"]
    code, out, err = cli("verify-packet", str(packet))
    assert code == 1 and "CHANGED  evidence/01-damage_photos-crack.jpg" in out
    assert "Traceback" not in err


@pytest.mark.parametrize(("flags", "method", "says"), [
    (0x1, None, "encrypted"), (0, 99, "unknown compression")])
def test_an_unreadable_manifest_is_a_clear_error(tmp_path: Path, flags: int,
                                                 method: int | None, says: str) -> None:
    packet = good_packet(tmp_path / "p.zip")
    patch_entry(packet, MANIFEST, flags=flags, method=method)
    code, out, err = cli("verify-packet", str(packet))
    assert code == 2 and out == "" and says in err and "Traceback" not in err


def test_a_deeply_nested_manifest_is_a_clear_error(tmp_path: Path) -> None:
    packet = write_packet(tmp_path / "p.zip", [(MANIFEST, b"[" * 200_000 + b"]" * 200_000)])
    code, _, err = cli("verify-packet", str(packet))
    assert code == 2 and "nested too deeply" in err and "Traceback" not in err


def test_a_manifest_bomb_is_refused_without_reading_it(tmp_path: Path) -> None:
    """A small ZIP whose manifest inflates to 256 MB of blanks (the attack used 1.5 GB)."""
    packet = tmp_path / "bomb.zip"
    block = b" " * (1 << 20)
    with zipfile.ZipFile(packet, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z, \
            z.open(MANIFEST, "w", force_zip64=True) as fh:
        for _ in range(256):
            fh.write(block)
    assert packet.stat().st_size < 1 << 20
    probe = ("import resource, sys\n"
             "from aliassist.cli import run\n"
             "code = run(['verify-packet', sys.argv[1]])\n"
             "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
             "sys.exit(code)\n")

    def peak_kb(path: Path) -> tuple[int, str]:
        done = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True,
                              text=True, timeout=120)
        return int(done.stdout.split()[-1]), done.stderr

    baseline, _ = peak_kb(good_packet(tmp_path / "good.zip"))
    peak, err = peak_kb(packet)
    assert "far smaller" in err and "Traceback" not in err, err
    assert peak - baseline < 64 * 1024  # KB: nowhere near the 256 MB it inflates to


def test_a_manifest_whose_header_lies_about_its_size_is_bounded(tmp_path: Path) -> None:
    """The header says 100 bytes; the data inflates to 64 MB: no more than stated is read."""
    packet = tmp_path / "liar.zip"
    with zipfile.ZipFile(packet, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, b" " * (64 << 20))
    data = bytearray(packet.read_bytes())
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        struct.pack_into("<I", data, at + size_at, 100)
    packet.write_bytes(bytes(data))
    code, _, err = cli("verify-packet", str(packet))
    assert code == 2 and "Traceback" not in err, err
    assert "cannot be read" in err or "not an AliAssist packet manifest" in err


def test_a_duplicate_name_with_the_tampered_copy_first_fails(tmp_path: Path) -> None:
    name = "evidence/01-damage_photos-crack.jpg"
    entries = [(name, b"\xff\xd8\xff\xe0 a different photo"), *FILES.items(),
               (MANIFEST, manifest(FILES))]
    with pytest.warns(UserWarning, match="Duplicate name"):
        packet = write_packet(tmp_path / "twice.zip", entries)
    report = verify_packet(packet)
    assert not report.ok and report.duplicate == [name]
    code, out, _ = cli("verify-packet", str(packet))
    assert code == 1 and f"TWICE    {name}" in out and "OK" not in out
    code, out, _ = cli("verify-packet", str(packet), "--json")
    assert json.loads(out)["duplicate"] == [name] and json.loads(out)["ok"] is False


def test_a_second_manifest_is_refused(tmp_path: Path) -> None:
    with pytest.warns(UserWarning):
        packet = write_packet(tmp_path / "p.zip", [*FILES.items(), (MANIFEST, manifest(FILES)),
                                                   (MANIFEST, manifest({}))])
    with pytest.raises(UserError, match="2 times"):
        verify_packet(packet)


def test_an_entry_that_inflates_beyond_its_listed_size_is_changed(tmp_path: Path) -> None:
    small = {"message.txt": b"short"}
    listed = manifest(small)
    packet = write_packet(tmp_path / "p.zip", [("message.txt", b"x" * (8 << 20)),
                                               (MANIFEST, listed)])
    report = verify_packet(packet)
    assert report.changed == ["message.txt"]


def test_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "p.zip"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "aliassist", "verify-packet", str(fifo)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "not a regular file" in done.stderr


@pytest.mark.parametrize("content", [b"", b"PK\x05\x06" + b"\0" * 18, b"PK\x03\x04junk",
                                     b"not a zip at all"])
def test_broken_zips_are_clear_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(content)
    code, out, err = cli("verify-packet", str(path))
    assert code == 2 and out == "" and "Traceback" not in err
