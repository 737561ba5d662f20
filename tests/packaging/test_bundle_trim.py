"""What the bundle leaves out to stay small: ICU data of languages the app does not speak, and
libraries nothing links; HEIC photos are still read (decode-only pi-heif)."""

from __future__ import annotations

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
