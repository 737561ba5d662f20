"""The window's modules are imported without PySide6 keeping their source lines: the same
answer to PySide6's question (does this module use PySide6?), no line cache."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

_PROBE = """
import json, linecache, sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
asked = feature._mod_uses_pyside
if sys.argv[1] == "stop":
    from aliassist.gui.module_sources import stop_keeping_module_sources
    assert stop_keeping_module_sources()
before = set(linecache.cache)
if sys.argv[1] == "app":  # the app's entry, in a process that loaded PySide6 first
    import aliassist.app
import aliassist.domain.policy, aliassist.gui.fitting, csv, email.parser
kept = set(linecache.cache) - before
names = ["aliassist.domain.policy", "aliassist.gui.fitting", "csv", "email.parser", "sys"]
from aliassist.gui.module_sources import uses_pyside
print(json.dumps({
    "cached": sorted(n for n in names if getattr(sys.modules[n], "__file__", None) in kept),
    "lines": sum(len(linecache.cache[f][2]) for f in kept),
    "files": sorted(f.rsplit("/", 1)[-1] for f in kept),
    "same": all(uses_pyside(sys.modules[n]) == asked(sys.modules[n]) for n in names),
    "uses": {n: uses_pyside(sys.modules[n]) for n in names},
}))
"""


def probe(mode: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True,
                          timeout=120, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_pyside_keeps_the_source_of_every_module_imported_after_it_unless_told_not_to() -> None:
    kept = probe("keep")
    assert "csv" in kept["cached"] and kept["lines"] > 1000
    stopped = probe("stop")
    assert stopped["cached"] == [] and stopped["lines"] == 0


def test_the_answer_to_pysides_question_is_the_same_as_its_own() -> None:
    found = probe("stop")
    assert found["same"] is True
    assert found["uses"] == {"aliassist.domain.policy": False, "aliassist.gui.fitting": True,
                             "csv": False, "email.parser": False, "sys": False}


def test_the_apps_entry_answers_for_pyside_before_it_imports_anything_else() -> None:
    # a program that loads PySide6 and then starts the app (as the bench and tests do): the
    # standard library modules the entry imports (argparse, typing...) are not read either
    started = probe("app")
    assert started["cached"] == []
    # only what is imported on the way to the answer itself (__future__, types...) was read
    assert {"app.py", "argparse.py", "typing.py", "threading.py", "launch.py"}.isdisjoint(
        started["files"]) and started["lines"] < 1000
