"""The one way Citebrief writes a file: a reader sees the old file or the whole new one, never half.

- A regular file is replaced through a temporary file in its folder and a rename. A new file gets
  the mode the user's umask gives; a replaced file keeps its own mode.
- A symbolic link is written through: its target is replaced (atomically, beside the target) and the
  link stays a link.
- A device, pipe or terminal (``/dev/stdout``, ``/dev/null``, a FIFO) cannot be replaced and must not
  be: it is written to directly.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from pathlib import Path

from citebrief.core.errors import ExportError

_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    # The only portable way to read the umask is to set it; the lock keeps our threads from racing.
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _reason(exc: OSError, target: Path, folder: Path) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"the folder {folder} does not exist"
    if isinstance(exc, IsADirectoryError):
        return "it is a folder"
    if isinstance(exc, PermissionError):
        return f"no permission to write in {folder}" if not target.exists() else "permission denied"
    return exc.strerror or str(exc)


def _error(exc: OSError, shown: Path, target: Path) -> ExportError:
    folder = target.parent if str(target.parent) else Path(".")
    return ExportError(f"cannot write {shown}: {_reason(exc, target, folder)}")


def _write_directly(path: Path, data: bytes) -> None:
    with open(path, "wb") as stream:  # a device or pipe: nothing to replace, nothing to truncate
        stream.write(data)


def _replace(target: Path, data: bytes, mode: int, *, durable: bool) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)  # mkstemp makes the file private (0600)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` as described above; ``durable`` waits until it is on the disk
    (what a cache that can be rebuilt may skip).

    Raises `ExportError` with a reason a user understands (its cause is the `OSError`); no partial
    file is left behind.
    """
    shown = Path(path)
    try:
        try:
            st = os.stat(shown)  # follows links: what the path leads to decides how it is written
        except FileNotFoundError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            _write_directly(shown, data)
            return
        # A link (even one whose target does not exist yet) is written through to its target.
        target = Path(os.path.realpath(shown)) if shown.is_symlink() else shown
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(f"{shown} is a folder")
        mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
        _replace(target, data, mode, durable=durable)
    except OSError as exc:
        raise _error(exc, shown, Path(os.path.realpath(shown))) from exc


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))
