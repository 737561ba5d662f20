"""summary.pdf: order facts, a timeline of every clock with today marked, reason and remedy, the
description, the pre-check result, the checklist, and a page of evidence thumbnails with hashes.

Drawn with Qt (QTextDocument printed on a QPdfWriter): fonts are embedded, text is extractable,
user text is escaped so markup shows as text. The same content and instant give the same bytes:
the document id and dates Qt would take from the clock are set from the packet instead.
"""

from __future__ import annotations

import html
import os
import re
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aliassist import APP_NAME, __version__
from aliassist.domain.clocks import CLOCK_POLICY, Clock
from aliassist.domain.dates import deadline_text, order_date_text
from aliassist.domain.estimates import estimated_text, uses_default_length
from aliassist.domain.filetypes import media_of
from aliassist.domain.instants import days_left
from aliassist.domain.money import display_amount
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_policy import finding_message, finding_title, policy_text
from aliassist.packet.archive import PacketFile
from aliassist.packet.content import PacketContent
from aliassist.packet.record import history_table, record_rows

#: territories whose paper is US Letter; everyone else uses A4
LETTER_TERRITORIES = {"UnitedStates", "Canada", "Mexico", "Philippines", "Chile", "Colombia",
                      "Venezuela", "CostaRica", "Guatemala", "PuertoRico", "DominicanRepublic",
                      "ElSalvador", "Panama", "Nicaragua", "Honduras"}
#: texts translated inside f-strings below, marked here for pyside6-lupdate (which does not
#: read f-strings)
_IN_F_STRINGS = (QT_TRANSLATE_NOOP("Packet", "Reason"), QT_TRANSLATE_NOOP("Packet", "Remedy"),
                 QT_TRANSLATE_NOOP("Packet", "Item"),
                 QT_TRANSLATE_NOOP("Packet", "Today (this packet)"),
                 QT_TRANSLATE_NOOP("Packet", "not needed"))
SEVERITY_LOOK = {"block": ("#b3261e", QT_TRANSLATE_NOOP("Packet", "BLOCKS")),
                 "warn": ("#9a6700", QT_TRANSLATE_NOOP("Packet", "WARNING")),
                 "info": ("#3f51b5", QT_TRANSLATE_NOOP("Packet", "NOTE"))}
PACKET_NAMESPACE = uuid.UUID("5b0c8f3e-6a52-4c2b-9e7b-1f3d2a4c6e80")


def ensure_qt() -> Any:
    """A Qt GUI application to render with: the running one, or an offscreen one for the CLI."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def warm_up() -> None:
    """Load what drawing the summary first needs (the font database, the PDF writer), so a
    process that waits for the content can do it beforehand. Draws nothing that is kept."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    sample = esc(f"{APP_NAME} {__version__}")  # the fonts the summary uses, no text of its own
    doc.setHtml(f"<p>{sample} <span class='hash'>{sample}</span></p>")
    doc.print_(writer)
    del writer
    buffer.close()


def paper_for_locale(locale: Any = None) -> str:
    """'letter' or 'a4' for the user's locale (QLocale.system() by default)."""
    from PySide6.QtCore import QLocale

    locale = locale or QLocale.system()
    return "letter" if locale.territory().name in LETTER_TERRITORIES else "a4"


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def when(at: datetime | None) -> str:
    """A deadline or a moment, in the buyer's local time ("13 Jan 2027, 17:00 your time")."""
    return deadline_text(at) if at else "—"


def at_day(at: datetime) -> str:
    """The local date of an instant (the timeline's marks)."""
    return at.astimezone().date().isoformat()


def order_date(content: PacketContent, name: str) -> str:
    """An order date as given (a date stays that date), "about" / "at the earliest" when it
    is an estimate."""
    return estimated_text(content.order, name, content.policy.tz) or "—"


