"""`aliassist import` as its own process reads the rows in a forked child while it writes them
(services/forked_import.py): the orders stored, the report and every message are what one
process gives, whatever the file holds -- repeated rows, orders whose rows come apart across
batches, rows that disagree, numbers a spreadsheet cut, orders stored before -- and a child
that dies or a file the child cannot finish leaves the import to this process."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aliassist.cli import run
from aliassist.services.forked_worker import can_fork
from aliassist.services.imports import WRITE_BATCH
from tests.forks import FORK_COUNTING_ENTRY
from tests.pg import Cluster

NOW = "2026-11-21T12:00:00Z"
HEADER = ["Order ID", "Order Date", "Status", "Product Title", "Product Link", "Currency",
          "Price", "Store Name", "Store Link"]
#: the order stored before the import, which the file names again
STORED = "8187000000900001"


def row(number: str, day: str = "Nov 02, 2026", title: str = "Cable", price: str = "3.50",
        store: str = "Bright Store", status: str = "Awaiting delivery") -> list[str]:
    return [number, day, status, title, f"https://www.aliexpress.com/item/{number}.html",
            "US", price, store, "https://www.aliexpress.com/store/1"]


def tricky_rows() -> list[list[str]]:
    """More than three batches of orders, and every case the writer and the grouping meet."""
    rows: list[list[str]] = []
    orders = 3 * WRITE_BATCH + 250
    for n in range(orders):
        number = f"81870000{n:08d}"
        rows.append(row(number, title=f"Item {n}", price=f"{1 + n % 90}.{n % 100:02d}"))
        if n % 7 == 0:  # a second item
            rows.append(row(number, title=f"Part {n}", price="0.99"))
        if n % 501 == 0:  # a repeated row
            rows.append(list(rows[-1]))
        if n % 613 == 0:  # another date within the order's own rows
            rows.append(row(number, day="Nov 03, 2026", title="Late"))
        if n % 677 == 0:  # another store within the order's own rows
            rows.append(row(number, title="Elsewhere", store="Other Store"))
    # Orders whose rows come apart: more rows of early orders, after their batch was written;
    # one giving another date, one another store, one repeating an item, one starting a group
    # whose second row disagrees (its first line is known to the writer only).
    rows.append(row("8187000000000003", title="Came later", price="2.00"))
    rows.append(row("8187000000000004", day="Nov 09, 2026", title="Later, other date"))
    rows.append(row("8187000000000005", title="Later, other store", store="Far Store"))
    rows.append(row("8187000000000006", title="Item 6", price="7.06"))
    rows.append(row("8187000000000008", title="Again"))
    rows.append(row("8187000000000008", day="Nov 04, 2026", title="Again, other date"))
    # the order stored before: a newer status and one more item
    rows.append(row(STORED, status="Completed", title="Stored item"))
    rows.append(row(STORED, status="Completed", title="New item"))
    # numbers a spreadsheet may have cut, a bad date, a missing number
    rows.append(row("8187000000123000", title="Zero tail"))
    rows.append(row("8187000000124000", title="Zero tail 2"))
    rows.append(row("8187000000900002", day="Febtember 40, 2026"))
    rows.append(row(""))
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        out.writerows(rows)
    return path


def new_db(folder: Path) -> list[str]:
    """The options naming a new SQLite database that holds the order STORED (imported before
    the file)."""
    return holding_stored(["--db", str(folder / "orders.db")], folder)


def holding_stored(where: list[str], folder: Path) -> list[str]:
    """`where` (a database's options) once it holds the order STORED."""
    folder.mkdir()
    first = write_csv(folder / "before.csv", [row(STORED, title="Stored item")])
    assert in_process(where, "import", str(first))[0] == 0
    return where


def in_process(where: list[str], *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run([*where, "--now", NOW, *args], out, err)
    return code, out.getvalue(), err.getvalue()


#: the app as a process that is not the command line's own (a test calling in): it never
#: forks, and it starts as fresh as the forking one (no locale or language left by other tests)
ONE_PROCESS = """
import sys
from aliassist.app import run
sys.exit(run(sys.argv[1:]))
"""


def one_process(where: list[str], *args: str) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-c", ONE_PROCESS, *where, "--now", NOW, *args],
                          capture_output=True, text=True, timeout=300, check=False)
    return done.returncode, done.stdout, done.stderr


def as_process(where: list[str], *args: str, **env: str) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-c", FORK_COUNTING_ENTRY, *where, "--now", NOW,
                           *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env}, check=False)
    return done.returncode, done.stdout, done.stderr


