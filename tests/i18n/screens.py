"""Every main screen and dialog of the window, made on a real database with orders, a dispute and
evidence, in any language (a real one, or the pseudo-language: every text marked and 40% longer);
what each one cuts off; and their screenshots.

    python -m tests.i18n.screens --shots shots pseudo ru de    # PNGs, one per screen and tab
    python -m tests.i18n.screens --check pseudo                 # what is cut off, as JSON
    python -m tests.i18n.screens --check --scale 2 pseudo       # the same at 200%

Offscreen, the screen is a 1280x800 laptop (at --scale 2, a 2560x1600 one at 200%: the same
1280x800 to the layouts, twice the pixels to the fonts); under Xvfb, the X screen. The
pseudo-language test (test_pseudo.py) runs this in a process of its own per scale.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_HASH_SEED", "0")

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from aliassist import i18n
from aliassist.domain import records as rec
from aliassist.services.context import AppContext, open_context

#: the screen the app must fit: a 1280x800 laptop (at 200%, 2560x1600 pixels)
SCREEN = (1280, 800)
#: the pseudo-language's name (for the command line and the shots)
PSEUDO = "pseudo"
#: how much longer the pseudo-language makes each word (German and Russian run 30-40% longer)
LONGER = 0.4


# -- the pseudo-language -----------------------------------------------------------------------

#: what a translation must keep as it is: markup, entities, placeholders, mnemonics' ampersands
_KEEP = re.compile(r"(<[^>]*>|&[#\w]+;|%L?\d+|%n|%Ln|\{[^{}]*\})")
_WORD = re.compile(r"[^\W\d_]+")
_ACCENTED = str.maketrans("aceinousyzACEINOUSYZ", "àçéîñöûšýžÀÇÉÎÑÖÛŠÝŽ")


def pseudo(text: str) -> str:
    """`text` as the pseudo-language writes it: "[" + every word 40% longer (accented, so that
    a missing glyph shows) + "]", with markup, placeholders and `&` mnemonics kept."""
    if not text.strip():
        return text

    def longer(match: re.Match[str]) -> str:
        word = match[0]
        extra = math.ceil(len(word) * LONGER)
        return (word + (word * (extra // len(word) + 1))[:extra].lower()).translate(_ACCENTED)

    parts = _KEEP.split(text)
    out = "".join(part if _KEEP.fullmatch(part) else _WORD.sub(longer, part) for part in parts)
    return f"[{out}]"


class PseudoTranslator(QTranslator):
    """Every text of the app, and Qt's own, in the pseudo-language."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The window in `language` (a code of i18n.LANGUAGES, or "pseudo": German's dates and Qt's
    texts under the pseudo-language's) while the block runs."""
    translator = None
    try:
        if language == PSEUDO:
            i18n.use_language("de")
            translator = PseudoTranslator()
            QCoreApplication.installTranslator(translator)
        else:
            i18n.use_language(language)
        yield
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        i18n.forget_language()


# -- the data the screens show -----------------------------------------------------------------


@dataclass
class Data:
    ctx: AppContext
    empty: AppContext
    order_id: int
    folder: Path


#: the order the dialogs show: one dispute, one photo
NUMBER = "8187000000000001"


def make_data(folder: Path) -> Data:
    from aliassist.services import evidence as evidence_service
    from aliassist.services.sample import sample_orders
    from aliassist.store.repository import save_order, saved_order_id
    from tests.conftest import NOW
    from tests.photos import save_photo

    ctx = open_context(folder / "orders.db", now=NOW)
    order = rec.Order(NUMBER, NOW - timedelta(days=30), shipped_at=NOW - timedelta(days=28),
                      store="Sunny Store", amount=1999, currency="USD",
                      items=(rec.Item("Red dress", quantity=1, price=1999),),
                      disputes=(rec.Dispute("not_as_described", opened_at=NOW),))
    with ctx.session() as session, session.begin():
        for sample in sample_orders(NOW, 20):
            save_order(session, sample, now=NOW)
        save_order(session, order, now=NOW)
        order_id = saved_order_id(session, order)
    evidence_service.attach_files(ctx, order_id, [save_photo(folder / "dress.jpg", 1)],
                                  kind="own_photo")
    empty = open_context(folder / "empty.db", now=NOW)
    return Data(ctx, empty, order_id, folder)


