"""One copy of each shared library in the Linux bundle.

Wheels repaired by auditwheel carry private copies of libraries under hashed names
(`psycopg_binary.libs/libssl-6a9b88ec.so.3`), often of a library the bundle already holds from
the build machine for another part of the app: psycopg's libpq brings its own OpenSSL and
Kerberos although Python's `_ssl`/`_hashlib` and QtNetwork already bring the system's; Pillow's
libtiff its own zstd and xz. `share` turns such a private copy into a symlink to the bundle's
copy when that copy is the same library (same name and major version: the same ABI) and exports
every symbol, at the same symbol version, that the private copy's users take from it. The
dynamic loader then maps one file for both names.

`unpad` replaces a private library that is mostly padding (patchelf's relocation of its
headers to a 2 MB boundary: Pillow's 14 KB libXau is a 2.1 MB file) by the build machine's copy
of the same library, on the same symbol check.

Needs binutils (`nm`, `readelf`); without them nothing changes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: auditwheel's name for a private copy: the library's name, a hash, the soname's version
_PRIVATE = re.compile(r"^(?P<stem>lib[\w+.-]+?)-[0-9a-f]{8}\.so\.(?P<major>\d+)(?:\.[\d.]+)?$")


@dataclass(frozen=True)
class Shared:
    private: Path
    shared: Path
    size: int


def available() -> bool:
    return bool(shutil.which("nm") and shutil.which("readelf"))


def is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def needed(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return {line.rsplit("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line}


def _symbols(path: Path, which: str) -> dict[str, str]:
    """name -> symbol version ('' when unversioned) of the dynamic symbols `path` defines
    (which='--defined-only') or takes from other libraries ('--undefined-only')."""
    out = subprocess.run(["nm", "-D", which, "--with-symbol-versions", str(path)],
                         capture_output=True, text=True, check=True).stdout
    symbols = {}
    for line in out.splitlines():
        fields = line.split()
        if len(fields) < 2 or fields[-2] in ("w", "v"):
            continue  # weak references resolve to nothing when absent
        name, _, version = fields[-1].partition("@")
        symbols[name] = version.lstrip("@")
    return symbols


def exports(path: Path) -> dict[str, str]:
    return _symbols(path, "--defined-only")


def imports(path: Path) -> dict[str, str]:
    return _symbols(path, "--undefined-only")


def missing_symbols(users: Iterable[Path], private: Path, replacement: Path) -> list[str]:
    """The symbols (name@version) the users take from `private` that `replacement` lacks."""
    theirs = exports(private)
    ours = exports(replacement)
    missing = set()
    for user in users:
        for name, version in imports(user).items():
            if name in theirs and ours.get(name) != version:
                missing.add(f"{name}@{version}" if version else name)
    return sorted(missing)


def private_libraries(internal: Path) -> list[Path]:
    return sorted(p for p in internal.glob("*.libs/lib*.so*")
                  if p.is_file() and not p.is_symlink() and _PRIVATE.match(p.name))


def elves(app: Path) -> list[Path]:
    return [p for p in app.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]


def users_of(name: str, files: Iterable[Path], graph: dict[Path, set[str]]) -> list[Path]:
    return [f for f in files if name in graph[f]]


def share(app: Path, log=print) -> list[Shared]:
    """Replace each private library the bundle also holds (at the top of `_internal`, under its
    plain soname) by a symlink to that copy, when it serves every symbol of every user. A
    library only the replaced ones used (OpenSSL's libcrypto, used by its libssl) is checked
    again against the users that are left."""
    internal = app / "_internal"
    done: list[Shared] = []
    kept: dict[Path, str] = {}
    while True:
        files = elves(app)
        graph = {f: needed(f) for f in files}
        progress = False
        for private in private_libraries(internal):
            m = _PRIVATE.match(private.name)
            assert m is not None
            shared = internal / f"{m['stem']}.so.{m['major']}"
            if not shared.is_file() or shared.is_symlink() or not is_elf(shared):
                continue
            lacking = missing_symbols(users_of(private.name, files, graph), private, shared)
            if lacking:
                kept[private] = (f"{private.name} kept: {shared.name} lacks "
                                 f"{', '.join(lacking[:5])}"
                                 + (f" and {len(lacking) - 5} more" if len(lacking) > 5 else ""))
                continue
            kept.pop(private, None)
            size = private.stat().st_size
            private.unlink()
            private.symlink_to(os.path.relpath(shared, private.parent))
            done.append(Shared(private, shared, size))
            log(f"{private.relative_to(internal)} -> {shared.name} (the same library, "
                f"{size / 1e6:.2f} MB once)")
            progress = True
            break  # its users changed: look again
        if not progress:
            break
    for reason in kept.values():
        log(reason)
    return done


def padding(path: Path) -> int:
    """Bytes of `path` that no section holds (headers and alignment gaps)."""
    out = subprocess.run(["readelf", "-SW", str(path)], capture_output=True, text=True).stdout
    held = 0
    for line in out.splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+\S+\s+(\S+)\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)", line)
        if m and m.group(1) != "NOBITS":
            held += int(m.group(2), 16)
    return path.stat().st_size - held


def _machine(path: Path) -> bytes:
    """The ELF class, byte order and machine of `path` (what a loader checks first)."""
    with path.open("rb") as fh:
        head = fh.read(20)
    return head[4:6] + head[18:20]


def system_library(soname: str, like: Path) -> Path | None:
    """The build machine's copy of `soname` for the machine of `like`, from the dynamic
    loader's cache (ldconfig -p)."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    if not Path(ldconfig).exists():
        return None
    out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        name, _, where = line.strip().partition(" => ")
        path = Path(where)
        if name.split(" (")[0] == soname and path.is_file() and _machine(path) == _machine(like):
            return path.resolve()
    return None


def unpad(app: Path, log=print) -> list[Shared]:
    """Replace the private libraries that are mostly padding by the build machine's copy."""
    internal = app / "_internal"
    files = elves(app)
    graph = {f: needed(f) for f in files}
    done = []
    for private in private_libraries(internal):
        size = private.stat().st_size
        if padding(private) * 2 < size:
            continue
        m = _PRIVATE.match(private.name)
        assert m is not None
        system = system_library(f"{m['stem']}.so.{m['major']}", private)
        if system is None or system.stat().st_size * 2 > size:
            continue
        lacking = missing_symbols(users_of(private.name, files, graph), private, system)
        if lacking or needed(system) - needed(private):
            continue
        shutil.copyfile(system, private)
        done.append(Shared(private, system, size))
        log(f"{private.relative_to(internal)}: {size / 1e6:.2f} MB of mostly padding -> "
            f"{system} ({system.stat().st_size / 1e6:.2f} MB)")
    return done
