"""Logging to a rotating file in the data dir; the user sees calm messages, the log keeps the tracebacks."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def setup_logging(home: Path) -> Path:
    logdir = home / "logs"
    logdir.mkdir(parents=True, exist_ok=True)
    path = logdir / "evidenceapp.log"
    root = logging.getLogger("evidenceapp")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        root.propagate = False  # never let logging's last-resort handler print a traceback on stderr
    return path
