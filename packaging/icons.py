"""Render the app icon from resources/icons/citebrief.svg for every platform.

    python packaging/icons.py [OUT_DIR]        (default: build/packaging/icons)

Writes a freedesktop hicolor tree (scalable SVG and PNGs from 16 to 512 px, for the app and for
.citebrief files), citebrief.ico (Windows: PNG entries 16..256) and citebrief.icns (macOS: PNG entries
16..1024). Drawn with QtSvg onto QImage on the offscreen platform, so no display or extra tool is needed.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "citebrief.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 192, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# ICNS element types holding PNG data, by pixel size (https://en.wikipedia.org/wiki/Apple_Icon_Image_format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: bytes, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs want bytes, PySide6 a str
        raise SystemExit(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (read by Windows since Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file of PNG elements; @2x types reuse the PNG of twice the size."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "packaging" / "icons"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # fonts for the SVG's text
    svg = SVG.read_bytes()
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}

    hicolor = out / "hicolor"
    for kind, name in (("apps", "citebrief"), ("mimetypes", "application-x-citebrief")):
        scalable = hicolor / "scalable" / kind
        scalable.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SVG, scalable / f"{name}.svg")
        for size in PNG_SIZES:
            folder = hicolor / f"{size}x{size}" / kind
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{name}.png").write_bytes(pngs[size])
    (out / "citebrief.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "citebrief.icns").write_bytes(icns(pngs))
    (out / "citebrief.png").write_bytes(pngs[256])
    del app
    print(f"icons: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
