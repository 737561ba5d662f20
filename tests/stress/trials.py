"""Crash trials: run a real AliAssist process, SIGKILL it at a random moment, and check that
nothing committed was lost and nothing half-written is passed off as whole.

    python -m tests.stress [--trials 210] [--seed N] [--only NAME ...] [--keep DIR]

Each workload is one small function registered with `@workload("name")`: given a `Setup` (a
fresh copy of a base database with orders, disputes and evidence; a folder for shared inputs)
it returns the `Job` to run: the child's command line and the files it produces, each with a
check that the file is complete. For each workload the driver first runs the job to the end
once (the reference: how long it takes, and the database it leaves), then for every trial
copies the base afresh, starts the job, kills it after a random delay, and checks (a quarter of
the delays fall anywhere in the run, the rest after the app has started: from 0.8 x the time
`aliassist orders` takes, or half the reference time if that is sooner, to 1.1 x the reference
time):

1. the database opens the way the app opens it (no damage found) and passes SQLite's full
   integrity check;
2. every record committed before the trial is intact: for an atomic job the database is
   exactly as before the job or exactly as after it, nothing in between; otherwise every row
   the finished job leaves untouched is still there, unchanged;
3. no evidence is referenced but missing, and every file in the vault under a final name holds
   the content its SHA-256 names;
4. every file the job declared exists at its final name only when complete;
5. every backup under a final name is whole (the start-up backup may be cut short too).

Adding a workload is one function, e.g.

    @workload("export-data")
    def export_data_job(s: Setup) -> Job:
        out = s.root / "export" / "all.json"
        return Job(s.aliassist("export-data", str(out)),
                   outputs={out: lambda p: export_is_complete(p, len(s.numbers))})
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from aliassist.domain.instants import format_instant
from aliassist.importers.datafile import order_to_json
from aliassist.services.context import open_context
from aliassist.services.datafile import import_data
from aliassist.services.safety import missing_evidence
from aliassist.services.sample import sample_orders
from aliassist.store.backups import check_backup, list_backups
from aliassist.store.integrity import integrity_check
from aliassist.store.opening import open_store
from aliassist.store.schema import Base
from aliassist.store.vault import Vault
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]
#: files the job produces: final name -> a check that returns a problem, or None when whole
Checks = dict[Path, Callable[[Path], str | None]]


@dataclass
class Job:
    #: the child's arguments after the Python interpreter
    argv: list[str]
    outputs: Checks = field(default_factory=dict)
    #: True when the job changes the database in one transaction (before or after, nothing
    #: in between)
    atomic: bool = True


@dataclass
class Setup:
    #: the trial's folder: the database, its vault and backups, and the job's outputs
    root: Path
    #: inputs shared by every trial of a run (data files, big evidence files)
    inputs: Path
    #: order numbers in the base database, and one with an open dispute
    numbers: list[str]
    disputed: str

    @property
    def db(self) -> Path:
        return self.root / "aliassist.db"

    def aliassist(self, *argv: str) -> list[str]:
        """The command line of `aliassist --db <trial db> --now <fixed> ARGV...`."""
        return ["-m", "aliassist", "--db", str(self.db), "--now", format_instant(NOW), *argv]

    def input_file(self, name: str, size: int, head: bytes = b"") -> Path:
        """A file of `size` bytes of varied content (made once per run)."""
        path = self.inputs / name
        if not path.exists():
            rng = random.Random(name)
            with path.open("wb") as fh:
                fh.write(head)
                left = size - len(head)
                while left > 0:
                    block = min(left, 1 << 20)
                    fh.write(rng.randbytes(block))
                    left -= block
        return path


WORKLOADS: dict[str, Callable[[Setup], Job]] = {}


def workload(name: str) -> Callable[[Callable[[Setup], Job]], Callable[[Setup], Job]]:
    def register(fn: Callable[[Setup], Job]) -> Callable[[Setup], Job]:
        WORKLOADS[name] = fn
        return fn

    return register


# ---------------------------------------------------------------------------------------------
# Workloads


@workload("import-data")
def import_data_job(s: Setup) -> Job:
    """A data file of 120 orders (100 new, 20 updating stored ones) with 16 MB of evidence
    files to copy into the vault: one transaction."""
    data = s.inputs / "import" / "orders.json"
    if not data.exists():
        data.parent.mkdir(parents=True)
        photos = [s.input_file(f"import/photo-{i}.jpg", 4 << 20, b"\xff\xd8\xff\xe0")
                  for i in range(4)]
        orders = [order_to_json(o) for o in sample_orders(NOW, 100, seed=99)]
        for i, order in enumerate(orders):
            order["evidence"] = ([{"path": photos[i // 10].name, "kind": "own_photo"}]
                                 if i < 40 else [])
        stored = json.loads((s.inputs / "base.json").read_text(encoding="utf-8"))["orders"]
        for order in stored[:20]:  # updates of stored orders
            orders.append({"number": order["number"], "placed_at": order["placed_at"],
                           "note": "updated by the import"})
        data.write_text(json.dumps({"format": "aliassist-data", "version": 1,
                                    "orders": orders}), encoding="utf-8")
    return Job(s.aliassist("import-data", str(data)))


@workload("import")
def import_job(s: Setup) -> Job:
    """`aliassist import` of an exporter CSV of 12,000 orders into the stored ones: a large
    import, which writes into the file directly (a rollback journal, not the write-ahead log)
    when nothing else holds it open; one transaction."""
    data = s.inputs / "import" / "exporter.csv"
    if not data.exists():
        data.parent.mkdir(parents=True, exist_ok=True)
        lines = ["Order ID,Order Date,Status,Product Title,Currency,Price,Store Name"]
        lines += [f"8199{n:011d}1,Mar 05 2026,Completed,Cable {n},US,1.{n % 100:02d},S"
                  for n in range(12_000)]
        data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    open_store(s.db).close()  # the day's backup made: the import opens the file plain
    return Job(s.aliassist("import", str(data)))


@workload("attach")
def attach_job(s: Setup) -> Job:
    """`aliassist attach`: four 24 MB videos checked, copied into the vault and attached to an
    order, all or none (one transaction after the copies)."""
    clips = [s.input_file(f"clip-{i}.mp4", 24 << 20, b"\x00\x00\x00\x18ftypmp42")
             for i in range(4)]
    return Job(s.aliassist("attach", s.numbers[0], *map(str, clips), "--kind", "own_video"))


@workload("packet")
def packet_job(s: Setup) -> Job:
    """`aliassist packet`: the summary PDF, the message, the evidence and the manifest, written
    to a temporary name and renamed into place."""
    out = s.root / "packets" / "dispute.zip"
    return Job(s.aliassist("packet", s.disputed, "--dispute", "1", "--force", "--paper", "a4",
                           "--out", str(out)),
               outputs={out: packet_is_complete})


@workload("export-data")
def export_data_job(s: Setup) -> Job:
    """The portable copy: the JSON file and the evidence folder beside it."""
    out = s.root / "export" / "all.json"
    expected = len(s.numbers)
    return Job(s.aliassist("export-data", str(out)),
               outputs={out: lambda p: export_is_complete(p, expected)})


# ---------------------------------------------------------------------------------------------
# Checks of produced files


def export_is_complete(path: Path, orders: int) -> str | None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        return f"the data file is not whole JSON ({exc})"
    if len(doc.get("orders", ())) != orders:
        return f"the data file has {len(doc.get('orders', ()))} orders, not {orders}"
    for order in doc["orders"]:
        for ev in order["evidence"]:
            copy = path.parent / ev["path"]
            if not copy.is_file() or sha256_of(copy) != ev["sha256"]:
                return f"evidence {ev['path']} is missing or incomplete"
    return None


def packet_is_complete(path: Path) -> str | None:
    """A whole dispute packet: every file its manifest lists, each with its hash, no more."""
    from aliassist.errors import UserError
    from aliassist.packet.archive import verify_packet

    try:
        report = verify_packet(path)
    except UserError as exc:
        return f"not a whole packet ({exc})"
    if not report.ok:
        return f"the packet does not match its manifest: {report.to_json()}"
    return None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# The driver


@dataclass
class Outcome:
    workload: str
    delay: float
    #: "before", "after", "changed" (non-atomic jobs), or "finished" (ended before the kill)
    state: str
    leftovers: int
    #: declared outputs found (whole) at their final names after the kill; None: none declared
    outputs: int | None
    problems: list[str]


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return {t.name: sorted(conn.execute(f"SELECT * FROM {t.name}").fetchall(),
                               key=repr)
                for t in Base.metadata.sorted_tables}
    finally:
        conn.close()


def make_base(folder: Path, inputs: Path) -> tuple[list[str], str]:
    """The database every trial starts from: 40 orders in every state, disputes, and 12 MB of
    evidence in six files."""
    folder.mkdir(parents=True)
    orders = [order_to_json(o) for o in sample_orders(NOW, 40, seed=5)]
    for i, order in enumerate(orders[:12]):
        photo = inputs / f"base-photo-{i % 6}.jpg"
        if not photo.exists():
            photo.write_bytes(b"\xff\xd8\xff\xe0" + random.Random(i).randbytes(2 << 20))
        order["evidence"] = [{"path": photo.name, "kind": "own_photo"}]
    data = inputs / "base.json"
    data.write_text(json.dumps({"format": "aliassist-data", "version": 1, "orders": orders}),
                    encoding="utf-8")
    ctx = open_context(folder / "aliassist.db", now=NOW)
    try:
        import_data(ctx, data)
    finally:
        ctx.close()
    disputed = next(o["number"] for o in orders if o["disputes"])
    return [o["number"] for o in orders], disputed


class Trials:
    def __init__(self, work: Path, *, seed: int, quick: bool = False):
        self.work = work
        self.rng = random.Random(seed)
        self.inputs = work / "inputs"
        self.inputs.mkdir(parents=True, exist_ok=True)
        self.base = work / "base"
        self.numbers, self.disputed = make_base(self.base, self.inputs)
        self.before = dump(self.base / "aliassist.db")
        self.reference: dict[str, tuple[float, dict[str, list[tuple]]]] = {}
        setup = self.setup("start-up")
        #: how long the app takes to start and open the database (the best of three)
        self.startup = min(self.run_child(Job(setup.aliassist("orders")), setup, None) or 0
                           for _ in range(1 if quick else 3))
        self.quick = quick
        shutil.rmtree(setup.root)

    def setup(self, name: str) -> Setup:
        root = self.work / name
        if root.exists():
            shutil.rmtree(root)
        shutil.copytree(self.base, root)
        return Setup(root, self.inputs, self.numbers, self.disputed)

    def run_child(self, job: Job, setup: Setup, kill_after: float | None) -> float | None:
        """Run the job; SIGKILL it after `kill_after` seconds. Returns how long it ran to the
        end, or None when it was killed."""
        env = {**os.environ, "ALIASSIST_DATA_DIR": str(setup.root / "home"),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT),
                                                           os.environ.get("PYTHONPATH")])),
               "QT_QPA_PLATFORM": "offscreen"}
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *job.argv], cwd=setup.root, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            proc.wait(timeout=kill_after if kill_after is not None else 300)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return None
        finally:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            if proc.stderr:
                proc.stderr.close()
        if proc.returncode != 0:
            raise RuntimeError(f"the job failed on its own (exit {proc.returncode}): {err}")
        return time.perf_counter() - start

    def prepare(self, name: str) -> None:
        """The reference runs: to the end, twice (timed: the faster counts); the database they
        leave, the same both times, is `after`."""
        results = []
        for _ in range(1 if self.quick else 2):
            setup = self.setup(f"{name}-reference")
            job = WORKLOADS[name](setup)
            took = self.run_child(job, setup, None)
            assert took is not None
            problems = self.check(name, setup, job)
            if problems:
                raise RuntimeError(f"{name}: the finished job fails the checks: {problems}")
            results.append((took, dump(setup.db)))
            shutil.rmtree(setup.root)
        if results[0][1] != results[-1][1]:
            raise RuntimeError(f"{name}: two full runs leave different databases; the trials "
                               "need a job whose result does not vary (pin the clock)")
        self.reference[name] = (min(r[0] for r in results), results[0][1])

    def trial(self, name: str) -> Outcome:
        took = self.reference[name][0]
        setup = self.setup(f"{name}-trial")
        job = WORKLOADS[name](setup)
        if self.rng.random() < 0.25:
            delay = self.rng.uniform(0.0, 1.1) * took
        else:
            delay = self.rng.uniform(min(0.8 * self.startup, 0.5 * took), 1.1 * took)
        finished = self.run_child(job, setup, delay) is not None
        leftovers = sum(1 for p in setup.root.rglob("*") if p.name.endswith(".part"))
        outputs = sum(1 for p in job.outputs if p.exists()) if job.outputs else None
        state, problems = self.judge(name, setup, job, finished=finished)
        outcome = Outcome(name, delay, state, leftovers, outputs, problems)
        if problems:
            kept = self.work / "failed" / f"{name}-{len(list(self.work.glob('failed/*')))}"
            kept.parent.mkdir(exist_ok=True)
            shutil.move(setup.root, kept)
            outcome.problems.append(f"(kept in {kept})")
        return outcome

    def judge(self, name: str, setup: Setup, job: Job, *, finished: bool
              ) -> tuple[str, list[str]]:
        """Where the database ended up ("before", "after", "changed" or "finished") and what
        is wrong."""
        after = self.reference[name][1]
        problems = self.check(name, setup, job)
        if problems:
            return "unchecked", problems
        now = dump(setup.db)
        if finished:
            state = "finished"
            if now != after:
                problems.append("the job ended on its own but its work is not all there")
        elif now == self.before:
            state = "before"
        elif now == after:
            state = "after"
        elif job.atomic:
            state = "changed"
            problems.append("the database is neither as before the job nor as after it")
        else:
            state = "changed"
            problems += [f"{table}: a row the job does not touch changed or vanished"
                         for table, rows in self.before.items()
                         if not set(rows) & set(after[table]) <= set(now[table])]
        return state, problems

    def check(self, name: str, setup: Setup, job: Job) -> list[str]:
        problems: list[str] = []
        try:
            store = open_store(setup.db, backup=False)
        except Exception as exc:  # a damaged database is the failure being looked for
            return [f"the database does not open: {exc}"]
        try:
            problems += [f"integrity: {p}" for p in integrity_check(setup.db)]
            problems += [f"evidence {sha} is referenced but missing"
                         for sha in missing_evidence(store)]
            vault = Vault(store.vault_dir)
            for path in store.vault_dir.glob("??/*"):
                if not vault.verify(path.name):
                    problems.append(f"vault file {path.name} does not hold its content")
        finally:
            store.close()
        for output, whole in job.outputs.items():
            if output.exists():
                problem = whole(output)
                if problem:
                    problems.append(f"{output.name} exists but is not complete: {problem}")
        for backup in list_backups(setup.db):
            problem = check_backup(backup.path)
            if problem:
                problems.append(f"backup {backup.name} is not whole: {problem}")
        return problems


def run_trials(names: list[str], trials: int, *, seed: int, work: Path,
               say: Callable[[str], None] = print, quick: bool = False) -> list[Outcome]:
    """`trials` trials spread over the workloads `names`, round robin. `quick` measures the
    reference once instead of twice (the short run inside the test suite)."""
    driver = Trials(work, seed=seed, quick=quick)
    for name in names:
        driver.prepare(name)
        say(f"{name}: runs to the end in {driver.reference[name][0]:.2f} s (the app starts "
            f"in {driver.startup:.2f} s)")
    outcomes = []
    for n in range(trials):
        outcome = driver.trial(names[n % len(names)])
        outcomes.append(outcome)
        if outcome.problems:
            say(f"FAILED {outcome.workload} killed after {outcome.delay:.2f} s: "
                + "; ".join(outcome.problems))
    return outcomes


def summary(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for name in dict.fromkeys(o.workload for o in outcomes):
        mine = [o for o in outcomes if o.workload == name]
        states = Counter(o.state for o in mine)
        left = sum(1 for o in mine if o.leftovers)
        failed = sum(1 for o in mine if o.problems)
        made = ("" if mine[0].outputs is None else
                f"; the output was at its final name (whole) after "
                f"{sum(1 for o in mine if o.outputs)}")
        lines.append(f"{name:<12} {len(mine):>4} trials: database {states['before']} as before, "
                     f"{states['after']} as after, {states['changed']} partly changed, "
                     f"{states['finished']} finished first; {left} left a .part file{made}; "
                     f"{failed} failed")
    total_failed = sum(1 for o in outcomes if o.problems)
    lines.append(f"total        {len(outcomes):>4} trials, {total_failed} failed")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.stress",
                                     description="Crash trials: SIGKILL at random moments.")
    parser.add_argument("--trials", type=int, default=210)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--only", nargs="+", choices=sorted(WORKLOADS), default=None)
    parser.add_argument("--keep", type=Path, default=None,
                        help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    names = args.only or list(WORKLOADS)
    print(f"# crash trials: {args.trials} trials over {', '.join(names)}; seed {seed}",
          flush=True)
    work = args.keep or Path(tempfile.mkdtemp(prefix="aliassist-stress-"))
    start = time.perf_counter()
    try:
        outcomes = run_trials(names, args.trials, seed=seed, work=work,
                              say=lambda line: print(line, flush=True))
    finally:
        if args.keep is None and not (work / "failed").exists():
            shutil.rmtree(work, ignore_errors=True)
    for line in summary(outcomes):
        print(line)
    print(f"# {time.perf_counter() - start:.0f} s")
    return 1 if any(o.problems for o in outcomes) else 0
