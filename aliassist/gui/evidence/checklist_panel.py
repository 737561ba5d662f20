"""The evidence checklist of a dispute reason for one order: each item with what to capture
and why, whether it is done, a drop zone for files from the file manager, and thumbnails of
the files that fill it, each carrying the evidence checks' warnings.

Self-contained: the dispute wizard and the order pane embed it with an AppContext, an order
id, a reason and optionally a dispute index; `refresh()` re-reads the store, and
`evidence_changed` fires after files are added, retagged or removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QIcon,
    QPainter,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain.checklist import ChecklistEntry, content_problem
from aliassist.domain.findings import Finding
from aliassist.domain.formatting import local_minute
from aliassist.errors import UserError
from aliassist.gui.accessibility import announce, smaller
from aliassist.gui.evidence.thumbnails import ThumbnailCache, with_badge
from aliassist.gui.operations import Operation, run_operation
from aliassist.gui.theme import graphic, tint, tinted_style, tone
from aliassist.gui.undo import history_of, undoable
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_policy import finding_message, finding_title, policy_text
from aliassist.progress import Progress
from aliassist.services import evidence as service
from aliassist.services.context import AppContext

ICON = 96
GRID = QSize(ICON + 28, ICON + 30)
ROLE_INDEX = Qt.ItemDataRole.UserRole

def card_style() -> str:
    """The cards' style in the palette in force: borders and marks from theme's graphics."""
    line, ok, warn, accent = (graphic(name).name() for name in ("line", "ok", "warn", "accent"))
    return f"""
QFrame#card {{ background: palette(base); border: 1px solid {line}; border-radius: 8px; }}
QFrame#card[done="true"] {{ border-left: 4px solid {ok}; }}
QFrame#card[missing="true"] {{ border-left: 4px solid {warn}; }}
QFrame#card[dragging="true"] {{ border: 2px dashed {accent}; background: {tint("info").back}; }}
QLabel#chip {{ border-radius: 8px; padding: 1px 8px; }}
QLabel#drop {{ border: 1px dashed {line}; border-radius: 6px; color: {tone("muted")};
               padding: 14px; }}
