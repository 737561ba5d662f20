"""Settings > Language, driven as a person would: the choice is kept in the settings file, said
to apply after a restart, and the next start speaks it; and the whole pipeline from a wrapped
text to the screen (lupdate -> a translated .ts -> lrelease -> the app's translator)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from aliassist import i18n
from aliassist.gui.settings.language_settings import LanguageGroup
from aliassist.gui.settings.settings_dialog import SettingsDialog
from aliassist.services.context import AppContext
from aliassist.services.language import chosen_language, start_language

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[2]


def test_the_choice_is_kept_and_said_to_apply_after_a_restart(
        qtbot, ctx: AppContext, messages: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    group = dialog.language_group
    choice = group.choice
    assert choice.currentData() is None  # the system's language, until one is chosen
    assert "after a restart" in group.note.text()
    assert group.note.isVisible()
    names = [choice.itemText(i) for i in range(choice.count())]
    assert names[1:] == list(i18n.LANGUAGES.values())  # each in its own words
    choice.setCurrentIndex(choice.findData("pl"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert chosen_language() == "pl"
    monkeypatch.delenv(i18n.ENV_LANG)  # the tests pin it
    assert start_language(None) == "pl"
    assert [title for title, _ in messages] == ["Language from the next start"]
    assert "next start" in messages[0][1]
    again = LanguageGroup()
    assert again.choice.currentData() == "pl"
    again.choice.setCurrentIndex(0)
    assert again.save() and chosen_language() is None


def test_an_unchanged_choice_says_nothing(qtbot, ctx: AppContext,
                                          messages: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert messages == []


def fill(ts: Path, translations: dict[str, str]) -> None:
    """Do a translator's work on `ts`: each source text of `translations` gets its
    translation, finished."""
    tree = ET.parse(ts)
    done = set()
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in translations and translation is not None:
            translation.text = translations[source]
            translation.attrib.pop("type", None)
            done.add(source)
    assert done == set(translations), set(translations) - done
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _lupdate(sources: Path, ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
                    str(sources), "-ts", str(ts)], check=True, capture_output=True)


def test_a_wrapped_text_reaches_the_screen_translated(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The real pipeline on the real Settings group: lupdate finds its texts, a translator fills
    two, lrelease builds the .qm, and the group made after use_language shows them."""
    sources = tmp_path / "aliassist"
    shutil.copytree(ROOT / "aliassist" / "gui" / "settings", sources)
    ts = tmp_path / "aliassist_de.ts"
    _lupdate(sources, ts)
    assert '<TS version="2.1" language="de_DE">' in ts.read_text(encoding="utf-8")
    fill(ts, {"Language": "Sprache",
              "The system's language (%1)": "Die Sprache des Systems (%1)"})
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts)], check=True)
    assert i18n.use_language("de", tmp_path) == []
    group = LanguageGroup()
    qtbot.addWidget(group)
    assert group.title() == "Sprache"
    assert group.choice.itemText(0) == "Die Sprache des Systems (English)"
    assert group.choice.itemText(6) == "Deutsch"  # names of languages are never translated
    assert "restart" in group.note.text()  # unfinished: stays English


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_every_language_has_its_ts_source_and_the_install_builds_its_qm(code: str) -> None:
    ts = i18n.translations_dir() / f"aliassist_{code}.ts"
    assert ts.is_file(), f"{ts}: run `make translations`"
    assert f'language="{code}' in ts.read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^LANGS\s*:=.*\b" + code + r"\b", makefile, re.M)
    for target in ("run", "test", "package"):
        assert re.search(rf"^{target}:.*\$\(QM\)", makefile, re.M), target


def test_the_language_of_help_is_known_before_the_arguments_are_parsed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """--lang (else ALIASSIST_LANG...) is in force for the first text the parse shows (its
    --help, a usage error), yet only then: --version loads no translator."""
    from aliassist.cli import parse_args

    assert parse_args(["--lang", "de", "--version"]) == 0
    assert i18n.language() == "en"  # nothing translated yet
    i18n.translate("cli", "interrupted")
    assert i18n.language() == "de"
    monkeypatch.setenv(i18n.ENV_LANG, "pl")
    assert parse_args(["--version"]) == 0
    i18n.translate("cli", "interrupted")
    assert i18n.language() == "pl"
