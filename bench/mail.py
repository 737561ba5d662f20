"""M1: reading a ~1 GB generated mbox (a mailbox of ordinary mail, newsletters, attachments and
the platform's own messages) with `aliassist import-mail`, against Python's `mailbox.mbox`
merely iterating the same file, both as processes, alternated, BENCH_RUNS of each: time, and
peak memory (RSS of each process). A second figure reads a tenth of the file: the reading's peak
memory must not grow with the file.

The mbox is generated into a temporary folder at bench time and deleted after."""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
from pathlib import Path

from bench.common import Process, Result, alternate, cli, process_result, run_process

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


#: the least reading the file can do: iterate it with the standard library
_MAILBOX = """
import mailbox, sys
count = 0
for message in mailbox.mbox(sys.argv[1]):
    count += 1
print(count)
"""


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small, large = folder / "small.mbox", folder / "large.mbox"
        write_mbox(small, SIZE // 10)
        platform = write_mbox(large, SIZE)
        gigabytes = large.stat().st_size / (1 << 30)
        runs = iter(range(1000))
        out = folder / "out.json"

        def ours_on(mbox: Path) -> Process:
            # each run into a new database, so it reads every message as the first time
            db = folder / f"{mbox.stem}{next(runs)}.db"
            done = run_process(cli(db, "import-mail", str(mbox), "--json"), stdout=out,
                               ok=(0, 1))
            report = json.loads(out.read_text(encoding="utf-8"))
            assert mbox != large or len(report["events"]) == platform, (report, platform)
            return done

        ours, baseline = alternate(
            lambda: run_process([sys.executable, "-c", _MAILBOX, str(large)]),
            lambda: ours_on(large))
        ours_small, _ = alternate(lambda: None, lambda: ours_on(small))
    return [
        process_result(f"M1 `aliassist import-mail` of a {gigabytes:.2f} GB mbox (process) vs "
                       "mailbox.mbox iterating it", ours, baseline, "<= 1x"),
        Result("M1 peak RSS reading that mbox vs mailbox.mbox iterating it",
               [o.rss for o in ours], [b.rss for b in baseline], "MiB",
               "<= 1.5x: the app's process holds its database libraries too"),
        Result("M1 peak RSS growth from a tenth of that mbox to all of it",
               [o.rss for o in ours], [o.rss for o in ours_small], "MiB", "< +20 MB",
               compare="delta"),
    ]
