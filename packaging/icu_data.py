"""A smaller ICU data library for the packaged app: what Qt reads of ICU, without every locale's data.

    python packaging/icu_data.py LIBICUDATA OUT_DIR

Qt links ICU, whose data library (libicudata, 32 MB of PySide6's 68 MB of Qt libraries) holds every
locale's names, currencies, units, calendars and collations, 200 legacy code pages and the word
dictionaries of Thai, Lao, Khmer, Burmese, Chinese and Japanese. Qt takes locale data from its own
tables, text boundaries from its own code and decodes Citebrief's files nowhere (Python does); what it
asks of ICU is collation (the file dialog sorts names in the user's language: every locale's collation
is kept), normalisation, case and time-zone tables. Those are kept, with every tree's root, so anything
else falls back to root as ICU does for a locale it lacks (a time zone is then named "GMT+01:00").

The data package is taken out of the library, trimmed with ICU's own `icupkg` and compiled back with
`genccode` (Debian's icu-devtools). Without those tools the build keeps the full library.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Per-locale data of these trees is display text (names of languages, regions, zones, currencies and
# units; spelled-out numbers; transliterators) that only ICU's own formatters read.
_LOCALE_TREES = ("curr", "lang", "region", "unit", "zone", "rbnf", "translit")
_TREE_ROOTS = ("root.res", "res_index.res", "pool.res")
_LOCALE = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9_]+)?\.res$")


def dropped(item: str) -> bool:
    """Whether an item of the ICU package (``tree/name`` or ``name``) is left out."""
    tree, _, name = item.rpartition("/")
    if name.endswith((".cnv", ".dict")):  # legacy code pages; CJK and South-East Asian dictionaries
        return True
    if name in _TREE_ROOTS or tree == "coll":
        return False
    if tree in _LOCALE_TREES:
        return True
    return bool(_LOCALE.match(name))  # a locale's own data in the other trees: root serves instead


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol (icudtNN_dat), and its offset and size in the library file."""
    symbols = subprocess.run(["nm", "-D", "-S", str(library)], capture_output=True, text=True, check=True)
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols.stdout, flags=re.MULTILINE)
    if not match:
        raise RuntimeError(f"{library} holds no icudt*_dat symbol")
    address, size, name = int(match.group(1), 16), int(match.group(2), 16), match.group(3)
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    )
    for line in sections.stdout.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, address - section_address + section_offset, size
    raise RuntimeError(f"{library} has no .rodata section")


def trim(library: Path, out_dir: Path) -> Path:
    """Write a trimmed copy of ``library`` (same file name and soname) into ``out_dir``."""
    if not all(shutil.which(tool) for tool in ("icupkg", "genccode", "nm", "readelf", "cc")):
        raise RuntimeError("icupkg, genccode (icu-devtools), binutils and a C compiler are needed")
    symbol, offset, size = _symbol(library)
    entry = symbol.removesuffix("_dat")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = work / f"{entry}l.dat"
        with library.open("rb") as handle:
            handle.seek(offset)
            package.write_bytes(handle.read(size))
        items = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True, check=True)
        drop = [item for item in items.stdout.split() if dropped(item)]
        (work / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
        subprocess.run(["icupkg", "--ignore-deps", "-r", str(work / "drop.txt"), str(package)], check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run(["genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(package)], check=True,
                       stdout=subprocess.DEVNULL)
        assembly = next(work.glob("*.S"))
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / library.name
        subprocess.run(
            ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(target), str(assembly)],
            check=True,
        )
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    library, out_dir = Path(argv[0]), Path(argv[1])
    target = trim(library, out_dir)
    before, after = library.stat().st_size / 1e6, target.stat().st_size / 1e6
    print(f"icu_data: {library.name} {before:.1f} MB -> {after:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
