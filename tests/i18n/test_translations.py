"""Every text of the app is translated in every language: `pyside6-lupdate` gathers the texts of
aliassist/ (as `make translations` does) into copies of the six .ts sources, and a text that comes
out unfinished (new, changed, or never filled) or with another translation's placeholders fails,
named by language, context and text. Fill them with `make translations` and pyside6-linguist."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aliassist import i18n

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
#: %1, %L2, %n, %Ln: what Qt fills in; a translation must keep each one its source has
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
#: plural forms of each language (Qt's rules; Russian and Polish have three)
PLURAL_FORMS = {"ru": 3, "pl": 3, "es": 2, "pt_BR": 2, "fr": 2, "de": 2}
SHOWN = 25


@pytest.fixture(scope="module")
def gathered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ET.Element]:
    """The six .ts sources brought up to date with the code, in a temporary folder."""
    folder = tmp_path_factory.mktemp("ts")
    paths = []
    for code in i18n.TRANSLATED:
        source = i18n.translations_dir() / f"aliassist_{code}.ts"
        target = folder / source.name
        if source.is_file():
            shutil.copy(source, target)
        paths.append(target)
    subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", "-no-obsolete",
                    "-locations", "none", str(ROOT / "aliassist"), "-ts", *map(str, paths)],
                   check=True, capture_output=True)
    return {code: ET.parse(path).getroot() for code, path in zip(i18n.TRANSLATED, paths,
                                                                 strict=True)}


def problems_of(root: ET.Element, code: str) -> list[str]:
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            where = f"{name}: {source!r}"
            kind = translation.get("type")
            if kind == "unfinished":
                problems.append(f"unfinished: {where}")
            elif kind in ("vanished", "obsolete"):
                problems.append(f"{kind} (run `make translations`): {where}")
            elif not all(f.strip() for f in forms):
                problems.append(f"empty: {where}")
            elif message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[code]:
                problems.append(f"{len(forms)} plural forms, not {PLURAL_FORMS[code]}: {where}")
            else:
                wanted = sorted(set(PLACEHOLDER.findall(source)))
                for form in forms:
                    found = sorted(set(PLACEHOLDER.findall(form)))
                    # a plural form may leave %n out ("одна минута"), never add one
                    if message.get("numerus") == "yes":
                        found = sorted(set(found) | ({"%n"} & set(wanted)))
                    if found != wanted:
                        problems.append(f"placeholders {found} instead of {wanted}: {where}")
                        break
    return problems


def test_the_sources_find_the_app_texts(gathered: dict[str, ET.Element]) -> None:
    """lupdate reads the translate() calls (a guard against the scan finding nothing)."""
    sources = {m.findtext("source") for m in gathered["de"].iter("message")}
    assert "Applies after a restart of AliAssist: close it (also from the tray) and start it " \
           "again." in sources


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_every_text_is_translated(gathered: dict[str, ET.Element], code: str) -> None:
    root = gathered[code]
    assert (root.get("language") or "").split("_")[0] == code.split("_")[0]
    problems = problems_of(root, code)
    total = sum(1 for _ in root.iter("message"))
    assert not problems, (
        f"{code}: {len(problems)} of {total} texts need a translator "
        f"(resources/translations/aliassist_{code}.ts; `make translations` first):\n"
        + "\n".join(problems[:SHOWN]) + ("\n…" if len(problems) > SHOWN else ""))


def test_the_check_sees_what_a_translator_left_undone() -> None:
    ts = ET.fromstring(
        '<TS version="2.1" language="ru_RU"><context><name>C</name>'
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        '<message><source>%1 of %2</source><translation>%1 из</translation></message>'
        '<message numerus="yes"><source>%n day(s)</source><translation>'
        '<numerusform>%n день</numerusform><numerusform>%n дня</numerusform></translation>'
        '</message>'
        '<message numerus="yes"><source>%n file(s)</source><translation>'
        '<numerusform>один файл</numerusform><numerusform>%n файла</numerusform>'
        '<numerusform>%n файлов</numerusform></translation></message>'
        '</context></TS>')
    assert problems_of(ts, "ru") == [
        "unfinished: C: 'Open'",
        "placeholders ['%1'] instead of ['%1', '%2']: C: '%1 of %2'",
        "2 plural forms, not 3: C: '%n day(s)'"]
