"""Findings as the buyer reads them: a card per finding, blocking ones first, each with what is
wrong, what to write instead, and the words that raised it underlined in the text."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain.findings import Finding, sort_findings
from aliassist.gui.theme import Tint, graphic, tint, tinted_style
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_policy import finding_fix, finding_message, finding_title

#: severity -> its badge (the words; the colours are theme's "severity.*" tints and marks)
SEVERITY_BADGES = {"block": QT_TRANSLATE_NOOP("FindingCard", "Blocks"),
                   "warn": QT_TRANSLATE_NOOP("FindingCard", "Warning"),
                   "info": QT_TRANSLATE_NOOP("FindingCard", "Note")}
#: severity -> the mark drawn beside its card and under its words
SEVERITY_MARKS = {"block": "block", "warn": "warn", "info": "line"}


def severity_look(severity: str) -> tuple[str, Tint, QColor]:
    """The badge, the tint and the mark colour of a severity, for the palette in force."""
    known = severity if severity in SEVERITY_BADGES else "info"
    return (translate("FindingCard", SEVERITY_BADGES[known]), tint(f"severity.{known}"),
            graphic(SEVERITY_MARKS[known]))


class FindingCard(QFrame):
    def __init__(self, finding: Finding, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        badge, colours, mark = severity_look(finding.severity)
        #: the card's background and text colour (theme's tint for the severity)
        self.colours = colours
        self.setObjectName("finding-card")
        self.setStyleSheet(f"#finding-card {{ background: {colours.back}; border-left: 4px solid "
                           f"{mark.name()}; border-radius: 3px; }} "
                           f"QLabel {{ color: {colours.ink}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        title = QLabel(f"<b>{badge.upper()}</b> · <b>{escape(finding_title(finding))}"
                       f"</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(finding_message(finding))
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # an apostrophe, not &#x27;
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fix = finding_fix(finding)
        self.fix = QLabel(translate("FindingCard", "<b>Instead:</b> {fix}")
                          .format(fix=escape(fix)) if fix else "")
        self.fix.setTextFormat(Qt.TextFormat.RichText)
        self.fix.setWordWrap(True)
        self.fix.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix.setVisible(bool(fix))
        # the link in the card's own ink (underlined): the palette's link blue is unreadable
        # on the dark red and amber cards
        where = (f"<a style='color: {colours.ink}' "
                 f"href='{escape(finding.source_url, quote=True)}'>"
                 f"{escape(finding.source)}</a>" if finding.source_url
                 else escape(finding.source))
        source = QLabel(f"<small>{escape(finding.rule)} · {where}</small>")
        source.setTextFormat(Qt.TextFormat.RichText)
        source.setOpenExternalLinks(True)  # the rule's source, in the browser
        source.setWordWrap(True)
        source.setStyleSheet(f"color: {colours.ink}; opacity: 0.8;")
        for w in (title, self.message, self.fix, source):
            layout.addWidget(w)


class FindingsView(QScrollArea):
    """The findings of a check, blocking first; a calm line when there are none."""

    def __init__(self, empty_text: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if empty_text is None:
            empty_text = translate("FindingsView", "Nothing found.")
        self.empty_text = empty_text
        self.setAccessibleName(translate("FindingsView", "Findings"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.inner = inner
        self.cards = QVBoxLayout(inner)
        self.cards.setContentsMargins(0, 0, 4, 0)
        self.cards.setSpacing(6)
        self.cards.addStretch(1)
        self.setWidget(inner)
        self.findings: list[Finding] = []
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"{tinted_style('ok')} padding: 8px; border-radius: 3px;")
        self.cards.insertWidget(0, self.empty)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        findings = sort_findings(findings)
        if findings == self.findings:
            return
        self.findings = findings
        while self.cards.count() > 2:
            item = self.cards.takeAt(1)
            card = item.widget() if item is not None else None
            if card is not None:
                card.hide()
                card.setParent(None)
                card.deleteLater()
        self.empty.setVisible(not findings)
        for n, finding in enumerate(findings):
            self.cards.insertWidget(1 + n, FindingCard(finding))
        self._fit()
        QTimer.singleShot(0, self._fit)  # once the new cards are laid out

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Keep every card whole: the cards' wrapped text needs more height the narrower the
        view is, which the scroll area does not ask of its layout by itself; it scrolls
        instead of squeezing the cards over each other."""
        width = self.viewport().width()
        self.cards.activate()
        height = self.cards.totalHeightForWidth(width) if width > 0 else -1
        if height > 0:
            self.inner.setMinimumHeight(height)

    def card_texts(self) -> list[str]:
        """What the cards say, top to bottom (for tests and screen readers)."""
        out = []
        for i in range(1, self.cards.count() - 1):
            item = self.cards.itemAt(i)
            card = item.widget() if item is not None else None
            if isinstance(card, FindingCard):
                out.append(card.message.text())
        return out


def underline_findings(editor: QPlainTextEdit, findings: Sequence[Finding]) -> None:
    """Underline the words that raised each finding (its spans in the editor's text), coloured
    by its severity; hovering them shows the rule and what to write instead."""
    selections = []
    for finding in sort_findings(findings):
        _, colours, mark = severity_look(finding.severity)
        tip = finding_title(finding)
        fix = finding_fix(finding)
        if fix:
            tip = f"{tip}: {fix}"
        for start, end in finding.spans:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colours.ink))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(mark)
            fmt.setBackground(QColor(colours.back))
            fmt.setToolTip(tip)
            sel = QTextEdit.ExtraSelection()
            sel.format = fmt
            cursor = QTextCursor(editor.document())
            cursor.setPosition(_qt_position(editor, start))
            cursor.setPosition(_qt_position(editor, end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
    editor.setExtraSelections(selections)


def _qt_position(editor: QPlainTextEdit, index: int) -> int:
    """A Python string index as a Qt (UTF-16) document position, within the document."""
    text = editor.toPlainText()[:index]
    return min(len(text.encode("utf-16-le")) // 2, editor.document().characterCount() - 1)
