"""AliAssist: keep AliExpress Buyer Protection deadlines, dispute safely, keep the evidence."""

__version__ = "0.1.0"
APP_NAME = "AliAssist"
#: reverse-DNS id: the .desktop file, AppStream metadata, macOS bundle and Windows AppUserModelID
DESKTOP_ID = "io.github.aliassist.AliAssist"
