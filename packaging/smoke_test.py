"""Smoke-test a build: start it with --version and with --smoke-test, and fail on a non-zero
exit, a wrong answer, or any line on stderr. Then the evidence path a buyer takes: import an
export, attach a JPEG and a HEIC photo (Pillow, pi-heif and numpy inside the build), export and
verify a packet; fail on a non-zero exit or a traceback.

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


EXPORT = ("Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,Store Name,"
          "Store Link\n8187000000000101,\"Mar 05, 2026\",Completed,Desk lamp,"
          "https://www.aliexpress.com/item/1005001.html,US,8.50,Bright Store,"
          "https://www.aliexpress.com/store/11\n")


def evidence_path(command: list[str], folder: str, env: dict[str, str]) -> list[str]:
    from PIL import Image

    base = [*command, "--db", os.path.join(folder, "smoke.db"), "--now", "2026-03-20"]
    photos = [os.path.join(folder, "lamp.jpg")]
    Image.new("RGB", (1600, 1200), (200, 90, 40)).save(photos[0], quality=85)
    try:
        import pillow_heif
    except ImportError:
        print("pillow-heif not installed: the HEIC photo is left out", file=sys.stderr)
    else:
        photos.append(os.path.join(folder, "box.heic"))
        pillow_heif.from_pillow(Image.new("RGB", (1600, 1200), (40, 90, 200))).save(photos[1])
    export = os.path.join(folder, "orders.csv")
    with open(export, "w", encoding="utf-8") as fh:
        fh.write(EXPORT)
    packet = os.path.join(folder, "packet.zip")
    steps = [["import", export], ["attach", "8187000000000101", *photos, "--kind", "own_photo"],
             ["packet", "8187000000000101", "--reason", "damaged", "--text",
              "The lamp arrived with its glass shade cracked in two places.", "--out", packet,
              "--force"], ["verify-packet", packet]]
    problems = []
    for args in steps:
        result = subprocess.run([*base, *args], capture_output=True, text=True, env=env,
                                timeout=120)
        if result.returncode != 0 or "Traceback" in result.stderr:
            problems.append(f"{args[0]}: exit code {result.returncode}: "
                            f"{result.stderr.strip()[-400:]}")
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
        # the translations are in the build: the app's .qm files and Qt's own
        for language in ("de", "ru", "pt_BR"):
            problems += check(command, ["--lang", language, "--smoke-test"],
                              "smoke test passed", env)
        problems += evidence_path(command, home, env)
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    if not problems:
        print(f"smoke test of {' '.join(command)}: --version and --smoke-test passed, "
              "stderr clean; import, attach (JPEG, HEIC), packet and verify-packet passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
