"""Real databases: created and stamped when new, backed up then upgraded when old, refused with a
clear message when they are not ours or are newer than the app."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from aliassist.store import database
from aliassist.store.database import (
    StoreError,
    alembic_config,
    current_revision,
    head_revision,
)
from aliassist.store.opening import open_store, upgrade
from aliassist.store.repository import load_orders
from aliassist.store.schema import Base
from aliassist.store.vault import Vault
from tests.conftest import FIXTURES

FIXTURE_DBS = sorted(FIXTURES.glob("schema-*.db"))


def test_a_new_database_is_created_and_stamped(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new" / "a.db")
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert {"orders", "disputes", "evidence", "settings"} <= set(
                inspect(conn).get_table_names())
        assert store.vault_dir == tmp_path / "new" / "a-evidence"
        assert store.backups_dir == tmp_path / "new" / "a-backups"
    finally:
        store.close()


def test_the_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    from alembic import command

    store = database.Store(engine, str(engine.url), tmp_path / "m.db", tmp_path, "m")
    config = alembic_config(store)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_the_quick_head_matches_alembic() -> None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(database.MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == head_revision()


@pytest.mark.parametrize("fixture", FIXTURE_DBS, ids=[p.stem for p in FIXTURE_DBS])
def test_every_old_fixture_upgrades_and_keeps_its_data(tmp_path: Path, fixture: Path) -> None:
    db = tmp_path / fixture.name
    shutil.copyfile(fixture, db)
    shutil.copytree(fixture.with_name(f"{fixture.stem}-evidence"),
                    tmp_path / f"{fixture.stem}-evidence")
    store = open_store(db)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.session() as session:
            orders = {o.number: o for o in load_orders(session)}
        first, second = orders["8187000000000001"], orders["8187000000000002"]
        assert first.account == "me@example.com"
        assert [i.title for i in first.items] == ["USB-C cable", "Charger"]
        assert first.amount == 2599 and first.currency == "USD"
        assert first.extensions[0].days == 15
        assert first.note == "gift for Anna"
        assert second.protection_days == 60
        assert second.disputes[0].reason == "damaged"
        assert second.disputes[0].item == 0
        assert second.disputes[0].refund_amount == 700
        assert second.payments[0].kind == "partial_refund"
        evidence = second.evidence[0]
        assert evidence.name == "crack.jpg" and evidence.dispute == 0
        assert Vault(store.vault_dir).verify(evidence.sha256)
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.execute(text("SELECT COUNT(*) FROM dispute_events")).scalar() == 2
            assert conn.execute(text("SELECT COUNT(*) FROM notifications")).scalar() == 1
    finally:
        store.close()


def test_an_old_database_is_backed_up_before_it_is_upgraded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(FIXTURE_DBS[0], db)
    # A later release adds a migration: give the app a copy of its scripts with one more.
    scripts = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_test.py").write_text(
        f'revision = "9999"\ndown_revision = "{head_revision()}"\n'
        "branch_labels = None\ndepends_on = None\n"
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        "def upgrade():\n"
        "    op.add_column('orders', sa.Column('rating', sa.Integer(), nullable=True))\n\n"
        "def downgrade():\n    op.drop_column('orders', 'rating')\n", encoding="utf-8")
    monkeypatch.setattr(database, "MIGRATIONS", scripts)
    store = open_store(db, migrate=False)
    try:
        upgrade(store)
        assert current_revision(store.engine) == "9999"
    finally:
        store.close()
    backups = list((tmp_path / "old-backups").glob("*.db"))
    assert len(backups) == 1 and "before-migration-0001" in backups[0].name
    backup = sqlite3.connect(backups[0])
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT COUNT(*) FROM orders").fetchone() == (2,)
    backup.close()


def test_a_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    shutil.copyfile(FIXTURE_DBS[0], db)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer AliAssist"):
        open_store(db)


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my shopping list\n", encoding="utf-8")
    with pytest.raises(StoreError, match="not an AliAssist database"):
        open_store(db)
    assert db.read_text(encoding="utf-8") == "my shopping list\n"
    with pytest.raises(StoreError, match="folder"):
        open_store(tmp_path)


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not an AliAssist database"):
        open_store(db)


def test_a_sqlite_url_is_the_same_as_a_path(tmp_path: Path) -> None:
    store = open_store(url=f"sqlite:///{tmp_path / 'u.db'}")
    try:
        assert store.path == tmp_path / "u.db"
    finally:
        store.close()
    with pytest.raises(StoreError, match="not a database URL"):
        open_store(url="definitely not a url")


def test_upgrading_marks_the_dates_and_estimates_the_old_schema_could_not_say(
        tmp_path: Path) -> None:
    """Before migration 0002 a date-only value was stored as 00:00 in Shanghai (16:00 UTC) and
    an exporter's "Completed" order got its order date as receipt date: both are marked."""
    db = tmp_path / "old.db"
    shutil.copyfile(FIXTURE_DBS[0], db)
    shutil.copytree(FIXTURE_DBS[0].with_name(f"{FIXTURE_DBS[0].stem}-evidence"),
                    tmp_path / f"{FIXTURE_DBS[0].stem}-evidence")
    day = 1785340800  # 2026-07-30 00:00 in Shanghai
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO orders (platform, number, placed_at, confirmed_at, delivered_at, "
                 "status_text, tracking_status, tracking_updated_at) VALUES ('aliexpress', "
                 "'8187000000000003', ?, ?, ?, 'Completed', 'Delivered', ?)",
                 (day, day, day + 5 * 86400 + 3600, day + 5 * 86400 + 3600))
    conn.commit()
    conn.close()
    store = open_store(db)
    try:
        with store.session() as session:
            orders = {o.number: o for o in load_orders(session)}
    finally:
        store.close()
    imported = orders["8187000000000003"]
    assert imported.date_only == {"placed_at", "confirmed_at"}
    assert imported.confirmed_estimate == "order_status"
    assert imported.delivered_estimate == "tracking_update"
    typed = orders["8187000000000001"]  # 10:00 UTC: a time was given
    assert typed.date_only == frozenset() and typed.confirmed_estimate is None


