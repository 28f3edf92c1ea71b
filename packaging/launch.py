"""What the frozen executable runs: the same entry point as the installed `citebrief` command."""

import multiprocessing
import sys

from citebrief.__main__ import main

if __name__ == "__main__":
    # A worker process started by "spawn" re-runs this executable; this makes it a worker, not the app.
    multiprocessing.freeze_support()
    sys.exit(main())
