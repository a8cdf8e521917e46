"""Start-up clean-up: tmp/ leftovers go and unreferenced objects move to quarantine/ (never deleted), journalled,
but only when this process holds the store alone; a second App (same process or another) must never touch the
first one's import in flight."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from foundation_checks import SRC_ROOT
from helpers import cli

from evidenceapp.core.journal import verify_chain
from evidenceapp.core.models import SYSTEM_CHAIN
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case
from evidenceapp.services.importing import add_bytes
from evidenceapp.store import journal_repo


def _leave_debris(app: App) -> tuple[list[Path], str]:
    """What a crash leaves: partial writes in tmp/ (one read-only, one folder) and a stored but unreferenced object."""
    a = app.objects.new_tmp()
    a.write_bytes(b"half a video")
    b = app.objects.new_tmp()
    b.write_bytes(b"read-only leftover")
    b.chmod(0o444)
    c = app.objects.tmp / "12345-dir.part"
    c.mkdir()
    (c / "inner").write_bytes(b"x")
    sha, _, created = app.objects.put_stream(io.BytesIO(b"object whose item row never committed"))
    assert created
    (app.objects.derived(sha) / "thumb.jpg").write_bytes(b"thumbnail of it")
    return [a, b, c], sha


def _system_entries(app: App):
    return journal_repo.entries(app.db.con, SYSTEM_CHAIN)


def test_cleanup_removes_leftovers_quarantines_orphans_and_journals_it(home: Path) -> None:
    with App.open(home) as app:
        case = create_case(app, "t", "jd", "JD-1")
        kept, _ = add_bytes(app, case.id, b"referenced", "kept.txt")
        debris, orphan = _leave_debris(app)
    with App.open(home) as app:
        assert sorted(app.cleanup_report["tmp"]) == sorted(p.name for p in debris)
        assert app.cleanup_report["orphans"] == [orphan]
        assert app.objects.tmp_leftovers() == []
        assert not app.objects.has(orphan) and app.objects.has(kept.sha256)
        kept_aside = app.objects.quarantine / orphan
        assert kept_aside.read_bytes() == b"object whose item row never committed"
        note = json.loads((app.objects.quarantine / f"{orphan}.reason.json").read_text(encoding="utf-8"))
        assert note["reason"] == "unreferenced" and note["sha256"] == orphan and note["recoverable"] is True
        entries = _system_entries(app)
        assert [e.action for e in entries] == ["startup_cleanup"]
        assert entries[0].actor == "system"
        assert entries[0].payload["tmp_removed"] == 3 and entries[0].payload["orphans_quarantined"] == [orphan]
    with App.open(home) as app:  # nothing left to do: nothing journalled
        assert app.cleanup_report == {"tmp": [], "orphans": []}
        entries = _system_entries(app)
        assert len(entries) == 1 and verify_chain(entries) is None


def test_second_app_in_the_same_process_does_not_clean(home: Path) -> None:
    first = App.open(home)
    try:
        debris, orphan = _leave_debris(first)  # "first" is mid-import: its temp files and new object are live
        second = App.open(home)
        try:
            assert second.cleanup_report == {"tmp": [], "orphans": []}
            assert all(p.exists() for p in debris) and second.objects.has(orphan)
        finally:
            second.close()
        assert _system_entries(first) == []
    finally:
        first.close()
    with App.open(home) as alone:
        assert len(alone.cleanup_report["tmp"]) == 3 and alone.cleanup_report["orphans"] == [orphan]


def test_cli_run_while_the_gui_holds_the_store_does_not_clean(home: Path) -> None:
    """Another process (a CLI run) opens the store while this one imports: the import's files survive."""
    with App.open(home) as app:
        debris, orphan = _leave_debris(app)
        proc = cli("case", "list", "--json", home=home)
        assert proc.returncode == 0, proc.stderr
        assert all(p.exists() for p in debris) and app.objects.has(orphan)
        assert _system_entries(app) == []


def test_store_held_by_another_process_is_not_cleaned(home: Path, tmp_path: Path) -> None:
    App.open(home).close()
    leftover = home / "tmp" / "999999-leftover.part"
    leftover.write_bytes(b"another process's import in flight")
    ready = tmp_path / "ready"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time, pathlib\n"
         "from evidenceapp.services.app import App\n"
         "app = App.open(pathlib.Path(sys.argv[1]))\n"
         "pathlib.Path(sys.argv[2]).write_text(str(app.cleanup_report))\n"
         "time.sleep(60)\n", str(home), str(ready)],
        env={**os.environ, "PYTHONPATH": str(SRC_ROOT)},
    )
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists()
        # The holder opened first and alone: it cleaned (its own start) — re-create the in-flight file after it.
        leftover.write_bytes(b"another process's import in flight")
        with App.open(home) as app:
            assert app.cleanup_report == {"tmp": [], "orphans": []}
            assert leftover.exists()
    finally:
        holder.kill()
        holder.wait()
    with App.open(home) as app:  # the holder died: now we are alone
        assert app.cleanup_report["tmp"] == ["999999-leftover.part"] and not leftover.exists()


def test_shared_object_is_not_an_orphan(home: Path) -> None:
    """The same bytes in two cases: one object, two items; nothing is removed."""
    with App.open(home) as app:
        a = create_case(app, "a", "jd", "A")
        b = create_case(app, "b", "jd", "B")
        ia, _ = add_bytes(app, a.id, b"same photo", "p.jpg")
        ib, dup = add_bytes(app, b.id, b"same photo", "p.jpg")
        assert dup is None and ia.id != ib.id and ia.sha256 == ib.sha256 == hashlib.sha256(b"same photo").hexdigest()
        assert len(list(app.objects.iter_objects())) == 1
    with App.open(home) as app:
        assert app.cleanup_report == {"tmp": [], "orphans": []} and app.objects.has(ia.sha256)


def test_two_cli_adds_at_once_into_one_case(home: Path, tmp_path: Path) -> None:
    """Two processes importing into the same case: every file lands once, the chain stays one unbroken line."""
    from evidenceapp.services.verifying import verify_case

    with App.open(home) as app:
        case = create_case(app, "t", "douyin", "DY-2")
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home), "PYTHONPATH": str(SRC_ROOT)}
    procs = []
    for who in ("a", "b"):
        d = tmp_path / who
        d.mkdir()
        for i in range(12):
            (d / f"{who}{i}.txt").write_bytes(f"{who} {i} ".encode() * 50)
        (d / "both.txt").write_bytes(b"the same file in both folders")
        procs.append(subprocess.Popen([sys.executable, "-m", "evidenceapp", "add", "DY-2", str(d), "--json"],
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    with App.open(home) as app:
        items = app.db.con.execute("SELECT original_name FROM items WHERE case_id=?", (case.id,)).fetchall()
        assert len(items) == 25  # 12 + 12 + "both.txt" once
        report = verify_case(app, case.id)
        assert report.ok and report.journal_entries == 1 + 25
        orders = [r[0] for r in app.db.con.execute("SELECT exhibit_order FROM items WHERE case_id=?", (case.id,))]
        assert sorted(orders) == list(range(1, 26))
