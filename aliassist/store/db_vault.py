"""The evidence vault inside the database (a team database's): the same content-addressed store
as the folder vault (aliassist.store.vault), its files kept in the tables vault_blobs and
vault_chunks, so everyone on the server sees the same evidence.

Bytes always move in pieces of CHUNK (1 MiB): a file is hashed, then streamed into chunk rows
(each with its own SHA-256) in one transaction with its blob row; reading streams the chunks back
one at a time. A file is never held whole in memory.

Code that needs a file on disk (image decoding, the viewer, the packet, an export) gets one from
`path()`: a copy of the content made in the local cache folder (the store's vault folder),
streamed from the database and checked against its SHA-256 before it is put in place. The cache
is derived and safe to delete.

`open_vault(store)` chooses: the database vault on PostgreSQL, the folder beside the file on
SQLite.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sqlalchemy import Table, delete, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from aliassist.domain.filetypes import SNIFF_BYTES, sniff_mime
from aliassist.domain.instants import utc_now
from aliassist.errors import UserError
from aliassist.store.database import Store, make_private_dir
from aliassist.store.schema import VaultBlob, VaultChunk
from aliassist.store.vault import (
    CHUNK,
    MAX_FILE_BYTES,
    StoredFile,
    Vault,
    _changed,
    _discard,
    _fsync_dir,
    _open_regular,
)

#: the key of the advisory lock that stands for the vault's lock on PostgreSQL ("AlAsVaul")
ADVISORY_KEY = 0x416C41735661756C

blobs: Table = VaultBlob.__table__  # type: ignore[assignment]
chunks: Table = VaultChunk.__table__  # type: ignore[assignment]


class DamagedEvidenceError(UserError, OSError):
    """Stored content whose bytes no longer match its SHA-256. An OSError too, as a vault file
    that cannot be read is: code that copes with an unreadable file copes with this."""

    def __init__(self, sha256: str, problem: str):
        UserError.__init__(
            self, f"the evidence file with SHA-256 {sha256} is damaged in the team database "
            f"({problem}); it cannot be used", where="evidence vault",
            hint="`aliassist verify-data` lists every damaged file; attach the file again, "
                 "or restore the database from a backup (pg_restore)")


def open_vault(store: Store) -> Vault:
    """The evidence vault of `store`: in the database on PostgreSQL (with a local cache in the
    store's vault folder), else the folder beside the database file."""
    if store.engine.dialect.name == "postgresql":
        vault = DatabaseVault(store.engine, store.vault_dir)
        vault.adopt_local_files()
        return vault
    return Vault(store.vault_dir)


def in_database(vault: Vault) -> bool:
    return isinstance(vault, DatabaseVault)


class DatabaseVault(Vault):
    """Evidence in the tables vault_blobs/vault_chunks; `root` is the local cache folder."""

    def __init__(self, engine: Engine, cache: Path, max_bytes: int = MAX_FILE_BYTES):
        super().__init__(cache, max_bytes)
        self.engine = engine

    # -- reading -----------------------------------------------------------------------------

    def _blob(self, conn: Connection, sha256: str) -> tuple[int, int, int] | None:
        row = conn.execute(select(blobs.c.id, blobs.c.size, blobs.c.chunks)
                           .where(blobs.c.sha256 == sha256)).first()
        return None if row is None else (row[0], row[1], row[2])

    def exists(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            return self._blob(conn, sha256) is not None

    def size(self, sha256: str) -> int | None:
        with self.engine.connect() as conn:
            found = self._blob(conn, sha256)
        return None if found is None else found[1]

    def stored(self) -> list[str]:
        """The SHA-256 of every content in the vault."""
        with self.engine.connect() as conn:
            return list(conn.execute(select(blobs.c.sha256).order_by(blobs.c.sha256)).scalars())

    def read(self, sha256: str) -> Iterator[bytes]:
        """The content's bytes, chunk by chunk (KeyError when it is not stored). Each chunk is
        read by its own query: only one is in memory at a time."""
        with self.engine.connect() as conn:
            found = self._blob(conn, sha256)
            if found is None:
                raise KeyError(sha256)
            blob_id, _size, count = found
            for seq in range(count):
                data = conn.execute(select(chunks.c.data).where(
                    chunks.c.blob_id == blob_id, chunks.c.seq == seq)).scalar()
                if data is None:
                    raise KeyError(f"{sha256} chunk {seq}")
                yield bytes(data)

    def path(self, sha256: str) -> Path:
        """A local file holding the content (made in the cache from the database when it is
        not there yet). A content the database does not hold gets no file: the path returned
        then does not exist. Content held damaged raises DamagedEvidenceError."""
        final = super().path(sha256)
        size = self.size(sha256)
        if size is None:
            return final
        with contextlib.suppress(OSError):
            if final.stat().st_size == size:
                return final
        self._materialize(sha256, final)
        return final

    def _materialize(self, sha256: str, final: Path) -> None:
        tmp_dir = self.root / "tmp"
        make_private_dir(tmp_dir)
        fd, tmp = tempfile.mkstemp(dir=tmp_dir, suffix=".part")
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                for data in self.read(sha256):
                    digest.update(data)
                    out.write(data)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha256:
                _discard(tmp)
                raise DamagedEvidenceError(sha256, self.problem(sha256) or "changed")
            make_private_dir(final.parent)
            os.chmod(tmp, 0o400)
            with contextlib.suppress(FileNotFoundError):
                os.chmod(final, 0o600)
            os.replace(tmp, final)
            _fsync_dir(final.parent)
        except KeyError:
            _discard(tmp)
        except BaseException:
            _discard(tmp)
            raise

    # -- adding ------------------------------------------------------------------------------

    def adopt_local_files(self) -> list[str]:
        """Move into the database the evidence that an older AliAssist kept in this machine's
        folder (before schema 0006 a team database's vault was a local folder, the folder that
        is now the cache): every file the database refers to but does not hold, found whole in
        the folder. Returns their SHA-256."""
        with self.engine.connect() as conn:
            wanted = list(conn.execute(text(
                "SELECT DISTINCT sha256 FROM evidence WHERE sha256 NOT IN "
                "(SELECT sha256 FROM vault_blobs)")).scalars())
        adopted = []
        for sha in wanted:
            local = Vault(self.root)
            if local.verify(sha):
                self.put_stream(sha, local.read(sha), where=str(local.path(sha)))
                adopted.append(sha)
        return adopted

    def put(self, src: Path, *, where: str | None = None,
            progress: Callable[[int], None] | None = None,
            follow_symlinks: bool = True) -> StoredFile:
        """Store `src` (once per content) as the folder vault does: the file is hashed first
        (content already stored is not sent again), then streamed into chunks while it is
        hashed again; a file that changed between the two readings is refused, nothing
        stored."""
        label = where or str(src)
        self.check_source(src, where=label)
        with _open_regular(src, label, follow_symlinks=follow_symlinks) as fh:
            before = os.fstat(fh.fileno())
            first = hashlib.sha256()
            size = 0
            head = b""
            while data := fh.read(CHUNK):
                if not head:
                    head = data[:SNIFF_BYTES]
                first.update(data)
                size += len(data)
                self._check_size(size, label)
            if size == 0:
                raise UserError("the file is empty (0 bytes)", where=label)
            sha = first.hexdigest()
            mime = sniff_mime(head)
            if self.size(sha) == size:
                if progress is not None:
                    progress(size)
                return StoredFile(sha, size, mime, False)

            def pieces() -> Iterator[bytes]:
                fh.seek(0)
                while data := fh.read(CHUNK):
                    yield data

            def unchanged(digest: str, copied: int) -> None:
                if digest != sha or _changed(before, os.fstat(fh.fileno()), copied):
                    raise UserError(
                        "the file changed while it was being copied (another program is "
                        "writing it); nothing was stored", where=label,
                        hint="wait until it is saved completely, then attach it again")

            try:
                new = self._store(sha, pieces(), label, progress, unchanged)
            except OSError as exc:
                raise UserError(f"cannot read the file: {exc.strerror}", where=label) from None
        return StoredFile(sha, size, mime, new)

    def put_stream(self, sha256: str, pieces: Iterable[bytes], *, where: str) -> bool:
        """Store content whose SHA-256 is known (copied from another vault), checking it on
        the way. True when it was stored now, False when the vault already held it."""
        if self.exists(sha256):
            return False

        def same(digest: str, _copied: int) -> None:
            if digest != sha256:
                raise UserError(f"the content does not match its SHA-256 {sha256}; nothing "
                                "was stored", where=where)

        return self._store(sha256, pieces, where, None, same)

    def _store(self, sha: str, pieces: Iterable[bytes], label: str,
               progress: Callable[[int], None] | None,
               check: Callable[[str, int], None]) -> bool:
        """Write a blob and its chunks in one transaction; `check(digest, size)` may refuse
        what was streamed before it is committed. False when another writer stored the same
        content first."""
        digest = hashlib.sha256()
        size = 0
        try:
            with self.engine.begin() as conn:
                old = self._blob(conn, sha)
                if old is not None:  # stored with another size: a damaged copy to replace
                    conn.execute(delete(chunks).where(chunks.c.blob_id == old[0]))
                    conn.execute(delete(blobs).where(blobs.c.id == old[0]))
                blob_id = conn.execute(insert(blobs).values(
                    sha256=sha, size=0, chunks=0, stored_at=utc_now()
                ).returning(blobs.c.id)).scalar_one()
                seq = 0
                for data in _rechunk(pieces):
                    digest.update(data)
                    size += len(data)
                    self._check_size(size, label)
                    conn.execute(insert(chunks).values(
                        blob_id=blob_id, seq=seq, data=data,
                        sha256=hashlib.sha256(data).hexdigest()))
                    seq += 1
                    if progress is not None:
                        progress(size)
                check(digest.hexdigest(), size)
                conn.execute(update(blobs).where(blobs.c.id == blob_id)
                             .values(size=size, chunks=seq))
        except IntegrityError:  # another process stored the same content at the same time
            if self.exists(sha):
                return False
            raise
        return True

    def sweep_temp(self) -> list[Path]:
        """A blob is written in one transaction, so the database keeps no half-files; this
        sweeps the local cache's temporary files."""
        return super().sweep_temp()

    # -- removing ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """The vault's lock across every machine: a PostgreSQL advisory lock held on a
        connection of its own for as long as the block runs."""
        if self.engine.dialect.name != "postgresql":
            with super().lock():
                yield
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_KEY})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})

    def remove(self, sha256: str) -> bool:
        with self.engine.begin() as conn:
            found = self._blob(conn, sha256)
            if found is not None:
                conn.execute(delete(chunks).where(chunks.c.blob_id == found[0]))
                conn.execute(delete(blobs).where(blobs.c.id == found[0]))
        cached = super().path(sha256)
        with contextlib.suppress(OSError):
            cached.unlink()
        with contextlib.suppress(OSError):
            cached.parent.rmdir()
        return found is not None

    # -- checking ----------------------------------------------------------------------------

    def verify(self, sha256: str) -> bool:
        return self.problem(sha256) is None

    def problem(self, sha256: str) -> str | None:
        """What is wrong with the stored content, in words (None when it is whole): missing,
        a missing or damaged chunk (named by its number and its bytes), or a size or SHA-256
        that does not match."""
        with self.engine.connect() as conn:
            found = self._blob(conn, sha256)
            if found is None:
                return "missing from the database"
            blob_id, size, count = found
            seqs = list(conn.execute(select(chunks.c.seq).where(chunks.c.blob_id == blob_id)
                                     .order_by(chunks.c.seq)).scalars())
            if seqs != list(range(count)):
                lost = sorted(set(range(count)) - set(seqs))
                if lost:
                    return (f"chunk {lost[0] + 1} of {count} is missing from the database "
                            f"(from byte {lost[0] * CHUNK})")
                return f"holds {len(seqs)} chunks where {count} were stored"
            digest = hashlib.sha256()
            total = 0
            for seq in seqs:
                row = conn.execute(select(chunks.c.sha256, chunks.c.data).where(
                    chunks.c.blob_id == blob_id, chunks.c.seq == seq)).one()
                data = bytes(row[1])
                if hashlib.sha256(data).hexdigest() != row[0]:
                    return (f"chunk {seq + 1} of {count} (bytes {total}-{total + len(data) - 1}) "
                            "is damaged: its bytes no longer match its SHA-256")
                digest.update(data)
                total += len(data)
        if total != size:
            return f"holds {total} bytes where {size} were stored"
        if digest.hexdigest() != sha256:
            return "its bytes no longer match its SHA-256"
        return None


def _rechunk(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """`pieces` cut or joined into chunks of exactly CHUNK bytes (the last one shorter)."""
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) >= CHUNK:
            yield bytes(buffer[:CHUNK])
            del buffer[:CHUNK]
    if buffer:
        yield bytes(buffer)
