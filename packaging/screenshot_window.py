"""Render the real window offscreen with the sample articles loaded and save resources/screenshots/window.png.

Run from a checkout:  QT_QPA_PLATFORM=offscreen python packaging/screenshot_window.py [OUTPUT.png]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from citebrief.gui.app import application, create_window  # noqa: E402


def wait_until(condition: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("the brief did not appear in time")
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots" / "window.png"
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = create_window(settings=settings, data_dir=Path(tmp) / "data")
        window.resize(1440, 860)
        window.show()
        window.files.open_samples()
        wait_until(lambda: window.brief_document.marker_runs() and not window.workspace.busy)
        # Show what the app is about: a citation followed into its source, highlighted.
        markers = window.brief_document.marker_runs()
        target = markers[min(2, len(markers) - 1)].marker
        assert target is not None
        window.editor.select_item(target[0])
        window.links.follow_citation(*target)
        for _ in range(20):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise SystemExit(f"could not write {out}")
        window.brief_document.mark_saved()
        window.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
