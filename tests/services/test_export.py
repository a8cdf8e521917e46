"""export_case end to end on a real store: PDF, bundle (sha256sum -c, verify.py, one flipped byte in any file),
upload/, the export_made journal entry, reproducible bytes for the same case, cancel, and the CLI."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import cli

from evidenceapp.core.errors import Cancelled
from evidenceapp.core.progress import CancelToken
from evidenceapp.services.cases import journal
from evidenceapp.services.exporting import export_case
from evidenceapp.services.verifying import verify_case

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_kit import build_case, check_upload, pdffonts, pdftotext, qpdf_check, unzip  # noqa: E402

WHEN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _checks(folder: Path) -> tuple[int, subprocess.CompletedProcess]:
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True).returncode
    ver = subprocess.run([sys.executable, "-S", "verify.py"], cwd=folder, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    return sums, ver


def test_export_12315_end_to_end(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case, items = build_case(app, tmp_path)
    seen = []
    res = export_case(app, case.id, "12315", "zh_CN", tmp_path / "out", created=WHEN, progress=seen.append)
    assert seen and seen[-1].done == seen[-1].total == 1000
    assert [p.done for p in seen] == sorted(p.done for p in seen)  # progress only moves forward
    # the PDF
    assert qpdf_check(res.pdf).returncode == 0
    assert all(r[-5] == "yes" for r in pdffonts(res.pdf))
    text = pdftotext(res.pdf)
    for i in items:
        assert i.sha256[:32] in text and i.sha256[32:] in text
    assert "本材料证明了什么" in text  # the proof section (signing service) is in the integrity appendix
    # the bundle: sums, verify.py, issue 9's verifier, every original byte-identical
    folder = unzip(res.bundle, tmp_path / "u")
    assert subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True).returncode == 0
    sums, ver = _checks(folder)
    assert sums == 0 and ver.returncode == 0, ver.stdout
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert {"SHA256SUMS", "journal.jsonl", "case.json", "verify.py", "HOW-TO-VERIFY.txt", res.pdf.name} <= set(names)
    evidence = [n for n in names if n.startswith("evidence/")]
    assert len(evidence) == len(items)
    assert sorted(hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in evidence) == \
        sorted(i.sha256 for i in items)
    assert "证据包核验方法" in (folder / "HOW-TO-VERIFY.txt").read_text(encoding="utf-8")
    from evidenceapp.services.proof.bundle_verify import verify_bundle

    assert verify_bundle(res.bundle).ok
    # upload/ fits the 12315 limits
    assert res.upload.fits and check_upload(res.upload.folder, res.upload.channel) == []
    # journal: export_made with the outputs' hashes, and the store still verifies
    entry = journal(app, case.id)[-1]
    assert entry.action == "export_made" and entry.hash == res.journal_hash
    out = entry.payload["outputs"]
    assert out[res.pdf.name] == hashlib.sha256(res.pdf.read_bytes()).hexdigest()
    assert out[res.bundle.name] == hashlib.sha256(res.bundle.read_bytes()).hexdigest()
    assert out["SHA256SUMS"] == hashlib.sha256((folder / "SHA256SUMS").read_bytes()).hexdigest()
    assert verify_case(app, case.id).ok
    # one flipped byte in any file of the unzipped bundle: both checks fail, verify.py names the file
    for name in names:
        if name in ("SHA256SUMS", "verify.py", "proof/SHA256SUMS.sig"):
            continue  # the list itself and the checker: tests/export/test_bundle.py; the list's signature (which
            # SHA256SUMS cannot list): the signing tests
        work = tmp_path / "flip"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(folder, work)
        data = bytearray((work / name).read_bytes())
        data[len(data) // 2] ^= 0x01
        (work / name).write_bytes(bytes(data))
        sums, ver = _checks(work)
        assert sums != 0 and ver.returncode & 1, name  # bit 1: a file differs from SHA256SUMS
        assert f"FAILED  {name}" in ver.stdout, (name, ver.stdout)


def test_same_case_exported_twice_is_byte_identical(app, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.services.app import App
    from evidenceapp.store import keys

    case, _ = build_case(app, tmp_path)
    keys.load_or_create(app.home)  # one installation: its signing key is part of the state that is copied
    app.close()
    twin = tmp_path / "twin-home"
    shutil.copytree(home, twin)  # the same case, twice: each export appends to its own journal
    pdfs = []
    for h, out in ((home, tmp_path / "a"), (twin, tmp_path / "b")):
        with App.open(h) as a:
            res = export_case(a, case.id, "platform", "fr", out, created=WHEN)
            pdfs.append(res.pdf.read_bytes())
    assert pdfs[0] == pdfs[1]
    app.__init__(home)  # reopen for the fixture's teardown


def test_cancel_leaves_nothing_behind(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case, _ = build_case(app, tmp_path, video=False)
    token = CancelToken()
    n_before = len(journal(app, case.id))

    def progress(p):  # type: ignore[no-untyped-def]
        if p.done > 100:
            token.cancel()

    with pytest.raises(Cancelled):
        export_case(app, case.id, "platform", "en", tmp_path / "out", progress=progress, cancel=token)
    left = [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert left == []
    assert len(journal(app, case.id)) == n_before


def test_cli_lists_missing_fields_and_writes_everything(app, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case, _ = build_case(app, tmp_path, video=False, profile={})
    app.close()
    proc = cli("export", case.order_no, "--template", "12315", "--lang", "zh_CN", "-o", str(tmp_path / "o"),
               "--created", "2026-11-25T12:00:00Z", home=home)
    assert proc.returncode == 0, proc.stderr
    assert "MISSING" in proc.stdout
    for f in ("profile.name", "profile.phone", "profile.address"):
        assert f in proc.stdout
    assert "evidenceapp profile set --phone" in proc.stdout
    proc = cli("export", case.order_no, "--template", "chargeback", "--lang", "en", "-o", str(tmp_path / "j"),
               "--json", home=home)
    data = json.loads(proc.stdout)
    assert data["ok"] and data["upload"]["fits"] and data["upload"]["channel"] == "chargeback"
    assert {m["field"] for m in data["missing"] if m["required"]} >= {"profile.name"}
    assert Path(data["pdf"]["path"]).is_file() and Path(data["bundle"]["path"]).is_file()
    app.__init__(home)


def test_chat_screenshots_in_time_order_other_exhibits_in_place(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from helpers import make_jpeg, make_png

    from evidenceapp.services.cases import create_case
    from evidenceapp.services.exporting import gather
    from evidenceapp.services.importing import add_paths
    from evidenceapp.store import items_repo

    case = create_case(app, "t", "jd", "JD-1")
    files = [make_png(tmp_path / "c-late.png", text="late"), make_jpeg(tmp_path / "photo.jpg"),
             make_png(tmp_path / "c-early.png", text="early"), make_png(tmp_path / "c-mid.png", text="mid")]
    add_paths(app, case.id, files)
    times = {"c-late.png": "2026-11-22T10:00:00+08:00", "c-early.png": "2026-11-20T01:00:00Z",
             "c-mid.png": "2026-11-21T09:00:00+08:00"}
    with app.db.tx() as con:
        for i in items_repo.for_case(con, case.id):
            if i.original_name in times:
                items_repo.update(con, i.id, {"captured_at": times[i.original_name], "kind": "screenshot"})
    names = [ex.item.original_name for ex in gather(app, case.id, "platform", "en").exhibits]
    assert names == ["c-early.png", "photo.jpg", "c-mid.png", "c-late.png"]


def test_a_changed_or_missing_original_stops_the_export(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.core.errors import ExportSourceAltered

    case, items = build_case(app, tmp_path, video=False)
    obj = app.objects.path_for(items[1].sha256)
    obj.chmod(0o644)
    data = bytearray(obj.read_bytes())
    data[-10] ^= 0xFF  # bit rot in the store after import
    obj.write_bytes(bytes(data))
    with pytest.raises(ExportSourceAltered) as err:
        export_case(app, case.id, "platform", "en", tmp_path / "out", sign=False)
    assert items[1].sha256 in str(err.value)
    assert not [p for p in (tmp_path / "out").rglob("*") if p.is_file()]  # nothing half-made left behind
    obj.unlink()
    with pytest.raises(ExportSourceAltered, match="missing"):
        export_case(app, case.id, "platform", "en", tmp_path / "out", sign=False)
