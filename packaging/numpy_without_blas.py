"""numpy built from source without a BLAS library, for a smaller packaged app (build.py --numpy-without-blas).

    python packaging/numpy_without_blas.py      # rebuilds this environment's numpy when it links a BLAS

numpy's wheels carry OpenBLAS for every x86 CPU generation (25 MB, with 3 MB of gfortran), and their
core module dispatches each loop to several SIMD levels (10 MB). Citebrief's engine works on sparse
matrices (scipy.sparse, which needs no BLAS) and calls LAPACK only for LSA's SVD, of at most 800 sentences,
which numpy's own lapack_lite does as fast on this machine. Built with ``blas=none`` and without SIMD
dispatch (the baseline x86-64-v2 loops only), numpy weighs 9.5 MB in the app instead of 42. Its briefs are
the same as with OpenBLAS on 49 of the 50 compared; the other, LSA on the four bundled samples, has
ties among singular values that OpenBLAS itself breaks differently from one CPU to another (README,
"Desktop build and install"). The build takes about five minutes of CPU the first time; pip caches the
wheel.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Mapping

# numpy's meson options (numpy/meson.options): no BLAS or LAPACK library, numpy's bundled lapack_lite
# instead, and only the baseline SIMD level, which also cuts most of the build time.
MESON_OPTIONS = ("-Dblas=none", "-Dlapack=none", "-Dallow-noblas=true", "-Dcpu-dispatch=none")

_CONFIG = (
    "import json, numpy; print(json.dumps({'version': numpy.__version__, **numpy.show_config('dicts')}))"
)


def numpy_config(python: str = sys.executable) -> dict[str, object]:
    """numpy's version and build configuration in ``python``'s environment (read in a child process, so
    this one never holds the numpy that is replaced)."""
    out = subprocess.run([python, "-c", _CONFIG], capture_output=True, text=True, check=True).stdout
    config: dict[str, object] = json.loads(out)
    return config


def linked_blas(config: Mapping[str, object]) -> str | None:
    """The BLAS library numpy was built against, or None when it has none."""
    dependencies = config.get("Build Dependencies", {})
    blas = dependencies.get("blas", {}) if isinstance(dependencies, dict) else {}
    name = blas.get("name", "none") if isinstance(blas, dict) else "none"
    return None if name in ("none", "", None) else str(name)


def pip_command(version: str, python: str = sys.executable) -> list[str]:
    settings = [f"--config-settings=setup-args={option}" for option in MESON_OPTIONS]
    pip = [python, "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps"]
    return [*pip, "--no-binary", "numpy", *settings, f"numpy=={version}"]


def ensure(python: str = sys.executable) -> str:
    """Rebuild numpy without BLAS in ``python``'s environment unless it already is; what was done."""
    config = numpy_config(python)
    blas = linked_blas(config)
    if blas is None:
        return f"numpy {config['version']} links no BLAS library already"
    started = time.monotonic()
    subprocess.run(pip_command(str(config["version"]), python), check=True)
    after = linked_blas(numpy_config(python))
    if after is not None:
        raise SystemExit(f"numpy_without_blas: numpy still links {after} after the rebuild")
    return f"numpy {config['version']} rebuilt without {blas} in {time.monotonic() - started:.0f} s"


if __name__ == "__main__":
    print(f"numpy_without_blas: {ensure()}")
