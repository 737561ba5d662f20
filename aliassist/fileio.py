"""Files the app produces are written to a temporary name beside the target, flushed, and renamed
into place: a crash or a cancel never leaves a half-written file under the real name."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from aliassist.errors import UserError


@contextlib.contextmanager
def atomic_path(path: Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `path`, on error it vanishes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if mode is not None:
            tmp.chmod(mode)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text_atomic(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def open_input(path: Path, what: str = "file") -> BinaryIO:
    """Open a file the user named, for reading bytes; UserError naming it when it is missing,
    a folder, or unreadable."""
    label = str(path)
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise UserError("file not found", where=label) from None
    except IsADirectoryError:
        raise UserError(f"is a folder, not a {what}", where=label) from None
    except OSError as exc:
        raise UserError(f"cannot read the file: {exc.strerror}", where=label) from None


def regular_file_info(path: Path, label: str, what: str = "file",
                      folder_hint: str | None = None) -> os.stat_result:
    """`path`'s stat when it is a regular file the user can give as a `what`; else a UserError
    that says why (missing, unreadable, a folder, a device, pipe or socket), at `label`."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserError("file not found", where=label) from None
    except OSError as exc:
        raise UserError(f"cannot read the {what}: {exc.strerror}", where=label) from None
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"is a folder, not a {what}", where=label, hint=folder_hint)
    if not stat.S_ISREG(info.st_mode):
        so_not = "" if what == "file" else f", so not a {what}"
        raise UserError(f"is not a regular file (a device, pipe or socket){so_not}",
                        where=label)
    return info
