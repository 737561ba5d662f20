"""The text rules hold their goals on the labelled corpus (tests/fixtures/text_corpus, the same
evaluation `make eval` prints): recall at least 95% for every rule and language, no blocking
finding on any honest text, warnings on at most 2% of the honest texts."""

from __future__ import annotations

import pytest

from aliassist.domain.policy import LANGUAGES, Policy
from tests.text_eval import (
    HELD_OUT_DIR,
    RECALL_GOAL,
    WARN_GOAL,
    CorpusError,
    evaluate,
    format_report,
    load_corpus,
    parse_corpus,
)

SAMPLES = load_corpus()
TEXT_RULES = ("review_threat", "extortion", "fake_review", "off_platform_deal", "retaliation",
              "abusive_language", "external_link")


def test_the_corpus_has_600_texts_and_60_abusive_and_60_honest_in_every_language() -> None:
    assert len(SAMPLES) >= 600
    for lang in LANGUAGES:
        abusive = [s for s in SAMPLES if s.lang == lang and s.rules]
        honest = [s for s in SAMPLES if s.lang == lang and not s.rules]
        assert len(abusive) >= 60 and len(honest) >= 60, lang
        assert {r for s in abusive for r in s.rules} == set(TEXT_RULES), lang


def test_the_text_rules_meet_their_goals_on_the_corpus(policy: Policy) -> None:
    report = evaluate(policy, SAMPLES)
    summary = format_report(report)
    assert not report.low_recall(), summary
    assert not report.blocked_honest(), summary
    assert len(report.warned_honest()) <= WARN_GOAL * len(report.honest), summary
    assert all(caught / total >= RECALL_GOAL for caught, total in report.recall.values())
    assert "Goals met." in summary


@pytest.mark.parametrize(("content", "message"), [
    ("review_threat :: text", "under a section"),
    ("[elsewhere]\n- :: text", "unknown section"),
    ("[honest]\nreview_threat :: text", "honest texts carry"),
    ("[message]\n- :: text", "honest texts carry"),
])
def test_a_malformed_corpus_line_is_named(content: str, message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        parse_corpus(content, "en", "en.txt")


def test_the_held_out_texts_are_labelled_and_kept_out_of_the_goals() -> None:
    held_out = load_corpus(HELD_OUT_DIR, None)
    assert {s.lang for s in held_out} >= {"de", "pl"}
    assert all(s.section in ("message", "dispute", "honest") for s in held_out)
    assert not {s.text for s in held_out} & {s.text for s in SAMPLES}
