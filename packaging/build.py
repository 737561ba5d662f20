"""Build the one-folder app with PyInstaller and, on Linux, the installable tarball.

    .venv/bin/python packaging/build.py        (what `make package` runs)

Prints the size of the app folder and of the archive.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import icons  # noqa: E402
import icu_data  # noqa: E402
import numpy_blas  # noqa: E402
import shared_libs  # noqa: E402

from aliassist import APP_NAME, DESKTOP_ID, __version__  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build" / "pyinstaller"
APP = DIST / APP_NAME
SIZE_GOAL_MB = 150


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def run_pyinstaller() -> None:
    icons.windows_ico(ROOT / "build" / "icons" / "aliassist.ico")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(DIST), "--workpath", str(BUILD),
                    str(ROOT / "packaging" / "pyinstaller" / "aliassist.spec")], check=True)


def strip_linux(app: Path) -> None:
    """Strip debug symbols from the bundled ELF files. A library that auditwheel put in a
    `<package>.libs/` folder (patchelf moved its headers) is kept stripped only when it still
    loads afterwards; otherwise its original comes back."""
    if not shutil.which("strip"):
        print("strip not found: the build stays unstripped")
        return
    internal = app / "_internal"
    elves = shared_libs.elves(app)
    repaired = [p for p in elves if any(part.endswith(".libs") for part in p.parts)]
    untested = set(unloadable(internal, repaired))  # the check cannot tell: left alone
    keep = BUILD / "unstripped"
    shutil.rmtree(keep, ignore_errors=True)
    for path in elves:
        if path in untested:
            continue
        if path in repaired:
            (keep / path.relative_to(internal)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, keep / path.relative_to(internal))
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=False,
                       stderr=subprocess.DEVNULL)
    for path in unloadable(internal, [p for p in repaired if p not in untested]):
        shutil.copy2(keep / path.relative_to(internal), path)
        print(f"{path.name} left unstripped: stripped, it no longer loads")
    for path in sorted(untested):
        print(f"{path.name} left unstripped: it does not load on its own here")
    shutil.rmtree(keep, ignore_errors=True)


def unloadable(internal: Path, libraries: list[Path]) -> list[Path]:
    """The libraries the dynamic loader refuses (each in its own process, the bundle's folders
    on the library path, every symbol bound at once)."""
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(
        [str(internal), *(str(d) for d in internal.glob("*.libs"))])}
    bad = []
    for library in libraries:
        check = subprocess.run([sys.executable, "-c", "import ctypes, os, sys; "
                                "ctypes.CDLL(sys.argv[1], os.RTLD_NOW)", str(library)],
                               env=env, capture_output=True, text=True)
        if check.returncode != 0:
            bad.append(library)
    return bad


def linux_tarball(app: Path) -> Path:
    arch = platform.machine()
    top = f"{APP_NAME}-{__version__}"
    stage = ROOT / "build" / "stage" / top
    shutil.rmtree(stage.parent, ignore_errors=True)
    (stage / "share" / "applications").mkdir(parents=True)
    (stage / "share" / "metainfo").mkdir(parents=True)
    shutil.copytree(app, stage / "app", symlinks=True)
    linux = ROOT / "resources" / "linux"
    shutil.copy2(linux / f"{DESKTOP_ID}.desktop", stage / "share" / "applications")
    shutil.copy2(linux / f"{DESKTOP_ID}.metainfo.xml", stage / "share" / "metainfo")
    icons.hicolor(stage / "share", DESKTOP_ID)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / "linux" / script, stage / script)
    (stage / "README.txt").write_text(
        f"{APP_NAME} {__version__} for Linux ({arch})\n\n"
        "Install for your user:   ./install.sh\n"
        "Uninstall:               ./uninstall.sh      (keeps your data; --purge deletes it)\n"
        "Or run it in place:      ./app/aliassist\n", encoding="utf-8")
    archive = DIST / f"{top}-linux-{arch}.tar.gz"
    tmp = archive.with_name(archive.name + ".part")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=top)
    tmp.replace(archive)
    return archive


def prune_orphans(app: Path) -> None:
    """Drop the shared libraries that nothing in the bundle links any more: PyInstaller
    collects a plugin's libraries before the spec leaves the plugin out (the GTK theme brought
    GTK, Pango, Cairo and ATK). Extension modules and Qt plugins are roots (Python and Qt load
    them by path); a library is kept while any kept file names it as NEEDED, itself or through
    a link."""
    if not shutil.which("readelf"):
        print("readelf not found: unused libraries stay in the bundle")
        return
    internal = app / "_internal"
    while True:
        wanted = set().union(*(shared_libs.needed(p) for p in shared_libs.elves(app)))
        # a private name that is a link to another library (shared_libs.py) wants that one
        wanted |= {p.resolve().name for p in app.rglob("lib*.so*")
                   if p.is_symlink() and p.name in wanted}
        candidates = [*internal.glob("lib*.so*"), *internal.glob("*.libs/lib*.so*")]
        orphans = [p for p in candidates
                   if not p.name.startswith("libpython")
                   and p.name not in wanted and p.resolve().name not in wanted]
        if not orphans:
            return
        for path in orphans:
            target = path.resolve()
            path.unlink(missing_ok=True)
            if target.name not in wanted:
                target.unlink(missing_ok=True)
            print(f"left out {path.name}: nothing in the bundle links it")


def swap_openblas(app: Path) -> None:
    """numpy's OpenBLAS (25 MB) for plain, checked BLAS loops; see numpy_blas.py."""
    if not shutil.which("cc") or not shutil.which("nm"):
        print("cc or nm not found: numpy keeps its OpenBLAS (apt-get install gcc binutils)")
        return
    sizes = numpy_blas.replace_openblas(app / "_internal")
    if sizes:
        print(f"OpenBLAS {mb(sizes[0])} -> plain BLAS {mb(sizes[1])}")


def share_libraries(app: Path) -> None:
    """One copy of each library (see shared_libs.py): psycopg's private OpenSSL and Kerberos
    and Pillow's zstd and xz become the system's copies already bundled for Python's ssl,
    QtNetwork and QtCore; a padded private library (Pillow's libXau) the build machine's."""
    if not shared_libs.available():
        print("nm or readelf not found: private copies of libraries stay (apt-get install "
              "binutils)")
        return
    saved = sum(s.size for s in shared_libs.share(app)) + sum(
        s.size - s.shared.stat().st_size for s in shared_libs.unpad(app))
    print(f"shared libraries: {mb(saved)} of private copies left out")


def trim_icu(app: Path) -> None:
    """Qt's ICU data (32 MB) down to the app's languages; see icu_data.py."""
    for library in app.rglob("libicudata.so.*"):
        if library.is_symlink():
            continue
        try:
            before, after = icu_data.trim(library)
        except (RuntimeError, subprocess.CalledProcessError) as exc:
            print(f"ICU data left whole ({library.name}): {exc}")
            continue
        print(f"ICU data {library.name}: {mb(before)} -> {mb(after)}")


def main() -> int:
    run_pyinstaller()
    if sys.platform.startswith("linux"):
        strip_linux(APP)
        swap_openblas(APP)
        share_libraries(APP)
        prune_orphans(APP)
        trim_icu(APP)
    size = folder_size(APP)
    print(f"\n{APP_NAME} {__version__}: app folder {APP} is {mb(size)} "
          f"(goal <= {SIZE_GOAL_MB} MB)")
    if sys.platform.startswith("linux"):
        archive = linux_tarball(APP)
        print(f"archive {archive} is {mb(archive.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
