"""Network video as a recorder source: a phone IP-webcam app or a network camera (``url:rtsp://…``,
``url:http://…/video`` MJPEG, MPEG-TS …), decoded by FFmpeg through PyAV.

A Wi-Fi link drops. A reader thread reconnects on its own; the take goes on, and the loss and the return are told
to the recording (``on_link``), which marks them (journalled markers, shown on the overlay, listed in the dossier).
No frame is invented for the gap: the file keeps a timestamp gap (the recorder counts it). After ``GIVE_UP_S`` without
a picture the take ends, marked, never silently.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from ..core.errors import CameraUnavailable, SourceInvalid
from .arrivals import Arrivals
from .sources import Frame, fit

log = logging.getLogger(__name__)

SCHEMES = ("rtsp", "rtsps", "http", "https")
OPEN_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 5.0
GIVE_UP_S = 120.0  # no picture for two minutes: the take ends (marked) rather than waiting for ever
RATE_PROBE_S = 1.5


class UrlSource:
    needs_band = False

    def __init__(self, url: str, size: tuple[int, int], fps: float) -> None:
        self.name = f"url:{url}"
        self.url = url
        self.size = size
        self.fps = fps
        self.on_link: Callable[[str, float], None] | None = None  # ("lost", 0) / ("restored", gap seconds)
        self.link_gaps: list[tuple[float, float]] = []  # (wall time lost, seconds without picture)
        self.arrivals = Arrivals()
        self._closed = False
        self._dead = False
        self._container: Any = None
        self._thread: threading.Thread | None = None
        self._early: list[Frame] = []

    # -- opening ----------------------------------------------------------------------------------------------
    def open(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme.lower() not in SCHEMES or not parts.hostname:
            raise SourceInvalid("a stream address must start with rtsp:// or http(s):// and name a host",
                                source=self.name)
        self._container = self._connect()
        self._probe_rate()
        self._thread = threading.Thread(target=self._reader, name="url-source", daemon=True)
        self._thread.start()

    def _connect(self) -> Any:
        import av

        options = {"rtsp_transport": "tcp"} if self.url.lower().startswith("rtsp") else {}
        try:
            container = av.open(self.url, options=options, timeout=(OPEN_TIMEOUT_S, READ_TIMEOUT_S))
            if not container.streams.video:
                container.close()
                raise CameraUnavailable("the stream has no picture", source=self.name, available="")
            container.streams.video[0].thread_type = "AUTO"
            return container
        except (av.FFmpegError, OSError) as exc:
            raise CameraUnavailable(f"the stream could not be opened ({exc})", source=self.name,
                                    available="") from None

    def _probe_rate(self) -> None:
        """Time the first frames: MJPEG over HTTP announces no rate, and phones send what Wi-Fi allows."""
        started = time.monotonic()
        frames = self._container.decode(video=0)
        stamps = []
        for vf in frames:
            self._early.append(self._frame(vf))
            stamps.append(time.monotonic())
            if stamps[-1] - started > RATE_PROBE_S and len(stamps) >= 3:
                break
        self._frames = frames
        if len(stamps) >= 3 and stamps[-1] > stamps[0]:
            measured = (len(stamps) - 1) / (stamps[-1] - stamps[0])
            self.fps = float(max(1, min(60, round(measured))))

    def _frame(self, vf: Any) -> Frame:
        return Frame(fit(vf.to_ndarray(format="rgb24"), self.size), time.monotonic(), time.time())

    # -- the reader thread --------------------------------------------------------------------------------------
    def _publish(self, frame: Frame) -> None:
        self.arrivals.publish(frame)

    def _reader(self) -> None:
        import av

        self._early = []  # the rate probe's frames came before the take began: not part of it
        frames = self._frames
        while not self._closed:
            try:
                for vf in frames:
                    if self._closed:
                        return
                    self._publish(self._frame(vf))
            except (av.FFmpegError, OSError) as exc:
                log.info("stream %s: %s", self.name, exc)
            if self._closed:
                return
            frames = self._reconnect()
            if frames is None:
                return

    def _reconnect(self) -> Any:
        lost_mono, lost_wall = time.monotonic(), time.time()
        log.warning("stream %s: picture lost, reconnecting", self.name)
        self._tell("lost", 0.0)
        self._close_container()
        delay = 0.5
        while not self._closed:
            if time.monotonic() - lost_mono > GIVE_UP_S:
                self._dead = True
                with self.arrivals.cond:
                    self.arrivals.cond.notify_all()
                return None
            try:
                self._container = self._connect()
                frames = self._container.decode(video=0)
                gap = time.monotonic() - lost_mono
                self.link_gaps.append((lost_wall, round(gap, 3)))
                self._tell("restored", gap)
                return frames
            except CameraUnavailable:
                time.sleep(delay)
                delay = min(2.0, delay * 2)
        return None

    def _tell(self, event: str, gap: float) -> None:
        if self.on_link is not None:
            try:
                self.on_link(event, gap)
            except Exception:  # noqa: BLE001 - a marker that could not be written must not stop the picture
                log.exception("link event %s not recorded", event)

    # -- the recorder's side ------------------------------------------------------------------------------------
    def read(self) -> Frame | None:
        """The next picture that arrived (waiting through a reconnection), or None when the source is closed or
        gave up."""
        return self.arrivals.take(lambda: self._dead)

    def interrupt(self) -> None:
        """Wake a waiting ``read`` (the recorder is stopping)."""
        self._closed = True
        self.arrivals.close()

    @property
    def arrived(self) -> int:
        return self.arrivals.arrived

    @property
    def delivered(self) -> int:
        return self.arrivals.delivered

    @property
    def overflow(self) -> int:
        return self.arrivals.overflow

    def _close_container(self) -> None:
        container, self._container = self._container, None
        if container is not None:
            try:
                container.close()
            except Exception:  # noqa: BLE001 - a broken connection may fail to close cleanly; it is gone anyway
                pass

    def close(self) -> None:
        self.interrupt()
        if self._thread is not None:
            self._thread.join(timeout=READ_TIMEOUT_S + 2)
        self._close_container()
