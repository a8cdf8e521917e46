"""A live take (DESIGN §4): the recording session, its checklist, overlay texts, sidecar and the item it becomes."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ... import __version__, config
from ...core import times
from ...core.errors import DiskFull, InvalidInput, RecordingFailed, StoreBusy
from ...core.faults import fault_point
from ...core.journal import now_utc
from ...core.langs import normalize_lang
from ...core.models import Case, Item
from ...store import items_repo, journal_repo
from ..app import App
from ..cases import get_case
from .keyframes import make_keyframes

log = logging.getLogger(__name__)

# benchmarks/record.py on the 2-core reference machine (shared, load 8): 1080p30 with libx264 ultrafast+zerolatency
# held 0 dropped frames for 60 s using 38% CPU; veryfast needed twice the CPU and dropped frames under that load
# (even 720p did). Files are ~2x larger (~100 MB a minute at 1080p); --preset veryfast halves that on a quiet
# machine.
DEFAULT_SIZE = (1920, 1080)
DEFAULT_FPS = 30
DEFAULT_PRESET = "ultrafast"
CHECKPOINT_S = 10.0

# DESIGN §4, in the order an unboxing goes.
DEFAULT_CHECKLIST = {
    "zh_CN": ["面单和运单号", "包裹六面", "封条/胶带完好", "开箱", "商品", "配件", "瑕疵特写", "序列号/IMEI", "称重（如需要）"],
    "en": ["Shipping label and waybill", "All six sides", "Seal and tape intact", "Opening", "The item",
           "Accessories", "Defect close-up", "Serial number / IMEI", "Weight on a scale (if relevant)"],
    "fr": ["Étiquette et numéro de suivi", "Les six faces", "Scellés et adhésif intacts", "Ouverture", "L'article",
           "Accessoires", "Gros plan du défaut", "Numéro de série / IMEI", "Poids sur une balance (si utile)"],
}
# A screen take (录屏取证) follows the seeds: who is logged in, the order, the chat scrolled from its first message
# (so nothing looks cut), the refusal, the logistics page.
SCREEN_CHECKLIST = {
    "zh_CN": ["账号名称/ID", "订单页面", "聊天记录（从第一条开始）", "商家拒绝的内容", "物流信息"],
    "en": ["Account name / ID", "Order page", "Chat from the first message", "The seller's refusal",
           "Logistics tracking"],
    "fr": ["Nom / identifiant du compte", "Page de la commande", "Discussion depuis le premier message",
           "Le refus du vendeur", "Suivi de la livraison"],
}
SCREEN_KIND = "screen"  # item kind of a screen take; a camera take is "unboxing"
PAUSE_LABEL = {"zh_CN": "暂停", "en": "Pause", "fr": "Pause"}
RESUME_LABEL = {"zh_CN": "继续", "en": "Resume", "fr": "Reprise"}
_OVERLAY_TEXT = {
    "zh_CN": {"order": "订单号 {order}", "step": "步骤 {n}/{total}: {label}", "done": "清单已完成", "paused": "暂停中"},
    "en": {"order": "Order {order}", "step": "Step {n}/{total}: {label}", "done": "Checklist done",
           "paused": "Paused"},
    "fr": {"order": "Commande {order}", "step": "Étape {n}/{total} : {label}", "done": "Liste terminée",
           "paused": "En pause"},
}
# A network source (phone, IP camera) lost its link: marked at the loss and at the return, and said on the picture.
LINK_LOST_LABEL = {"zh_CN": "画面中断（网络连接断开）", "en": "Picture lost (network link down)",
                   "fr": "Image perdue (liaison réseau coupée)"}
LINK_BACK_LABEL = {"zh_CN": "画面恢复（中断 {s} 秒）", "en": "Picture back after a {s} s gap",
                   "fr": "Image revenue après {s} s d'interruption"}
LINK_NOTE_S = 8.0  # how long the overlay says that the picture came back after a gap


def case_language(case: Case) -> str:
    """The language a recording's overlay speaks: the reviewer's (Chinese for a Chinese platform)."""
    return "zh_CN" if case.platform in times.CHINESE_PLATFORMS else "en"


def _platform_label(platform: str) -> str:
    """The platform named on the overlay for any reviewer: its Chinese and English names, from the playbook."""
    from ..playbook import load_playbook

    if platform in ("", "other"):
        return ""
    name = load_playbook().platform(platform).name
    zh, en = name.get("zh_CN", ""), name.get("en", "")
    return en if zh == en else f"{zh} {en}".strip()


def checklist_for(case: Case, lang: str | None = None) -> list[str]:
    """The case's own checklist (editable per case), else the default in the case's language."""
    if case.checklist:
        return list(case.checklist)
    return list(DEFAULT_CHECKLIST.get(normalize_lang(lang) if lang else case_language(case), DEFAULT_CHECKLIST["en"]))


def screen_checklist(lang: str) -> list[str]:
    return list(SCREEN_CHECKLIST.get(normalize_lang(lang), SCREEN_CHECKLIST["en"]))


def is_screen_source(spec: str) -> bool:
    return spec.partition(":")[0] in ("screen", "window")


def list_windows() -> list[str]:
    """Titles of the open windows a screen take can record (``window:TITLE``); empty where they cannot be
    listed (Wayland, Windows, macOS: the title is typed)."""
    from ...capture.screen import window_titles

    return window_titles()


def list_sources() -> list[str]:
    """What can be recorded from: ``camera:N`` for each camera that opens, then ``file:PATH`` and ``synthetic``."""
    from ...capture.sources import available_sources

    return available_sources()


def parse_size(text: str) -> tuple[int, int]:
    """``1280x720`` → (1280, 720), or SourceInvalid (the capture layer's rule, loaded only when asked)."""
    from ...capture.sources import parse_size as parse

    return parse(text)


def recordings_dir(app: App) -> Path:
    d = app.home / "recordings"
    d.mkdir(parents=True, exist_ok=True)
    return d


def _utc(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _local(ts: float) -> str:
    return datetime.fromtimestamp(ts).astimezone().isoformat(timespec="seconds")


def clock_check(app: App | None = None, ts: Any = None) -> dict[str, Any]:
    """Offset of the system clock against the configured timestamp authority (services/proof/timestamping.py); when
    none is configured or it cannot be reached, say so rather than claim an offset. ``ts`` reuses a token just
    requested (the one over the take's hash at stop). The monotonic-vs-wall drift is recorded apart."""
    from ..proof import timestamping

    if ts is not None:
        c = timestamping.clock_statement(ts)
    elif app is not None:
        c = timestamping.check_clock(app)
    else:
        c = timestamping.clock_statement(None)
    return {**c, "status": "checked" if c["checked"] else "not checked",
            "detail": timestamping.describe_clock(c), "system_clock": now_utc()}


@dataclass
class _Sidecar:
    path: Path
    data: dict[str, Any]

    def snapshot(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=1)

    def save(self, text: str | None = None) -> None:
        """Atomically replace the sidecar (with ``text``, a snapshot taken under the session's lock, when the
        data may change meanwhile)."""
        tmp = self.path.with_suffix(".json.new")
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(self.snapshot() if text is None else text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)


class RecordingSession:
    def __init__(
        self, app: App, case_id: str, source: Any = "synthetic", size: tuple[int, int] = DEFAULT_SIZE,
        fps: float = DEFAULT_FPS, checklist: list[str] | None = None, preset: str = DEFAULT_PRESET,
        audio: Any = "auto", lang: str | None = None, on_end: Callable[[str], None] | None = None,
        checkpoint_s: float = CHECKPOINT_S,
    ) -> None:
        from ...capture.sources import open_source

        self.app = app
        self.case = get_case(app, case_id)
        self.lang = normalize_lang(lang) if lang else case_language(self.case)
        self.checklist = list(checklist) if checklist is not None else checklist_for(self.case, self.lang)
        if isinstance(source, str) and source.partition(":")[0] == "phone":
            from ..phone_camera import phone_camera

            host = source.partition(":")[2] or None  # phone:ADDRESS binds to that address
            self.source = phone_camera(app, size, fps, host=host, lang=self.lang)
        else:
            self.source = open_source(source, size, fps) if isinstance(source, str) else source
        # A screen or window source: its own checklist, the overlay in a band below the picture, its own kind.
        self.kind = SCREEN_KIND if getattr(self.source, "needs_band", False) else "unboxing"
        if self.kind == SCREEN_KIND and checklist is None:
            self.checklist = screen_checklist(self.lang)
        self.size = size
        self.preset = preset
        self.audio_choice = audio
        self.on_end = on_end
        self.checkpoint_s = checkpoint_s
        self.id = uuid.uuid4().hex
        self.path = recordings_dir(app) / f"{self.id}.mp4"
        self.step = 0
        self.paused = False
        self.markers: list[dict[str, Any]] = []
        self.ended = threading.Event()
        self._lock = threading.Lock()
        self._recorder = None
        self._sidecar: _Sidecar | None = None
        self._item: Item | None = None
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rec-journal")
        self._link_note = ""
        self._link_note_until = 0.0
        if hasattr(self.source, "on_link"):
            self.source.on_link = self._on_link
        if hasattr(self.source, "on_mark"):  # the phone's checklist button marks the current step
            self.source.on_mark = self.mark

    # -- lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> None:
        from ...capture.overlay import Overlay
        from ...capture.recorder import Recorder

        audio, audio_note = self._audio()
        band = 0
        if self.kind == SCREEN_KIND:
            from ...capture.overlay import band_height

            w, h = self.source.picture
            self.source.set_band(band_height(w, h, config.cjk_font_path()))
            band = self.source.band
        self._overlay = Overlay(self.source.size, config.cjk_font_path(), band=band)
        self._update_overlay()
        # The sidecar exists before the file does, so a crash at any point leaves something recovery understands.
        self._sidecar = _Sidecar(self.path.with_suffix(".json"), {
            "recording_id": self.id, "case_id": self.case.id, "file": self.path.name, "state": "starting",
            "source": self.source.name, "pid": os.getpid(), "created_at": now_utc(), "markers": [],
            "checkpoints": [], "checklist": self.checklist, "lang": self.lang, "kind": self.kind,
        })
        self._sidecar.save()
        self._recorder = Recorder(
            self.source, self.path, overlay=self._overlay, preset=self.preset, audio=audio,
            on_checkpoint=self._on_checkpoint, on_end=self._on_end, checkpoint_s=self.checkpoint_s,
            metadata={"comment": f"evidenceapp recording {self.id}", "encoder": f"evidenceapp {__version__}"},
        )
        try:
            self._recorder.start()
        except BaseException:
            self._discard()
            raise
        if not audio_note:
            audio_note = self._recorder.audio_note or "none"
        self._audio_note = audio_note
        self._recorder.wait_first_frame(10.0)
        rec = self._recorder
        info = {"recording_id": self.id, "source": self.source.name, "width": rec.size[0], "height": rec.size[1],
                "fps": rec.fps, "preset": self.preset, "file": self.path.name, "audio": audio_note,
                "start_wall_utc": _utc(rec.start_wall or time.time()),
                "start_local": _local(rec.start_wall or time.time()), "clock_at_start": clock_check(self.app)}
        self._clock_start = info["clock_at_start"]
        self._sidecar.data.update(state="recording", started=info, fps=rec.fps, size=list(rec.size))
        self._sidecar.save()
        with self.app.db.tx() as con:
            journal_repo.append(con, self.case.id, "recording_started", info)
        self._tell_phone("recording")

    def _audio(self):  # type: ignore[no-untyped-def]
        from ...capture.audio import AudioInput, default_microphone

        if isinstance(self.audio_choice, AudioInput):
            return self.audio_choice, ""
        if self.audio_choice in (None, False, "off"):
            return None, "off"
        mic, why = default_microphone()
        return mic, ("" if mic else why)

    def _discard(self) -> None:
        self._writer.shutdown(wait=True)
        for p in (self.path, self.path.with_suffix(".json")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()

    @property
    def running(self) -> bool:
        return self._recorder is not None and self._recorder.stats.state == "recording" and not self.ended.is_set()

    @property
    def end_reason(self) -> str | None:
        return self._recorder.end_reason if self._recorder is not None else None

    @property
    def stats(self):  # type: ignore[no-untyped-def]
        from ...capture.recorder import RecorderStats

        return self._recorder.stats if self._recorder is not None else RecorderStats()

    def elapsed(self) -> float:
        return self._recorder.elapsed() if self._recorder is not None else 0.0

    def latest_frame(self):  # type: ignore[no-untyped-def]
        return self._recorder.latest_frame() if self._recorder is not None else None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the take ends by itself (or ``timeout``); True if it did."""
        return self.ended.wait(timeout)

    # -- markers ---------------------------------------------------------------------------------------------
    @property
    def current_step(self) -> str | None:
        return self.checklist[self.step] if self.step < len(self.checklist) else None

    def mark(self, label: str | None = None, offset_s: float | None = None) -> dict[str, Any]:
        """Store a marker at the current moment (or ``offset_s``). Without a label, marks the current checklist
        step and moves to the next one. Journalled at once and kept in the sidecar, so it survives a crash."""
        if self._recorder is None or self._sidecar is None:
            raise InvalidInput("the recording has not started", field="marker")
        with self._lock:
            if label is None:
                label = self.current_step
                if label is None:
                    raise InvalidInput("the checklist is complete", field="marker")
                self.step += 1
            elif label in self.checklist[self.step:]:
                self.step = self.checklist.index(label, self.step) + 1
            label = label.strip()
            if not label:
                raise InvalidInput("a marker needs a label", field="marker")
            offset = round(self._recorder.elapsed() if offset_s is None else float(offset_s), 3)
            marker = {"offset_s": offset, "label": label, "wall_ts": now_utc()}
            self.markers.append(marker)
            self._sidecar.data["markers"] = list(self.markers)
            self._sidecar.data["step"] = self.step
        self._update_overlay()
        self._background(self._save_marker, marker)
        return marker

    def _save_marker(self, marker: dict[str, Any]) -> None:
        assert self._sidecar is not None
        with self._lock:  # snapshot under the lock, write (fsync) outside it: mark() never waits for the disk
            text = self._sidecar.snapshot()
        self._sidecar.save(text)
        with self.app.db.tx() as con:
            journal_repo.append(con, self.case.id, "marker", {"recording_id": self.id, **marker})

    def _background(self, fn: Callable[..., None], *args: Any) -> None:
        """Disk and database writes during the take run on one writer thread, in order: an fsync or a database
        locked by another process never stalls the GUI's event loop or the encoder."""

        def run() -> None:
            try:
                fn(*args)
            except Exception:  # noqa: BLE001 - logged; the sidecar and the final entry still hold the facts
                log.exception("recording %s: background write failed", self.id)

        self._writer.submit(run)

    def pause(self) -> dict[str, Any]:
        """A pause is a marker (the take goes on: one take, one file), shown on the overlay until resume."""
        self.paused = True
        return self.mark(PAUSE_LABEL.get(self.lang, "Pause"))

    def resume(self) -> dict[str, Any]:
        self.paused = False
        return self.mark(RESUME_LABEL.get(self.lang, "Resume"))

    def _update_overlay(self) -> None:
        texts = _OVERLAY_TEXT.get(self.lang, _OVERLAY_TEXT["en"])
        platform = _platform_label(self.case.platform)
        order = texts["order"].format(order=self.case.order_no) + (f" · {platform}" if platform else "")
        if self._link_note and time.monotonic() < self._link_note_until:
            step = self._link_note
        elif self.paused:
            step = texts["paused"]
        elif self.current_step is not None:
            step = texts["step"].format(n=self.step + 1, total=len(self.checklist), label=self.current_step)
        else:
            step = texts["done"]
        self._overlay.set_lines([order, step])
        self._tell_phone()

    def _tell_phone(self, state: str | None = None) -> None:
        """The phone camera page shows the recording state, the elapsed time and the step to tap next."""
        send = getattr(self.source, "send_status", None)
        if send is None:
            return
        running = self._recorder is not None and not self.ended.is_set()
        send({"state": state or ("recording" if running else "waiting"), "elapsed": round(self.elapsed(), 1),
              "step_no": self.step + 1 if self.current_step else 0, "step_label": self.current_step or ""})

    def _on_link(self, event: str, gap_s: float) -> None:
        """The network source lost or regained its picture (its reader thread): a marker each time, journalled
        like any marker; the overlay's step line says it on the first seconds of picture after the gap."""
        if self._recorder is None:
            return
        if event == "lost":
            self.mark(LINK_LOST_LABEL.get(self.lang, LINK_LOST_LABEL["en"]))
            return
        label = LINK_BACK_LABEL.get(self.lang, LINK_BACK_LABEL["en"]).format(s=f"{gap_s:.1f}")
        self.mark(label)
        self._link_note, self._link_note_until = label, time.monotonic() + LINK_NOTE_S
        self._update_overlay()
        timer = threading.Timer(LINK_NOTE_S + 0.1, self._update_overlay)
        timer.daemon = True
        timer.start()

    # -- recorder callbacks (recorder threads) ---------------------------------------------------------------
    def _on_checkpoint(self, cp) -> None:  # type: ignore[no-untyped-def]
        payload = {"recording_id": self.id, "elapsed_s": cp.elapsed, "bytes": cp.bytes, "sha256_so_far": cp.sha256,
                   "frames": cp.frames, "dropped": cp.dropped, "duplicated": cp.duplicated}
        with self._lock:
            if self._sidecar is not None:
                self._sidecar.data["checkpoints"].append(payload)
        self._background(self._save_checkpoint, payload)

    def _save_checkpoint(self, payload: dict[str, Any]) -> None:
        assert self._sidecar is not None
        with self._lock:
            text = self._sidecar.snapshot()
        self._sidecar.save(text)
        with self.app.db.tx() as con:
            journal_repo.append(con, self.case.id, "recording_checkpoint", payload, actor="system")

    def _on_end(self, reason: str) -> None:
        self.ended.set()
        if self.on_end is not None:
            self.on_end(reason)

    # -- stop ------------------------------------------------------------------------------------------------
    def stop(self) -> Item:
        """Finalise the file and turn it into an item. Idempotent; works after the take ended by itself."""
        if self._item is not None:
            return self._item
        if self._recorder is None or self._sidecar is None:
            raise InvalidInput("the recording has not started", field="recording")
        from ...capture.recorder import END_USER

        self._tell_phone("stopped")
        res = self._recorder.stop(END_USER)
        self.ended.set()
        self._writer.shutdown(wait=True)  # markers and checkpoints are journalled before the final entry
        if res.frames == 0:
            self._discard()
            with self.app.db.tx() as con:
                journal_repo.append(con, self.case.id, "recording_failed", {
                    "recording_id": self.id, "reason": res.end_reason, "error": res.error})
            raise RecordingFailed(res.error or f"no frame was recorded ({res.end_reason})")
        from ..proof import timestamping

        # Trusted timestamp of the take's hash when a TSA is configured; its answer also checks the clock at stop.
        ts = timestamping.request_for_object(self.app, res.sha256, timeout=10.0)
        clock_stop = clock_check(self.app, ts) if ts is not None else clock_check()
        summary = {
            "recording_id": self.id, "sha256": res.sha256, "size": res.size, "frames": res.frames,
            "frames_captured": res.frames_captured, "dropped": res.dropped, "duplicated": res.duplicated,
            "gaps": res.gaps, "duration_s": round(res.duration, 3), "fps": res.fps,
            "width": res.width, "height": res.height,
            "start_wall_utc": _utc(res.start_wall), "end_wall_utc": _utc(res.end_wall),
            "start_local": _local(res.start_wall), "end_local": _local(res.end_wall),
            "clock_offset_start": self._clock_start, "clock_offset_stop": clock_stop,
            "wall_vs_monotonic_drift_s": round(res.clock_drift_s, 6), "end_reason": res.end_reason,
            "error": res.error, "audio": res.audio or self._audio_note, "checkpoints": len(res.checkpoints),
            "preset": self.preset, "source": self.source.name, "lang": self.lang, "kind": self.kind,
        }
        if hasattr(self.source, "describe"):
            summary["capture"] = self.source.describe()
        flags = [] if res.end_reason == END_USER else [res.end_reason]
        try:
            # The sidecar must say "finishing" (with the hash) before the file moves into the object store: a crash
            # after the move is then completed at the next start instead of the object being cleaned as unused.
            self._sidecar.data.update(state="finishing", sha256=res.sha256, summary=summary)
            self._sidecar.save()
            item = _register(self.app, self.case, self.path, summary, self.markers, status="ok", flags=flags,
                             action="recording_finished")
        except (OSError, sqlite3.Error, DiskFull, StoreBusy) as exc:
            # Disk full or database trouble at the very end: the take stays on disk with its sidecar and the next
            # start adds it (as finished, or as interrupted with its real hash if the sidecar could not be updated).
            log.exception("recording %s could not be stored", self.id)
            raise RecordingFailed(f"the take could not be added to the case ({exc}); it is kept and will be added"
                                  " the next time the app starts") from exc
        if ts is not None:
            timestamping.record_object_timestamp(self.app, self.case.id, res.sha256, ts, what="recording")
        self._sidecar.path.unlink(missing_ok=True)
        self._item = item
        if res.end_reason == "disk_full":
            log.warning("recording %s stopped: disk full; %d bytes kept", self.id, res.size)
        return item


def _item_name(case: Case, start_wall: float, kind: str = "unboxing") -> str:
    from ...core.names import safe_component

    stamp = datetime.fromtimestamp(start_wall).strftime("%Y%m%d-%H%M%S")
    return f"{kind}-{safe_component(case.order_no, 'order')}-{stamp}.mp4"


def _register(app: App, case: Case, path: Path, summary: dict[str, Any], markers: list[dict[str, Any]],
              status: str, flags: list[str], action: str) -> Item:
    """Put the finished (or recovered) file into the object store and record item, markers and journal entries
    in one transaction; then derive keyframes and the contact sheet (regenerable, so outside it).

    The take stays in ``recordings/`` (the store gets a hard link or a copy) until the item row has committed:
    if the commit fails (database locked, disk full, kill -9) the sidecar and the file are still where the next
    start's recovery finds them, and the start-up sweep leaves the already-stored object alone."""
    sha = summary["sha256"]
    app.pending_objects.add(sha)
    fault_point("recovery.adopt")
    if path.exists():
        app.objects.adopt(path, sha)
    elif not app.objects.has(sha):
        raise RecordingFailed(f"the take {path.name} is neither in recordings/ nor in the store")
    start = datetime.strptime(summary["start_wall_utc"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()
    kind = summary.get("kind") or "unboxing"
    item = Item(
        id=uuid.uuid4().hex, case_id=case.id, kind=kind, sha256=sha, size=summary["size"], source="recorder",
        imported_at=now_utc(), original_name=_item_name(case, start, kind), mime="video/mp4",
        captured_at=summary["start_wall_utc"][:19] + "Z", captured_at_source="recorder",
        width=summary.get("width"), height=summary.get("height"), duration=summary.get("duration_s"),
        software=f"evidenceapp {__version__} recorder", flags=flags, metadata={"recording": summary},
        status=status,
    )
    with app.db.tx() as con:
        fault_point("recovery.commit.insert")
        item.exhibit_order = items_repo.next_exhibit_order(con, case.id)
        items_repo.insert(con, item)
        for m in markers:
            items_repo.add_marker(con, item.id, m["offset_s"], m["label"], m.get("wall_ts", ""))
        journal_repo.append(con, case.id, "item_added", {
            "item_id": item.id, "sha256": sha, "size": item.size, "name": item.original_name,
            "source": "recorder", "kind": kind, "mime": "video/mp4"})
        fault_point("recovery.commit.journal")
        journal_repo.append(con, case.id, action, {**summary, "item_id": item.id, "markers": len(markers)},
                            actor="system" if action == "recording_interrupted" else "user")
    app.pending_objects.discard(sha)
    fault_point("recovery.committed")
    # Committed: the store's copy is the take now. The sidecar goes last (it is what tells recovery to look).
    path.unlink(missing_ok=True)
    fault_point("recovery.unlinked")
    path.with_suffix(".json").unlink(missing_ok=True)
    try:
        make_keyframes(app, item.id)
    except Exception:  # noqa: BLE001 - keyframes are regenerable (`evidenceapp keyframes`); the item is safe
        log.exception("keyframes for %s failed", item.id)
    got = items_repo.get(app.db.con, item.id)
    assert got is not None
    return got
