"""summary.pdf drawn by a child process, as the CLI draws it beside the evidence copy, is the one
drawn in the app's process byte for byte; a child that dies leaves the drawing to the parent."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from aliassist.domain import records as rec
from aliassist.packet.archive import PacketFile
from aliassist.packet.renderer import RequestPickler
from aliassist.packet.summary import render_summary
from aliassist.services.context import AppContext
from tests.packet.test_packet import content_for

#: a process without Qt, as the CLI is when the packet command starts
DRAW = """
import os, pickle, sys
from aliassist.packet.renderer import SummaryRenderer
request, out, child = sys.argv[1:]
with SummaryRenderer.start() as renderer:
    assert renderer.child is not None, "no child forked"
    if child == "dies":
        os.kill(renderer.child, 9)
    content, files, thumbnails, paper, forced = pickle.loads(open(request, "rb").read())
    pdf = renderer.render(content, files, thumbnails, paper=paper, forced=forced)
open(out, "wb").write(pdf)
print("Qt loaded here" if "PySide6.QtCore" in sys.modules else "drawn by the child")
"""


@pytest.mark.parametrize("child", ["draws", "dies"])
def test_the_child_draws_the_same_summary_as_the_app(ctx: AppContext, order: rec.Order,
                                                     tmp_path: Path, child: str) -> None:
    content = content_for(ctx, order)
    thumb = io.BytesIO()
    Image.new("RGB", (160, 120), (190, 40, 40)).save(thumb, "JPEG")
    files = [PacketFile(f"evidence/0{n}-damage_photos-{e.name}", e.size, e.sha256)
             for n, e in enumerate(order.evidence, start=1)]
    thumbnails = {files[0].path: thumb.getvalue(), files[1].path: None}
    request = tmp_path / "request.pickle"
    with request.open("wb") as fh:
        RequestPickler(fh).dump((content, files, thumbnails, "a4", False))
    out = tmp_path / "summary.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_HASH_SEED": "0"}
    done = subprocess.run([sys.executable, "-c", DRAW, str(request), str(out), child],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("drawn by the child" if child == "draws"
                                   else "Qt loaded here")
    here = render_summary(content, files, thumbnails, paper="a4", forced=False)
    assert out.read_bytes() == here
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    assert order.number in text and "crack.jpg" in text
