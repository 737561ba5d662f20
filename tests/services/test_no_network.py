"""The app opens no network connection, ever. The main flows run with sockets forbidden: every
Python-level socket, name lookup and URL opening raises (an audit hook, so nothing can go around
it); and the same flows in a child process under strace show no socket() call at all, which
covers Qt's and SQLite's native code too."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aliassist.cli import run
from tests.cli.test_cli import cli
from tests.damage import fill

NETWORK_EVENTS = (
    "socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr",
    "socket.getnameinfo", "socket.sendto", "socket.sendmsg", "urllib.Request",
    "http.client.connect", "ftplib.connect", "smtplib.connect", "imaplib.open",
    "poplib.connect", "webbrowser.open",
)
_forbidden = False
_attempts: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if _forbidden and event in NETWORK_EVENTS:
        _attempts.append(f"{event}{args!r}")
        raise PermissionError(f"network use during a test that forbids it: {event}")


sys.addaudithook(_audit)  # audit hooks cannot be removed: it only acts while _forbidden


@pytest.fixture
def no_network() -> Iterator[list[str]]:
    global _forbidden
    _attempts.clear()
    _forbidden = True
    try:
        yield _attempts
    finally:
        _forbidden = False
    if _attempts:
        pytest.fail(f"the app tried to use the network: {_attempts}")


def test_the_guard_really_forbids_sockets(no_network: list[str]) -> None:
    import socket

    with pytest.raises(PermissionError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(PermissionError):
        socket.getaddrinfo("example.com", 443)
    no_network.clear()  # those two were this test's own


def test_the_command_line_flows_use_no_network(no_network: list[str], tmp_path: Path) -> None:
    db = tmp_path / "data" / "a.db"
    fill(db, 20)
    out = tmp_path / "out" / "all.json"
    for argv in (["orders", "--json"], ["due", "--within", "30"], ["export-data", str(out)],
                 ["backup"], ["backups", "--json"], ["verify-data"], ["restore", "latest"]):
        code, _, err = cli("--db", str(db), *argv)
        assert code == 0, (argv, err)
    code, stdout, err = cli("--db", str(tmp_path / "b.db"), "import-data", str(out), "--json")
    assert code == 0 and json.loads(stdout)["created"] == 20, err
    assert cli("--db", str(tmp_path / "b.db"), "wipe", "--yes")[0] == 0


def test_the_window_uses_no_network(qtbot, no_network: list[str],  # type: ignore[no-untyped-def]
                                    db_path: Path) -> None:
    from aliassist.gui.main_window import MainWindow
    from aliassist.gui.settings.settings_dialog import SettingsDialog
    from aliassist.services.context import open_context

    fill(db_path, 20)
    ctx = open_context(db_path)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        settings = SettingsDialog(ctx, window)
        settings.show()
        qtbot.wait(300)
        settings.reject()
        window.reload()
        assert window.model.rowCount() == 20
    finally:
        ctx.close()


PROBE = r"""
import sys
from pathlib import Path
from aliassist.cli import run
db = Path(sys.argv[1])
data = Path(sys.argv[2])
assert run(["--db", str(db), "import-data", str(data)]) == 0
for argv in (["orders"], ["due"], ["export-data", str(db.parent / "out.json")], ["backup"]):
    assert run(["--db", str(db), *argv]) == 0, argv
from aliassist.gui.launch import make_application
from aliassist.gui.main_window import MainWindow
from aliassist.gui.settings.settings_dialog import SettingsDialog
from aliassist.services.context import open_context
from PySide6.QtCore import QTimer
app = make_application()
ctx = open_context(db)
window = MainWindow(ctx)
window.show()
SettingsDialog(ctx, window).show()
QTimer.singleShot(1000, app.quit)
app.exec()
ctx.close()
"""


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_no_socket_is_opened_even_by_native_code(tmp_path: Path) -> None:
    db = tmp_path / "data" / "a.db"
    fill(tmp_path / "src" / "s.db", 20)
    assert run(["--db", str(tmp_path / "src" / "s.db"), "export-data",
                str(tmp_path / "src" / "all.json")]) == 0
    log = tmp_path / "strace.log"
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
         sys.executable, "-c", PROBE, str(db), str(tmp_path / "src" / "all.json")],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if "ptrace" in result.stderr and result.returncode != 0:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()[:200]}")
    assert result.returncode == 0, result.stderr
    calls = [line for line in log.read_text().splitlines()
             if re.search(r"\b(socket|connect)\(", line)]
    network = [line for line in calls if "AF_UNIX" not in line and "AF_LOCAL" not in line]
    assert network == [], network
    assert (tmp_path / "data" / "out.json").is_file()

