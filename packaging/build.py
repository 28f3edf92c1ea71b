"""Build Citebrief as one folder for this OS, smoke-test it and report its size and start-up time.

    python packaging/build.py [--clean] [--no-smoke] [--no-archive] [--numpy-without-blas]

1. installs what is missing: the project's runtime dependencies and the `packaging` extra (PyInstaller);
   with --numpy-without-blas, rebuilds numpy from source without OpenBLAS (packaging/numpy_without_blas.py:
   33 MB less in the app, about five minutes of CPU the first time);
2. renders the app icon (packaging/icons.py) into build/packaging/icons;
3. runs the app through everything it does (packaging/app_modules.py) to list the modules it loads, which
   decides what the bundle holds;
4. runs PyInstaller on packaging/citebrief.spec into dist/ (dist/citebrief, or dist/Citebrief.app);
5. checks that the bundle holds every module the app loaded (packaging/check_bundle.py);
6. Linux: adds share/ (desktop entry, icons, MIME type, AppStream metadata) and install.sh to the folder,
   runs packaging/smoke.sh on it, and packs dist/citebrief-VERSION-linux-ARCH.tar.gz;
7. prints the unpacked size and the start-up time the smoke test measured.

Windows and macOS builds go through the same spec; their installers are made afterwards
(packaging/windows/citebrief.iss with Inno Setup; the .app bundle on macOS).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

from numpy_without_blas import ensure as ensure_numpy_without_blas
from numpy_without_blas import linked_blas, numpy_config

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
GENERATED = WORK / "packaging"
APP = DIST / "citebrief"
METAINFO = "org.citebrief.Citebrief.metainfo.xml"


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def version() -> str:
    text = (ROOT / "desktop" / "citebrief" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise SystemExit("build: no __version__ in desktop/citebrief/__init__.py")
    return match.group(1)


def missing_requirements() -> list[str]:
    """Requirements of pyproject.toml (runtime + the `packaging` extra) not installed here."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project.get("dependencies", []))
    wanted += project.get("optional-dependencies", {}).get("packaging", ["pyinstaller>=6"])
    missing = []
    for requirement in wanted:
        name = re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]
        try:
            importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(requirement)
    return missing


def ensure_requirements() -> None:
    missing = missing_requirements()
    if missing:
        log(f"installing {', '.join(missing)}")
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *missing], check=True)


def run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    log(" ".join(cmd))
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)


def render_icons() -> None:
    run([sys.executable, str(HERE / "icons.py"), str(GENERATED / "icons")])


def list_app_modules() -> None:
    run([sys.executable, str(HERE / "app_modules.py"), str(GENERATED / "app-modules.json")])


def check_bundle(app: Path) -> bool:
    proc = subprocess.run(
        [sys.executable, str(HERE / "check_bundle.py"), str(app), str(GENERATED / "app-modules.json")],
        cwd=ROOT,
    )
    return proc.returncode == 0


def pyinstaller(clean: bool) -> None:
    env = dict(os.environ, CITEBRIEF_GENERATED_DIR=str(GENERATED))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller")]
    if clean:
        cmd.append("--clean")
    run([*cmd, str(HERE / "citebrief.spec")], env=env)


def add_linux_files(app: Path) -> None:
    """share/ beside the executable holds what install.sh puts in ~/.local/share."""
    linux = HERE / "linux"
    share = app / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "mime" / "packages").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copyfile(linux / "citebrief.desktop", share / "applications" / "citebrief.desktop")
    shutil.copyfile(linux / "citebrief-mime.xml", share / "mime" / "packages" / "citebrief.xml")
    shutil.copyfile(linux / METAINFO, share / "metainfo" / METAINFO)
    shutil.copytree(GENERATED / "icons" / "hicolor", share / "icons" / "hicolor")
    shutil.copy2(linux / "install.sh", app / "install.sh")
    (app / "install.sh").chmod(0o755)


