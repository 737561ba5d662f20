"""Windows shell integration: a named mutex the installer checks (Inno Setup's AppMutex) so
setup and uninstall notice a running AliAssist. Nothing to do on other systems."""

from __future__ import annotations

import sys

from aliassist import DESKTOP_ID

#: the name Inno Setup's AppMutex looks for (packaging/windows/aliassist.iss)
APP_MUTEX = DESKTOP_ID


def hold_app_mutex() -> object | None:
    """Create the app's named mutex for the life of the process (Windows only)."""
    if sys.platform != "win32":
        return None
    import ctypes

    return ctypes.windll.kernel32.CreateMutexW(None, False, APP_MUTEX)
