"""The packaging files: validated where the validators are installed, parsed everywhere; the
icons render from the one SVG; the Linux install and uninstall scripts do what they say."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aliassist import APP_NAME, DESKTOP_ID, __version__
from aliassist.gui.desktop.windows_integration import APP_MUTEX

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
ISS = ROOT / "packaging" / "windows" / "aliassist.iss"
sys.path.insert(0, str(ROOT / "packaging"))


def desktop_entries(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_desktop_entry_launches_the_app() -> None:
    entry = desktop_entries(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == "aliassist"
    assert entry["Icon"] == DESKTOP_ID
    assert "Office" in entry["Categories"].split(";")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_appstream_metadata_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == f"{DESKTOP_ID}.desktop"
    assert root.find("provides/binary").text == "aliassist"
    assert root.find("releases/release").get("version") == __version__
    if shutil.which("appstreamcli"):
        result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("//"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def iss_entries(lines: list[str]) -> list[dict[str, str]]:
    """`Name: "x"; Filename: "y"; Flags: a b` lines as dicts."""
    out = []
    for line in lines:
        parts = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)
        out.append({k: v.strip().strip('"') for k, v in parts})
    return out


def test_inno_setup_script_installs_per_user_and_keeps_data() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = iss_sections(text)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}",
                        setup["AppId"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{localappdata}")
    assert setup["AppMutex"] == "{#AppUserModelID}"
    assert f'#define AppUserModelID "{APP_MUTEX}"' in text
    icons = iss_entries(sections["Icons"])
    start_menu = next(i for i in icons if i["Name"].startswith("{userprograms}"))
    assert start_menu["Filename"] == "{app}\\aliassist-gui.exe"
    assert start_menu["AppUserModelID"] == "{#AppUserModelID}"
    tasks = {t["Name"] for t in iss_entries(sections["Tasks"])}
    assert "startatlogin" in tasks
    (run_key,) = iss_entries(sections["Registry"])
    assert run_key["Root"] == "HKCU"
    assert run_key["Subkey"] == "Software\\Microsoft\\Windows\\CurrentVersion\\Run"
    assert run_key["Tasks"] == "startatlogin"
    # Uninstall deletes the user's data only when asked, defaulting to No.
    assert "{userappdata}" not in "\n".join(sections["UninstallDelete"])
    assert "MB_DEFBUTTON2" in text and "DelTree" in text


def test_macos_bundle_definition() -> None:
    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as fh:
        plist = plistlib.load(fh)
    assert plist["CFBundleIdentifier"] == DESKTOP_ID
    assert plist["CFBundleExecutable"] == "aliassist"
    assert plist["CFBundleIconFile"] == "AliAssist.icns"
    assert plist["NSHighResolutionCapable"] is True
    assert "codesign" in (ROOT / "packaging" / "macos" / "README.md").read_text(encoding="utf-8")


def test_pyinstaller_spec_bundles_resources_and_migrations_and_leaves_out_unused_qt() -> None:
    spec = (ROOT / "packaging" / "pyinstaller" / "aliassist.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert '"aliassist/store/migrations"' in spec
    for module in ("QtQml", "QtQuick", "QtWebEngineCore", "QtVirtualKeyboard"):
        assert f'"{module}"' in spec.split("QT_EXCLUDED")[1]


def test_icons_render_in_every_size(tmp_path: Path) -> None:
    import icons
    from PySide6.QtGui import QImage

    written = icons.hicolor(tmp_path / "share", DESKTOP_ID)
    for size in icons.HICOLOR_SIZES:
        png = tmp_path / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / \
            f"{DESKTOP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not empty
        assert image.pixelColor(0, 0).alpha() == 0  # transparent corner
    assert any(p.suffix == ".svg" for p in written)
    ico = icons.windows_ico(tmp_path / "aliassist.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") == 7


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """An unpacked archive as packaging/build.py lays it out, with a tiny stand-in app."""
    import icons

    stage = tmp_path / "AliAssist-x"
    (stage / "app").mkdir(parents=True)
    exe = stage / "app" / "aliassist"
    exe.write_text(f"#!/bin/sh\necho '{APP_NAME} {__version__}'\n", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    (stage / "share" / "applications").mkdir(parents=True)
    (stage / "share" / "metainfo").mkdir(parents=True)
    shutil.copy2(DESKTOP, stage / "share" / "applications")
    shutil.copy2(METAINFO, stage / "share" / "metainfo")
    icons.hicolor(stage / "share", DESKTOP_ID)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / "linux" / script, stage / script)
    return stage


def test_user_install_and_uninstall(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "AliAssist"
    data.mkdir(parents=True)
    (data / "aliassist.db").write_text("orders", encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share"),
           "XDG_CONFIG_HOME": str(home / ".config")}
    env.pop("PREFIX", None)
    result = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True,
                            text=True, check=True)
    assert f"AliAssist {__version__} is installed" in result.stdout
    local = home / ".local"
    launcher = local / "bin" / "aliassist"
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout.strip() == \
        f"{APP_NAME} {__version__}"
    desktop = local / "share" / "applications" / f"{DESKTOP_ID}.desktop"
    assert desktop_entries(desktop)["Exec"] == str(local / "bin" / "aliassist")
    assert (local / "share" / "icons" / "hicolor" / "256x256" / "apps" /
            f"{DESKTOP_ID}.png").is_file()
    assert (local / "share" / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)

    # Installing again (an upgrade) replaces the app folder cleanly.
    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True, check=True)

    result = subprocess.run(["sh", str(unpacked / "uninstall.sh")], env=env,
                            capture_output=True, text=True, check=True)
    assert not launcher.exists() and not desktop.exists()
    assert not (local / "lib" / "aliassist").exists()
    assert not list((local / "share" / "icons").rglob(f"{DESKTOP_ID}.*"))
    assert (data / "aliassist.db").read_text(encoding="utf-8") == "orders"
    assert "kept" in result.stdout

    subprocess.run(["sh", str(unpacked / "uninstall.sh"), "--purge", "--yes"], env=env,
                   capture_output=True, check=True)
    assert not data.exists()