ORDERS_SQL = ("SELECT id, number, placed_at, store, status_text, delivery_status, "
              "confirmed_at, amount, currency, date_only, confirmed_estimate, version "
              "FROM orders ORDER BY id")
ITEMS_SQL = ("SELECT order_id, position, title, url, quantity, price FROM order_items "
             "ORDER BY order_id, position")


def stored(where: list[str]) -> tuple[list[tuple], list[tuple]]:
    """Every order and item as stored, without the moment of the import."""
    if where[0] == "--database-url":
        from sqlalchemy import create_engine, text

        engine = create_engine(where[1])
        try:
            with engine.connect() as conn:
                return ([tuple(r) for r in conn.execute(text(ORDERS_SQL))],
                        [tuple(r) for r in conn.execute(text(ITEMS_SQL))])
        finally:
            engine.dispose()
    conn = sqlite3.connect(where[1])
    try:
        return conn.execute(ORDERS_SQL).fetchall(), conn.execute(ITEMS_SQL).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def tricky_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_csv(tmp_path_factory.mktemp("file") / "orders.csv", tricky_rows())


def test_the_process_stores_and_says_what_one_process_does(tricky_file: Path,
                                                           tmp_path: Path) -> None:
    one, own = new_db(tmp_path / "one"), new_db(tmp_path / "own")
    code, out, _ = one_process(one, "import", str(tricky_file))
    own_code, own_out, own_err = as_process(own, "import", str(tricky_file))
    assert own_code == code, own_err[-2000:]
    assert own_out.splitlines() == out.splitlines()
    assert f"forks: {1 if can_fork() else 0}" in own_err
    assert stored(own) == stored(one)
    said = out.splitlines()
    # every kind of refusal was met, on both sides of the fork
    for reason in ("a duplicated row", "one order has one date", "one order has one store",
                   "ends in zeros past its 15th digit", "order number is missing"):
        assert any(reason in line for line in said), reason
    assert "0 updated" not in said[0]  # the order stored before was updated


@pytest.mark.parametrize("kept_at", [30, 1700, None])
def test_what_the_file_says_of_its_numbers_reaches_the_grouping_row_by_row(
        tmp_path: Path, kept_at: int | None) -> None:
    """Numbers a spreadsheet may have cut wait until the file tells: the child reads, this
    process groups, and each row is grouped knowing what the rows before it said, wherever in
    a chunk the file tells (a number keeping its 16th digit after a few of them, after enough
    to settle it, or never)."""
    rows = []
    for n in range(2 * WRITE_BATCH):
        zero = n != kept_at and (kept_at is None or n < kept_at or n % 3 == 0)
        number = f"8187{n:011d}0" if zero else f"8187{n:011d}7"
        rows.append(row(number, title=f"Item {n}"))
        if n % 11 == 0:  # a second row of the order
            rows.append(row(number, title=f"Part {n}"))
    path = write_csv(tmp_path / "numbers.csv", rows)
    one, own = new_db(tmp_path / "one"), new_db(tmp_path / "own")
    code, out, _ = one_process(one, "import", str(path), "--json")
    own_code, own_out, own_err = as_process(own, "import", str(path), "--json")
    assert own_code == code, own_err[-2000:]
    assert json.loads(own_out) == json.loads(out)
    assert f"forks: {1 if can_fork() else 0}" in own_err
    assert stored(own) == stored(one)


def test_a_number_mangled_on_the_last_line_settles_the_numbers_waiting(tmp_path: Path
                                                                      ) -> None:
    """A row the child refuses changes what the file says of its numbers too: one number
    ending in zeros waits to the end, where a mangled number on the last line shows the
    spreadsheet cut it."""
    rows = [row("8187000000123000", title="Zero tail")]
    rows += [row(f"81870{n:010d}", title=f"Item {n}") for n in range(2 * WRITE_BATCH)]
    rows.append(row("8.187E+15", title="Mangled"))
    path = write_csv(tmp_path / "numbers.csv", rows)
    one, own = new_db(tmp_path / "one"), new_db(tmp_path / "own")
    code, out, _ = one_process(one, "import", str(path))
    own_code, own_out, own_err = as_process(own, "import", str(path))
    assert own_code == code, own_err[-2000:]
    assert own_out.splitlines() == out.splitlines()
    assert any("8187000000123000" in line and "as does every long order number" in line
               for line in out.splitlines())
    assert stored(own) == stored(one)


def test_the_json_report_is_the_same(tricky_file: Path, tmp_path: Path) -> None:
    one, own = new_db(tmp_path / "one"), new_db(tmp_path / "own")
    code, out, _ = one_process(one, "import", str(tricky_file), "--json")
    own_code, own_out, own_err = as_process(own, "import", str(tricky_file), "--json")
    assert own_code == code == 1, own_err[-2000:]
    assert json.loads(own_out) == json.loads(out)
    assert json.loads(out)["imported"] > 3 * WRITE_BATCH  # more batches than one


