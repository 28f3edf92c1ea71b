"""scipy.sparse, imported without loading the numpy submodules Citebrief never uses.

scipy's array-API layer copies every public name of numpy, which makes numpy import its lazily loaded
submodules: f2py (with a Fortran parser and charset_normalizer), testing (with unittest and pydoc),
ma, random, polynomial and ctypeslib. That was a third of the start-up of a brief (about 0.15 s of CPU
of a 0.5 s import on the 2-core test machine). Here those submodules are given to numpy as the
standard library's lazy modules first: scipy copies them unloaded, and each loads in full the first
time anyone reads a name from it. Every engine module takes ``sparse`` from here.
"""

from __future__ import annotations

import importlib.util
import sys

import numpy

# numpy's submodules that nothing in Citebrief's brief uses (numpy loads them only when asked for them)
_DEFERRED = ("f2py", "testing", "ma", "random", "polynomial", "ctypeslib")


def _defer(name: str) -> None:
    full = f"numpy.{name}"
    if full in sys.modules:
        return
    spec = importlib.util.find_spec(full)
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module
    spec.loader.exec_module(module)
    # Set on numpy too, so numpy's own lazy attribute look-up (which would import it in full) is not asked.
    setattr(numpy, name, module)


if "scipy.sparse" not in sys.modules:
    for _name in _DEFERRED:
        _defer(_name)

from scipy import sparse  # noqa: E402  # after the deferral above, which is this module's reason

__all__ = ["sparse"]
