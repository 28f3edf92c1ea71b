"""SVG icons from resources/icons, drawn in the palette's text colour so they read in light and dark."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from citebrief.resources_path import resources_dir

_SIZES = (16, 20, 24, 32, 48, 64, 96, 128)


def _render(svg: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@lru_cache(maxsize=128)
def _icon(name: str, color: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_bytes().replace(b"currentColor", color.encode("ascii"))
    icon = QIcon()
    # Pixmaps at many sizes (not one scaled bitmap) keep icons crisp at every device pixel ratio.
    for size in _SIZES:
        icon.addPixmap(_render(svg, size))
    disabled = svg.replace(color.encode("ascii"), b"#9a9a9a")
    for size in _SIZES:
        icon.addPixmap(_render(disabled, size), QIcon.Mode.Disabled)
    return icon


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named icon; ``color`` replaces ``currentColor`` (pass the palette's text colour)."""
    return _icon(name, (color or QColor("#3c4650")).name())
