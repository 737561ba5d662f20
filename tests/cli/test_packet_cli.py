"""`aliassist packet` and `aliassist verify-packet` as buyers script them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from aliassist.services.context import AppContext
from tests.cli.test_cli import cli
from tests.packet.fixtures import NUMBER

NOW = "2026-11-21T12:00:00Z"


def packet(db: Path, *argv: str) -> tuple[int, str, str]:
    return cli("--db", str(db), "--now", NOW, "packet", NUMBER, *argv)


def test_a_recorded_dispute_exports_and_verifies(ctx: AppContext, dispute_order: int,
                                                 db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    code, stdout, err = packet(db_path, "--dispute", "1", "--out", str(out), "--json")
    assert code == 0, err
    report = json.loads(stdout)
    assert report["packet"] == str(out) and report["ready"] is True and not report["forced"]
    code, stdout, _ = cli("verify-packet", str(out))
    assert code == 0 and stdout.startswith("OK: all") and NUMBER in stdout
    code, stdout, _ = cli("verify-packet", str(out), "--json")
    assert json.loads(stdout)["ok"] is True
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert manifest["dispute"] == 0 and manifest["dispute_number"] == 1  # "dispute 1"


def test_tampering_fails_verification(ctx: AppContext, dispute_order: int, db_path: Path,
                                      tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    assert packet(db_path, "--dispute", "1", "--out", str(out))[0] == 0
    with zipfile.ZipFile(out, "a") as z:
        z.writestr("evidence/99-other-added.jpg", b"\xff\xd8\xffadded later")
    code, stdout, _ = cli("verify-packet", str(out))
    assert code == 1 and "EXTRA    evidence/99-other-added.jpg" in stdout
    # Flip one byte of a stored photo inside the ZIP, as damage or an edit would.
    name = "evidence/01-damage_photos-crack.jpg"
    with zipfile.ZipFile(out) as z:
        info = z.getinfo(name)
    data = bytearray(out.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 200] ^= 0xFF
    out.write_bytes(bytes(data))
    code, stdout, _ = cli("verify-packet", str(out), "--json")
    result = json.loads(stdout)
    assert code == 1 and result["changed"] == [name]


def test_the_same_data_and_now_give_the_same_bytes(ctx: AppContext, dispute_order: int,
                                                   db_path: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    assert packet(db_path, "--dispute", "1", "--out", str(a), "--paper", "a4")[0] == 0
    assert packet(db_path, "--dispute", "1", "--out", str(b), "--paper", "a4")[0] == 0
    assert a.read_bytes() == b.read_bytes()


def test_a_blocked_plan_writes_nothing_unless_forced(ctx: AppContext, dispute_order: int,
                                                      db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    # A second "damaged" dispute on the same item is forbidden (duplicate_dispute).
    argv = ("--reason", "damaged", "--item", "0", "--text",
            "The lamp base is cracked and the switch does not work.", "--out", str(out))
    code, _, err = packet(db_path, *argv)
    assert code == 1 and not out.exists()
    assert "duplicate_dispute" in err and "--force" in err
    code, _, err = packet(db_path, *argv, "--force")
    assert code == 0 and "recorded in the manifest" in err
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
        message = z.read("message.txt").decode()
    assert manifest["override"]["forced"] is True
    assert "duplicate_dispute" in manifest["override"]["blocking"]
    assert manifest["dispute"] is None
    assert NUMBER in message and "The lamp base is cracked" in message  # the drafted text


def test_bad_input_exits_2(ctx: AppContext, dispute_order: int, db_path: Path,
                           tmp_path: Path) -> None:
    out = str(tmp_path / "p.zip")
    code, _, err = cli("--db", str(db_path), "packet", "8187999999999999", "--dispute", "1",
                       "--out", out)
    assert code == 2 and "no order" in err
    code, _, err = packet(db_path, "--dispute", "1", "--remedy", "full_refund", "--out", out)
    assert code == 2 and "--remedy" in err
    code, _, err = packet(db_path, "--reason", "bored", "--out", out)
    assert code == 2 and "valid reasons" in err
    code, _, err = packet(db_path, "--dispute", "1", "--out", str(tmp_path))
    assert code == 2 and "folder" in err
    code, _, err = cli("verify-packet", str(tmp_path / "missing.zip"))
    assert code == 2 and "not found" in err
    (tmp_path / "x.zip").write_text("hello", encoding="utf-8")
    code, _, err = cli("verify-packet", str(tmp_path / "x.zip"))
    assert code == 2 and "not a ZIP" in err
    assert not Path(out).exists()


def test_two_runs_of_the_command_give_the_same_bytes(ctx: AppContext, dispute_order: int,
                                                     db_path: Path, tmp_path: Path) -> None:
    """Separate processes, as a buyer re-making a packet later would run them."""
    import subprocess
    import sys

    outputs = []
    for n in range(2):
        out = tmp_path / f"run{n}.zip"
        env = {k: v for k, v in __import__("os").environ.items() if k != "QT_HASH_SEED"}
        subprocess.run([sys.executable, "-m", "aliassist", "--db", str(db_path), "--now", NOW,
                        "packet", NUMBER, "--dispute", "1", "--paper", "a4", "--out", str(out)],
                       check=True, capture_output=True, env=env, timeout=180)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def packet_probe(db: Path, out: Path, probe: str) -> list[str]:
    """The lines `probe` (Python that runs aliassist.app.main) prints while it exports the
    dispute's packet to `out` as a separate process; the packet must verify."""
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(db), "--now", NOW, "packet", NUMBER,
         "--dispute", "1", "--out", str(out)],
        capture_output=True, text=True, env=os.environ | {"LANG": "C.UTF-8"}, timeout=180)
    assert result.returncode == 0, result.stderr
    assert cli("verify-packet", str(out))[0] == 0
    return result.stdout.splitlines()


def test_a_packet_of_prepared_evidence_loads_no_numpy(ctx: AppContext, dispute_order: int,
                                                      db_path: Path, tmp_path: Path) -> None:
    """The attach made the thumbnails and converted copies: the export reads them from the
    cache, works out one order's clocks in plain Python, and never waits for numpy to load
    (the summary's own process, which loads Qt, is not this one). The pre-check of its
    description compiles only the phrases that can start at one of its words."""
    probe = ("import sys\nfrom aliassist.app import main\ncode = main(sys.argv[1:])\n"
             "from aliassist.domain.precheck import _MATCHERS  # the policy's, once compiled\n"
             "[(policy, matcher)] = _MATCHERS\n"
             "every = sum(len(list(p)) for ls in policy.keywords.values() for p in ls.values())\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'PySide6'}), "
             "code, matcher.compiled < every // 20)")
    assert packet_probe(db_path, tmp_path / "p.zip", probe)[-1] == "[] 0 True"


def test_the_summarys_process_starts_before_the_database_layer_loads(
        ctx: AppContext, dispute_order: int, db_path: Path, tmp_path: Path) -> None:
    """The process that draws summary.pdf loads Qt while this one loads SQLAlchemy and reads the
    database: it is forked before SQLAlchemy is imported (it never needs it)."""
    probe = ("import os, sys\nfork = os.fork\n"
             "def forked():\n"
             "    print('database layer at the fork:', 'sqlalchemy' in sys.modules, flush=True)\n"
             "    return fork()\n"
             "os.fork = forked\n"
             "from aliassist.app import main\nprint('exit', main(sys.argv[1:]))")
    assert packet_probe(db_path, tmp_path / "p.zip", probe) == [
        "database layer at the fork: False", "exit 0"]
