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
