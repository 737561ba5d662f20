"""Look at one evidence file at a time: the picture (or a tile for videos and documents), what
is known about it, and the checks' warnings; step through the others with the arrow keys."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain.filetypes import describe_mime
from aliassist.domain.formatting import format_size, local_minute
from aliassist.gui.accessibility import announce, make_accessible, smaller
from aliassist.gui.evidence.thumbnails import ThumbnailCache
from aliassist.gui.theme import VIEWER, VIEWER_TONES
from aliassist.i18n import translate
from aliassist.i18n_policy import finding_message, finding_title, policy_text
from aliassist.services import evidence as service
from aliassist.services.context import AppContext

TILE_SIDE = 320


class _Picture(QLabel):
    """A picture scaled to fit, keeping its shape."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(360, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet(f"background: {VIEWER.back}; color: {VIEWER.ink};")
        self._pixmap = QPixmap()

    def set_picture(self, pix: QPixmap) -> None:
        self._pixmap = pix
        self._fit()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            self.setPixmap(QPixmap())
            return
        size = self.size() - QSize(16, 16)
        pix = self._pixmap
        if pix.width() > size.width() or pix.height() > size.height():
            pix = pix.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(pix)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class EvidenceViewer(QDialog):
    def __init__(self, ctx: AppContext, state: service.EvidenceState, indices: list[int],
                 current: int, thumbnails: ThumbnailCache, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.indices = indices or [current]
        self.position = self.indices.index(current) if current in self.indices else 0
        self.thumbs = thumbnails
        self.thumbs.ready.connect(self._ready)
        self.setWindowTitle(translate("EvidenceViewer", "Evidence"))
        self.resize(1080, 680)

        self.picture = _Picture()
        self.details = QFormLayout()
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("name", translate("EvidenceViewer", "File:")),
                           ("kind", translate("EvidenceViewer", "What it is:")),
                           ("item", translate("EvidenceViewer", "Counts for:")),
                           ("dispute", translate("EvidenceViewer", "Dispute:")),
                           ("type", translate("EvidenceViewer", "Type:")),
                           ("size", translate("EvidenceViewer", "Size:")),
                           ("pixels", translate("EvidenceViewer", "Picture:")),
                           ("taken", translate("EvidenceViewer", "Taken:")),
                           ("added", translate("EvidenceViewer", "Added:")),
                           ("sha", translate("EvidenceViewer", "SHA-256:")),
                           ("note", translate("EvidenceViewer", "Note:"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.details.addRow(label, value)
        self.fields["sha"].setStyleSheet("font-family: monospace;")
        self.fields["sha"].setFont(smaller(self.fields["sha"].font()))
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop)

        side = QFrame()
        side.setMinimumWidth(side.fontMetrics().averageCharWidth() * 50)  # more for long labels
        side.setMaximumWidth(side.fontMetrics().averageCharWidth() * 80)
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(self.details)
        side_layout.addWidget(self.findings)
        side_layout.addStretch(1)

        self.prev_button = QPushButton(translate("EvidenceViewer", "◀ Previous"))
        self.next_button = QPushButton(translate("EvidenceViewer", "Next ▶"))
        self.counter = QLabel()
        self.open_button = QPushButton(translate("EvidenceViewer", "Open with another app…"))
        self.open_button.setToolTip(
            translate("EvidenceViewer", "Opens the stored, read-only copy with your system's app "
                                        "for this type (to play a video, read a PDF)."))
        close = QPushButton(translate("EvidenceViewer", "Close"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.open_button.clicked.connect(self.open_external)
        close.clicked.connect(self.accept)
        close.setDefault(True)
        for button in (self.prev_button, self.next_button, self.open_button):
            button.setAutoDefault(False)
        # The arrow keys step through the files whatever has focus (a button would take them).
        for keys, delta in (((Qt.Key.Key_Left, Qt.Key.Key_PageUp), -1),
                            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), 1)):
            for arrow in keys:
                QShortcut(QKeySequence(arrow), self, lambda d=delta: self.step(d))
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.counter)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)

        top = QHBoxLayout()
        top.addWidget(self.picture, 1)
        top.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.show_current()
        make_accessible(self)

    @property
    def index(self) -> int:
        return self.indices[self.position]

    def step(self, delta: int) -> None:
        self.position = (self.position + delta) % len(self.indices)
        self.show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The keys that reach the viewer itself (no control took them) step too."""
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.step(-1)
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.step(1)
        else:
            super().keyPressEvent(event)

    def show_current(self) -> None:
        policy = self.ctx.policy
        ev = self.state.order.evidence[self.index]
        facts = self.state.facts.get(ev.sha256)
        self.setWindowTitle(translate("EvidenceViewer", "Evidence: {name}").format(name=ev.name))
        self.counter.setText(translate("EvidenceViewer", "{position} of {count}")
                             .format(position=self.position + 1, count=len(self.indices)))
        announce(self.counter, f"{ev.name}, {self.counter.text()}")
        many = len(self.indices) > 1
        self.prev_button.setEnabled(many)
        self.next_button.setEnabled(many)
        item = next((i for items in policy.checklists.values() for i in items
                     if i.id == ev.checklist), None)
        dispute = ""
        if ev.dispute is not None:
            d = self.state.order.disputes[ev.dispute]
            dispute = f"{ev.dispute}: {policy_text(policy.reasons[d.reason].label)}"
        camera = facts.camera_taken_at if facts else None
        taken = ""
        if ev.taken_at:
            taken = (translate("EvidenceViewer", "{time} (camera)")
                     if camera is not None and camera == ev.taken_at
                     else translate("EvidenceViewer", "{time} (file date)")).format(
                time=local_minute(ev.taken_at))
        values = {
            "name": ev.name, "kind": policy_text(policy.evidence_kinds[ev.kind].label),
            "item": item.label if item else translate("EvidenceViewer", "No item chosen: counts "
                                                                        "where its kind fits"),
            "dispute": dispute or translate("EvidenceViewer", "The whole order"),
            "type": describe_mime(ev.mime), "size": format_size(ev.size),
            "pixels": f"{facts.width} × {facts.height}" if facts and facts.width else "—",
            "taken": taken or "—",
            "added": local_minute(ev.added_at, missing="—"),
            "sha": f"{ev.sha256[:32]}\n{ev.sha256[32:]}", "note": ev.note or "—",
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        rows = []
        for f in self.state.findings.get(self.index, []):
            colour = VIEWER_TONES["block" if f.severity == "block" else "warn"]
            muted = VIEWER_TONES["muted"]
            rows.append(f"<p><b style='color:{colour}'>⚠ {escape(finding_title(f))}</b><br>"
                        f"{escape(finding_message(f))}<br>"
                        f"<span style='color:{muted}; font-size:small'>"
                        + translate("EvidenceViewer", "Rule {rule}").format(rule=f.rule)
                        + f" · {escape(f.source)}</span></p>")
        no_warnings = translate("EvidenceViewer", "✔ No warnings about this file.")
        self.findings.setText("".join(rows) if rows
                              else f"<p style='color:{VIEWER_TONES['ok']}'>{no_warnings}</p>")
        self._show_picture()

    def _show_picture(self) -> None:
        ev = self.state.order.evidence[self.index]
        image = (ev.mime or "").startswith("image/")
        side = service.PREVIEW_SIDE if image else TILE_SIDE  # a drawn tile needs no more
        self.picture.set_picture(self.thumbs.pixmap(ev.sha256, ev.mime, side))

    def _ready(self, sha256: str, side: int) -> None:
        if side == service.PREVIEW_SIDE and sha256 == self.state.order.evidence[self.index].sha256:
            self._show_picture()

    def open_external(self) -> None:
        ev = self.state.order.evidence[self.index]
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.vault.path(ev.sha256))))
