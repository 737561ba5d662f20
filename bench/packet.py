"""P6: a dispute packet with 200 MB of evidence vs zipfile store-copying the same files."""

from __future__ import annotations

import os
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from aliassist.domain import records as rec
from aliassist.services.context import open_context
from aliassist.services.orders import get_order, save_order_record
from aliassist.services.packet import build_content, write_packet
from bench.common import Result, best_of

FILES = 20
FILE_BYTES = 10_000_000  # 20 x 10 MB = 200 MB


def run() -> list[Result]:
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    with tempfile.TemporaryDirectory(prefix="aliassist-bench-") as tmp:
        folder = Path(tmp)
        ctx = open_context(folder / "b.db", now=now)
        try:
            evidence = []
            for n in range(FILES):
                src = folder / f"clip{n:02d}.mp4"
                # A video header and incompressible content, like a phone's recording.
                src.write_bytes(b"\x00\x00\x00\x18ftypisom" + os.urandom(FILE_BYTES - 12))
                kept = ctx.vault.put(src)
                src.unlink()
                evidence.append(rec.Evidence(kind="own_video", sha256=kept.sha256,
                                             name=src.name, size=kept.size, mime=kept.mime,
                                             checklist="fault_video", dispute=0))
            order = rec.Order("8187000000000777", datetime(2026, 10, 1, tzinfo=UTC),
                              disputes=(rec.Dispute("not_working", opened_at=now),),
                              evidence=tuple(evidence))
            order = get_order(ctx, save_order_record(ctx, order))
            content = build_content(ctx, order, reason="not_working", dispute=0,
                                    description="The drill does not start; video attached.",
                                    remedy="full_refund", refund_amount=None, findings=())
            paths = [ctx.vault.path(e.sha256) for e in order.evidence]
            out, base = folder / "packet.zip", folder / "plain.zip"

            def baseline() -> None:
                with zipfile.ZipFile(base, "w") as z:
                    for i, p in enumerate(paths):
                        z.write(p, f"evidence/{i:02d}.mp4", compress_type=zipfile.ZIP_STORED)

            write_packet(ctx, content, out)  # warm up Qt and the fonts once
            plain = best_of(baseline, 3)
            packet = best_of(lambda: write_packet(ctx, content, out), 3)
        finally:
            ctx.close()
    return [Result("P6 dispute packet with 200 MB of evidence", packet * 1e3, plain * 1e3, "ms",
                   "<= 1.3x")]
