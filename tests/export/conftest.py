"""Fixtures for export tests: a folder of hostile source texts and a brief that cites them."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_fixtures import Library, hostile_brief, write_library

from citebrief.core.model import Brief


@pytest.fixture(autouse=True)
def _one_qt_application(qapp: object) -> None:
    """PDF export makes a bare QGuiApplication when none exists; in a shared test process that would
    stop the GUI tests from making their QApplication, so pytest-qt's QApplication comes first."""


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return write_library(tmp_path / "articles")


@pytest.fixture
def brief(library: Library) -> Brief:
    return hostile_brief(library)
