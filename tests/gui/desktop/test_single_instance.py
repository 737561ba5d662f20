"""A second start on the same database brings the first window forward instead of opening a
second writer; a lock left by a crash does not stop the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from aliassist.gui.desktop.single_instance import SingleInstance


def start_app(db: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "aliassist", "--db", str(db)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_start_brings_the_running_window_forward(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "orders.db"
    first = SingleInstance(str(db.resolve()), tmp_path)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.activated, timeout=30_000) as signal_:
            second = start_app(db)
        _out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already running" in err and "brought forward" in err
        assert signal_.args[0] == ["--db", str(db)]
        assert not db.exists(), "the second start must not open the database"
    finally:
        first.release()


def test_a_start_while_the_running_window_is_still_painting_waits_for_its_answer(
        qtbot, tmp_path: Path) -> None:
    """The window takes the lock before it paints and listens after: a start in between is
    answered once it listens, not told that the running one does not answer."""
    from PySide6.QtCore import QTimer

    db = tmp_path / "orders.db"
    first = SingleInstance(str(db.resolve()), tmp_path)
    assert first.acquire(listen=False)
    try:
        assert first.server is None
        QTimer.singleShot(1500, first.listen)
        with qtbot.waitSignal(first.activated, timeout=30_000) as signal_:
            second = start_app(db)
        _out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "brought forward" in err
        assert signal_.args[0] == ["--db", str(db)]
    finally:
        first.release()


def test_a_start_gives_up_on_a_holder_that_never_listens(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "orders.db"
    first = SingleInstance(str(db.resolve()), tmp_path)
    assert first.acquire(listen=False)
    try:
        second = SingleInstance(str(db.resolve()), tmp_path)
        assert not second.acquire()
        assert second.notify_running([]) is False
        assert second.holder_pid() == os.getpid()
    finally:
        first.release()


def test_another_database_is_another_instance(tmp_path: Path) -> None:
    one = SingleInstance(str(tmp_path / "a.db"), tmp_path)
    two = SingleInstance(str(tmp_path / "b.db"), tmp_path)
    try:
        assert one.acquire() and two.acquire()
        again = SingleInstance(str(tmp_path / "a.db"), tmp_path)
        assert not again.acquire()
        assert again.holder_pid() == os.getpid()
    finally:
        one.release()
        two.release()


def test_a_lock_left_by_a_crash_is_taken_over(qtbot, tmp_path: Path) -> None:
    db = str(tmp_path / "orders.db")
    crash = textwrap.dedent(f"""
        import os, signal
        from PySide6.QtCore import QCoreApplication
        from pathlib import Path
        from aliassist.gui.desktop.single_instance import SingleInstance
        app = QCoreApplication([])
        guard = SingleInstance({db!r}, Path({str(tmp_path)!r}))
        assert guard.acquire()
        print("locked", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "locked"
    assert result.returncode == -signal.SIGKILL
    guard = SingleInstance(db, tmp_path)
    assert guard.lock_path.exists(), "the crashed process left its lock behind"
    try:
        assert guard.acquire()
        assert guard.holder_pid() == os.getpid()
    finally:
        guard.release()


def test_the_window_comes_forward_when_asked(qtbot, tmp_path: Path) -> None:
    from aliassist.gui.main_window import MainWindow
    from aliassist.services.context import open_context

    ctx = open_context(tmp_path / "w.db")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.showMinimized()
        window.bring_forward()
        assert window.isVisible() and not window.isMinimized()
    finally:
        ctx.close()


def test_the_lock_is_named_for_the_user_and_the_database() -> None:
    import getpass
    import hashlib

    from aliassist.gui.desktop.single_instance import instance_key

    user = getpass.getuser()
    for database in ("/home/me/orders.db", "postgresql+psycopg://me@host/shop", "ü/ö.db"):
        # the SHA-256 of both, as every version named it: a running older window is found
        digest = hashlib.sha256(f"{user}\0{database}".encode()).hexdigest()[:16]
        assert instance_key(database) == f"aliassist-{digest}"
    assert instance_key("/a.db") != instance_key("/b.db")
