"""Per-folder features kept on disk, so re-opening an unchanged folder skips stemming and scoring.

An entry is keyed by content: the text of every body sentence in corpus order, the language, and the
code that computes features (a digest of its modules), so an edited file, another language or a new
version of the rules never meets an old entry. Entries are NumPy archives read without pickle: numbers
as arrays, strings packed into one UTF-8 buffer. Any entry that cannot be read or does not fit the
corpus is ignored, so a damaged cache costs time, never correctness. Only the newest few are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import zipfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from citebrief.core.atomic import write_bytes_atomic
from citebrief.core.errors import CitebriefError
from citebrief.core.model import Corpus, SentenceRole
from citebrief.engine.scipy_sparse import sparse

if TYPE_CHECKING:
    from citebrief.engine.dependencies import Dependencies
    from citebrief.engine.features import Features

_VERSION = "features-v1"
# A folder's entry is about 30 bytes per word of its articles (20 MB for 400,000 words): eight
# folders' worth is a few hundred megabytes at most.
_KEPT_ENTRIES = 8
_SEP = "\0"  # never in a source's text (ingest drops NUL bytes)


@cache
def code_digest() -> str:
    """A digest of the code behind the features (every module outside the window: a rule they use may
    live anywhere in the package) and of the stemmer."""
    digest = hashlib.sha256()
    package = Path(__file__).parents[1]
    for module in sorted(p for p in package.rglob("*.py") if "gui" not in p.relative_to(package).parts):
        with contextlib.suppress(OSError):
            digest.update(module.read_bytes())
    try:
        from importlib.metadata import version

        digest.update(version("PyStemmer").encode())
    except Exception:  # the digest only needs to change with the stemmer; unknown is a value too
        digest.update(b"?")
    return digest.hexdigest()


def corpus_key(corpus: Corpus, language: str) -> str:
    """What a folder's features depend on: its body sentences, in order, and the language."""
    digest = hashlib.sha256(f"{_VERSION}\0{code_digest()}\0{language}\0".encode())
    for src in corpus.sources:
        digest.update(b"\1")
        for sent in src.sentences:
            if sent.role is SentenceRole.BODY:
                digest.update(sent.text.encode("utf-8", "surrogatepass"))
                digest.update(b"\0")
    return digest.hexdigest()


def _pack(strings: list[str]) -> np.ndarray:
    return np.frombuffer(_SEP.join(strings).encode("utf-8", "surrogatepass"), dtype=np.uint8)


def _unpack(array: np.ndarray, count: int) -> list[str]:
    if count == 0:
        return []
    strings = array.tobytes().decode("utf-8", "surrogatepass").split(_SEP)
    if len(strings) != count:
        raise ValueError("damaged entry")
    return strings


def _matrix_arrays(prefix: str, matrix: sparse.csr_matrix) -> dict[str, np.ndarray]:
    return {
        f"{prefix}_data": matrix.data,
        f"{prefix}_indices": matrix.indices,
        f"{prefix}_indptr": matrix.indptr,
        f"{prefix}_shape": np.asarray(matrix.shape, dtype=np.int64),
    }


def _matrix(arrays: Any, prefix: str) -> sparse.csr_matrix:
    shape = tuple(int(n) for n in arrays[f"{prefix}_shape"])
    data, indices, indptr = (arrays[f"{prefix}_{part}"] for part in ("data", "indices", "indptr"))
    return sparse.csr_matrix((data, indices, indptr), shape=shape)


def _dependency_arrays(deps: Dependencies) -> dict[str, np.ndarray]:
    """What each row depends on, flattened: names and rows of its introducers, its full names."""
    return {
        "leans_on": deps.leans_on,
        "orphan": deps.orphan,
        "intro_counts": np.fromiter((len(row) for row in deps.introducers), dtype=np.int64),
        "intro_names": _pack([name for row in deps.introducers for name, _ in row]),
        "intro_rows": np.fromiter((r for row in deps.introducers for _, r in row), dtype=np.int64),
        "full_counts": np.fromiter((len(names) for names in deps.full_names), dtype=np.int64),
        "full_names": _pack([name for names in deps.full_names for name in sorted(names)]),
        "described_names": _pack([d[0] for d in deps.described if d is not None]),
        "described_rows": np.fromiter((-1 if d is None else d[1] for d in deps.described), dtype=np.int64),
        "mention_counts": np.fromiter((len(keys) for keys in deps.mentions), dtype=np.int64),
        "mentions": _pack([key for keys in deps.mentions for key in sorted(keys)]),
        "unattributed": deps.unattributed,
    }


