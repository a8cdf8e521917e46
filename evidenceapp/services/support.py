""""Report a problem": a zip of the logs and basic facts about the installation — never the evidence."""

from __future__ import annotations

import json
import platform
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from .app import App


def problem_report(app: App, dest_dir: Path) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    out = dest_dir / f"evidenceapp-problem-report-{stamp}.zip"
    about = {"version": __version__, "python": sys.version, "platform": platform.platform(),
             "schema_version": app.db.schema_version()}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("about.json", json.dumps(about, indent=2))
        logdir = app.home / "logs"
        if logdir.is_dir():
            for f in sorted(logdir.glob("evidenceapp.log*")):
                # Only the log files, by fixed name pattern: objects/, derived/ and the database never go in.
                z.write(f, f"logs/{f.name}")
    return out
