"""Strip the symbol tables out of a built app's ELF files (Linux), where that leaves them loadable.

    python packaging/strip_binaries.py APP_DIR/_internal

Many wheels ship their libraries and extension modules with symbol tables nobody reads at run time
(regex, PyStemmer, chardet, ICU, numpy: several MB between them), and a Python
built from source keeps them in libpython. ``strip --strip-unneeded`` removes them. A library that
auditwheel's patchelf has edited can come out of strip with a load segment whose file offset and address
no longer agree modulo its alignment, which the dynamic loader refuses ("ELF load command
address/offset not page-aligned": numpy's OpenBLAS does). So each file is stripped into a copy, and the
copy replaces the file only when every load segment is still aligned; otherwise the file stays whole.
Only the folder of libraries is stripped, never the executable: its archive of Python modules is appended
after the ELF data, and strip would cut it off.
PyInstaller's own ``strip`` option strips everything unchecked, and so stays off in the spec.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


@dataclass(frozen=True)
class Segment:
    """A loadable segment of an ELF file, as `readelf -lW` lists it."""

    offset: int
    address: int
    align: int

    @property
    def aligned(self) -> bool:
        # The loader maps each segment page by page: its offset and its address must agree modulo the
        # alignment (ELF gABI, program header: p_offset % p_align == p_vaddr % p_align).
        return self.align <= 1 or self.offset % self.align == self.address % self.align


@dataclass
class Outcome:
    stripped: list[tuple[Path, int]] = field(default_factory=list)  # (file, bytes saved)
    kept_whole: list[Path] = field(default_factory=list)  # stripping would break them

    @property
    def saved(self) -> int:
        return sum(saved for _, saved in self.stripped)


def load_segments(readelf_output: str) -> list[Segment]:
    """The LOAD lines of `readelf -lW`: Type Offset VirtAddr PhysAddr FileSiz MemSiz Flg Align (the flags
    may hold a space, so the alignment is read from the end)."""
    segments = []
    for line in readelf_output.splitlines():
        fields = line.split()
        if fields and fields[0] == "LOAD":
            segments.append(Segment(int(fields[1], 16), int(fields[2], 16), int(fields[-1], 16)))
    return segments


def loadable(path: Path) -> bool:
    """Whether the dynamic loader would map every load segment of ``path``."""
    out = subprocess.run(["readelf", "-lW", str(path)], capture_output=True, text=True, check=True).stdout
    segments = load_segments(out)
    return bool(segments) and all(segment.aligned for segment in segments)


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == ELF_MAGIC


def strip_file(path: Path, scratch: Path) -> int | None:
    """Strip ``path`` in place when that makes it smaller and leaves it loadable: the bytes saved, 0 when
    there was nothing to strip, None when the stripped copy would not load (the file is left whole)."""
    copy = scratch / "stripping"
    shutil.copy2(path, copy)
    subprocess.run(["strip", "--strip-unneeded", str(copy)], check=True)
    saved = path.stat().st_size - copy.stat().st_size
    if saved <= 0:
        return 0
    if not loadable(copy):
        return None
    copy.replace(path)
    return saved


def strip_tree(folder: Path) -> Outcome:
    outcome = Outcome()
    with tempfile.TemporaryDirectory(prefix="citebrief-strip-") as tmp:
        for path in sorted(p for p in folder.rglob("*") if is_elf(p)):
            saved = strip_file(path, Path(tmp))
            if saved is None:
                outcome.kept_whole.append(path)
            elif saved:
                outcome.stripped.append((path, saved))
    return outcome


def available() -> bool:
    return sys.platform.startswith("linux") and all(shutil.which(tool) for tool in ("strip", "readelf"))


def report(outcome: Outcome, folder: Path) -> str:
    lines = [f"stripped {len(outcome.stripped)} ELF files: {outcome.saved / 1e6:.1f} MB less; the most from"]
    for path, saved in sorted(outcome.stripped, key=lambda item: -item[1])[:8]:
        lines.append(f"  {saved / 1e6:5.1f} MB  {path.relative_to(folder)}")
    for path in outcome.kept_whole:
        lines.append(f"  kept whole (stripped, its load segments break): {path.relative_to(folder)}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    if not available():
        print("strip_binaries: needs Linux with binutils' strip and readelf", file=sys.stderr)
        return 1
    folder = Path(argv[0])
    print(report(strip_tree(folder), folder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
