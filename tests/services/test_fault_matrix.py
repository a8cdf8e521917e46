"""Faults as a matrix (issue 15 §9; SQLite's "crash"/"ioerr" tests are the model): for each recovery or commit
path, count its fault points, then inject a fault at every step N — an unexpected error, SQLITE_BUSY, ENOSPC,
and kill -9 of a real process — and check after each: no original lost, ``PRAGMA integrity_check`` ok, ``verify``
ok, and the next start completes the work (or it can simply be done again).

The hook is ``evidenceapp/core/faults.py``: ``fault_point(name)`` in the code, ``faults.plan(...)`` in this process,
``EVIDENCEAPP_FAULT=prefix,…:N:action`` for a child.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from foundation_checks import SRC_ROOT, assert_store_consistent
from helpers import make_jpeg
from test_nothing_lost import interrupted_take

from evidenceapp.core import faults
from evidenceapp.core.errors import EvidenceError
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case
from evidenceapp.services.importing import add_paths
from evidenceapp.services.verifying import verify_case
from evidenceapp.store import items_repo, keys
from evidenceapp.store.db import Database
from evidenceapp.store.migrations import MIGRATIONS, SCHEMA_VERSION

IN_PROCESS = ("raise", "busy", "enospc")
DB_STEPS = (".commit", "db.commit", "startup.journal", ".apply", ".version")  # where SQLITE_BUSY can happen: database work
WHEN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def count_points(prefixes: tuple[str, ...], run: Callable[[], object]) -> list[str]:
    with faults.plan(prefixes) as p:
        run()
    assert p.seen, f"no fault point passed for {prefixes}"
    return list(p.seen)


def for_action(prefixes: tuple[str, ...], steps: list[str], action: str) -> tuple[tuple[str, ...], list[str]]:
    """SQLITE_BUSY only at database steps; the other faults at every step. Returns (points, their names)."""
    if action != "busy":
        return prefixes, steps
    db = tuple(s for s in dict.fromkeys(steps) if any(k in s for k in DB_STEPS))
    return db, [s for s in steps if s in db]


def run_child(code: str, home: Path, prefixes: tuple[str, ...], at: int, *args: str) -> int:
    """``code`` in a child process with a kill -9 planned at step ``at``; returns its exit status."""
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home), "PYTHONPATH": str(SRC_ROOT),
           "EVIDENCEAPP_FAULT": f"{','.join(prefixes)}:{at}:kill"}
    return subprocess.run([sys.executable, "-c", code, str(home), *args], env=env, capture_output=True,
                          timeout=120).returncode


def check_home(home: Path) -> None:
    """Opening the store alone completes any pending work; then the invariants hold for every case."""
    with App.open(home) as app:
        assert app.db.integrity_check() == "ok"
        for (case_id,) in app.db.con.execute("SELECT id FROM cases").fetchall():
            report = verify_case(app, case_id)
            assert report.ok, report.problems
    assert_store_consistent(home)


# -- start-up recovery of an interrupted take -----------------------------------------------------------------------
RECOVERY = ("recovery.", "objects.", "startup.", "db.commit")


@pytest.fixture(scope="module")
def take_home(tmp_path_factory) -> tuple[Path, str, bytes]:
    home = tmp_path_factory.mktemp("take") / "home"
    with App.open(home) as app:
        case = create_case(app, "开箱中断", "jd", "JD-TAKE")
    _, data = interrupted_take(home, case.id, frames=6)
    return home, case.id, data


def _fresh(template: Path, dest: Path) -> Path:
    shutil.copytree(template, dest, symlinks=True)
    return dest


def _take_is_safe(home: Path, case_id: str, data: bytes) -> None:
    """The take is an item of its case exactly once, whole; nothing is waiting in recordings/."""
    sha = hashlib.sha256(data).hexdigest()
    check_home(home)
    with App.open(home) as app:
        items = items_repo.for_case(app.db.con, case_id)
        assert [i.sha256 for i in items] == [sha]
        assert app.objects.path_for(sha).read_bytes() == data
        assert not list((home / "recordings").glob("*.mp4"))
        assert not [q for q in app.objects.quarantined() if q[2].get("recoverable", True)]


def test_take_recovery_every_step_every_fault(take_home, tmp_path: Path) -> None:
    template, case_id, data = take_home
    steps = count_points(RECOVERY, lambda: App.open(_fresh(template, tmp_path / "count")).close())
    assert any(s.startswith("recovery.commit") for s in steps) and "recovery.unlinked" in steps, steps
    for action in IN_PROCESS:
        points, names = for_action(RECOVERY, steps, action)
        for n in range(1, len(names) + 1):
            home = _fresh(template, tmp_path / f"{action}-{n}")
            try:
                with faults.plan(points, n, action):
                    App.open(home).close()
            except (faults.FaultInjected, sqlite3.Error, OSError, EvidenceError):
                pass  # the start died at that step; the next one must finish the job
            try:
                _take_is_safe(home, case_id, data)
            except AssertionError as exc:
                raise AssertionError(f"{action} at step {n} ({names[n - 1]}): {exc}") from exc
            shutil.rmtree(home, ignore_errors=True)


_OPEN = "import pathlib, sys\nfrom evidenceapp.services.app import App\nApp.open(pathlib.Path(sys.argv[1])).close()\n"


def test_take_recovery_kill9_at_every_step(take_home, tmp_path: Path) -> None:
    template, case_id, data = take_home
    steps = count_points(RECOVERY, lambda: App.open(_fresh(template, tmp_path / "count")).close())
    for n in range(1, len(steps) + 1):
        home = _fresh(template, tmp_path / f"kill-{n}")
        assert run_child(_OPEN, home, RECOVERY, n) == -9, f"step {n} ({steps[n - 1]}) was not reached"
        try:
            _take_is_safe(home, case_id, data)
        except AssertionError as exc:
            raise AssertionError(f"kill -9 at step {n} ({steps[n - 1]}): {exc}") from exc
        shutil.rmtree(home, ignore_errors=True)


# -- import commit --------------------------------------------------------------------------------------------------
IMPORT = ("objects.", "import.", "db.commit")


def _sources(d: Path) -> list[Path]:
    d.mkdir(exist_ok=True)
    a = d / "chat.txt"
    a.write_text("卖家：签收了就不能退 seller: no refund", encoding="utf-8")
    b = d / "copy-of-chat.txt"
    b.write_bytes(a.read_bytes())  # the same bytes twice: the dedup (and object check) path
    return [a, b]


def _drain_stagers() -> None:
    """Wait until the import's copy threads are idle (a batch stopped by a bug leaves its later files in flight)."""
    from evidenceapp.services import importing

    barrier = threading.Barrier(importing.STAGE_THREADS + 1)
    for _ in range(importing.STAGE_THREADS):
        importing._stagers().submit(barrier.wait, 60)
    barrier.wait(60)