# -- the screens -------------------------------------------------------------------------------


def _main_window(data: Data) -> QWidget:
    from aliassist.gui.main_window import MainWindow

    window = MainWindow(data.ctx)
    window.resize(*SCREEN)
    window.select_orders([data.order_id])
    return window


def _empty_window(data: Data) -> QWidget:
    from aliassist.gui.main_window import MainWindow

    window = MainWindow(data.empty)
    window.resize(*SCREEN)
    return window


def _order_dialog(data: Data) -> QWidget:
    from aliassist.gui.workspace.order_dialog import OrderDialog
    from aliassist.services.orders import get_order

    return OrderDialog(data.ctx.policy, order=get_order(data.ctx, data.order_id),
                       now=data.ctx.now, store_file=data.ctx.vault.put)


def _wizard(data: Data) -> QWidget:
    from aliassist.gui.dispute.dispute_wizard import DisputeWizard

    return DisputeWizard(data.ctx, data.order_id)


def _wizard_with_reason(data: Data) -> QWidget:
    from aliassist.gui.dispute.dispute_wizard import DisputeWizard

    wizard = DisputeWizard(data.ctx, data.order_id)
    wizard.set_reason("not_as_described")  # the checklist beside the pre-check
    return wizard


def _message_editor(data: Data) -> QWidget:
    from aliassist.gui.dispute.message_editor import MessageEditor
    from aliassist.services.orders import get_order

    return MessageEditor(data.ctx.policy, get_order(data.ctx, data.order_id))


def _dispute_steps(data: Data) -> QWidget:
    from aliassist.gui.dispute.dispute_steps import DisputeStepsDialog

    return DisputeStepsDialog(data.ctx, NUMBER)


def _evidence(data: Data) -> QWidget:
    from aliassist.gui.evidence.evidence_dialog import EvidenceDialog

    return EvidenceDialog(data.ctx, data.order_id)


def _evidence_viewer(data: Data) -> QWidget:
    from aliassist.gui.evidence.evidence_dialog import EvidenceDialog
    from aliassist.gui.evidence.evidence_viewer import EvidenceViewer
    from aliassist.services import evidence as evidence_service

    panel = EvidenceDialog(data.ctx, data.order_id)
    status = panel.panel.status
    assert status is not None
    state = status.state
    viewer = EvidenceViewer(data.ctx, state, evidence_service.listed_indices(state), 0,
                            panel.panel.thumbs)
    viewer.setProperty("keeps", panel)  # the panel's thumbnails live as long as the viewer
    return viewer


def _settings(data: Data) -> QWidget:
    from aliassist.gui.settings.settings_dialog import SettingsDialog

    return SettingsDialog(data.ctx)


def _column_mapping(data: Data) -> QWidget:
    from aliassist.gui.imports.import_dialogs import ColumnMappingDialog

    return ColumnMappingDialog(
        ["Bestellnummer", "Datum", "Shop", "Artikel", "Preis", "Sendungsnummer"],
        [["8187000000000301", "24.03.2026", "Bright Store", "Lampe", "€12,50", "LP001"]],
        {"number": 0, "placed_at": 1}, None, "other-tool.csv")


def _exporter_file() -> Path:
    return Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "order-exporter.csv"


def _import_preview(data: Data) -> QWidget:
    from aliassist.gui.imports.import_dialogs import ImportPreviewDialog
    from aliassist.services.imports import ImportSource, preview_import

    source = ImportSource(path=_exporter_file())
    return ImportPreviewDialog(preview_import(data.ctx, source), ["Main account"],
                               lambda **options: preview_import(data.ctx, source, **options))


def _import_report(data: Data) -> QWidget:
    from aliassist.gui.imports.import_dialogs import ImportReportDialog
    from aliassist.services.imports import ImportSource, run_import

    bad = _exporter_file().with_name("order-exporter-bad-rows.csv")
    return ImportReportDialog(run_import(data.empty, ImportSource(path=bad), dry_run=True))


def _mail_sources(data: Data) -> QWidget:
    from aliassist.gui.imports.mail_import import MailSourcesDialog

    return MailSourcesDialog()


