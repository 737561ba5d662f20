"""Smoke-test a build: start it with --version and with --smoke-test (in English and in each
language the app speaks: its own and Qt's translations), and fail on a non-zero exit, a wrong
answer, or any line on stderr. Then the evidence path a buyer takes: import an export, attach
photos of every codec library the build carries (JPEG, PNG, WebP, HEIC through pi-heif, TIFFs
compressed with zstd and with xz through libtiff; numpy inside), export and verify a packet,
which converts them; and a team database: a throwaway PostgreSQL server that takes only TLS
connections, reached as the README says (sslmode=verify-full, the password from a .pgpass
file, a service file) and refused with a certificate it must not trust. Fails on a non-zero
exit or a traceback.

    python packaging/smoke_test.py dist/AliAssist/aliassist
    python packaging/smoke_test.py -- python -m aliassist     (the source tree, as the tests do)
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from aliassist import APP_NAME, __version__  # noqa: E402
from aliassist.i18n import TRANSLATED  # noqa: E402

if TYPE_CHECKING:
    from tests.pg import Cluster


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


def photos(folder: str) -> list[str]:
    """One photo per decoder library of the build, each a different colour (the packet keeps
    every one, and converts those the form refuses: the TIFFs, the HEIC)."""
    from PIL import Image

    def picture(n: int) -> Image.Image:
        return Image.new("RGB", (1600, 1200), (40 * n % 256, 90, 200 - 20 * n))

    made = []
    kinds: list[tuple[str, dict[str, Any]]] = [
        ("lamp.jpg", {"quality": 85}), ("lamp.png", {}), ("lamp.webp", {"quality": 80}),
        ("lamp-zstd.tif", {"compression": "tiff_zstd"}),
        ("lamp-xz.tif", {"compression": "tiff_lzma"})]
    for n, (name, options) in enumerate(kinds):
        made.append(os.path.join(folder, name))
        picture(n).save(made[-1], **options)
    try:
        import pillow_heif
    except ImportError:
        print("pillow-heif not installed: the HEIC photo is left out", file=sys.stderr)
    else:
        made.append(os.path.join(folder, "box.heic"))
        pillow_heif.from_pillow(picture(len(made))).save(made[-1])
    return made


def run_steps(base: list[str], steps: list[list[str]], env: dict[str, str],
              expect: dict[int, str] | None = None) -> list[str]:
    """Run each step; a problem for a non-zero exit, a traceback, or (`expect`: step index ->
    text) a step whose stdout lacks its text."""
    problems = []
    for index, args in enumerate(steps):
        result = subprocess.run([*base, *args], capture_output=True, text=True, env=env,
                                timeout=120)
        if result.returncode != 0 or "Traceback" in result.stderr:
            problems.append(f"{args[0]}: exit code {result.returncode}: "
                            f"{result.stderr.strip()[-400:]}")
        elif expect and index in expect and expect[index] not in result.stdout:
            problems.append(f"{args[0]}: {expect[index]!r} not on stdout: "
                            f"{result.stdout.strip()[-400:]!r}")
    return problems


def write_export(folder: str) -> str:
    export = os.path.join(folder, "orders.csv")
    with open(export, "w", encoding="utf-8") as fh:
        fh.write(EXPORT)
    return export


def evidence_path(command: list[str], folder: str, env: dict[str, str]) -> list[str]:
    base = [*command, "--db", os.path.join(folder, "smoke.db"), "--now", "2026-03-20"]
    packet = os.path.join(folder, "packet.zip")
    steps = [["import", write_export(folder)],
             ["attach", "8187000000000101", *photos(folder), "--kind", "own_photo"],
             ["packet", "8187000000000101", "--reason", "damaged", "--text",
              "The lamp arrived with its glass shade cracked in two places.", "--out", packet,
              "--force"], ["verify-packet", packet]]
    return run_steps(base, steps, env)


def team_database(command: list[str], folder: str, env: dict[str, str]) -> list[str]:
    """The PostgreSQL driver inside the build (libpq with the bundle's OpenSSL and Kerberos):
    the README's team database over TLS, and a refusal of a server certificate not trusted."""
    from tests.pg import PostgresMissingError

    try:
        server = TlsServer.start_in(Path(folder) / "pg")
    except (PostgresMissingError, RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        return [f"team database: no TLS PostgreSQL server to test with: {exc}"]
    try:
        env = {**env, "PGPASSFILE": str(server.pgpass), "PGSERVICEFILE": str(server.services)}
        url = server.url()
        steps = [["import", write_export(folder)],
                 ["attach", "8187000000000101", photos(folder)[0], "--kind", "own_photo"],
                 ["orders", "--json"]]
        problems = run_steps([*command, "--database-url", url], steps, env,
                             expect={2: "8187000000000101"})
        problems += run_steps([*command, "--database-url", "postgresql+psycopg:///?service=shop"],
                              [["verify-data"]], env)
        untrusted = subprocess.run(
            [*command, "--database-url", server.url(root=server.other_ca), "orders"],
            capture_output=True, text=True, env=env, timeout=120)
        if untrusted.returncode == 0 or "Traceback" in untrusted.stderr \
                or "certificate" not in untrusted.stderr:
            problems.append("team database: a server certificate from another authority was "
                            f"not refused with a message: exit code {untrusted.returncode}: "
                            f"{untrusted.stderr.strip()[-400:]}")
        return [f"team database: {p}" for p in problems]
    finally:
        server.stop()


class TlsServer:
    """A throwaway PostgreSQL cluster (tests/pg.py's) listening on localhost with TLS only:
    a certificate for `localhost` signed by a throwaway authority, password (SCRAM) logins; the
    role `anna` owns the database `aliassist`, her password in a .pgpass file, and a service
    file names the same connection `shop`."""

    ROLE, DATABASE, PASSWORD = "anna", "aliassist", "smoke-test-only"

    def __init__(self, cluster: Cluster, folder: Path, port: int) -> None:
        self.cluster, self.folder, self.port = cluster, folder, port
        self.ca, self.other_ca = folder / "ca.crt", folder / "other-ca.crt"
        self.pgpass, self.services = folder / "pgpass", folder / "pg_service.conf"

    @classmethod
    def start_in(cls, folder: Path) -> TlsServer:
        from tests.pg import Cluster, server_bin

        folder.mkdir(parents=True)
        certificates(folder)
        cluster = Cluster(Path(tempfile.mkdtemp(prefix="aliassist-pg-")), server_bin())
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = cls(cluster, folder, port)
        try:
            server._start()
        except BaseException:
            cluster.stop()
            raise
        return server

    def _start(self) -> None:
        cluster = self.cluster
        cluster.start()  # on its Unix socket, trusted
        cluster.sql(f"CREATE ROLE {self.ROLE} LOGIN PASSWORD '{self.PASSWORD}'")
        cluster.sql(f"CREATE DATABASE {self.DATABASE} OWNER {self.ROLE}")
        data = cluster.data
        for name in ("server.crt", "server.key"):
            (data / name).write_bytes((self.folder / name).read_bytes())
            (data / name).chmod(0o600)
            os.chown(data / name, data.stat().st_uid, data.stat().st_gid)
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "hostssl all all ::1/128 scram-sha-256\n", encoding="utf-8")
        # again, on localhost too (the options replace the Unix-socket-only ones)
        options = " ".join([
            "-c listen_addresses=localhost", f"-c port={self.port}",
            f"-c unix_socket_directories='{cluster.folder}'",
            "-c ssl=on", "-c ssl_cert_file=server.crt", "-c ssl_key_file=server.key",
            "-c fsync=off", "-c TimeZone=UTC"])
        log = str(cluster.folder / "server.log")
        cluster._run("pg_ctl", "-D", str(data), "-l", log, "-w", "-t", "60",
                     "-o", options, "restart")
        self.pgpass.write_text(f"localhost:{self.port}:{self.DATABASE}:{self.ROLE}:"
                               f"{self.PASSWORD}\n", encoding="utf-8")
        self.pgpass.chmod(0o600)
        self.services.write_text(
            f"[shop]\nhost=localhost\nport={self.port}\ndbname={self.DATABASE}\n"
            f"user={self.ROLE}\nsslmode=verify-full\nsslrootcert={self.ca}\n",
            encoding="utf-8")

    def url(self, root: Path | None = None) -> str:
        return (f"postgresql+psycopg://{self.ROLE}@localhost:{self.port}/{self.DATABASE}"
                f"?sslmode=verify-full&sslrootcert={root or self.ca}")

    def stop(self) -> None:
        self.cluster.stop()


def certificates(folder: Path) -> None:
    """A throwaway certificate authority, a server certificate for `localhost` it signs, and a
    second authority that signs nothing here (openssl)."""
    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    for name in ("ca", "other-ca"):
        openssl("req", "-x509", *key, "-days", "2", "-subj", f"/CN=AliAssist smoke {name}",
                "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign",
                "-keyout", f"{name}.key", "-out", f"{name}.crt")
    openssl("req", *key, "-subj", "/CN=localhost", "-keyout", "server.key", "-out",
            "server.csr")
    (folder / "server.ext").write_text("subjectAltName=DNS:localhost\n", encoding="utf-8")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "server.ext", "-out", "server.crt")


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
        for language in TRANSLATED:
            problems += check(command, ["--lang", language, "--smoke-test"],
                              "smoke test passed", env)
        problems += evidence_path(command, home, env)
        problems += team_database(command, os.path.join(home, "team"), env)
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    if not problems:
        print(f"smoke test of {' '.join(command)}: --version and --smoke-test passed, "
              f"stderr clean, in English and {', '.join(TRANSLATED)}; import, attach (JPEG, "
              "PNG, WebP, TIFF zstd and xz, HEIC), packet and verify-packet passed; team "
              "database over TLS (verify-full, .pgpass, service file) passed, an untrusted "
              "server certificate refused")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
