"""Logging to a rotating file in the data dir; the user sees calm messages, the log keeps the tracebacks."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ..core.privacy import private_dir, tighten


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (the first and every one after a rollover) owner-only: logs name cases and files."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        tighten(Path(self.baseFilename))
        return stream


def setup_logging(home: Path) -> Path:
    private_dir(home)
    logdir = private_dir(home / "logs")
    path = logdir / "evidenceapp.log"
    root = logging.getLogger("evidenceapp")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        for old in logdir.glob("evidenceapp.log*"):
            tighten(old)
        handler = _PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        root.propagate = False  # never let logging's last-resort handler print a traceback on stderr
    return path
