"""Shared test setup: Qt runs offscreen, and fixture folders of articles written to disk."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from article_folders import write_articles as write_folder

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Parsed files are cached per user; the test run gets a cache of its own, empty at the start.
os.environ["CITEBRIEF_CACHE_DIR"] = tempfile.mkdtemp(prefix="citebrief-test-cache-")


def pytest_configure(config: pytest.Config) -> None:
    """PDF export needs a QGuiApplication and the window a QApplication, and a process holds only one.

    The widget kind serves both, so the test run starts it before any test can start the other.
    """
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        config.stash[_QT_APP] = QApplication([])


_QT_APP = pytest.StashKey[object]()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the test process here, results reported, before the interpreter tears Qt down piecemeal.

    Interpreter shutdown destroys Python wrappers in no set order; a Qt object outliving its
    application then crashes the process at exit, now and then, turning a green run red.
    """
    if config.stash.get(_QT_APP, None) is None:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(config.stash.get(_EXIT_STATUS, 0)))


_EXIT_STATUS = pytest.StashKey[int]()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


# Four short reports of one invented event. Several repeat that the dam inspection found cracks and
# that 2,400 people were moved, in different words; one repeats a paragraph of its own.
ARTICLES: dict[str, str] = {
    "alpha.txt": """Engineers order evacuation below the Merrow dam

By Dana Holt

Engineers ordered the evacuation of 2,400 residents below the Merrow dam on Sunday after an inspection found cracks in the spillway.

The regional water authority said the cracks were discovered during a routine inspection on Saturday morning.

Residents of Lower Merrow and Fenby were taken to sports halls in Castlebury by bus.

The water authority said the cracks were discovered during a routine inspection on Saturday morning.

Repairs are expected to take at least three weeks, according to the authority's chief engineer, Rosa Lind.
""",
    "beta.md": """# Merrow dam: thousands leave their homes

About 2,400 people living below the Merrow dam were evacuated on Sunday, after inspectors found cracks in its spillway.

The reservoir is being lowered by two metres to reduce pressure on the damaged structure.

Chief engineer Rosa Lind said repairs would take at least three weeks.

Schools in Fenby will remain closed until Thursday.
""",
    "gamma.html": """<html><head><title>Cracked spillway forces Merrow evacuation</title></head><body>
<nav>Home | All news</nav>
<article><h1>Cracked spillway forces Merrow evacuation</h1>
<p>CASTLEBURY, March 3 (AP) - The evacuation of 2,400 people below the Merrow dam was ordered on Sunday after cracks were found in the spillway.</p>
<p>The reservoir will be lowered by two metres over the coming days, the water authority said.</p>
<p>The dam was built in 1961 and was last strengthened in 1998.</p>
<p>Farmers downstream have been told to move livestock to higher ground.</p>
</article><footer>Share on Facebook Share on Twitter</footer></body></html>
""",
    "delta.txt": """Merrow residents wait for news

Families from Lower Merrow spent a second night in sports halls in Castlebury on Monday.

Volunteers from the Red Cross served hot meals and handed out blankets.

He said the authority would publish daily updates on its website.

The dam was completed in 1961 and strengthened in 1998, records show.

Local officials said that no one had been hurt and that the evacuation had gone smoothly.
""",
}


def write_articles(folder: Path, articles: dict[str, str] | None = None) -> Path:
    return write_folder(folder, articles or ARTICLES)


@pytest.fixture
def news_folder(tmp_path: Path) -> Path:
    """A folder of four articles about one invented event, with overlapping facts."""
    return write_articles(tmp_path / "articles")
