"""M1: reading a ~1 GB generated mbox (a mailbox of ordinary mail, newsletters, attachments and
the platform's own messages) with `aliassist import-mail`, against Python's `mailbox.mbox`
merely iterating the same file, alternated, BENCH_RUNS of each: time, and peak memory (RSS of a
fresh process each). A second figure reads a tenth of the file: the reading's peak memory must
not grow with the file.

The mbox is generated into a temporary folder at bench time and deleted after."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Result, alternate

#: the size of the generated mbox (ALIASSIST_BENCH_MAIL_MB overrides, for a quick run)
SIZE = int(os.environ.get("ALIASSIST_BENCH_MAIL_MB", "1024")) << 20
ROOT = Path(__file__).resolve().parent.parent

_PLATFORM = (
    "From: AliExpress <transaction@notice.aliexpress.com>\nTo: anna@example.org\n"
    "Subject: Your order has shipped\nDate: Tue, 03 Mar 2026 21:40:{s:02d} -0500\n"
    "Message-ID: <shipped-{n}@notice.aliexpress.com>\nMIME-Version: 1.0\n"
    "Content-Type: text/html; charset=utf-8\n\n<html><body><table><tr><td>Your order "
    "<b>81800{n:011d}</b> has been shipped.</td></tr><tr><td>Tracking number: "
    "LP00{n:012d}</td></tr>{filler}</table></body></html>\n")
_NEWSLETTER = (
    "From: Shop News <news@shop{k}.example>\nTo: anna@example.org\nSubject: Weekly deals "
    "#{n}\nDate: Mon, 02 Mar 2026 10:00:00 +0000\nMessage-ID: <news-{n}@shop.example>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{filler}\n"
    "From our team: thanks for reading.\n")
_ATTACHMENT = (
    "From: Bob <bob@example.net>\nTo: anna@example.org\nSubject: Photos {n}\n"
    "Date: Mon, 02 Mar 2026 11:00:00 +0100\nMessage-ID: <photos-{n}@example.net>\n"
    "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b{n}\"\n\n--b{n}\n"
    "Content-Type: text/plain\n\nHere they are.\n--b{n}\nContent-Type: image/jpeg\n"
    "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=p.jpg\n\n"
    "{blob}\n--b{n}--\n")


def write_mbox(path: Path, size: int, seed: int = 7) -> int:
    """An mbox of about `size` bytes; returns how many platform messages it holds."""
    rng = random.Random(seed)
    line = "Deals on lamps, cables and cases. " * 2 + "\n"
    blob = ("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n"
            * 800)
    written = platform = n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        while written < size:
            n += 1
            kind = rng.random()
            if kind < 0.05:
                platform += 1
                text = _PLATFORM.format(n=n, s=n % 60, filler="<tr><td>Item</td></tr>" * 40)
            elif kind < 0.75:
                text = _NEWSLETTER.format(n=n, k=n % 97, filler=line * rng.randint(20, 200))
            else:
                text = _ATTACHMENT.format(n=n, blob=blob)
            chunk = f"From sender@example.org Mon Mar  2 10:00:00 2026\n{text}\n"
            fh.write(chunk)
            written += len(chunk)
    return platform


_OURS = """
import json, resource, sys, time
from pathlib import Path
from aliassist.services.context import open_context
from aliassist.services.mail_import import import_mail
ctx = open_context(Path(sys.argv[2]))
start = time.perf_counter()
report = import_mail(ctx, [Path(sys.argv[1])])
seconds = time.perf_counter() - start
ctx.close()
print(json.dumps({"seconds": seconds, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "events": len(report.events)}))
"""
_MAILBOX = """
import json, mailbox, resource, sys, time
start = time.perf_counter()
count = 0
for message in mailbox.mbox(sys.argv[1]):
    count += 1
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "events": count}))
"""


def _child(code: str, *args: str) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                         text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small, large = folder / "small.mbox", folder / "large.mbox"
        write_mbox(small, SIZE // 10)
        platform = write_mbox(large, SIZE)
        gigabytes = large.stat().st_size / (1 << 30)
        runs = iter(range(1000))

        def ours_on(mbox: Path) -> dict[str, float]:
            done = _child(_OURS, str(mbox), str(folder / f"{mbox.stem}{next(runs)}.db"))
            return done

        # each run into a new database, so each reads every message as the first time
        ours, baseline = alternate(lambda: _child(_MAILBOX, str(large)),
                                   lambda: ours_on(large))
        assert all(o["events"] == platform for o in ours), (ours, platform)
        ours_small, _ = alternate(lambda: {}, lambda: ours_on(small))
    mb = 1024  # ru_maxrss is in KiB on Linux
    return [
        Result(f"M1 import-mail a {gigabytes:.2f} GB mbox vs mailbox.mbox iterating it",
               [o["seconds"] for o in ours], [b["seconds"] for b in baseline], "s", "<= 1x",
               peak=[o["rss"] / mb for o in ours], baseline_peak=[b["rss"] / mb
                                                                 for b in baseline]),
        Result("M1 peak RSS reading that mbox vs mailbox.mbox iterating it",
               [o["rss"] / mb for o in ours], [b["rss"] / mb for b in baseline], "MiB",
               "<= 1.5x: the app's process holds its database libraries too"),
        Result("M1 peak RSS growth from a tenth of that mbox to all of it",
               [o["rss"] / mb for o in ours], [o["rss"] / mb for o in ours_small], "MiB",
               "< +20 MB", compare="delta"),
    ]
