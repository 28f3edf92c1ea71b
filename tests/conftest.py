"""Shared test setup: Qt runs offscreen, and helpers that write fixture folders to disk."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