def _mail_preview(data: Data) -> QWidget:
    from aliassist.gui.imports.mail_import import MailPreviewDialog
    from aliassist.services.mail_import import plan_mail_import, read_mail

    mail = Path(__file__).resolve().parents[1] / "fixtures" / "mail" / "eml"
    return MailPreviewDialog(plan_mail_import(data.ctx, read_mail(data.ctx, [mail])))


def _guide(data: Data) -> QWidget:
    from aliassist.gui.guide import GuideDialog

    return GuideDialog(data.ctx.policy)


def _save_conflict(data: Data) -> QWidget:
    from aliassist.gui.workspace.save_conflict import SaveConflictDialog
    from aliassist.services.orders import get_order_for_edit, save_edited_order
    from aliassist.store.repository import OrderChangedError

    opened = get_order_for_edit(data.ctx, data.order_id)
    other = "Ben's Gadgets" if opened.order.store != "Ben's Gadgets" else "Ben's Gadget Shop"
    save_edited_order(data.ctx, replace(opened.order, store=other), data.order_id,
                      expected_version=opened.version)
    try:
        save_edited_order(data.ctx, replace(opened.order, note="asked for a refund"),
                          data.order_id, expected_version=opened.version)
    except OrderChangedError as refused:
        return SaveConflictDialog(refused, data.ctx.policy)
    raise AssertionError("the second save was not refused")


def _assign(data: Data) -> QWidget:
    from aliassist.gui.workspace.assign_dialog import AssignDialog

    return AssignDialog("2 orders", None, ["Ben", "Carla"], "Anna", mixed=True)


def _real_date(data: Data) -> QWidget:
    from aliassist.gui.workspace.date_entry import RealDateDialog
    from aliassist.services.orders import get_order

    return RealDateDialog(get_order(data.ctx, data.order_id), "protection_ends_at",
                          data.ctx.policy.tz)


def _delete_all(data: Data) -> QWidget:
    from aliassist.gui.settings.safety_settings import DeleteAllDialog
    from aliassist.services.privacy import inventory

    assert data.ctx.store.path is not None
    return DeleteAllDialog(data.ctx, inventory(data.ctx.store.path))


def _damaged(data: Data) -> QWidget:
    from aliassist.gui.settings.recovery_dialog import DamagedDatabaseDialog
    from aliassist.services.safety import DatabaseDamagedError

    db = data.folder / "orders.db"
    return DamagedDatabaseDialog(DatabaseDamagedError(
        db, "file is not a database", moved_to=db.with_name("orders.db.damaged")))


#: screen name -> how to make it (the window and every dialog a person meets)
SCREENS: dict[str, Callable[[Data], QWidget]] = {
    "main_window": _main_window,
    "main_window_empty": _empty_window,
    "order_dialog": _order_dialog,
    "dispute_wizard": _wizard,
    "dispute_wizard_reason": _wizard_with_reason,
    "message_editor": _message_editor,
    "dispute_steps": _dispute_steps,
    "evidence": _evidence,
    "evidence_viewer": _evidence_viewer,
    "settings": _settings,
    "import_columns": _column_mapping,
    "import_preview": _import_preview,
    "import_report": _import_report,
    "mail_sources": _mail_sources,
    "mail_preview": _mail_preview,
    "guide": _guide,
    "save_conflict": _save_conflict,
    "assign": _assign,
    "real_date": _real_date,
    "delete_all": _delete_all,
    "damaged_database": _damaged,
}


def show(widget: QWidget) -> None:
    """Show `widget` as a person would first see it: the main window at 1280x800, a dialog at
    the size Qt gives it (its own, at most two thirds of the screen, unless it chose one)."""
    widget.show()
    if widget.width() > SCREEN[0] or widget.height() > SCREEN[1]:
        widget.resize(min(widget.width(), SCREEN[0]), min(widget.height(), SCREEN[1]))
    for _ in range(3):
        QApplication.processEvents()


def states(widget: QWidget) -> Iterator[str]:
    """Each state of `widget` worth a look: its tabs in turn ("" for the first)."""
    yield ""
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == first:
                continue
            tabs.setCurrentIndex(index)
            for _ in range(2):
                QApplication.processEvents()
            yield f"tab{index + 1}"
        tabs.setCurrentIndex(first)


# -- what is cut off ---------------------------------------------------------------------------


