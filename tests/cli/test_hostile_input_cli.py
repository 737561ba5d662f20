"""Hostile input on the command line: a `--db` that is not a file, column maps that are not
numbers, and text that would drive the terminal. Each gets a clear message, never a traceback,
and changes nothing."""

from __future__ import annotations

import io
import json
import os
import socket
import stat
import zipfile
from pathlib import Path

import pytest

from aliassist.cli import run
from aliassist.domain import records as rec
from aliassist.services.context import AppContext
from aliassist.services.evidence import attach_files
from aliassist.services.orders import save_order_record
from tests.conftest import FIXTURES, NOW

ESCAPES = ("\x1b]0;pwned\x07", "\x1b[2J", "\x9b31m", "\x9d8;;https://evil\x9c", "\r\x08",
           "\u202e")


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def special_files(tmp_path: Path) -> list[Path]:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    sock_path = tmp_path / "sock.db"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    sock.close()
    found = [fifo, sock_path, tmp_path]
    if os.geteuid() == 0:  # a device like /dev/null, made here so the real one is never risked
        null = tmp_path / "null"
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        found.append(null)
    return found


def test_db_that_is_a_device_pipe_socket_or_folder_is_refused(tmp_path: Path) -> None:
    for path in special_files(tmp_path):
        before = path.lstat()
        code, out, err = cli("--db", str(path), "orders")
        assert code == 2, (path, err)
        assert str(path) in err and ("not a database file" in err or "folder" in err), err
        assert "Traceback" not in err and out == ""
        after = path.lstat()
        assert (after.st_mode, after.st_uid) == (before.st_mode, before.st_uid), path
        assert not path.with_name(path.name + "-journal").exists()
        assert not path.with_name(path.name + "-wal").exists()


@pytest.mark.parametrize("column", ["#²", "#" + "9" * 5000, "#0", "#99", "#-1", "#１"])
def test_a_column_map_that_is_not_a_column_is_a_clear_error(db_path: Path, column: str) -> None:
    path = FIXTURES / "imports" / "other-tool.csv"
    code, out, err = cli("--db", str(db_path), "import", str(path), "--map", f"number={column}",
                         "--map", "placed_at=Datum")
    assert code == 2 and out == "", err
    assert "--map" in err and "no column" in err and "Traceback" not in err
    assert len(err) < 1000


# ---------------------------------------------------------------------------------------------
# Escape sequences


@pytest.fixture
def spoofed_order(ctx: AppContext, tmp_path: Path) -> int:
    bad = "".join(ESCAPES)
    order = rec.Order("8187000000000077", NOW.replace(month=10, day=1),
                      store=f"Shop{bad}", delivered_at=NOW.replace(month=11, day=2),
                      delivery_status="delivered", amount=1000, currency="USD",
                      items=(rec.Item(f"Lamp{bad}", quantity=1, price=1000),),
                      disputes=(rec.Dispute("damaged", "open", item=0,
                                            opened_at=NOW.replace(day=19),
                                            description=f"Cracked base{bad} photos attached"),))
    order_id = save_order_record(ctx, order)
    photo = tmp_path / f"box{bad[:4]}.jpg"
    from PIL import Image

    Image.new("RGB", (32, 32), "red").save(photo, format="JPEG")
    attach_files(ctx, order_id, [photo], kind="own_photo", note=f"note{bad}")
    return order_id


def assert_inert(text: str) -> None:
    for char in ("\x1b", "\x07", "\x9b", "\x9c", "\x9d", "\r", "\x08", "\u202e"):
        assert char not in text, (char, text)


def test_titles_and_store_names_cannot_drive_the_terminal(
        ctx: AppContext, spoofed_order: int, db_path: Path, tmp_path: Path) -> None:
    base = ("--db", str(db_path), "--now", "2026-11-21T12:00:00Z")
    for argv in (("orders",), ("evidence", "8187000000000077"),
                 ("dispute", "draft", "8187000000000077", "--reason", "damaged", "--item", "0",
                  "--text", "The lamp base arrived cracked \x1b]0;x\x07 in two places."),
                 ("dispute", "list", "8187000000000077"), ("orders", "--json"),
                 ("evidence", "8187000000000077", "--json")):
        code, out, err = cli(*base, *argv)
        assert code in (0, 1), (argv, err)
        assert_inert(out)
        assert_inert(err)
        if "list" not in argv:  # shown as text (or a JSON escape), not dropped silently
            assert "\\x1b" in out or "\\u001b" in out, argv
    code, out, _ = cli(*base, "orders", "--json")
    stores = [o["store"] for o in json.loads(out)]
    assert stores == [f"Shop{''.join(ESCAPES)}"]  # JSON still carries the data exactly


def test_message_txt_and_verify_packet_are_inert(ctx: AppContext, spoofed_order: int,
                                                 db_path: Path, tmp_path: Path) -> None:
    packet = tmp_path / "p.zip"
    code, _, err = cli("--db", str(db_path), "--now", "2026-11-21T12:00:00Z", "packet",
                       "8187000000000077", "--dispute", "1", "--out", str(packet), "--force")
    assert code == 0, err
    with zipfile.ZipFile(packet) as z:
        message = z.read("message.txt").decode("utf-8")
        names = z.namelist()
    assert_inert(message)
    assert "Cracked base" in message
    for name in names:
        assert_inert(name)
    with zipfile.ZipFile(packet, "a") as z:  # a hostile extra entry
        z.writestr("evidence/\x1b]0;pwned\x07.jpg", b"x")
    code, out, err = cli("verify-packet", str(packet))
    assert code == 1
    assert_inert(out)
    assert "EXTRA" in out and "\\x1b" in out


def test_wipe_never_deletes_a_device_pipe_or_socket(tmp_path: Path) -> None:
    for path in special_files(tmp_path):
        if path.is_dir():
            continue
        code, _, err = cli("--db", str(path), "wipe", "--yes")
        assert code == 2 and "not a database file" in err, err
        assert path.exists() or path.is_symlink()