def test_a_dry_run_writes_nothing(tricky_file: Path, tmp_path: Path) -> None:
    own = new_db(tmp_path / "own")
    before = stored(own)
    code, out, err = as_process(own, "import", str(tricky_file), "--dry-run")
    assert code == 1 and "would import" in out and "nothing was written" in err
    assert stored(own) == before


def test_a_child_that_dies_leaves_the_import_to_the_process(tricky_file: Path,
                                                             tmp_path: Path) -> None:
    one, own = new_db(tmp_path / "one"), new_db(tmp_path / "own")
    code, out, _ = one_process(one, "import", str(tricky_file))
    own_code, own_out, own_err = as_process(own, "import", str(tricky_file),
                                            ALIASSIST_TEST_CHILD_DIES="1")
    assert own_code == code, own_err[-2000:]
    assert own_out.splitlines() == out.splitlines()
    assert stored(own) == stored(one)


def test_dates_the_child_cannot_read_are_asked_about_as_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "ambiguous.csv"
    path.write_text("Order ID,Order Date,Price,Currency\n"
                    + "".join(f"81870000{n:08d},03/0{1 + n % 9}/2026,1.00,USD\n"
                              for n in range(3 * WRITE_BATCH)), encoding="utf-8")
    one, own = new_db(tmp_path / "one"), new_db(tmp_path / "own")
    args = ("import", str(path), "--map", "number=Order ID", "--map", "placed_at=Order Date",
            "--map", "price=Price", "--map", "currency=Currency")
    code, out, err = one_process(one, *args)
    own_code, own_out, own_err = as_process(own, *args)
    assert code == own_code == 2
    assert own_out == out and err.strip() in own_err
    assert "--dates" in err
    assert stored(own) == stored(one)


def test_a_team_database_gets_what_one_process_writes(tricky_file: Path, tmp_path: Path,
                                                      pg_cluster: Cluster) -> None:
    """On PostgreSQL the batches the child sends are written (with COPY) by this process
    alone: the child never writes, not even on the thread one process uses for a server."""
    schemas = [pg_cluster.new_schema() for _ in range(2)]
    try:
        one, own = (holding_stored(["--database-url", pg_cluster.url(schema)], tmp_path / name)
                    for schema, name in zip(schemas, ("one", "own"), strict=True))
        code, out, _ = one_process(one, "import", str(tricky_file), "--json")
        own_code, own_out, own_err = as_process(own, "import", str(tricky_file), "--json")
        assert (own_code, json.loads(own_out)) == (code, json.loads(out)), own_err[-2000:]
        assert f"forks: {1 if can_fork() else 0}" in own_err
        assert stored(own) == stored(one)
    finally:
        for schema in schemas:
            pg_cluster.drop_schema(schema)


def test_a_system_without_fcntl_leaves_the_pipe_as_it_is(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """The command line loads this module on every system (Windows has no fcntl): the pipe is
    widened where it can be, and left as it is elsewhere."""
    from aliassist.services import forked_import

    receive, send = os.pipe()
    try:
        monkeypatch.setitem(sys.modules, "fcntl", None)  # `import fcntl` fails, as on Windows
        forked_import._widen(send)
        monkeypatch.undo()
        if sys.platform.startswith("linux"):
            import fcntl

            before = fcntl.fcntl(send, fcntl.F_GETPIPE_SZ)
            assert before < forked_import._PIPE_BYTES
            forked_import._widen(send)
            allowed = int(Path("/proc/sys/fs/pipe-max-size").read_text())
            widened = os.geteuid() == 0 or allowed >= forked_import._PIPE_BYTES
            assert fcntl.fcntl(send, fcntl.F_GETPIPE_SZ) == (
                forked_import._PIPE_BYTES if widened else before)
    finally:
        os.close(receive)
        os.close(send)


def test_a_message_cut_short_on_the_pipe_leaves_the_import_to_the_process() -> None:
    import marshal

    from aliassist.services import forked_import

    whole = marshal.dumps(("expect", 5000))
    frame = forked_import._LENGTH.pack(len(whole)) + whole
    assert forked_import._receive(io.BytesIO(frame)) == ("expect", 5000)
    for cut in (frame[:3], frame[:-1], b""):
        with pytest.raises(forked_import.ChildReadError, match="stopped early"):
            forked_import._add_what_comes(io.BytesIO(cut), None, None,  # type: ignore[arg-type]
                                          None)
