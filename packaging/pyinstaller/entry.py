"""Entry point of the frozen build (PyInstaller): the same start-up as `aliassist`."""

from aliassist.app import console_main

if __name__ == "__main__":
    console_main()
