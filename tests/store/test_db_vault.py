"""The evidence vault inside a team database: content-addressed, deduplicated, streamed in
chunks of 1 MiB, checked chunk by chunk; and the services on top of it (attach, detach, the
packet's files, verify-data) on both engines."""

from __future__ import annotations

import hashlib
import shutil
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from aliassist.services import evidence as service
from aliassist.services.context import AppContext, open_context
from aliassist.services.safety import verify_data
from aliassist.store import schema as db
from aliassist.store.db_vault import DamagedEvidenceError, DatabaseVault, open_vault
from aliassist.store.opening import open_store
from aliassist.store.vault import CHUNK, Vault
from tests.conftest import NOW
from tests.photos import save_photo
from tests.services.test_evidence import add_order


def noise(path: Path, size: int, seed: int = 1) -> Path:
    """A file of `size` bytes that does not compress (as a photo or a video)."""
    out = bytearray()
    block = hashlib.sha256(str(seed).encode()).digest()
    while len(out) < size:
        block = hashlib.sha256(block).digest()
        out += block * 64
    path.parent.mkdir(parents=True, exist_ok=True)
    head = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"  # an MP4's first box
    path.write_bytes(head + bytes(out[:size - len(head)]))
    return path


def rows(vault: DatabaseVault, table: str) -> int:
    with vault.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())


@pytest.fixture
def vault(pg_url: str) -> Iterator[DatabaseVault]:
    store = open_store(url=pg_url)
    found = open_vault(store)
    assert isinstance(found, DatabaseVault)
    yield found
    store.close()


def test_a_team_database_keeps_evidence_in_chunks_once_per_content(
        vault: DatabaseVault, tmp_path: Path) -> None:
    src = noise(tmp_path / "clip.mp4", 2 * CHUNK + 12345)
    first = vault.put(src)
    again = vault.put(noise(tmp_path / "copy.mp4", 2 * CHUNK + 12345))
    assert first.new and not again.new
    assert first.sha256 == again.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert (rows(vault, "vault_blobs"), rows(vault, "vault_chunks")) == (1, 3)
    with vault.engine.connect() as conn:
        sizes = list(conn.execute(text(
            "SELECT length(data) FROM vault_chunks ORDER BY seq")).scalars())
    assert sizes == [CHUNK, CHUNK, 12345]
    assert [len(c) for c in vault.read(first.sha256)] == sizes
    assert b"".join(vault.read(first.sha256)) == src.read_bytes()
    assert vault.exists(first.sha256) and vault.verify(first.sha256)
    local = vault.path(first.sha256)  # a checked copy in the local cache, for file readers
    assert local.read_bytes() == src.read_bytes() and local.is_relative_to(vault.root)
    assert vault.stored() == [first.sha256]
    assert vault.remove(first.sha256) and not local.exists()
    assert (rows(vault, "vault_blobs"), rows(vault, "vault_chunks")) == (0, 0)
    assert not vault.exists(first.sha256) and not vault.path(first.sha256).exists()


def test_storing_and_reading_stream_a_large_file_never_whole_in_memory(
        vault: DatabaseVault, tmp_path: Path) -> None:
    size = 24 * CHUNK
    src = noise(tmp_path / "film.mp4", size)
    tracemalloc.start()
    try:
        stored = vault.put(src)
        _, put_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        for piece in vault.read(stored.sha256):
            digest.update(piece)
        _, read_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        assert vault.verify(stored.sha256)
        _, verify_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == stored.sha256 and stored.size == size
    assert max(put_peak, read_peak, verify_peak) < 8 * CHUNK, \
        (put_peak, read_peak, verify_peak)


def test_a_file_rewritten_while_it_is_stored_is_refused_and_nothing_kept(
        vault: DatabaseVault, tmp_path: Path) -> None:
    src = noise(tmp_path / "photo.jpg", 3 * CHUNK)
    calls = []

    def rewrite(done: int) -> None:
        calls.append(done)
        if len(calls) == 1:
            with src.open("r+b") as fh:
                fh.seek(2 * CHUNK)
                fh.write(b"other bytes")

    with pytest.raises(Exception, match="changed while it was being copied"):
        vault.put(src, progress=rewrite)
    assert (rows(vault, "vault_blobs"), rows(vault, "vault_chunks")) == (0, 0)