def test_import_commit_every_step_every_fault(tmp_path: Path) -> None:
    template = tmp_path / "template"
    with App.open(template) as app:
        case_id = create_case(app, "导入", "jd", "JD-IMPORT").id
    files = _sources(tmp_path / "src")
    originals = {p: p.read_bytes() for p in files}

    def add(home: Path) -> None:
        with App.open(home) as app:
            add_paths(app, case_id, files)

    steps = count_points(IMPORT, lambda: add(_fresh(template, tmp_path / "count")))
    runs = [(a, n) for a in (*IN_PROCESS, "kill") for n in range(1, len(for_action(IMPORT, steps, a)[1]) + 1)]
    for action, n in runs:
        points, names = for_action(IMPORT, steps, action)
        home = _fresh(template, tmp_path / f"{action}-{n}")
        if action == "kill":
            code = ("import pathlib, sys\nfrom evidenceapp.services.app import App\n"
                    "from evidenceapp.services.importing import add_paths\n"
                    "with App.open(pathlib.Path(sys.argv[1])) as app:\n"
                    "    add_paths(app, sys.argv[2], sys.argv[3:])\n")
            assert run_child(code, home, IMPORT, n, case_id, *map(str, files)) == -9
        else:
            with App.open(home) as app:
                try:
                    with faults.plan(points, n, action):
                        report = add_paths(app, case_id, files)
                    # Expected trouble (busy, full) is reported per file; the other files still go in.
                    assert action != "raise" and not report.cancelled
                    assert len(report.added) + len(report.errors) + len(report.duplicates) == len(files)
                except faults.FaultInjected:
                    assert action == "raise"  # a bug at that step stops the batch
                finally:
                    _drain_stagers()
        try:
            assert {p: p.read_bytes() for p in files} == originals  # the user's originals are never touched
            assert_store_consistent(home)
            with App.open(home) as app:  # doing it again completes the work
                assert app.db.integrity_check() == "ok"
                add_paths(app, case_id, files)
                stored = {i.sha256 for i in items_repo.for_case(app.db.con, case_id)}
                assert stored == {hashlib.sha256(b).hexdigest() for b in originals.values()}
                assert verify_case(app, case_id).ok
        except AssertionError as exc:
            raise AssertionError(f"{action} at step {n} ({names[n - 1]}): {exc}") from exc
        shutil.rmtree(home, ignore_errors=True)


