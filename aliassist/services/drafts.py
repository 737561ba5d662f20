"""Drafts: the description typed in the New dispute window and a message to the seller, kept per
order until the dispute is filed or the draft discarded, so closing a window never throws typed
words away.

A draft is one JSON value in the settings table under `draft.KIND.PLATFORM.NUMBER`: small,
written rarely, read when a window opens. Keyed by the order's number (not its row id), it
survives deleting the order and undoing that, and it goes with the database into backups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aliassist.domain import records as rec
from aliassist.domain.instants import format_instant
from aliassist.services.context import AppContext
from aliassist.store.settings import DRAFT_PREFIX, get_setting, set_setting

#: What a draft is of: a dispute's description (with its choices) or a message to the seller.
DRAFT_KINDS = ("dispute", "message")


@dataclass(frozen=True)
class Draft:
    text: str
    #: the choices typed with it (the dispute's reason, item, remedy, amount), by name
    choices: dict[str, Any] = field(default_factory=dict)
    saved_at: datetime | None = None


def _key(kind: str, number: str, platform: str) -> str:
    if kind not in DRAFT_KINDS:
        raise ValueError(f"unknown draft kind {kind!r}")
    return f"{DRAFT_PREFIX}{kind}.{platform}.{number}"


def load_draft(ctx: AppContext, kind: str, number: str,
               platform: str = rec.DEFAULT_PLATFORM) -> Draft | None:
    """The draft kept for order `number`, or None."""
    with ctx.session() as session:
        value = get_setting(session, _key(kind, number, platform))
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        return None
    choices = value.get("choices")
    saved = value.get("saved_at")
    try:
        saved_at = datetime.fromisoformat(saved) if isinstance(saved, str) else None
    except ValueError:
        saved_at = None
    return Draft(value["text"], choices if isinstance(choices, dict) else {}, saved_at)


def keep_draft(ctx: AppContext, kind: str, number: str, text: str,
               choices: dict[str, Any] | None = None,
               platform: str = rec.DEFAULT_PLATFORM) -> Draft:
    """Keep `text` (and its choices) as the draft of order `number`, replacing an older one."""
    draft = Draft(text, dict(choices or {}), ctx.now())
    with ctx.session() as session, session.begin():
        set_setting(session, _key(kind, number, platform),
                    {"text": draft.text, "choices": draft.choices,
                     "saved_at": format_instant(draft.saved_at)})
    return draft


def discard_draft(ctx: AppContext, kind: str, number: str,
                  platform: str = rec.DEFAULT_PLATFORM) -> None:
    """Forget the draft of order `number` (filed, or thrown away on purpose)."""
    with ctx.session() as session, session.begin():
        set_setting(session, _key(kind, number, platform), None)
