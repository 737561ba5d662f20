"""Team databases: the check behind Settings > Database's "Test connection"."""

from __future__ import annotations

from dataclasses import dataclass

from aliassist.store.database import StoreError, head_revision, known_revisions
from aliassist.store.probe import probe


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    #: what was found, for people: the server, the role, and what the database holds
    message: str


def check_connection(url: str) -> ConnectionCheck:
    """Connect to the team database `url` and say what AliAssist would find there (nothing is
    created or changed)."""
    try:
        info = probe(url)
    except StoreError as exc:
        return ConnectionCheck(False, str(exc))
    where = f"Connected to {info.server} as {info.role}, database {info.database}: "
    if info.revision is None:
        return ConnectionCheck(True, where + "empty; AliAssist creates its tables when it "
                                             "first opens it.")
    if info.revision == "":
        return ConnectionCheck(False, where + "it holds tables that are not AliAssist's; "
                                              "use another database.")
    if info.revision == head_revision():
        return ConnectionCheck(True, where + "AliAssist data, up to date.")
    if info.revision in known_revisions():
        return ConnectionCheck(True, where + f"AliAssist data of an older version (schema "
                                             f"{info.revision}); it is upgraded when first "
                                             "opened (back it up with pg_dump first).")
    return ConnectionCheck(False, where + f"written by a newer AliAssist (schema "
                                          f"{info.revision}); update AliAssist to use it.")
