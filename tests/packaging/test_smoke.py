"""The smoke test packagers run on the frozen build passes on the source tree too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_test_passes_with_a_clean_stderr() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke_test.py"), "--", sys.executable, "-m",
         "aliassist"], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "--version and --smoke-test passed, stderr clean" in result.stdout
