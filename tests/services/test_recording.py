"""The recording use case on a real store: a take becomes an ``unboxing`` item with markers, keyframes and a
contact sheet; the journal tells the story (started, markers, checkpoints, finished) and the case verifies."""

from __future__ import annotations

import hashlib
import json
import time

import av
import pytest
from helpers import cli, cli_json

from evidenceapp.core.errors import CameraUnavailable, InvalidInput
from evidenceapp.services import recording as rec
from evidenceapp.services.cases import edit_case, journal
from evidenceapp.services.items import markers
from evidenceapp.services.recording.recovery import _hash_and_check
from evidenceapp.services.verifying import verify_case
from evidenceapp.store import items_repo

SIZE = (320, 240)


def test_take_becomes_an_unboxing_item(app, case) -> None:  # type: ignore[no-untyped-def]
    s = rec.RecordingSession(app, case.id, "synthetic", size=SIZE, fps=15, audio=None, checkpoint_s=0.5)
    assert s.checklist == rec.DEFAULT_CHECKLIST["zh_CN"]  # a Taobao case: Chinese checklist
    s.start()
    assert s.running
    time.sleep(0.6)
    m1 = s.mark()  # the first checklist step
    time.sleep(0.4)
    s.pause()
    time.sleep(0.3)
    s.resume()
    time.sleep(0.3)
    m2 = s.mark("划痕特写")
    time.sleep(0.5)
    frame = s.latest_frame()
    assert frame is not None and frame.shape == (240, 320, 3) and not frame.flags.writeable
    assert s.stats.frames_captured > 20 and s.stats.dropped == 0
    item = s.stop()
    assert s.stop() is item  # idempotent

    assert m1["label"] == "面单和运单号" and s.step == 1 and m2["offset_s"] > m1["offset_s"]
    assert item.kind == "unboxing" and item.source == "recorder" and item.status == "ok" and item.mime == "video/mp4"
    assert (item.width, item.height) == SIZE and item.duration == pytest.approx(2.1, abs=0.5)
    path = app.objects.path_for(item.sha256)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == item.sha256 == item.metadata["recording"]["sha256"]
    meta = item.metadata["recording"]
    assert meta["frames"] > 20 and meta["dropped"] == 0 and meta["clock_offset_start"]["status"] == "not checked"
    assert meta["start_wall_utc"] < meta["end_wall_utc"]
    assert not list((app.home / "recordings").iterdir())  # nothing left to recover

    ms = markers(app, item.id)
    assert [m.label for m in ms] == ["面单和运单号", "暂停", "继续", "划痕特写"]
    derived = app.objects.derived(item.sha256)
    for m in ms:
        assert m.keyframe and (derived / m.keyframe).is_file()
    sheet = derived / rec.CONTACT_SHEET
    from PIL import Image

    with Image.open(sheet) as im:
        assert im.width > 300 and im.height > 200

    actions = [e.action for e in journal(app, case.id)]
    assert actions.count("marker") == 4 and actions.count("recording_checkpoint") >= 2
    assert actions.index("recording_started") < actions.index("marker") < actions.index("recording_finished")
    finished = [e for e in journal(app, case.id) if e.action == "recording_finished"][0].payload
    assert finished["sha256"] == item.sha256 and finished["item_id"] == item.id and finished["markers"] == 4
    cps = [e.payload for e in journal(app, case.id) if e.action == "recording_checkpoint"]
    data = path.read_bytes()
    for cp in cps:
        assert hashlib.sha256(data[:cp["bytes"]]).hexdigest() == cp["sha256_so_far"]
    assert verify_case(app, case.id).ok


def test_no_microphone_means_no_audio_track_not_a_failure(app, case) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.capture.audio import default_microphone

    mic, why = default_microphone()
    if mic is not None:
        pytest.skip("this machine has a microphone")
    s = rec.RecordingSession(app, case.id, "synthetic", size=SIZE, fps=15)  # audio="auto"
    s.start()
    time.sleep(0.5)
    item = s.stop()
    assert item.metadata["recording"]["audio"] == why and why.startswith("no ")
    with av.open(str(app.objects.path_for(item.sha256))) as c:
        assert not c.streams.audio and c.streams.video


