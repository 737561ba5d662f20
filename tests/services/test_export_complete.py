"""`export-data` is the complete, portable copy: everything in every table (orders, disputes and
their recorded steps, payments, evidence, the notification log, the settings) comes back when
the export is imported into an empty database. A table or column someone adds later without
carrying it in the export makes this test fail."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Column, Connection, select, text

from aliassist.errors import UserError
from aliassist.resources import default_policy_path
from aliassist.services.context import AppContext, open_context
from aliassist.services.datafile import export_data, import_data
from aliassist.services.sample import sample_orders
from aliassist.store import schema as db
from aliassist.store.repository import save_order
from aliassist.store.schema import Base
from aliassist.store.settings import POLICY_PATH, set_setting
from tests.conftest import NOW
from tests.importers.test_datafile import full_order, write_data

#: surrogate keys and bookkeeping the copy does not need to carry
NOT_CARRIED = {"id", "created_at", "updated_at", "stored_at",
               # the saves counted and who made them in this database: an import is a new
               # save, by whoever imports (the version travels in the file, as a check only)
               "version", "changed_by", "recorded_by"}
#: where a team database keeps the evidence bytes (empty on SQLite): compared by content below
VAULT_TABLES = {"vault_blobs", "vault_chunks"}
#: derived from a file's content (recomputed from the file, not carried)
DERIVED = {("evidence_files", c) for c in ("width", "height", "phash", "exif_taken_at")}


def fill_every_table(ctx: AppContext, tmp_path: Path) -> None:
    import_data(ctx, write_data(tmp_path / "in", [full_order()]))
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, 14):
            save_order(session, order, now=NOW)
        disputes = session.execute(select(db.Dispute)).scalars().all()
        for n, dispute in enumerate(disputes):
            session.add(db.DisputeEvent(dispute_id=dispute.id, kind="opened",
                                        at=NOW - timedelta(days=3), recorded_at=NOW))
            session.add(db.DisputeEvent(dispute_id=dispute.id, kind="refunded",
                                        at=NOW - timedelta(days=1), amount=500 + n,
                                        detail="partial refund", recorded_at=NOW))
            session.add(db.Notification(key=f"k-{dispute.id}", order_id=dispute.order_id,
                                        dispute_id=dispute.id, clock="seller_response",
                                        threshold_days=3, due_at=NOW + timedelta(days=2),
                                        event="shown", channel="tray", at=NOW))
        session.add(db.Notification(key="summary", event="snoozed", at=NOW,
                                    until=NOW + timedelta(hours=8)))
        first = session.execute(select(db.Order).order_by(db.Order.id)).scalars().first()
        session.add(db.MailEvent(order_id=first.id, message_id="<shipped-1@aliexpress.com>",
                                 event="shipped", at=NOW - timedelta(days=9),
                                 subject="Your order has shipped", tracking_number="RB1CN",
                                 created_order=True, recorded_at=NOW))
        rules = tmp_path / "rules.toml"  # a policy file this computer can load
        rules.write_bytes(default_policy_path().read_bytes())
        set_setting(session, POLICY_PATH, str(rules))
        set_setting(session, "notify.thresholds", [7, 3, 1])


def portable_rows(ctx: AppContext) -> dict[str, Counter]:
    """Every table's rows with surrogate keys replaced by what they point at."""
    out = {}
    with ctx.store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in VAULT_TABLES:
                continue
            columns = [c for c in table.columns if c.name not in NOT_CARRIED
                       and (table.name, c.name) not in DERIVED]
            rows = conn.execute(text(
                f"SELECT {', '.join(c.name for c in columns)} FROM {table.name}"))
            out[table.name] = Counter(tuple(_natural(conn, c, value)
                                            for c, value in zip(columns, row, strict=True))
                                      for row in rows)
    return out


def _natural(conn: Connection, column: Column, value: object) -> object:
    """A foreign key as the natural key of the row it refers to."""
    if value is None or not column.foreign_keys:
        return value
    target = next(iter(column.foreign_keys)).column.table.name
    if target == "orders":
        return conn.execute(text("SELECT platform || ':' || number FROM orders WHERE id = :i"),
                            {"i": value}).scalar()
    if target == "accounts":
        return conn.execute(text("SELECT label FROM accounts WHERE id = :i"),
                            {"i": value}).scalar()
    if target in ("disputes", "order_items"):
        row = conn.execute(text(f"SELECT order_id, position FROM {target} WHERE id = :i"),
                           {"i": value}).one()
        return (_natural(conn, db.Evidence.__table__.c.order_id, row[0]), row[1])
    return value  # evidence_files: the SHA-256 is its own natural key


