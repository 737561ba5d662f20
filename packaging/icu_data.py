"""Trim the ICU data library that Qt brings (libicudata.so.NN, 32 MB) to what the app can use.

Qt links ICU for collation (sorting text), text-codec conversion and locale names. The app speaks
English, Russian, Spanish, Portuguese, French, German and Polish, reads files with Python's own
codecs, and never asks ICU for transliteration. So the bundle keeps
ICU's root data, every structural table (plural rules, time zones, likely subtags, units) and
those seven languages' locale data in every category, and leaves out the rest: other languages'
locale data, the legacy code-page converters other than the European ones, and the
transliterators. A language that is left out falls back to ICU's root data, as ICU does for any
unknown locale (the Unicode default collation, English-like names): nothing stops working.
The word dictionaries stay: the root break rules refer to them (icupkg checks that).

Uses ICU's own tools (Debian's `icu-devtools`: icupkg, genccode) and the C compiler:

    python packaging/icu_data.py dist/AliAssist/_internal/PySide6/Qt/lib/libicudata.so.73

The library is rebuilt from its own data (the data blob is the only thing the library holds), so
the ICU version always matches the Qt that was bundled.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: the app's languages (issue: the app in the buyer's language), and English
LANGUAGES = ("en", "ru", "es", "pt", "fr", "de", "pl")
#: single-byte code pages of the buyers' regions (Windows, DOS, ISO 8859, KOI8), a few KB each
KEPT_CONVERTERS = re.compile(
    r"^(ibm-(125\d|85\d|86\d|878|912|913|914|915|920|923|5348|5346|5347|5350)_|"
    r"iso-8859_)")
#: categories whose per-locale files follow the locale naming (dropped for other languages)
LOCALE_FOLDERS = ("", "brkitr/", "coll/", "curr/", "lang/", "rbnf/", "region/", "unit/", "zone/")
#: locale files kept whatever their name: the data every locale falls back to
ALWAYS = {"root.res", "pool.res", "res_index.res"}
_LOCALE_FILE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9_]+)?\.res$")


def keep(item: str) -> bool:
    """Whether the bundle keeps one item of the ICU data package (its path inside the package)."""
    folder, _, leaf = item.rpartition("/")
    folder = f"{folder}/" if folder else ""
    if folder == "translit/":
        return leaf in ALWAYS
    if leaf.endswith(".cnv"):
        return bool(KEPT_CONVERTERS.match(leaf))
    if folder in LOCALE_FOLDERS and leaf not in ALWAYS:
        match = _LOCALE_FILE.match(leaf)
        # top-level tables (supplementalData.res, plurals.res, ...) are not locale names
        if match and (folder or _is_locale_name(leaf)):
            return match.group("lang") in LANGUAGES
    return True


def _is_locale_name(leaf: str) -> bool:
    """Top-level .res files mix locales (de_AT.res) with tables (metaZones.res): a table name
    has a capital letter or is longer than a language code without an underscore."""
    stem = leaf[:-4]
    return stem.split("_", 1)[0].islower() and len(stem.split("_", 1)[0]) <= 3


def trim(library: Path) -> tuple[int, int]:
    """Rebuild `library` in place with only the kept items; returns (size before, size after)."""
    for tool in ("icupkg", "genccode", "objcopy", "nm", "cc"):
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} not found: install icu-devtools, binutils and gcc "
                               "(apt-get install icu-devtools binutils gcc)")
    symbol = _data_symbol(library)
    entry = symbol.removesuffix("_dat")
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = work / f"{entry}l.dat"
        subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library),
                        str(data)], check=True)
        listed = subprocess.run(["icupkg", "-l", str(data)], check=True, capture_output=True,
                                text=True).stdout.split()
        dropped = [item for item in listed if not keep(item)]
        (work / "drop.lst").write_text("\n".join(dropped) + "\n", encoding="ascii")
        trimmed = work / "out" / data.name
        trimmed.parent.mkdir()
        subprocess.run(["icupkg", "-r", str(work / "drop.lst"), str(data), str(trimmed)],
                       check=True, capture_output=True)
        subprocess.run(["genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(trimmed)],
                       check=True, capture_output=True)
        assembly = next(work.glob("*.S"))
        built = work / library.name
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
                        "-o", str(built), str(assembly)], check=True)
        shutil.copymode(library, built)
        built.replace(library)
    return before, library.stat().st_size


def _data_symbol(library: Path) -> str:
    out = subprocess.run(["nm", "-D", "--defined-only", str(library)], check=True,
                         capture_output=True, text=True).stdout
    names = [line.split()[-1] for line in out.splitlines() if line.split()[-1].endswith("_dat")]
    if len(names) != 1:
        raise RuntimeError(f"{library}: expected one ICU data symbol, found {names}")
    return names[0]


def main(argv: list[str]) -> int:
    before, after = trim(Path(argv[1]))
    print(f"ICU data {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