def test_case_checklist_and_marker_rules(app, case) -> None:  # type: ignore[no-untyped-def]
    edit_case(app, case.id, checklist=["外箱", "商品"])
    s = rec.RecordingSession(app, case.id, "synthetic", size=SIZE, fps=15, audio=None)
    assert s.checklist == ["外箱", "商品"]
    with pytest.raises(InvalidInput):
        s.mark()  # not started
    s.start()
    s.mark()
    s.mark("商品")  # marking a later step by name moves the checklist on
    with pytest.raises(InvalidInput):
        s.mark()  # complete
    item = s.stop()
    assert [m.label for m in markers(app, item.id)] == ["外箱", "商品"]


def test_source_that_ends_gives_a_marked_item(app, case) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.capture.sources import SyntheticSource

    ended = []
    s = rec.RecordingSession(app, case.id, SyntheticSource(SIZE, 15, fail_after=20), audio=None,
                             on_end=ended.append)
    s.start()
    assert s.wait(10)
    item = s.stop()
    assert ended == ["source_error"] and item.flags == ["source_error"]
    assert item.metadata["recording"]["end_reason"] == "source_error"
    with av.open(str(app.objects.path_for(item.sha256))) as c:
        assert sum(1 for _ in c.decode(video=0)) == 20
    assert verify_case(app, case.id).ok


def test_no_camera_is_a_coded_error_and_leaves_nothing(app, case) -> None:  # type: ignore[no-untyped-def]
    s = rec.RecordingSession(app, case.id, "camera:63", size=SIZE, fps=15, audio=None)
    with pytest.raises(CameraUnavailable):
        s.start()
    assert not list((app.home / "recordings").iterdir())
    assert items_repo.for_case(app.db.con, case.id) == []


def test_cli_record_and_keyframes(home, case) -> None:  # type: ignore[no-untyped-def]
    app_home = home
    code, out = cli_json("record", case.order_no, "--source", "synthetic", "--duration", "2", "--size", "320x240",
                         "--fps", "15", "--marker-at", "0.5", "--marker-at", "1:面单特写", home=app_home)
    assert out["status"] == "ok" and out["end_reason"] == "user" and out["duration"] >= 1.9
    assert [m["label"] for m in out["markers"]] == ["面单和运单号", "面单特写"]
    assert out["contact_sheet"].endswith("contact-sheet.jpg")
    code, kf = cli_json("keyframes", case.order_no, out["item_id"][:8], home=app_home)
    assert len(kf["keyframes"]) == 4 and kf["contact_sheet"] == out["contact_sheet"]


def test_cli_without_camera_prints_sources_not_a_traceback(home, case) -> None:  # type: ignore[no-untyped-def]
    import os

    if os.path.exists("/dev/video0"):
        pytest.skip("this machine has a camera")
    p = cli("record", case.order_no, "--source", "camera:0", home=home)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert "E_CAMERA_UNAVAILABLE" in p.stderr and "synthetic" in p.stderr and "file:PATH" in p.stderr
    p = cli("record", case.order_no, "--source", "camera:0", "--json", home=home)
    assert json.loads(p.stdout)["error"]["code"] == "E_CAMERA_UNAVAILABLE"


@pytest.mark.parametrize("fault", ["crash", "disk_full"])
def test_crash_between_finalising_and_committing_is_finished_at_next_start(app, case, home,  # type: ignore[no-untyped-def]
                                                                           monkeypatch, fault) -> None:
    import sqlite3

    from evidenceapp.core.errors import RecordingFailed
    from evidenceapp.services.app import App

    s = rec.RecordingSession(app, case.id, "synthetic", size=SIZE, fps=15, audio=None)
    s.start()
    time.sleep(0.5)
    s.mark()
    time.sleep(0.5)

    def boom(*a, **k):  # type: ignore[no-untyped-def]
        if fault == "crash":
            raise RuntimeError("power cut")  # stands for the process dying here
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(items_repo, "insert", boom)
    with pytest.raises(RuntimeError if fault == "crash" else RecordingFailed):
        s.stop()
    monkeypatch.undo()
    side = json.loads(next((home / "recordings").glob("*.json")).read_text(encoding="utf-8"))
    assert side["state"] == "finishing"
    app.close()
    with App.open(home) as again:  # alone with the store: the start-up hook completes the take
        items = items_repo.for_case(again.db.con, case.id)
        assert len(items) == 1 and items[0].status == "ok" and items[0].sha256 == side["sha256"]
        assert again.objects.has(side["sha256"])
        assert [m.label for m in markers(again, items[0].id)] == ["面单和运单号"]
        assert verify_case(again, case.id).ok
        assert not list((home / "recordings").iterdir())


