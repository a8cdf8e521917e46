"""One take: source → overlay → bounded queue → H.264 fragmented MP4, in two threads. Knows nothing of the store.

    rec = Recorder(source, path, overlay=..., on_checkpoint=fn, on_end=fn)
    rec.start()            # opens the source and the file; raises CameraUnavailable/SourceInvalid
    rec.elapsed()          # seconds on the capture clock since the first frame (marker offsets)
    rec.latest_frame()     # the last overlaid RGB frame, exactly what is encoded (read-only)
    rec.stats              # RecorderStats
    result = rec.stop()    # RecorderResult: sha256, size, frames, dropped, duplicated, duration, clocks …

Capture thread: reads the source at its pace, gives each frame a CFR slot from its capture timestamp, draws the
overlay, converts it to I420 and offers it to a bounded queue (2 s, at most 256 MB); when the queue is full
(encoder behind) the frame is dropped and counted, never buffered without limit. Encoder thread: fills slots the capture skipped by repeating the previous
frame (counted as duplicated) so the file stays constant-rate and in step with the clock, encodes, and every
``checkpoint_s`` reports bytes-so-far and the running SHA-256.

The take ends by itself when the source ends or raises, or the disk fills up: ``on_end(reason)`` is called and
``stop()`` then finalises what was written. No exception escapes the threads.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .audio import AudioInput
from .encoder import DiskFullError, EncoderConfig, H264Writer
from .overlay import Overlay
from .sources import SourceError, VideoSource

log = logging.getLogger(__name__)

MAX_FILL_S = 2.0  # a capture gap longer than this (machine suspended) is left as a timestamp gap, not filled
LATE_SLACK = 2.0  # frames a capture may run late (scheduling jitter) before the slot it missed is duplicated
QUEUE_S = 2.0  # seconds of frames the encoder may fall behind (a stall when other programs take the CPU) …
QUEUE_BYTES = 256 * 1024 * 1024  # … within this many bytes of I420 frames

END_USER = "user"
END_SOURCE_ENDED = "source_ended"
END_SOURCE_ERROR = "source_error"
END_DISK_FULL = "disk_full"
END_ENCODER_ERROR = "encoder_error"


@dataclass
class Checkpoint:
    elapsed: float
    wall: float
    bytes: int
    sha256: str  # digest of the first ``bytes`` bytes of the file
    frames: int
    dropped: int
    duplicated: int


@dataclass
class RecorderStats:
    state: str = "idle"  # idle | recording | stopping | stopped
    elapsed: float = 0.0
    frames_captured: int = 0
    frames_written: int = 0
    dropped: int = 0  # frames the capture produced that are not in the file (encoder behind, or early)
    dropped_queue_full: int = 0  # of which: the encoder was behind and the bounded queue full
    duplicated: int = 0  # slots filled by repeating the previous frame (capture late)
    gaps: int = 0  # capture gaps over MAX_FILL_S left as timestamp gaps
    bytes_written: int = 0
    queued: int = 0

    @property
    def fps(self) -> float:
        return self.frames_captured / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "fps": round(self.fps, 2)}


@dataclass
class RecorderResult:
    path: Path
    sha256: str
    size: int
    width: int
    height: int
    fps: float
    frames: int  # frames in the file (incl. duplicated)
    frames_captured: int
    dropped: int
    duplicated: int
    gaps: int
    duration: float  # seconds of video in the file
    start_wall: float
    end_wall: float
    start_mono: float
    end_mono: float
    end_reason: str
    error: str = ""
    audio: str = ""
    checkpoints: list[Checkpoint] = field(default_factory=list)

    @property
    def clock_drift_s(self) -> float:
        """How far the wall clock moved against the monotonic clock during the take: non-zero means the
        system clock was changed (or NTP stepped it) while recording."""
        return (self.end_wall - self.start_wall) - (self.end_mono - self.start_mono)


_STOP = object()


class Recorder:
    def __init__(
        self, source: VideoSource, path: Path, *, overlay: Overlay | None = None, preset: str = "ultrafast",
        audio: AudioInput | None = None, on_checkpoint: Callable[[Checkpoint], None] | None = None,
        on_end: Callable[[str], None] | None = None, checkpoint_s: float = 10.0,
        metadata: dict[str, str] | None = None,
    ) -> None:
        self.source = source
        self.path = path
        self.overlay = overlay
        self.preset = preset
        self.audio = audio
        self.on_checkpoint = on_checkpoint
        self.on_end = on_end
        self.checkpoint_s = checkpoint_s
        self.metadata = metadata or {}
        self.stats = RecorderStats()
        self.end_reason: str | None = None
        self.error = ""
        self.audio_note = ""
        self.checkpoints: list[Checkpoint] = []
        self._stop = threading.Event()
        self._started = threading.Event()
        self._latest: np.ndarray | None = None
        self._t0_mono: float | None = None
        self._t0_wall: float = 0.0
        self._last_mono: float = 0.0
        self._last_wall: float = 0.0
        self._writer: H264Writer | None = None
        self._threads: list[threading.Thread] = []
        self._result: RecorderResult | None = None
        self._end_lock = threading.Lock()
        self._final: tuple[int, str] = (0, "")

    # -- public API ------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the source and the output file and start the threads. Source errors raise here."""
        self.source.open()
        try:
            self.fps = float(self.source.fps)
            self.size = self.source.size
            self._writer = H264Writer(self.path, EncoderConfig(self.size, self.fps, self.preset),
                                      metadata=self.metadata)
            if self.audio is not None:
                try:
                    self._writer.add_audio(self.audio.rate)
                    self.audio.start()
                    self.audio_note = self.audio.name
                except Exception as exc:  # noqa: BLE001 - no audio is never a reason to fail the take
                    log.warning("audio disabled: %s", exc)
                    self.audio_note = f"audio failed: {exc}"
                    self.audio = None
        except BaseException:
            self.source.close()
            raise
        frame_bytes = self.size[0] * self.size[1] * 3 // 2  # I420
        self._queue: queue.Queue[Any] = queue.Queue(
            maxsize=max(4, min(round(self.fps * QUEUE_S), QUEUE_BYTES // frame_bytes)))
        self.stats.state = "recording"
        self._threads = [threading.Thread(target=self._capture_loop, name="rec-capture", daemon=True),
                         threading.Thread(target=self._encode_loop, name="rec-encode", daemon=True)]
        for t in self._threads:
            t.start()
        log.info("recording started: %s, %dx%d at %.3g fps, preset %s, audio %s", type(self.source).__name__,
                 self.size[0], self.size[1], self.fps, self.preset, "on" if self.audio is not None else "off")

    def elapsed(self) -> float:
        if self._t0_mono is None:
            return 0.0
        return time.monotonic() - self._t0_mono

    def wait_first_frame(self, timeout: float = 10.0) -> bool:
        return self._started.wait(timeout)

    @property
    def start_wall(self) -> float:
        return self._t0_wall

    def latest_frame(self) -> np.ndarray | None:
        return self._latest

    def wait(self, timeout: float | None = None) -> bool:
        """True once the take has ended by itself (source ended/raised, disk full)."""
        return self._stop.wait(timeout)

    def stop(self, reason: str = END_USER) -> RecorderResult:
        if self._result is not None:
            return self._result
        self._end(reason)
        self.stats.state = "stopping"
        interrupt = getattr(self.source, "interrupt", None)
        if interrupt is not None:  # a network source may be waiting through a reconnection: wake it
            interrupt()
        for t in self._threads:
            t.join()
        if self.audio is not None:
            self.audio.stop()
        self.source.close()
        assert self._writer is not None
        size, sha = self._final
        self.stats.state = "stopped"
        fps = self.fps
        start_mono = self._t0_mono if self._t0_mono is not None else time.monotonic()
        w = self._writer
        frames = w.frames
        duration = (w.last_pts + 1) / fps if w.last_pts >= 0 else 0.0
        self._result = RecorderResult(
            path=self.path, sha256=sha, size=size, width=self.size[0], height=self.size[1], fps=fps,
            frames=frames, frames_captured=self.stats.frames_captured, dropped=self.stats.dropped,
            duplicated=self.stats.duplicated, gaps=self.stats.gaps, duration=duration,
            start_wall=self._t0_wall or time.time(), end_wall=self._last_wall or time.time(),
            start_mono=start_mono, end_mono=self._last_mono or start_mono,
            end_reason=self.end_reason or reason, error=self.error, audio=self.audio_note,
            checkpoints=list(self.checkpoints),
        )
        r = self._result
        log.info("recording stopped (%s): %d frames written, %d captured, %d dropped, %d duplicated, %d gaps, %.1f s,"
                 " %d bytes", r.end_reason, r.frames, r.frames_captured, r.dropped, r.duplicated, r.gaps,
                 r.duration, r.size)
        return self._result

    # -- threads ---------------------------------------------------------------------------------------------
    def _end(self, reason: str, error: str = "") -> None:
        with self._end_lock:
            first = self.end_reason is None
            if first:
                self.end_reason = reason
                self.error = error
            self._stop.set()
        if first and reason != END_USER and self.on_end is not None:
            try:
                self.on_end(reason)
            except Exception:  # noqa: BLE001 - a callback bug must not kill the recording thread silently
                log.exception("on_end callback failed")

    def _capture_loop(self) -> None:
        fps = self.fps
        expected = 0  # the next CFR slot
        try:
            while not self._stop.is_set():
                try:
                    frame = self.source.read()
                except SourceError as exc:
                    self._end(END_SOURCE_ERROR, str(exc))
                    break
                if frame is None:
                    self._end(END_SOURCE_ENDED)
                    break
                if self._t0_mono is None:
                    self._t0_mono, self._t0_wall = frame.mono, frame.wall
                    self._started.set()
                self._last_mono, self._last_wall = frame.mono, frame.wall
                self.stats.frames_captured += 1
                elapsed = frame.mono - self._t0_mono
                self.stats.elapsed = elapsed
                # Jitter up to LATE_SLACK frames keeps the next slot; later than that leaves a gap the encoder
                # fills with duplicates; over a frame early (camera faster than announced) drops the frame. The
                # file stays constant-rate and within a couple of frames of the capture clock.
                actual = elapsed * fps
                if actual < expected - 1:
                    self.stats.dropped += 1
                    continue
                slot = expected if actual < expected + LATE_SLACK else round(actual)
                expected = slot + 1
                if self.overlay is not None:
                    self.overlay.apply(frame.rgb, frame.wall, elapsed, slot)
                frame.rgb.flags.writeable = False
                self._latest = frame.rgb
                try:
                    # Converted here, not in the encoder thread: the two threads share the work, and a queued
                    # I420 frame is half the bytes of RGB, so the queue holds twice as long a stall.
                    self._queue.put_nowait((slot, H264Writer.to_yuv(frame.rgb)))
                except queue.Full:
                    self.stats.dropped += 1
                    self.stats.dropped_queue_full += 1
                self.stats.queued = self._queue.qsize()
        except Exception as exc:  # noqa: BLE001 - a bug in a source or the overlay ends the take, cleanly
            log.exception("capture failed")
            self._end(END_SOURCE_ERROR, f"{type(exc).__name__}: {exc}")
        finally:
            self._started.set()
            self._put_stop()

    def _put_stop(self) -> None:
        while True:
            try:
                self._queue.put(_STOP, timeout=0.2)
                return
            except queue.Full:
                if not self._threads[1].is_alive():
                    return

    def _encode_loop(self) -> None:
        w = self._writer
        assert w is not None
        max_fill = max(1, round(MAX_FILL_S * self.fps))
        prev = None
        last = -1
        next_checkpoint = time.monotonic() + self.checkpoint_s
        failed = False
        try:
            while True:
                item = self._queue.get()
                if item is _STOP:
                    break
                if failed:
                    continue  # keep draining so the capture thread never blocks
                slot, yuv = item
                gap = slot - last - 1
                if prev is not None and gap > 0:
                    if gap <= max_fill:
                        for k in range(1, gap + 1):
                            w.write_yuv(prev, last + k)
                        self.stats.duplicated += gap
                    else:
                        self.stats.gaps += 1
                w.write_yuv(yuv, slot)
                prev, last = yuv, slot
                self.stats.frames_written = w.frames
                self.stats.bytes_written = w.sink.size
                if self.audio is not None:
                    w.write_audio(self.audio.read())
                if time.monotonic() >= next_checkpoint:
                    next_checkpoint += self.checkpoint_s
                    self._checkpoint()
        except DiskFullError as exc:
            self._end(END_DISK_FULL, str(exc))
            failed = True
            self._drain()
        except Exception as exc:  # noqa: BLE001 - encoder trouble ends the take; what is written stays
            log.exception("encoder failed")
            self._end(END_ENCODER_ERROR, f"{type(exc).__name__}: {exc}")
            self._drain()
        finally:
            self._final = w.close()
            self.stats.bytes_written = self._final[0]

    def _drain(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return

    def _checkpoint(self) -> None:
        assert self._writer is not None
        size, digest = self._writer.checkpoint()
        cp = Checkpoint(round(self.stats.elapsed, 3), time.time(), size, digest, self._writer.frames,
                        self.stats.dropped, self.stats.duplicated)
        self.checkpoints.append(cp)
        if self.on_checkpoint is not None:
            try:
                self.on_checkpoint(cp)
            except Exception:  # noqa: BLE001 - journalling trouble is logged; the take goes on
                log.exception("checkpoint callback failed")
