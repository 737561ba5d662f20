"""`aliassist migrate-to URL` as a process: a personal SQLite database with its vault to a team
database and back to a new SQLite file, every table's rows and every evidence file's bytes the
same at the end; a target holding data is refused unless --replace."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from aliassist.services import evidence as service
from aliassist.services.context import open_context
from aliassist.store.transfer import data_tables
from aliassist.store.vault import CHUNK, Vault
from tests.conftest import NOW
from tests.services.test_evidence import add_order
from tests.services.test_export_complete import fill_every_table
from tests.store.test_db_vault import noise


def aliassist(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aliassist", "--now", "2026-11-21T12:00:00Z",
                           *argv], capture_output=True, text=True, timeout=300, check=False)


def table_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every data table's rows as stored, in primary-key order."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: [tuple(r) for r in conn.execute(text(
                f"SELECT {', '.join(c.name for c in t.columns)} FROM {t.name} ORDER BY "
                f"{', '.join(c.name for c in t.primary_key.columns)}"))]
                for t in data_tables()}
    finally:
        engine.dispose()


def test_a_personal_database_moves_to_a_team_database_and_back_with_nothing_lost(
        pg_url: str, tmp_path: Path) -> None:
    personal = tmp_path / "me" / "orders.db"
    ctx = open_context(personal, now=NOW)
    try:
        fill_every_table(ctx, tmp_path)
        order_id = add_order(ctx, "8187000000000999")
        video = noise(tmp_path / "unboxing.mp4", 2 * CHUNK + 777)  # three chunks on the server
        service.attach_files(ctx, order_id, [video], kind="own_video")
    finally:
        ctx.close()
    original = table_rows(f"sqlite:///{personal}")
    vault = Vault(personal.parent / "orders-evidence")
    shas = vault.stored()
    assert len(shas) >= 3 and all(original.values())

    done = aliassist("--db", str(personal), "migrate-to", pg_url)
    assert done.returncode == 0, done.stderr
    assert f"orders: {len(original['orders'])} -> {len(original['orders'])}" in done.stdout
    for sha in shas:
        assert f"evidence {sha} " in done.stdout
    assert done.stdout.count("same SHA-256") == len(shas) and "MISMATCH" not in done.stdout
    assert "verified" in done.stderr
    assert table_rows(pg_url) == original
    checked = aliassist("--database-url", pg_url, "verify-data")
    assert checked.returncode == 0 and "all sound" in checked.stderr, checked.stderr

    back = tmp_path / "again" / "orders.db"
    done = aliassist("--database-url", pg_url, "migrate-to", f"sqlite:///{back}", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and report["evidence_copied"] == len(shas)
    assert {e["sha256"]: e["read_back"] for e in report["evidence"]} == {s: s for s in shas}
    assert table_rows(f"sqlite:///{back}") == original
    returned = Vault(back.parent / "orders-evidence")
    assert returned.stored() == shas
    for sha in shas:  # the bytes themselves, not only their names
        assert returned.path(sha).read_bytes() == vault.path(sha).read_bytes()
    assert returned.path(max(shas, key=lambda s: vault.path(s).stat().st_size)
                         ).read_bytes() == video.read_bytes()
    checked = aliassist("--db", str(back), "verify-data")
    assert checked.returncode == 0 and "all sound" in checked.stderr, checked.stderr


def test_a_target_holding_data_is_refused_unless_replace_is_given(
        pg_url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for path, number in ((first, "8187000000000001"), (second, "8187000000000002")):
        ctx = open_context(path, now=NOW)
        try:
            service.attach_files(ctx, add_order(ctx, number),
                                 [noise(tmp_path / f"{number}.mp4", 1000, seed=int(number[-1]))])
        finally:
            ctx.close()
    assert aliassist("--db", str(first), "migrate-to", pg_url).returncode == 0
    refused = aliassist("--db", str(second), "migrate-to", pg_url)
    assert refused.returncode == 2
    assert "already holds data (1 order" in refused.stderr and "--replace" in refused.stderr
    assert "8187000000000001" in str(table_rows(pg_url)["orders"])
    done = aliassist("--db", str(second), "migrate-to", pg_url, "--replace")
    assert done.returncode == 0, done.stderr
    assert "was deleted first" in done.stderr
    orders = str(table_rows(pg_url)["orders"])
    assert "8187000000000002" in orders and "8187000000000001" not in orders
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:  # the old data's evidence went with it
            assert conn.execute(text("SELECT COUNT(*) FROM vault_blobs")).scalar() == 1
    finally:
        engine.dispose()
    same = aliassist("--db", str(second), "migrate-to", f"sqlite:///{second}")
    assert same.returncode == 2 and "already open" in same.stderr
