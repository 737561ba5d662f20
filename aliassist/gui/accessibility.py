"""Names a screen reader speaks, Alt+letter mnemonics and live announcements.

`make_accessible(root)` is called at the end of building a window or dialog (and again after a
part of it is rebuilt). It is honest, not guessing: a field is named by the label that stands
beside it in its form row (the label becomes its buddy, so the label's mnemonic focuses it), and
buttons and form labels without an Alt+letter get one, unique within the window, the way KDE's
accelerator manager does it. Widgets with no label to borrow a name from are named where they
are built.
"""

from __future__ import annotations

import re
from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A label's words as a screen reader says them: no markup, no '&', no trailing colon."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    return " ".join(text.split()).rstrip(":").strip()


def focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _controls(container: QWidget) -> list[QWidget]:
    """The controls a person tabs to inside a container (not the parts of a combo or spin)."""
    found = [container] if focusable(container) else []
    for child in container.findChildren(QWidget):
        parent = child.parentWidget()
        if (focusable(child) and not isinstance(parent, (QComboBox, QAbstractSpinBox))
                and not isinstance(child, QTabBar)):
            found.append(child)
    return found


def _own_words(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    return ""


def _holds(layout: QLayout, widget: QWidget) -> bool:
    """`widget` sits directly in `layout` or in one of the layouts nested in it."""
    if layout.indexOf(widget) >= 0:
        return True
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None and _holds(inner, widget):
            return True
    return False


def name_by_label(label: QLabel, field: QWidget | QLayout) -> None:
    """`label` names the controls in `field`: the first becomes its buddy (its mnemonic focuses
    it); each control gets the label's words, followed by its own where it has some."""
    words = plain(label.text())
    if not words:
        return
    widgets: list[QWidget] = []
    if isinstance(field, QLayout):
        owner = label.parentWidget()
        if owner is not None:
            widgets = [w for w in owner.findChildren(QWidget) if _holds(field, w)]
    else:
        widgets.append(field)
    controls = [c for w in widgets for c in _controls(w)]
    if not controls:
        return
    if label.buddy() is None or not focusable(label.buddy()):
        label.setBuddy(controls[0])
    for control in controls:
        own = _own_words(control)
        if own.startswith(words):
            continue
        control.setAccessibleName(f"{words}, {own}" if own else words)


def name_form_fields(root: QWidget) -> None:
    """Every form row's label names its field (see `name_by_label`)."""
    for form in root.findChildren(QFormLayout):
        owner = form.parentWidget()
        if owner is None:
            continue
        # Widgets are looked up among the owner's children: a layout item's widget() can hand
        # back a stale wrapper in PySide.
        cells: dict[tuple[int, QFormLayout.ItemRole], QWidget] = {}
        for child in owner.findChildren(QWidget):
            position = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(child))
            if position[0] >= 0:
                cells[position] = child
        for (row, role), label in cells.items():
            if role != QFormLayout.ItemRole.LabelRole or not isinstance(label, QLabel):
                continue
            field: QWidget | QLayout | None = cells.get((row, QFormLayout.ItemRole.FieldRole))
            if field is None:
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                field = item.layout() if item is not None else None
            if field is not None:
                name_by_label(label, field)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            name_by_label(label, buddy)


def _wants_mnemonic(w: QWidget) -> bool:
    """Buttons with text, and plain-text labels that name a field."""
    if isinstance(w, QToolButton) or isinstance(w.parentWidget(), QTabBar):
        return False
    if isinstance(w, QAbstractButton):
        return bool(w.text())
    return (isinstance(w, QLabel) and w.buddy() is not None and bool(w.text())
            and w.textFormat() != Qt.TextFormat.RichText and "<" not in w.text())


def _mnemonic_owners(root: QWidget) -> list[QAbstractButton | QLabel]:
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, (QAbstractButton, QLabel)) and _wants_mnemonic(w)]


def _taken(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def assign_mnemonics(root: QWidget) -> None:
    """Give every button and buddied label in `root`'s window an Alt+letter of its own: the
    first letter of a word that is still free, else any free letter of its text."""
    window = root.window()
    owners = _mnemonic_owners(window)
    used = {letter for o in owners if (letter := _taken(o.text()))}
    if isinstance(window, QMainWindow):  # the menu titles' letters are taken already
        used |= {letter for a in window.menuBar().actions() if (letter := _taken(a.text()))}
    for owner in owners:
        text = owner.text()
        if _taken(text) is not None:
            continue
        escaped = text.replace("&", "&&")
        starts = [m.start() for m in re.finditer(r"\b\w", escaped)]
        others = [i for i, ch in enumerate(escaped) if ch.isalnum() and i not in starts]
        for i in starts + others:
            letter = escaped[i].lower()
            if letter.isascii() and letter not in used:
                used.add(letter)
                owner.setText(escaped[:i] + "&" + escaped[i:])
                break


def leave_with_tab(root: QWidget) -> None:
    """Tab moves on from tables, lists and text boxes instead of moving or typing inside them
    (arrow keys move inside)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for box in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        box.setTabChangesFocus(True)


def make_accessible(root: QWidget) -> None:
    """Names from labels, Alt+letters, and Tab that moves on: see the module's docstring."""
    name_form_fields(root)
    leave_with_tab(root)
    assign_mnemonics(root)


def announce(widget: QWidget, text: str) -> None:
    """Say `text` to a screen reader now, as a live update of `widget` (a status label): its
    accessible description becomes the text and assistive technology is told it changed."""
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


class DownOnlyScrollArea(QScrollArea):
    """A scroll area that scrolls down, not sideways: as wide as its page needs (the long
    words of a translation), up to a share of the screen (SHARE); only a page wider than that
    (a very large font) scrolls sideways too, rather than pushing the window off the screen."""

    def __init__(self, parent: QWidget | None = None, *, share: float = 0.9):
        super().__init__(parent)
        #: the most of the screen's width it asks for (less where two sit side by side)
        self.share = share

    def _width(self, hint: QSize) -> QSize:
        page = self.widget()
        if page is None:
            return hint
        wanted = (page.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                  + 2 * self.frameWidth())
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, int(screen.availableGeometry().width() * self.share))
        return QSize(max(hint.width(), wanted), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self._width(super().minimumSizeHint())

    def sizeHint(self) -> QSize:
        return self._width(super().sizeHint())


def scrolling(content: QWidget, *, share: float = 0.9) -> QScrollArea:
    """`content` in a frameless scroll area: with a large font or scaling it scrolls down
    instead of being cut off or pushing the window past the screen; it is as wide as `content`
    needs (a long word never makes it scroll sideways), up to `share` of the screen's width."""
    area = DownOnlyScrollArea(share=share)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls; it follows them
    area.setWidget(content)
    return area


def smaller(font: QFont) -> QFont:
    """`font` a step smaller, relative to its size (never a fixed pixel size: large fonts and
    scaling carry over)."""
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
    return small
