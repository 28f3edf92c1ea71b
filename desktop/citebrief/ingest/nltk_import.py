"""Importing nltk without the statistics half of scipy.

nltk's package start-up imports its collocation metrics, which try scipy.stats: about two seconds that
Citebrief never uses (it needs nltk's Punkt and Snowball only), and nltk works on without it. While
nltk loads, scipy.stats is made unimportable; afterwards anyone may import it as usual.
"""

from __future__ import annotations

import sys
import threading

_lock = threading.Lock()
_loaded = threading.Event()


def import_nltk() -> None:
    """Load nltk once, the fast way; other threads wait until it is whole, later calls return at once."""
    if _loaded.is_set():
        return
    with _lock:
        if _loaded.is_set():
            return
        if "nltk" in sys.modules:  # someone else imported it (the usual, slow way)
            import nltk  # waits until that import is complete

            _loaded.set()
            return
        blocked = "scipy.stats" not in sys.modules
        if blocked:
            sys.modules["scipy.stats"] = None  # type: ignore[assignment]
        try:
            import nltk  # noqa: F401
        finally:
            if blocked and sys.modules.get("scipy.stats", 0) is None:
                del sys.modules["scipy.stats"]
        _loaded.set()