def _split(
    items: list[Any], counts: np.ndarray, kind: type[tuple[Any, ...]] | type[frozenset[Any]]
) -> list[Any]:
    """``items`` cut into consecutive groups of ``counts``, each made a ``kind`` (most groups are
    empty: they share one empty value)."""
    if int(counts.sum()) != len(items) or (counts < 0).any():
        raise ValueError("damaged entry")
    empty, groups, start = kind(), [], 0
    for count in counts.tolist():
        groups.append(kind(items[start : start + count]) if count else empty)
        start += count
    return groups


def _dependencies(arrays: Any, rows: int) -> Dependencies:
    from citebrief.engine.dependencies import Dependencies

    intro_counts, full_counts = arrays["intro_counts"], arrays["full_counts"]
    names = _unpack(arrays["intro_names"], int(intro_counts.sum()))
    intros = _split(list(zip(names, arrays["intro_rows"].tolist(), strict=True)), intro_counts, tuple)
    full = _split(_unpack(arrays["full_names"], int(full_counts.sum())), full_counts, frozenset)
    described_rows = arrays["described_rows"].tolist()
    described_names = iter(_unpack(arrays["described_names"], sum(r >= 0 for r in described_rows)))
    described = tuple(None if r < 0 else (next(described_names), r) for r in described_rows)
    mention_counts = arrays["mention_counts"]
    mentions = _split(_unpack(arrays["mentions"], int(mention_counts.sum())), mention_counts, frozenset)
    leans_on, orphan, unattributed = arrays["leans_on"], arrays["orphan"], arrays["unattributed"]
    if not len(leans_on) == len(orphan) == len(intros) == len(full) == len(described) == len(mentions):
        raise ValueError("damaged entry")
    if len(unattributed) != len(leans_on):
        raise ValueError("damaged entry")
    if len(leans_on) != rows:
        raise ValueError("damaged entry")
    # Built by keyword: should the class gain a field, this fails (TypeError) and the entry is unused.
    return Dependencies(
        leans_on=leans_on,
        orphan=orphan,
        introducers=tuple(intros),
        full_names=tuple(full),
        described=described,
        mentions=tuple(mentions),
        unattributed=unattributed,
    )


class FeatureCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder / _VERSION

    @classmethod
    def default(cls) -> FeatureCache | None:
        """The cache beside the parse cache (``CITEBRIEF_CACHE_DIR``; "off" turns both off)."""
        from citebrief.ingest.cache import default_cache_dir

        folder = default_cache_dir()
        return cls(folder) if folder is not None else None

    def _entry(self, key: str) -> Path:
        return self.folder / f"{key}.npz"

    def get(self, key: str) -> dict[str, Any] | None:
        """The arrays and lists stored under ``key``, or None when there is no sound entry."""
        entry = self._entry(key)
        try:
            with np.load(entry, allow_pickle=False) as arrays:
                rows = int(arrays["rows"])
                values: dict[str, Any] = {
                    "texts": _unpack(arrays["texts"], rows),
                    "fingerprints": _unpack(arrays["fingerprints"], rows),
                    "stems": [s.split(" ") if s else [] for s in _unpack(arrays["stems"], rows)],
                    "words": arrays["words"],
                    "readable": arrays["readable"],
                    "opener": arrays["opener"],
                    "concept_is_pair": arrays["concept_is_pair"],
                    "vectors": _matrix(arrays, "vectors"),
                    "concepts": _matrix(arrays, "concepts"),
                }
                values["concept_names"] = _unpack(arrays["concept_names"], len(values["concept_is_pair"]))
                values["dependencies"] = _dependencies(arrays, rows)
        except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile):
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # the newest entries are the ones kept
        return values

    def put(self, key: str, features: Features) -> None:
        arrays = {
            "rows": np.asarray(len(features.rows)),
            "texts": _pack([r.text for r in features.rows]),
            "fingerprints": _pack(features.fingerprints),
            "stems": _pack([" ".join(s) for s in features.stems]),
            "words": features.words,
            "readable": features.readable,
            "opener": features.opener,
            "concept_is_pair": features.concept_is_pair,
            "concept_names": _pack(features.concept_names),
            **_matrix_arrays("vectors", features.vectors),
            **_matrix_arrays("concepts", features.concepts),
            **_dependency_arrays(features.dependencies),
        }
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)  # type: ignore[arg-type]
        # A cache that cannot be written is no reason to fail the brief.
        with contextlib.suppress(OSError, CitebriefError):
            self.folder.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self._entry(key), buffer.getvalue(), durable=False)
            self._prune()

    def _prune(self) -> None:
        entries = sorted(self.folder.glob("*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[_KEPT_ENTRIES:]:
            with contextlib.suppress(OSError):
                old.unlink()