def test_export_then_import_brings_back_every_table(ctx: AppContext, tmp_path: Path) -> None:
    fill_every_table(ctx, tmp_path)
    original = portable_rows(ctx)
    assert all(original[t] for t in original), "every table holds something"
    out = tmp_path / "out" / "all.json"
    export_data(ctx, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["history"]["dispute_events"]) == 2 * len(original["disputes"])
    assert doc["history"]["settings"]["notify.thresholds"] == [7, 3, 1]

    copy = open_context(tmp_path / "copy" / "c.db", now=NOW)
    try:
        import_data(copy, out)
        assert portable_rows(copy) == original
        import_data(copy, out)  # a second import adds nothing
        assert portable_rows(copy) == original
        shas = [row[0] for row in original["evidence_files"]]
        assert shas and all(b"".join(copy.vault.read(sha)) == b"".join(ctx.vault.read(sha))
                            for sha in shas)
    finally:
        copy.close()


def test_imported_settings_never_override_this_computers(ctx: AppContext,
                                                         tmp_path: Path) -> None:
    data = write_data(tmp_path / "in", [full_order()], history={
        "settings": {"policy.path": "/elsewhere.toml", "notify.start_minimised": True,
                     "new.key": True}})
    with ctx.session() as session, session.begin():
        set_setting(session, POLICY_PATH, "/mine.toml")
    import_data(ctx, data)
    with ctx.session() as session:
        values = dict(session.execute(select(db.Setting.key, db.Setting.value)).all())
    # a key this version does not know is not imported
    assert values == {"policy.path": '"/mine.toml"', "notify.start_minimised": "true"}


@pytest.mark.parametrize(("history", "where", "message"), [
    ({"dispute_events": [{"order": "8187000000000001", "dispute": 5, "kind": "opened",
                          "at": "2026-03-02"}]}, "history.dispute_events[0].dispute",
     "no dispute 5"),
    ({"dispute_events": [{"order": "999", "dispute": 0, "kind": "opened", "at": "2026-03-02"}]},
     "history.dispute_events[0].order", "no order 999"),
    ({"dispute_events": [{"order": "8187000000000001", "dispute": 0, "kind": "opened",
                          "at": "soon"}]}, "history.dispute_events[0].at", "not an ISO 8601"),
    ({"notifications": [{"key": "k", "at": "2026-03-02"}]}, "history.notifications[0].event",
     "missing"),
    ({"notifications": "all of them"}, "history.notifications", "expected a list"),
    ({"photos": []}, "history.photos", "unknown field"),
])
def test_a_bad_history_entry_changes_nothing_and_says_where(
        ctx: AppContext, tmp_path: Path, history: dict, where: str, message: str) -> None:
    data = write_data(tmp_path / "in", [full_order()], history=history)
    with pytest.raises(UserError, match=message) as caught:
        import_data(ctx, data)
    assert caught.value.where.endswith(where)
    with ctx.session() as session:
        assert session.execute(select(db.Order)).first() is None


def test_an_export_refuses_evidence_that_changed_in_the_vault(ctx: AppContext,
                                                              tmp_path: Path) -> None:
    import_data(ctx, write_data(tmp_path / "in", [full_order()]))
    if ctx.store.engine.dialect.name == "postgresql":  # the vault is in the database
        shutil.rmtree(ctx.store.vault_dir, ignore_errors=True)  # the local cache
        with ctx.store.engine.begin() as conn:
            conn.execute(text("UPDATE vault_chunks SET data = 'bit rot'::bytea "
                              "WHERE blob_id = (SELECT MIN(id) FROM vault_blobs)"))
        expected = "damaged in the team database"
    else:
        stored = next(p for p in ctx.store.vault_dir.rglob("*")
                      if p.is_file() and p.name != ".lock")
        stored.chmod(0o600)
        stored.write_bytes(b"bit rot")
        expected = "has changed in the vault"
    out = tmp_path / "out" / "all.json"
    with pytest.raises(UserError, match=expected):
        export_data(ctx, out)
    assert not out.exists()
    assert not [p for p in out.parent.rglob("*") if p.name.endswith(".part")]