def test_cli_record_from_a_file_source_ends_with_the_file(home, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    clip = tmp_path / "phone clip.mp4"
    with av.open(str(clip), "w") as c:
        st = c.add_stream("libx264", rate=12)
        st.width, st.height, st.pix_fmt = 176, 144, "yuv420p"
        for i in range(18):
            img = np.full((144, 176, 3), (i * 13) % 255, np.uint8)
            for p in st.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                c.mux(p)
        for p in st.encode():
            c.mux(p)
    code, out = cli_json("record", case.order_no, "--source", f"file:{clip}", "--size", "320x240", home=home)
    assert out["end_reason"] == "source_ended" and out["fps"] == 12 and out["frames"] == 18
    assert out["status"] == "ok" and out["flags"] == ["source_ended"] and out["duration"] == pytest.approx(1.5)
    assert rec.list_sources()[-2:] == ["file:PATH", "synthetic"]


def test_recovery_checks_journalled_digests_against_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = bytes(range(256)) * 20000  # 5 MB
    cps = [{"bytes": n, "sha256_so_far": hashlib.sha256(data[:n]).hexdigest()} for n in (1000, 2_000_000, 4_000_000)]
    f = tmp_path / "take.mp4"
    f.write_bytes(data)
    assert _hash_and_check(f, cps) == (hashlib.sha256(data).hexdigest(), len(data), 3)
    f.write_bytes(data[:1500_000] + b"X" + data[1500_001:])  # altered after the first checkpoint
    assert _hash_and_check(f, cps)[2] == 1


def _clip(path, shade: int, frames: int = 24) -> bytes:  # type: ignore[no-untyped-def]
    import numpy as np

    with av.open(str(path), "w") as c:
        st = c.add_stream("libx264", rate=12)
        st.width, st.height, st.pix_fmt = 176, 144, "yuv420p"
        for i in range(frames):
            img = np.full((144, 176, 3), (shade + i * 7) % 255, np.uint8)
            img[i * 5 % 144:, : 40] = 255 - shade
            for p in st.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                c.mux(p)
        for p in st.encode():
            c.mux(p)
    return path.read_bytes()


def test_take_swapped_before_recovery_is_caught_by_the_journalled_checkpoints(app, case, home,  # type: ignore[no-untyped-def]
                                                                              tmp_path) -> None:
    """Issue 15 point 5: the process died mid-take; before the next start someone replaced the file and rewrote the
    sidecar's checkpoints to match. Recovery adopts what it finds (its item_added records the swapped bytes), but
    verify compares the file with the running digests the journal recorded while filming, and names the item."""
    from evidenceapp.services.app import App
    from evidenceapp.store import journal_repo

    genuine = _clip(tmp_path / "genuine.mp4", 10)
    forged = _clip(tmp_path / "forged.mp4", 200)
    rec_id = "r" * 32
    marks = [len(genuine) // 3, 2 * len(genuine) // 3]
    with app.db.tx() as con:  # what the recorder journalled while filming the genuine take
        journal_repo.append(con, case.id, "recording_started", {"recording_id": rec_id})
        for n in marks:
            journal_repo.append(con, case.id, "recording_checkpoint", {
                "recording_id": rec_id, "bytes": n, "sha256_so_far": hashlib.sha256(genuine[:n]).hexdigest()},
                actor="system")
    d = home / "recordings"
    d.mkdir(exist_ok=True)
    (d / f"{rec_id}.mp4").write_bytes(forged)
    (d / f"{rec_id}.json").write_text(json.dumps({  # the sidecar is writable: forged to match the forged file
        "recording_id": rec_id, "case_id": case.id, "file": f"{rec_id}.mp4", "state": "recording", "markers": [],
        "checkpoints": [{"bytes": n, "sha256_so_far": hashlib.sha256(forged[:n]).hexdigest()} for n in marks]}))
    app.close()
    with App.open(home) as again:
        items = items_repo.for_case(again.db.con, case.id)
        assert len(items) == 1 and items[0].sha256 == hashlib.sha256(forged).hexdigest()
        r = verify_case(again, case.id)
        assert [(p["kind"], p["item_id"]) for p in r.problems] == [("checkpoint", items[0].id)], r.problems
        assert "2 of 2" in r.problems[0]["detail"]
