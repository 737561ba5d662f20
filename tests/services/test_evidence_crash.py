"""A crash mid-copy leaves no referenced half-file: `aliassist attach` in a child process is
killed while it copies a big video; then the database and the vault are checked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from aliassist.domain import records as rec
from aliassist.services import evidence as service
from aliassist.services.context import open_context
from aliassist.store import schema as db
from aliassist.store.repository import save_order, saved_order_id
from tests.conftest import NOW
from tests.photos import save_photo

NUMBER = "8187000000000001"
SIZE = 600 << 20


def _video(path: Path) -> Path:
    with path.open("wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom")
        fh.truncate(SIZE)  # sparse: costs no disk until copied
    return path


def _kill_while_copying(db_path: Path, video: Path, parts: Path) -> bool:
    """Run the attach and SIGKILL it once its temporary copy has data; True when it was
    caught mid-copy (not finished yet)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "aliassist", "--db", str(db_path), "attach", NUMBER, str(video),
         "--kind", "own_video"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and child.poll() is None:
            sizes = [p.stat().st_size for p in parts.glob("*.part")] if parts.is_dir() else []
            if any(0 < s < SIZE for s in sizes):
                os.kill(child.pid, signal.SIGKILL)
                child.wait()
                return True
            time.sleep(0.002)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    return False


def test_a_killed_copy_leaves_nothing_referenced_and_the_next_attach_works(
        db_path: Path, tmp_path: Path) -> None:
    ctx = open_context(db_path, now=NOW)
    with ctx.session() as session, session.begin():
        order = rec.Order(NUMBER, NOW)
        save_order(session, order, now=NOW)
        order_id = saved_order_id(session, order)
    video = _video(tmp_path / "unboxing.mp4")
    parts = ctx.vault.root / "tmp"

    caught = any(_kill_while_copying(db_path, video, parts) for _ in range(3))
    assert caught, "the copy finished before it could be killed three times"

    # the database refers to nothing, and nothing sits under a hash name
    with ctx.session() as session:
        assert session.execute(select(func.count(db.Evidence.id))).scalar_one() == 0
        assert session.execute(select(func.count(db.EvidenceFile.sha256))).scalar_one() == 0
    under_hash = [p for p in ctx.vault.root.rglob("*") if p.is_file()
                  and p.parent != parts and p.name != ".lock"]
    assert under_hash == []
    leftovers = list(parts.glob("*.part"))
    assert leftovers, "the killed copy's temporary file is what a crash leaves"

    # a later attach sweeps what the dead copy left (once it is clearly abandoned)
    for part in leftovers:
        os.utime(part, (time.time() - 3600, time.time() - 3600))
    attached = service.attach_files(ctx, order_id, [save_photo(tmp_path / "a.jpg", 1)],
                                    kind="own_photo")
    assert list(parts.glob("*.part")) == []
    state = service.evidence_state(ctx, order_id)
    assert [ev.name for ev in state.order.evidence] == ["a.jpg"]
    assert all(ctx.vault.verify(ev.sha256) for ev in state.order.evidence)
    assert attached[0].index == 0
    ctx.close()
