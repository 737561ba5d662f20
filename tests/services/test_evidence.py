"""Attaching, checking and removing evidence on a real SQLite file and a real vault."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from aliassist.domain import records as rec
from aliassist.errors import UserError
from aliassist.services import evidence as service
from aliassist.services.context import AppContext
from aliassist.store import schema as db
from aliassist.store.repository import ensure_file, load_order, save_order, saved_order_id
from tests.conftest import NOW
from tests.photos import save_photo, save_web_copy

PLACED = NOW - timedelta(days=30)
SHIPPED = PLACED + timedelta(days=2)


def add_order(ctx: AppContext, number: str = "8187000000000001", **changes: object) -> int:
    order = rec.Order(number, PLACED, shipped_at=SHIPPED, delivery_status="in_transit",
                      disputes=(rec.Dispute("not_as_described", opened_at=NOW),))
    order = replace(order, **changes)
    with ctx.session() as session, session.begin():
        save_order(session, order, now=NOW)
        return saved_order_id(session, order)


def counts(ctx: AppContext) -> tuple[int, int, int]:
    """(evidence rows, stored-file rows, files in the vault)."""
    with ctx.session() as session:
        rows = session.execute(select(func.count(db.Evidence.id))).scalar_one()
        files = session.execute(select(func.count(db.EvidenceFile.sha256))).scalar_one()
    root = ctx.vault.root
    in_vault = [p for p in root.rglob("*") if p.is_file() and p.parent.name != "tmp"
                and p.name != ".lock"] if root.exists() else []
    return rows, files, len(in_vault)


def test_attaching_records_what_the_content_says(ctx: AppContext, tmp_path: Path) -> None:
    order_id = add_order(ctx)
    taken = (NOW - timedelta(days=3)).replace(tzinfo=None)
    photo = save_photo(tmp_path / "IMG_1.jpg", 1, taken=taken, offset="+00:00")
    plain = save_photo(tmp_path / "IMG_2.jpg", 2)
    os.utime(plain, (NOW.timestamp() - 7200, NOW.timestamp() - 7200))
    attached = service.attach_files(ctx, order_id, [photo, plain], kind="own_photo",
                                    checklist="item_photos", note="front")
    assert [a.index for a in attached] == [0, 1] and not any(a.duplicate for a in attached)
    first, second = (a.evidence for a in attached)
    assert first.taken_at == NOW - timedelta(days=3)  # EXIF DateTimeOriginal
    assert second.taken_at == NOW - timedelta(hours=2)  # no EXIF: the file's time
    assert (first.mime, first.checklist, first.note, first.added_at) == (
        "image/jpeg", "item_photos", "front", NOW)
    with ctx.session() as session:
        row = session.get(db.EvidenceFile, first.sha256)
        assert (row.width, row.height, len(row.phash)) == (800, 600, 16)
        assert row.exif_taken_at == NOW - timedelta(days=3)
        assert load_order(session, order_id).evidence == (first, second)
    assert ctx.vault.verify(first.sha256)


def test_the_same_content_is_stored_once_and_not_attached_twice(ctx: AppContext,
                                                                tmp_path: Path) -> None:
    one, two = add_order(ctx), add_order(ctx, "8187000000000002")
    photo = save_photo(tmp_path / "a.jpg", 1)
    copy = tmp_path / "copy-of-a.jpg"
    copy.write_bytes(photo.read_bytes())
    service.attach_files(ctx, one, [photo], kind="own_photo")
    again = service.attach_files(ctx, one, [copy], kind="own_photo")
    assert again[0].duplicate and again[0].index == 0
    service.attach_files(ctx, two, [copy], kind="own_photo")
    service.attach_files(ctx, one, [photo], kind="own_photo", dispute=0)  # another scope
    assert counts(ctx) == (3, 1, 1)


def test_removing_keeps_the_file_while_another_order_uses_it(ctx: AppContext,
                                                             tmp_path: Path) -> None:
    one, two = add_order(ctx), add_order(ctx, "8187000000000002")
    photo = save_photo(tmp_path / "a.jpg", 1)
    other = save_photo(tmp_path / "b.jpg", 2)
    service.attach_files(ctx, one, [photo, other], kind="own_photo")
    service.attach_files(ctx, two, [photo], kind="own_photo")
    sha = service.evidence_state(ctx, one).order.evidence[0].sha256
    thumb = service.make_thumbnail(ctx, sha, service.THUMB_SIDE)
    assert thumb is not None and thumb.is_file()

    removed = service.detach(ctx, one, [0])
    assert [(d.evidence.name, d.deleted) for d in removed] == [("a.jpg", False)]
    assert ctx.vault.verify(sha) and counts(ctx) == (2, 2, 2)
    assert [e.name for e in service.evidence_state(ctx, one).order.evidence] == ["b.jpg"]

    removed = service.detach(ctx, two, [0])
    assert removed[0].deleted
    assert not ctx.vault.exists(sha) and not thumb.exists()
    assert counts(ctx) == (1, 1, 1)
    with pytest.raises(UserError, match="no evidence 5"):
        service.detach(ctx, one, [5])


def _file(name: str, content: bytes) -> object:
    def make(folder: Path) -> Path:
        (folder / name).write_bytes(content)
        return folder / name

    return make


def _folder(folder: Path) -> Path:
    (folder / "photos").mkdir()
    return folder / "photos"


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d / "missing.jpg", "file not found"),
    (_folder, "is a folder"),
    (_file("empty.jpg", b""), r"empty \(0 bytes\)"),
    (_file("receipt.jpg", b"%PDF-1.4\n%..."),
     "the name ends in .jpg but the content is a PDF document"),
    (_file("clip.mp4", b"\xff\xd8\xff\xe0 jpeg"),
     "the name ends in .mp4 but the content is a JPEG image"),
])
def test_bad_files_are_refused_and_nothing_is_attached(ctx: AppContext, tmp_path: Path, make,
                                                       message: str) -> None:
    order_id = add_order(ctx)
    good = save_photo(tmp_path / "good.jpg", 1)
    bad = make(tmp_path)
    with pytest.raises(UserError, match=message) as err:
        service.attach_files(ctx, order_id, [good, bad], kind="own_photo")
    assert str(bad) in str(err.value)
    assert counts(ctx) == (0, 0, 0)  # the good file was not copied either


def test_a_file_must_fit_its_kind_and_its_checklist_item(ctx: AppContext,
                                                         tmp_path: Path) -> None:
    order_id = add_order(ctx)
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%notice")
    with pytest.raises(UserError, match="cannot be “my photo of what i received”"):
        service.attach_files(ctx, order_id, [pdf], kind="own_photo")
    with pytest.raises(UserError, match="takes own_video, not own_photo"):
        service.attach_files(ctx, order_id, [pdf], kind="own_photo", checklist="fault_video")
    with pytest.raises(UserError, match="not an item of the not_as_described checklist"):
        service.attach_files(ctx, order_id, [pdf], kind="document", checklist="fault_video",
                             dispute=0)
    with pytest.raises(UserError, match="has no dispute 4"):
        service.attach_files(ctx, order_id, [pdf], kind="document", dispute=3)
    with pytest.raises(UserError, match="unknown kind"):
        service.attach_files(ctx, order_id, [pdf], kind="selfie")
    with pytest.raises(UserError, match="takes own_photo, own_video; the content is a PDF"):
        service.attach_files(ctx, order_id, [pdf], checklist="item_photos")
    assert counts(ctx) == (0, 0, 0)
    # without a kind, it is guessed from the content and the item
    attached = service.attach_files(ctx, order_id, [pdf], checklist="tracking_history")
    assert attached[0].evidence.kind == "tracking_capture"


def test_findings_for_the_pre_check(ctx: AppContext, tmp_path: Path) -> None:
    order_id = add_order(ctx)
    shop = save_photo(tmp_path / "shop.jpg", 5)
    seller = save_web_copy(shop, tmp_path / "IMG_3001.jpg")
    early = save_photo(tmp_path / "IMG_2999.jpg", 6,
                       taken=(SHIPPED - timedelta(days=1)).replace(tzinfo=None),
                       offset="+00:00")
    mine = save_photo(tmp_path / "IMG_3002.jpg", 7,
                      taken=(NOW - timedelta(days=1)).replace(tzinfo=None), offset="+00:00")
    service.attach_files(ctx, order_id, [shop], kind="listing_capture")
    service.attach_files(ctx, order_id, [seller, early], kind="own_photo", dispute=0)
    service.attach_files(ctx, order_id, [mine], kind="own_photo")
    found = service.evidence_findings(ctx, order_id, dispute=0)
    assert sorted((f.subject, f.rule) for f in found) == [
        ("IMG_2999.jpg", "photo_predates_delivery"), ("IMG_3001.jpg", "looks_like_listing")]
    assert all(f.severity == "warn" for f in found)
    # retagging the seller's picture as a listing capture clears its warning
    service.update_evidence(ctx, order_id, 1, kind="listing_capture")
    assert [f.rule for f in service.evidence_findings(ctx, order_id)] == [
        "photo_predates_delivery"]


def test_a_lookalike_in_another_order_counts_too(ctx: AppContext, tmp_path: Path) -> None:
    one, two = add_order(ctx), add_order(ctx, "8187000000000002")
    shop = save_photo(tmp_path / "shop.jpg", 5)
    service.attach_files(ctx, one, [shop], kind="listing_capture")
    service.attach_files(ctx, two, [save_web_copy(shop, tmp_path / "m.jpg", scale=0.4)],
                         kind="own_photo")
    found = service.evidence_findings(ctx, two)
    assert [f.rule for f in found] == ["looks_like_listing"]
    assert "order 8187000000000001" in found[0].message


@pytest.mark.sqlite_only
def test_captures_are_read_again_once_anything_was_written(ctx: AppContext,
                                                           tmp_path: Path) -> None:
    """Checks asked again with nothing written compare with the captures as read before; a
    capture another program adds (the command line, on its own connection) counts at the
    next check."""
    from aliassist.services import evidence_state
    from aliassist.services.context import open_context

    one, two = add_order(ctx), add_order(ctx, "8187000000000002")
    shop = save_photo(tmp_path / "shop.jpg", 5)
    service.attach_files(ctx, two, [save_web_copy(shop, tmp_path / "m.jpg", scale=0.4)],
                         kind="own_photo")
    assert service.evidence_findings(ctx, two) == []
    read = evidence_state._listing
    assert service.evidence_findings(ctx, two) == [] and evidence_state._listing is read
    assert ctx.store.path is not None
    other = open_context(ctx.store.path, now=NOW)
    try:
        service.attach_files(other, one, [shop], kind="listing_capture")
    finally:
        other.close()
    assert [f.rule for f in service.evidence_findings(ctx, two)] == ["looks_like_listing"]
    assert evidence_state._listing is not read


def test_files_stored_without_facts_are_read_when_checked(ctx: AppContext,
                                                          tmp_path: Path) -> None:
    """An import (or an older version) stores files without their facts."""
    shop = save_photo(tmp_path / "shop.jpg", 5)
    seller = save_web_copy(shop, tmp_path / "mine.jpg")
    evidence = []
    for path, kind in ((shop, "listing_capture"), (seller, "own_photo")):
        kept = ctx.vault.put(path)
        evidence.append(rec.Evidence(kind, kept.sha256, path.name, kept.size, kept.mime))
    order = rec.Order("8187000000000003", PLACED, evidence=tuple(evidence))
    with ctx.session() as session, session.begin():
        for ev in evidence:
            ensure_file(session, ev.sha256, ev.size, ev.mime, NOW)
        save_order(session, order, now=NOW)
        order_id = saved_order_id(session, order)
    assert [f.rule for f in service.evidence_findings(ctx, order_id)] == ["looks_like_listing"]
    with ctx.session() as session:
        assert session.get(db.EvidenceFile, evidence[1].sha256).phash is not None


def test_checklist_status_in_the_json_shape_of_the_cli(ctx: AppContext, tmp_path: Path) -> None:
    order_id = add_order(ctx)
    service.attach_files(ctx, order_id, [save_photo(tmp_path / "a.jpg", 1)], kind="own_photo")
    status = service.checklist_status(ctx, order_id, dispute=0)
    data = status.to_json()
    assert data["reason"] == "not_as_described" and data["complete"] is False
    first = data["items"][0]
    assert {"id", "label", "required", "done", "files"} <= set(first)
    assert (first["id"], first["done"], [f["name"] for f in first["files"]]) == (
        "item_photos", True, ["a.jpg"])
    assert [i["id"] for i in data["items"] if i["required"] and not i["done"]] == [
        "listing_capture"]
    with pytest.raises(UserError, match="unknown reason"):
        service.checklist_status(ctx, order_id, "lost_interest")
    with pytest.raises(UserError, match="say which reason"):
        service.checklist_status(ctx, order_id)


def test_references_by_index_name_or_hash(ctx: AppContext, tmp_path: Path) -> None:
    order_id = add_order(ctx)
    service.attach_files(ctx, order_id, [save_photo(tmp_path / "a.jpg", 1),
                                         save_photo(tmp_path / "b.jpg", 2)], kind="own_photo")
    order = service.evidence_state(ctx, order_id).order
    assert service.resolve_refs(order, ["1", "a.jpg", order.evidence[1].sha256[:10]]) == [
        1, 0, 1]
    for ref, message in (("7", "no evidence 7"), ("c.jpg", "is called 'c.jpg'")):
        with pytest.raises(UserError, match=message):
            service.resolve_refs(order, [ref])


def test_a_copy_cancelled_halfway_leaves_nothing(ctx: AppContext, tmp_path: Path) -> None:
    from aliassist.progress import Cancelled, Progress

    order_id = add_order(ctx)
    big = tmp_path / "clip.mp4"
    with big.open("wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom")
        fh.truncate(8 << 20)

    class CancelHalfway(Progress):
        def report(self, done: int, total: int | None, text: str) -> None:
            if done > 4 << 20:
                self.cancel()

    photo = save_photo(tmp_path / "a.jpg", 1)
    with pytest.raises(Cancelled):
        service.attach_files(ctx, order_id, [photo, big], kind="document",
                             progress=CancelHalfway())
    assert counts(ctx) == (0, 0, 0)
    assert not list(ctx.vault.root.rglob("*.part"))


def test_an_item_id_shared_by_several_reasons_takes_what_any_of_them_takes(
        ctx: AppContext, tmp_path: Path) -> None:
    order_id = add_order(ctx, disputes=(rec.Dispute("not_working"),))
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 100)
    # item_photos takes videos for not_as_described, photos only for not_working
    assert service.attach_files(ctx, order_id, [video], kind="own_video",
                                checklist="item_photos")[0].evidence.checklist == "item_photos"
    with pytest.raises(UserError, match="takes own_photo, not own_video"):
        service.attach_files(ctx, order_id, [video], kind="own_video",
                             checklist="item_photos", dispute=0)


def test_a_file_kept_for_a_backup_goes_once_no_backup_lists_it(tmp_path: Path) -> None:
    from aliassist.services.context import open_context
    from aliassist.services.evidence import attach_files, detach
    from aliassist.services.orders import save_order_record
    from aliassist.store.backups import backup_database, list_backups, release_vault_files

    ctx = open_context(tmp_path / "kept.db", now=NOW)
    try:
        order_id = save_order_record(ctx, rec.Order("8187000000000077", NOW))
        photo = save_photo(tmp_path / "IMG_9.jpg", 9)
        sha = attach_files(ctx, order_id, [photo], kind="own_photo")[0].evidence.sha256
        backup_database(ctx.store, reason="manual", now=NOW)
        assert detach(ctx, order_id, [0])[0].kept_for_backup
        assert ctx.vault.exists(sha)
        assert release_vault_files(ctx.store) == []  # the backup still lists it
        for backup in list_backups(ctx.store.path):
            backup.path.unlink()
        assert release_vault_files(ctx.store) == [sha]
        assert not ctx.vault.exists(sha)
    finally:
        ctx.close()
