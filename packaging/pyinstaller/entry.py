"""Entry point of the frozen build (PyInstaller): the same start-up as `aliassist`."""

import sys

from aliassist.app import main

if __name__ == "__main__":
    sys.exit(main())
