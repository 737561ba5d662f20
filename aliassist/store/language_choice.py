"""The language chosen in Settings, kept in a small file in the user's config folder beside the
choice of team database (`language.json`, `{"language": "de"}`): per person and computer, read
before any database is opened (the command line needs it for its first message)."""

from __future__ import annotations

import json

from aliassist.fileio import atomic_path
from aliassist.store.chosen_database import config_dir

FILE_NAME = "language.json"
KEY = "language"


def read_language() -> str | None:
    """The language code chosen in Settings; None when none is (follow the system) or the file
    cannot be read (the system's language is then used, as before a choice was made)."""
    try:
        data = json.loads((config_dir() / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    code = data.get(KEY) if isinstance(data, dict) else None
    return code if isinstance(code, str) and code.strip() else None


def write_language(code: str | None) -> None:
    """Keep `code` (None: follow the system's language)."""
    path = config_dir() / FILE_NAME
    if code is None:
        path.unlink(missing_ok=True)
        return
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps({KEY: code}) + "\n", encoding="utf-8", newline="\n")
