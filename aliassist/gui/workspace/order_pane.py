"""The order pane beside the orders table: the selected order's facts, a timeline of every clock
drawn as a bar with today marked, its items, tracking, disputes and payments.

The pane is a column of sections. Other parts of the app add theirs with
`OrderPane.add_section(title, widget_factory)`: the factory gets an `OrderView` each time an
order is shown and returns a widget for it, or None to leave the section out for that order.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from aliassist.domain import records as rec
from aliassist.domain.clocks import CLOCK_POLICY, Clock, OrderClocks, order_clocks
from aliassist.domain.dates import day_text, deadline_text, order_date_text
from aliassist.domain.dispute_steps import STEPS
from aliassist.domain.estimates import (
    ESTIMATE_FIELD_ENTRY,
    clock_explanations,
    estimated_text,
    order_estimates,
)
from aliassist.domain.formatting import local_minute
from aliassist.domain.money import display_amount
from aliassist.domain.policy import Policy
from aliassist.gui.accessibility import DownOnlyScrollArea
from aliassist.gui.theme import STATE_LOOKS, graphic, state_tint, tone
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_domain import estimate_label, estimate_why, step_label
from aliassist.i18n_policy import policy_text
from aliassist.services.assignment import OrderHistory


@dataclass(frozen=True)
class OrderView:
    """What a section is built from."""

    order: rec.Order
    order_id: int
    clocks: OrderClocks
    policy: Policy
    now: datetime
    #: asks for the real value of an estimated field (order id, field), when the app can
    confirm_date: Callable[[int, str], None] | None = None
    #: who saved the order last, and who recorded each dispute step (None: not read)
    history: OrderHistory | None = None


SectionFactory = Callable[[OrderView], QWidget | None]
#: the link that shows how each clock was reached
#: texts translated inside f-strings below, marked here for pyside6-lupdate (which does not
#: read f-strings)
_IN_F_STRINGS = (QT_TRANSLATE_NOOP("OrderPane", "(you)"),)
EXPLAIN = QT_TRANSLATE_NOOP("order_pane", "How are these dates worked out?")


def local_day(at: datetime | None) -> str:
    return "" if at is None else day_text(at.astimezone().date())


def _label(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    return label


# ---------------------------------------------------------------------------------------------
# The timeline


@dataclass(frozen=True)
class TimelineBar:
    label: str
    start: datetime
    end: datetime
    #: the clock still matters in the order's state (drawn in colour; else grey)
    active: bool


def timeline_bars(view: OrderView) -> list[TimelineBar]:
    """One bar per clock, from when it starts running to its deadline, earliest end first."""
    clocks, policy = view.clocks, view.policy
    active = {(c.id, c.dispute) for c in clocks.active()}
    bars = []
    for clock in clocks.timeline():
        start = _bar_start(clock, clocks, policy)
        name = policy_text(policy.clocks[CLOCK_POLICY[clock.id]].label)
        if clock.dispute is not None:
            name = translate("order_pane", "{clock} (dispute {index})").format(
                clock=name, index=clock.dispute + 1)
        bars.append(TimelineBar(name, start, clock.at, (clock.id, clock.dispute) in active))
    return bars


def _bar_start(clock: Clock, clocks: OrderClocks, policy: Policy) -> datetime:
    if clock.id in ("protection_end", "extension_request"):
        return clocks.protection_start
    if clock.id == "dispute_deadline":
        return clocks.completion
    return clock.at - timedelta(days=policy.days(CLOCK_POLICY[clock.id]))


class TimelineView(QWidget):
    """Every clock as a horizontal bar on one time axis; a red line marks today."""

    # Sizes follow the font (read like the constants they were), so a large font or scaling
    # never crowds or cuts the labels.
    @property
    def ROW(self) -> int:
        return self.fontMetrics().height() + 6

    @property
    def LABEL_WIDTH(self) -> int:
        char = self.fontMetrics().averageCharWidth()
        return min(char * 24, max(self.width() * 2 // 5, char * 10))  # narrow pane: elide

    @property
    def AXIS(self) -> int:
        return self.fontMetrics().height() + 6

    @property
    def TOP(self) -> int:
        return self.fontMetrics().height() + 2

    def __init__(self, bars: list[TimelineBar], now: datetime, state: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.bars = bars
        self.now = now
        #: the order's state, whose colour the running clocks' bars take
        self.state = state
        self.setMinimumHeight(self.sizeHint().height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        gone = translate("TimelineView", " (no longer matters)")
        summary = "\n".join(f"{b.label}: {local_minute(b.start)} → {local_minute(b.end)}"
                            f"{'' if b.active else gone}" for b in bars)
        self.setToolTip(summary)
        self.setAccessibleName(translate("TimelineView", "Timeline of the order's clocks"))
        self.setAccessibleDescription(translate("TimelineView", "Today {date}.\n{summary}")
                                      .format(date=local_day(now), summary=summary))

    def sizeHint(self) -> QSize:
        return QSize(self.LABEL_WIDTH + 250, self.TOP + self.ROW * len(self.bars) + self.AXIS + 8)

    def span(self) -> tuple[datetime, datetime]:
        first = min([b.start for b in self.bars] + [self.now])
        last = max([b.end for b in self.bars] + [self.now])
        pad = max((last - first) / 30, timedelta(days=1))
        return first - pad, last + pad

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self.span()
        width = max(self.width() - self.LABEL_WIDTH - 8, 40)
        total = (last - first).total_seconds()

        def x(at: datetime) -> float:
            return self.LABEL_WIDTH + width * (at - first).total_seconds() / total

        text_color = self.palette().windowText().color()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        for row, bar in enumerate(self.bars):
            top = self.TOP + row * self.ROW + 3
            painter.setPen(text_color)
            painter.drawText(QRectF(0, top, self.LABEL_WIDTH - 8, self.ROW - 4),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                self.LABEL_WIDTH - 10))
            left, right = x(bar.start), max(x(bar.end), x(bar.start) + 3)
            color = graphic(f"state.{self.state}" if bar.active else "line")
            painter.setPen(QPen(color.darker(150), 1))
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(left, top + 3, right - left, self.ROW - 10), 3, 3)
        # The axis: the first and last day, and today.
        axis_y = self.TOP + len(self.bars) * self.ROW + 4
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(QPointF(self.LABEL_WIDTH, axis_y), QPointF(self.LABEL_WIDTH + width,
                                                                    axis_y))
        for at, align in ((first, Qt.AlignmentFlag.AlignLeft),
                          (last, Qt.AlignmentFlag.AlignRight)):
            painter.drawText(QRectF(self.LABEL_WIDTH, axis_y + 2, width, self.AXIS - 4),
                             align | Qt.AlignmentFlag.AlignTop, local_day(at))
        today = x(self.now)
        painter.setPen(QPen(graphic("block"), 2))
        painter.drawLine(QPointF(today, self.TOP - 2), QPointF(today, axis_y + 4))
        half = self.fontMetrics().averageCharWidth() * 9
        painter.drawText(QRectF(today - half, 0, 2 * half, self.TOP),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         translate("TimelineView", "today {date}").format(
                             date=local_day(self.now)))
        painter.end()


# ---------------------------------------------------------------------------------------------
# Sections


def _deadlines(view: OrderView) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    clocks = view.clocks
    if clocks.next_clock is not None and clocks.next_at is not None:
        name = policy_text(view.policy.clocks[CLOCK_POLICY[clocks.next_clock]].label)
        left = clocks.days_left
        estimated = (translate("order_pane", " (an estimate: see below)")
                     if _deadline_estimated(view) else "")
        deadline = html.escape(deadline_text(clocks.next_at))
        when = (translate("order_pane", "passed on {date}") if left is not None and left < 0 else
                translate("order_pane", "less than a day left, until {date}") if not left else
                translate("order_pane", "%n day(s) left, until {date}", None, left)
                ).format(date=deadline)
        layout.addWidget(_label(f"<b>{html.escape(name)}</b>: {when}{estimated}", rich=True))
    layout.addWidget(TimelineView(timeline_bars(view), view.now, clocks.state))
    explain = QLabel(f"<a href='#explain'>{translate('order_pane', EXPLAIN)}</a>")
    explain.setObjectName("explainClocks")
    explain.setWordWrap(True)  # a long language: the link wraps, the pane stays narrow
    explain.setTextFormat(Qt.TextFormat.RichText)
    explain.setToolTip(translate("order_pane", "Show how each deadline follows from the order's "
                                               "dates"))
    explanation = _label(clock_lines(view), rich=True)
    explanation.setObjectName("clockExplanation")
    explanation.setVisible(False)
    explain.linkActivated.connect(lambda _link: explanation.setVisible(
        not explanation.isVisible()))
    layout.addWidget(explain)
    layout.addWidget(explanation)
    return box


def _deadline_estimated(view: OrderView) -> bool:
    fields = {e.field for e in order_estimates(view.order)}
    if view.clocks.next_clock == "protection_end":
        return "protection_days" in fields
    if view.clocks.next_clock == "dispute_deadline":
        return bool(fields & {"protection_days", "confirmed_at"})
    return False


def clock_lines(view: OrderView) -> str:
    """Each order clock, its instant and how it was reached (rich text)."""
    clocks, policy = view.clocks, view.policy
    why = clock_explanations(view.order, policy, clocks.completion, clocks.protection_end)
    lines = []
    for name, text in why.items():
        label = policy_text(policy.clocks[CLOCK_POLICY[name]].label)
        lines.append(f"<b>{html.escape(label)}</b>: "
                     f"{html.escape(deadline_text(getattr(clocks, name)))}<br>"
                     f"<span style='margin-left:12px'>= {html.escape(text)}</span>")
    return "<br><br>".join(lines)


def _estimates(view: OrderView) -> QWidget | None:
    """The values the app inferred, each with where it came from and a way to enter the fact."""
    estimates = order_estimates(view.order)
    if not estimates:
        return None
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for estimate in estimates:
        if estimate.field == "protection_days":
            value = translate("order_pane", "about %n day(s)", None,
                              view.policy.days("protection"))
        else:
            value = estimated_text(view.order, estimate.field, view.policy.tz) or ""
        row = QWidget()
        # the button under the text: beside it, a long language widens the pane sideways
        line = QVBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = _label(f"{html.escape(estimate_label(estimate).capitalize())}: "
                      f"<b>{html.escape(value)}"
                      f"</b><br><span style='color:{tone('muted')}'>"
                      f"{html.escape(estimate_why(estimate))}</span>", rich=True)
        line.addWidget(text, 1)
        if view.confirm_date is not None:
            entry = ESTIMATE_FIELD_ENTRY[estimate.field]
            button = QPushButton(translate("order_pane", "Enter the real date…"))
            button.setObjectName(f"confirm_{estimate.field}")
            button.setToolTip(translate("order_pane", "Enter the date the order page shows; the "
                                                      "estimate is replaced"))
            button.clicked.connect(
                lambda _=False, ask=view.confirm_date, n=view.order_id, f=entry: ask(n, f))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(row)
    return box


def _items(view: OrderView) -> QWidget | None:
    order = view.order
    if not order.items:
        return None
    rows = []
    for item in order.items:
        title = html.escape(item.title or translate("order_pane", "(no title)"))
        if item.url:
            title = f'<a href="{html.escape(item.url, quote=True)}">{title}</a>'
        detail = " · ".join(filter(None, [
            html.escape(item.sku) if item.sku else None,
            f"× {item.quantity}" if item.quantity != 1 else None,
            display_amount(item.price, order.currency) if item.price is not None else None]))
        rows.append(f"<li>{title}<br><span style='color:{tone('muted')}'>{detail}</span></li>"
                    if detail else f"<li>{title}</li>")
    return _label(f"<ul style='margin-left:-20px'>{''.join(rows)}</ul>", rich=True)


def _tracking(view: OrderView) -> QWidget | None:
    order = view.order
    facts = [(translate("order_pane", "Delivery"), (order.delivery_status or "").replace("_", " ")),
             (translate("order_pane", "Tracking number"), order.tracking_number),
             (translate("order_pane", "Carrier"), order.carrier),
             (translate("order_pane", "Tracking status"), order.tracking_status),
             (translate("order_pane", "Updated"), local_minute(order.tracking_updated_at)),
             (translate("order_pane", "Delivered"),
              estimated_text(order, "delivered_at", view.policy.tz)),
             (translate("order_pane", "Receipt confirmed"),
              estimated_text(order, "confirmed_at", view.policy.tz))]
    lines = [f"{name}: <b>{html.escape(value)}</b>" for name, value in facts if value]
    if order.tracking_url:
        lines.append(f'<a href="{html.escape(order.tracking_url, quote=True)}">'
                     f'{translate("order_pane", "Tracking page")}</a>')
    return _label("<br>".join(lines), rich=True) if lines else None


def _disputes(view: OrderView) -> QWidget | None:
    order, policy = view.order, view.policy
    if not order.disputes:
        return None
    parts = []
    for n, dispute in enumerate(order.disputes):
        reason = (policy_text(policy.reasons[dispute.reason].label)
                  if dispute.reason in policy.reasons else dispute.reason)
        line = f"<b>{n + 1}. {html.escape(reason)}</b> — {dispute.status.replace('_', ' ')}"
        if dispute.opened_at:
            line += translate("order_pane", ", opened {date}").format(
                date=local_day(dispute.opened_at))
        if dispute.item is not None and dispute.item < len(order.items):
            line += translate("order_pane", "<br>Item: {title}").format(
                title=html.escape(order.items[dispute.item].title))
        if dispute.refund_amount is not None:
            line += translate("order_pane", "<br>Asks for {amount}").format(
                amount=display_amount(dispute.refund_amount, order.currency))
        line += _next_clock(view, n)
        parts.append(line)
    return _label("<br><br>".join(parts), rich=True)


def _next_clock(view: OrderView, index: int) -> str:
    """The running clock of an open dispute, with what to do before it ends (HTML)."""
    clocks = view.clocks.disputes[index] if index < len(view.clocks.disputes) else None
    if clocks is None or not clocks.active:
        return ""
    name = clocks.active[0]
    at = getattr(clocks, name)
    rule = view.policy.clocks[CLOCK_POLICY[name]]
    left = (at - view.now) // timedelta(days=1)
    when = (translate("order_pane", "%n day(s) left", None, left) if left >= 1 else
            translate("order_pane", "less than a day left") if left == 0
            else translate("order_pane", "passed"))
    return "<br>" + translate("order_pane", "<b>Next: {clock}</b> by {date} ({when})").format(
        clock=html.escape(policy_text(rule.label)), date=html.escape(deadline_text(at)),
        when=when) + f"<br>{html.escape(policy_text(rule.help))}"


def _payments(view: OrderView) -> QWidget | None:
    order = view.order
    if not order.payments:
        return None
    via = translate("order_pane", " via {provider}")
    lines = [f"{p.kind.replace('_', ' ')}: {display_amount(p.amount, order.currency)}"
             f"{via.format(provider=p.provider) if p.provider else ''}"
             f"{', ' + local_day(p.at) if p.at else ''}" for p in order.payments]
    return _label("\n".join(lines))


def _note(view: OrderView) -> QWidget | None:
    return _label(view.order.note) if view.order.note else None


#: how a recorded dispute step reads in the history (the others: STEPS' labels)
STEP_TEXT = {"opened": QT_TRANSLATE_NOOP("order_pane", "Opened"),
             "precheck_override": QT_TRANSLATE_NOOP("order_pane", "Filed despite the pre-check")}


def step_text(kind: str) -> str:
    step = STEPS.get(kind)
    text = (translate("order_pane", STEP_TEXT[kind]) if kind in STEP_TEXT
            else step_label(kind) if step else kind.replace("_", " "))
    return text[:1].upper() + text[1:]


def history_lines(view: OrderView) -> list[str]:
    """Who did what, where the data knows it: the order's last save, then each dispute step
    with who recorded it (plain text)."""
    history = view.history
    if history is None:
        return []
    lines = []
    if history.saved_at is not None or history.saved_by:
        by = (translate("order_pane", " by {who}").format(who=history.saved_by)
              if history.saved_by else "")
        on = (translate("order_pane", " on {time}").format(time=local_minute(history.saved_at))
              if history.saved_at else "")
        lines.append(translate("order_pane", "Last saved{by}{on}").format(by=by, on=on))
    several = len(view.order.disputes) > 1
    for step in history.steps:
        dispute = (translate("order_pane", "Dispute {index}").format(index=step.dispute + 1)
                   if several and step.dispute is not None
                   else translate("order_pane", "Dispute"))
        by = translate("order_pane", " by {who}").format(who=step.by) if step.by else ""
        lines.append(translate("order_pane", "{dispute} {step} on {date}{by}").format(
            dispute=dispute, step=step_text(step.what).lower(), date=local_day(step.at), by=by))
    return lines


def _history(view: OrderView) -> QWidget | None:
    lines = history_lines(view)
    return _label("\n".join(lines)) if lines else None


# ---------------------------------------------------------------------------------------------
# The pane


class OrderPane(DownOnlyScrollArea):
    """The selected order, section by section."""

    def __init__(self, policy: Policy, now: Callable[[], datetime],
                 parent: QWidget | None = None):
        super().__init__(parent, share=0.45)  # beside the orders table
        self.policy = policy
        self.now = now
        self.view: OrderView | None = None
        self._sections: list[tuple[str, SectionFactory]] = []
        #: the section boxes of the order shown now
        self._boxes: list[QGroupBox] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(320)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self.setWidget(self._body)
        #: set by the window: asks for the real value of an estimated field
        self.confirm_date: Callable[[int, str], None] | None = None
        #: set by the window: who saved the order and recorded its steps (order id)
        self.load_history: Callable[[int], OrderHistory | None] | None = None
        #: set by the window: asks whom to assign the order to (order id)
        self.assign: Callable[[int], None] | None = None
        #: the current user (ALIASSIST_NAME or the database role), None when not known
        self.me: str | None = None
        for title, factory in ((translate("OrderPane", "Deadlines"), _deadlines),
                               (translate("OrderPane", "Dates to confirm"), _estimates),
                               (translate("OrderPane", "Items"), _items),
                               (translate("OrderPane", "Tracking"), _tracking),
                               (translate("OrderPane", "Disputes"), _disputes),
                               (translate("OrderPane", "Payments"), _payments),
                               (translate("OrderPane", "Note"), _note),
                               (translate("OrderPane", "History"), _history)):
            self.add_section(title, factory)
        self.show_order(None, None)

    def add_section(self, title: str, widget_factory: SectionFactory) -> None:
        """Add a section (after the existing ones). `widget_factory(view)` is called for each
        order shown and returns the section's content, or None to leave it out."""
        self._sections.append((title, widget_factory))
        if self.view is not None:
            self._rebuild()

    def section_titles(self) -> list[str]:
        """The titles of the sections shown for the current order."""
        return [box.title() for box in self._boxes]

    def section(self, title: str) -> QGroupBox | None:
        """The box of the section `title` for the current order, if it is shown."""
        return next((box for box in self._boxes if box.title() == title), None)

    def show_order(self, order: rec.Order | None, order_id: int | None) -> None:
        if order is None or order_id is None:
            self.view = None
        else:
            now = self.now().replace(microsecond=0)
            history = self.load_history(order_id) if self.load_history is not None else None
            self.view = OrderView(order, order_id, order_clocks(order, self.policy, now),
                                  self.policy, now, self.confirm_date, history)
        self._rebuild()

    def _clear(self) -> None:
        self._boxes = []
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden now, deleted by the event loop: a button of the section may be the
                # one whose click is being handled (setParent(None) would delete it at once).
                widget.hide()
                widget.deleteLater()

    def _rebuild(self) -> None:
        self._clear()
        view = self.view
        if view is None:
            hint = _label(translate("OrderPane", "Select an order to see its deadlines, items, "
                                                 "tracking, disputes and payments."))
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setStyleSheet(f"color: {tone('muted')}; padding: 24px;")
            self._layout.addWidget(hint)
            self._layout.addStretch(1)
            return
        self._layout.addWidget(self._header(view))
        self._layout.addWidget(self._assigned(view))
        for title, factory in self._sections:
            content = factory(view)
            if content is None:
                continue
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(8, 6, 8, 8)
            inner.addWidget(content)
            self._layout.addWidget(box)
            self._boxes.append(box)
        self._layout.addStretch(1)
        self._fit_height()
        # The new sections count once they are shown (the event loop shows them): fit again
        # then, or a pane taller than its view squeezes the sections into it.
        QTimer.singleShot(0, self._fit_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Wrapped text is as tall as the pane's width makes it: keep the body at least that
        tall, so the pane scrolls instead of squeezing a section over the next."""
        height = self._layout.totalHeightForWidth(self.viewport().width())
        self._body.setMinimumHeight(max(height, 0))  # -1: no text that wraps

    def _assigned(self, view: OrderView) -> QWidget:
        """ "Assigned to: NAME" (or Nobody), with the Assign… button."""
        row = QWidget()
        row.setObjectName("assigned-row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        name = view.order.assignee
        who = translate("OrderPane", "Nobody") if name is None else html.escape(name)
        you = (f" <span style='color:{tone('muted')}'>{translate('OrderPane', '(you)')}</span>"
               if name is not None and name == self.me else "")
        self.assigned_label = _label(translate("OrderPane", "Assigned to: <b>{who}</b>{you}")
                                     .format(who=who, you=you), rich=True)
        self.assigned_label.setAccessibleName(
            translate("OrderPane", "Assigned to: {who}").format(
                who=translate("OrderPane", "nobody") if name is None else name))
        layout.addWidget(self.assigned_label, 1)
        self.assign_button = QPushButton(translate("OrderPane", "Assign…"))
        self.assign_button.setToolTip(
            translate("OrderPane", "Who looks after this order: its deadline notices go to that "
                                   "person only (to everyone while it is assigned to nobody)"))
        self.assign_button.setEnabled(self.assign is not None)
        self.assign_button.clicked.connect(
            lambda: self.assign(view.order_id) if self.assign is not None else None)
        layout.addWidget(self.assign_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _header(self, view: OrderView) -> QWidget:
        order = view.order
        look = STATE_LOOKS[view.clocks.state]
        colours = state_tint(view.clocks.state)
        state = look.label
        if view.clocks.state == "closed" and order.closed_reason:
            state = f"{look.label}: {order.closed_reason}"
        placed = order_date_text(order, "placed_at", view.policy.tz)
        facts = " · ".join(filter(None, [
            html.escape(order.store or ""),
            translate("OrderPane", "placed {date}").format(date=placed),
            display_amount(order.amount, order.currency),
            html.escape(order.status_text or ""), html.escape(order.account or "")]))
        title = translate("OrderPane", "Order {number}").format(number=html.escape(order.number))
        header = _label(
            f"<span style='font-size:large'><b>{title}</b></span>"
            f"<br>{facts}<br><span style='background:{colours.back}; color:{colours.ink}'>"
            f"&nbsp;{html.escape(state)}&nbsp;</span> "
            f"<span style='color:{tone('muted')}'>{html.escape(look.help)}</span>", rich=True)
        return header
