"""The drafted description in the buyer's language: its own translator (context "draft", and the
policy's reason labels), apart from the app's language; English unless asked. Translations are
not filled in yet, so the test builds a tiny German .qm with pyside6-lrelease."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aliassist import i18n_draft
from aliassist.domain.draft import draft_description
from aliassist.domain.precheck import PlannedDispute
from aliassist.services.policy import load_policy
from tests.cli.test_disputes_cli import NUMBER, db, run  # noqa: F401  (db: the fixture)
from tests.domain.test_draft import BERLIN
from tests.domain.test_precheck import CLEAN, HONEST

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>draft</name>
    <message>
        <source>Order {number}, placed on {date}.</source>
        <translation>Bestellung {number} vom {date}.</translation>
    </message>
    <message>
        <source>Problem: {reason}.</source>
        <translation>Problem: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of the item</source>
        <translation>
            <numerusform>%n Foto des Artikels</numerusform>
            <numerusform>%n Fotos des Artikels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
</context>
</TS>
"""


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A German .qm with a few of the draft's templates, where the app looks for translations."""
    ts = tmp_path / "aliassist_de.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([_lrelease(), str(ts), "-qm", str(tmp_path / "aliassist_de.qm")],
                   check=True, capture_output=True)
    monkeypatch.setattr(i18n_draft, "translations_dir", lambda: tmp_path)
    i18n_draft._words.cache_clear()
    yield tmp_path
    i18n_draft._words.cache_clear()


PLAN = PlannedDispute("not_as_described", 0, "full_refund", None, HONEST)


def test_a_draft_in_german_uses_the_german_templates_and_english_stays_the_default(
        german: Path) -> None:
    policy = load_policy()
    english = draft_description(policy, CLEAN, PLAN, BERLIN).text
    assert english.startswith(f"Order {NUMBER}, placed on ")
    assert "Problem: not as described." in english
    assert i18n_draft.draft_words(None) is i18n_draft.english
    assert draft_description(policy, CLEAN, PLAN, BERLIN, i18n_draft.draft_words("en")).text \
        == english

    german_text = draft_description(policy, CLEAN, PLAN, BERLIN,
                                    i18n_draft.draft_words("de")).text
    assert german_text.startswith(f"Bestellung {NUMBER} vom ")
    assert "Problem: nicht wie beschrieben." in german_text
    # a template the .qm lacks stays English; the buyer's own words are kept as typed
    assert "I ask for a full refund." in german_text and HONEST in german_text


def test_plural_forms_come_from_the_drafts_translator(german: Path) -> None:
    words = i18n_draft.draft_words("de")
    assert words("draft", "%n photo(s) of the item", None, 1) == "1 Foto des Artikels"
    assert words("draft", "%n photo(s) of the item", None, 3) == "3 Fotos des Artikels"
    english = i18n_draft.draft_words("en")
    assert english("draft", "%n photo(s) of the item", None, 1) == "1 photo of the item"
    assert english("draft", "%n photo(s) of the item", None, 3) == "3 photos of the item"


def test_a_language_without_a_qm_writes_english(german: Path) -> None:
    words = i18n_draft.draft_words("pl")
    assert words("draft", "Shipped on {date}.") == "Shipped on {date}."


def test_the_cli_drafts_in_the_language_asked_for(german: Path, db: Path) -> None:  # noqa: F811
    argv = ("dispute", "draft", NUMBER, "--reason", "not_as_described", "--text", HONEST,
            "--remedy", "full_refund", "--json")
    code, out, err = run(db, *argv)
    assert code == 0, err
    assert json.loads(out)["description"].startswith(f"Order {NUMBER}, placed on")
    code, out, err = run(db, *argv, "--draft-lang", "de")
    assert code == 0, err
    assert json.loads(out)["description"].startswith(f"Bestellung {NUMBER} vom ")
    assert run(db, *argv, "--draft-lang", "xx")[0] == 2  # argparse names the choices
