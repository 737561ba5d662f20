"""The command line's help reaches lupdate: aliassist/cli/help_strings.py is generated from the
parser (`python -m aliassist.cli.help_text`) and must match it; the help is translated only as it
is printed (English without a translator)."""

from __future__ import annotations

import io
from contextlib import redirect_stdout, suppress

from aliassist.cli import build_parser, help_text


def test_the_generated_help_strings_match_the_parser() -> None:
    assert help_text.GENERATED.read_text(encoding="utf-8") == help_text.generate(), (
        "aliassist/cli/help_strings.py is out of date: run `python -m aliassist.cli.help_text` "
        "and commit the result")
    assert help_text.main(["--check"]) == 0


def test_every_subcommand_is_covered() -> None:
    texts = set(help_text.parser_texts(build_parser()))
    assert "pre-check a dispute before you file it" in texts
    assert any(t.startswith("record that ") for t in texts)  # one command per dispute step
    assert any("--draft-lang" not in t and "sellers read it best" in t for t in texts)


def test_help_prints_in_english_without_a_translator() -> None:
    out = io.StringIO()
    with redirect_stdout(out), suppress(SystemExit):
        build_parser().parse_args(["check", "--help"])
    assert "Check a planned dispute against the platform's forbidden abuses" in out.getvalue()
    assert "the dispute reason (not_received, not_as_described, ...)" in out.getvalue()
