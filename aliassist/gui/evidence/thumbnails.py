"""Thumbnails of evidence files, made off the UI thread and cached on disk beside the vault.

`ThumbnailCache.pixmap()` answers at once: the cached picture when there is one, else a
placeholder while a worker makes it; `ready` fires (on the UI thread) when it is there. Videos,
documents and files that cannot be decoded get a drawn tile saying what they are.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap

from aliassist.domain.filetypes import short_type
from aliassist.gui.theme import THUMB_BADGES, THUMB_MARK, graphic, tint
from aliassist.services.context import AppContext
from aliassist.services.evidence import make_thumbnail


class _Signals(QObject):
    made = Signal(str, int, str)  # sha256, side, path ('' when it could not be made)


class _Job(QRunnable):
    def __init__(self, ctx: AppContext, sha256: str, side: int, signals: _Signals):
        super().__init__()
        self.ctx, self.sha256, self.side, self.signals = ctx, sha256, side, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            path = make_thumbnail(self.ctx, self.sha256, self.side)
        except Exception:  # a full disk, a vanished file: show the tile instead
            path = None
        self.signals.made.emit(self.sha256, self.side, str(path) if path else "")


class ThumbnailCache(QObject):
    ready = Signal(str, int)  # sha256, side

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self._pending: set[tuple[str, int]] = set()
        self._failed: set[tuple[str, int]] = set()
        self._signals = _Signals()
        self._signals.made.connect(self._made)

    def pixmap(self, sha256: str, mime: str | None, side: int) -> QPixmap:
        """The thumbnail now: the real one if made, else a tile (and the real one is queued)."""
        key = (sha256, side)
        if key in self._pixmaps:
            return self._pixmaps[key]
        if not (mime or "").startswith("image/") or key in self._failed:
            return tile(mime, side, broken=key in self._failed)
        if key not in self._pending:
            self._pending.add(key)
            self.pool.start(_Job(self.ctx, sha256, side, self._signals))
        return tile(mime, side, loading=True)

    def is_pending(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for the workers (tests and screenshots)."""
        return self.pool.waitForDone(msecs)

    def _made(self, sha256: str, side: int, path: str) -> None:
        key = (sha256, side)
        self._pending.discard(key)
        pix = QPixmap(path) if path else QPixmap()
        if pix.isNull():
            self._failed.add(key)
        else:
            self._pixmaps[key] = pix
        self.ready.emit(sha256, side)

    def forget(self, sha256: str) -> None:
        for key in [k for k in self._pixmaps if k[0] == sha256]:
            del self._pixmaps[key]


def tile(mime: str | None, side: int, *, loading: bool = False, broken: bool = False) -> QPixmap:
    """A drawn square for content without a picture: the file type in large letters."""
    pix = QPixmap(side, side)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    video = (mime or "").startswith("video/")
    colours = tint("tile.video" if video else "tile.file")
    fill, ink = QColor(colours.back), QColor(colours.ink)
    rect = QRectF(2, 2, side - 4, side - 4)
    p.setPen(QPen(graphic("line"), 1))
    p.setBrush(fill)
    p.drawRoundedRect(rect, 8, 8)
    p.setPen(ink)
    font = QFont()
    if loading:
        font.setPixelSize(max(10, side // 10))
        p.setFont(font)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "…")
    else:
        if video:
            tri = QPainterPath()
            c, r = side / 2, side / 7
            tri.moveTo(c - r * 0.8, side * 0.42 - r)
            tri.lineTo(c - r * 0.8, side * 0.42 + r)
            tri.lineTo(c + r, side * 0.42)
            tri.closeSubpath()
            p.fillPath(tri, ink)
        font.setPixelSize(max(10, side // 7))
        font.setBold(True)
        p.setFont(font)
        label = "?" if broken else short_type(mime)
        area = QRectF(rect.x(), rect.y() + side * (0.55 if video else 0.0), rect.width(),
                      rect.height() * (0.4 if video else 1.0))
        p.drawText(area, Qt.AlignmentFlag.AlignCenter, label)
    p.end()
    return pix


def with_badge(pix: QPixmap, severity: str | None, count: int = 1) -> QPixmap:
    """The pixmap with a warning badge in its top right corner (red for a blocking finding)."""
    if severity is None:
        return pix
    out = QPixmap(pix)
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    d = max(18, min(out.width(), out.height()) // 5)
    x, y = out.width() - d - 3, 3
    path = QPainterPath()
    path.moveTo(x + d / 2, y)
    path.lineTo(x + d, y + d * 0.9)
    path.lineTo(x, y + d * 0.9)
    path.closeSubpath()
    p.setPen(QPen(QColor(THUMB_MARK), 2))
    p.setBrush(QColor(THUMB_BADGES["block" if severity == "block" else "warn"]))
    p.drawPath(path)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(d * 0.6))
    p.setFont(font)
    p.setPen(QColor(THUMB_MARK))
    p.drawText(QRectF(x, y + d * 0.15, d, d * 0.75), Qt.AlignmentFlag.AlignCenter,
               "!" if count == 1 else str(count))
    p.end()
    return out
