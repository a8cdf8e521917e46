"""The unboxing recorder as a use case (DESIGN §4): one continuous take → an item of kind ``unboxing``.

API for the CLI and the GUI (Qt-free; the GUI polls, it is never called back on a non-GUI thread unless it asks):

    session = RecordingSession(app, case_id, source="camera:0",   # or "file:PATH", "synthetic", a VideoSource
                               size=(1280, 720), fps=30, checklist=None)  # None: the case's or the default list
    session.start()            # opens source + file, waits for the first frame (≤ 10 s: call it off the GUI
                               # thread); raises CameraUnavailable (E_CAMERA_UNAVAILABLE, lists sources),
                               # SourceInvalid (E_SOURCE_INVALID)
    session.latest_frame()     # numpy RGB uint8 (H, W, 3), read-only: the overlaid frame exactly as encoded
    session.stats              # RecorderStats: elapsed, frames_captured, frames_written, dropped, duplicated …
    session.step               # index of the current checklist step; session.checklist the labels
    session.mark()             # marks the current checklist step and moves to the next; mark("label") any label;
                               # returns at once (sidecar + journal are written on a writer thread)
    session.pause() / resume() # pauses are markers, never cuts: one take = one file
    session.ended              # set when the take ended by itself (source ended/failed, disk full)
    session.end_reason         # None while running; "user", "source_ended", "source_error", "disk_full" …
    item = session.stop()      # finalise → Item(kind="unboxing"), markers stored, keyframes + contact sheet
                               # (takes a second or two: call it off the GUI thread)
    list_sources()             # ["camera:0", …, "file:PATH", "synthetic"] (cameras that open on this computer)

Capture and encoding run in the recorder's own two threads with a bounded queue (capture/recorder.py), so
``mark``/``stats``/``latest_frame`` are cheap and safe to call from a GUI timer. ``on_end(reason)`` (optional)
is called from a recorder thread when the take ends by itself; a GUI should only set a flag there.

Crash safety: the take is written to ``home/recordings/<id>.mp4`` (not ``tmp/``, which start-up empties) with a
sidecar ``<id>.json`` (case, markers, checkpoints) updated as it goes. Every 10 s a ``recording_checkpoint``
journal entry records the bytes written and the running SHA-256. If the process dies, the next start (the
``recover_interrupted`` start-up hook) journals ``recording_interrupted`` and adds what was written as an item
with status ``interrupted``, its real hash, and the markers made before the crash.
"""

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

from .. import __version__, config
from ..core import times
from ..core.errors import DiskFull, EvidenceError, InvalidInput, NotFound, RecordingFailed, StoreBusy
from ..core.faults import fault_point
from ..core.hashing import sha256_with_prefixes
from ..core.journal import now_utc
from ..core.langs import normalize_lang
from ..core.models import SYSTEM_CHAIN, Case, Item, Marker
from ..store import cases_repo, items_repo, journal_repo
from .app import App
from .cases import get_case

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
    from .playbook import load_playbook

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
    from ..capture.screen import window_titles

    return window_titles()


def list_sources() -> list[str]:
    """What can be recorded from: ``camera:N`` for each camera that opens, then ``file:PATH`` and ``synthetic``."""
    from ..capture.sources import available_sources

    return available_sources()


def parse_size(text: str) -> tuple[int, int]:
    """``1280x720`` → (1280, 720), or SourceInvalid (the capture layer's rule, loaded only when asked)."""
    from ..capture.sources import parse_size as parse

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
    """Offset of the system clock against the configured timestamp authority (services/timestamping.py); when
    none is configured or it cannot be reached, say so rather than claim an offset. ``ts`` reuses a token just
    requested (the one over the take's hash at stop). The monotonic-vs-wall drift is recorded apart."""
    from . import timestamping

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
        from ..capture.sources import open_source

        self.app = app
        self.case = get_case(app, case_id)
        self.lang = normalize_lang(lang) if lang else case_language(self.case)
        self.checklist = list(checklist) if checklist is not None else checklist_for(self.case, self.lang)
        if isinstance(source, str) and source.partition(":")[0] == "phone":
            from .phone_camera import phone_camera

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
        from ..capture.overlay import Overlay
        from ..capture.recorder import Recorder

        audio, audio_note = self._audio()
        band = 0
        if self.kind == SCREEN_KIND:
            from ..capture.overlay import band_height

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
        from ..capture.audio import AudioInput, default_microphone

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
        from ..capture.recorder import RecorderStats

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
        from ..capture.recorder import END_USER

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
        from . import timestamping

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
    from ..core.names import safe_component

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


# -- keyframes and contact sheet ---------------------------------------------------------------------------------
KEYFRAME_DIR = "keyframes"
CONTACT_SHEET = "contact-sheet.jpg"


@dataclass
class KeyframeSet:
    item_id: str
    keyframes: list[dict[str, Any]]  # {"offset_s", "label", "path"}
    contact_sheet: Path

    def to_json(self) -> dict[str, Any]:
        return {"item_id": self.item_id, "contact_sheet": str(self.contact_sheet),
                "keyframes": [{**k, "path": str(k["path"])} for k in self.keyframes]}


