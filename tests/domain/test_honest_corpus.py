"""No false alarms: honest dispute descriptions in every language of the text checks raise
nothing, neither as dispute descriptions nor as messages (tests/fixtures/honest_corpus)."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from aliassist.domain.policy import LANGUAGES, Policy
from aliassist.domain.precheck import PlannedDispute, check_message, precheck, text_hits
from tests.conftest import FIXTURES
from tests.domain.test_precheck import CLEAN, NOW, ev

CORPUS_DIR = FIXTURES / "honest_corpus"


def corpus() -> list[tuple[str, str, str]]:
    """(language, reason, text) of every honest description."""
    out = []
    for path in sorted(CORPUS_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out += [(data["lang"], t["reason"], t["text"]) for t in data["texts"]]
    return out


CORPUS = corpus()


def test_the_corpus_has_at_least_40_texts_in_every_language() -> None:
    assert len(CORPUS) >= 40
    by_lang = {lang: sum(1 for lg, _, _ in CORPUS if lg == lang) for lang in LANGUAGES}
    assert all(n >= 8 for n in by_lang.values()), by_lang


@pytest.mark.parametrize(("lang", "reason", "text"), CORPUS,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(CORPUS)])
def test_an_honest_description_raises_nothing(policy: Policy, lang: str, reason: str,
                                              text: str) -> None:
    assert policy.reasons[reason]
    assert text_hits(policy, text, "dispute") == []
    assert check_message(policy, text) == []
    # the whole pre-check on a clean order with the evidence the reason asks for
    kinds = {kind for item in policy.checklist(reason) if item.required and item.when is None
             for kind in item.accepts[:1]}
    evidence = tuple(replace(ev(kind), checklist=item.id)
                     for item in policy.checklist(reason) if item.required
                     for kind in item.accepts[:1] if kind in kinds)
    order = replace(CLEAN, evidence=evidence)
    planned = PlannedDispute(reason, 0, "full_refund", None, text)
    assert precheck(policy, order, planned, NOW) == []


def test_corpus_files_are_readable_utf8() -> None:
    for path in CORPUS_DIR.glob("*.toml"):
        Path(path).read_text(encoding="utf-8")
