"""Start-up recovery of takes a crash interrupted: what was written becomes an item marked interrupted."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ...core.errors import EvidenceError
from ...core.hashing import sha256_with_prefixes
from ...core.journal import now_utc
from ...core.models import SYSTEM_CHAIN
from ...store import cases_repo, items_repo, journal_repo
from ..app import App
from .session import _register

log = logging.getLogger(__name__)
# -- start-up recovery -------------------------------------------------------------------------------------------
def recover_interrupted(app: App) -> list[str]:
    """Start-up hook (runs while this process holds the store alone): every sidecar left in ``recordings/`` is a
    take whose process died. Journal the interruption and add what was written as an item ``interrupted`` with
    its real hash. Returns the ids of the items added."""
    d = app.home / "recordings"
    if not d.is_dir():
        return []
    added = []
    for side in sorted(d.glob("*.json")):
        try:
            item_id = _recover_one(app, side)
            if item_id:
                added.append(item_id)
        except EvidenceError:
            log.exception("could not recover %s", side.name)
        except Exception:  # noqa: BLE001 - one bad leftover must not stop the app from starting
            log.exception("could not recover %s", side.name)
    for stale in d.glob("*.json.new"):
        stale.unlink(missing_ok=True)
    return added


def _recover_one(app: App, side: Path) -> str | None:
    from ...media import frames as kf

    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    rec_id = data.get("recording_id") or side.stem
    case = cases_repo.get(app.db.con, data.get("case_id", ""))
    video = side.with_suffix(".mp4")
    chain = case.id if case else SYSTEM_CHAIN
    base = {"recording_id": rec_id, "pid": data.get("pid"), "state": data.get("state", "unknown"),
            "markers": len(data.get("markers", []))}
    if data.get("state") == "finishing" and data.get("sha256") and case is not None:
        # Died after finalising, before or while committing: finish the job if the item is not there.
        sha = data["sha256"]
        existing = items_repo.by_sha(app.db.con, case.id, sha)
        if existing is None and (video.exists() or app.objects.has(sha)):
            summary = {**data.get("summary", {}), "recovered": True}
            item = _register(app, case, video, summary, data.get("markers", []), status="ok", flags=[],
                             action="recording_finished")
            return item.id
        if existing is not None and video.exists() and not _stored_whole(app, sha, video):
            # An item names the take but the store has no whole copy of it: store it now, keep the file.
            app.objects.adopt(video, sha)
        # An item holds the take (committed before the crash), or there is no file: only leftovers remain.
        video.unlink(missing_ok=True)
        side.unlink(missing_ok=True)
        return None
    if not video.exists() or video.stat().st_size == 0:
        with app.db.tx() as con:
            journal_repo.append(con, chain, "recording_interrupted", {**base, "kept": False, "detail": "no file"},
                                actor="system")
        video.unlink(missing_ok=True)
        side.unlink(missing_ok=True)
        return None
    checkpoints = data.get("checkpoints", [])
    sha, size, verified = _hash_and_check(video, checkpoints)
    if case is not None and items_repo.by_sha(app.db.con, case.id, sha) is not None and _stored_whole(app, sha, video):
        # Registered already (the process died after the commit, before removing the take): only leftovers remain.
        video.unlink()
        side.unlink(missing_ok=True)
        return None
    if case is None:
        # Its case is not in this database (an older evidence.sqlite restored?): keep the take for `recover`.
        qid = app.objects.quarantine_file(video, sha, "take_without_case", "a recording whose case is not in the"
                                          " database", case_id=data.get("case_id", ""), recording_id=rec_id,
                                          name=f"unboxing-{rec_id[:8]}.mp4")
        with app.db.tx() as con:
            journal_repo.append(con, chain, "recording_interrupted",
                                {**base, "kept": False, "sha256": sha, "size": size, "quarantined": qid,
                                 "detail": "case not found"}, actor="system")
        side.unlink(missing_ok=True)
        return None
    info = kf.probe(video)
    decoded_end = kf.decoded_end(video) if info is not None else 0.0
    if info is None or decoded_end <= 0:
        # Nothing plays, but the bytes are what the camera gave: kept aside (not offered as a case file).
        qid = app.objects.quarantine_file(video, sha, "take_undecodable", "an interrupted recording with no"
                                          " decodable frame", recoverable=False, case_id=case.id,
                                          recording_id=rec_id)
        with app.db.tx() as con:
            journal_repo.append(con, case.id, "recording_interrupted",
                                {**base, "kept": False, "sha256": sha, "size": size, "quarantined": qid,
                                 "detail": "no decodable frame was written"}, actor="system")
        side.unlink(missing_ok=True)
        return None
    started = data.get("started", {})
    start_utc = started.get("start_wall_utc") or data.get("created_at") or now_utc()
    if "." not in start_utc:
        start_utc = start_utc.replace("Z", ".000000Z")
    summary = {
        "recording_id": rec_id, "sha256": sha, "size": size, "frames": min(info.frames, round(decoded_end * info.fps)),
        "duration_s": round(decoded_end, 3),
        "fps": info.fps, "width": info.width, "height": info.height, "start_wall_utc": start_utc,
        "start_local": started.get("start_local", ""), "clock_offset_start": started.get("clock_at_start"),
        "end_reason": "interrupted", "checkpoints": len(checkpoints), "checkpoints_verified": verified,
        "last_checkpoint": checkpoints[-1] if checkpoints else None, "source": data.get("source", ""),
        "interrupted_pid": data.get("pid"), "recovered_at": now_utc(), "audio": started.get("audio", ""),
        "lang": data.get("lang", ""), "kind": data.get("kind", "unboxing"),
    }
    item = _register(app, case, video, summary, data.get("markers", []), status="interrupted",
                     flags=["interrupted"], action="recording_interrupted")
    return item.id


def _stored_whole(app: App, sha: str, video: Path) -> bool:
    try:
        return app.objects.path_for(sha).stat().st_size == video.stat().st_size
    except OSError:
        return False


def _hash_and_check(video: Path, checkpoints: list[dict[str, Any]]) -> tuple[str, int, int]:
    """(SHA-256, size, how many running digests match the file's prefix) in one read of the file.
    Matching checkpoints prove the bytes were not changed between the crash and the recovery."""
    wanted = {int(cp.get("bytes", 0)): cp.get("sha256_so_far") for cp in checkpoints}
    with open(video, "rb") as f:
        sha, size, prefixes = sha256_with_prefixes(f, wanted)
    return sha, size, sum(1 for n, digest in prefixes.items() if wanted.get(n) == digest)
