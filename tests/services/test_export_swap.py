"""Issue 15 §3: exporting again into the same folder and failing (a changed original, a full disk) leaves the
earlier PDF, bundle and upload/ exactly as they were, and never a partial or 0-byte file under a final name.
(kill -9 at every step of an export: tests/services/test_fault_matrix.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from foundation_checks import SRC_ROOT
from helpers import make_jpeg

from evidenceapp.core.errors import ExportSourceAltered
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case, journal
from evidenceapp.services.exporting import STAGING_PREFIX, export_case
from evidenceapp.services.importing import add_paths

WHEN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def small_case(app: App, tmp: Path) -> tuple[str, list]:
    case = create_case(app, "破损的杯子", "jd", "JD-SWAP", seller="好物旗舰店", amount="99.00", currency="CNY")
    photos = [make_jpeg(tmp / "media" / f"IMG_{n}.jpg", (320, 240), seed=n * 40) for n in range(2)]
    return case.id, add_paths(app, case.id, photos).added


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file under the output folder, by relative path (staging folders would show up here too)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def assert_untouched(out: Path, before: dict[str, bytes]) -> None:
    after = snapshot(out)
    assert after == before, sorted(set(after) ^ set(before)) or "changed bytes"
    assert not list(out.glob(f"{STAGING_PREFIX}*"))
    assert all(b for b in after.values() if b != b"")  # no 0-byte file under a final name


def test_altered_original_on_reexport_keeps_the_earlier_export(app, tmp_path: Path) -> None:
    case_id, items = small_case(app, tmp_path)
    out = tmp_path / "out"
    first = export_case(app, case_id, "platform", "en", out, created=WHEN, sign=False)
    assert first.pdf.parent == out and first.bundle.is_file() and (out / "upload" / "form.txt").is_file()
    before = snapshot(out)
    exports = len([e for e in journal(app, case_id) if e.action == "export_made"])
    obj = app.objects.path_for(items[1].sha256)
    obj.chmod(0o600)
    data = bytearray(obj.read_bytes())
    data[-20] ^= 0xFF
    obj.write_bytes(bytes(data))
    with pytest.raises(ExportSourceAltered):
        export_case(app, case_id, "platform", "en", out, created=WHEN, sign=False)
    assert_untouched(out, before)
    assert len([e for e in journal(app, case_id) if e.action == "export_made"]) == exports


_CHILD = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG from write() instead of being killed
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
from evidenceapp.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_full_disk_on_reexport_keeps_the_earlier_export(home: Path, tmp_path: Path) -> None:
    with App.open(home) as app:
        case_id, _ = small_case(app, tmp_path)
        out = tmp_path / "out"
        export_case(app, case_id, "platform", "en", out, created=WHEN, sign=False)
        before = snapshot(out)
        big = tmp_path / "media" / "scan.pdf"
        big.write_bytes(b"%PDF-1.4\n" + os.urandom(3_000_000))  # the next bundle grows past the limit
        assert add_paths(app, case_id, [big]).errors == []
    limit = 2_000_000
    assert max(len(b) for b in before.values()) < limit
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home), "PYTHONPATH": str(SRC_ROOT)}
    proc = subprocess.run([sys.executable, "-c", _CHILD.format(limit=limit), "export", case_id, "--template",
                           "platform", "--lang", "en", "-o", str(out), "--no-sign", "--json"],
                          capture_output=True, text=True, env=env, timeout=180)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert json.loads(proc.stdout)["error"]["code"] in ("E_DISK_FULL", "E_EXPORT_WRITE")
    assert_untouched(out, before)


def test_stale_staging_of_a_killed_export_is_cleared_by_the_next(app, tmp_path: Path) -> None:
    case_id, _ = small_case(app, tmp_path)
    out = tmp_path / "out"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = out / f"{STAGING_PREFIX}{dead.pid}-abc"
    stale.mkdir(parents=True)
    (stale / "dossier.pdf").write_bytes(b"%PDF half")
    res = export_case(app, case_id, "platform", "en", out, created=WHEN, sign=False)
    assert not stale.exists() and res.pdf.is_file()
    assert not list(out.glob(f"{STAGING_PREFIX}*"))
