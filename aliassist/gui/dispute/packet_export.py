"""Export a dispute packet from the window: where to save it, a question before exporting a
dispute the pre-check blocks (the manifest records the override), and the work off the UI
thread with progress and Cancel. A cancelled or failed export leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from aliassist.domain import records as rec
from aliassist.errors import UserError
from aliassist.gui.operations import Operation, run_operation
from aliassist.i18n import translate
from aliassist.i18n_policy import finding_message, finding_title
from aliassist.progress import Progress
from aliassist.services.context import AppContext
from aliassist.services.packet import PacketContent, PacketResult, write_packet


def suggested_name(content: PacketContent) -> str:
    return f"dispute-{content.order.number}-{content.reason}.zip"


def choose_dispute(parent: QWidget, order: rec.Order, policy_labels: dict[str, str]
                   ) -> int | None:
    """Which of the order's disputes (None when cancelled or there is none)."""
    if not order.disputes:
        QMessageBox.information(
            parent, translate("packet_export", "No dispute recorded"),
            translate("packet_export", "Order {number} has no recorded dispute. Plan one with "
                                       "Dispute ▸ New dispute…; its packet can be exported from "
                                       "there.").format(number=order.number))
        return None
    if len(order.disputes) == 1:
        return 0
    labels = [f"{i + 1}. {policy_labels.get(d.reason, d.reason)} · {d.status.replace('_', ' ')}"
              + (f" · {d.platform_id}" if d.platform_id else "")
              for i, d in enumerate(order.disputes)]
    label, ok = QInputDialog.getItem(parent, translate("packet_export", "Export dispute packet"),
                                     translate("packet_export", "Which dispute's packet?"), labels,
                                     0, False)
    return labels.index(label) if ok else None


class PacketExporter(QObject):
    """One export at a time; `done` carries the PacketResult."""

    done = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.operation: Operation | None = None

    def export(self, content: PacketContent, out: Path | None = None) -> None:
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window, translate("PacketExporter", "Export dispute packet"),
                suggested_name(content), translate("PacketExporter", "Dispute packet (*.zip)"))
            if not name:
                return
            out = Path(name)
        force = False
        if not content.ready:
            blocking = "\n".join(f"• {finding_title(f)}: {finding_message(f)}"
                                 for f in content.findings if f.blocks)
            answer = QMessageBox.question(
                self.window, translate("PacketExporter", "The pre-check blocks this dispute"),
                translate("PacketExporter", "{blocking}\n\nFiling it may count as abuse of Buyer "
                                            "Protection. Export the packet anyway? The manifest "
                                            "will record that you exported it despite the "
                                            "pre-check.").format(blocking=blocking),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True

        def work(progress: Progress) -> PacketResult:
            return write_packet(self.ctx, content, out, force=force, progress=progress)

        self.operation = run_operation(
            self.window, translate("PacketExporter", "Exporting the dispute packet…"), work,
            on_done=self.done.emit, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        text = (str(exc) if isinstance(exc, UserError)
                else translate("PacketExporter", "Unexpected error: {error}").format(
                    error=repr(exc)))
        QMessageBox.warning(self.window, translate("PacketExporter", "The packet was not written"),
                            text)
