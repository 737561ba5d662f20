"""Real faults for the tests and `make stress`: a full disk (a small tmpfs, or a loop file, as
root) and a read-only database. Each helper says why it cannot make the fault, so a test can
skip with the reason instead of passing for nothing."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


class CannotMakeError(Exception):
    """The fault cannot be made on this machine (the message says why)."""


def _run(*argv: str) -> None:
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        why = done.stderr.strip() or done.returncode
        raise CannotMakeError(f"`{' '.join(argv)}` failed: {why}")


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A file system of `size_kb` KB mounted at `folder`: a tmpfs, else an ext2 loop file.
    Needs root (mount); CannotMakeError says why not."""
    if sys.platform != "linux":
        raise CannotMakeError("a small disk is made with Linux mounts")
    if os.geteuid() != 0:
        raise CannotMakeError("mounting a small file system needs root")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(folder))
    except CannotMakeError as tmpfs_failed:
        image = folder.with_name(folder.name + ".img")
        if not shutil.which("mkfs.ext2"):
            raise CannotMakeError(f"{tmpfs_failed}; and no mkfs.ext2 for a loop file") from None
        with image.open("wb") as fh:
            fh.truncate(max(size_kb, 64) * 1024)
        _run("mkfs.ext2", "-q", "-F", str(image))
        try:
            _run("mount", "-o", "loop", str(image), str(folder))
        except CannotMakeError as loop_failed:
            image.unlink()
            raise CannotMakeError(f"{tmpfs_failed}; {loop_failed}") from None
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        with contextlib.suppress(FileNotFoundError):
            folder.with_name(folder.name + ".img").unlink()


def fill(folder: Path, leave_bytes: int = 0) -> None:
    """Fill the file system holding `folder` until at most `leave_bytes` are free."""
    filler = folder / "filler"
    with filler.open("ab") as fh:
        while True:
            free = shutil.disk_usage(folder).free
            if free <= leave_bytes:
                break
            try:
                fh.write(b"\0" * min(free - leave_bytes, 1 << 16))
                fh.flush()
            except OSError:
                break


@contextlib.contextmanager
def read_only(db: Path) -> Iterator[None]:
    """Make the database at `db` read-only for AliAssist: as root a read-only bind mount of its
    folder (root ignores file modes), else the modes (0400 file, 0500 folder)."""
    folder = db.parent
    if os.geteuid() == 0:
        if sys.platform != "linux":
            raise CannotMakeError("a read-only mount is made with Linux mounts")
        _run("mount", "--bind", str(folder), str(folder))
        try:
            _run("mount", "-o", "remount,bind,ro", str(folder))
            yield
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        return
    modes = {p: p.stat().st_mode for p in (folder, *folder.iterdir())}
    for path in modes:
        path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