# ---------------------------------------------------------------------------------------------
# The same migrations on PostgreSQL (a team database)


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    engine = create_engine(url)
    from alembic import command

    store = database.Store(engine, url, None, Path("."), "m")
    config = alembic_config(store)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def test_the_migrations_build_exactly_the_models_schema_on_postgresql(pg_url: str) -> None:
    _migrate(pg_url, "head")
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        kinds = {row[0]: row[1] for row in conn.execute(text(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'orders'"))}
    engine.dispose()
    assert diff == []
    assert kinds["placed_at"] == kinds["amount"] == "bigint"  # instants after 2038


def test_a_new_team_database_is_created_at_the_newest_schema(pg_url: str) -> None:
    store = open_store(url=pg_url)
    try:
        assert store.path is None
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        store.close()


def test_an_old_team_database_upgrades_and_keeps_its_data(pg_url: str) -> None:
    """The 0001 fixture's rows, put into a PostgreSQL database built by migration 0001, come
    through every later migration (0002's marks of date-only values included)."""
    _migrate(pg_url, "0001")
    source = create_engine(f"sqlite:///{FIXTURE_DBS[0]}")
    target = create_engine(pg_url)
    tables = [t for t in Base.metadata.sorted_tables
              if t.name not in ("mail_events", "vault_blobs", "vault_chunks")]
    with source.connect() as old, target.begin() as new:
        for table in tables:
            rows = [dict(r._mapping) for r in old.execute(text(f"SELECT * FROM {table.name}"))]
            if rows:
                new.execute(text(f"INSERT INTO {table.name} ({', '.join(rows[0])}) VALUES "
                                 f"({', '.join(':' + c for c in rows[0])})"), rows)
            if "id" in table.c:
                new.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                 f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"))
        day = 1785340800  # 2026-07-30 00:00 in Shanghai
        new.execute(text(
            "INSERT INTO orders (platform, number, placed_at, confirmed_at, status_text) "
            "VALUES ('aliexpress', '8187000000000003', :day, :day, 'Completed')"),
            {"day": day})
    source.dispose()
    target.dispose()
    store = open_store(url=pg_url)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.session() as session:
            orders = {o.number: o for o in load_orders(session)}
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM dispute_events")).scalar() == 2
    finally:
        store.close()
    first, second = orders["8187000000000001"], orders["8187000000000002"]
    assert first.account == "me@example.com"
    assert [i.title for i in first.items] == ["USB-C cable", "Charger"]
    assert first.extensions[0].days == 15 and first.note == "gift for Anna"
    assert second.disputes[0].refund_amount == 700 and second.disputes[0].item == 0
    assert second.evidence[0].name == "crack.jpg" and second.evidence[0].dispute == 0
    assert orders["8187000000000003"].date_only == {"placed_at", "confirmed_at"}
    assert orders["8187000000000003"].confirmed_estimate == "order_status"


# ---------------------------------------------------------------------------------------------
# A new database is made from the models and stamped (alembic's way for a new database), not by
# running every migration: it must be the database the migrations make, on both engines


def _schema(url: str) -> dict[str, object]:
    """Everything a database's schema says, engine-neutral where the inspector is: each table's
    columns (type, nullability, default; by name: a migration adds a column at the end), keys,
    constraints and indexes by name, the version stamped, and on PostgreSQL the triggers and
    their function."""
    engine = create_engine(url)
    out: dict[str, object] = {}
    with engine.connect() as conn:
        found = inspect(conn)
        for table in sorted(found.get_table_names()):
            out[table] = {
                "columns": sorted((c["name"], str(c["type"]), c["nullable"],
                                   str(c.get("default"))) for c in found.get_columns(table)),
                "primary key": found.get_pk_constraint(table),
                "unique": sorted((u["name"], tuple(u["column_names"]))
                                 for u in found.get_unique_constraints(table)),
                "indexes": sorted((i["name"], tuple(i["column_names"]), i["unique"],
                                   _predicate(i)) for i in found.get_indexes(table)),
                "foreign keys": sorted(
                    (f["name"], tuple(f["constrained_columns"]), f["referred_table"],
                     tuple(f["referred_columns"]), tuple(sorted(f["options"].items())))
                    for f in found.get_foreign_keys(table)),
            }
        out["version"] = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        if conn.dialect.name == "postgresql":
            out["triggers"] = sorted(conn.execute(text(
                "SELECT c.relname, t.tgname, t.tgtype, p.proname, p.prosrc FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
                "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
            )).all())
            out["sequences"] = sorted(conn.execute(text(
                "SELECT sequence_name, data_type FROM information_schema.sequences "
                "WHERE sequence_schema = current_schema()")).all())
        else:
            out["application_id"] = conn.exec_driver_sql("PRAGMA application_id").scalar()
    engine.dispose()
    return out


def _predicate(index: Any) -> str | None:
    """A partial index's WHERE, as the engine reflects it (None: the index holds every row)."""
    options = index.get("dialect_options", {})
    return next((str(v) for k, v in sorted(options.items()) if k.endswith("_where")), None)


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_new_database_equals_one_the_migrations_built(
        engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if engine == "sqlite":
        created, migrated = f"sqlite:///{tmp_path / 'new.db'}", f"sqlite:///{tmp_path / 'm.db'}"
    else:
        cluster = request.getfixturevalue("pg_cluster")
        schemas = [cluster.new_schema(), cluster.new_schema()]
        request.addfinalizer(lambda: [cluster.drop_schema(s) for s in schemas])
        created, migrated = (cluster.url(s) for s in schemas)
    open_store(url=created).close()  # new: made from the models, then stamped
    _migrate(migrated, "head")  # every migration from the first
    if engine == "sqlite":  # what opening adds to a file, whichever way it was made
        open_store(url=migrated).close()
    made, built = _schema(created), _schema(migrated)
    assert made["version"] == [(head_revision(),)]
    assert "orders" in made and (engine == "sqlite" or made["triggers"])
    assert made == built


def _order_indexes(url: str) -> dict[str, str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        found = dict(conn.execute(text(
            "SELECT indexname, regexp_replace(indexdef, ' ON \\S+\\.', ' ON ') FROM pg_indexes "
            "WHERE schemaname = current_schema() AND tablename = 'orders'")).all())
    engine.dispose()
    return found


def test_0008_makes_the_account_and_assignee_indexes_partial_on_postgresql_and_back(
        pg_url: str) -> None:
    """Up: the two indexes hold only orders with an account / an assignee, and a lookup by
    either still uses its index; down: the full indexes of 0007 again, and nothing else
    changed."""
    _migrate(pg_url, "0007")
    before = _order_indexes(pg_url)
    _migrate(pg_url, "0008")
    after = _order_indexes(pg_url)
    assert after == {**before,
                     "ix_orders_account_id": before["ix_orders_account_id"]
                     + " WHERE (account_id IS NOT NULL)",
                     "ix_orders_assignee": before["ix_orders_assignee"]
                     + " WHERE (assignee IS NOT NULL)"}
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        for column, value in (("assignee", "'anna'"), ("account_id", "7")):
            plan = "\n".join(conn.execute(text(
                f"EXPLAIN SELECT id FROM orders WHERE {column} = {value}")).scalars())
            assert f"ix_orders_{column}" in plan, plan
    engine.dispose()
    _migrate(pg_url, "0007", down=True)
    assert _order_indexes(pg_url) == before


def test_the_models_leave_postgresql_s_dialect_to_a_team_database() -> None:
    """Naming PostgreSQL's WHERE of the partial indexes loads SQLAlchemy's PostgreSQL dialect
    (18 ms): the models name it only when a team database's engine is made, and then its
    indexes are partial there too."""
    code = """
import sys
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex
from aliassist.store import schema
print("sqlalchemy.dialects.postgresql" in sys.modules)
schema.with_server_options()
schema.with_server_options()
from sqlalchemy.dialects import postgresql
for index in sorted(schema.Order.__table__.indexes, key=lambda i: str(i.name)):
    for dialect in (postgresql.dialect(), sqlite.dialect()):
        print(CreateIndex(index).compile(dialect=dialect))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    where = " WHERE {} IS NOT NULL"
    assert done.stdout.splitlines() == [
        "False",
        *["CREATE INDEX ix_orders_account_id ON orders (account_id)" + where.format(
            "account_id")] * 2,
        *["CREATE INDEX ix_orders_assignee ON orders (assignee)" + where.format("assignee")] * 2,
        *["CREATE INDEX ix_orders_placed_at ON orders (placed_at)"] * 2]


def _changes_nothing_but_the_version(url: str, before: str, after: str) -> None:
    """Migrating `url` from revision `before` to `after` leaves its schema as it was, but for
    the version stamped."""
    _migrate(url, before)
    was = _schema(url)
    _migrate(url, after)
    now = _schema(url)
    assert now.pop("version") == [(after,)]
    was.pop("version")
    assert now == was


def test_0008_changes_nothing_on_sqlite(tmp_path: Path) -> None:
    _changes_nothing_but_the_version(f"sqlite:///{tmp_path / 'm.db'}", "0007", "0008")


def _sqlite_order_indexes(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                  "AND tbl_name = 'orders' AND sql IS NOT NULL").fetchall())
    conn.close()
    return found


def test_0009_makes_the_account_and_assignee_indexes_partial_on_sqlite_and_back(
        tmp_path: Path) -> None:
    """Up: the two indexes hold only orders with an account / an assignee, and a lookup by
    either (the foreign key's SET NULL included) still uses its index; down: the full indexes
    of 0008 again."""
    db = tmp_path / "m.db"
    url = f"sqlite:///{db}"
    _migrate(url, "0008")
    before = _sqlite_order_indexes(db)
    _migrate(url, "0009")
    after = _sqlite_order_indexes(db)
    assert after == {**before,
                     "ix_orders_account_id": before["ix_orders_account_id"]
                     + " WHERE account_id IS NOT NULL",
                     "ix_orders_assignee": before["ix_orders_assignee"]
                     + " WHERE assignee IS NOT NULL"}
    with sqlite3.connect(db) as conn:
        for column, value in (("assignee", "'anna'"), ("account_id", "7")):
            plan = " ".join(str(r[-1]) for r in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT id FROM orders WHERE {column} = {value}"))
            assert f"ix_orders_{column}" in plan, plan
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("INSERT INTO accounts (id, label, platform) VALUES (7, 'me', 'aliexpress')")
        conn.execute("INSERT INTO orders (platform, number, placed_at, account_id) "
                     "VALUES ('aliexpress', '1', 0, 7), ('aliexpress', '2', 0, NULL)")
        conn.execute("DELETE FROM accounts WHERE id = 7")
        assert conn.execute("SELECT account_id FROM orders").fetchall() == [(None,), (None,)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    _migrate(url, "0008", down=True)
    assert _sqlite_order_indexes(db) == before


def test_0009_changes_nothing_on_postgresql(pg_url: str) -> None:
    _changes_nothing_but_the_version(pg_url, "0008", "0009")