def _who(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    name = widget.objectName() or widget.accessibleName()
    shown = re.sub(r"<[^>]*>", "", text).replace("\n", " ")
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    return f"{type(widget).__name__}" + (f" #{name}" if name else "") + \
        (f" {shown!r}" if shown else "")


def _in_scrolled_view(widget: QWidget, window: QWidget) -> bool:
    """Whether `widget` lies on a scroll area's page (it may extend past the view: it scrolls)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _clipped_by(widget: QWidget, window: QWidget) -> QWidget | None:
    """The ancestor (or the window) that cuts part of `widget` off, None when it shows whole;
    a page of a scroll area counts as whole (it scrolls)."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect.translate(child.pos())
        if isinstance(parent, QAbstractScrollArea) or (
                isinstance(parent.parentWidget(), QAbstractScrollArea)
                and parent is parent.parentWidget().viewport()):  # type: ignore[union-attr]
            return None
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(rect):
            return parent
        if parent is window:
            return None
        child, parent = parent, parent.parentWidget()
    return None


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def cut_off(window: QWidget) -> list[str]:
    """What `window` cuts off, for people: a text wider (or, wrapped, taller) than the space it
    was given, a tab whose title is elided, a widget reaching past its window, and a window
    larger than the 1280x800 screen."""
    problems = []
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        problems.append(f"the window is {window.width()}x{window.height()}, larger than the "
                        f"{SCREEN[0]}x{SCREEN[1]} screen")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        text = _text_of(widget)
        if isinstance(widget, QLabel) and text:
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{_who(widget)}: needs {needed} px of height, has "
                                    f"{widget.height()}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{_who(widget)}: needs {widget.sizeHint().width()} px, has "
                                f"{widget.width()}")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton) and text:
            if isinstance(widget.parentWidget(), QTabBar):
                continue  # the tab bar's scroll arrows
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{_who(widget)}: needs {widget.sizeHint().width()} px, has "
                                f"{widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title().replace("&", "")) + 20
            if needed > widget.width():
                problems.append(f"{_who(widget)}: its title needs {needed} px, has "
                                f"{widget.width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                    problems.append(f"tab {widget.tabText(index)!r}: elided "
                                    f"({widget.tabRect(index).width()} of "
                                    f"{widget.tabSizeHint(index).width()} px)")
            total = sum(widget.tabSizeHint(i).width() for i in range(widget.count()))
            if total > widget.width() + 1 and widget.usesScrollButtons():
                problems.append(f"tabs {[widget.tabText(i) for i in range(widget.count())]}: "
                                f"need {total} px, have {widget.width()} (some hidden behind "
                                "arrows)")
        elif isinstance(widget, QComboBox) and widget.currentText():
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 24
            if needed > widget.width() + 1 and widget.sizeAdjustPolicy() != \
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
                problems.append(f"QComboBox {widget.currentText()!r}: needs {needed} px, has "
                                f"{widget.width()}")
        if isinstance(widget, QAbstractItemView):
            problems += _cut_cells(widget)
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{_who(widget)}: its page is wider than the window and scrolls "
                            "sideways")
        if widget.isWindow() or _in_scrolled_view(widget, window):
            continue
        if text or isinstance(widget, QAbstractButton | QComboBox | QGroupBox):
            clipper = _clipped_by(widget, window)
            if clipper is not None:
                problems.append(f"{_who(widget)}: cut off by {_who(clipper)}")
    return list(dict.fromkeys(problems))


