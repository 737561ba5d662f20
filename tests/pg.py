"""A throwaway PostgreSQL cluster for the tests: `initdb` + `pg_ctl` in a temporary folder,
listening only on a Unix socket in that folder (no TCP port), fsync off.

PostgreSQL refuses to run as root: when the tests run as root (CI, a bare chroot) the server runs
as the unprivileged user `nobody`, and the folder is made its own. Each pytest-xdist worker starts
its own cluster (a few seconds, once per worker, only when a test asks for one); each test gets a
schema of its own in it (milliseconds), reached through the connection URL's search_path.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest

APT_LINE = "apt-get install -y --no-install-recommends postgresql"
SUPERUSER = "aliassist"
UNPRIVILEGED = "nobody"


class PostgresMissingError(RuntimeError):
    """No PostgreSQL server to start: the message gives the line that installs it."""


def server_bin() -> Path:
    """The folder holding initdb, pg_ctl and postgres: Debian's newest versioned one, else
    whatever `pg_ctl` is on PATH."""
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                    key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                    else 0)
    if debian:
        return debian[-1].parent
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    raise PostgresMissingError("the PostgreSQL server is not installed; the tests need it: "
                               f"{APT_LINE} (or `make test`, which installs it as root)")


@dataclass
class Cluster:
    folder: Path
    bin: Path
    _as_user: list[str] = field(default_factory=list)
    _schemas: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": f"{self.bin}:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
               "TZ": "UTC"}
        done = subprocess.run([*self._as_user, str(self.bin / args[0]), *args[1:]],
                              capture_output=True, text=True, env=env, cwd=self.folder,
                              check=False)
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr}\n{tail}")
        return done

    def start(self) -> None:
        if os.geteuid() == 0:
            user = pwd.getpwnam(UNPRIVILEGED)
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as_user = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}",
                             "--clear-groups", "--"]
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync", "--no-instructions")
        options = " ".join([
            "-c listen_addresses=''", f"-c unix_socket_directories='{self.folder}'",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
            "-c max_connections=60", "-c shared_buffers=16MB", "-c TimeZone=UTC"])
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
                  "-t", "60", "-o", options, "start")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, schema: str | None = None, *, database: str = "postgres") -> str:
        """A SQLAlchemy URL for the cluster's socket; `schema` becomes the search_path."""
        query = f"host={quote(str(self.folder), safe='')}"
        if schema:
            query += "&options=" + quote(f"-csearch_path={schema}", safe="")
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?{query}"

    def sql(self, statement: str, *, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=str(self.folder), user=SUPERUSER, dbname=database,
                             autocommit=True) as conn:
            conn.execute(statement)

    def new_schema(self) -> str:
        """A fresh, empty schema for one test."""
        name = f"t{os.getpid()}_{next(self._schemas)}"
        self.sql(f"CREATE SCHEMA {name}")
        return name

    def drop_schema(self, name: str) -> None:
        """Drop a test's schema, ending the connections the test left open (a connection
        idle in a transaction would hold its locks and keep the drop waiting)."""
        self.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 "WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'")
        self.sql(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def start_cluster() -> Cluster:
    """Start a cluster in a new temporary folder (under /tmp, which `nobody` can reach: pytest's
    own temporary folders are private to the user running the tests)."""
    cluster = Cluster(Path(tempfile.mkdtemp(prefix="aliassist-pg-")), server_bin())
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster


# ---------------------------------------------------------------------------------------------
# Fixtures (a pytest plugin: tests/conftest.py lists this module)

#: the engines the store, services and CLI tests run on
ENGINES = ("sqlite", "postgresql")

#: test folders whose tests run on both engines (ENGINES): every test there that uses `ctx` (or
#: `database_url`) and does not name the SQLite file (`db_path`) itself; modules elsewhere
#: (the CLI's) opt in with the `both_engines` mark
BOTH_ENGINES = ("store", "services")


def vault_of(db: Path | str) -> Path:
    """The evidence vault of the SQLite file or team database `db`."""
    from aliassist.store.database import vault_dir_for
    from aliassist.store.opening import open_store

    if isinstance(db, Path):
        return vault_dir_for(db)
    store = open_store(url=db)
    store.close()
    return store.vault_dir


def db_args(db: Path | str) -> list[str]:
    """The global options naming `db`: a SQLite file, or a team database's URL."""
    if isinstance(db, str) and db.startswith("postgresql"):
        return ["--database-url", db]
    return ["--db", str(db)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_url" not in metafunc.fixturenames:
        return
    folder = Path(metafunc.definition.path).parent.name
    own = metafunc.definition.function.__code__.co_varnames[
        :metafunc.definition.function.__code__.co_argcount]
    marked = metafunc.definition.get_closest_marker
    both = folder in BOTH_ENGINES or marked("both_engines") is not None
    if "database_url" in own or (both and "db_path" not in own
                                 and marked("sqlite_only") is None):
        metafunc.parametrize("database_url", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """This worker's PostgreSQL cluster, started on first use and stopped at the session's end.
    A missing server fails the test with the line that installs it: never a silent skip."""
    try:
        cluster = start_cluster()
    except PostgresMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Iterator[str]:
    """The URL of an empty schema of this test's own on the worker's cluster."""
    schema = pg_cluster.new_schema()
    yield pg_cluster.url(schema)
    pg_cluster.drop_schema(schema)


@pytest.fixture
def database_url(request: pytest.FixtureRequest) -> str | None:
    """The team database a test runs on (parametrized by pytest_generate_tests above), None for the
    SQLite file at `db_path`."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return None
    return request.getfixturevalue("pg_url")
