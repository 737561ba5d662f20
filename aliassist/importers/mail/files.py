"""Which files hold mail, and their messages one at a time: a single message file (.eml, or a
Maildir's cur/new entry), an mbox file (it starts with a "From " line: Thunderbird keeps each
local folder as one, with no extension; Google Takeout gives .mbox), or a folder of any of these,
searched through. Index files beside them (Thunderbird's .msf) are passed over."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from aliassist.importers.mail.mbox import RawMessage, split_mbox

EML_SUFFIXES = (".eml", ".msg822", ".mht")
MBOX_SUFFIXES = (".mbox", ".mbx")
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:")


@dataclass(frozen=True, slots=True)
class MailFile:
    path: Path
    #: "eml" (one message) or "mbox" (many)
    kind: str
    size: int


@dataclass(frozen=True, slots=True)
class FileProblem:
    path: Path
    reason: str


def find_mail_files(paths: Sequence[Path]) -> tuple[list[MailFile], list[FileProblem]]:
    """The mail files under `paths`, in a stable order; a path named directly that holds no
    mail is a problem, files met while searching a folder that are not mail are passed over."""
    found: list[MailFile] = []
    problems: list[FileProblem] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs.sort()
                here = Path(folder)
                in_maildir = here.name in ("cur", "new") and (here.parent / "cur").is_dir() \
                    and (here.parent / "new").is_dir()
                if "tmp" in dirs and "cur" in dirs and "new" in dirs:
                    dirs.remove("tmp")  # deliveries in progress
                for name in sorted(files):
                    _add(here / name, in_maildir, False, found, problems, seen)
        else:
            _add(path, False, True, found, problems, seen)
    return found, problems


def _add(path: Path, in_maildir: bool, named: bool, found: list[MailFile],
         problems: list[FileProblem], seen: set[Path]) -> None:
    try:
        resolved = path.resolve()
        if resolved in seen or not path.is_file():
            return
        seen.add(resolved)
        size = path.stat().st_size
        with path.open("rb") as fh:
            start = fh.read(1024)
    except OSError as exc:
        problems.append(FileProblem(path, f"cannot be read ({exc.strerror or exc})"))
        return
    suffix = path.suffix.lower()
    if start.startswith(b"From "):
        found.append(MailFile(path, "mbox", size))
    elif in_maildir or suffix in EML_SUFFIXES or (named and _HEADER_LINE.match(start)):
        found.append(MailFile(path, "eml", size))
    elif named or suffix in MBOX_SUFFIXES:
        if size == 0:
            return
        problems.append(FileProblem(path, "not an e-mail file: neither one message (.eml), an "
                                          "mbox (it starts with a \"From \" line) nor a Maildir"))


def messages(file: MailFile, limit: int) -> Iterator[RawMessage]:
    """The messages of `file`, each kept whole up to `limit` bytes."""
    with file.path.open("rb") as fh:
        if file.kind == "mbox":
            yield from split_mbox(fh, limit)
            return
        data = fh.read(limit + 1)
        yield RawMessage(data[:limit], 1, 0, max(file.size, len(data)), len(data) > limit)
