"""Layouts survive long words: every main screen and dialog (tests/i18n/screens.py), each tab in
turn, in the pseudo-language (every text marked and each word 40% longer, as German and Russian
run; German dates and Qt's own texts), on a 1280x800 screen at 100% and at 200%: no text cut off
or elided (a table's cell may elide what its tooltip says whole), no widget reaching past its
window, no window larger than the screen, no page scrolling sideways.

The screens run in a process of their own (python -m tests.i18n.screens --check): the screen's
size and scale are fixed when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.i18n.screens import PSEUDO, SCREENS, pseudo

ROOT = Path(__file__).resolve().parents[2]


def check(scale: float) -> dict[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY",
                                                              "QT_SCALE_FACTOR")}
    result = subprocess.run(
        [sys.executable, "-m", "tests.i18n.screens", "--check", "--scale", str(scale), PSEUDO],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    found: dict[str, list[str]] = json.loads(result.stdout)[PSEUDO]
    return found


@pytest.fixture(scope="module")
def at_100() -> dict[str, list[str]]:
    return check(1)


@pytest.fixture(scope="module")
def at_200() -> dict[str, list[str]]:
    return check(2)


def _problems(found: dict[str, list[str]], screen: str) -> list[str]:
    states = {name: problems for name, problems in found.items()
              if name == screen or name.startswith(screen + "-")}
    assert states, f"{screen} was not shown"
    return [f"{name}: {p}" for name, problems in states.items() for p in problems]


@pytest.mark.parametrize("screen", SCREENS)
def test_nothing_is_cut_off_in_a_long_language(at_100: dict[str, list[str]], screen: str
                                               ) -> None:
    problems = _problems(at_100, screen)
    assert not problems, "\n".join(problems)


@pytest.mark.slow
@pytest.mark.parametrize("screen", SCREENS)
def test_nothing_is_cut_off_at_200_percent(at_200: dict[str, list[str]], screen: str) -> None:
    problems = _problems(at_200, screen)
    assert not problems, "\n".join(problems)


def test_the_pseudo_language_is_longer_and_keeps_what_qt_fills_in() -> None:
    assert pseudo("Open order") == "[Öpéñöp ördérör]"
    assert pseudo("<b>%1</b> of %n file(s) &amp; &Save") == \
        "[<b>%1</b> öfö %n fîléfî(šš) &amp; &Šàvéšà]"
    assert pseudo("{count} orders") == "[{count} ördéršörd]"
    for text in ("Settings", "Buyer Protection ends soon", "Dispute deadline"):
        assert len(pseudo(text)) >= 1.4 * len(text)
    assert pseudo("") == ""
