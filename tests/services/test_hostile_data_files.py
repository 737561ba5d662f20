"""Data files are input from anywhere: their evidence paths cannot reach outside the data file's
folder, their settings cannot break the app, and an import never loses a race with a detach."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from aliassist.cli import run
from aliassist.errors import UserError
from aliassist.services.context import AppContext, open_context
from aliassist.services.datafile import import_data
from aliassist.store.repository import load_orders
from aliassist.store.settings import POLICY_PATH, get_setting
from tests.conftest import NOW

PHOTO = b"\xff\xd8\xff\xe0" + b"a photo of the parcel" * 40
SECRET = b"root:$6$not-for-the-vault\n"


def write_data(folder: Path, evidence: list[dict[str, Any]] | None = None,
               history: dict[str, Any] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    order: dict[str, Any] = {"number": "8187000000000001", "placed_at": "2026-01-05"}
    if evidence is not None:
        order["evidence"] = evidence
    doc: dict[str, Any] = {"format": "aliassist-data", "version": 1, "orders": [order]}
    if history is not None:
        doc["history"] = history
    path = folder / "orders.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def vault_files(ctx: AppContext) -> list[Path]:
    root = ctx.vault.root
    return [p for p in root.rglob("*") if p.is_file() and p.parent.name != "tmp"
            and p.name != ".lock"] if root.exists() else []


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside the data file's folder that no import may copy."""
    path = tmp_path / "outside" / "shadow"
    path.parent.mkdir()
    path.write_bytes(SECRET)
    return path


def attack_paths(secret: Path, folder: Path) -> list[str]:
    depth = len(folder.resolve().parts)
    return [str(secret), "../outside/shadow", "photos/../../outside/shadow",
            "../" * depth + str(secret).lstrip("/"), "..\\outside\\shadow",
            "/etc/hostname", "C:\\Windows\\win.ini", "", "."]


def test_evidence_paths_outside_the_data_files_folder_are_refused(
        ctx: AppContext, tmp_path: Path, secret: Path) -> None:
    folder = tmp_path / "export"
    for rel in attack_paths(secret, folder):
        data = write_data(folder, [{"path": rel, "kind": "own_photo", "name": "innocent.jpg"}])
        with pytest.raises(UserError) as caught:
            import_data(ctx, data)
        assert "evidence[0].path" in str(caught.value), rel
        assert "relative" in caught.value.message or ".." in caught.value.message, rel
    assert vault_files(ctx) == []
    with ctx.session() as session:
        assert load_orders(session) == []


def test_a_symbolic_link_inside_the_folder_is_not_followed(
        ctx: AppContext, tmp_path: Path, secret: Path) -> None:
    folder = tmp_path / "export"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "box.jpg").symlink_to(secret)
    (folder / "linked").symlink_to(secret.parent, target_is_directory=True)
    for rel in ("photos/box.jpg", "linked/shadow"):
        data = write_data(folder, [{"path": rel, "kind": "own_photo"}])
        with pytest.raises(UserError, match="symbolic link"):
            import_data(ctx, data)
    assert vault_files(ctx) == []


