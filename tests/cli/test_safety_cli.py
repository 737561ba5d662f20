"""`backup`, `backups`, `restore`, `verify-data`, `wipe`, and what every command says when the
database turns out to be damaged: on stderr, exit 2, no traceback, the way back spelled out."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from aliassist.store.backups import list_backups
from aliassist.store.integrity import damaged_copies
from tests.cli.test_cli import cli
from tests.damage import DAMAGE, checkpoint, fill


@pytest.fixture
def filled(db_path: Path) -> Path:
    fill(db_path, 30)
    return db_path


def test_backup_and_backups(filled: Path) -> None:
    code, out, err = cli("--db", str(filled), "backup")
    assert code == 0, err
    made = Path(out.strip())
    assert made.is_file() and made.parent == filled.parent / "aliassist-backups"
    assert "30 orders" in err and "made by you" in err
    code, out, _ = cli("--db", str(filled), "backups")
    lines = out.splitlines()
    assert lines[0].split() == ["BACKUP", "MADE", "WHY", "ORDERS", "SIZE"]
    assert any(made.name in line and " 30 " in line for line in lines[1:])
    code, out, _ = cli("--db", str(filled), "backups", "--json")
    listed = json.loads(out)
    assert code == 0 and {b["name"] for b in listed} == {b.name for b in list_backups(filled)}
    assert all(b["orders"] == 30 and b["taken_at"].endswith("Z") for b in listed)
    code, _, err = cli("--db", str(filled.with_name("none.db")), "backups")
    assert code == 0 and "no backups yet" in err


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_database_says_where_it_went_and_how_to_restore(filled: Path,
                                                                 damage: str) -> None:
    cli("--db", str(filled), "backup")
    checkpoint(filled)
    DAMAGE[damage](filled)
    code, out, err = cli("--db", str(filled), "orders")
    assert code == 2 and out == ""
    assert "Traceback" not in err
    (moved,) = damaged_copies(filled)
    assert str(filled) in err and f"moved aside to {moved}" in err
    command = err.split("restore it with: ")[1].rstrip(")\n")
    backup = list_backups(filled)[0]
    assert command == f"aliassist --db {filled} restore {backup.name}"

    code, _, err = cli(*shlex.split(command)[1:])
    assert code == 0, err
    assert f"restored {backup.name}: 30 orders" in err
    code, out, _ = cli("--db", str(filled), "orders", "--json")
    assert code == 0 and len(json.loads(out)) == 30
    assert damaged_copies(filled) == [moved]


def test_the_real_process_exits_2_without_a_traceback(filled: Path) -> None:
    cli("--db", str(filled), "backup")
    checkpoint(filled)
    DAMAGE["garbled"](filled)
    result = subprocess.run([sys.executable, "-m", "aliassist", "--db", str(filled), "due"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "moved aside" in result.stderr
    assert result.stderr.startswith(f"aliassist: {filled}: the database cannot be used")


def test_restore_keeps_the_data_it_replaces(filled: Path) -> None:
    cli("--db", str(filled), "backup")
    code, _, err = cli("--db", str(filled), "restore", "latest")
    assert code == 0, err
    kept = [b for b in list_backups(filled) if b.reason == "before-restore"]
    assert len(kept) == 1 and f"saved as backup {kept[0].name}" in err
    # the command it suggests works as typed: with the --db used
    assert f"(aliassist --db {filled} restore {kept[0].name} brings it back)" in err


def test_restore_of_an_unknown_backup_says_how_to_find_one(filled: Path) -> None:
    code, _, err = cli("--db", str(filled), "restore", "yesterday")
    assert code == 2 and "no backup named 'yesterday'" in err and "aliassist backups" in err
    code, _, err = cli("--db", str(filled.with_name("fresh.db")), "restore", "latest")
    assert code == 2 and "no good backup" in err


def test_verify_data_finds_missing_and_changed_evidence(tmp_path: Path) -> None:
    from tests.importers.test_datafile import full_order, write_data

    db = tmp_path / "v.db"
    data = write_data(tmp_path / "in", [full_order()])
    assert cli("--db", str(db), "import-data", str(data))[0] == 0
    code, out, err = cli("--db", str(db), "verify-data")
    assert code == 0 and "1 order, 2 evidence files: all sound" in err
    vault = db.with_name("v-evidence")
    photo, listing = sorted((p for p in vault.rglob("*") if p.is_file()
                             and p.parent.name != "tmp" and p.name != ".lock"),
                            key=lambda p: p.stat().st_size)
    photo.unlink()
    listing.chmod(0o600)
    listing.write_bytes(b"tampered")
    code, out, err = cli("--db", str(db), "verify-data", "--json")
    report = json.loads(out)
    assert code == 1 and not report["ok"] and len(report["problems"]) == 2
    assert any("is missing" in p for p in report["problems"])
    assert any("is changed" in p for p in report["problems"])
    code, out, _ = cli("--db", str(db), "verify-data", "--quick")
    assert code == 1 and out.count("\n") == 1


def test_wipe_shows_first_and_deletes_only_with_yes(filled: Path, tmp_path: Path) -> None:
    cli("--db", str(filled), "backup")
    export = tmp_path / "keep" / "mine.json"
    assert cli("--db", str(filled), "export-data", str(export))[0] == 0
    before = {p.name: p.stat().st_size for p in filled.parent.iterdir()}
    code, _, err = cli("--db", str(filled), "wipe")
    assert code == 2 and "would delete database" in err and "30 orders" in err
    assert "nothing was deleted" in err and "--yes" in err
    code, out, _ = cli("--db", str(filled), "wipe", "--json")
    would = json.loads(out)
    assert code == 2 and would["deleted"] is False and would["orders"] == 30
    after = {p.name: p.stat().st_size for p in filled.parent.iterdir()}
    assert before.items() <= after.items()

    code, out, err = cli("--db", str(filled), "wipe", "--yes", "--json")
    assert code == 0 and "deleted database" in err
    gone = json.loads(out)
    assert gone["orders"] == 30 and gone["backups"] >= 1 and gone["deleted"] is True
    assert list(filled.parent.iterdir()) == []
    assert export.is_file()  # what the person exported is theirs
    code, _, err = cli("--db", str(filled), "wipe", "--yes")
    assert code == 0 and "nothing to delete" in err
    code, out, err = cli("--db", str(filled), "wipe", "--json")  # JSON even with nothing there
    nothing = json.loads(out)
    assert code == 0 and nothing["orders"] == 0 and nothing["deleted"] is False


def test_wipe_clears_the_default_data_folder(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    home = tmp_path / "AliAssist"
    monkeypatch.setenv("ALIASSIST_DATA_DIR", str(home))
    fill(home / "aliassist.db", 3)
    code, _, err = cli("wipe", "--yes")
    assert code == 0, err
    assert not home.exists()


def test_server_databases_are_not_backed_up_by_the_app() -> None:
    code, _, err = cli("--database-url", "postgresql://localhost/shop", "backups")
    assert code == 2 and "SQLite database file" in err


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_command_made_backup_is_private(filled: Path) -> None:
    code, out, _ = cli("--db", str(filled), "backup")
    assert code == 0
    assert Path(out.strip()).stat().st_mode & 0o777 == 0o600
