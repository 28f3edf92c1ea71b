"""Which files the user opened: folders walked recursively in a stable order, links followed once."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from citebrief.core.model import Notice
from citebrief.core.paths import display

OUTSIDE_LINK = "a link to outside the opened folder (not followed)"


def _leaves(entry: os.DirEntry[str], inside: Path) -> bool:
    """Whether ``entry`` is a link whose target lies outside the folder ``inside`` (resolved)."""
    return entry.is_symlink() and not Path(os.path.realpath(entry.path)).is_relative_to(inside)


def _walk(root: Path, notices: list[Notice], follow_links: bool) -> Iterator[Path]:
    """Files below ``root`` in a stable order; hidden entries are reported once and skipped, and so
    are links that lead out of ``root`` unless ``follow_links``."""
    inside = Path(os.path.realpath(root))
    seen_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                notices.append(Notice(display(folder), "folder already read (a link loops back to it)"))
                continue
            seen_dirs.add(key)
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            notices.append(Notice(display(folder), f"folder could not be read: {exc.strerror or exc}"))
            continue
        subdirs = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                notices.append(Notice(display(path), "hidden file or folder"))
                continue
            try:
                if not follow_links and _leaves(entry, inside):
                    notices.append(Notice(display(path), OUTSIDE_LINK))
                    continue
                if entry.is_dir():
                    subdirs.append(path)
                elif entry.is_file():
                    yield path
                else:
                    notices.append(Notice(display(path), "not a regular file (or a broken link)"))
            except OSError as exc:
                notices.append(Notice(display(path), f"could not be read: {exc.strerror or exc}"))
        stack.extend(reversed(subdirs))


def _not_readable(path: Path) -> str:
    if path.is_symlink() and not path.exists():
        return "a broken link"
    return "not a regular file (a pipe, device or socket)" if path.exists() else "no such file or folder"


def collect(
    paths: Sequence[Path], notices: list[Notice], *, follow_links: bool = False
) -> list[tuple[Path, Path]]:
    """(file, root it is relative to) for everything the user opened, without duplicates. Files
    named directly are read wherever they are; inside a folder, see `_walk`."""
    found: list[tuple[Path, Path]] = []
    seen: set[tuple[int, int]] = set()  # (device, inode): the same file reached twice is read once
    for given in paths:
        try:
            is_dir, is_file = given.is_dir(), given.is_file()
        except OSError as exc:
            notices.append(Notice(display(given), f"could not be read: {exc.strerror or exc}"))
            continue
        if is_dir:
            files = [(f, given) for f in _walk(given, notices, follow_links)]
        elif is_file:
            files = [(given, given.parent)]
        else:
            notices.append(Notice(display(given), _not_readable(given)))
            continue
        for file, root in files:
            try:
                st = file.stat()
            except OSError as exc:
                notices.append(Notice(display(file), f"could not be read: {exc.strerror or exc}"))
                continue
            key = (st.st_dev, st.st_ino)
            if key not in seen:
                seen.add(key)
                found.append((file, root))
    return found
