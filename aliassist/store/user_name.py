"""The name set in Settings for this person's changes and orders ("Mine"), kept in a small file
in the user's config folder beside the choice of team database (`user.json`,
`{"name": "Anna"}`): per person and computer, not in the shared database."""

from __future__ import annotations

import json

from aliassist.domain.records import assignee_problem
from aliassist.errors import UserError
from aliassist.fileio import atomic_path
from aliassist.store.chosen_database import config_dir

FILE_NAME = "user.json"
KEY = "name"


def read_user_name() -> str | None:
    """The name set in Settings; None when none is (or the file cannot be read: changes are
    then named by the database role, as before a name was set)."""
    path = config_dir() / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = data.get(KEY) if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.strip():
        return None
    name = name.strip()
    return None if assignee_problem(name) else name


def write_user_name(name: str | None) -> None:
    """Keep `name` (None or blank: none, the database role names the changes)."""
    path = config_dir() / FILE_NAME
    name = (name or "").strip() or None
    if name is None:
        path.unlink(missing_ok=True)
        return
    problem = assignee_problem(name)
    if problem is not None:
        raise UserError(problem, where="your name")
    with atomic_path(path, mode=0o600) as tmp:
        tmp.write_text(json.dumps({KEY: name}, ensure_ascii=False) + "\n", encoding="utf-8",
                       newline="\n")
