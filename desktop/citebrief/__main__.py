"""Entry point: `citebrief brief ...` runs the command line; anything else opens the window."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in ("brief", "--version", "-V", "--help", "-h")):
        from citebrief.cli import run

        return run(args)
    return gui_main(args)


def gui_main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _no_display():
        # Qt would abort the process with a page about platform plugins; one line says what to do.
        hint = "citebrief brief " + (" ".join(args) if args else "PATH...")
        message = f"no display to open the window on; for a brief on the command line: {hint}"
        print(f"citebrief: error: {message}", file=sys.stderr)
        return 1
    from citebrief.gui.app import run_app

    return run_app(args)


def _no_display() -> bool:
    """A Linux session with neither an X nor a Wayland display, and no other Qt platform asked for."""
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


if __name__ == "__main__":
    sys.exit(main())
