"""Start-up: `aliassist` with a command runs the command line; without one, the window.

Nothing here imports Qt: `aliassist --version` and every command answer without it.
"""

from __future__ import annotations

import os
import sys

#: Qt seeds its hash tables at random in each process, and the order in which it embeds font
#: glyphs into a PDF follows them: with a fixed seed the same dispute packet comes out byte for
#: byte the same from every run (the data is the user's own: no hash-flooding to fear).
QT_HASH_SEED = "0"


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_HASH_SEED", QT_HASH_SEED)  # before anything loads Qt
    from aliassist.cli import run

    return run(sys.argv[1:] if argv is None else argv)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
