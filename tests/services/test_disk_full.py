"""Out of space: the copy really fails (RLIMIT_FSIZE → EFBIG in a child process), or SQLite reports SQLITE_FULL.
The command says E_DISK_FULL and the case and the store are exactly as before."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from foundation_checks import SRC_ROOT, store_snapshot

from evidenceapp.core.errors import DiskFull
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case
from evidenceapp.services.importing import add_paths, import_stream
from evidenceapp.services.verifying import verify_case

LIMIT = 2 * 1024 * 1024

_CHILD = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of being killed
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
from evidenceapp.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _add_with_file_size_limit(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home), "PYTHONPATH": str(SRC_ROOT)}
    return subprocess.run([sys.executable, "-c", _CHILD.format(limit=LIMIT), "add", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture
def prepared(tmp_path: Path, home: Path):
    """A case that already holds one item, so "as before" is not trivially an empty store."""
    with App.open(home) as app:
        case = create_case(app, "满了 Full disk", "jd", "JD-FULL")
        first = tmp_path / "first.txt"
        first.write_text("already here", encoding="utf-8")
        assert len(add_paths(app, case.id, [first]).added) == 1
    return case


@pytest.mark.parametrize("size", [
    4 * LIMIT,  # fails inside the copy loop
    LIMIT + 3000,  # the last 3000 bytes sit in the write buffer: fails at flush, after the loop
], ids=["in-copy", "at-flush"])
def test_add_on_a_full_disk_reports_it_and_changes_nothing(prepared, tmp_path: Path, home: Path,
                                                           size: int) -> None:
    big = tmp_path / "big.mp4"
    big.write_bytes(os.urandom(size))
    before = store_snapshot(home)
    proc = _add_with_file_size_limit(home, "JD-FULL", str(big), "--json")
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    assert out["added"] == [] and out["duplicates"] == []
    assert [(e["code"], e["path"]) for e in out["errors"]] == [("E_DISK_FULL", str(big))], out["errors"]
    assert "File too large" in out["errors"][0]["message"]
    after = store_snapshot(home)
    assert after["tmp"] == []
    assert after == before  # rows of every table (journal included), object bytes and modes, tmp, derived
    with App.open(home) as app:
        assert verify_case(app, prepared.id).ok


def test_text_output_names_the_code(prepared, tmp_path: Path, home: Path) -> None:
    big = tmp_path / "big.mov"
    big.write_bytes(b"\0" * (LIMIT * 2))
    proc = _add_with_file_size_limit(home, prepared.id[:6], str(big))
    assert proc.returncode == 1
    assert "[E_DISK_FULL]" in proc.stdout and "big.mov" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_database_full_rolls_back_and_keeps_the_new_object(app, case) -> None:
    """SQLITE_FULL (here from max_page_count) during the item's transaction: E_DISK_FULL, no row changed; the stored
    bytes stay (they may be the only copy) for the next start to keep aside or the next add to reuse."""
    before = store_snapshot(app.home)
    pages = app.db.con.execute("PRAGMA page_count").fetchone()[0]
    app.db.con.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(DiskFull) as info:
        import_stream(app, case.id, io.BytesIO(b"new evidence"), original_name="new.txt", source="import",
                      extra={"metadata": {"padding": "x" * 200_000}})  # needs new pages: cannot fit
    assert info.value.code == "E_DISK_FULL"
    assert not app.db.con.in_transaction
    after = store_snapshot(app.home)
    sha = hashlib.sha256(b"new evidence").hexdigest()
    assert set(after["objects"]) - set(before["objects"]) == {f"sha256/{sha[:2]}/{sha[2:]}"}
    assert {k: v for k, v in after.items() if k != "objects"} == {k: v for k, v in before.items() if k != "objects"}
    app.db.con.execute("PRAGMA max_page_count=1073741823")
    item, _ = import_stream(app, case.id, io.BytesIO(b"new evidence"), original_name="new.txt", source="import")
    assert verify_case(app, case.id).ok and app.objects.has(item.sha256)
