"""A Debian package of the built app: citebrief_VERSION_ARCH.deb, made with dpkg-deb, no network.

    python packaging/deb.py [APP_DIR] [-o OUT_DIR]

APP_DIR is the folder packaging/build.py makes (default dist/citebrief, with its share/ folder). The
package puts the app in /usr/lib/citebrief, `citebrief` on the PATH, and the desktop entry, icons, MIME
type and AppStream metadata in their system places; the system's own triggers (shared-mime-info,
desktop-file-utils, hicolor-icon-theme) refresh their caches when it is installed or removed.

Depends is read off the bundle: every system library its programs and libraries link to that the
bundle does not hold, named by the Debian package that owns it (as dpkg-shlibdeps does).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

from build import version

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = "citebrief"
MAINTAINER = "Citebrief developers <citebrief@packages.invalid>"
# What the window needs that no library links to: a font to draw text with.
EXTRA_DEPENDS = ("fonts-dejavu-core | fonts-freefont-ttf | fonts-liberation2",)
_ELF = b"\x7fELF"


def log(message: str) -> None:
    print(f"deb: {message}", flush=True)


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == _ELF:
                    found.append(path)
    return found


def system_libraries(app: Path) -> set[str]:
    """Paths of the libraries outside the bundle that its ELF files load."""
    libraries: set[str] = set()
    internal = app.resolve()
    # The frozen app finds its own libraries first (its launcher puts _internal on the library path).
    env = {"LD_LIBRARY_PATH": str(internal / "_internal"), "PATH": "/usr/bin:/bin"}
    for elf in _elf_files(app):
        out = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, check=False, env=env).stdout
        for match in re.finditer(r"=>\s+(/\S+)\s+\(0x", out):
            path = Path(match.group(1)).resolve()
            if internal not in path.parents:
                libraries.add(str(path))
    return libraries


def owning_packages(paths: set[str]) -> set[str]:
    packages: set[str] = set()
    for path in sorted(paths):
        # usrmerge: dpkg knows /lib/... where ldd resolves /usr/lib/..., and the other way round
        other = path.removeprefix("/usr") if path.startswith("/usr/lib") else f"/usr{path}"
        candidates = [path, other]
        for candidate in candidates:
            proc = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
            if proc.returncode == 0:
                packages.add(proc.stdout.split(":")[0].strip())
                break
        else:
            log(f"warning: no Debian package owns {path}; it is not a dependency")
    return packages


def stage(app: Path, root: Path) -> None:
    lib = root / "usr" / "lib" / PACKAGE
    shutil.copytree(app, lib, symlinks=True, ignore=shutil.ignore_patterns("share", "install.sh"))
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"../lib/{PACKAGE}/{PACKAGE}")
    shutil.copytree(app / "share", root / "usr" / "share", symlinks=True)
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Citebrief\n\nFiles: *\nCopyright: Citebrief contributors\nLicense: MIT\n",
        encoding="utf-8",
    )


def control(root: Path, depends: set[str], arch: str) -> str:
    size_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
    return (
        f"Package: {PACKAGE}\nVersion: {version()}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kb}\nDepends: {', '.join(sorted(depends) + list(EXTRA_DEPENDS))}\n"
        "Section: text\nPriority: optional\n"
        "Description: one cited brief from a folder of articles\n"
        " Citebrief reads a folder of articles (text, Markdown, HTML, PDF, Word, OpenDocument\n"
        " or RTF) and writes one merged extractive brief in which every sentence cites the\n"
        " exact sentences it came from. It works offline.\n"
    )


def build(app: Path, out_dir: Path) -> Path:
    if not (app / PACKAGE).is_file() or not (app / "share").is_dir():
        raise SystemExit(f"deb: {app} is not a built app with share/ (run packaging/build.py)")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    work = ROOT / "build" / "deb"
    shutil.rmtree(work, ignore_errors=True)
    root = work / "root"
    stage(app, root)
    depends = owning_packages(system_libraries(root / "usr" / "lib" / PACKAGE))
    depends.discard(PACKAGE)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control(root, depends, arch.stdout.strip()), encoding="utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version()}_{arch.stdout.strip()}.deb"
    # zstd at level 12 (dpkg 1.21.18 and later read it): 87 MB in 16 s here, where xz -6 takes almost
    # three minutes for 80 MB.
    cmd = ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z12", "--build", str(root), str(target)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    log(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
        f"{target.stat().st_size / 1e6:.1f} MB; depends on {', '.join(sorted(depends))}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("app", nargs="?", default=str(ROOT / "dist" / PACKAGE))
    parser.add_argument("-o", "--out-dir", default=str(ROOT / "dist"))
    args = parser.parse_args(argv)
    if shutil.which("dpkg-deb") is None:
        log("dpkg-deb not found: the Debian package is made on Debian and its derivatives only")
        return 2
    build(Path(args.app), Path(args.out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
