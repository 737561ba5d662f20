"""`python -m tests.mutate` (`make mutate`): mutation testing of the rules.

Runs mutmut (configured in pyproject.toml, [tool.mutmut]: aliassist/domain/ and the importers'
cell parsing, against tests/domain and tests/importers), then prints the score of each file and
area and every mutant the tests did not kill, with its file, line and the change. mutmut keeps
its results in mutants/: a second run only tests what changed. Exits 1 when the domain's score
is below --fail-under.

    python -m tests.mutate                    run, then report
    python -m tests.mutate --report           report the last run only
    python -m tests.mutate NAME...            re-run these mutants (globs allowed), then report
    python -m tests.mutate --fresh NAME...    the same, tracing anew which tests reach what
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: statuses that mean the tests noticed the change
DETECTED = {"killed", "timeout", "caught by type check", "segfault"}
AREAS = {"aliassist/domain/": "domain", "aliassist/importers/values.py": "importers/values.py"}
_NAME = re.compile(r"^(?P<module>[\w.]+?)\.(?P<func>x[_ǁ].*)__mutmut_(?P<n>\d+)$")


@dataclass(frozen=True)
class Mutant:
    name: str
    path: Path
    status: str
    line: int | None
    before: str
    after: str


def _function_start(path: Path, func: str) -> int | None:
    """The first line (decorators included) of `func` in `path`: `x_name` for a function,
    `xǁClassǁmethod` for a method."""
    if func.startswith("xǁ"):
        _, cls, name = func.split("ǁ", 2)
    else:
        cls, name = None, func[2:]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    scopes = [tree.body]
    if cls is not None:
        scopes = [n.body for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls]
    for body in scopes:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
                return min([node.lineno, *(d.lineno for d in node.decorator_list)])
    return None


def _locate(diff: str, start: int | None) -> tuple[int | None, str, str]:
    """The file line of the first changed line of a function diff, and the line before and
    after the change."""
    offset, before, after, line = 0, "", "", None
    for text in diff.splitlines():
        hunk = re.match(r"^@@ -(\d+)", text)
        if hunk:
            offset = int(hunk[1]) - 1
            continue
        if text.startswith(("---", "+++")):
            continue
        if text.startswith("-") and not before:
            before, line = text[1:].strip(), offset
        elif text.startswith("+") and not after:
            after = text[1:].strip()
            line = offset if line is None else line
        if not text.startswith("+"):
            offset += 1
    return (None if start is None or line is None else start + line), before, after


def collect() -> list[Mutant]:
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.mutation.diff_apply import get_diff_for_mutant
    from mutmut.stats import status_by_exit_code
    from mutmut.utils.file_utils import walk_mutatable_files

    out = []
    for path in sorted(walk_mutatable_files()):
        data = SourceFileMutationData(path=path)
        data.load()
        for name, code in data.exit_code_by_key.items():
            status = status_by_exit_code[code]
            line, before, after = None, "", ""
            if status not in DETECTED and status != "not checked":
                match = _NAME.match(name)
                start = _function_start(path, match["func"]) if match else None
                line, before, after = _locate(get_diff_for_mutant(name, path=path), start)
            out.append(Mutant(name, Path(path), status, line, before, after))
    return out


def _area(path: Path) -> str:
    text = path.as_posix()
    return next((area for prefix, area in AREAS.items() if text.startswith(prefix)), text)


def _score(mutants: list[Mutant]) -> str:
    killed = sum(m.status in DETECTED for m in mutants)
    share = 100 * killed / len(mutants) if mutants else 100.0
    return f"{killed}/{len(mutants)} killed ({share:.1f}%)"


def report(mutants: list[Mutant], fail_under: float) -> int:
    everything = mutants
    unchecked = sum(m.status == "not checked" for m in mutants)
    mutants = [m for m in mutants if m.status != "not checked"]
    if not mutants:
        print("No mutation results: run `make mutate` first.")
        return 1
    if unchecked:
        print(f"{unchecked} mutants are not checked yet (an interrupted run): left out below.")
    print("\nSurviving mutants (file:line  status  the change)")
    alive = [m for m in mutants if m.status not in DETECTED]
    for m in sorted(alive, key=lambda m: (str(m.path), m.line or 0, m.name)):
        where = f"{m.path}:{m.line}" if m.line else str(m.path)
        print(f"  {where}  {m.status}  [{m.name.rsplit('.', 1)[-1]}]")
        print(f"      - {m.before}")
        print(f"      + {m.after}")
    print("\nScore by file")
    for path in sorted({m.path for m in mutants}):
        of_file = [m for m in mutants if m.path == path]
        counts = Counter(m.status for m in of_file if m.status not in DETECTED)
        rest = "".join(f", {n} {status}" for status, n in sorted(counts.items()))
        print(f"  {path}: {_score(of_file)}{rest}")
    print("\nScore by area")
    domain_share = 100.0
    for area in dict.fromkeys(AREAS.values()):
        of_area = [m for m in mutants if _area(m.path) == area]
        print(f"  {area}: {_score(of_area)}")
        if area == "domain" and of_area:
            domain_share = 100 * sum(m.status in DETECTED for m in of_area) / len(of_area)
    print(f"  all: {_score(mutants)}")
    if unchecked:
        # a mutant that was never run was not killed: the goal counts every mutant
        print("\nScore over every mutant (one not run counts as not killed)")
        for area in dict.fromkeys(AREAS.values()):
            of_area = [m for m in everything if _area(m.path) == area]
            missing = sum(m.status == "not checked" for m in of_area)
            print(f"  {area}: {_score(of_area)}, {missing} not run")
            if area == "domain" and of_area:
                domain_share = min(domain_share, 100 * sum(
                    m.status in DETECTED for m in of_area) / len(of_area))
    if domain_share < fail_under:
        print(f"\nThe domain's score is below {fail_under:.0f}%.")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="mutants to re-run (mutmut names or globs)")
    parser.add_argument("--report", action="store_true", help="only report the last run")
    parser.add_argument("--max-children", type=int, default=2,
                        help="mutants tested at once (default 2)")
    parser.add_argument("--fresh", action="store_true",
                        help="trace anew which tests reach which function (mutmut traces only "
                             "new tests: once code moves to new functions, old tests that reach "
                             "them are not run against their mutants, which then look alive)")
    parser.add_argument("--fail-under", type=float, default=90.0,
                        help="the least share of the domain's mutants to kill (default 90)")
    args = parser.parse_args(argv)
    os.chdir(ROOT)  # mutmut reads its settings and results from the checkout's root
    if args.fresh and not args.report:
        (ROOT / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    if not args.report:
        run = subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children",
                              str(args.max_children), *args.names], cwd=ROOT, check=False)
        if run.returncode != 0:
            return run.returncode
    return report(collect(), args.fail_under)


if __name__ == "__main__":
    sys.exit(main())
