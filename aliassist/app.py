"""Start-up: `aliassist` with a command runs the command line; without one, the window.

Nothing here imports Qt: `aliassist --version` and every command answer without it (the GUI
modules are imported only when the window or the smoke test is started).
"""

from __future__ import annotations

# First of all: where PySide6 is loaded already (a program that starts the app from its own
# Qt process), it reads the source of every module imported after it, ours and the standard
# library's alike; module_sources answers for it at a fraction of the cost (gui/module_sources.py).
from aliassist.gui.module_sources import stop_keeping_module_sources

stop_keeping_module_sources()

import argparse  # noqa: E402
import atexit  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from typing import NoReturn, TextIO  # noqa: E402

#: Qt seeds its hash tables at random in each process, and the order in which it embeds font
#: glyphs into a PDF follows them: with a fixed seed the same dispute packet comes out byte for
#: byte the same from every run (the data is the user's own: no hash-flooding to fear).
QT_HASH_SEED = "0"


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_HASH_SEED", QT_HASH_SEED)  # before anything loads Qt
    return run(sys.argv[1:] if argv is None else argv, own_process=True)


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None, *,
        own_process: bool = False) -> int:
    """Parse the arguments, then start what they ask for: the smoke test, the window (no
    command) or a command. `own_process`: this process is the app's own (started for this
    command line, not a test calling in), so a command may fork a worker."""
    from aliassist.window_args import parse_window_args

    args: argparse.Namespace | int | None = parse_window_args(argv)
    if args is None:  # a command (or --help, --version): the command line's package
        from aliassist import cli

        args = cli.parse_args(argv)
    if isinstance(args, int):  # --help, --version, a usage error: already answered
        return args
    if args.smoke_test:
        from aliassist.gui.smoke import run_smoke_test

        return run_smoke_test(getattr(args, "lang", None))
    if args.command is None:
        from aliassist.gui.launch import run_gui

        return run_gui(args)
    from aliassist import cli

    return cli.run_command(args, out, err, own_process=own_process)


def console_main() -> NoReturn:
    """Entry point of `aliassist` and `python -m aliassist`: `main`, then the process ends."""
    exit_now(main())


def exit_now(code: int) -> NoReturn:
    """End the process with `code` as an exit does -- the atexit functions run, the standard
    streams are flushed -- but without the interpreter's teardown, which frees every object of
    every module one by one (about a tenth of a second once the database layer is loaded) for
    memory the system takes back at once anyway. With another thread still running, Qt loaded
    (the window: its objects save and clean up as they go), or a stream that cannot be flushed
    (a reader that went away), the ordinary exit: it waits for the thread, and reports the
    stream as it always does."""
    if threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules:
        atexit._run_exitfuncs()  # errors in one are printed, as at an ordinary exit
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
        except (OSError, ValueError):
            pass
        else:
            os._exit(code)
    sys.exit(code)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
