"""argparse's own words ("usage:", "error:", "options"...) in the app's language: argparse's
gettext lookup goes through the app's translator (context "argparse"); English is argparse's own.
Translations are not filled in yet, so the test builds a tiny German .qm with pyside6-lrelease."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aliassist import i18n
from aliassist.cli import build_parser
from aliassist.cli.help_text import ARGPARSE_TEXTS, argparse_text

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def german(tmp_path: Path) -> Iterator[Path]:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "aliassist_de.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([found, str(ts), "-qm", str(tmp_path / "aliassist_de.qm")], check=True,
                   capture_output=True)
    i18n.use_language("de", tmp_path)
    yield tmp_path
    i18n.forget_language()


def test_english_is_argparse_own() -> None:
    assert argparse_text("usage: ") == "usage: "
    assert argparse_text("not one of argparse's") == "not one of argparse's"
    assert "show this help message and exit" in ARGPARSE_TEXTS


def test_argparse_words_in_the_language_in_force(german: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    assert parser.format_usage().startswith("Aufruf: aliassist")
    assert "Optionen:" in parser.format_help()
    with pytest.raises(SystemExit):
        parser.parse_args(["import", "--json"])
    err = capsys.readouterr().err
    assert "Fehler: diese Argumente fehlen:" in err, err