def make_keyframes(app: App, item_id: str) -> KeyframeSet:
    """(Re)build the keyframe images of a recording or video item in ``derived/<sha>/keyframes/`` and its contact
    sheet: one frame per marker plus the first and last frame (evenly spaced frames when it has no markers)."""
    from ..media import frames as kf

    item = items_repo.get(app.db.con, item_id)
    if item is None:
        raise NotFound(what="item", key=item_id)
    src = app.objects.path_for(item.sha256)
    info = kf.probe(src)
    if info is None:
        raise InvalidInput("the item holds no decodable video", field="item")
    markers = items_repo.markers(app.db.con, item.id)
    duration = info.duration
    last = max(0.0, duration - 0.5 / info.fps)
    wanted: list[tuple[float, str, Marker | None]] = [(0.0, _START.get(_lang_of(item), "Start"), None)]
    # One frame before the mark: the overlay switches to the next checklist step as the button is pressed, and the
    # keyframe should show the step being marked.
    wanted += [(min(max(0.0, m.offset_s - 1 / info.fps), last), m.label, m) for m in markers]
    if not markers:
        n = 6
        wanted += [(duration * i / n, "", None) for i in range(1, n)]
    wanted.append((last, _END.get(_lang_of(item), "End"), None))
    frames = kf.grab(src, [w[0] for w in wanted])
    out = app.objects.derived(item.sha256) / KEYFRAME_DIR
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jpg"):
        old.unlink()
    from PIL import Image

    start_wall = _start_wall(item)
    result: list[dict[str, Any]] = []
    tiles = []
    case_zone = times.case_zone(get_case(app, item.case_id).platform)
    for n, ((_offset, label, marker), (t, rgb)) in enumerate(zip(wanted, frames, strict=False), start=1):
        name = f"{n:03d}-{int(round(t * 1000)):09d}.jpg"
        Image.fromarray(rgb).save(out / name, "JPEG", quality=88)
        rel = f"{KEYFRAME_DIR}/{name}"
        if marker is not None:
            with app.db.tx() as con:
                items_repo.set_marker_keyframe(con, marker.id, rel)
        result.append({"offset_s": round(t, 3), "label": label, "path": out / name})
        caption = [f"{_hms(t)}  {label}".rstrip()]
        if start_wall is not None:
            # In the case's zone, as the dossier shows the same keyframes' times (core.times).
            caption.append(times.clock(datetime.fromtimestamp(start_wall + t, UTC), case_zone))
        tiles.append((rgb, caption))
    case = get_case(app, item.case_id)
    title = f"{case.order_no} · {item.original_name} · sha256 {item.sha256[:16]}…"
    sheet = kf.contact_sheet(tiles, config.cjk_font_path(), columns=3, title=title)
    sheet_path = app.objects.derived(item.sha256) / CONTACT_SHEET
    sheet.save(sheet_path, "JPEG", quality=88)
    return KeyframeSet(item.id, result, sheet_path)


_START = {"zh_CN": "开始", "en": "Start", "fr": "Début"}
_END = {"zh_CN": "结束", "en": "End", "fr": "Fin"}


def _lang_of(item: Item) -> str:
    rec = item.metadata.get("recording", {}) if isinstance(item.metadata, dict) else {}
    # Recordings made before zh_CN was the only spelling stored "zh": normalize_lang reads both.
    return normalize_lang(rec.get("lang", "zh_CN" if any("\u4e00" <= c <= "\u9fff" for c in item.original_name)
                                  else "en"))


def _start_wall(item: Item) -> float | None:
    rec = item.metadata.get("recording", {}) if isinstance(item.metadata, dict) else {}
    ts = rec.get("start_wall_utc")
    if not ts:
        return None
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()


def _hms(t: float) -> str:
    tenths = int(round(t * 10))
    s, d = divmod(tenths, 10)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{d}"


def keyframes_for(app: App, item_id: str) -> KeyframeSet:
    """The keyframes already derived for an item, building them when missing (derived files are regenerable)."""
    item = items_repo.get(app.db.con, item_id)
    if item is None:
        raise NotFound(what="item", key=item_id)
    d = app.objects.derived(item.sha256)
    sheet = d / CONTACT_SHEET
    files = sorted((d / KEYFRAME_DIR).glob("*.jpg")) if (d / KEYFRAME_DIR).is_dir() else []
    if not sheet.is_file() or not files:
        return make_keyframes(app, item_id)
    labels = {m.keyframe: m.label for m in items_repo.markers(app.db.con, item_id)}
    kfs = [{"offset_s": int(p.stem.split("-")[1]) / 1000, "label": labels.get(f"{KEYFRAME_DIR}/{p.name}", ""),
            "path": p} for p in files]
    return KeyframeSet(item_id, kfs, sheet)


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
    from ..media import frames as kf

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


