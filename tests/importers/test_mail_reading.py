"""Reading mail files: the corpus gives the same facts in every container format; hostile
input (oversized, truncated, broken MIME, HTML bombs, spoofed senders) is skipped with a
reason and never ends the reading."""

from __future__ import annotations

import io
import mailbox
from pathlib import Path

import pytest

from aliassist.domain.mail_facts import MailVocabulary
from aliassist.domain.policy import Policy
from aliassist.importers.mail.html_text import html_to_text
from aliassist.importers.mail.mbox import NotAnMbox, split_mbox
from aliassist.importers.mail.message import PlatformMessage, SkippedMessage, read_message
from aliassist.importers.mail.scan import MailScan, scan_mail
from tests.importers.mail_corpus import (
    CORPUS,
    EXPECTED,
    MESSAGES,
    PLATFORM_MESSAGES,
    PRETENDERS,
    corpus_files,
    write_maildir,
    write_mbox,
    write_takeout_mbox,
    write_thunderbird_mbox,
)


@pytest.fixture(scope="module")
def vocabulary(policy: Policy) -> MailVocabulary:
    assert policy.mail is not None
    return MailVocabulary(policy.mail)


def _facts(scan: MailScan) -> dict[str, tuple[tuple[str, ...], str | None, str | None]]:
    return {m.message_id: (m.facts.numbers, m.facts.event, m.facts.tracking) for m in scan.found}


FORMATS = {
    "eml folder": lambda tmp: [CORPUS],
    "eml files named": lambda tmp: corpus_files(),
    "mbox (Python mailbox)": lambda tmp: [write_mbox(tmp / "Inbox.mbox")],
    "mbox (Thunderbird local folder)": lambda tmp: [write_thunderbird_mbox(tmp / "Inbox")],
    "mbox (Google Takeout)": lambda tmp: [write_takeout_mbox(tmp / "All mail.mbox")],
    "Maildir": lambda tmp: [write_maildir(tmp / "Maildir")],
}


@pytest.mark.parametrize("kind", FORMATS)
def test_every_container_format_gives_the_corpus_facts(kind: str, tmp_path: Path,
                                                       vocabulary: MailVocabulary) -> None:
    scan = scan_mail(FORMATS[kind](tmp_path), vocabulary)
    assert scan.messages == MESSAGES
    assert scan.platform_messages == PLATFORM_MESSAGES
    assert _facts(scan) == {k: (v[0], v[1], v[2]) for k, v in EXPECTED.items()}
    assert {s.message_id for s in scan.skipped} == set(PRETENDERS)
    for skip in scan.skipped:
        assert PRETENDERS[skip.message_id or ""] in skip.reason.replace("sender's name", "name")


def test_event_times_keep_the_offset_the_message_gave(tmp_path: Path,
                                                      vocabulary: MailVocabulary) -> None:
    scan = scan_mail([CORPUS / "en_shipped_html.eml"], vocabulary)
    (message,) = scan.found
    assert message.at.isoformat() == "2026-03-03T21:40:10-05:00"


def test_a_folder_with_mail_programs_index_files_reads_only_the_mail(
        tmp_path: Path, vocabulary: MailVocabulary) -> None:
    profile = tmp_path / "Local Folders"
    profile.mkdir()
    write_thunderbird_mbox(profile / "Inbox")
    (profile / "Inbox.msf").write_bytes(b"// <!-- <mdb:mork:z v=\"1.4\"/> -->\n")
    (profile / "popstate.dat").write_bytes(b"# POP3 State File\n")
    scan = scan_mail([profile], vocabulary)
    assert scan.messages == MESSAGES and not [s for s in scan.skipped if s.file]


def test_a_named_file_that_is_no_mail_is_skipped_with_a_reason(
        tmp_path: Path, vocabulary: MailVocabulary) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.7\n")
    scan = scan_mail([notes, CORPUS / "en_paid_plain.eml"], vocabulary)
    assert [(s.file, "not an e-mail file" in s.reason) for s in scan.skipped] == [
        (str(notes), True)]
    assert len(scan.found) == 1


# --- the mbox splitter ---------------------------------------------------------------------


def _body_lines(n: int) -> bytes:
    lines = [b"Hello,", b"From the warehouse we sent it.", b">From quoted", b"",
             b"From here on, a line that is no envelope", b"x" * (n % 3000)]
    return b"\n".join(lines[: 1 + n % len(lines)]) + b"\n"


@pytest.mark.parametrize("chunk", [1100, 4096, 65536])
def test_the_splitter_cuts_where_python_mailbox_does(tmp_path: Path, chunk: int) -> None:
    path = tmp_path / "box.mbox"
    box = mailbox.mbox(str(path))
    for n in range(120):
        box.add(b"From: a%d@example.org\nSubject: m%d\n\n" % (n, n) + _body_lines(n))
    box.flush()
    box.close()
    expected = [m.as_bytes() for m in mailbox.mbox(str(path))]
    with path.open("rb") as fh:
        got = list(split_mbox(fh, 10_000_000, chunk=chunk))
    assert [g.data.rstrip(b"\n") for g in got] == [e.rstrip(b"\n") for e in expected]
    assert [g.index for g in got] == list(range(1, 121))
    with path.open("rb") as fh:
        raw = fh.read()
    assert all(raw[g.offset:g.offset + 5] == b"From " for g in got)