def test_a_damaged_chunk_is_named_by_verify_data_and_refused_when_read(
        pg_url: str, tmp_path: Path) -> None:
    ctx = open_context(url=pg_url, now=NOW)
    try:
        order_id = add_order(ctx)
        video = noise(tmp_path / "unboxing.mp4", 3 * CHUNK + 10)
        photo = save_photo(tmp_path / "IMG_1.jpg", 1)
        service.attach_files(ctx, order_id, [photo, video])
        assert verify_data(ctx.store).ok
        sha = hashlib.sha256(video.read_bytes()).hexdigest()
        with ctx.store.engine.begin() as conn:
            conn.execute(text(
                "UPDATE vault_chunks SET data = overlay(data placing '\\x00'::bytea from 7) "
                "WHERE seq = 1 AND blob_id = (SELECT id FROM vault_blobs WHERE sha256 = :s)"),
                {"s": sha})
        report = verify_data(ctx.store)
        assert not report.ok
        assert report.problems == [
            f"order 8187000000000001: evidence file 'unboxing.mp4' (SHA-256 {sha}) in the "
            f"team database: chunk 2 of 4 (bytes {CHUNK}-{2 * CHUNK - 1}) is damaged: its "
            "bytes no longer match its SHA-256"]
        assert not verify_data(ctx.store, contents=False).problems  # present, not read
        shutil.rmtree(ctx.store.vault_dir, ignore_errors=True)  # the local cache
        with pytest.raises(DamagedEvidenceError, match="chunk 2 of 4"):
            ctx.vault.path(sha)
        with ctx.store.engine.begin() as conn:
            conn.execute(text("DELETE FROM vault_chunks WHERE seq = 2"))
        assert "chunk 3 of 4 is missing from the database" in verify_data(ctx.store).problems[0]
    finally:
        ctx.close()


def test_evidence_kept_in_a_local_folder_by_an_older_version_moves_into_the_database(
        pg_url: str, tmp_path: Path) -> None:
    ctx = open_context(url=pg_url, now=NOW)
    try:
        order_id = add_order(ctx)
        photo = save_photo(tmp_path / "IMG_1.jpg", 1)
        sha = service.attach_files(ctx, order_id, [photo])[0].evidence.sha256
        local = Vault(ctx.store.vault_dir)
        local.put(photo)  # where the folder vault kept it
        with ctx.store.engine.begin() as conn:  # as before schema 0006: nothing in the tables
            conn.execute(text("DELETE FROM vault_blobs"))
        assert not ctx.vault.exists(sha)
    finally:
        ctx.close()
    again = open_context(url=pg_url, now=NOW)
    try:
        assert again.vault.exists(sha) and again.vault.verify(sha)
        assert verify_data(again.store).ok
    finally:
        again.close()


# ---------------------------------------------------------------------------------------------
# The same services on both engines (the folder vault on SQLite, the tables on PostgreSQL)


def test_attach_detach_and_read_back_through_the_vault_of_either_engine(
        ctx: AppContext, tmp_path: Path) -> None:
    order_id = add_order(ctx)
    video = noise(tmp_path / "unboxing.mp4", CHUNK + 1)
    attached = service.attach_files(ctx, order_id, [video], kind="own_video")
    sha = attached[0].evidence.sha256
    in_db = ctx.store.engine.dialect.name == "postgresql"
    assert isinstance(ctx.vault, DatabaseVault) == in_db
    with ctx.session() as session:
        blobs = session.execute(select(func.count()).select_from(db.VaultBlob)).scalar_one()
    assert blobs == (1 if in_db else 0)  # the tables exist on SQLite and stay empty
    assert b"".join(ctx.vault.read(sha)) == video.read_bytes()
    assert ctx.vault.path(sha).read_bytes() == video.read_bytes()
    assert verify_data(ctx.store).ok
    service.detach(ctx, order_id, [0])
    assert not ctx.vault.exists(sha)
    assert not ctx.vault.path(sha).exists()
