"""Start-up: `aliassist` with a command runs the command line; without one, the window.

Nothing here imports Qt: `aliassist --version` and every command answer without it.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from aliassist.cli import run

    return run(sys.argv[1:] if argv is None else argv)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
