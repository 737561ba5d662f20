"""The vault keeps each content once under its SHA-256, read-only, and never a half-file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from aliassist.errors import UserError
from aliassist.store.vault import Vault

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 40


def test_same_content_is_stored_once(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    a, b = tmp_path / "a.jpg", tmp_path / "copy.png"
    a.write_bytes(JPEG)
    b.write_bytes(JPEG)
    first, second = vault.put(a), vault.put(b)
    assert first == second
    assert first.sha256 == hashlib.sha256(JPEG).hexdigest()
    assert first.size == len(JPEG)
    assert first.mime == "image/jpeg"  # sniffed, whatever the extension says
    stored = vault.path(first.sha256)
    assert stored.read_bytes() == JPEG
    assert not os.access(stored, os.W_OK) or os.geteuid() == 0
    assert stored.stat().st_mode & 0o222 == 0
    assert vault.verify(first.sha256)
    assert list((tmp_path / "vault" / "tmp").iterdir()) == []


@pytest.mark.parametrize("make, message", [
    (lambda p: p, "not found"),
    (lambda p: (p.mkdir(), p)[1], "folder"),
    (lambda p: (p.write_bytes(b""), p)[1], "empty"),
])
def test_bad_files_are_refused_and_nothing_is_stored(tmp_path: Path, make, message: str) -> None:
    vault = Vault(tmp_path / "vault")
    path = make(tmp_path / "evidence.jpg")
    with pytest.raises(UserError, match=message) as err:
        vault.put(path)
    assert str(path) in str(err.value)
    stored = [p for p in (tmp_path / "vault").rglob("*") if p.is_file()]
    assert stored == []


def test_a_changed_file_fails_verification(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    src = tmp_path / "a.jpg"
    src.write_bytes(JPEG)
    kept = vault.put(src)
    stored = vault.path(kept.sha256)
    stored.chmod(0o600)
    stored.write_bytes(JPEG + b"tampered")
    assert not vault.verify(kept.sha256)
    assert not vault.verify("0" * 64)


MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def sparse_video(path: Path, size: int) -> Path:
    """A video-looking file of `size` bytes that takes no disk space."""
    with path.open("wb") as fh:
        fh.write(MP4_HEAD)
        fh.truncate(size)
    return path


def stored_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.parent.name != "tmp"
            and p.name != ".lock"]


def test_a_4_gb_video_is_refused_before_anything_is_copied(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    big = sparse_video(tmp_path / "film.mp4", 4 << 30)
    with pytest.raises(UserError, match=r"the file is 4\.3 GB; the evidence vault keeps files "
                                        r"up to 1\.0 GB") as err:
        vault.put(big)
    assert "trim a video" in str(err.value)
    assert stored_files(tmp_path / "vault") == []
    assert not list((tmp_path / "vault").rglob("*.part"))


def test_copies_stream_in_chunks_instead_of_reading_the_file_into_memory(tmp_path: Path
                                                                         ) -> None:
    import tracemalloc

    vault = Vault(tmp_path / "vault")
    video = sparse_video(tmp_path / "clip.mp4", 64 << 20)
    tracemalloc.start()
    try:
        kept = vault.put(video)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kept.size == 64 << 20 and kept.mime == "video/mp4" and kept.new
    assert peak < 8 << 20, f"peak {peak} bytes"


def test_devices_and_unreadable_files_are_refused(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    with pytest.raises(UserError, match="not a regular file"):
        vault.put(Path("/dev/zero"))
    locked = tmp_path / "locked.jpg"
    locked.write_bytes(JPEG)
    locked.chmod(0)
    if os.geteuid() != 0:  # root reads anything
        with pytest.raises(UserError, match="cannot read the file"):
            vault.put(locked)
    loop = tmp_path / "loop.jpg"
    loop.symlink_to(loop)  # unreadable even for root
    with pytest.raises(UserError, match="cannot read the file: Too many levels"):
        vault.put(loop)
    assert stored_files(tmp_path / "vault") == []


def test_a_damaged_stored_copy_is_replaced_by_the_next_put(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    src = tmp_path / "a.jpg"
    src.write_bytes(JPEG)
    kept = vault.put(src)
    stored = vault.path(kept.sha256)
    stored.chmod(0o600)
    stored.write_bytes(JPEG[:100])  # cut short by a disk error
    assert vault.put(src).new
    assert vault.verify(kept.sha256)


def test_removal_deletes_only_the_named_content(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    a, b = tmp_path / "a.jpg", tmp_path / "b.jpg"
    a.write_bytes(JPEG)
    b.write_bytes(JPEG + b"b")
    ka, kb = vault.put(a), vault.put(b)
    with vault.lock():
        assert vault.remove(ka.sha256)
    assert not vault.exists(ka.sha256) and vault.verify(kb.sha256)
    assert not vault.remove(ka.sha256)


def test_temporary_files_of_dead_copies_are_swept_but_live_ones_kept(tmp_path: Path) -> None:
    import fcntl

    vault = Vault(tmp_path / "vault")
    tmp = tmp_path / "vault" / "tmp"
    tmp.mkdir(parents=True)
    dead, live, fresh = tmp / "dead.part", tmp / "live.part", tmp / "fresh.part"
    for p in (dead, live, fresh):
        p.write_bytes(b"half")
    hour_ago = os.path.getmtime(dead) - 3600
    for p in (dead, live):
        os.utime(p, (hour_ago, hour_ago))
    with live.open("rb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)  # a copy still running holds its file
        assert vault.sweep_temp() == [dead]
    assert sorted(p.name for p in tmp.iterdir()) == ["fresh.part", "live.part"]


def _stored(vault: Vault) -> list[Path]:
    return [p for p in vault.root.rglob("*") if p.is_file() and p.parent.name != "tmp"
            and p.name != ".lock"]


@pytest.mark.parametrize("rewrite", ["same size", "grows", "shrinks"])
def test_a_file_rewritten_while_it_is_copied_is_refused(tmp_path: Path, rewrite: str) -> None:
    """Another program saves the photo while the copy runs: the copy would be a mix of both
    versions whose own hash calls it sound. It is refused and nothing is stored."""
    size = 3 * (1 << 20)  # three chunks: the rewrite lands between the first and the second
    src = tmp_path / "video.mp4"
    src.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"a" * (size - 12))
    new = {"same size": b"b" * size, "grows": b"b" * (size + 5), "shrinks": b"b" * (size // 2)}

    def save_meanwhile(copied: int) -> None:
        if copied == 1 << 20:
            with src.open("r+b") as fh:  # in place, as an editor saving over it does
                fh.seek(0)
                fh.write(new[rewrite])
                fh.truncate()

    vault = Vault(tmp_path / "vault")
    with pytest.raises(UserError, match="changed while it was being copied"):
        vault.put(src, progress=save_meanwhile)
    assert _stored(vault) == []
    assert list((vault.root / "tmp").iterdir()) == []
    kept = vault.put(src)  # once saved, it attaches
    assert vault.path(kept.sha256).read_bytes() == src.read_bytes()


def test_a_pipe_swapped_in_after_the_check_is_refused_without_blocking(tmp_path: Path) -> None:
    src = tmp_path / "photo.jpg"
    os.mkfifo(src)
    vault = Vault(tmp_path / "vault")
    with pytest.raises(UserError, match="not a regular file"):
        vault.put(src)


def test_without_following_links_a_link_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "real.jpg"
    target.write_bytes(JPEG)
    link = tmp_path / "link.jpg"
    link.symlink_to(target)
    vault = Vault(tmp_path / "vault")
    with pytest.raises(UserError, match="symbolic link"):
        vault.put(link, follow_symlinks=False)
    assert vault.put(link).sha256 == hashlib.sha256(JPEG).hexdigest()
