"""Frozen entry point. ``multiprocessing.freeze_support`` lets worker subprocesses start from the frozen binary."""

import multiprocessing
import sys

from evidenceapp.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
