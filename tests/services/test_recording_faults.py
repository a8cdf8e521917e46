"""Faults during a take, on real subprocesses: kill -9 at random moments, and a disk that fills up.

After kill -9 the file left behind must decode to within 2 s of the kill, the store must stay consistent, and
the next start must journal the interruption and add the partial take as an ``interrupted`` item with its real
hash. ``EVIDENCEAPP_KILL_TRIALS=20`` runs more trials (benchmarks/record_kill9.py does).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evidenceapp.media.frames import decode_count
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case, journal
from evidenceapp.services.items import markers
from evidenceapp.services.verifying import verify_case
from evidenceapp.store import items_repo

TRIALS = int(os.environ.get("EVIDENCEAPP_KILL_TRIALS", "5"))


def _start_recording(home: Path, order: str, *extra: str, preexec=None) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "evidenceapp", "record", order, "--source", "synthetic", "--size", "320x240",
         "--fps", "15", "--json", *extra], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=preexec)


def _sidecar(home: Path, timeout: float = 30) -> tuple[Path, dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in (home / "recordings").glob("*.json"):
            try:
                data = json.loads(p.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if data.get("state") == "recording":
                return p, data
        time.sleep(0.05)
    raise AssertionError("the recording did not start")


def _ts(utc: str) -> float:
    return datetime.strptime(utc, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()


def _case(home: Path, order: str) -> str:
    with App.open(home) as app:
        return create_case(app, "被摔坏的耳机", "jd", order).id


def kill_trial(home: Path, seed: int) -> dict:
    """One trial: record, kill -9 at a random moment, check the file, restart, check the recovery."""
    rnd = random.Random(seed)
    case_id = _case(home, f"JD-{seed}")
    proc = _start_recording(home, f"JD-{seed}", "--duration", "120", "--marker-at", "0.3", "--marker-at", "1.5",
                            "--checkpoint-every", "0.7")
    try:
        side, data = _sidecar(home)
        time.sleep(rnd.uniform(0.4, 3.5))
        proc.send_signal(signal.SIGKILL)
        killed_at = time.time()
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    video = side.with_suffix(".mp4")
    start = _ts(data["started"]["start_wall_utc"])
    frames, decoded_to = decode_count(video)
    should_have = killed_at - start
    lost = should_have - decoded_to
    assert lost <= 2.0, f"trial {seed}: decodes to {decoded_to:.2f} s of {should_have:.2f} s"
    left_sha = hashlib.sha256(video.read_bytes()).hexdigest()
    side_now = json.loads(side.read_text(encoding="utf-8"))
    if frames == 0:  # killed before the first fragment closed: nothing to keep, but the attempt is journalled
        with App.open(home) as app:
            assert items_repo.for_case(app.db.con, case_id) == []
            rec = [e.payload for e in journal(app, case_id) if e.action == "recording_interrupted"]
            assert len(rec) == 1 and rec[0]["kept"] is False and rec[0]["sha256"] == left_sha
            assert verify_case(app, case_id).ok
        return {"seed": seed, "ran_s": should_have, "lost_s": lost, "frames": 0}

    with App.open(home) as app:  # the start-up hook recovers the take
        items = items_repo.for_case(app.db.con, case_id)
        assert len(items) == 1, "the partial take was not added"
        item = items[0]
        assert item.status == "interrupted" and item.kind == "unboxing" and "interrupted" in item.flags
        assert item.sha256 == left_sha == hashlib.sha256(app.objects.path_for(item.sha256).read_bytes()).hexdigest()
        entries = journal(app, case_id)
        rec = [e.payload for e in entries if e.action == "recording_interrupted"]
        assert len(rec) == 1 and rec[0]["sha256"] == left_sha and rec[0]["item_id"] == item.id
        assert rec[0]["checkpoints_verified"] == rec[0]["checkpoints"] == len(side_now["checkpoints"])
        cps = [e.payload for e in entries if e.action == "recording_checkpoint"]
        assert len(cps) >= len(side_now["checkpoints"]) - 1  # the journal has them too (the last may be in flight)
        assert [m.label for m in markers(app, item.id)] == [m["label"] for m in side_now["markers"]]
        assert not list((home / "recordings").iterdir())
        assert app.db.integrity_check() == "ok"
        assert verify_case(app, case_id).ok
    with App.open(home) as app:  # a second start finds nothing more to do
        assert len(items_repo.for_case(app.db.con, case_id)) == 1
    return {"seed": seed, "ran_s": should_have, "lost_s": lost, "frames": frames,
            "checkpoints": len(side_now["checkpoints"])}


@pytest.mark.slow
def test_kill9_at_random_moments(tmp_path: Path) -> None:
    results = [kill_trial(tmp_path / f"h{n}", seed=n) for n in range(TRIALS)]
    worst = max(r["lost_s"] for r in results)
    print(f"\n{len(results)} kill -9 trials: worst loss {worst:.2f} s;",
          ", ".join(f"{r['ran_s']:.1f}s→-{r['lost_s']:.2f}" for r in results),
          f"; checkpoints verified per trial: {[r.get('checkpoints', 0) for r in results]}")


def _limit_file_size(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_disk_full_stops_cleanly_and_keeps_a_playable_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    case_id = _case(home, "JD-FULL")
    proc = _start_recording(home, "JD-FULL", "--duration", "60", preexec=_limit_file_size(600_000))
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and "Traceback" not in err, err
    res = json.loads(out)
    assert res["error"]["code"] == "E_DISK_FULL" and res["end_reason"] == "disk_full"
    assert res["flags"] == ["disk_full"] and res["size"] <= 600_000
    with App.open(home) as app:
        item = items_repo.get(app.db.con, res["item_id"])
        assert item is not None
        path = app.objects.path_for(item.sha256)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == item.sha256
        frames, decoded_to = decode_count(path)
        assert frames > 15 and decoded_to >= item.duration - 2.0
        assert verify_case(app, case_id).ok


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_stops_cleanly(tmp_path: Path, sig: int) -> None:
    home = tmp_path / "home"
    case_id = _case(home, "JD-INT")
    proc = _start_recording(home, "JD-INT", "--marker-at", "0.2")
    try:
        _sidecar(home)
        time.sleep(1.0)
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0 and "Traceback" not in err, err
    res = json.loads(out)
    assert res["status"] == "ok" and res["end_reason"] == "user" and res["duration"] >= 0.9
    with App.open(home) as app:
        item = items_repo.get(app.db.con, res["item_id"])
        assert item is not None and item.case_id == case_id
        assert hashlib.sha256(app.objects.path_for(item.sha256).read_bytes()).hexdigest() == item.sha256
        assert verify_case(app, case_id).ok
    assert not list((home / "recordings").iterdir())
