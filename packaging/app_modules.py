"""The Python modules Citebrief loads while it works, found by running it: what the bundle must hold.

    python packaging/app_modules.py [OUT.json]

Runs, in this process, everything a user can make the app do with its own code paths: reading a folder
with a file of every input format, a brief with every algorithm, every export format, a large folder
(worker processes), and the window (offscreen) on a folder and on a saved brief file. Then it writes the
sorted names of every module in ``sys.modules`` as JSON (to OUT.json, or stdout).

The PyInstaller spec reads this list to decide what goes into the bundle, and
``packaging/check_bundle.py`` compares it with what a built bundle holds.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from brief_file import write_brief_file
from bundle_contents import LOADED_BY_NAME, runtime_hook_modules

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CITEBRIEF_CACHE_DIR"] = "off"  # every file is parsed, not answered from a cache
os.environ.setdefault("CITEBRIEF_SMOKE_QUIT_AFTER_MS", "60000")

# A large folder is analysed in worker processes on the command line; this many copies of the samples
# is past that threshold (packaging/smoke.sh briefs the same 110 copies).
LARGE_FOLDER_COPIES = 110

_ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:text>{paragraphs}</office:text></office:body></office:document-content>"""


# The interpreter's own start-up (site.py and what it runs from site-packages), which a frozen app skips.
_SITE_SET_UP = ("site", "sitecustomize", "usercustomize", "_sitebuiltins", "__editable__", "_distutils_hack")

# A web page whose date only dateparser reads (htmldate's fast rules do not): the date reader then loads.
_HTML_PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<span class="date">le 21 f\u00e9vr. 2020 \u00e0 10h32</span>{paragraphs}</article></body></html>"""


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def write_odt(path: Path, text: str) -> None:
    from xml.sax.saxutils import escape

    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in _paragraphs(text))
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        odt.writestr("META-INF/manifest.xml", _ODT_MANIFEST)
        odt.writestr("content.xml", _ODT_CONTENT.format(paragraphs=body))


def _rtf_code(point: int) -> int:
    return point if point < 32768 else point - 65536


def write_rtf(path: Path, text: str) -> None:
    def escape(paragraph: str) -> str:
        out = paragraph.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
        return "".join(c if ord(c) < 128 else f"\\u{_rtf_code(ord(c))}?" for c in out)

    body = "".join(f"{escape(p)}\\par\n" for p in _paragraphs(text))
    path.write_text("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n" + body + "}", encoding="ascii")


def write_encrypted_pdf(plain: Path, target: Path) -> None:
    """The same PDF encrypted with AES and an empty password, as many publishers' PDFs are: reading it
    loads the decryption the PDF reader needs."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    with target.open("wb") as handle:
        writer.write(handle)


def cli(*args: str) -> None:
    from citebrief.cli import run

    code = run(["brief", *args, "-q"])
    if code != 0:
        raise SystemExit(f"app_modules: `citebrief brief {' '.join(args)}` exited {code}")


def every_input_format(samples: Path, folder: Path) -> None:
    """The samples, plus the same articles as a file of each format the app reads."""
    from citebrief.ingest.formats import FORMATS

    shutil.copytree(samples, folder)
    articles = sorted(p for p in folder.iterdir() if p.is_file())
    text = articles[0].read_text(encoding="utf-8")
    modules: dict[str, str] = {}
    for suffix, fmt in FORMATS.items():
        modules.setdefault(fmt.module, suffix)
    for module, suffix in modules.items():
        target = folder / f"as-{module}{suffix}"
        if suffix == ".odt":
            write_odt(target, text)
        elif suffix == ".rtf":
            write_rtf(target, text)
        elif module == "plain":
            target.write_text(text, encoding="utf-8")
        elif module == "html_text":
            from xml.sax.saxutils import escape

            body = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs(text)[1:])
            page = _HTML_PAGE.format(title=escape(_paragraphs(text)[0]), paragraphs=body)
            target.write_text(page, encoding="utf-8")
    # The app's own exports are documents of their format: Markdown, HTML, PDF and Word.
    made = folder.parent / "made"
    made.mkdir()
    for suffix in (".md", ".html", ".pdf", ".docx"):
        cli(str(samples), "-o", str(made / f"brief{suffix}"))
    for made_file in made.iterdir():
        shutil.move(str(made_file), folder / f"as-export{made_file.suffix}")
    write_encrypted_pdf(folder / "as-export.pdf", folder / "as-encrypted.pdf")
    present = {FORMATS[p.suffix].module for p in folder.iterdir() if p.suffix in FORMATS}
    missing = set(modules) - present
    if missing:
        raise SystemExit(f"app_modules: no input file made for the reader(s) {sorted(missing)}")


