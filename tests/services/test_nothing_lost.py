"""Issue 15, data loss: a take whose registration fails stays until it is added; the start-up sweep never deletes
(unreferenced objects go to quarantine/, shown by doctor and attached by `recover`); the data folder is private."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import uuid
from pathlib import Path

import av
import numpy as np
import pytest
from helpers import cli, make_jpeg

from evidenceapp.core.journal import now_utc
from evidenceapp.services import quarantine
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case, journal
from evidenceapp.services.doctor import run_checks
from evidenceapp.services.importing import add_paths
from evidenceapp.services.verifying import verify_case
from evidenceapp.store import db as db_mod
from evidenceapp.store import items_repo

EXIF = {0x010F: "Xiaomi", 0x0110: "Redmi Note 12", 0x0132: "2026:11:20 10:00:00"}


def interrupted_take(home: Path, case_id: str, frames: int = 18) -> tuple[Path, bytes]:
    """What a recording process killed mid-take leaves: ``recordings/<id>.mp4`` (playable) and its sidecar."""
    rec = home / "recordings"
    rec.mkdir(parents=True, exist_ok=True)
    rid = uuid.uuid4().hex
    video = rec / f"{rid}.mp4"
    with av.open(str(video), "w") as c:
        st = c.add_stream("libx264", rate=12)
        st.width, st.height, st.pix_fmt = 176, 144, "yuv420p"
        for i in range(frames):
            img = np.full((144, 176, 3), (i * 13) % 255, np.uint8)
            for p in st.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                c.mux(p)
        for p in st.encode():
            c.mux(p)
    side = {"recording_id": rid, "case_id": case_id, "file": video.name, "state": "recording", "pid": 999_999,
            "created_at": now_utc(), "markers": [{"offset_s": 0.5, "label": "开箱", "wall_ts": now_utc()}],
            "checkpoints": [], "lang": "zh", "source": "synthetic"}
    video.with_suffix(".json").write_text(json.dumps(side), encoding="utf-8")
    return video, video.read_bytes()


def test_take_locked_out_at_start_is_kept_and_added_at_the_next_start(home: Path, monkeypatch) -> None:
    """Another program holds the database's write lock through the whole start (SQLITE_BUSY): the take stays in
    recordings/ and in the store, the sweep leaves it alone, and the next start adds it."""
    with App.open(home) as app:
        case = create_case(app, "锁住的数据库", "jd", "JD-LOCK")
    video, data = interrupted_take(home, case.id)
    sha = hashlib.sha256(data).hexdigest()
    monkeypatch.setattr(db_mod, "BUSY_TIMEOUT_S", 0.2)  # the real 30 s, shortened
    locker = sqlite3.connect(home / "evidence.sqlite", isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        with App.open(home) as app:
            assert app.held_alone
            assert video.read_bytes() == data and video.with_suffix(".json").is_file()
            assert app.cleanup_report["orphans"] == [] and list(app.objects.quarantined()) == []
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    with App.open(home) as app:
        items = items_repo.for_case(app.db.con, case.id)
        assert [(i.sha256, i.status) for i in items] == [(sha, "interrupted")]
        assert app.objects.path_for(sha).read_bytes() == data
        assert not list((home / "recordings").iterdir())
        assert verify_case(app, case.id).ok and app.cleanup_report["orphans"] == []


def test_take_whose_case_is_missing_is_kept_for_recover(home: Path) -> None:
    """The sidecar names a case this database does not have (an older evidence.sqlite restored): kept aside."""
    with App.open(home) as app:
        case = create_case(app, "later", "jd", "JD-LATER")
    video, data = interrupted_take(home, "0" * 32)
    with App.open(home) as app:
        [q] = quarantine.list_quarantined(app)
        assert q.reason == "take_without_case" and q.pending and q.path.read_bytes() == data
        res = quarantine.attach(app, case.id, [q.id[:10]])
        assert len(res["added"]) == 1 and res["added"][0]["name"].endswith(".mp4")
        [item] = items_repo.for_case(app.db.con, case.id)
        assert item.source == "recovered" and item.kind in ("video", "unboxing") and item.duration
        assert quarantine.pending_count(app) == 0 and q.path.is_file()  # attached, and still never deleted


def test_restored_older_database_quarantines_then_recovers(home: Path, tmp_path: Path) -> None:
    """Restoring an older evidence.sqlite must not delete the objects it does not know: they are kept aside, doctor
    and `recover` show them, and `recover CASE --all` attaches them with their metadata read again."""
    with App.open(home) as app:
        case = create_case(app, "备份恢复", "taobao", "TB-RESTORE")
        app.db.backup(tmp_path / "older.sqlite")
        photo = make_jpeg(tmp_path / "IMG_1.jpg", exif=EXIF)
        note = tmp_path / "note.txt"
        note.write_text("卖家拒绝退款 seller refused", encoding="utf-8")
        report = add_paths(app, case.id, [photo, note])
        shas = sorted(i.sha256 for i in report.added)
        assert len(shas) == 2
    for suffix in ("-wal", "-shm"):
        (home / f"evidence.sqlite{suffix}").unlink(missing_ok=True)
    os.replace(tmp_path / "older.sqlite", home / "evidence.sqlite")
    with App.open(home) as app:
        assert sorted(app.cleanup_report["orphans"]) == shas
        assert not any(app.objects.has(s) for s in shas)
        assert sorted((home / "quarantine" / s).read_bytes() for s in shas) == sorted(
            [photo.read_bytes(), note.read_bytes()])
        [check] = [c for c in run_checks(app) if c.name == "orphans"]
        assert not check.ok and check.detail.startswith("2 file(s) found that belong to no case")
    listed = cli("recover", "--json", home=home)
    assert listed.returncode == 0, listed.stderr
    out = json.loads(listed.stdout)
    assert out["pending"] == 2 and sorted(f["sha256"] for f in out["files"]) == shas
    text = cli("recover", home=home).stdout
    assert "2 file(s) found that belong to no case" in text
    attached = cli("recover", "TB-RESTORE", "--all", "--json", home=home)
    assert attached.returncode == 0, attached.stderr
    assert len(json.loads(attached.stdout)["added"]) == 2
    with App.open(home) as app:
        items = {i.sha256: i for i in items_repo.for_case(app.db.con, case.id)}
        assert sorted(items) == shas and {i.source for i in items.values()} == {"recovered"}
        jpeg = next(i for i in items.values() if i.mime == "image/jpeg")
        assert jpeg.camera_make == "Xiaomi" and jpeg.captured_at.startswith("2026-11-20")  # re-read, not guessed
        added = [e.payload for e in journal(app, case.id) if e.action == "item_added"]
        assert sorted(p["sha256"] for p in added) == shas and {p["source"] for p in added} == {"recovered"}
        assert verify_case(app, case.id).ok and quarantine.pending_count(app) == 0
        assert all((home / "quarantine" / s).is_file() for s in shas)  # the kept copies stay
    again = cli("recover", "TB-RESTORE", "--all", home=home)
    assert again.returncode == 0 and "nothing to attach" in again.stdout


def test_recover_needs_ids_or_all(home: Path) -> None:
    with App.open(home) as app:
        create_case(app, "x", "jd", "JD-X")
    proc = cli("recover", "JD-X", "--json", home=home)
    assert proc.returncode == 1 and json.loads(proc.stdout)["error"]["code"] == "E_INVALID_INPUT"
    proc = cli("recover", "JD-X", "deadbeef", "--json", home=home)
    assert proc.returncode == 1 and json.loads(proc.stdout)["error"]["code"] == "E_NOT_FOUND"


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="Windows: the user profile's ACL keeps the data folder private")
def test_data_folder_is_private_and_an_old_one_is_tightened(home: Path, tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        proc = cli("case", "new", "--title", "隐私 Privacy", "--platform", "jd", "--order-no", "JD-PRIV", home=home)
        assert proc.returncode == 0, proc.stderr
        note = tmp_path / "id-card.txt"
        note.write_text("身份证号 110101199003071234", encoding="utf-8")
        assert cli("add", "JD-PRIV", str(note), home=home).returncode == 0
        assert cli("key", "show", home=home).returncode == 0
    finally:
        os.umask(old_umask)

    def check() -> None:
        assert _mode(home) == 0o700
        for name in ("evidence.sqlite", "evidence.sqlite-wal", "evidence.sqlite-shm", "store.lock",
                     "logs/evidenceapp.log", "keys/installation-ed25519.pem"):
            if (home / name).exists():
                assert _mode(home / name) & 0o077 == 0, (name, oct(_mode(home / name)))
        for d in ("objects", "tmp", "derived", "quarantine", "logs", "keys"):
            assert _mode(home / d) == 0o700, d
        objs = [p for p in (home / "objects" / "sha256").glob("*/*")]
        assert objs and all(_mode(p) == 0o400 for p in objs)

    check()
    # An installation made by an older version: everything world-readable. The next start tightens it.
    for p in [home, *home.rglob("*")]:
        if p.is_dir():
            p.chmod(0o755)
        elif p.is_file():
            p.chmod(0o444 if "objects" in p.parts else 0o644)
    assert cli("case", "list", home=home).returncode == 0
    check()
