"""Start at login: an XDG autostart `.desktop` file on Linux, a value under HKCU\\...\\Run on
Windows, a LaunchAgents plist on macOS. `autostart_entry` says what would be written (tests
check it for every platform); `set_autostart` writes or removes it on this machine."""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from aliassist import APP_NAME, DESKTOP_ID
from aliassist.i18n import translate

WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
MAC_LABEL = DESKTOP_ID


@dataclass(frozen=True)
class AutostartEntry:
    platform: str
    #: the file written (Linux, macOS) or the registry key (Windows)
    location: str
    #: the file's content, or the registry value (the command line)
    content: str
    command: tuple[str, ...]


def launch_command() -> tuple[str, ...]:
    """How to start the window: the frozen executable, else this Python with `-m aliassist`."""
    if getattr(sys, "frozen", False):
        return (sys.executable,)
    return (sys.executable, "-m", "aliassist")


def _desktop_quote(arg: str) -> str:
    """Quote one argument of a desktop entry's Exec key (Desktop Entry spec, "Exec")."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
    return f'"{escaped}"'


def _windows_quote(command: tuple[str, ...]) -> str:
    return subprocess.list2cmdline(list(command))


def autostart_entry(platform: str | None = None, command: tuple[str, ...] | None = None,
                    home: Path | None = None) -> AutostartEntry:
    """What starting at login writes on `platform` ("linux", "win32", "darwin")."""
    platform = platform or sys.platform
    command = command or launch_command()
    home = home or Path.home()
    if platform == "win32":
        return AutostartEntry(platform, f"HKEY_CURRENT_USER\\{WINDOWS_RUN_KEY}\\{APP_NAME}",
                              _windows_quote(command), command)
    if platform == "darwin":
        plist = {"Label": MAC_LABEL, "ProgramArguments": list(command), "RunAtLoad": True,
                 "ProcessType": "Interactive"}
        return AutostartEntry(platform,
                              str(home / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"),
                              plistlib.dumps(plist).decode("utf-8"), command)
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    exec_line = " ".join(_desktop_quote(a) for a in command)
    content = "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=Warns before AliExpress Buyer Protection deadlines",
        f"Exec={exec_line}",
        f"Icon={DESKTOP_ID}",
        "Terminal=false",
        "Categories=Office;",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])
    return AutostartEntry("linux", str(config / "autostart" / f"{DESKTOP_ID}.desktop"), content,
                          command)


if sys.platform == "win32":
    import winreg

    def _registry_has_entry() -> bool:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            winreg.QueryValueEx(key, APP_NAME)
        return True

    def _registry_write(content: str | None) -> None:
        """Set the Run entry to `content`, or remove it (None)."""
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            if content is not None:
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, content)
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, APP_NAME)
else:
    def _registry_has_entry() -> bool:
        raise OSError("the Windows registry exists only on Windows")

    def _registry_write(content: str | None) -> None:
        raise OSError("the Windows registry exists only on Windows")


def is_autostart_enabled(entry: AutostartEntry | None = None) -> bool:
    entry = entry or autostart_entry()
    if entry.platform == "win32":
        try:
            return _registry_has_entry()
        except OSError:
            return False
    return Path(entry.location).is_file()


def set_autostart(enabled: bool, entry: AutostartEntry | None = None) -> None:
    """Write (or remove) the entry on this machine."""
    from aliassist.errors import UserError
    from aliassist.fileio import write_text_atomic

    entry = entry or autostart_entry()
    try:
        if entry.platform == "win32":
            _registry_write(entry.content if enabled else None)
            return
        path = Path(entry.location)
        if enabled:
            write_text_atomic(path, entry.content)
        elif path.exists():
            path.unlink()
    except OSError as exc:
        raise UserError(translate("Autostart", "cannot change the start-at-login entry: "
                                             "{problem}").format(problem=exc.strerror or exc),
                        where=entry.location) from None
