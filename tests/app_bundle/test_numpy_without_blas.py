"""build.py --numpy-without-blas rebuilds numpy only when it links a BLAS library, and with the options
that leave OpenBLAS and the SIMD dispatch out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from numpy_without_blas import MESON_OPTIONS, linked_blas, numpy_config, pip_command

# numpy.show_config("dicts") of: the PyPI wheel, a build with blas=none, Debian's reference BLAS, a numpy
# too old to say.
CONFIGS = [
    ({"Build Dependencies": {"blas": {"name": "scipy-openblas", "found": True}}}, "scipy-openblas"),
    ({"Build Dependencies": {"blas": {"name": "none", "found": False}}}, None),
    ({"Build Dependencies": {"blas": {"name": "blas", "found": True}}}, "blas"),
    ({"Build Dependencies": {"lapack": {"name": "none"}}}, None),
    ({}, None),
]


@pytest.mark.parametrize(("config", "blas"), CONFIGS)
def test_the_blas_library_numpy_links_is_read_from_its_build_configuration(
    config: dict[str, object], blas: str | None
) -> None:
    assert linked_blas(config) == blas


def test_the_wheel_numpy_of_the_test_environment_links_openblas() -> None:
    config = numpy_config()
    assert linked_blas(config) == "scipy-openblas"


def test_the_rebuild_keeps_the_version_and_leaves_blas_lapack_and_simd_dispatch_out() -> None:
    command = pip_command("2.4.6", python="python")
    assert command[-1] == "numpy==2.4.6"
    assert command[command.index("--no-binary") + 1] == "numpy"
    for option in ("-Dblas=none", "-Dlapack=none", "-Dallow-noblas=true", "-Dcpu-dispatch=none"):
        assert option in MESON_OPTIONS
        assert f"--config-settings=setup-args={option}" in command
