#!/usr/bin/env python3
"""Render page 1 of the sample brief's PDF to resources/screenshots/brief-pdf-page1.png (for the README).

The brief is made the way a user makes it: the sample articles are loaded and summarised with the
default options, then exported to PDF. Page 1 is rasterised with poppler's ``pdftoppm`` when installed,
else with Qt's PDF module (PySide6 ``QtPdf``) when present.

    python packaging/render_pdf_preview.py [--dpi 110] [--pdf keep/brief.pdf] [--output FILE.png]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "resources" / "screenshots" / "brief-pdf-page1.png"

try:
    import citebrief  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(REPO / "desktop"))

from citebrief.core.atomic import write_bytes_atomic  # noqa: E402
from citebrief.core.model import BriefOptions  # noqa: E402
from citebrief.engine import summarise  # noqa: E402
from citebrief.export.pdf import ensure_gui_application, render_pdf  # noqa: E402
from citebrief.ingest import load_folder  # noqa: E402
from citebrief.resources_path import samples_dir  # noqa: E402


def sample_pdf(page_size: str) -> bytes:
    brief = summarise(load_folder(samples_dir()), BriefOptions())
    return render_pdf(brief, page_size=page_size)


def first_page_png(pdf: Path, dpi: int) -> bytes:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        with tempfile.TemporaryDirectory() as folder:
            stem = Path(folder) / "page"
            subprocess.run(
                [pdftoppm, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                check=True,
            )
            return stem.with_suffix(".png").read_bytes()
    return _qtpdf_png(pdf, dpi)


def _qtpdf_png(pdf: Path, dpi: int) -> bytes:
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:
        raise SystemExit("to render the preview, install poppler-utils or PySide6's QtPdf") from exc
    ensure_gui_application()  # QtPdf renders through QtGui
    document = QPdfDocument()
    document.load(str(pdf))
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(0, size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="PNG to write")
    parser.add_argument("--dpi", type=int, default=110, help="resolution of the PNG (default 110)")
    parser.add_argument("--page-size", choices=("a4", "letter"), default="a4")
    parser.add_argument("--pdf", type=Path, help="also keep the PDF here")
    args = parser.parse_args(argv)

    data = sample_pdf(args.page_size)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "brief.pdf"
        pdf.write_bytes(data)
        png = first_page_png(pdf, args.dpi)
    if args.pdf:
        write_bytes_atomic(args.pdf, data)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(args.output, png)
    print(f"wrote {args.output} ({len(png) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