# -- export ---------------------------------------------------------------------------------------------------------
EXPORT = ("export.",)
_EXPORT = ("import pathlib, sys\nfrom datetime import UTC, datetime\nfrom evidenceapp.services.app import App\n"
           "from evidenceapp.services.exporting import export_case\n"
           "with App.open(pathlib.Path(sys.argv[1])) as app:\n"
           "    export_case(app, sys.argv[2], 'platform', 'en', pathlib.Path(sys.argv[3]), sign=False,\n"
           "                created=datetime(2026, 11, 25, 12, tzinfo=UTC))\n")


def _outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.mark.slow  # ~20 s: a real export (PDF) per step, twice
def test_export_kill9_and_enospc_at_every_step(home: Path, tmp_path: Path) -> None:
    """An earlier export in the folder; a new one (with one more photo) dies at step N. Every final file is then
    either the earlier one or a complete new one; never partial, never 0 bytes."""
    from evidenceapp.services.exporting import STAGING_PREFIX, export_case

    out = tmp_path / "out"
    with App.open(home) as app:
        case_id = create_case(app, "导出", "jd", "JD-EXPORT", seller="店", amount="9.90", currency="CNY").id
        add_paths(app, case_id, [make_jpeg(tmp_path / "m" / "1.jpg", (200, 150), seed=5)])
        export_case(app, case_id, "platform", "en", out, created=WHEN, sign=False)
        before = _outputs(out)
        add_paths(app, case_id, [make_jpeg(tmp_path / "m" / "2.jpg", (200, 150), seed=9)])
        steps = count_points(EXPORT, lambda: export_case(app, case_id, "platform", "en", tmp_path / "count",
                                                         created=WHEN, sign=False))
        after = _outputs(tmp_path / "count")
    assert before != after

    def part(files: dict[str, bytes], top: str) -> dict[str, bytes]:
        return {k: v for k, v in files.items() if k.split("/")[0] == top}

    def check(label: str) -> None:
        """Each output (the bundle, the PDF, upload/ as a whole) is the earlier one or a complete new one."""
        now = _outputs(out)
        assert all(now.values()), f"{label}: a 0-byte file under a final name"
        bundle = next(k for k in now if k.endswith(".zip") and "/" not in k)
        pdf = next(k for k in now if k.endswith(".pdf") and "/" not in k)
        with zipfile.ZipFile(out / bundle) as z:
            assert z.testzip() is None, label
            sums = z.read("SHA256SUMS").decode().splitlines()
            for line in sums:
                sha, _, name = line.partition("  ")
                assert hashlib.sha256(z.read(name)).hexdigest() == sha, f"{label}: {name} in the bundle"
            new_bundle = now[bundle] != before[bundle]
            assert not new_bundle or sum(" evidence/" in s for s in sums) == 2, label
            assert now[pdf] == before[pdf] or (new_bundle and now[pdf] == z.read(pdf)), f"{label}: PDF"
        assert part(now, "upload") in (part(before, "upload"), {k: now.get(k) for k in part(after, "upload")}), \
            f"{label}: upload/ is half-made"

    for n in range(1, len(steps) + 1):
        with App.open(home) as app, faults.plan(EXPORT, n, "enospc"), pytest.raises(EvidenceError):
            export_case(app, case_id, "platform", "en", out, created=WHEN, sign=False)
        check(f"ENOSPC at step {n} ({steps[n - 1]})")
        assert _outputs(out) == before or n > steps.index("export.swap.zip")
    for n in range(1, len(steps) + 1):
        assert run_child(_EXPORT, home, EXPORT, n, case_id, str(out)) == -9
        check(f"kill -9 at step {n} ({steps[n - 1]})")
    check_home(home)
    with App.open(home) as app:  # the next export completes (and clears the killed ones' staging folders)
        export_case(app, case_id, "platform", "en", out, created=WHEN, sign=False)
    check("after a complete export")
    assert _outputs(out)[next(k for k in after if k.endswith(".zip") and "/" not in k)] != before[
        next(k for k in before if k.endswith(".zip") and "/" not in k)] and not list(out.glob(f"{STAGING_PREFIX}*"))


