"""The window's start reads its usual arguments (`--db FILE`, `--lang=de`, --smoke-test)
without argparse, and reads them as argparse would; anything else is argparse's to decide."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from aliassist.window_args import _parsed_window_args, _plain_window_args, parse_window_args

WORDS = ["--db", "--db=a.db", "a.db", "", "--db=", "--lang", "de", "--lang=ru", "xx", "Deutsch",
         "--smoke-test", "--now", "2026-03-05", "--now=2026-03-05T14:00:00Z", "--policy",
         "p.toml", "--database-url", "postgresql+psycopg://me@host/db", "-", "--", "-x",
         "--help", "--version", "orders", "--json", "--lan", "--dbx", "--database_url",
         "--smoke-test=1", "--DB", "=", "--=x"]


@given(st.lists(st.sampled_from(WORDS), max_size=6))
def test_the_plain_reading_is_argparses_or_leaves_it_to_argparse(argv: list[str]) -> None:
    plain = _plain_window_args(argv)
    if plain is not None:
        assert vars(plain) == vars(_parsed_window_args(argv))


def test_the_usual_starts_are_read_plainly() -> None:
    for argv in ([], ["--db", "a.db"], ["--db=a.db", "--lang", "de"], ["--smoke-test"],
                 ["--database-url", "postgresql+psycopg://me@host/db", "--now", "2026-03-05"]):
        assert _plain_window_args(argv) is not None, argv
    args = parse_window_args(["--db", "a.db", "--lang=pl"])
    assert args is not None
    assert (args.db, args.lang, args.smoke_test, args.command) == (Path("a.db"), "pl", False,
                                                                   None)


def test_a_command_or_a_bad_value_is_left_to_the_command_lines_parser() -> None:
    for argv in (["orders"], ["--db", "a.db", "orders", "--json"], ["--help"], ["--lang", "xx"],
                 ["--db"], ["--db", "--lang", "de"]):
        assert _plain_window_args(argv) is None, argv
        assert parse_window_args(argv) is None, argv
