"""Every colour the app draws comes from the theme, and each reads well in a light and a dark
palette: text at least 4.5:1 on what is behind it, marks (bars, lines, flags, badges) at least
3:1 against the window and a list's base (WCAG 2.1, 1.4.3 and 1.4.11)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

import aliassist.gui
from aliassist.gui.theme import (
    GRAPHICS,
    TEXT_TONES,
    THUMB_BADGES,
    THUMB_MARK,
    TINTS,
    TRAY_BADGES,
    TRAY_RING,
    VIEWER,
    VIEWER_TONES,
    contrast_ratio,
    graphic,
    is_dark,
    tint,
)
from tests.gui.test_contrast import dark_palette, light_palette

TEXT, MARK = 4.5, 3.0
PALETTES = {"light": light_palette, "dark": dark_palette}


def ratio(a: str | QColor, b: str | QColor) -> float:
    return contrast_ratio(QColor(a), QColor(b))


def behind(palette: QPalette) -> list[QColor]:
    """What marks and plain text are drawn on: the window, and a list's or a card's base."""
    return [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]


@pytest.mark.parametrize("name", sorted(TINTS))
@pytest.mark.parametrize("which", sorted(PALETTES))
def test_text_on_every_tint_reads_well(name: str, which: str) -> None:
    colours = tint(name, PALETTES[which]())
    assert ratio(colours.ink, colours.back) >= TEXT, (name, which, colours)


def test_a_dark_palette_gets_dark_tints() -> None:
    """Tinted rows and cards do not glare in a dark palette: their backgrounds are dark too."""
    dark = dark_palette()
    assert is_dark(dark) and not is_dark(light_palette())
    for name in TINTS:
        if name in ("danger_button", "tile.video"):  # the same strong fill in both
            continue
        assert QColor(tint(name, dark).back).lightness() < 128, name


@pytest.mark.parametrize("name", sorted(GRAPHICS))
@pytest.mark.parametrize("which", sorted(PALETTES))
def test_every_mark_stands_out_from_the_window_and_the_base(name: str, which: str) -> None:
    palette = PALETTES[which]()
    for background in behind(palette):
        assert ratio(graphic(name, palette), background) >= MARK, (name, which,
                                                                    background.name())


@pytest.mark.parametrize("name", sorted(TEXT_TONES))
@pytest.mark.parametrize("which", sorted(PALETTES))
def test_text_tones_read_on_the_window_and_the_base(name: str, which: str) -> None:
    palette = PALETTES[which]()
    light, dark = TEXT_TONES[name]
    for background in behind(palette):
        assert ratio(dark if which == "dark" else light, background) >= TEXT, (name, which)


@pytest.mark.parametrize("which", sorted(PALETTES))
def test_the_dispute_flag_stands_out_on_every_row_tint(which: str) -> None:
    palette = PALETTES[which]()
    rows = [tint(n, palette).back for n in TINTS if n.startswith("state.") or n == "urgent"]
    for mark in ("flag", "flag_count"):
        for row in rows:
            assert ratio(graphic(mark, palette), row) >= MARK, (mark, which, row)


def test_badges_and_the_viewer_read_well() -> None:
    for state, fill in TRAY_BADGES.items():
        assert ratio(fill, TRAY_RING) >= MARK, state
    for severity, fill in THUMB_BADGES.items():
        assert ratio(THUMB_MARK, fill) >= TEXT, severity  # the "!" or the count is text
    assert ratio(VIEWER.ink, VIEWER.back) >= TEXT
    for name, colour in VIEWER_TONES.items():
        assert ratio(colour, VIEWER.back) >= TEXT, name


_HEX = re.compile(r"#[0-9a-fA-F]{6}\b"
                  r"|(?:colou?r|background|border[-\w]*)\s*:[^;'\"]*#[0-9a-fA-F]{3}\b")
_NAMED = re.compile(r"QColor\(\s*['\"](?!#)")


def test_no_colour_is_written_outside_the_theme() -> None:
    """One place for colours: a colour written into another GUI module would escape the checks
    above (and the dark palette)."""
    found = []
    for path in sorted(Path(aliassist.gui.__file__).parent.rglob("*.py")):
        if path.name == "theme.py":
            continue
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.STRING and _HEX.search(token.string):
                found.append(f"{path.name}:{token.start[0]}: {token.string.strip()[:60]}")
        found += [f"{path.name}: {m.group(0)}" for m in _NAMED.finditer(source)]
    assert not found, "colours outside gui/theme.py:\n" + "\n".join(found)