"""


MISSING_TEXT = QT_TRANSLATE_NOOP("ChecklistPanel", "Missing: the evidence vault no longer holds "
                                                  "this file. Add it again, or remove it.")


def severity_of(findings: Sequence[Finding]) -> str | None:
    if any(f.severity == "block" for f in findings):
        return "block"
    return "warn" if findings else None


class ThumbStrip(QListWidget):
    """A row of thumbnails; drops go to the card around it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(ICON, ICON))
        self.setGridSize(GRID)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(False)
        self.setStyleSheet("QListWidget { background: transparent; }")
        self.fit_rows()

    def fit_rows(self) -> None:
        """As tall as the wrapped rows of thumbnails need: the card grows, never scrolls."""
        per_row = max(1, (self.viewport().width() - 4) // GRID.width())
        rows = max(1, -(-self.count() // per_row))
        self.setFixedHeight(rows * GRID.height() + 6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()


class ItemCard(QFrame):
    """One checklist item (or, with `entry` None, the order's other files) and its drop zone."""

    files_dropped = Signal(object, list)  # checklist item id (or None), [Path]
    add_clicked = Signal(object)

    def __init__(self, entry: ChecklistEntry | None, accepts_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.item_id = entry.item.id if entry else None
        self.setObjectName("card")
        self.setAcceptDrops(True)
        self.setProperty("dragging", False)
        if entry is not None and entry.applies:
            self.setProperty("done", entry.done)
            self.setProperty("missing", entry.missing_required)

        self.strip = ThumbStrip()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.tick = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.chip = QLabel()
        self.chip.setObjectName("chip")
        self.add_button = QPushButton(translate("ItemCard", "Add files…"))
        self.add_button.clicked.connect(lambda: self.add_clicked.emit(self.item_id))
        top.addWidget(self.tick)
        top.addWidget(self.title, 1)
        # the chip above the button: side by side, a long language widens every card
        side = QVBoxLayout()
        side.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        top.addLayout(side)
        layout.addLayout(top)
        self.chip.setWordWrap(True)  # a long translation wraps, the card stays narrow

        if entry is not None:
            item = entry.item
            self.title.setText(policy_text(item.label))
            # In words as well as colour, and no circle that looks like a radio button.
            self.tick.setText(translate("ItemCard", "✔ Done") if entry.done
                              else translate("ItemCard", "✗ Missing") if entry.missing_required
                              else translate("ItemCard", "– Not yet") if entry.applies
                              else translate("ItemCard", "– Not needed"))
            self.tick.setStyleSheet(f"color: {tone('ok' if entry.done else 'muted')}; "
                                    "font-weight: bold;")
            self.add_button.setAccessibleName(translate("ItemCard", "Add files for {label}")
                                              .format(label=policy_text(item.label)))
            self.strip.setAccessibleName(translate("ItemCard", "Files for {label}")
                                         .format(label=policy_text(item.label)))
            if not entry.applies:
                chip, colours = translate("ItemCard", "Not needed for this order"), "not_needed"
            elif item.required:
                chip = translate("ItemCard", "Required")
                colours = "ok" if entry.done else "missing"
            else:
                chip, colours = translate("ItemCard", "Recommended"), "recommended"
            self.chip.setText(chip)
            self.chip.setStyleSheet(tinted_style(colours))
            self.hint = QLabel(policy_text(item.hint))
            self.hint.setWordWrap(True)
            self.why = QLabel(translate("ItemCard", "Why: {why} Takes: {kinds}.")
                              .format(why=policy_text(item.why), kinds=accepts_text))
            self.why.setWordWrap(True)
            self.why.setStyleSheet(f"color: {tone('muted')};")
            self.why.setFont(smaller(self.why.font()))
            layout.addWidget(self.hint)
            layout.addWidget(self.why)
        else:
            self.title.setText(translate("ItemCard", "Other files of this order"))
            self.tick.setText("•")
            self.add_button.setAccessibleName(translate("ItemCard", "Add other files of this "
                                                                    "order"))
            self.strip.setAccessibleName(translate("ItemCard", "Other files of this order"))
            self.chip.setVisible(False)
            note = QLabel(translate("ItemCard", "Attached, but not counted for this reason's "
                                                "checklist. Right-click a file to count it for "
                                                "an item."))
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {tone('muted')};")
            note.setFont(smaller(note.font()))
            layout.addWidget(note)

        self.drop_hint = QLabel(translate("ItemCard", "Drop files here from your file manager, "
                                                      "or use “Add files…”"))
        self.drop_hint.setObjectName("drop")
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.strip)
        layout.addWidget(self.drop_hint)
        self.set_has_files(bool(entry.files) if entry else True)

    def set_has_files(self, has: bool) -> None:
        self.strip.setVisible(has)
        self.drop_hint.setVisible(not has)

    # -- drag and drop -----------------------------------------------------------------------

    @staticmethod
    def _paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]

    def _highlight(self, on: bool) -> None:
        self.setProperty("dragging", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._paths(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self._highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        paths = self._paths(event)
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.files_dropped.emit(self.item_id, paths)


class ChecklistPanel(QWidget):
    """The checklist of `reason` for order `order_id` (and dispute `dispute`), with its files."""

    evidence_changed = Signal()

    def __init__(self, ctx: AppContext, order_id: int, reason: str | None,
                 dispute: int | None = None, parent: QWidget | None = None,
                 thumbnails: ThumbnailCache | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.reason = reason
        self.dispute = dispute
        self.status: service.ChecklistStatus | None = None
        self.operation: Operation | None = None
        self.cards: dict[str | None, ItemCard] = {}
        self.thumbs = thumbnails or ThumbnailCache(ctx, self)
        self.thumbs.ready.connect(self._thumbnail_ready)
        self.setStyleSheet(card_style())

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a long reason's name wraps, the panel stays narrow
        self.summary = QLabel()
        self.summary.setObjectName("chip")
        self.intro = QLabel(
            translate("ChecklistPanel", "Drop files on an item, or use “Add files…”. Files are "
                                        "copied into the evidence vault and never changed; your "
                                        "originals stay where they are."))
        self.intro.setWordWrap(True)
        #: text colours for the palette in force (see theme.tone)
        self.tones = {name: tone(name) for name in ("error", "warn", "muted")}
        self.intro.setStyleSheet(f"color: {self.tones['muted']};")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setStyleSheet(f"{tinted_style('info')} padding: 6px; border-radius: 4px;")
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 4, 0)
        self.body_layout.setSpacing(8)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("ChecklistPanel", "Evidence checklist items"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.scroll_area = scroll

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.refresh()

    # -- showing -----------------------------------------------------------------------------

    def set_reason(self, reason: str | None, dispute: int | None = None) -> None:
        self.reason, self.dispute = reason, dispute
        self.refresh()
        self.scroll_area.verticalScrollBar().setValue(0)

    @property
    def shown(self) -> service.ChecklistStatus:
        """The checklist on screen (read by the first refresh, in __init__)."""
        assert self.status is not None
        return self.status

    def refresh(self) -> None:
        """Re-read the order's evidence and rebuild the checklist."""
        self.status = status = service.checklist_status(self.ctx, self.order_id, self.reason,
                                                        self.dispute)
        policy = self.ctx.policy
        reason = policy.reason(status.reason)
        self.heading.setText(translate("ChecklistPanel", "Evidence for “{label}”")
                             .format(label=policy_text(reason.label)))
        missing = sum(e.missing_required for e in status.entries)
        if status.complete:
            self.summary.setText(translate("ChecklistPanel", "Required evidence complete"))
            self.summary.setStyleSheet(tinted_style("ok"))
        else:
            self.summary.setText(translate("ChecklistPanel", "%n required item(s) missing", None,
                                           missing))
            self.summary.setStyleSheet(tinted_style("missing"))
        announce(self.summary, self.summary.text())

        while self.body_layout.count():
            child = self.body_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None and widget is not self.findings_label:
                widget.hide()  # gone now, not only when the event loop deletes it
                widget.deleteLater()
        self.cards = {}
        for entry in status.entries:
            accepts = " or ".join(_lower_first(policy_text(policy.evidence_kinds[k].label))
                                  for k in entry.item.accepts)
            self._add_card(ItemCard(entry, accepts), [i for i, _ in entry.files])
        others = [i for i in service.listed_indices(status.state) if i not in status.counted]
        if others:
            self._add_card(ItemCard(None, ""), others)
        self.findings_label.setText(self._findings_html())
        self.findings_label.setVisible(bool(status.state.findings or status.state.missing))
        self.body_layout.addWidget(self.findings_label)
        self.body_layout.addStretch(1)

    def _add_card(self, card: ItemCard, indices: list[int]) -> None:
        card.files_dropped.connect(self.add_files)
        card.add_clicked.connect(self._choose_files)
        # Enter on a thumbnail, or a double click, opens it.
        card.strip.itemActivated.connect(lambda item: self.open_viewer(item.data(ROLE_INDEX)))
        card.strip.customContextMenuRequested.connect(
            lambda pos, strip=card.strip: self._context_menu(strip, pos))
        for index in indices:
            item = QListWidgetItem()
            item.setData(ROLE_INDEX, index)
            self._decorate(item, index)
            card.strip.addItem(item)
        card.set_has_files(bool(indices))
        card.strip.fit_rows()
        self.cards[card.item_id] = card
        self.body_layout.addWidget(card)

    def _decorate(self, item: QListWidgetItem, index: int) -> None:
        state = self.shown.state
        ev = state.order.evidence[index]
        findings = state.findings.get(index, [])
        missing = state.is_missing(index)
        pix = self.thumbs.pixmap(ev.sha256, ev.mime, service.THUMB_SIDE)
        severity = "block" if missing else severity_of(findings)
        item.setIcon(QIcon(_square(with_badge(pix, severity, len(findings) + missing))))
        item.setText(translate("ChecklistPanel", "{name} (missing)").format(name=ev.name)
                     if missing else ev.name)
        kind = policy_text(self.ctx.policy.evidence_kinds[ev.kind].label)
        lines = [f"<b>{escape(ev.name)}</b>", escape(kind)]
        if missing:
            lines.append(f"<b>⚠ {escape(translate('ChecklistPanel', MISSING_TEXT))}</b>")
        if ev.taken_at:
            lines.append(translate("ChecklistPanel", "Taken {time}").format(
                time=local_minute(ev.taken_at)))
        for f in findings:
            lines.append(f"<br><b>⚠ {escape(finding_title(f))}</b><br>"
                         f"{escape(finding_message(f))}")
        item.setToolTip("<br>".join(lines))

    def _thumbnail_ready(self, sha256: str, side: int) -> None:
        if self.status is None or side != service.THUMB_SIDE:
            return
        for card in self.cards.values():
            for row in range(card.strip.count()):
                item = card.strip.item(row)
                index = item.data(ROLE_INDEX)
                if self.status.state.order.evidence[index].sha256 == sha256:
                    self._decorate(item, index)

    def _findings_html(self) -> str:
        state = self.shown.state
        rows = [f"<p style='margin:4px 0'>⚠ <b>{escape(state.order.evidence[i].name)}</b>: "
                f"{escape(translate('ChecklistPanel', MISSING_TEXT))}</p>"
                for i in range(len(state.order.evidence)) if state.is_missing(i)]
        for index in sorted(state.findings):
            name = state.order.evidence[index].name
            for f in state.findings[index]:
                colour = self.tones["error" if f.severity == "block" else "warn"]
                rows.append(f"<p style='margin:4px 0'><span style='color:{colour}'>⚠</span> "
                            f"<b>{escape(name)}</b>: {escape(finding_title(f))}. "
                            f"<span style='color:{self.tones['muted']}'>"
                            f"{escape(finding_message(f))}</span></p>")
        return (translate("ChecklistPanel", "<b>Checks on your files</b>") + "".join(rows)
                if rows else "")

    def files_shown(self, item_id: str | None) -> list[str]:
        """Names of the files a card shows (for tests and accessibility)."""
        card = self.cards.get(item_id)
        if card is None:
            return []
        return [card.strip.item(r).text() for r in range(card.strip.count())]

    # -- adding --------------------------------------------------------------------------------

    def _choose_files(self, item_id: str | None) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("ChecklistPanel", "Add evidence files"), "",
            translate("ChecklistPanel", "Photos, videos and documents (*.jpg *.jpeg *.png *.gif "
                                        "*.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov "
                                        "*.avi *.3gp *.webm *.mkv *.pdf);;All files (*)"))
        if names:
            self.add_files(item_id, [Path(n) for n in names])

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def add_files(self, item_id: str | None, paths: list[Path]) -> None:
        """Copy files into the vault (off the UI thread) and count them for `item_id`."""
        if self.busy or not paths:
            return

        def work(progress: Progress) -> list[service.Attached]:
            return service.attach_files(self.ctx, self.order_id, paths, checklist=item_id,
                                        dispute=self.dispute, progress=progress)

        self.operation = run_operation(self, translate("ChecklistPanel", "Adding evidence…"), work,
                                       on_done=self._added, on_error=self._failed)

    def _added(self, attached: list[service.Attached]) -> None:
        new = [a for a in attached if not a.duplicate]
        again = [a.evidence.name for a in attached if a.duplicate]
        parts = []
        if new:
            parts.append(translate("ChecklistPanel", "Added {files}.").format(
                files=", ".join(a.evidence.name for a in new)))
        if again:
            parts.append(translate("ChecklistPanel", "Already attached: {files}.").format(
                files=", ".join(again)))
        self.show_notice(" ".join(parts))
        self.refresh()
        if new:
            self.evidence_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        text = (str(exc) if isinstance(exc, UserError)
                else translate("ChecklistPanel", "Unexpected error: {error}").format(
                    error=repr(exc)))
        QMessageBox.warning(self, translate("ChecklistPanel", "Nothing was added"), text)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- changing and removing -----------------------------------------------------------------

    def _context_menu(self, strip: ThumbStrip, pos: QPoint) -> None:
        item = strip.itemAt(pos)
        if item is None and strip.hasFocus():  # the Menu key: the thumbnail with focus
            item = strip.currentItem()
            if item is not None:
                pos = strip.visualItemRect(item).center()
        if item is None:
            return
        index = item.data(ROLE_INDEX)
        menu = self.file_menu(index)
        menu.exec(strip.viewport().mapToGlobal(pos))

    def file_menu(self, index: int) -> QMenu:
        """What can be done with one file: view, retag, recount, remove."""
        policy = self.ctx.policy
        ev = self.shown.state.order.evidence[index]
        menu = QMenu(self)
        menu.addAction(translate("ChecklistPanel", "View…"), lambda: self.open_viewer(index))
        kinds = menu.addMenu(translate("ChecklistPanel", "What it is"))
        for kind in policy.evidence_kinds.values():
            action = kinds.addAction(policy_text(kind.label),
                                     partial(self._update, index, kind=kind.id))
            action.setCheckable(True)
            action.setChecked(kind.id == ev.kind)
            action.setEnabled(content_problem(policy, kind.id, ev.mime) is None)
        items = menu.addMenu(translate("ChecklistPanel", "Counts for"))
        none = items.addAction(translate("ChecklistPanel", "No particular item"),
                               lambda: self._update(index, checklist=None))
        none.setCheckable(True)
        none.setChecked(ev.checklist is None)
        for entry in self.shown.entries:
            action = items.addAction(policy_text(entry.item.label),
                                     partial(self._update, index, checklist=entry.item.id))
            action.setCheckable(True)
            action.setChecked(ev.checklist == entry.item.id)
        menu.addSeparator()
        menu.addAction(translate("ChecklistPanel", "Remove from evidence…"),
                       lambda: self.remove(index))
        return menu

    def _update(self, index: int, **changes: Any) -> None:
        name = self.shown.state.order.evidence[index].name
        try:
            undoable(self, translate("ChecklistPanel", "Change evidence file {name} of order "
                                                       "{number}").format(
                         name=name, number=self.shown.state.order.number),
                     [self.order_id],
                     lambda: service.update_evidence(self.ctx, self.order_id, index, **changes))
        except UserError as exc:
            QMessageBox.warning(self, translate("ChecklistPanel", "Cannot change the file"),
                                str(exc))
            return
        self.refresh()
        self.evidence_changed.emit()

    def remove(self, index: int, *, confirm: bool = True) -> None:
        ev = self.shown.state.order.evidence[index]
        history = history_of(self)
        if confirm:
            later = (translate("ChecklistPanel", "Edit ▸ Undo (Ctrl+Z) brings it back")
                     if history is not None else
                     translate("ChecklistPanel", "The stored copy is deleted unless another "
                                                 "order uses it"))
            answer = QMessageBox.question(
                self, translate("ChecklistPanel", "Remove evidence"),
                translate("ChecklistPanel", "Remove “{name}” from this order's "
                                            "evidence?\n\n{later}; your original file is not "
                                            "touched.").format(name=ev.name, later=later))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            if history is None:
                removed = service.detach(self.ctx, self.order_id, [index])
            else:
                removed = history.record(
                    translate("ChecklistPanel", "Remove evidence file {name} of order {number}")
                    .format(name=ev.name, number=self.shown.state.order.number),
                    [self.order_id],
                    lambda: service.detach(self.ctx, self.order_id, [index], keep_files=True))
        except UserError as exc:
            QMessageBox.warning(self, translate("ChecklistPanel", "Cannot remove the file"),
                                str(exc))
            return
        self.thumbs.forget(ev.sha256)
        if history is not None:
            self.show_notice(translate("ChecklistPanel", "Removed {name}. Ctrl+Z brings it back.")
                             .format(name=ev.name))
        elif removed[0].deleted:
            self.show_notice(translate("ChecklistPanel", "Removed {name}.").format(name=ev.name))
        else:
            self.show_notice(translate("ChecklistPanel", "Removed {name} (its stored copy is kept: "
                                                         "other evidence uses it).")
                             .format(name=ev.name))
        self.refresh()
        self.evidence_changed.emit()

    def open_viewer(self, index: int) -> None:
        from aliassist.gui.evidence.evidence_viewer import EvidenceViewer

        indices = service.listed_indices(self.shown.state)
        viewer = EvidenceViewer(self.ctx, self.shown.state, indices, index, self.thumbs,
                                parent=self)
        viewer.exec()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _square(pix: QPixmap) -> QPixmap:
    """The picture centred on a transparent square, so every thumbnail lines up."""
    side = max(pix.width(), pix.height())
    if pix.width() == pix.height() or side == 0:
        return pix
    out = QPixmap(side, side)
    out.fill(Qt.GlobalColor.transparent)
    p = QPainter(out)
    p.drawPixmap((side - pix.width()) // 2, (side - pix.height()) // 2, pix)
    p.end()
    return out
