"""Smoke-test a build: start it with --version and with --smoke-test, and fail on a non-zero
exit, a wrong answer, or any line on stderr.

    python packaging/smoke_test.py dist/AliAssist/aliassist
    python packaging/smoke_test.py -- python -m aliassist     (the source tree, as the tests do)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from aliassist import APP_NAME, __version__  # noqa: E402


def check(command: list[str], args: list[str], expect: str, env: dict[str, str]) -> list[str]:
    result = subprocess.run([*command, *args], capture_output=True, text=True, env=env,
                            timeout=120)
    problems = []
    if result.returncode != 0:
        problems.append(f"{' '.join(args)}: exit code {result.returncode}")
    if expect not in result.stdout:
        problems.append(f"{' '.join(args)}: expected {expect!r} on stdout, got "
                        f"{result.stdout.strip()!r}")
    problems += [f"{' '.join(args)}: unexpected stderr: {line}"
                 for line in result.stderr.splitlines() if line.strip()]
    return problems


def main(argv: list[str]) -> int:
    command = argv[1:] if argv and argv[0] == "--" else argv[:1]
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home,
               "ALIASSIST_DATA_DIR": home, "LANG": "C.UTF-8"}
        env.pop("ALIASSIST_DB", None)
        problems = check(command, ["--version"], f"{APP_NAME} {__version__}", env)
        problems += check(command, ["--smoke-test"], "smoke test passed", env)
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    if not problems:
        print(f"smoke test of {' '.join(command)}: --version and --smoke-test passed, "
              "stderr clean")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