def test_a_message_over_the_limit_keeps_its_head_and_the_next_one_is_whole() -> None:
    big = b"From: x@example.org\nMessage-ID: <big@x>\n\n" + b"A" * 50_000 + b"\n"
    small = b"From: y@example.org\nSubject: small\n\nhi\n"
    data = b"From a@b Sat Mar 07 10:00:00 2026\n" + big + b"\nFrom a@b Sat Mar 07 10:00:01 2026\n" \
        + small
    first, second = split_mbox(io.BytesIO(data), 20_000, chunk=4096)
    assert first.oversized and len(first.data) == 20_000 and first.size > 50_000
    assert first.data.startswith(b"From: x@example.org")
    assert not second.oversized and second.data == small.rstrip(b"\n")


def test_a_file_that_is_not_an_mbox_is_refused() -> None:
    with pytest.raises(NotAnMbox):
        list(split_mbox(io.BytesIO(b"Subject: hi\n\nbody\n"), 1000))
    assert list(split_mbox(io.BytesIO(b""), 1000)) == []


def test_a_truncated_mbox_gives_every_message_before_the_cut(
        tmp_path: Path, vocabulary: MailVocabulary) -> None:
    whole = write_mbox(tmp_path / "whole.mbox").read_bytes()
    cut = tmp_path / "cut.mbox"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    scan = scan_mail([cut], vocabulary)
    assert 10 <= scan.messages < MESSAGES
    full = _facts(scan_mail([tmp_path / "whole.mbox"], vocabulary))
    got = _facts(scan)
    assert len(got) >= 8
    assert all(full[k] == v for k, v in got.items() if k in full)


# --- hostile messages -----------------------------------------------------------------------

PLATFORM = (b"From: AliExpress <transaction@notice.aliexpress.com>\r\n"
            b"Date: Tue, 03 Mar 2026 10:00:00 +0800\r\n")


def test_an_html_bomb_is_read_in_bounded_time_and_text(vocabulary: MailVocabulary) -> None:
    bomb = (b"<div>" * 200_000 + b"Your order 8180000000000101 has been shipped."
            + b"</div>" * 200_000)
    raw = (PLATFORM + b"Subject: Your order has shipped\r\nMessage-ID: <bomb@x>\r\n"
           b"Content-Type: text/html\r\n\r\n" + bomb)
    result = read_message(raw, vocabulary)
    assert isinstance(result, PlatformMessage)
    assert result.facts.event == "shipped"  # the subject still tells; the text was cut
    assert len(html_to_text("<p>" + "<b>x</b>" * 1_000_000)) <= 100_000
    assert len(html_to_text("<!--" + "x" * 500_000)) <= 100_000


def test_broken_mime_is_read_as_far_as_it_goes(vocabulary: MailVocabulary) -> None:
    raw = (PLATFORM + b"Subject: Your order has shipped\r\nMessage-ID: <broken@x>\r\n"
           b"Content-Type: multipart/alternative; boundary=\"never-closed\"\r\n\r\n"
           b"--never-closed\r\nContent-Type: text/plain; charset=utf-8\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\nWW91ciBvcmRlciA4MTgwMDAwMDAwMDAwMTAxIGhh"
           b"cyBiZWVuIHNoaXBwZWQu!!!not-base64\r\n--never-closed\r\nContent-Type: text/html")
    result = read_message(raw, vocabulary)
    assert isinstance(result, PlatformMessage)
    assert result.facts.numbers == ("8180000000000101",)


def test_a_platform_message_without_a_date_is_skipped(vocabulary: MailVocabulary) -> None:
    raw = (b"From: AliExpress <transaction@notice.aliexpress.com>\r\nMessage-ID: <nodate@x>\r\n"
           b"Subject: Your order has shipped\r\n\r\nOrder 8180000000000101 has been shipped.\r\n")
    result = read_message(raw, vocabulary)
    assert isinstance(result, SkippedMessage) and "Date" in result.reason
    assert result.message_id == "<nodate@x>"


def test_a_signature_of_another_domain_unmasks_a_forged_sender(
        vocabulary: MailVocabulary) -> None:
    raw = (PLATFORM + b"DKIM-Signature: v=1; a=rsa-sha256; d=evil.example; s=k;\r\n"
           b" h=from; bh=x; b=y\r\nSubject: Your order has shipped\r\nMessage-ID: <forged@x>\r\n"
           b"\r\nOrder 8180000000000101 has been shipped.\r\n")
    result = read_message(raw, vocabulary)
    assert isinstance(result, SkippedMessage) and "evil.example" in result.reason
    signed = raw.replace(b"d=evil.example", b"d=aliexpress.com")
    assert isinstance(read_message(signed, vocabulary), PlatformMessage)


def test_a_header_bigger_than_any_real_one_is_skipped(vocabulary: MailVocabulary) -> None:
    raw = PLATFORM + b"X-Junk: " + b"a" * 300_000 + b"\r\n\r\nbody"
    result = read_message(raw, vocabulary)
    assert isinstance(result, SkippedMessage) and "header" in result.reason


def test_an_oversized_platform_message_is_named_in_the_skip(vocabulary: MailVocabulary) -> None:
    raw = PLATFORM + b"Subject: Your order has shipped\r\nMessage-ID: <huge@x>\r\n\r\nAAAA"
    result = read_message(raw, vocabulary, oversized=True)
    assert isinstance(result, SkippedMessage)
    assert result.message_id == "<huge@x>" and "larger than" in result.reason
