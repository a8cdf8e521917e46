"""Store invariants and fault-injection helpers shared by the foundation's tests (store, services, cli)."""

from __future__ import annotations

import ctypes
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SRC_ROOT = Path(__file__).resolve().parent.parent


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def store_snapshot(home: Path) -> dict[str, Any]:
    """Everything a user could call "the case and the store": logical DB content and the files on disk.

    Logical content (every row of every table, sorted), not DB bytes: SQLite may legitimately rewrite pages, WAL
    frames and free lists without any row changing.
    """
    con = sqlite3.connect(f"file:{home / 'evidence.sqlite'}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        rows = {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}")), key=repr) for t in tables}
        version = con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()
    objects = {}
    root = home / "objects"
    for p in sorted(root.rglob("*")):
        if p.is_file():
            objects[str(p.relative_to(root))] = (p.read_bytes(), oct(p.stat().st_mode))
    return {"version": version, "rows": rows, "objects": objects,
            "tmp": sorted(os.listdir(home / "tmp")), "derived": sorted(os.listdir(home / "derived"))}


def assert_store_consistent(home: Path) -> dict[str, Any]:
    """The crash-safety invariants: DB intact, every item whole, no dangling reference, nothing unreferenced."""
    con = sqlite3.connect(f"file:{home / 'evidence.sqlite'}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        items = con.execute("SELECT id, sha256, size FROM items").fetchall()
    finally:
        con.close()
    objects_dir = home / "objects" / "sha256"
    on_disk = {p.parent.name + p.name for p in objects_dir.glob("*/*") if p.is_file()}
    for item_id, sha, size in items:
        p = objects_dir / sha[:2] / sha[2:]
        assert p.is_file(), f"item {item_id} points to a missing object {sha}"
        assert p.stat().st_size == size and sha256_of(p) == sha, f"item {item_id}'s object does not re-hash"
    return {"items": len(items), "objects": on_disk, "referenced": {sha for _, sha, _ in items}}


def _drop_dac_capabilities() -> None:  # pragma: no cover - runs in the child between fork and exec
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2
    for cap in (cap_dac_override, cap_dac_read_search):
        if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_cli_as_plain_user(args: list[str], home: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the CLI so that file permissions apply, even when the tests run as root.

    Root ignores ``chmod 000`` through CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH. Dropping those two from the capability
    bounding set between fork and exec gives a child that is still uid 0 (it can use the venv under /root and the
    test's home) but is refused unreadable files like any user. If the container forbids that (no CAP_SETPCAP), the
    caller's test is skipped rather than silently passing.
    """
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC_ROOT), env.get("PYTHONPATH", "")]))
    preexec = _drop_dac_capabilities if os.geteuid() == 0 else None
    try:
        return subprocess.run([sys.executable, "-m", "evidenceapp", *args], capture_output=True, text=True,
                              env=env, timeout=timeout, preexec_fn=preexec)
    except subprocess.TimeoutExpired:
        raise
    except subprocess.SubprocessError as exc:  # "Exception occurred in preexec_fn": prctl was refused
        if preexec is not None:
            pytest.skip(f"cannot drop root's file-permission override here: {exc}")
        raise
