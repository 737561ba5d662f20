"""Errors meant for people: what was wrong, where, and what to do."""

from __future__ import annotations


class UserError(Exception):
    """Bad input from the user or a file. Shown as a message, never as a traceback.

    `where` names the place: a file and line, a record and field, an option.
    """

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class NotFoundError(UserError):
    """Something the user named does not exist (an order number, a dispute)."""
