"""Fuzzing the mail reader: whatever bytes a mail file holds, reading gives facts, a reason to
skip, or nothing, and never raises; the mbox splitter cuts only at envelope lines, whatever the
chunk size (ALIASSIST_FUZZ_EXAMPLES sets how many examples)."""

from __future__ import annotations

import io
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aliassist.domain.mail_facts import MailVocabulary
from aliassist.importers.mail.html_text import html_to_text
from aliassist.importers.mail.mbox import NotAnMbox, split_mbox
from aliassist.importers.mail.message import PlatformMessage, SkippedMessage, read_message
from aliassist.services.policy import load_policy
from tests.fuzz import fuzz
from tests.importers.mail_corpus import corpus_files

_RULES = load_policy().mail
assert _RULES is not None
VOCABULARY = MailVocabulary(_RULES)
CORPUS = [f.read_bytes() for f in corpus_files()]
PIECES = [b"From ", b"From - Sat Mar 07 10:00:00 2026\n", b"\n", b"\r\n", b"=?utf-8?b?",
          b"?=", b"Content-Type: multipart/mixed; boundary=x\n", b"--x\n", b"--x--\n",
          b"Content-Transfer-Encoding: base64\n", b"<div>", b"<!--", b"<a ", b"charset=\"zz\"",
          b"From: AliExpress <a@notice.aliexpress.com>\n", b"Date: nonsense\n", b"\xff\xfe",
          b"Order 8180000000000101 shipped\n", b":", b" ", b"\t"]


@st.composite
def damaged_messages(draw: st.DrawFn) -> bytes:
    """A corpus message cut, with pieces of mail syntax and random bytes spliced in."""
    data = bytearray(draw(st.sampled_from(CORPUS)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(data)))
        piece = draw(st.one_of(st.sampled_from(PIECES), st.binary(max_size=40)))
        if draw(st.booleans()):
            data[at:at] = piece
        else:
            del data[at:at + draw(st.integers(0, 200))]
    return bytes(data[:draw(st.integers(0, len(data)))])


@fuzz
@given(st.one_of(damaged_messages(), st.binary(max_size=2000),
                 st.lists(st.sampled_from(PIECES), max_size=30).map(b"".join)),
       st.booleans())
def test_reading_any_bytes_never_raises(raw: bytes, oversized: bool) -> None:
    result = read_message(raw, VOCABULARY, oversized=oversized)
    assert result is None or isinstance(result, (PlatformMessage, SkippedMessage))
    if isinstance(result, PlatformMessage):
        assert result.at.tzinfo is not None and result.message_id
        low, high = _RULES.order_digits
        assert all(n.isdigit() and low <= len(n) <= high for n in result.facts.numbers)


@fuzz
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.binary(max_size=60)), max_size=40),
       st.integers(1100, 5000))
def test_the_splitter_cuts_only_at_envelope_lines(parts: list[bytes], chunk: int) -> None:
    data = b"From x Sat Mar 07 10:00:00 2026\n" + b"".join(parts)
    messages = list(split_mbox(io.BytesIO(data), 10_000_000, chunk=chunk))
    assert [m.index for m in messages] == list(range(1, len(messages) + 1))
    assert messages[0].offset == 0
    assert all(data[m.offset:m.offset + 5] == b"From " for m in messages)
    assert all(a.offset < b.offset for a, b in itertools.pairwise(messages))
    assert sum(len(m.data) for m in messages) <= len(data)
    whole = list(split_mbox(io.BytesIO(data), 10_000_000, chunk=1 << 20))
    assert [m.data for m in whole] == [m.data for m in messages]


@fuzz
@given(st.binary(max_size=200).filter(lambda b: not b.startswith(b"From ")))
def test_a_file_not_starting_with_an_envelope_is_no_mbox(data: bytes) -> None:
    if not data:
        assert list(split_mbox(io.BytesIO(data), 1000)) == []
        return
    with pytest.raises(NotAnMbox):
        list(split_mbox(io.BytesIO(data), 1000))


@fuzz
@given(st.text(alphabet=st.sampled_from(list("<>/!-=\"' abcdiv&#;x\n")), max_size=3000))
def test_html_becomes_bounded_text(html: str) -> None:
    text = html_to_text(html, max_text=500)
    assert isinstance(text, str) and len(text) <= 500