def test_a_pipe_or_a_folder_is_refused_without_waiting(ctx: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    os.mkfifo(folder / "pipe.jpg")
    (folder / "album").mkdir()
    for rel, problem in (("pipe.jpg", "not a regular file"), ("album", "is a folder")):
        data = write_data(folder, [{"path": rel, "kind": "own_photo"}])
        with pytest.raises(UserError, match=problem):
            import_data(ctx, data)


def test_files_inside_the_folder_still_import(ctx: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "photos" / "day 1").mkdir(parents=True)
    (folder / "photos" / "day 1" / "box.jpg").write_bytes(PHOTO)
    data = write_data(folder, [{"path": "./photos/day 1/box.jpg", "kind": "own_photo"}])
    import_data(ctx, data)
    with ctx.session() as session:
        (order,) = load_orders(session)
    assert ctx.vault.path(order.evidence[0].sha256).read_bytes() == PHOTO


def test_the_command_line_says_what_is_wrong_without_a_traceback(
        db_path: Path, tmp_path: Path, secret: Path) -> None:
    data = write_data(tmp_path / "export", [{"path": str(secret), "kind": "own_photo"}])
    err = _Capture()
    code = run(["--db", str(db_path), "import-data", str(data)], out=_Capture(), err=err)
    assert code == 2
    assert "orders[0]" in err.text and "evidence[0].path" in err.text
    assert "Traceback" not in err.text


# ---------------------------------------------------------------------------------------------
# Settings


@pytest.mark.parametrize(("settings", "field"), [
    ({"notify.thresholds": "14,7"}, "notify.thresholds"),
    ({"notify.thresholds": [0, 3]}, "notify.thresholds"),
    ({"notify.thresholds": [True]}, "notify.thresholds"),
    ({"notify.thresholds": [10 ** 30]}, "notify.thresholds"),
    ({"notify.start_minimised": "yes"}, "notify.start_minimised"),
    ({"notify.paused_until": "soon"}, "notify.paused_until"),
    ({"notify.paused_until": 5}, "notify.paused_until"),
    ({"import.column_mappings": {"h": {"fields": {"number": 5}}}}, "import.column_mappings"),
    ({"import.column_mappings": []}, "import.column_mappings"),
    ({"policy.path": 5}, "policy.path"),
    ({"policy.path": ["/etc/passwd"]}, "policy.path"),
])
def test_a_setting_the_app_would_never_store_stops_the_import(
        ctx: AppContext, tmp_path: Path, settings: dict[str, Any], field: str) -> None:
    data = write_data(tmp_path / "in", history={"settings": settings})
    with pytest.raises(UserError) as caught:
        import_data(ctx, data)
    assert caught.value.where is not None and caught.value.where.endswith(f"settings.{field}")
    with ctx.session() as session:
        assert load_orders(session) == []


@pytest.mark.parametrize("chosen", ["/dev/zero", "/nowhere/rules.toml", "/etc/hostname"])
def test_a_policy_path_this_computer_cannot_load_is_not_imported(
        db_path: Path, tmp_path: Path, chosen: str) -> None:
    data = write_data(tmp_path / "in", history={"settings": {POLICY_PATH: chosen}})
    ctx = open_context(db_path, now=NOW)
    try:
        import_data(ctx, data)
        with ctx.session() as session:
            assert get_setting(session, POLICY_PATH) is None
    finally:
        ctx.close()
    again = open_context(db_path, now=NOW)  # every later command still starts
    assert again.policy_warning is None
    again.close()


def test_a_bad_policy_setting_already_stored_warns_and_the_app_starts(
        db_path: Path) -> None:
    from aliassist.store.settings import set_setting

    ctx = open_context(db_path, now=NOW)
    with ctx.session() as session, session.begin():
        set_setting(session, POLICY_PATH, 5)
    ctx.close()
    again = open_context(db_path, now=NOW)
    try:
        assert again.policy_warning is not None and "5" in again.policy_warning
    finally:
        again.close()


def test_load_policy_refuses_a_device_without_reading_it() -> None:
    from aliassist.domain.policy import PolicyError
    from aliassist.services.policy import load_policy

    with pytest.raises(PolicyError, match="not a regular file"):
        load_policy("/dev/zero")


# ---------------------------------------------------------------------------------------------
# The vault's lock


def test_import_data_adds_references_under_the_vault_lock(
        ctx: AppContext, tmp_path: Path) -> None:
    """While another process holds the vault's lock (a detach deciding what to delete), the
    import waits: it cannot reference a file that is being removed."""
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "box.jpg").write_bytes(PHOTO)
    data = write_data(folder, [{"path": "box.jpg", "kind": "own_photo"}])
    other = open_context(url=ctx.store.url, now=NOW)
    done = threading.Event()
    try:
        with other.vault.lock():
            worker = threading.Thread(target=lambda: (import_data(ctx, data), done.set()))
            worker.start()
            assert not done.wait(1.0), "the import went ahead while the vault was locked"
        worker.join(30)
        assert done.is_set()
    finally:
        other.close()
    with ctx.session() as session:
        (order,) = load_orders(session)
    assert ctx.vault.verify(order.evidence[0].sha256)


class _Capture:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    @property
    def text(self) -> str:
        return "".join(self.parts)