def render_summary(content: PacketContent, files: Sequence[PacketFile],
                   thumbnails: dict[str, bytes | None], *, paper: str = "a4",
                   forced: bool = False) -> bytes:
    """The summary PDF as bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl, QUuid
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    ensure_qt()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    # No margins of our own: QTextDocument.print_ keeps 2 cm and numbers the pages.
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    title = translate("Packet", "Dispute packet: order {number}").format(
        number=content.order.number)
    writer.setTitle(title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    identity = f"{content.order.platform}|{content.order.number}|{content.reason}|" \
               f"{content.dispute}|{content.generated_at.isoformat()}"
    writer.setDocumentId(QUuid(str(uuid.uuid5(PACKET_NAMESPACE, identity))))
    writer.setDocumentXmpMetadata(_xmp(title, content.generated_at))

    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(STYLE)
    timeline = timeline_image(content)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("packet:timeline"),
                    timeline)
    for path, png in thumbnails.items():
        if png:
            doc.addResource(QTextDocument.ResourceType.ImageResource,
                            QUrl(f"packet:thumb/{path}"), QImage.fromData(png))
    doc.setHtml(summary_html(content, files, thumbnails, forced=forced))
    doc.print_(writer)
    del writer
    buffer.close()
    return settle_dates(bytes(data.data()), content.generated_at)


_PDF_DATE = re.compile(rb"\(D:\d{14}(Z|[+-]\d\d'\d\d')\)")


def settle_dates(pdf: bytes, at: datetime) -> bytes:
    """Put the packet's instant where Qt wrote the time of rendering (same length, so every
    offset in the file stays right)."""
    digits = at.strftime("%Y%m%d%H%M%S").encode()

    def fixed(match: re.Match[bytes]) -> bytes:
        zone = b"Z" if match[1] == b"Z" else b"+00'00'"
        return b"(D:" + digits + zone + b")"

    return _PDF_DATE.sub(fixed, pdf)


def _xmp(title: str, at: datetime) -> bytes:
    stamp = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{esc(title)}</rdf:li></rdf:Alt>'
        f'</dc:title><xmp:CreatorTool>{APP_NAME} {__version__}</xmp:CreatorTool>'
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate><xmp:ModifyDate>{stamp}</xmp:ModifyDate>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>').encode()


STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1d1d1f; }
h1 { font-size: 16pt; margin: 0 0 2pt 0; }
h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; color: #0b3d6e; }
.muted { color: #5f6368; }
table.facts td { padding: 1pt 6pt 1pt 0; vertical-align: top; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #c7cbd1; padding: 3pt 4pt; vertical-align: top; }
table.grid th { background-color: #eef1f5; text-align: left; }
.hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; }
.description { white-space: pre-wrap; }
"""


