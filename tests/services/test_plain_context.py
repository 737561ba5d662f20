"""`aliassist import` into a SQLite file runs on the plain context (services/plain_context.py):
no SQLAlchemy, the same orders, settings, policy and stamp as on the app context."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from aliassist.cli import run
from aliassist.domain import records as rec
from aliassist.services.context import AppContext, open_context
from aliassist.services.imports import ImportSource, run_import
from aliassist.services.orders import save_order_record
from aliassist.store import schema as db
from aliassist.store.backups import list_backups
from aliassist.store.settings import POLICY_PATH, set_setting
from tests.conftest import FIXTURES, NOW
from tests.packet.fixtures import NUMBER

SAMPLE = FIXTURES / "imports" / "order-exporter.csv"
BULK = FIXTURES / "imports" / "bulk-order-exporter.txt"

#: the command line run as its own process, telling afterwards whether SQLAlchemy was loaded
PROCESS = """
import sys
from aliassist.app import run
code = run(sys.argv[1:], own_process=True)
print("sqlalchemy loaded:", "sqlalchemy" in sys.modules, "exit:", code)
"""


def cli(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", str(db), "--now", "2026-11-21T12:00:00Z", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("orders", "order_items", "accounts")}


def stamp(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def process(db: Path, *argv: str) -> str:
    done = subprocess.run([sys.executable, "-c", PROCESS, "--db", str(db), "--now",
                           "2026-11-21T12:00:00Z", *argv], capture_output=True, text=True,
                          timeout=120, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


#: what an import of a SQLite file starts without (each a few milliseconds of its start): the
#: text rules' matcher and its stemmers, the evidence vault, OpenSSL (hashlib), the TOML
#: reader (the policy is kept parsed), the clocks' numpy
IMPORT_DOES_WITHOUT = ("aliassist.domain.textmatch", "snowballstemmer", "aliassist.store.vault",
                       "hashlib", "tomllib", "numpy")


def test_an_import_starts_without_what_it_does_not_use(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    script = (PROCESS + f"print('loaded:', [m for m in {IMPORT_DOES_WITHOUT!r} "
                        "if m in sys.modules])\n")
    process(db, "orders")  # the policy kept parsed, as after any first start
    done = subprocess.run([sys.executable, "-c", script, "--db", str(db), "--now",
                           "2026-11-21T12:00:00Z", "import", str(SAMPLE)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert "imported 3 new orders" in done.stdout, done.stderr
    assert "sqlalchemy loaded: False exit: 0" in done.stdout
    assert "loaded: []" in done.stdout, done.stdout


def test_an_import_into_a_sqlite_file_loads_no_sqlalchemy(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    out = process(db, "import", str(SAMPLE))
    assert "imported 3 new orders" in out and "sqlalchemy loaded: False exit: 0" in out
    # orders and no backup of the day: the app context opens it, and makes the backup
    out = process(db, "import", str(BULK), "--currency", "USD")
    assert "sqlalchemy loaded: True exit: 0" in out and len(list_backups(db)) == 1
    out = process(db, "import", str(BULK), "--currency", "USD")
    assert "3 unchanged" in out and "sqlalchemy loaded: False exit: 0" in out
    # a mapping to remember goes through the app context
    out = process(db, "import", str(SAMPLE), "--map", "number=Order ID",
                  "--map", "placed_at=Order Date")
    assert "sqlalchemy loaded: True exit: 0" in out


def test_the_plain_and_the_app_context_store_the_same_orders(tmp_path: Path) -> None:
    plain, full = tmp_path / "plain.db", tmp_path / "full.db"
    for source in (SAMPLE, BULK):
        code, _, err = cli(plain, "import", str(source), "--currency", "USD",
                           "--account", "me@example.com")
        assert code == 0, err
        ctx = open_context(full, now=NOW)
        try:
            run_import(ctx, ImportSource(path=source), currency="USD",
                       account="me@example.com")
        finally:
            ctx.close()
    assert rows(plain) == rows(full)
    assert len(rows(plain)["orders"]) == 6


def test_a_plain_import_gives_the_file_a_new_stamp_and_a_dry_run_does_not(
        tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    cli(db, "import", str(SAMPLE), "--dry-run")
    first = stamp(db)
    assert first != 0 and rows(db)["orders"] == []
    code, _, _ = cli(db, "import", str(SAMPLE))
    second = stamp(db)
    assert code == 0 and second != first
    code, out, _ = cli(db, "import", str(SAMPLE), "--json")  # nothing new: nothing changed
    assert code == 0 and '"unchanged": 3' in out and stamp(db) == second


def test_the_policy_chosen_in_settings_is_the_one_in_force(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    cli(db, "import", str(SAMPLE), "--dry-run")  # the new database
    bundled = rows_after_import(tmp_path / "bundled.db")
    policy = tmp_path / "policy.toml"
    text = (Path(__file__).parents[2] / "resources" / "policies" / "aliexpress.toml").read_text(
        encoding="utf-8")
    policy.write_text(text.replace('timezone = "Asia/Shanghai"', 'timezone = "UTC"', 1),
                      encoding="utf-8")
    choose_policy(db, str(policy))
    code, _, err = cli(db, "import", str(SAMPLE))
    assert code == 0 and err == ""
    placed = [r[6] for r in rows(db)["orders"]]
    # a day's midnight in UTC is eight hours after midnight in Shanghai
    assert placed == [p + 8 * 3600 for p in bundled]
    broken = tmp_path / "broken.db"
    cli(broken, "import", str(SAMPLE), "--dry-run")
    choose_policy(broken, str(tmp_path / "missing.toml"))
    code, _, err = cli(broken, "import", str(SAMPLE))
    assert code == 0 and "The policy file chosen in Settings cannot be used" in err
    assert [r[6] for r in rows(broken)["orders"]] == bundled


def rows_after_import(db: Path) -> list[int]:
    code, _, err = cli(db, "import", str(SAMPLE))
    assert code == 0, err
    return [r[6] for r in rows(db)["orders"]]


def choose_policy(db: Path, path: str) -> None:
    ctx = open_context(db, now=NOW)
    try:
        with ctx.session() as session, session.begin():
            set_setting(session, POLICY_PATH, path)
    finally:
        ctx.close()


def test_a_database_with_the_daily_backup_due_gets_it(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    cli(db, "import", str(SAMPLE))
    assert list_backups(db) == []  # made new, without orders: nothing to back up then
    code, _, err = cli(db, "import", str(BULK), "--currency", "USD")
    assert code == 0, err
    assert [b.reason for b in list_backups(db)] == ["daily"]


def test_an_old_database_is_migrated_before_the_import(tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema-0001.db", db)
    shutil.copytree(FIXTURES / "schema-0001-evidence", tmp_path / "old-evidence")
    code, _, err = cli(db, "import", str(SAMPLE))
    assert code == 0, err
    assert any(b.reason.startswith("before-migration") for b in list_backups(db))
    assert len(rows(db)["orders"]) == 2 + 3


def test_the_json_listing_of_a_sqlite_file_loads_no_sqlalchemy(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    cli(db, "import", str(SAMPLE))
    cli(db, "due")  # the daily backup, now there are orders
    listed = process(db, "orders", "--json")
    assert listed.endswith("sqlalchemy loaded: False exit: 0\n")
    # the same listing as the app context gives
    code, out, _ = cli(db, "orders", "--json")
    ctx = open_context(db, now=NOW)
    try:
        from aliassist.services.order_listing import orders_json_texts

        assert code == 0 and out == "[\n" + ",\n".join(orders_json_texts(ctx)) + "\n]\n"
    finally:
        ctx.close()
    assert listed.removesuffix("sqlalchemy loaded: False exit: 0\n") == out
    # whose orders are "mine" is the app context's to tell
    code, _, err = cli(db, "orders", "--json", "--mine")
    assert code == 2 and "Traceback" not in err


def _entries(packet: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(packet) as z:
        return {name: z.read(name) for name in z.namelist()}


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_packet_of_a_sqlite_file_loads_no_sqlalchemy(ctx: AppContext, dispute_order: int,
                                                       db_path: Path, tmp_path: Path,
                                                       now: datetime) -> None:
    from aliassist.services.disputes import record_step
    from aliassist.services.packet import content_for_dispute, content_for_plan, write_packet

    # what the packet reads besides the order: the same listing disputed from another account,
    # a step of the dispute, and a picture whose facts were never read (attached by an import)
    other = rec.Order("8100000000000777", now.replace(month=9), account="second@example.com",
                      store="Lamp <World> & Co", items=(rec.Item("Desk lamp <b>bold</b>"),),
                      disputes=(rec.Dispute("damaged", "closed", item=0),))
    save_order_record(ctx, other)
    record_step(ctx, NUMBER, "1", "seller_responded", at=now.replace(day=20))
    with ctx.session() as session, session.begin():
        session.execute(update(db.EvidenceFile).where(db.EvidenceFile.mime == "image/png")
                        .values(width=None, height=None, phash=None, exif_taken_at=None))
    assert cli(db_path, "due")[0] == 0  # the daily backup: nothing left for the app context

    for argv in (("--dispute", "1"), ("--reason", "not_working", "--text", "It stays dark.")):
        plain, full = tmp_path / "plain.zip", tmp_path / "full.zip"
        out = process(db_path, "packet", NUMBER, *argv, "--out", str(plain))
        assert out.endswith("sqlalchemy loaded: False exit: 0\n"), out
        # the same packet as the app context makes, file for file
        content = (content_for_dispute(ctx, NUMBER, "1") if argv[0] == "--dispute" else
                   content_for_plan(ctx, NUMBER, reason="not_working", text="It stays dark."))
        write_packet(ctx, content, full)
        mine, theirs = _entries(plain), _entries(full)
        assert mine.keys() == theirs.keys() and len(mine) >= 4
        for name in mine.keys() - {"summary.pdf", "manifest.json"}:
            assert mine[name] == theirs[name], name
        manifest, expected = json.loads(mine["manifest.json"]), json.loads(theirs["manifest.json"])
        assert [f for f in manifest.pop("files") if f["path"] != "summary.pdf"] == \
            [f for f in expected.pop("files") if f["path"] != "summary.pdf"]
        assert manifest == expected
        summary = _pdf_text(mine["summary.pdf"])
        assert summary == _pdf_text(theirs["summary.pdf"])
        assert "multi_account" in {f["rule"] for f in manifest["findings"]}
        assert "8100000000000777" in summary
    assert expected["record"] is None and content.findings
    # the facts of the picture were read, and kept by the plain connection
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM evidence_files WHERE mime = 'image/png' "
                            "AND width IS NULL").fetchone() == (0,)


def _large_file(orders: int) -> str:
    return ("Order ID,Order Date,Status,Product Title,Currency,Price,Store Name\n" + "".join(
        f"8199{n:011d}1,Mar 05 2026,To ship,Cable,US,1.00,S\n" for n in range(orders)))


@pytest.mark.parametrize("reader", [False, True], ids=["alone", "read-meanwhile"])
def test_a_large_import_writes_into_the_file_directly_when_it_is_alone(tmp_path: Path,
                                                                        reader: bool) -> None:
    from aliassist.services.plain_context import open_plain_context
    from aliassist.store.bulk_import import BULK_ROWS

    db = tmp_path / "new.db"
    ctx = open_plain_context(db, None, None, "2026-11-21T12:00:00Z")
    assert ctx is not None
    statements: list[str] = []
    ctx.conn.set_trace_callback(statements.append)
    other = sqlite3.connect(db) if reader else None
    try:
        if other is not None:  # a window holding the file open: WAL stays, it reads on
            other.execute("SELECT COUNT(*) FROM orders").fetchone()
        report = run_import(ctx, ImportSource(text=_large_file(BULK_ROWS + 500)))
        assert len(report.imported) == BULK_ROWS + 500
        if other is not None:
            assert other.execute("SELECT COUNT(*) FROM orders").fetchone() == (BULK_ROWS + 500,)
    finally:
        ctx.close()
        if other is not None:
            other.close()
    directly = "PRAGMA main.synchronous = FULL" in statements
    assert directly is not reader
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM orders").fetchone() == (BULK_ROWS + 500,)
    assert not db.with_name("new.db-journal").exists()


def test_a_large_import_that_stops_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    from aliassist.progress import Cancelled, Progress
    from aliassist.services.plain_context import open_plain_context
    from aliassist.store.bulk_import import BULK_ROWS

    db = tmp_path / "a.db"
    assert cli(db, "import", str(SAMPLE))[0] == 0
    assert cli(db, "due")[0] == 0  # the day's backup: the file needs nothing but opening
    before = rows(db)

    class Stop(Progress):
        def step(self, done: int, total: int, text: str = "") -> None:
            if done > total // 2:
                raise Cancelled()

    ctx = open_plain_context(db, None, None, "2026-11-21T12:00:00Z")
    assert ctx is not None
    statements: list[str] = []
    ctx.conn.set_trace_callback(statements.append)
    try:
        with pytest.raises(Cancelled):
            run_import(ctx, ImportSource(text=_large_file(BULK_ROWS * 2)), progress=Stop())
        report = run_import(ctx, ImportSource(text=_large_file(BULK_ROWS * 2)), dry_run=True)
        assert len(report.imported) == BULK_ROWS * 2
    finally:
        ctx.close()
    assert statements.count("PRAGMA main.synchronous = FULL") == 2  # both wrote directly
    assert rows(db) == before
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
