"""Rules of the tree that import-linter cannot see (issue 16)."""

from __future__ import annotations

import re
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "evidenceapp"
SQL = re.compile(r"\.(execute|executemany|executescript)\(|sqlite3\.connect\(|PRAGMA ")


def test_only_store_speaks_sql():
    """Services, the CLI and the GUI reach the database through store/ repositories, never with SQL of their own."""
    offenders = []
    for layer in ("services", "cli", "ui"):
        for path in sorted((PKG / layer).rglob("*.py")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if SQL.search(line):
                    offenders.append(f"{path.relative_to(PKG)}:{n}: {line.strip()}")
    assert offenders == []


def test_start_up_hooks_are_listed_not_registered_by_import():
    """Start-up work is listed in services/app.py; importing a package runs nothing of the kind."""
    from evidenceapp.services.app import startup_hooks
    from evidenceapp.services.recording import recover_interrupted

    assert startup_hooks() == [recover_interrupted]
    for path in sorted(PKG.rglob("__init__.py")):
        assert "noqa: F401" not in path.read_text(encoding="utf-8"), f"{path}: an import kept for its side effect"
