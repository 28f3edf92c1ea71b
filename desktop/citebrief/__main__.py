"""Entry point: `citebrief brief ...` runs the command line; anything else opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in ("brief", "--version", "-V", "--help", "-h")):
        from citebrief.cli import run

        return run(args)
    return gui_main(args)


def gui_main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from citebrief.gui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
