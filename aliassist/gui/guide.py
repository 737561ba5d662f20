"""Help ▸ Guide: a short guide in a window of its own: what the clocks mean, how to import
orders, how the pre-check works, and where the rules come from (links where the policy gives
an address). Clocks, rules and sources are read from the policy in force, so an edited policy
is described as it is."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from aliassist import APP_NAME
from aliassist.domain.policy import Policy
from aliassist.gui.accessibility import make_accessible
from aliassist.i18n import QT_TRANSLATE_NOOP, translate
from aliassist.i18n_policy import policy_text

#: how each severity reads in the list of rules (translated where shown: "guide")
SEVERITY_TEXT = {"block": QT_TRANSLATE_NOOP("guide", "blocks"),
                 "warn": QT_TRANSLATE_NOOP("guide", "warns"),
                 "info": QT_TRANSLATE_NOOP("guide", "informs")}


def _source(policy: Policy, source_id: str) -> str:
    src = policy.sources[source_id]
    title = escape(policy.source_title(source_id))
    return f"<a href='{escape(src.url, quote=True)}'>{title}</a>" if src.url else title


def severity(name: str) -> str:
    """What a rule of severity `name` does, in words ("blocks")."""
    return translate("guide", SEVERITY_TEXT[name]) if name in SEVERITY_TEXT else name


def guide_html(policy: Policy) -> str:
    """The guide's text for `policy` (HTML), one translated piece per heading and paragraph."""
    clocks = "".join(
        "<li><b>{label}</b> ({days}): {help}</li>".format(
            label=escape(policy_text(c.label)),
            days=(translate("guide", "%n day(s), informational", None, c.days) if c.informational
                  else translate("guide", "%n day(s)", None, c.days)),
            help=escape(policy_text(c.help)))
        for c in policy.clocks.values())
    rules = "".join(
        f"<li><b>{escape(policy_text(r.title) if r.title else r.id)}</b> — "
        f"{severity(r.severity)}"
        f" ({escape(r.id)})</li>"
        for r in policy.rules.values() if r.scope == "dispute")
    sources = "".join(
        f"<li>{_source(policy, sid)}</li>" for sid in policy.sources)
    parts = [
        "<h2>" + translate("guide", "Getting started with {app}").format(app=APP_NAME) + "</h2>",
        "<p>" + translate("guide", "{app} keeps the Buyer Protection clocks of your {platform} "
                                   "orders, warns you before a deadline passes, checks a "
                                   "dispute before you file it, and keeps its evidence. It "
                                   "works offline: nothing leaves your computer.").format(
            app=APP_NAME, platform=escape(policy.platform)) + "</p>",
        "<h3>" + translate("guide", "How to import your orders") + "</h3>",
        "<ol><li>" + translate("guide", "Save your orders with a browser extension that exports "
                                        "them: <i>AliExpress Order Exporter</i> (CSV) or "
                                        "<i>AliExpress Bulk Order Exporter</i> (TSV); any other "
                                        "CSV or TSV works too: the app asks once which column "
                                        "holds what.") + "</li>",
        "<li>" + translate("guide", "Choose <b>File ▸ Import orders…</b> (Ctrl+I), or drop the "
                                    "file on the window, or copy rows from a spreadsheet and "
                                    "press Ctrl+V.") + "</li>",
        "<li>" + translate("guide", "Check the preview (skipped rows say why), then "
                                    "<b>Import</b>. Importing the same file again changes "
                                    "nothing; a newer export updates the orders and keeps what "
                                    "you added.") + "</li></ol>",
        "<p>" + translate("guide", "Dates in the platform's e-mails make the clocks exact: "
                                   "<b>File ▸ Import e-mails…</b>. An order can also be added "
                                   "by hand from its order page: <b>File ▸ New order…</b> "
                                   "(Ctrl+N).") + "</p>",
        "<h3>" + translate("guide", "What the clocks mean") + "</h3>",
        "<p>" + translate("guide", "Every order has a protection timer. A dispute can be opened "
                                   "while it runs and for a short time after the order "
                                   "completes; once a dispute is open, each step has its own "
                                   "clock. The table's <b>Days left</b> counts down to the next "
                                   "one, the colours say how close it is, and the order pane "
                                   "shows them all on a timeline. A date given without a time "
                                   "counts from midnight in the platform's time zone, so a "
                                   "deadline shown is never later than the real one.") + "</p>",
        f"<ul>{clocks}</ul>",
        "<h3>" + translate("guide", "How the pre-check works") + "</h3>",
        "<p>" + translate("guide", "The platform's terms forbid some uses of a dispute; "
                                   "breaking them can get the account penalised. <b>Dispute ▸ "
                                   "New dispute…</b> (Ctrl+D) checks what you plan as you type: "
                                   "a <b>blocking</b> finding means the app will not call the "
                                   "dispute ready or export its packet; a <b>warning</b> says "
                                   "what to do about it. Each finding names its rule and its "
                                   "source, and the phrases that raise it are underlined. The "
                                   "same checks read a message to the seller or a review "
                                   "(<b>Dispute ▸ Message to seller…</b>). The rules checked:")
        + "</p>",
        f"<ul>{rules}</ul>",
        "<p>" + translate("guide", "The checklist beside it lists the evidence the reason "
                                   "needs; drop your photos and captures on its items. When "
                                   "nothing blocks, export the dispute packet: a summary, the "
                                   "evidence and a manifest that proves nothing was changed.")
        + "</p>",
        "<h3>" + translate("guide", "Where the rules come from") + "</h3>",
        "<p>" + translate("guide", "Policy {policy} {version}. The platform changes its terms "
                                   "without notice: where sources disagree, the app takes the "
                                   "earlier deadline and the stricter check. An edited copy of "
                                   "the policy can be chosen in Settings.").format(
            policy=escape(policy.id), version=escape(policy.version)) + "</p>",
        f"<ul>{sources}</ul>",
    ]
    return "\n".join(parts)


class GuideDialog(QDialog):
    def __init__(self, policy: Policy, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("GuideDialog", "{app} guide").format(app=APP_NAME))
        self.resize(760, 680)
        self.text = QTextBrowser()
        self.text.setAccessibleName(translate("GuideDialog", "Guide"))
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(guide_html(policy))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        make_accessible(self)
