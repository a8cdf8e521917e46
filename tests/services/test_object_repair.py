"""Issue 15 §4: adding the genuine file again after its stored object was damaged must not reuse the damaged bytes.
The object is checked (size, then hash), repaired from the verified incoming copy (the damaged bytes are kept in
quarantine/, the store's chain says object_repaired), or the add is refused with E_OBJECT_DAMAGED."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_jpeg

from evidenceapp.core import faults
from evidenceapp.core.models import SYSTEM_CHAIN
from evidenceapp.services import quarantine
from evidenceapp.services.cases import create_case
from evidenceapp.services.importing import add_paths
from evidenceapp.services.verifying import verify_case
from evidenceapp.store import journal_repo


def _damage(path: Path, how: str) -> bytes:
    path.chmod(0o600)
    data = bytearray(path.read_bytes())
    if how == "flipped":
        data[len(data) // 2] ^= 0x40  # same size: only the hash tells
    else:
        del data[-100:]
    path.write_bytes(bytes(data))
    path.chmod(0o400)
    return bytes(data)


@pytest.mark.parametrize("how", ["flipped", "truncated"])
@pytest.mark.parametrize("where", ["another case", "the same case"])
def test_readding_the_genuine_file_repairs_the_damaged_object(app, case, tmp_path: Path, how: str,
                                                              where: str) -> None:
    photo = make_jpeg(tmp_path / "IMG_0001.jpg")
    [first] = add_paths(app, case.id, [photo]).added
    obj = app.objects.path_for(first.sha256)
    damaged = _damage(obj, how)
    assert not verify_case(app, case.id).ok
    target = create_case(app, "second", "jd", "JD-2").id if where == "another case" else case.id
    report = add_paths(app, target, [photo])
    assert report.errors == []
    assert (len(report.added), len(report.duplicates)) == ((1, 0) if where == "another case" else (0, 1))
    assert obj.read_bytes() == photo.read_bytes()  # repaired from the verified incoming bytes
    assert verify_case(app, case.id).ok and verify_case(app, target).ok
    [entry] = [e for e in journal_repo.entries(app.db.con, SYSTEM_CHAIN) if e.action == "object_repaired"]
    assert entry.payload["sha256"] == first.sha256
    [kept] = quarantine.list_quarantined(app)
    assert kept.id == entry.payload["quarantined_as"] and kept.reason == "damaged"
    assert kept.path.read_bytes() == damaged and not kept.pending  # kept, never offered as a case file


def test_repair_impossible_refuses_with_a_code(app, case, tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "IMG_0002.jpg")
    [first] = add_paths(app, case.id, [photo]).added
    obj = app.objects.path_for(first.sha256)
    damaged = _damage(obj, "flipped")
    other = create_case(app, "second", "jd", "JD-3")
    with faults.plan("objects.quarantine", at=1, action="enospc"):  # the damaged copy cannot be moved aside
        report = add_paths(app, other.id, [photo])
    assert report.added == [] and [e["code"] for e in report.errors] == ["E_OBJECT_DAMAGED"]
    assert obj.read_bytes() == damaged  # left exactly as found, for verify to report
    assert not verify_case(app, case.id).ok