def every_language() -> None:
    """Each language the app offers through its sentence splitter and word tools, which load that
    language's Punkt model, stemmer and stop words by name."""
    from citebrief.engine.language import word_tools
    from citebrief.ingest.language import NAMES
    from citebrief.ingest.sentences import split_sentences

    for language in sorted(set(NAMES.values())):
        split_sentences("Dr. A. Smith arrived at 10 a.m. on 3 May. He left.", "probe", language=language)
        word_tools(language).stem("arrived")


def every_reader(folder: Path) -> None:
    """Each file through its reader in this process: the command line and the window run PDF, Word and
    OpenDocument readers in a child process, whose modules this process would not see."""
    from citebrief.ingest.formats import FORMATS, read_format
    from citebrief.ingest.limits import Budget

    for path in sorted(folder.iterdir()):
        if path.suffix in FORMATS:
            read_format(path.suffix, path.read_bytes(), Budget())


def command_line(folder: Path, out: Path) -> None:
    from citebrief.engine.names import ALGORITHMS
    from citebrief.export import FORMATS

    for algorithm in ALGORITHMS:
        cli(str(folder), "--algorithm", algorithm, "--focus", "river", "-o", str(out / "brief.txt"))
    for fmt in FORMATS:
        cli(str(folder), "--format", fmt, "-o", str(out / f"brief.{fmt}"))
    large = out / "large"
    large.mkdir()
    for i in range(LARGE_FOLDER_COPIES):
        for article in folder.glob("*.txt"):
            shutil.copyfile(article, large / f"{i}-{article.name}")
    cli(str(large), "--format", "text", "-o", str(out / "large.txt"))


def window(target: Path) -> None:
    from citebrief.gui.app import run_app

    code = run_app([str(target)])
    if code != 0:
        raise SystemExit(f"app_modules: the window on {target} exited {code}")


def saved_brief(folder: Path, out: Path) -> Path:
    from citebrief.cli import run

    path = out / "saved.json"
    run(["brief", str(folder), "--format", "json", "-o", str(path), "-q"])
    return write_brief_file(path, folder, out / "saved.citebrief")


def import_by_name() -> None:
    """Modules the app (or the interpreter, for codecs and strptime) imports by name at run time, and
    those the packaged app's start-up imports."""
    for name in LOADED_BY_NAME:
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(getattr(package, "__path__", []), f"{name}."):
            try:
                importlib.import_module(info.name)
            except ImportError:  # another platform's module (encodings.mbcs on Linux)
                continue
    # What the packaged app's own start-up imports before any of Citebrief's code runs.
    for name in sorted(runtime_hook_modules(set(sys.modules))):
        try:
            importlib.import_module(name)
        except ImportError:  # a module the hook imports only on another platform
            continue


def loaded_modules() -> list[str]:
    from PySide6.QtWidgets import QApplication

    from citebrief.resources_path import resources_dir

    # PDF export needs a QGuiApplication and the window a QApplication, and a process holds only one.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="citebrief-modules-") as tmp:
        work = Path(tmp)
        # The window's settings and autosaves go to this run's folder, not the user's.
        os.environ["CITEBRIEF_DATA_DIR"] = str(work / "data")
        os.environ["CITEBRIEF_SETTINGS"] = str(work / "settings.ini")
        folder = work / "articles"
        every_input_format(resources_dir() / "samples", folder)
        out = work / "out"
        out.mkdir()
        every_reader(folder)
        every_language()
        command_line(folder, out)
        window(folder)
        window(saved_brief(folder, out))
        del app
    import_by_name()
    return sorted(
        name
        for name, module in sys.modules.items()
        if module is not None and not name.startswith(_SITE_SET_UP)
    )


def main(argv: list[str]) -> int:
    names = loaded_modules()
    text = json.dumps(names, indent=0) + "\n"
    if argv:
        Path(argv[0]).parent.mkdir(parents=True, exist_ok=True)
        Path(argv[0]).write_text(text, encoding="utf-8")
        print(f"app_modules: {len(names)} modules loaded, written to {argv[0]}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
