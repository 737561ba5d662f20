"""What the bundle leaves out to stay small: ICU data of languages the app does not speak, and
libraries nothing links; HEIC photos are still read (decode-only pi-heif)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import icu_data  # noqa: E402


@pytest.mark.parametrize("item", [
    "root.res", "pool.res", "res_index.res", "supplementalData.res", "likelySubtags.res",
    "plurals.res", "metaZones.res", "zoneinfo64.res", "timezoneTypes.res", "numberingSystems.res",
    "en.res", "en_GB.res", "de_AT.res", "ru.res", "pt_BR.res", "pl_PL.res", "es_419.res",
    "coll/root.res", "coll/ru.res", "coll/de.res", "coll/pl.res", "coll/ucadata.icu",
    "brkitr/line.brk", "brkitr/cjdict.dict", "lang/fr.res", "curr/pool.res", "zone/es.res",
    "cnvalias.icu", "ibm-1251_P100-1995.cnv", "ibm-866_P100-1995.cnv", "ibm-878_P100-1996.cnv",
    "iso-8859_10-1998.cnv", "nfkc.nrm", "uts46.nrm", "unames.icu", "translit/root.res",
])
def test_icu_keeps_root_structure_and_the_apps_languages(item: str) -> None:
    assert icu_data.keep(item)


@pytest.mark.parametrize("item", [
    "ja.res", "zh_Hant_TW.res", "ar_EG.res", "coll/ja.res", "coll/zh.res", "lang/ko.res",
    "curr/th.res", "zone/fi.res", "unit/ar.res", "rbnf/ja.res", "region/hi.res",
    "translit/Han_Latin.res", "euc-tw-2014.cnv", "gb18030.cnv", "ibm-33722_P12A_P12A-2009_U2.cnv",
    "windows-950-2000.cnv",
])
def test_icu_leaves_out_other_languages_and_converters(item: str) -> None:
    assert not icu_data.keep(item)


@pytest.mark.package  # make package installs the compiler and runs it
@pytest.mark.skipif(not (shutil.which("cc") and shutil.which("nm")),
                    reason="needs a C compiler and nm (apt-get install gcc binutils)")
def test_the_plain_blas_gives_numpys_products_and_stops_on_linear_algebra(tmp_path: Path) -> None:
    import numpy
    import numpy_blas

    openblas = next((Path(numpy.__file__).parent.parent / "numpy.libs").glob("libscipy_openblas*"))
    library = numpy_blas.build(openblas, tmp_path)
    numpy_blas.check(library, tmp_path)  # raises when a product differs from OpenBLAS's
    run = subprocess.run([sys.executable, "-c", "import numpy as np; np.linalg.inv(np.eye(2))"],
                         env={**os.environ, "LD_PRELOAD": str(library)}, capture_output=True,
                         text=True)
    assert run.returncode != 0
    assert "numpy.linalg (scipy_dgesv_64_) is not part of this build" in run.stderr


def test_the_evidence_path_never_draws_text_with_pillow(tmp_path: Path) -> None:
    """The bundle leaves out PIL.ImageFont (FreeType, HarfBuzz): importing, attaching photos and
    exporting the packet, which converts them, must not load it (in a process of its own)."""
    from PIL import Image
    from smoke_test import EXPORT

    photo = tmp_path / "lamp.tif"
    Image.new("RGB", (900, 700), (200, 90, 40)).save(photo, compression="tiff_lzw")
    export = tmp_path / "orders.csv"
    export.write_text(EXPORT, encoding="utf-8")
    steps = [["import", str(export)],
             ["attach", "8187000000000101", str(photo), "--kind", "own_photo"],
             ["packet", "8187000000000101", "--reason", "damaged", "--text",
              "The lamp arrived with its glass shade cracked in two places.", "--out",
              str(tmp_path / "packet.zip"), "--force"]]
    script = ("import json, sys\n"
              "from aliassist.app import run\n"
              "base = ['--db', sys.argv[1], '--now', '2026-03-20']\n"
              "codes = [run([*base, *step]) for step in json.loads(sys.argv[2])]\n"
              "print(json.dumps([codes, sorted(m for m in sys.modules if m.startswith('PIL'))]))")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "a.db"),
                             json.dumps(steps)], capture_output=True, text=True, timeout=180,
                            env={**os.environ, "ALIASSIST_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    codes, loaded = json.loads(result.stdout.splitlines()[-1])
    assert codes == [0, 0, 0]
    assert "PIL.TiffImagePlugin" in loaded  # the photo was read
    assert "PIL.ImageFont" not in loaded
    assert "PIL._imagingft" not in loaded


def _compile(source: str, out: Path, *flags: str) -> None:
    c = out.with_suffix(".c")
    c.write_text(source, encoding="utf-8")
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(out), str(c), *flags], check=True)


@pytest.mark.package  # make package installs the compiler and binutils
@pytest.mark.skipif(not (shutil.which("cc") and shutil.which("nm") and shutil.which("readelf")),
                    reason="needs a C compiler and binutils (apt-get install gcc binutils)")
@pytest.mark.parametrize(("uses", "shared"), [("foo", True), ("bar", False)])
def test_a_private_copy_of_a_library_the_bundle_holds_becomes_a_link_when_that_serves_its_users(
        tmp_path: Path, uses: str, shared: bool) -> None:
    import shared_libs

    internal = tmp_path / "App" / "_internal"
    libs = internal / "pkg.libs"
    libs.mkdir(parents=True)
    private = libs / "libfoo-0123abcd.so.1.2"
    _compile("int foo(void) { return 1; } int bar(void) { return 2; }", private,
             f"-Wl,-soname,{private.name}")
    _compile("int foo(void) { return 3; }", internal / "libfoo.so.1", "-Wl,-soname,libfoo.so.1")
    _compile(f"int {uses}(void); int use(void) {{ return {uses}(); }}", internal / "user.so",
             f"-L{libs}", f"-l:{private.name}")

    done = shared_libs.share(tmp_path / "App", log=lambda _: None)

    assert private.is_symlink() is shared
    assert [d.private for d in done] == ([private] if shared else [])
    if shared:
        assert private.resolve() == (internal / "libfoo.so.1").resolve()
