"""The packet's ZIP as it is written: to the disk past the system's cache where the file system
allows it, byte for byte what an ordinary file receives."""

from __future__ import annotations

import io
import mmap
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from aliassist.packet.archive import PacketWriter

WHEN = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
BLOCK = 2 * mmap.PAGESIZE  # small: entries and their headers fall across many blocks


def write(fh: io.BufferedIOBase, sources: list[Path], *, block: int = BLOCK) -> PacketWriter:
    with PacketWriter(fh, WHEN, direct_block=block) as writer:
        for n, source in enumerate(sources):
            writer.add_file(f"evidence/{n:02d}-{source.name}", source, compress=n % 3 == 2,
                            head=b"new head" if n == 1 else b"", offset=3 if n == 1 else 0)
        writer.add_bytes("message.txt", b"the buyer's words\n")
        writer.finish({"format": "aliassist-packet", "version": 1})
    return writer


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    """Files of every size around the block: empty, a few bytes, exactly a block, many."""
    folder = tmp_path / "vault"
    folder.mkdir()
    sizes = [0, 5, BLOCK, BLOCK - 31, 3 * BLOCK + 7, 1, 10 * BLOCK + 4095, 123]
    paths = []
    for n, size in enumerate(sizes):
        path = folder / f"file{n}.bin"
        path.write_bytes(os.urandom(size // 2) + bytes(size - size // 2))
        paths.append(path)
    return paths


def test_the_packet_written_past_the_cache_has_the_bytes_an_ordinary_file_gets(
        tmp_path: Path, sources: list[Path]) -> None:
    plain = io.BytesIO()  # no name: written as an ordinary file is
    assert write(plain, sources).direct is None
    out = tmp_path / "p.zip"
    with out.open("wb") as fh:
        writer = write(fh, sources)
    if writer.direct is None:
        pytest.skip("this file system does not take writes past its cache (O_DIRECT)")
    assert out.read_bytes() == plain.getvalue()
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        assert z.read("evidence/06-file6.bin") == sources[6].read_bytes()
        assert z.read("evidence/01-file1.bin") == b"new head" + sources[1].read_bytes()[3:]


def test_blocks_that_are_no_whole_number_of_pages_go_through_the_ordinary_file(
        tmp_path: Path, sources: list[Path]) -> None:
    """Writes past the cache must be aligned: a block size that is not is never tried."""
    plain = io.BytesIO()
    write(plain, sources)
    out = tmp_path / "p.zip"
    with out.open("wb") as fh:
        writer = write(fh, sources, block=BLOCK + 512)
    assert writer.direct is None
    assert out.read_bytes() == plain.getvalue()