def _cut_cells(view: QAbstractItemView) -> list[str]:
    """Header titles elided, and cells elided without a tooltip saying them whole."""
    from PySide6.QtWidgets import QHeaderView, QTableView

    problems: list[str] = []
    model = view.model()
    if model is None or not isinstance(view, QTableView):
        return problems
    header: QHeaderView = view.horizontalHeader()
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or header.sectionSize(column) == 0:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        needed = header.fontMetrics().horizontalAdvance(title) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            needed += margin + header.style().pixelMetric(
                QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if header.isVisible() and title and needed > header.sectionSize(column) + 1 and \
                not model.headerData(column, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.ToolTipRole):
            problems.append(f"column {title!r}: its title needs {needed} px, has "
                            f"{header.sectionSize(column)} (and no tooltip)")
        for row in range(min(model.rowCount(), 20)):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            if view.sizeHintForIndex(index).width() > view.columnWidth(column) + 1 and \
                    not index.data(Qt.ItemDataRole.ToolTipRole):
                problems.append(f"column {title!r}: a cell {text[:40]!r} is elided without "
                                "a tooltip")
                break
    return problems


# -- the command line: shots and checks --------------------------------------------------------


def lengthen(window: QWidget) -> None:
    """Make the texts already on `window` pseudo-language (a preview, before they are wrapped
    for translation: texts set later stay as they are)."""
    def longer(text: str) -> str:
        return text if not text.strip() or text.startswith("[") else pseudo(text)

    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            widget.setText(longer(widget.text()))
        elif isinstance(widget, QGroupBox):
            widget.setTitle(longer(widget.title()))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                widget.setTabText(index, longer(widget.tabText(index)))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                widget.setItemText(index, longer(widget.itemText(index)))
        if widget.toolTip():
            widget.setToolTip(longer(widget.toolTip()))
    window.setWindowTitle(longer(window.windowTitle()))


def each_screen(data: Data, names: list[str] | None = None, *, preview: bool = False
                ) -> Iterator[tuple[str, QWidget]]:
    """(name + state, the screen shown) for each screen and each of its states (`preview`:
    with lengthen())."""
    for name, make in SCREENS.items():
        if names and name not in names:
            continue
        widget = make(data)
        if preview:
            lengthen(widget)
        show(widget)
        try:
            for state in states(widget):
                yield (f"{name}-{state}" if state else name), widget
        finally:
            widget.close()
            widget.deleteLater()
            QApplication.processEvents()


def laptop(folder: Path, scale: float) -> None:
    """Offscreen (the default without a display), a 1280x800 screen at `scale`."""
    platform = os.environ.get("QT_QPA_PLATFORM") or ("" if os.environ.get("DISPLAY")
                                                     else "offscreen")
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    if platform != "offscreen":
        return
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": round(SCREEN[0] * scale),
        "height": round(SCREEN[1] * scale), "logicalDpi": 96, "logicalBaseDpi": 96,
        "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.i18n.screens")
    parser.add_argument("--shots", type=Path, help="write a PNG of each screen here")
    parser.add_argument("--check", action="store_true", help="print what is cut off as JSON")
    parser.add_argument("--screen", action="append", help="only these screens")
    parser.add_argument("--scale", type=float, default=1.0, help="2: at 200%%")
    parser.add_argument("--preview", action="store_true",
                        help="lengthen the texts already shown too (before they are wrapped)")
    parser.add_argument("languages", nargs="*", default=[PSEUDO])
    args = parser.parse_args(argv)
    if len(args.languages) > 1:
        # a process per language: texts a module translates once, when it is imported, are
        # then in each language
        rest = [a for a in (argv if argv is not None else sys.argv[1:])
                if a not in args.languages]
        found: dict[str, dict[str, list[str]]] = {}
        for language in args.languages:
            result = subprocess.run([sys.executable, "-m", "tests.i18n.screens", *rest,
                                     language], stdout=subprocess.PIPE, text=True, check=True)
            if args.check:
                found.update(json.loads(result.stdout))
        if args.check:
            print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    os.environ.setdefault("TZ", "Europe/Berlin")
    with tempfile.TemporaryDirectory() as setup:
        laptop(Path(setup), args.scale)
        from aliassist.gui.launch import make_application

        app = make_application()  # as the app starts: its name, icon, fitting of dialogs
    found = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ALIASSIST_DATA_DIR"] = tmp
        data = make_data(Path(tmp))
        try:
            for language in args.languages:
                found[language] = {}
                with speaking(language):
                    for name, widget in each_screen(data, args.screen, preview=args.preview):
                        if args.check:
                            found[language][name] = cut_off(widget)
                        if args.shots:
                            args.shots.mkdir(parents=True, exist_ok=True)
                            path = args.shots / f"{language}-{name}.png"
                            widget.grab().save(str(path))
                            print(path, file=sys.stderr)
        finally:
            data.ctx.close()
            data.empty.close()
    if args.check:
        print(json.dumps(found, ensure_ascii=False, indent=1))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
