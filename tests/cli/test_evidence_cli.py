"""`checklist`, `attach`, `evidence` and `detach` as a buyer scripts them."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from aliassist.domain import records as rec
from aliassist.services.context import open_context
from aliassist.store.repository import save_order
from tests.cli.test_cli import cli
from tests.conftest import NOW
from tests.pg import db_args, vault_of
from tests.photos import save_photo, save_web_copy

NUMBER = "8187000000000001"

pytestmark = pytest.mark.both_engines


@pytest.fixture
def db(db_path: Path, database_url: str | None) -> Path | str:
    """The SQLite file, or the team database (`both_engines`), with the orders in it."""
    ctx = open_context(db_path, url=database_url, now=NOW)
    with ctx.session() as session, session.begin():
        save_order(session, rec.Order(
            NUMBER, NOW - timedelta(days=30), shipped_at=NOW - timedelta(days=28),
            delivery_status="delivered",
            disputes=(rec.Dispute("not_as_described", opened_at=NOW),)), now=NOW)
        save_order(session, rec.Order("8187000000000002", NOW - timedelta(days=10)), now=NOW)
    ctx.close()
    return database_url or db_path


def run(db: Path | str, *argv: str) -> tuple[int, str, str]:
    return cli(*db_args(db), "--now", "2026-11-21T12:00:00Z", *argv)


def test_checklist_json_has_the_documented_shape_and_exit_code(db: Path, tmp_path: Path
                                                               ) -> None:
    code, out, err = run(db, "checklist", NUMBER, "--reason", "not_as_described", "--json")
    assert code == 1, err  # required evidence missing
    data = json.loads(out)
    assert set(data) == {"reason", "complete", "items"}
    assert data["reason"] == "not_as_described" and data["complete"] is False
    for item in data["items"]:
        assert {"id", "label", "required", "done", "files"} <= set(item)
    photo = save_photo(tmp_path / "front.jpg", 1)
    shop = save_photo(tmp_path / "listing.png", 2, fmt="PNG")
    assert run(db, "attach", NUMBER, str(photo), "--kind", "own_photo")[0] == 0
    assert run(db, "attach", NUMBER, str(shop), "--kind", "listing_capture",
               "--checklist", "listing_capture")[0] == 0
    code, out, _ = run(db, "checklist", NUMBER, "--dispute", "1", "--json")
    data = json.loads(out)
    assert code == 0 and data["complete"] is True
    done = {i["id"]: [f["name"] for f in i["files"]] for i in data["items"] if i["done"]}
    assert done == {"item_photos": ["front.jpg"], "listing_capture": ["listing.png"]}


def test_the_checklist_table_names_what_to_capture(db: Path) -> None:
    code, out, _ = run(db, "checklist", NUMBER, "--reason", "not_received")
    # tracking says delivered: the carrier's statement is required
    assert code == 1
    assert "carrier_statement" in out and "required" in out
    assert "Ask your post office or the carrier" in out
    code, out, _ = run(db, "checklist", "8187000000000002", "--reason", "not_received")
    assert code == 0 and "n/a" in out


def test_attach_list_and_detach(db: Path, tmp_path: Path) -> None:
    shop = save_photo(tmp_path / "shop.jpg", 5)
    seller = save_web_copy(shop, tmp_path / "IMG_1.jpg")
    mine = save_photo(tmp_path / "IMG_2.jpg", 6)
    assert run(db, "attach", NUMBER, str(shop), "--kind", "listing_capture")[0] == 0
    code, out, err = run(db, "attach", NUMBER, str(seller), str(mine), "--kind", "own_photo",
                         "--checklist", "item_photos", "--dispute", "1", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["index"], r["name"], r["dispute"], r["checklist"]) for r in rows] == [
        (1, "IMG_1.jpg", 0, "item_photos"), (2, "IMG_2.jpg", 0, "item_photos")]
    assert rows[0]["findings"][0]["rule"] == "looks_like_listing"
    assert "warning: IMG_1.jpg: Looks like the seller's picture" in err
    code, out, _ = run(db, "attach", NUMBER, str(mine), "--kind", "own_photo", "--dispute", "1")
    assert code == 0 and out.startswith("already attached: IMG_2.jpg as evidence 2")

    code, out, _ = run(db, "evidence", NUMBER)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["#", "NAME", "KIND", "CHECKLIST"]
    assert "looks_like_listing" in lines[2]
    code, out, _ = run(db, "evidence", NUMBER, "--json")
    assert [r["name"] for r in json.loads(out)] == ["shop.jpg", "IMG_1.jpg", "IMG_2.jpg"]

    code, out, _ = run(db, "detach", NUMBER, "IMG_1.jpg", "--json")
    assert code == 0 and json.loads(out)[0]["file_deleted"] is True
    code, out, _ = run(db, "detach", NUMBER, "0")
    assert code == 0 and out == "removed shop.jpg (stored copy deleted)\n"
    code, out, _ = run(db, "evidence", NUMBER, "--json")
    assert [r["name"] for r in json.loads(out)] == ["IMG_2.jpg"]


@pytest.mark.parametrize(("argv", "message"), [
    (("attach", NUMBER, "{missing}", "--kind", "own_photo"), "file not found"),
    (("attach", NUMBER, "{folder}", "--kind", "own_photo"), "is a folder"),
    (("attach", NUMBER, "{empty}", "--kind", "own_photo"), "empty (0 bytes)"),
    (("attach", NUMBER, "{liar}", "--kind", "own_photo"), "content is a PDF document"),
    (("attach", NUMBER, "{huge}", "--kind", "own_video"), "the file is 4.3 GB"),
    (("attach", NUMBER, "{photo}", "--kind", "selfie"), "unknown kind"),
    (("attach", NUMBER, "{photo}", "--kind", "own_photo", "--dispute", "4"), "no dispute 4"),
    (("attach", "8187000000000999", "{photo}", "--kind", "own_photo"), "no order"),
    (("attach", "8.187E+15", "{photo}", "--kind", "own_photo"), "scientific notation"),
    (("checklist", NUMBER, "--reason", "lost_interest"), "unknown reason"),
    (("checklist", NUMBER), "say which reason"),
    (("detach", NUMBER, "nothing.jpg"), "is called 'nothing.jpg'"),
    (("detach", NUMBER, "3"), "no evidence 3"),
])
def test_bad_input_exits_2_and_stores_nothing(db: Path, tmp_path: Path, argv: tuple,
                                              message: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "empty.jpg").write_bytes(b"")
    (tmp_path / "liar.jpg").write_bytes(b"%PDF-1.5\n")
    with (tmp_path / "huge.mp4").open("wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypmp42")
        fh.truncate(4 << 30)
    paths = {"missing": tmp_path / "nope.jpg", "folder": tmp_path / "folder",
             "empty": tmp_path / "empty.jpg", "liar": tmp_path / "liar.jpg",
             "huge": tmp_path / "huge.mp4", "photo": save_photo(tmp_path / "p.jpg", 1)}
    code, out, err = run(db, *(a.format(**paths) for a in argv))
    assert code == 2, err
    assert message in err and "Traceback" not in err and out == ""
    code, out, _ = run(db, "evidence", NUMBER, "--json")
    assert json.loads(out) == []
    vault = vault_of(db)
    assert not vault.exists() or not [p for p in vault.rglob("*") if p.is_file()
                                      and p.parent.name != "tmp" and p.name != ".lock"]


@pytest.mark.sqlite_only  # backups of the file
def test_a_backup_brings_back_the_files_it_lists_after_a_detach(db: Path, tmp_path: Path
                                                               ) -> None:
    photo = save_photo(tmp_path / "IMG_7.jpg", 7)
    assert run(db, "attach", NUMBER, str(photo), "--kind", "own_photo")[0] == 0
    assert run(db, "backup")[0] == 0
    code, out, _ = run(db, "detach", NUMBER, "IMG_7.jpg")
    assert code == 0 and out == "removed IMG_7.jpg (stored copy kept: a backup lists it)\n"
    code, _, err = run(db, "restore", "latest")
    assert code == 0 and "missing" not in err, err
    code, out, _ = run(db, "evidence", NUMBER, "--json")
    assert [(r["name"], r["missing"]) for r in json.loads(out)] == [("IMG_7.jpg", False)]
    code, out, err = run(db, "packet", NUMBER, "--dispute", "1", "--force", "--json", "--out",
                         str(tmp_path / "p.zip"))
    assert code in (0, 1) and (tmp_path / "p.zip").is_file(), err
    with zipfile.ZipFile(tmp_path / "p.zip") as z:
        assert any("IMG_7" in name for name in z.namelist()), z.namelist()


def test_a_file_the_vault_lost_is_shown_as_missing(db: Path, tmp_path: Path) -> None:
    photo = save_photo(tmp_path / "IMG_8.jpg", 8)
    code, out, _ = run(db, "attach", NUMBER, str(photo), "--kind", "own_photo", "--json")
    sha = json.loads(out)[0]["sha256"]
    if isinstance(db, str):  # a team database: the vault is in the database
        from sqlalchemy import create_engine, text

        engine = create_engine(db)
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM vault_blobs WHERE sha256 = :s"), {"s": sha})
        engine.dispose()
    stored = vault_of(db) / sha[:2] / sha  # on a team database, this computer's cached copy
    if stored.exists():
        stored.chmod(0o600)
        stored.unlink()
    code, out, _ = run(db, "evidence", NUMBER)
    assert code == 0
    assert "MISSING from the vault" in out.splitlines()[1]
    assert "0 IMG_8.jpg: missing. The vault no longer holds this file" in out
    code, out, _ = run(db, "evidence", NUMBER, "--json")
    assert json.loads(out)[0]["missing"] is True


def test_one_file_can_serve_several_checklist_items(db: Path, tmp_path: Path) -> None:
    photo = save_photo(tmp_path / "tape.jpg", 11)

    def photo_for(item: str) -> tuple[int, str, str]:
        return run(db, "attach", NUMBER, str(photo), "--kind", "own_photo", "--checklist", item)

    assert photo_for("item_photos")[0] == 0
    code, out, _ = photo_for("measurement")
    assert code == 0
    assert out == ("attached: tape.jpg as evidence 1 (own_photo, measurement; the same file as "
                   "evidence 0, now counted for this item too)\n")
    code, out, _ = run(db, "checklist", NUMBER, "--reason", "not_as_described", "--json")
    done = {i["id"]: [f["name"] for f in i["files"]] for i in json.loads(out)["items"]}
    assert done["item_photos"] == ["tape.jpg"] and done["measurement"] == ["tape.jpg"]
    # the same item again, or no item named: nothing new
    code, out, _ = photo_for("measurement")
    assert out.startswith("already attached: tape.jpg as evidence 1")
    code, out, _ = run(db, "attach", NUMBER, str(photo), "--kind", "own_photo")
    assert out.startswith("already attached: tape.jpg as evidence 0")
    # detaching one entry keeps the stored file for the other
    code, out, _ = run(db, "detach", NUMBER, "1")
    assert out == "removed tape.jpg (stored copy kept: other evidence uses it)\n"
