"""Which language the app speaks (--lang, ALIASSIST_LANG, Settings, the system's), what putting
it in force does (the app's and Qt's translators, QLocale, the style of dates and numbers), and
that JSON and date-only values do not move with it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from aliassist import i18n
from aliassist.cli import run
from aliassist.domain.dates import day_text, instant_text, value_text
from aliassist.domain.formatting import format_size, local_minute
from aliassist.domain.money import display_amount
from aliassist.services.context import open_context
from aliassist.services.language import choose_in_settings, chosen_language, start_language
from aliassist.services.sample import sample_orders
from aliassist.store.repository import save_order
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("name", "code"), [
    ("de", "de"), ("de_AT.UTF-8", "de"), ("de-CH", "de"), ("pt", "pt_BR"), ("pt-PT", "pt_BR"),
    ("pt_br", "pt_BR"), ("PL", "pl"), ("ru_RU.UTF-8@euro", "ru"), ("en_US", "en"),
    ("fr-CA", "fr"), ("es-419", "es"), ("it_IT", None), ("C", None), ("", None), (None, None)])
def test_names_of_languages_are_read_as_the_app_speaks_them(name: str | None,
                                                             code: str | None) -> None:
    assert i18n.language_code(name) == code


def test_the_option_wins_then_the_environment_then_settings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.ENV_LANG, "pl")
    choose_in_settings("fr")
    assert chosen_language() == "fr"
    assert start_language("ru") == "ru"
    assert start_language(None) == "pl"
    monkeypatch.setenv(i18n.ENV_LANG, "klingon")  # not spoken: passed over
    assert start_language(None) == "fr"
    monkeypatch.delenv(i18n.ENV_LANG)
    assert start_language(None) == "fr"
    choose_in_settings(None)
    assert chosen_language() is None
    assert start_language(None) == i18n.system_language()


def test_the_settings_choice_is_a_small_file_beside_the_other_choices() -> None:
    choose_in_settings("pt_BR")
    path = Path(os.environ["ALIASSIST_DATA_DIR"]) / "language.json"
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "pt_BR"}
    path.write_text("{not json", encoding="utf-8")
    assert chosen_language() is None  # unreadable: the system's language, no error


@pytest.mark.parametrize(("lang", "expected"), [
    ("de_DE.UTF-8", "de"), ("pt_PT.UTF-8", "pt_BR"), ("pl_PL.UTF-8", "pl"),
    ("it_IT.UTF-8", "en"), ("C.UTF-8", "en")])
def test_the_language_follows_the_system(lang: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", i18n.ENV_LANG)}
    env["LANG"] = lang
    probe = "from aliassist.services.language import start_language; print(start_language())"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, check=True, cwd=ROOT)
    assert result.stdout.strip() == expected


def test_a_language_brings_qt_own_translations_and_locale(qapp) -> None:  # type: ignore[no-untyped-def]
    missing = i18n.use_language("de")
    assert not [m for m in missing if "qtbase" in m]
    assert i18n.language() == "de"
    assert QLocale().name() == "de_DE"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"
    i18n.use_language("ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel").replace("&", "") == "Отмена"
    i18n.use_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().name() == "en_US"


def test_dates_numbers_and_money_in_the_language() -> None:
    day, at = date(2026, 8, 24), datetime(2027, 1, 13, 16, 0, tzinfo=UTC)  # 17:00 in Berlin
    assert (day_text(day), instant_text(at), display_amount(123456, "EUR"),
            format_size(3_400_000), local_minute(at)) == (
        "2026-08-24", "13 Jan 2027, 17:00", "1,234.56 EUR", "3.4 MB", "2027-01-13 17:00")
    i18n.use_language("de")
    assert (day_text(day), instant_text(at), display_amount(123456, "EUR"),
            format_size(3_400_000), format_size(999), local_minute(at)) == (
        "24.08.2026", "13. Jan. 2027, 17:00", "1.234,56 EUR", "3,4 MB", "999 bytes",
        "13.01.2027 17:00")
    assert display_amount(-5, "EUR") == "-0,05 EUR"
    assert display_amount(1_000_000, "JPY") == "1.000.000 JPY"
    i18n.use_language("ru")
    assert (day_text(day), instant_text(at)) == ("24.08.2026", "13 янв. 2027, 17:00")
    assert display_amount(123456, "RUB") == "1\u00a0234,56 RUB"
    i18n.use_language("es")
    assert day_text(day) == "24/8/2026"  # the language's short date, with the whole year
    i18n.use_language("pt_BR")
    assert (day_text(day), display_amount(123456, "BRL")) == ("24/08/2026", "1.234,56 BRL")
    i18n.use_language("en")
    assert display_amount(123456, "EUR") == "1,234.56 EUR"


def test_a_date_only_value_keeps_its_date_in_every_language() -> None:
    """00:00 in the platform's zone (Beijing) is the evening before in Berlin and Los Angeles:
    the date stays the one given, in every language and zone."""
    beijing = ZoneInfo("Asia/Shanghai")
    at = datetime(2026, 8, 24, tzinfo=beijing)
    for code, text in (("en", "2026-08-24"), ("de", "24.08.2026"), ("fr", "24/08/2026"),
                       ("pl", "24.08.2026")):
        i18n.use_language(code)
        for local in (ZoneInfo("Europe/Berlin"), ZoneInfo("America/Los_Angeles")):
            assert value_text(at, date_only=True, platform_tz=beijing, local_tz=local) == text
    i18n.use_language("de")
    assert value_text(at, date_only=False, platform_tz=beijing,
                      local_tz=ZoneInfo("America/Los_Angeles")) == "23.08.2026 09:00"


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    ctx = open_context(db_path, now=NOW)
    with ctx.session() as session, session.begin():
        for order in sample_orders(NOW, 5):
            save_order(session, order, now=NOW)
    ctx.close()
    return db_path


def test_the_command_line_speaks_the_language_its_json_does_not(filled_db: Path) -> None:
    args = ("--db", str(filled_db), "--now", "2026-11-21T12:00:00Z", "orders")
    code, english, _ = cli(*args)
    assert code == 0
    code, german, err = cli("--lang", "de", *args)
    assert code == 0, err
    assert english != german
    assert "2026-" in english and ".2026" in german  # dates as each language writes them
    code, json_en, _ = cli(*args, "--json")
    code, json_de, _ = cli("--lang", "de", *args, "--json")
    assert json_en == json_de
    code, again, _ = cli("--lang", "en", *args)
    assert again == english  # the language of one command does not stay for the next


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = cli("--lang", "xx", "orders")
    assert code == 2
    err = capsys.readouterr().err  # argparse's usage error
    assert "AliAssist does not speak 'xx'" in err and "pt_BR" in err


def test_json_in_another_language_loads_no_qt(filled_db: Path) -> None:
    probe = ("import sys\nfrom aliassist.app import main\n"
             f"code = main(['--db', {str(filled_db)!r}, 'orders', '--json'])\n"
             "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT',"
             " code, file=sys.stderr)")
    env = {**os.environ, i18n.ENV_LANG: "de"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, check=True, cwd=ROOT)
    assert result.stderr.split()[-2:] == ["NOQT", "0"]
    assert json.loads(result.stdout)


def test_the_window_writes_dates_in_the_language_and_keeps_given_dates(
        qtbot, filled_db: Path) -> None:  # type: ignore[no-untyped-def]
    """A date field shows and reads the language's dates; the orders table's order date (given
    as a date by the exporter) stays that date."""
    from PySide6.QtCore import QDate

    from aliassist.gui.fields import InstantEdit
    from aliassist.gui.main_window import MainWindow
    from aliassist.gui.workspace.orders_model import COLUMN

    i18n.use_language("de")
    field = InstantEdit(ZoneInfo("Asia/Shanghai"), optional=False, with_time=False)
    qtbot.addWidget(field)
    field.date.setDate(QDate(2026, 8, 24))
    assert field.date.text() == "24.08.2026"
    assert field.value() == datetime(2026, 8, 24, tzinfo=ZoneInfo("Asia/Shanghai"))
    ctx = open_context(filled_db, now=NOW)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        placed = [window.model.index(row, COLUMN["placed"]).data()
                  for row in range(window.model.rowCount())]
        assert placed and all(len(p) == 10 and p[2] == "." and p[5] == "." for p in placed)
    finally:
        ctx.close()