# -- key creation ---------------------------------------------------------------------------------------------------
KEYS = ("keys.",)
_KEY = "import pathlib, sys\nfrom evidenceapp.store import keys\nkeys.load_or_create(pathlib.Path(sys.argv[1]))\n"


def test_key_creation_every_step_every_fault(tmp_path: Path) -> None:
    steps = count_points(KEYS, lambda: keys.load_or_create(tmp_path / "count"))
    for action in ("raise", "enospc", "kill"):  # no database here: no SQLITE_BUSY
        for n in range(1, len(steps) + 1):
            home = tmp_path / f"{action}-{n}"
            home.mkdir()
            if action == "kill":
                assert run_child(_KEY, home, KEYS, n) == -9
            else:
                with faults.plan(KEYS, n, action), pytest.raises((EvidenceError, faults.FaultInjected,
                                                                 sqlite3.Error)):
                    keys.load_or_create(home)
            assert not (home / "keys" / keys.ED25519_FILE).exists()  # never a half-written key
            key = keys.load_or_create(home)  # the next use creates it
            assert key.created and keys.load_or_create(home).fingerprint == key.fingerprint


# -- schema migration -----------------------------------------------------------------------------------------------
MIGRATE = ("migrate.",)


def _v1_database(path: Path) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    MIGRATIONS[0](con)
    con.execute("INSERT INTO settings(key, value) VALUES ('marker', 'kept')")
    con.execute("PRAGMA user_version=1")
    con.execute("COMMIT")
    con.close()


_MIGRATE = ("import pathlib, sys\nfrom evidenceapp.store.db import Database\n"
            "Database(pathlib.Path(sys.argv[1]) / 'evidence.sqlite').close()\n")


@pytest.mark.skipif(SCHEMA_VERSION < 2, reason="no migration to interrupt yet")
def test_migration_every_step_every_fault(tmp_path: Path) -> None:
    count = tmp_path / "count"
    count.mkdir()
    _v1_database(count / "evidence.sqlite")
    steps = count_points(MIGRATE, lambda: Database(count / "evidence.sqlite").close())
    for action in (*IN_PROCESS, "kill"):
        points, names = for_action(MIGRATE, steps, action)
        for n in range(1, len(names) + 1):
            home = tmp_path / f"{action}-{n}"
            home.mkdir()
            db = home / "evidence.sqlite"
            _v1_database(db)
            if action == "kill":
                assert run_child(_MIGRATE, home, MIGRATE, n) == -9
            else:
                try:
                    with faults.plan(points, n, action):
                        Database(db).close()
                except (faults.FaultInjected, sqlite3.Error, OSError, EvidenceError):
                    pass
            label = f"{action} at step {n} ({names[n - 1]})"
            con = sqlite3.connect(db)
            try:
                assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", label
                assert con.execute("PRAGMA user_version").fetchone()[0] in range(1, SCHEMA_VERSION + 1), label
            finally:
                con.close()
            again = Database(db)  # the next start completes the upgrade, data kept
            try:
                assert again.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION, label
                assert again.con.execute("SELECT value FROM settings WHERE key='marker'").fetchone()[0] == "kept"
                assert again.integrity_check() == "ok"
            finally:
                again.close()
