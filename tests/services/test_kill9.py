"""kill -9 of the CLI at random moments during `add` of many files.

After each kill, before anything repairs the store: SQLite's integrity_check is ok, every item's object exists and
re-hashes, no item points to a missing object. Then the next start (alone) removes tmp/ leftovers, moves unreferenced
objects to quarantine/ and journals exactly that, and the case verifies. The random seed is printed on failure to replay it.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from foundation_checks import SRC_ROOT, sha256_of

from evidenceapp.core.models import SYSTEM_CHAIN
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case
from evidenceapp.services.verifying import verify_case
from evidenceapp.store import journal_repo

ROUNDS = 22
SMALL, LARGE = 12, 3  # files per round: many small ones (DB-bound) and a few large ones (copy-bound)


def _make_round(d: Path, r: int) -> int:
    d.mkdir()
    rnd = random.Random(r)
    for i in range(SMALL):
        (d / f"photo_{i:02d}.jpg").write_bytes(b"\xff\xd8\xff%d-%d" % (r, i) + os.urandom(rnd.randint(4_000, 64_000)))
    for i in range(LARGE):
        (d / f"video_{i}.mp4").write_bytes(b"%d-%d" % (r, i) + os.urandom(1_500_000))
    return SMALL + LARGE


def _start_add(home: Path, case_id: str, folder: Path) -> subprocess.Popen:
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home), "PYTHONPATH": str(SRC_ROOT)}
    return subprocess.Popen([sys.executable, "-m", "evidenceapp", "add", case_id, str(folder), "--json"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _lock_holders(home: Path) -> list[str]:
    """Processes with store.lock open (for the failure message)."""
    out = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                if os.readlink(f"/proc/{pid}/fd/{fd}") == str(home / "store.lock"):
                    out.append(pid + " " + Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:200])
        except OSError:
            continue
    return out


def _count_objects(home: Path) -> int:
    root = home / "objects" / "sha256"
    return sum(len(os.listdir(sub)) for sub in root.iterdir()) if root.exists() else 0


def _crash_state(home: Path, checked: set[str]) -> dict:
    """Inspect the store exactly as the killed process left it (read-only, no App, no clean-up)."""
    con = sqlite3.connect(f"file:{home / 'evidence.sqlite'}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        items = con.execute("SELECT id, sha256, size FROM items").fetchall()
    finally:
        con.close()
    objects_dir = home / "objects" / "sha256"
    for item_id, sha, size in items:
        p = objects_dir / sha[:2] / sha[2:]
        assert p.is_file(), f"item {item_id} points to a missing object"
        if sha not in checked:  # re-hash each object once over the whole test (they are read-only)
            assert p.stat().st_size == size and sha256_of(p) == sha, f"item {item_id} is not whole"
            checked.add(sha)
    on_disk = {p.parent.name + p.name for p in objects_dir.glob("*/*")}
    return {"items": len(items), "tmp": sorted(os.listdir(home / "tmp")),
            "orphans": sorted(on_disk - {sha for _, sha, _ in items})}


@pytest.mark.slow
def test_kill_minus_9_at_random_moments_during_add(tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL9_SEED", "0")) or int.from_bytes(os.urandom(4), "big")
    rnd = random.Random(seed)
    home = tmp_path / "home"
    with App.open(home) as app:
        case = create_case(app, "kill -9", "aliexpress", "AE-KILL")
    checked: set[str] = set()
    n = SMALL + LARGE
    items = 0
    outcomes = []
    for r in range(ROUNDS):
        folder = tmp_path / f"round{r}"
        _make_round(folder, r)
        # A random moment, anchored to progress rather than to the clock (a shared CI machine is anything but
        # steady): wait until `target` new objects are stored, then a random few ms more, then kill. target 0 lands
        # in the start-up, target n near the end.
        base, target, extra = _count_objects(home), rnd.randint(0, n), rnd.uniform(0.0, 0.03)
        proc = _start_add(home, case.id, folder)
        deadline = time.monotonic() + 60
        while _count_objects(home) < base + target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(extra)
        proc.send_signal(signal.SIGKILL)
        proc.wait(60)
        try:
            state = _crash_state(home, checked)
            added = state["items"] - items
            outcomes.append((r, added, len(state["tmp"]), len(state["orphans"])))
            with App.open(home) as app:
                assert app.held_alone, f"not alone after the kill; store.lock held by {_lock_holders(home)}"
                sys_entries = journal_repo.entries(app.db.con, SYSTEM_CHAIN)
                assert app.objects.tmp_leftovers() == []
                assert sorted(app.cleanup_report["tmp"]) == state["tmp"]
                assert sorted(app.cleanup_report["orphans"]) == state["orphans"]
                if state["tmp"] or state["orphans"]:
                    last = sys_entries[-1]
                    assert last.action == "startup_cleanup"
                    assert last.payload["tmp_removed"] == len(state["tmp"])
                    assert sorted(last.payload["orphans_quarantined"]) == state["orphans"]
                assert not any(app.objects.has(sha) for sha in state["orphans"])
                assert all((app.objects.quarantine / sha).is_file() for sha in state["orphans"])  # kept aside
                report = verify_case(app, case.id)
                assert report.ok, report.problems
            items = state["items"]
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}, round {r}: {exc}") from exc
    print(f"seed {seed}; (round, items added, tmp leftovers, orphans): {outcomes}")
    # The kills must land inside the import (some items in, or debris left), not only before or after it.
    inside = [o for o in outcomes if 0 < o[1] < n or o[2] or o[3]]
    assert len(inside) >= ROUNDS // 3, f"seed {seed}: too few kills mid-import: {outcomes}"
    assert any(o[2] or o[3] for o in outcomes), f"seed {seed}: no kill left anything to clean up: {outcomes}"
