"""Frozen entry point. The same binary is the app, the CLI and the media-parser worker (the pool starts
``<binary> --evidenceapp-media-worker N``), since a frozen build has no separate Python to run ``-m`` with."""

import multiprocessing
import sys

from evidenceapp.media.worker import run_if_requested

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if run_if_requested(sys.argv[1:]):
        sys.exit(0)
    from evidenceapp.__main__ import main

    sys.exit(main())
