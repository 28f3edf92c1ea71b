"""What goes into the packaged app, decided from the modules the app loads (packaging/app_modules.py).

Read by the PyInstaller spec (what to add and what to leave out) and by packaging/check_bundle.py (does a
built bundle hold every module the app loads). Importable modules are found by walking the folders on
``sys.path``, without importing anything.
"""

from __future__ import annotations

import ast
import json
import sys
import sysconfig
from collections.abc import Iterable
from importlib.machinery import EXTENSION_SUFFIXES, SOURCE_SUFFIXES
from pathlib import Path

# Modules loaded by name at run time that a run of the app cannot reach one by one: Citebrief's own
# modules (a reader per file format), the codec of a file's encoding, the module datetime.strptime
# imports on first use, and the date words of a web page's language (dateparser, through the HTML
# reader's date finder). packaging/app_modules.py imports all of them; each language's Punkt model it
# loads by splitting a sentence in every language the app offers.
LOADED_BY_NAME = ("citebrief", "encodings", "_strptime", "dateparser.data")

_SUFFIXES = sorted([*EXTENSION_SUFFIXES, ".abi3.so", *SOURCE_SUFFIXES], key=len, reverse=True)


# Runtime hooks the spec leaves out (citebrief.spec says why).
SKIPPED_RUNTIME_HOOKS = ("pyi_rth_nltk.py",)


def runtime_hook_modules(loaded: set[str]) -> set[str]:
    """Modules that PyInstaller's runtime hooks import at the frozen app's start, for the hooks that run
    (a hook runs when the module it is registered for is bundled): multiprocessing's hook needs
    multiprocessing.spawn, for one."""
    import _pyinstaller_hooks_contrib
    import PyInstaller

    names: set[str] = set()
    for package in (PyInstaller.__path__[0], _pyinstaller_hooks_contrib.__path__[0]):
        hooks_dir = Path(package) / "hooks"
        root = hooks_dir if (hooks_dir / "rthooks.dat").is_file() else Path(package)
        registry = root / "rthooks.dat"
        if not registry.is_file():
            continue
        for module, hooks in ast.literal_eval(registry.read_text(encoding="utf-8")).items():
            if module in loaded:
                for hook in hooks:
                    if hook not in SKIPPED_RUNTIME_HOOKS:
                        names.update(_imports(root / "rthooks" / hook))
    return names


def _imports(script: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def read_loaded(path: Path) -> set[str]:
    return set(json.loads(path.read_text(encoding="utf-8")))


def _module_name(entry: Path) -> str | None:
    for suffix in _SUFFIXES:
        if entry.name.endswith(suffix) and entry.is_file():
            stem = entry.name[: -len(suffix)]
            return stem if stem.isidentifier() else None
    if entry.is_dir() and (entry / "__init__.py").is_file() and entry.name.isidentifier():
        return entry.name
    return None


def _walk(folder: Path, prefix: str) -> Iterable[str]:
    for entry in sorted(folder.iterdir()):
        name = _module_name(entry)
        if name is None or name == "__init__":
            continue
        full = f"{prefix}{name}"
        yield full
        if entry.is_dir():
            yield from _walk(entry, f"{full}.")


def module_index(roots: Iterable[str] | None = None) -> set[str]:
    """Every module and package importable from ``roots`` (default: this interpreter's sys.path)."""
    names: set[str] = set()
    for root in roots if roots is not None else sys.path:
        folder = Path(root or ".")
        if folder.is_dir() and folder.resolve() != Path.cwd().resolve():
            names.update(_walk(folder, ""))
    return names


def stdlib_roots() -> set[str]:
    paths = sysconfig.get_paths()
    return {str(Path(paths["stdlib"])), str(Path(paths["platstdlib"]) / "lib-dynload")}


def unloaded(index: set[str], loaded: set[str]) -> list[str]:
    """The outermost modules and packages of ``index`` the app never loads: the bundle leaves them out."""
    needed = set(loaded) | {parent for name in loaded for parent in _parents(name)}
    out = []
    for name in sorted(index):
        parent = name.rpartition(".")[0]
        if name not in needed and (not parent or parent in needed):
            out.append(name)
    return out


def _parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def bundled(index: set[str], loaded: set[str]) -> list[str]:
    """Loaded modules that exist as files: the bundle holds each of them, found or not by analysis."""
    return sorted(name for name in loaded if name in index)
