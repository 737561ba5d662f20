"""On POSIX only the user can read what AliAssist keeps: the data folder 0700, the database and
its -wal/-shm 0600, the vault private, exports readable by the user alone. Whatever the umask."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from aliassist.services.context import open_context
from aliassist.services.datafile import export_data, import_data
from aliassist.store.database import default_db_path, user_data_dir
from aliassist.store.opening import open_store
from tests.conftest import NOW

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def test_the_data_folder_and_database_files_are_private(loose_umask: None) -> None:
    store = open_store()
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('k', '1')")
        db = default_db_path()
        assert db.parent == user_data_dir()
        assert mode(db.parent) == 0o700
        for name in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            assert name.exists() and mode(name) == 0o600, name
    finally:
        store.close()


def test_an_existing_loose_database_is_made_private(tmp_path: Path) -> None:
    store = open_store(tmp_path / "mine.db")
    store.close()
    db = tmp_path / "mine.db"
    db.chmod(0o644)
    open_store(db).close()
    assert mode(db) == 0o600


def test_a_folder_the_person_chose_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    open_store(folder / "a.db").close()
    assert mode(folder) == 0o755
    assert mode(folder / "a.db") == 0o600


def test_vault_and_exported_files_are_private(tmp_path: Path, loose_umask: None) -> None:
    source = tmp_path / "in"
    (source / "photos").mkdir(parents=True)
    (source / "photos" / "box.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo" * 100)
    (source / "data.json").write_text(json.dumps({
        "format": "aliassist-data", "version": 1, "orders": [{
            "number": "8187000000000001", "placed_at": "2026-01-05",
            "evidence": [{"path": "photos/box.jpg", "kind": "own_photo"}]}]}),
        encoding="utf-8")
    ctx = open_context(tmp_path / "db" / "a.db", now=NOW)
    try:
        import_data(ctx, source / "data.json")
        vault = ctx.store.vault_dir
        files = [p for p in vault.rglob("*") if p.is_file() and p.name != ".lock"]
        assert files and all(mode(p) == 0o400 for p in files)
        assert mode(vault / ".lock") == 0o600
        assert all(mode(p) == 0o700 for p in vault.rglob("*") if p.is_dir())
        assert mode(vault) == 0o700
        out = tmp_path / "out" / "export.json"
        export_data(ctx, out)
    finally:
        ctx.close()
    assert mode(out) == 0o600
    folder = out.with_name("export-evidence")
    assert mode(folder) == 0o700
    assert [mode(p) for p in folder.iterdir()] == [0o600]


def test_the_thumbnail_cache_is_private_whatever_the_umask(tmp_path: Path,
                                                           loose_umask: None) -> None:
    from PIL import Image

    from aliassist.services.evidence import make_thumbnail, thumbnail_dir

    photo = tmp_path / "box.png"
    Image.new("RGB", (40, 30), "red").save(photo)
    ctx = open_context(tmp_path / "db" / "a.db", now=NOW)
    try:
        kept = ctx.vault.put(photo)
        thumb = make_thumbnail(ctx, kept.sha256, 16)
        assert thumb is not None
        cache = thumbnail_dir(ctx)
        assert mode(cache) == 0o700 and mode(thumb.parent) == 0o700
        assert mode(thumb) == 0o600
        with ctx.vault.lock():
            assert mode(ctx.vault.root / ".lock") == 0o600
    finally:
        ctx.close()
