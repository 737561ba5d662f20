"""Which orders changed, told to every open window of a team database (PostgreSQL
LISTEN/NOTIFY): after each statement that writes an order or a row of one (its items,
extensions, disputes and their steps, payments, evidence), a trigger sends the ids of the
orders it touched on the channel CHANNEL, as "12,57,903" ("*" when the list would not fit a
notification: reload everything). PostgreSQL delivers a notification when the transaction
commits, and not at all when it rolls back. Statement-level triggers with transition tables: a
bulk import of 100,000 orders sends a handful of notifications, not one per row.

The SQL here is made by migration 0007 on an upgraded database and by `install` on a new one.
"""

from __future__ import annotations

from typing import Any

CHANNEL = "aliassist_orders"
#: the payload's limit is 8000 bytes; longer lists become "*"
MAX_PAYLOAD = 7900
#: table -> how a changed row names its order
TABLES = {
    "orders": "SELECT string_agg(DISTINCT id::text, ',') FROM changed",
    "order_items": "SELECT string_agg(DISTINCT order_id::text, ',') FROM changed",
    "extensions": "SELECT string_agg(DISTINCT order_id::text, ',') FROM changed",
    "disputes": "SELECT string_agg(DISTINCT order_id::text, ',') FROM changed",
    "payments": "SELECT string_agg(DISTINCT order_id::text, ',') FROM changed",
    "evidence": "SELECT string_agg(DISTINCT order_id::text, ',') FROM changed",
    "dispute_events": "SELECT string_agg(DISTINCT d.order_id::text, ',') FROM changed c "
                      "JOIN disputes d ON d.id = c.dispute_id",
}


def function_sql() -> str:
    branches = "\n  ".join(
        f"{'IF' if n == 0 else 'ELSIF'} TG_TABLE_NAME = '{table}' THEN {query} INTO ids;"
        for n, (table, query) in enumerate(TABLES.items()))
    return f"""CREATE OR REPLACE FUNCTION aliassist_orders_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE ids text;
BEGIN
  {branches}
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM pg_notify('{CHANNEL}', CASE WHEN length(ids) > {MAX_PAYLOAD} THEN '*' ELSE ids END);
  END IF;
  RETURN NULL;
END $$"""


def trigger_sql() -> list[str]:
    out = []
    for table in TABLES:
        for event, rows in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            out.append(f"CREATE TRIGGER aliassist_{table}_{event.lower()} AFTER {event} ON "
                       f"{table} REFERENCING {rows} TABLE AS changed FOR EACH STATEMENT "
                       "EXECUTE FUNCTION aliassist_orders_changed()")
    return out


def drop_sql() -> list[str]:
    return [*(f"DROP TRIGGER IF EXISTS aliassist_{table}_{event} ON {table}"
              for table in TABLES for event in ("insert", "update", "delete")),
            "DROP FUNCTION IF EXISTS aliassist_orders_changed()"]


def install(conn: Any) -> None:
    """Create the function and triggers (PostgreSQL only; a no-op elsewhere)."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(function_sql())
    for statement in trigger_sql():
        conn.exec_driver_sql(statement)


def parse_payload(payload: str) -> frozenset[int] | None:
    """The order ids a notification names; None for "everything" ("*", or what cannot be
    read)."""
    try:
        return frozenset(int(p) for p in payload.split(",") if p)
    except ValueError:
        return None
