"""One message's bytes -> the platform's facts, a reason to skip it, or nothing (mail that is
not the platform's). The sender that counts is the address in From (with a DKIM signature, its
domain too), never the display name. Parsing uses the standard library's `email` package
(policy.default); every size is bounded, and a message the parser chokes on is skipped, not
fatal."""

from __future__ import annotations

import base64
import codecs
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from aliassist.domain.mail_facts import MailFacts, MailVocabulary
from aliassist.importers.mail.html_text import html_to_text

#: the most header bytes read, the most parts looked at, text kept, and subject characters
MAX_HEADER_BYTES = 256_000
MAX_HEADER_CHARS = 4_000
MAX_PARTS = 60
MAX_PART_BYTES = 2_000_000
MAX_TEXT_CHARS = 200_000
MAX_SUBJECT_CHARS = 500
_DKIM_DOMAIN = re.compile(r"(?:^|;)\s*d\s*=\s*([^;\s]+)", re.IGNORECASE)
_BASE64_RUN = re.compile(rb"[A-Za-z0-9+/]*={0,2}")
_ADDRESS_DOMAIN = re.compile(r"@([\w.-]+)")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


@dataclass(frozen=True, slots=True)
class PlatformMessage:
    message_id: str
    #: the Date header: an aware instant with the offset the message gave
    at: datetime
    subject: str
    facts: MailFacts


@dataclass(frozen=True, slots=True)
class SkippedMessage:
    reason: str
    #: the Message-ID when one could be read
    message_id: str | None = None
    #: the sender's address was the platform's (counted among its messages)
    platform: bool = False


def read_message(raw: bytes, vocabulary: MailVocabulary, *, oversized: bool = False
                 ) -> PlatformMessage | SkippedMessage | None:
    """What `raw` (one whole message, or its head when `oversized`) tells; None when it is not
    the platform's and does not pretend to be."""
    try:
        return _read(raw, vocabulary, oversized)
    except Exception as exc:  # a parser bug on hostile input must not end the import
        return SkippedMessage(f"cannot read this message ({type(exc).__name__})")


def _read(raw: bytes, vocabulary: MailVocabulary, oversized: bool
          ) -> PlatformMessage | SkippedMessage | None:
    rules = vocabulary.rules
    end = _HEADER_END.search(raw, 0, MAX_HEADER_BYTES + 4)
    if end is None and len(raw) > MAX_HEADER_BYTES:
        return SkippedMessage(f"its header is larger than {MAX_HEADER_BYTES:,} bytes")
    head = raw[:end.end()] if end is not None else raw
    headers = BytesParser(policy=policy.compat32).parsebytes(head, headersonly=True)
    message_id = _message_id(headers)
    raw_from = _raw(headers, "From")
    if "=?" not in raw_from and not rules.looks_like_brand(raw_from):
        # most mail: neither the platform nor posing as it by its sender (parsing the address
        # is the costly part of reading a large mailbox); a forward may still pose by subject
        found = _ADDRESS_DOMAIN.search(raw_from)
        return _forwarded(headers, found.group(1) if found else "", message_id, vocabulary)
    sender = _sender(headers)
    if isinstance(sender, SkippedMessage):
        return sender if rules.looks_like_brand(_raw(headers, "From")) else None
    if sender is None:
        return None
    name, domain = sender
    if not rules.is_sending_domain(domain):
        return _pretender(headers, name, domain, message_id, vocabulary)
    signers = [m.group(1).lower().rstrip(".") for value in headers.get_all("DKIM-Signature", [])
               for m in [_DKIM_DOMAIN.search(" ".join(str(value).split()))] if m]
    if signers and not any(rules.is_sending_domain(d) for d in signers):
        return SkippedMessage(f"sent as {domain} but signed (DKIM) by {', '.join(signers)}: not "
                              "the platform's own", message_id)
    subject = _text_header(headers, "Subject")[:MAX_SUBJECT_CHARS]
    if rules.is_reply_subject(subject):
        return SkippedMessage(f"a reply or forwarded copy ({subject[:60]!r}), not the "
                              "platform's own", message_id, platform=True)
    if oversized:
        return SkippedMessage(f"larger than {rules.max_message_bytes:,} bytes: not read",
                              message_id, platform=True)
    at = _date(headers)
    if at is None:
        return SkippedMessage("no readable Date header: when it was sent is unknown",
                              message_id, platform=True)
    message = BytesParser(policy=policy.default).parsebytes(raw)
    facts = vocabulary.facts(subject, _body_text(message))
    if message_id is None:
        message_id = "sha256:" + hashlib.sha256(raw).hexdigest()
    if facts.numbers and facts.event is None:
        return SkippedMessage(f"names order {', '.join(facts.numbers[:3])} but no event the app "
                              "knows (placed, paid, shipped, delivered, ...)", message_id,
                              platform=True)
    return PlatformMessage(message_id, at, subject, facts)


