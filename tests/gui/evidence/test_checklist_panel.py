"""The checklist panel as a buyer uses it: files dropped from the file manager, thumbnails
with the checks' warnings, retagging and removing from the menu, the viewer."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from aliassist.domain import records as rec
from aliassist.gui.evidence.checklist_panel import ChecklistPanel
from aliassist.gui.evidence.evidence_viewer import EvidenceViewer
from aliassist.services import evidence as service
from aliassist.services.context import AppContext
from aliassist.store.repository import save_order, saved_order_id
from tests.conftest import NOW
from tests.photos import save_photo, save_web_copy


@pytest.fixture
def order_id(ctx: AppContext) -> int:
    order = rec.Order("8187000000000001", NOW - timedelta(days=30),
                      shipped_at=NOW - timedelta(days=28),
                      disputes=(rec.Dispute("not_as_described", opened_at=NOW),))
    with ctx.session() as session, session.begin():
        save_order(session, order, now=NOW)
        return saved_order_id(session, order)


def drop(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Drag files from the file manager onto `widget` and let go."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(QPointF(centre), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    assert widget.property("dragging") is True
    event = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()


def make_panel(qtbot, ctx: AppContext, order_id: int) -> ChecklistPanel:  # type: ignore[no-untyped-def]
    panel = ChecklistPanel(ctx, order_id, None, dispute=0)
    qtbot.addWidget(panel)
    panel.resize(900, 800)
    panel.show()
    return panel


def test_files_dropped_on_an_item_fill_it(qtbot, ctx: AppContext, order_id: int,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    panel = make_panel(qtbot, ctx, order_id)
    assert panel.summary.text() == "2 required items missing"
    card = panel.cards["item_photos"]
    assert card.drop_hint.isVisible() and not card.strip.isVisible()
    photos = [save_photo(tmp_path / "IMG_1.jpg", 1), save_photo(tmp_path / "IMG_2.jpg", 2)]
    with qtbot.waitSignal(panel.evidence_changed, timeout=10_000):
        drop(card, photos)
    assert panel.files_shown("item_photos") == ["IMG_1.jpg", "IMG_2.jpg"]
    assert panel.summary.text() == "1 required item missing"
    assert "Added IMG_1.jpg, IMG_2.jpg." in panel.notice.text()
    order = service.evidence_state(ctx, order_id).order
    assert [(e.kind, e.checklist, e.dispute) for e in order.evidence] == [
        ("own_photo", "item_photos", 0)] * 2
    # the same files again: reported, not added twice
    drop(panel.cards["item_photos"], photos[:1])
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert "Already attached: IMG_1.jpg." in panel.notice.text()
    assert len(service.evidence_state(ctx, order_id).order.evidence) == 2


def test_a_listing_capture_dropped_on_its_item_completes_the_checklist(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, order_id: int, tmp_path: Path) -> None:
    panel = make_panel(qtbot, ctx, order_id)
    with qtbot.waitSignal(panel.evidence_changed, timeout=10_000):
        drop(panel.cards["item_photos"], [save_photo(tmp_path / "IMG_1.jpg", 1)])
    with qtbot.waitSignal(panel.evidence_changed, timeout=10_000):
        drop(panel.cards["listing_capture"], [save_photo(tmp_path / "shop.png", 3, fmt="PNG")])
    assert panel.summary.text() == "Required evidence complete"
    kinds = [e.kind for e in service.evidence_state(ctx, order_id).order.evidence]
    assert kinds == ["own_photo", "listing_capture"]  # guessed from the item it was dropped on


def test_a_bad_drop_says_why_and_adds_nothing(qtbot, ctx: AppContext, order_id: int,  # type: ignore[no-untyped-def]
                                             tmp_path: Path,
                                             messages: list[tuple[str, str]]) -> None:
    panel = make_panel(qtbot, ctx, order_id)
    liar = tmp_path / "photo.jpg"
    liar.write_bytes(b"%PDF-1.4\n")
    drop(panel.cards["item_photos"], [save_photo(tmp_path / "ok.jpg", 1), liar])
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[0][0] == "Nothing was added"
    assert "photo.jpg: the name ends in .jpg but the content is a PDF document" in messages[0][1]
    assert service.evidence_state(ctx, order_id).order.evidence == ()
    assert panel.files_shown("item_photos") == []


def test_thumbnails_carry_the_checks_warnings(qtbot, ctx: AppContext, order_id: int,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    shop = save_photo(tmp_path / "shop.jpg", 5)
    service.attach_files(ctx, order_id, [shop], kind="listing_capture")
    service.attach_files(ctx, order_id, [save_web_copy(shop, tmp_path / "IMG_9.jpg"),
                                         save_photo(tmp_path / "IMG_8.jpg", 8)],
                         kind="own_photo", dispute=0)
    panel = make_panel(qtbot, ctx, order_id)
    panel.thumbs.wait()
    qtbot.waitUntil(lambda: not panel.thumbs.is_pending(), timeout=10_000)
    strip = panel.cards["item_photos"].strip
    items = {strip.item(r).text(): strip.item(r) for r in range(strip.count())}
    assert "Looks like the seller" in items["IMG_9.jpg"].toolTip()
    assert "⚠" not in items["IMG_8.jpg"].toolTip()
    assert not items["IMG_9.jpg"].icon().isNull()
    assert "IMG_9.jpg" in panel.findings_label.text()
    sha = service.evidence_state(ctx, order_id).order.evidence[1].sha256
    cached = service.thumbnail_path(ctx, sha, service.THUMB_SIDE)
    assert cached.is_file() and cached.parent.parent == service.thumbnail_dir(ctx)
    assert service.thumbnail_dir(ctx).parent == ctx.vault.root.parent  # beside the vault

    # "What it is" > "Capture of the listing" clears the warning
    menu = panel.file_menu(1)
    what = next(a for a in menu.actions() if a.text() == "What it is").menu()
    with qtbot.waitSignal(panel.evidence_changed):
        next(a for a in what.actions() if a.text() == "Capture of the listing").trigger()
    assert panel.files_shown("listing_capture") == ["shop.jpg", "IMG_9.jpg"]
    assert not panel.status.state.findings


def test_removing_a_file_asks_first(qtbot, ctx: AppContext, order_id: int, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    service.attach_files(ctx, order_id, [save_photo(tmp_path / "IMG_1.jpg", 1)],
                         kind="own_photo")
    panel = make_panel(qtbot, ctx, order_id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answers.pop(0)))
    panel.remove(0)
    assert panel.files_shown("item_photos") == ["IMG_1.jpg"]
    with qtbot.waitSignal(panel.evidence_changed):
        panel.remove(0)
    assert panel.files_shown("item_photos") == []
    assert "Removed IMG_1.jpg." in panel.notice.text()
    assert service.evidence_state(ctx, order_id).order.evidence == ()


def test_the_viewer_shows_facts_and_warnings_and_steps_through(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, order_id: int, tmp_path: Path) -> None:
    early = (NOW - timedelta(days=40)).replace(tzinfo=None)
    service.attach_files(ctx, order_id, [save_photo(tmp_path / "old.jpg", 1, taken=early),
                                         save_photo(tmp_path / "new.jpg", 2)],
                         kind="own_photo")
    panel = make_panel(qtbot, ctx, order_id)
    state = panel.status.state
    viewer = EvidenceViewer(ctx, state, service.listed_indices(state), 0, panel.thumbs)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.fields["name"].text() == "old.jpg"
    assert viewer.fields["pixels"].text() == "800 × 600"
    assert "(camera)" in viewer.fields["taken"].text()
    assert "Photo taken before the item could arrive" in viewer.findings.text()
    panel.thumbs.wait()
    qtbot.waitUntil(lambda: viewer.picture.pixmap() is not None
                    and viewer.picture.pixmap().width() > 200, timeout=10_000)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.fields["name"].text() == "new.jpg"
    assert "No warnings" in viewer.findings.text()
    assert viewer.counter.text() == "2 of 2"


def test_the_main_window_opens_the_checklist_of_the_selected_orders_dispute(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, order_id: int, tmp_path: Path) -> None:
    from aliassist.gui.evidence.evidence_dialog import EvidenceDialog
    from aliassist.gui.main_window import MainWindow
    from tests.gui.conftest import when_dialog_opens

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.select_orders([order_id])
    seen = []

    def look(dialog: EvidenceDialog) -> None:
        seen.append((dialog.choice.currentText(), dialog.panel.heading.text(),
                     dialog.panel.dispute))
        dialog.choice.setCurrentIndex(dialog.choice.findText("Reason: Damaged"))
        seen.append((dialog.panel.heading.text(), list(dialog.panel.cards)))
        dialog.reject()

    when_dialog_opens(look)
    window.evidence_action.trigger()
    assert seen == [("Dispute 1: Not as described", "Evidence for “Not as described”", 0),
                    ("Evidence for “Damaged”",
                     ["damage_photos", "parcel_photos", "post_office_report"])]


def test_a_file_the_vault_lost_is_shown_as_missing(qtbot, ctx: AppContext, order_id: int,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    photo = save_photo(tmp_path / "IMG_5.jpg", 5)
    sha = service.attach_files(ctx, order_id, [photo], kind="own_photo",
                               checklist="item_photos")[0].evidence.sha256
    ctx.vault.path(sha).chmod(0o600)
    ctx.vault.path(sha).unlink()
    panel = make_panel(qtbot, ctx, order_id)
    assert panel.files_shown("item_photos") == ["IMG_5.jpg (missing)"]
    assert panel.findings_label.isVisible()
    assert "IMG_5.jpg</b>: Missing: the evidence vault no longer holds" in \
        panel.findings_label.text()
