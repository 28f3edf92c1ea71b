"""Typed access to the window's persistent settings; the QSettings itself is built by gui/app.py."""

from __future__ import annotations

import contextlib
import json

from PySide6.QtCore import QByteArray, QSettings

from citebrief.core.model import BriefOptions
from citebrief.core.serial import options_from_dict, options_to_dict

MAX_RECENT = 10


class AppSettings:
    """Settings keys are grouped: ``window/...``, ``brief/...``, ``files/...``."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # window
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/splitter_{name}")

    def save_window(self, geometry: QByteArray, state: QByteArray, splitters: dict[str, QByteArray]) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)
        for name, value in splitters.items():
            self.store.setValue(f"window/splitter_{name}", value)

    def zoom(self) -> int:
        value = self.store.value("window/zoom", 0)
        return int(value) if isinstance(value, (int, str)) and str(value).lstrip("-").isdigit() else 0

    def set_zoom(self, steps: int) -> None:
        self.store.setValue("window/zoom", steps)

    # brief options
    def options(self) -> BriefOptions:
        raw = self.store.value("brief/options", "")
        if isinstance(raw, str) and raw:
            with contextlib.suppress(ValueError, TypeError):
                return options_from_dict(json.loads(raw))
        return BriefOptions()

    def set_options(self, options: BriefOptions) -> None:
        self.store.setValue("brief/options", json.dumps(options_to_dict(options)))

    # files
    def _str(self, key: str) -> str:
        value = self.store.value(key, "")
        return value if isinstance(value, str) else ""

    def last_folder(self) -> str:
        return self._str("files/last_folder")

    def set_last_folder(self, folder: str) -> None:
        self.store.setValue("files/last_folder", folder)

    def export_folder(self) -> str:
        return self._str("files/export_folder")

    def set_export_folder(self, folder: str) -> None:
        self.store.setValue("files/export_folder", folder)

    def export_format(self) -> str:
        return self._str("files/export_format")

    def set_export_format(self, fmt: str) -> None:
        self.store.setValue("files/export_format", fmt)

    def follow_links(self) -> bool:
        """Whether links inside an opened folder that lead out of it are read (off: skipped, noted)."""
        return str(self.store.value("files/follow_links", False)).lower() == "true"

    def set_follow_links(self, follow: bool) -> None:
        self.store.setValue("files/follow_links", follow)

    def recent(self) -> list[str]:
        raw = self._str("files/recent")
        try:
            value = json.loads(raw) if raw else []
        except ValueError:
            return []
        return [str(p) for p in value][:MAX_RECENT] if isinstance(value, list) else []

    def add_recent(self, path: str) -> list[str]:
        paths = [path, *[p for p in self.recent() if p != path]][:MAX_RECENT]
        self.store.setValue("files/recent", json.dumps(paths))
        return paths

    def sync(self) -> None:
        self.store.sync()
