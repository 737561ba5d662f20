"""Read every message of the given mail files, keeping only what the platform's own messages
say (a few facts each) and why others were skipped: memory stays flat however large the files.
Progress is reported in bytes; `Progress.step` raises Cancelled when the person cancels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aliassist.domain.mail_facts import MailVocabulary
from aliassist.importers.mail.files import MailFile, find_mail_files, messages
from aliassist.importers.mail.mbox import NotAnMbox
from aliassist.importers.mail.message import PlatformMessage, SkippedMessage, read_message
from aliassist.progress import Progress

#: messages read between two progress reports
_REPORT_EVERY = 200


@dataclass(frozen=True, slots=True)
class Skip:
    reason: str
    message_id: str | None = None
    #: where the message is, when it has no Message-ID (a file, and its place in an mbox)
    file: str | None = None

    def to_json(self) -> dict[str, str]:
        if self.message_id is not None:
            return {"message_id": self.message_id, "reason": self.reason}
        return {"file": self.file or "", "reason": self.reason}


@dataclass
class MailScan:
    files: list[MailFile] = field(default_factory=list)
    messages: int = 0
    platform_messages: int = 0
    #: the platform's messages that name orders, each Message-ID once
    found: list[PlatformMessage] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)


def scan_mail(paths: Sequence[Path], vocabulary: MailVocabulary,
              progress: Progress | None = None) -> MailScan:
    progress = progress or Progress()
    files, problems = find_mail_files(paths)
    scan = MailScan(files=files)
    scan.skipped += [Skip(p.reason, file=str(p.path)) for p in problems]
    total = sum(f.size for f in files) or 1
    done = 0
    seen: set[str] = set()
    limit = vocabulary.rules.max_message_bytes
    progress.step(0, total, "Reading mail…")
    for file in files:
        try:
            for raw in messages(file, limit):
                scan.messages += 1
                result = read_message(raw.unescaped() if file.kind == "mbox" else raw.data,
                                      vocabulary, oversized=raw.oversized)
                _keep(scan, result, seen, file, raw.index, raw.offset)
                if scan.messages % _REPORT_EVERY == 0:
                    progress.step(done + raw.offset, total,
                                  f"Reading {file.path.name}: {scan.messages:,} messages…")
        except NotAnMbox as exc:
            scan.skipped.append(Skip(str(exc), file=str(file.path)))
        except OSError as exc:
            scan.skipped.append(Skip(f"cannot be read ({exc.strerror or exc})",
                                     file=str(file.path)))
        done += file.size
        progress.step(done, total, f"Read {file.path.name}")
    return scan


def _keep(scan: MailScan, result: PlatformMessage | SkippedMessage | None, seen: set[str],
          file: MailFile, index: int, offset: int) -> None:
    if result is None:
        return
    if isinstance(result, SkippedMessage):
        scan.platform_messages += result.platform
        where = str(file.path) if file.kind == "eml" else \
            f"{file.path}, message {index} (byte {offset:,})"
        scan.skipped.append(Skip(result.reason, result.message_id,
                                 None if result.message_id else where))
        return
    scan.platform_messages += 1
    if result.facts.numbers and result.message_id not in seen:
        seen.add(result.message_id)
        scan.found.append(result)
