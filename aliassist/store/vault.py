"""The evidence vault: files stored once under the SHA-256 of their content, never changed.

A file is streamed to a temporary name inside the vault while it is hashed, flushed to disk, then
renamed into place; a crash mid-copy leaves at most a stray temporary file, never a half-file
under a hash. Stored files are made read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from aliassist.domain.filetypes import SNIFF_BYTES, sniff_mime
from aliassist.errors import UserError
from aliassist.store.database import make_private_dir

CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    mime: str | None


class Vault:
    def __init__(self, root: Path):
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, src: Path, *, where: str | None = None) -> StoredFile:
        """Copy `src` into the vault (once per content) and describe what was stored."""
        label = where or str(src)
        if not src.exists():
            raise UserError("file not found", where=label)
        if src.is_dir():
            raise UserError("is a folder, not a file", where=label)
        try:
            fh = src.open("rb")
        except OSError as exc:
            raise UserError(f"cannot read the file: {exc.strerror}", where=label) from None
        make_private_dir(self.root / "tmp")
        digest = hashlib.sha256()
        size = 0
        head = b""
        fd, tmp = tempfile.mkstemp(dir=self.root / "tmp", suffix=".part")
        try:
            with fh, os.fdopen(fd, "wb") as out:
                while chunk := fh.read(CHUNK):
                    if not head:
                        head = chunk[:SNIFF_BYTES]
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            if size == 0:
                raise UserError("the file is empty (0 bytes)", where=label)
            sha = digest.hexdigest()
            final = self.path(sha)
            if final.is_file():
                os.unlink(tmp)
            else:
                make_private_dir(final.parent)
                os.chmod(tmp, 0o400)
                os.replace(tmp, final)
        except OSError as exc:
            _discard(tmp)
            raise UserError(f"cannot copy the file into the evidence vault: {exc.strerror}",
                            where=label) from None
        except BaseException:
            _discard(tmp)
            raise
        return StoredFile(sha, size, sniff_mime(head))

    def verify(self, sha256: str) -> bool:
        """True when the stored file still has the content its name promises."""
        path = self.path(sha256)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256


def _discard(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name)
