"""Start at login: the XDG autostart file written on Linux; the Windows Run value and the macOS
LaunchAgents plist generated."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import sys
from pathlib import Path

import pytest

from aliassist.notify.autostart import (
    autostart_entry,
    is_autostart_enabled,
    launch_command,
    set_autostart,
)


@pytest.mark.skipif(sys.platform != "linux", reason="writes the XDG autostart file")
def test_linux_writes_and_removes_the_xdg_autostart_file(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = autostart_entry()
    path = tmp_path / "config" / "autostart" / "io.github.aliassist.AliAssist.desktop"
    assert entry.location == str(path)
    assert not is_autostart_enabled(entry)
    set_autostart(True, entry)
    assert is_autostart_enabled(entry)
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    desktop = parser["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "AliAssist"
    assert shlex.split(desktop["Exec"]) == list(launch_command())
    assert desktop["X-GNOME-Autostart-enabled"] == "true"
    set_autostart(False, entry)
    assert not path.exists()
    set_autostart(False, entry)  # removing twice is fine


def test_exec_arguments_with_spaces_are_quoted(tmp_path: Path) -> None:
    entry = autostart_entry("linux", ("/opt/Ali Assist/bin/python3", "-m", "aliassist"),
                            home=tmp_path)
    assert 'Exec="/opt/Ali Assist/bin/python3" -m aliassist\n' in entry.content


def test_windows_gets_a_run_value_with_the_quoted_command() -> None:
    entry = autostart_entry("win32", (r"C:\Program Files\AliAssist\AliAssist.exe",))
    assert entry.location == \
        r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\AliAssist"
    assert entry.content == r'"C:\Program Files\AliAssist\AliAssist.exe"'


def test_macos_gets_a_launch_agent_plist(tmp_path: Path) -> None:
    entry = autostart_entry("darwin", ("/Applications/AliAssist.app/Contents/MacOS/AliAssist",),
                            home=tmp_path)
    assert entry.location == str(tmp_path / "Library" / "LaunchAgents"
                                 / "io.github.aliassist.AliAssist.plist")
    plist = plistlib.loads(entry.content.encode())
    assert plist == {"Label": "io.github.aliassist.AliAssist", "RunAtLoad": True,
                     "ProcessType": "Interactive",
                     "ProgramArguments": ["/Applications/AliAssist.app/Contents/MacOS/AliAssist"]}
    set_autostart(True, entry)  # writing a plist works on any system
    assert plistlib.loads(Path(entry.location).read_bytes())["RunAtLoad"] is True
