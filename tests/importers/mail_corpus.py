"""The e-mail corpus of tests/fixtures/mail/eml, what each message must give, and the same
messages packed into the other container formats (mbox as Thunderbird, Google Takeout and
Python's mailbox write it; Maildir)."""

from __future__ import annotations

import mailbox
from pathlib import Path

from tests.conftest import FIXTURES

CORPUS = FIXTURES / "mail" / "eml"

#: Message-ID -> (order numbers, event, tracking number) of every platform message that names
#: an order
EXPECTED: dict[str, tuple[tuple[str, ...], str, str | None]] = {
    "<placed-0101@notice.aliexpress.com>": (("8180000000000101",), "placed", None),
    "<paid-0707@mail.aliexpress.com>": (("8180000000000707",), "paid", None),
    "<shipped-0101@notice.aliexpress.com>": (("8180000000000101",), "shipped",
                                             "LP00123456789012"),
    "<delivered-0101-0202@notice.aliexpress.com>": (
        ("8180000000000101", "8180000000000202"), "delivered", None),
    "<ru-shipped-0303@notice.aliexpress.ru>": (("8180000000000303",), "shipped",
                                               "RB123456789CN"),
    "<ru-confirmed-0303@notice.aliexpress.ru>": (("8180000000000303",), "confirmed", None),
    "<es-confirmed-0202@notice.aliexpress.com>": (("8180000000000202",), "confirmed", None),
    "<es-shipped-0808@notice.aliexpress.com>": (("8180000000000808",), "shipped",
                                                "AE012345678ES"),
    "<pt-refund-0404@notice.aliexpress.com>": (("8180000000000404",), "refund", None),
    "<pt-delivered-0404@notice.aliexpress.com>": (("8180000000000404",), "delivered", None),
    "<fr-dispute-0303@notice.aliexpress.com>": (("8180000000000303",), "dispute_opened", None),
    "<fr-delivered-0909@notice.aliexpress.com>": (("8180000000000909",), "delivered",
                                                  "UB987654321FR"),
    "<de-delivered-0505@notice.aliexpress.com>": (("8180000000000505",), "delivered", None),
    "<de-closed-0505@notice.aliexpress.com>": (("8180000000000505",), "dispute_closed", None),
    "<pl-auto-0606@notice.aliexpress.com>": (("8180000000000606",), "auto_confirm_reminder",
                                             None),
    "<pl-shipped-0606@notice.aliexpress.com>": (("8180000000000606",), "shipped",
                                                "PL123456789012"),
    "<shipped-1010@notice.aliexpress.com>": (("8180000000001010",), "shipped", None),
}
#: messages that pose as the platform, and a word of why each is skipped
PRETENDERS = {
    "<spoof-1@mailer.example>": "name",
    "<fwd-1@example.org>": "forwarded",
    "<look-1@evil.example>": "look-alike",
    "<look-2@aIiexpress.com>": "look-alike",
}
MESSAGES = 23
#: the platform's own: every expected message and the promotion (which names no order)
PLATFORM_MESSAGES = len(EXPECTED) + 1


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.eml"))


def write_mbox(path: Path) -> Path:
    """The corpus as one mbox, written by Python's mailbox module (mboxo quoting)."""
    box = mailbox.mbox(str(path), create=True)
    try:
        for file in corpus_files():
            box.add(file.read_bytes())
        box.flush()
    finally:
        box.close()
    return path


def write_thunderbird_mbox(path: Path) -> Path:
    """The corpus as Thunderbird keeps a local folder: "From - DATE" lines, CRLF line ends
    kept as the messages have them, a blank line between messages, no extension."""
    with path.open("wb") as fh:
        for file in corpus_files():
            fh.write(b"From - Sat Mar 07 10:00:00 2026\r\n")
            fh.write(b"X-Mozilla-Status: 0001\r\nX-Mozilla-Status2: 00000000\r\n")
            fh.write(file.read_bytes().rstrip(b"\r\n") + b"\r\n\r\n")
    return path


def write_takeout_mbox(path: Path) -> Path:
    """The corpus as Google Takeout exports it: "From <id>@xxx DATE +0000 YEAR" lines,
    X-GM-THRID and X-Gmail-Labels headers, no blank line kept between messages."""
    with path.open("wb") as fh:
        for n, file in enumerate(corpus_files()):
            fh.write(b"From 17%017d@xxx Sat Mar 07 10:00:00 +0000 2026\n" % n)
            fh.write(b"X-GM-THRID: 17%017d\nX-Gmail-Labels: Inbox,Category Updates\n" % n)
            fh.write(file.read_bytes().replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n")
    return path


def write_maildir(path: Path) -> Path:
    box = mailbox.Maildir(str(path), create=True)
    try:
        for n, file in enumerate(corpus_files()):
            key = box.add(file.read_bytes())
            if n % 2:  # read messages move to cur/
                message = box[key]
                message.set_subdir("cur")
                message.add_flag("S")
                box[key] = message
    finally:
        box.close()
    return path