def summary_html(content: PacketContent, files: Sequence[PacketFile],
                 thumbnails: dict[str, bytes | None], *, forced: bool) -> str:
    p = content.policy
    o = content.order
    reason = p.reasons[content.reason]
    remedy = (policy_text(p.remedies[content.remedy].label)
              if content.remedy is not None and content.remedy in p.remedies
              else translate("Packet", "Not chosen"))
    made = translate("Packet", "Made by {app} {version} on {date} with the {platform} rules "
                               "{policy_version}. The manifest lists the SHA-256 of every file, "
                               "so you can show later that nothing was changed.").format(
        app=APP_NAME, version=__version__, date=when(content.generated_at),
        platform=p.platform, policy_version=p.version)
    amount = (f": {esc(display_amount(content.refund_amount, o.currency))}"
              if content.refund_amount is not None else "")
    item = _item_label(content)
    parts = [
        "<h1>" + esc(translate("Packet", "Dispute packet: order {number}").format(
            number=o.number)) + "</h1>",
        f"<p class='muted'>{esc(made)}</p>",
        _h2(translate("Packet", "Order")), _facts(content),
        _h2(translate("Packet", "Timeline")),
        "<p><img src='packet:timeline' width='640'></p>", _clock_table(content),
        _h2(translate("Packet", "Dispute")),
        "<table class='facts'>" + record_rows(content, when)
        + f"<tr><td><b>{esc(translate('Packet', 'Reason'))}</b></td>"
        f"<td>{esc(policy_text(reason.label))} "
        f"<span class='muted'>({esc(reason.id)})</span></td></tr>"
        f"<tr><td><b>{esc(translate('Packet', 'Remedy'))}</b></td><td>{esc(remedy)}"
        + amount + "</td></tr>"
        + (f"<tr><td><b>{esc(translate('Packet', 'Item'))}</b></td><td>{esc(item)}</td></tr>"
           if item else "")
        + "</table>", history_table(content, when),
        _h2(translate("Packet", "Description")),
        f"<p class='description'>{esc(content.description)}</p>" if content.description
        else "<p class='description'><i>" + esc(translate("Packet", "(none)")) + "</i></p>",
        _h2(translate("Packet", "Pre-check")), _precheck(content, forced),
        _h2(translate("Packet", "Evidence checklist")), _checklist(content),
        "<h2 style='page-break-before: always'>"
        + esc(translate("Packet", "Evidence files")) + "</h2>",
        _evidence(content, files, thumbnails),
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"


def _h2(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def _facts(content: PacketContent) -> str:
    o = content.order
    rows = [
        (translate("Packet", "Order number"), o.number),
        (translate("Packet", "Store"), o.store),
        (translate("Packet", "Account"), o.account),
        (translate("Packet", "Placed"), order_date(content, "placed_at")),
        (translate("Packet", "Shipped"), order_date(content, "shipped_at")),
        (translate("Packet", "Delivered (tracking)"), order_date(content, "delivered_at")),
        (translate("Packet", "Receipt confirmed"), order_date(content, "confirmed_at")),
        (translate("Packet", "Tracking"), " · ".join(
            x for x in (o.tracking_number, o.carrier, o.tracking_status) if x) or "—"),
        (translate("Packet", "Amount paid"), display_amount(o.amount, o.currency) or "—"),
    ]
    if uses_default_length(o):
        rows.append((translate("Packet", "Protection length"),
                     translate("Packet", "about %n day(s) (the usual length; not read from the "
                                         "order page)", None, content.policy.days("protection"))))
    if o.extensions:
        rows.append((translate("Packet", "Protection extended"), ", ".join(
            translate("Packet", "+%n day(s)", None, e.days) for e in o.extensions)))
    table = "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v or '—')}</td></tr>" for k, v in rows)
    items = "".join(
        f"<tr><td>{i + 1}</td><td>{esc(it.title)}</td><td>{esc(it.sku or '')}</td>"
        f"<td>{it.quantity}</td><td>{esc(display_amount(it.price, o.currency))}</td></tr>"
        for i, it in enumerate(o.items))
    head = "".join(f"<th>{esc(h)}</th>" for h in (
        "#", translate("Packet", "Item"), translate("Packet", "Option"),
        translate("Packet", "Qty"), translate("Packet", "Price")))
    items_table = (f"<p></p><table class='grid' width='100%'><tr>{head}</tr>{items}</table>"
                   if items else "")
    return f"<table class='facts'>{table}</table>{items_table}"


def _clock_label(content: PacketContent, clock: Clock) -> str:
    label = policy_text(content.policy.clocks[CLOCK_POLICY[clock.id]].label)
    if clock.dispute is None:
        return label
    return translate("Packet", "{clock} (dispute {number})").format(clock=label,
                                                                   number=clock.dispute + 1)


def _clock_table(content: PacketContent) -> str:
    now = content.generated_at
    rows = []
    today = (f"<tr><td><b style='color:#d93025'>{esc(translate('Packet', 'Today (this packet)'))}"
             f"</b></td><td><b>{when(now)}</b></td><td></td></tr>")
    for clock in content.clocks.timeline():
        if today and clock.at > now:
            rows.append(today)
            today = ""
        left = days_left(clock.at, now)
        status = (translate("Packet", "passed") if left < 0
                  else translate("Packet", "less than a day left") if left == 0
                  else translate("Packet", "%n day(s) left", None, left))
        rows.append(f"<tr><td>{esc(_clock_label(content, clock))}</td><td>{when(clock.at)}</td>"
                    f"<td>{esc(status)}</td></tr>")
    rows.append(today)
    head = "".join(f"<th>{esc(h)}</th>" for h in (
        translate("Packet", "Clock"), translate("Packet", "When"), translate("Packet", "Now")))
    note = translate("Packet", "Order state: {state}. Times are in the buyer's local time.")
    return (f"<table class='grid' width='100%'><tr>{head}</tr>" + "".join(rows) + "</table>"
            f"<p class='muted'>{esc(note.format(state=_state_text(content)))}</p>")


def _state_text(content: PacketContent) -> str:
    state = content.clocks.state.replace("_", " ")
    reason = content.order.closed_reason if content.clocks.state == "closed" else None
    return f"{state}: {reason}" if reason else state


def _item_label(content: PacketContent) -> str:
    if content.dispute is None:
        return ""
    index = content.order.disputes[content.dispute].item
    if index is None or index >= len(content.order.items):
        return ""
    return content.order.items[index].title


def _precheck(content: PacketContent, forced: bool) -> str:
    if content.ready:
        head = ("<p><b style='color:#1e7d32'>" + esc(translate("Packet", "Ready to file:"))
                + "</b> " + esc(translate("Packet", "nothing blocks this dispute.")) + "</p>")
    else:
        head = ("<p><b style='color:#b3261e'>" + esc(translate("Packet", "Not ready:"))
                + "</b> " + esc(translate("Packet", "the pre-check found something the "
                                                    "platform treats as abuse.")) + "</p>")
        if forced:
            head += ("<p><b>" + esc(translate("Packet", "Exported anyway")) + "</b> "
                     + esc(translate("Packet", "at the buyer's request; the manifest records "
                                               "the override.")) + "</p>")
    if not content.findings:
        return head
    rows = []
    for f in content.findings:
        colour, word = SEVERITY_LOOK.get(f.severity, ("#333333", f.severity.upper()))
        subject = f" <i>({esc(f.subject)})</i>" if f.subject else ""
        rule = translate("Packet", "Rule {rule} · {source}").format(rule=f.rule, source=f.source)
        rows.append(f"<tr><td><b style='color:{colour}'>{esc(translate('Packet', word))}</b></td>"
                    f"<td><b>{esc(finding_title(f))}</b>{subject}<br>"
                    f"{esc(finding_message(f))}"
                    f"<br><span class='muted'>{esc(rule)}</span></td></tr>")
    return head + "<table class='grid' width='100%'>" + "".join(rows) + "</table>"


def _checklist(content: PacketContent) -> str:
    rows = []
    for entry in content.checklist:
        if not entry.applies:
            status = f"<span class='muted'>{esc(translate('Packet', 'not needed'))}</span>"
        elif entry.done:
            status = "<b style='color:#1e7d32'>{}</b> ({})".format(
                esc(translate("Packet", "done")),
                esc(translate("Packet", "%n file(s)", None, len(entry.files))))
        elif entry.item.required:
            status = ("<b style='color:#b3261e'>" + esc(translate("Packet", "missing (required)"))
                      + "</b>")
        else:
            status = ("<span class='muted'>" + esc(translate("Packet", "missing (recommended)"))
                      + "</span>")
        rows.append(f"<tr><td><b>{esc(policy_text(entry.item.label))}</b><br>"
                    f"<span class='muted'>{esc(policy_text(entry.item.hint))}</span></td>"
                    f"<td>{status}</td></tr>")
    head = "".join(f"<th>{esc(h)}</th>" for h in (
        translate("Packet", "What to capture"), translate("Packet", "Status")))
    return f"<table class='grid' width='100%'><tr>{head}</tr>" + "".join(rows) + "</table>"


def _evidence(content: PacketContent, files: Sequence[PacketFile],
              thumbnails: dict[str, bytes | None]) -> str:
    evidence_files = [f for f in files if f.path.startswith("evidence/")]
    if not evidence_files:
        return ("<p><i>" + esc(translate("Packet", "No evidence files are attached."))
                + "</i></p>")
    rows = []
    for f in evidence_files:
        thumb = (f"<img src='packet:thumb/{esc(f.path)}' width='110'>" if thumbnails.get(f.path)
                 else f"<b>{esc(_kind_word(f.path))}</b>")
        sha = f.sha256
        size = translate("Packet", "{size} bytes").format(size=f"{f.size:,}")
        rows.append(f"<tr><td width='120' align='center'>{thumb}</td>"
                    f"<td><b>{esc(f.path.removeprefix('evidence/'))}</b><br>"
                    f"{esc(size)}<br><span class='hash'>SHA-256 {sha[:32]}<br>"
                    f"{sha[32:]}</span></td></tr>")
    return "<table class='grid' width='100%'>" + "".join(rows) + "</table>"


def _kind_word(path: str) -> str:
    ext = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    media = media_of({"mp4": "video/mp4", "mov": "video/quicktime", "avi": "video/x-msvideo",
                      "webm": "video/webm"}.get(ext))
    if media == "video":
        return translate("Packet", "VIDEO")
    return ext.upper() or translate("Packet", "FILE")


@dataclass(frozen=True)
class TimelineMark:
    """One mark of the timeline: where it sits on the line, its label's box, and its lines."""

    x: float
    box: tuple[float, float, float, float]  # left, top, width, height (image pixels)
    lines: tuple[str, str]
    #: "passed", "ahead" or "today"
    kind: str


@dataclass(frozen=True)
class TimelineLayout:
    width: int
    height: int
    axis_y: float
    marks: tuple[TimelineMark, ...]


def timeline_layout(content: PacketContent, text_width: Callable[[str], float],
                    width: int = 1600, line_h: float = 26.0) -> TimelineLayout:
    """Where every mark of the timeline goes: the order date, each clock and today (in red),
    each labelled in the nearest row (alternating above and below the line) where its label
    touches no other label and no other mark's stem crosses it; the image is as tall as the
    rows used. `text_width` measures a line of text in pixels."""
    clocks = content.clocks.timeline()
    now = content.generated_at
    start = min([content.order.placed_at, now])
    end = max([c.at for c in clocks] + [now])
    span = max((end - start).total_seconds(), 1.0)
    margin, gap, box_h = 60.0, 14.0, 2.2 * line_h

    def x_of(at: datetime) -> float:
        return margin + (width - 2 * margin) * (at - start).total_seconds() / span

    placed = order_date_text(content.order, "placed_at", content.policy.tz) or ""
    raw = [(content.order.placed_at, (translate("Packet", "Order placed"), placed), "passed")]
    raw += [(c.at, (_clock_label(content, c), at_day(c.at)), "passed" if c.at < now else "ahead")
            for c in clocks]
    raw.append((now, (translate("Packet", "today"), at_day(now)), "today"))
    # row n: above the line for even n, below for odd n, further out as n grows
    boxes: dict[int, list[tuple[float, float]]] = {}
    stems: list[tuple[int, float]] = []  # (row, x) of every mark placed
    chosen: list[tuple[float, float, float, tuple[str, str], str, int]] = []

    def overlaps(row: int, left: float, right: float, pad: float) -> bool:
        return any(left < b_right + pad and b_left - pad < right
                   for b_left, b_right in boxes.get(row, []))

    def fits(row: int, x: float, left: float, right: float, strict: bool) -> bool:
        if overlaps(row, left, right, gap):
            return False
        nearer = range(row % 2, row, 2)  # rows between this one and the line, same side
        if strict and any(overlaps(n, x, x, 4) for n in nearer):
            return False  # its stem would cross a label
        further = [sx for n, sx in stems if n % 2 == row % 2 and n > row]
        return not any(left - 4 < sx < right + 4 for sx in further)

    for at, lines, kind in sorted(raw, key=lambda m: (m[0], m[2] == "today")):
        text_w = max(text_width(line) for line in lines) + 8
        x = x_of(at)
        left = min(max(x - text_w / 2, 4.0), width - text_w - 4)
        candidates = range(2 * len(raw) + 2)  # a row past every other one always fits
        row = next((n for n in candidates if fits(n, x, left, left + text_w, True)), None)
        if row is None:  # labels on both sides at x: its stem crosses one, no label overlaps
            row = next(n for n in candidates if fits(n, x, left, left + text_w, False))
        boxes.setdefault(row, []).append((left, left + text_w))
        stems.append((row, x))
        chosen.append((x, left, text_w, lines, kind, row))
    above = max((row // 2 + 1 for *_, row in chosen if row % 2 == 0), default=0)
    below = max((row // 2 + 1 for *_, row in chosen if row % 2 == 1), default=0)
    step = box_h + 12
    axis_y = 12 + 24 + above * step
    height = int(axis_y + 24 + below * step + 12)
    marks = []
    for x, left, text_w, lines, kind, row in chosen:
        level = row // 2
        top = (axis_y - 24 - box_h - level * step if row % 2 == 0
               else axis_y + 24 + level * step)
        marks.append(TimelineMark(x, (left, top, text_w, box_h), lines, kind))
    return TimelineLayout(width, height, axis_y, tuple(marks))


def timeline_image(content: PacketContent, width: int = 1600) -> Any:
    """Every clock on one line from the order date to the last deadline, today marked in red
    (see `timeline_layout`)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

    font = QFont("DejaVu Sans")
    font.setPixelSize(20)
    metrics = QFontMetricsF(font)
    layout = timeline_layout(content, metrics.horizontalAdvance, width)
    image = QImage(layout.width, layout.height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    axis_y = layout.axis_y
    painter.setPen(QPen(QColor("#9aa0a6"), 4))
    painter.drawLine(QPointF(60.0, axis_y), QPointF(width - 60.0, axis_y))
    colours = {"passed": ("#9aa0a6", "#5f6368"), "ahead": ("#0b3d6e", "#1d1d1f"),
               "today": ("#d93025", "#d93025")}
    for mark in layout.marks:  # stems and dots first: a label is drawn over any stem
        line = QColor(colours[mark.kind][0])
        box = QRectF(*mark.box)
        painter.setPen(QPen(line, 4 if mark.kind == "today" else 2))
        above = box.top() < axis_y
        painter.drawLine(QPointF(mark.x, axis_y), QPointF(mark.x, box.bottom() if above
                                                          else box.top()))
        if mark.kind == "today":  # a red tick across the line
            painter.drawLine(QPointF(mark.x, axis_y - 16), QPointF(mark.x, axis_y + 16))
        else:
            painter.setBrush(line)
            painter.drawEllipse(QPointF(mark.x, axis_y), 9, 9)
    for mark in layout.marks:
        box = QRectF(*mark.box)
        painter.fillRect(box.adjusted(0, 4, 0, -4), QColor("white"))
        painter.setPen(QColor(colours[mark.kind][1]))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "\n".join(mark.lines))
    painter.end()
    return image
