"""Render the one SVG app icon into every size and format the platforms want:
hicolor PNGs for Linux, an .ico for Windows, an .iconset for macOS (iconutil makes the .icns)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "aliassist.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONSET = ((16, 1), (16, 2), (32, 1), (32, 2), (128, 1), (128, 2), (256, 1), (256, 2), (512, 1),
           (512, 2))


def _renderer():  # -> (QSvgRenderer, QImage class)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon {SVG}")
    return renderer, QImage


def render(size: int):  # -> QImage
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    renderer, qimage = _renderer()
    image = qimage(size, size, qimage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def hicolor(share: Path, icon_name: str) -> list[Path]:
    """Write share/icons/hicolor/<n>x<n>/apps/<icon_name>.png for every size, and the SVG."""
    written = []
    for size in HICOLOR_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{icon_name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{icon_name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    written.append(scalable)
    return written


def windows_ico(target: Path) -> Path:
    """A multi-size .ico (PNG-compressed entries, as Windows Vista and later read them)."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    entries = []
    for size in ICO_SIZES:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render(size).save(buffer, "PNG")
        entries.append((size, bytes(data.data())))
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    directory, blobs = b"", b""
    for size, png in entries:
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + directory + blobs)
    return target


def macos_iconset(folder: Path) -> Path:
    """AliAssist.iconset/ for `iconutil -c icns` on a Mac."""
    folder.mkdir(parents=True, exist_ok=True)
    for size, scale in ICONSET:
        name = f"icon_{size}x{size}{'@2x' if scale == 2 else ''}.png"
        render(size * scale).save(str(folder / name), "PNG")
    return folder


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in hicolor(out / "share", "io.github.aliassist.AliAssist"):
        print(path)
    print(windows_ico(out / "aliassist.ico"))
    print(macos_iconset(out / "AliAssist.iconset"))
