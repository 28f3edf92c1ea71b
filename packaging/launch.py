"""What the frozen executable runs: the same entry point as the installed `citebrief` command."""

import sys

from citebrief.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
