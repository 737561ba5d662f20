"""The app's own entry point as a process, counting the processes it forks (stderr ends with
`forks: N`); with ALIASSIST_TEST_CHILD_DIES=1 every forked child dies at once (exit 9), as one
the system kills would."""

from __future__ import annotations

FORK_COUNTING_ENTRY = """
import os, sys
forks = []
fork = os.fork
def counted():
    forks.append(1)
    pid = fork()
    if pid == 0 and os.environ.get("ALIASSIST_TEST_CHILD_DIES") == "1":
        os._exit(9)
    return pid
os.fork = counted
from aliassist.app import main
code = main(sys.argv[1:])
sys.stdout.flush()
sys.stderr.write(f"forks: {len(forks)}\\n")
sys.exit(code)
"""