def _raw(headers: Message, name: str) -> str:
    value = headers.get(name)
    return "" if value is None else _FOLD.sub("", str(value)[:MAX_HEADER_CHARS])


def _text_header(headers: Message, name: str) -> str:
    """A header decoded from its encoded words (=?utf-8?b?...?=), unfolded."""
    value = _raw(headers, name)
    if not value:
        return ""
    try:
        decoded = str(policy.default.header_factory(name, value))
    except Exception:
        decoded = value
    return " ".join(decoded.split())


def _message_id(headers: Message) -> str | None:
    value = " ".join(_raw(headers, "Message-ID").split())
    return value[:300] or None


def _sender(headers: Message) -> tuple[str, str] | SkippedMessage | None:
    """(display name, domain) of the one address in From."""
    value = _raw(headers, "From")
    if not value:
        return None
    try:
        parsed = policy.default.header_factory("from", value)
        addresses = parsed.addresses
    except Exception:
        return SkippedMessage("its From header cannot be read")
    if len(addresses) != 1:
        return SkippedMessage("its From header names several senders") if addresses else None
    address = addresses[0]
    return address.display_name or "", address.domain or ""


def _pretender(headers: Message, name: str, domain: str, message_id: str | None,
               vocabulary: MailVocabulary) -> SkippedMessage | None:
    """A reason when mail that is not the platform's poses as it; None for other mail."""
    rules = vocabulary.rules
    if domain and rules.looks_like_brand(domain):
        return SkippedMessage(f"sent from {domain}, a look-alike of the platform's domains",
                              message_id)
    if rules.looks_like_brand(name) or any(d in name.lower() for d in rules.sending_domains):
        return SkippedMessage(f"its sender's name says {name[:60]!r} but the address is at "
                              f"{domain or 'no domain'}: not the platform's", message_id)
    return _forwarded(headers, domain, message_id, vocabulary)


def _forwarded(headers: Message, domain: str, message_id: str | None,
               vocabulary: MailVocabulary) -> SkippedMessage | None:
    """A reason when someone else's reply or forward of the platform's mail (by its subject)
    could pass for the platform's own; None for other mail."""
    rules = vocabulary.rules
    raw = _raw(headers, "Subject").lstrip()
    if not raw.startswith("=?") and not rules.is_reply_subject(raw):
        return None
    subject = _text_header(headers, "Subject")
    if rules.is_reply_subject(subject) and (rules.looks_like_brand(subject)
                                            or vocabulary.event(subject, "") is not None):
        return SkippedMessage(f"a forwarded copy or reply from {domain or 'no domain'}, not the "
                              "platform's own", message_id)
    return None


def _date(headers: Message) -> datetime | None:
    value = _raw(headers, "Date")
    if not value:
        return None
    try:
        at = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if at.tzinfo is None:  # "-0000": UTC, with no zone of the sender known (RFC 5322)
        at = at.replace(tzinfo=UTC)
    return at


def _body_text(message: EmailMessage) -> str:
    """The plain-text parts (the HTML ones made text when there are none), bounded."""
    plain: list[str] = []
    html: list[str] = []
    for n, part in enumerate(message.walk()):
        if n >= MAX_PARTS:
            break
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html"):
            continue
        text = _decoded(part)
        (plain if kind == "text/plain" else html).append(text)
    if plain:
        text = "\n".join(plain)
    else:
        text = "\n".join(html_to_text(h) for h in html)
    return text[:MAX_TEXT_CHARS]


def _lenient_base64(data: bytes) -> bytes:
    """What decodes of damaged base64 (the email package then hands back the raw text): the
    base64 letters up to the first stray character, in whole groups of four."""
    letters = _BASE64_RUN.match(data.replace(b"\r", b"").replace(b"\n", b""))
    run = letters.group(0) if letters else b""
    try:
        return base64.b64decode(run[: len(run) // 4 * 4])
    except ValueError:
        return b""


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64" and any(
            "Base64" in type(d).__name__ for d in part.defects):
        payload = _lenient_base64(payload)
    payload = payload[:MAX_PART_BYTES]
    charset = part.get_content_charset() or "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:  # an unknown charset: read it as UTF-8, keep what decodes
        charset = "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except Exception:
        return payload.decode("utf-8", errors="replace")
