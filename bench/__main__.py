"""`python -m bench [NAME ...]`: run the benchmarks and print each ratio."""

from __future__ import annotations

import importlib
import os
import platform
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: benchmark modules in bench/, in the order they run
BENCHES = ["clocks", "precheck", "evidence", "notify", "packet", "integrity", "imports",
           "startup", "workspace", "orders_json", "mail", "team_import", "bundle"]


def main(argv: list[str]) -> int:
    names = argv or BENCHES
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(BENCHES)}",
              file=sys.stderr)
        return 2
    # One QApplication for the run, made first: benches that render without widgets (the
    # packet's PDF) would otherwise leave a QGuiApplication, on which a later widget bench dies.
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"# AliAssist benchmarks on {platform.python_implementation()} "
          f"{platform.python_version()}, {os.cpu_count()} CPUs")
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        for result in module.run():
            print(result.line(), flush=True)
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # Every figure is printed: leave without the interpreter's final garbage collection. With
    # PySide6 6.12, key events made in Python (QTest.keyClick, as P3 makes them, or a
    # QKeyEvent sent to a widget whose keyPressEvent is Python's) upset the reference count of
    # None or a bool, and that last collection aborts ("deallocating None", exit 134).
    os._exit(code)