def smoke(app: Path) -> tuple[bool, dict[str, str]]:
    """Run packaging/smoke.sh; whether it passed, and the key=value figures it printed."""
    log(f"smoke test: packaging/smoke.sh {app.relative_to(ROOT)}")
    proc = subprocess.run(
        ["bash", str(HERE / "smoke.sh"), str(app)],
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    print(proc.stdout, end="", flush=True)
    return proc.returncode == 0, dict(re.findall(r"^(\w+)=(\S+)$", proc.stdout, flags=re.MULTILINE))


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def weights(app: Path) -> list[tuple[int, str]]:
    """Bytes per part of the bundle: the executable (with its archive of Python modules), each folder of
    _internal (PySide6's Qt libraries, bindings and plugins apart), each library at its top."""
    parts: dict[str, int] = {}
    for path in app.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(app).parts
        if rel[0] != "_internal":
            key = "executable and Python modules" if rel[0] == app.name else rel[0]
        elif len(rel) > 3 and rel[1] == "PySide6" and rel[2] == "Qt":
            key = f"PySide6/Qt/{rel[3]}"
        elif rel[1] == "PySide6":
            key = "PySide6 bindings"
        else:
            key = rel[1]
        parts[key] = parts.get(key, 0) + path.stat().st_size
    return sorted(((size, name) for name, size in parts.items()), reverse=True)


def archive(app: Path, name: str) -> Path:
    out = DIST / f"{name}.tar.gz"
    tmp = out.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=name)
    tmp.replace(out)
    return out


def windows_installer() -> None:
    """The Inno Setup installer, when Inno Setup's compiler is installed."""
    iscc = shutil.which("iscc") or shutil.which(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    script = HERE / "windows" / "citebrief.iss"
    if iscc is None:
        log(f"Inno Setup not found; make the installer with: iscc /DAppVersion={version()} {script}")
        return
    run([iscc, f"/DAppVersion={version()}", str(script)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz (Linux)")
    parser.add_argument(
        "--numpy-without-blas", action="store_true", help="rebuild numpy without OpenBLAS first (smaller)"
    )
    args = parser.parse_args(argv)

    started = time.monotonic()
    ensure_requirements()
    if args.numpy_without_blas:
        log(ensure_numpy_without_blas())
    render_icons()
    list_app_modules()
    pyinstaller(args.clean)
    built = DIST / "Citebrief.app" if sys.platform == "darwin" else APP
    log(f"built {built.relative_to(ROOT)} in {time.monotonic() - started:.0f} s")

    passed, results = check_bundle(APP if sys.platform != "darwin" else built), dict[str, str]()
    if sys.platform.startswith("linux"):
        add_linux_files(APP)
        if passed and not args.no_smoke:
            passed, results = smoke(APP)
        if passed and not args.no_archive:
            name = f"citebrief-{version()}-linux-{platform.machine()}"
            tarball = archive(APP, name)
            log(f"archive: {tarball.relative_to(ROOT)} ({tarball.stat().st_size / 1e6:.1f} MB)")
    else:
        log("the smoke test runs on Linux only; start the app by hand to check this build")
        if sys.platform == "win32":
            windows_installer()

    log(f"size unpacked: {folder_size(built) / 1e6:.1f} MB ({built.relative_to(ROOT)}); the largest parts:")
    for size, name in weights(built)[:16]:
        log(f"  {size / 1e6:6.1f} MB  {name}")
    log(f"numpy's BLAS library: {linked_blas(numpy_config()) or 'none (numpy_without_blas.py)'}")
    if "startup_seconds" in results:
        log(f"start-up (launch to window shown, offscreen): {results['startup_seconds']} s")
        log(f"start-up of every window the smoke test opened: {results.get('startup_all', '?')} s")
        log(f"CPU time to the window shown, each: {results.get('startup_cpu', '?')} s")
    if not passed:
        log(f"the smoke test failed; no archive made. The build is in {built.relative_to(ROOT)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
