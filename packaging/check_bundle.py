"""Does a built app hold every module the app loads? Names each one it lacks.

    python packaging/check_bundle.py APP_DIR [MODULES.json]

MODULES.json is the list packaging/app_modules.py writes (made afresh when not given). The bundle's
modules are those of its PYZ archive, its base_library.zip and its extension module files. Exits 1, naming
the missing modules, when the app loads one the bundle does not hold.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from bundle_contents import bundled, module_index, read_loaded

HERE = Path(__file__).resolve().parent
_EXTENSIONS = sorted([*EXTENSION_SUFFIXES, ".abi3.so"], key=len, reverse=True)


def _executable(app: Path) -> Path:
    for name in ("citebrief", "citebrief-cli.exe", "Citebrief.exe"):
        if (app / name).is_file():
            return app / name
    raise SystemExit(f"check_bundle: no Citebrief executable in {app}")


def _archived(executable: Path) -> set[str]:
    from PyInstaller.archive.readers import CArchiveReader

    package = CArchiveReader(str(executable))
    names = set(package.toc)
    for name, entry in package.toc.items():
        if entry[-1] in ("z", "Z"):  # the PYZ archive of pure-Python modules
            names.update(package.open_embedded_archive(name).toc)
    return names


def _on_disk(internal: Path) -> set[str]:
    names: set[str] = set()
    base = internal / "base_library.zip"
    if base.is_file():
        with zipfile.ZipFile(base) as archive:
            for member in archive.namelist():
                if member.endswith(".pyc"):
                    parts = member[: -len(".pyc")].split("/")
                    names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    for path in internal.rglob("*"):
        suffix = next((s for s in _EXTENSIONS if path.name.endswith(s)), None)
        if suffix is None or not path.is_file():
            continue
        relative = path.relative_to(internal)
        parts = [*relative.parts[:-1], path.name[: -len(suffix)]]
        if parts[-1] == "__init__":  # a compiled package
            parts.pop()
        if "lib-dynload" in parts:  # the standard library's extension modules are top-level modules
            parts = parts[parts.index("lib-dynload") + 1 :]
        names.add(".".join(parts))
    return names


def bundle_modules(app: Path) -> set[str]:
    return _archived(_executable(app)) | _on_disk(app / "_internal") | set(sys.builtin_module_names)


def missing_modules(app: Path, loaded: set[str]) -> list[str]:
    held = bundle_modules(app)
    return [name for name in bundled(module_index(), loaded) if name not in held]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    app = Path(argv[0])
    if len(argv) > 1:
        loaded = read_loaded(Path(argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            listing = Path(tmp) / "modules.json"
            subprocess.run([sys.executable, str(HERE / "app_modules.py"), str(listing)], check=True)
            loaded = read_loaded(listing)
    missing = missing_modules(app, loaded)
    if missing:
        print(
            f"check_bundle: {app} lacks {len(missing)} module(s) the app loads: {', '.join(missing)}",
            file=sys.stderr,
        )
        return 1
    print(f"check_bundle: {app} holds all {len(bundled(module_index(), loaded))} modules the app loads")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
