"""`python -m tests.stress`: the crash trials (see tests/stress/trials.py)."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.stress.trials import main

sys.exit(main())
