"""Replace numpy's bundled OpenBLAS (25 MB, and 3 MB of Fortran runtime) with the plain BLAS
loops of numpy_blas/blas.c (about 30 KB), for the packaged app only.

The app's numpy work is column arithmetic and one 32x32 matrix product per photo; OpenBLAS's
kernels for every CPU generation buy it nothing. The replacement keeps the library's file name
and symbol names, so numpy loads it unchanged. LAPACK (numpy.linalg, which the app never calls)
gets entry points that stop the program with a message.

    python packaging/numpy_blas.py dist/AliAssist/_internal     (build.py runs it)

Before it replaces anything, `check` runs numpy's products (every BLAS routine numpy uses, both
memory orders, transposed, conjugated and strided operands, four types) once on OpenBLAS and once
on the replacement (LD_PRELOAD) and requires the same results to rounding.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "numpy_blas"

#: numpy products that reach each BLAS routine: gemm, gemv, syrk (a @ a.T), dot, dotu/dotc
PRODUCTS = """
import sys
import numpy as np

rng = np.random.default_rng(7)
out = {}
for dtype in (np.float32, np.float64, np.complex64, np.complex128):
    def m(*shape):
        x = rng.standard_normal(shape)
        if np.issubdtype(dtype, np.complexfloating):
            x = x + 1j * rng.standard_normal(shape)
        return x.astype(dtype)
    a, b, v, w = m(37, 23), m(23, 41), m(23), m(37)
    big = m(64, 64)
    cases = {
        "gemm": a @ b, "gemm_tt": b.T @ a.T, "gemm_tn": a.T @ m(37, 5), "gemm_f": (
            np.asfortranarray(a) @ np.asfortranarray(b)),
        "gemm_conj": a.conj().T @ m(37, 9), "gemm_strided": big[::2, ::2] @ big[1::2, ::2],
        "gemv": a @ v, "gemv_t": w @ a, "gemv_f": np.asfortranarray(a) @ v,
        "gemv_strided": big[::2, ::2] @ big[0, ::2], "syrk": a @ a.T, "syrk_t": a.T @ a,
        "dot": v @ v, "dot_strided": big[0, ::3] @ big[1, ::3], "vdot": np.vdot(w, w),
        "inner": np.inner(a, a), "tensordot": np.tensordot(a, b, axes=1),
        "hash_dct": big[:8] @ big @ big[:8].T,
    }
    for name, value in cases.items():
        out[f"{np.dtype(dtype).name}-{name}"] = value
np.savez(sys.argv[1], **out)
"""


def build(openblas: Path, work: Path) -> Path:
    """Compile blas.c (and an aborting entry point for every other `scipy_*` symbol numpy's
    extension modules import) into a library with `openblas`'s name. Returns its path."""
    numpy_root = openblas.parent.parent / "numpy"
    wanted: set[str] = set()
    for module in numpy_root.rglob("*.so"):
        out = subprocess.run(["nm", "-D", "--undefined-only", str(module)], check=True,
                             capture_output=True, text=True).stdout
        wanted |= {line.split()[-1] for line in out.splitlines()
                   if line.split()[-1].startswith("scipy_")}
    obj = work / "blas.o"
    subprocess.run(["cc", "-O2", "-fPIC", "-c", str(HERE / "blas.c"), "-o", str(obj)], check=True)
    defined = {line.split()[-1] for line in subprocess.run(
        ["nm", "--defined-only", str(obj)], check=True, capture_output=True, text=True
    ).stdout.splitlines() if " T " in line}
    missing = sorted(wanted - defined)
    stubs = work / "lapack.c"
    stubs.write_text(
        "#include <stdio.h>\n#include <stdlib.h>\n"
        "static void gone(const char *name) {\n"
        '  fprintf(stderr, "AliAssist: numpy.linalg (%s) is not part of this build\\n", name);\n'
        "  abort();\n}\n"
        + "".join(f'void {name}(void) {{ gone("{name}"); }}\n' for name in missing),
        encoding="ascii")
    library = work / openblas.name
    subprocess.run(["cc", "-O2", "-fPIC", "-shared", f"-Wl,-soname,{openblas.name}", "-o",
                    str(library), str(obj), str(stubs)], check=True)
    return library


def check(library: Path, work: Path) -> None:
    """Raise unless numpy's products on `library` equal those on OpenBLAS (to rounding)."""
    import numpy as np

    script = work / "products.py"
    script.write_text(PRODUCTS, encoding="utf-8")
    results = {}
    for label, preload in (("openblas", None), ("plain", library)):
        env = dict(os.environ)
        if preload is not None:
            env["LD_PRELOAD"] = str(preload)
        target = work / f"{label}.npz"
        subprocess.run([sys.executable, str(script), str(target)], check=True, env=env)
        results[label] = np.load(target)
    reference, plain = results["openblas"], results["plain"]
    for name in reference.files:
        tolerance = 1e-4 if name.startswith(("float32", "complex64")) else 1e-10
        if not np.allclose(plain[name], reference[name], rtol=tolerance, atol=tolerance):
            raise RuntimeError(f"plain BLAS differs from OpenBLAS on {name}")


def replace_openblas(internal: Path) -> tuple[int, int] | None:
    """Swap the bundle's OpenBLAS for the checked plain loops; returns (bytes before, after),
    or None when numpy brought no OpenBLAS (a numpy built without BLAS)."""
    libraries = sorted((internal / "numpy.libs").glob("libscipy_openblas*.so*"))
    if not libraries:
        return None
    openblas = libraries[0]
    before = openblas.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        library = build(openblas, work)
        check(library, work)
        library.replace(openblas)
    return before, openblas.stat().st_size


def main(argv: list[str]) -> int:
    sizes = replace_openblas(Path(argv[1]))
    if sizes is None:
        print("no OpenBLAS in the bundle")
    else:
        print(f"OpenBLAS {sizes[0] / 1e6:.1f} MB -> plain BLAS {sizes[1] / 1e3:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
