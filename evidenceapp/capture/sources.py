"""Video sources behind one interface: an OpenCV camera, a video file played as a camera, a synthetic pattern.

Every source yields ``Frame`` objects: an RGB ``uint8`` array of the requested size plus the capture timestamps
(``time.monotonic()`` for pacing and the CFR clock, ``time.time()`` for the wall clock burned into the overlay).
``read()`` returns None when the source has ended (a file at its end, a camera unplugged) and raises
``SourceError`` when it fails; the recorder finalises the take either way.

Sources are opened by spec strings: ``camera:0``, ``file:/path/video.mp4``, ``synthetic``; ``screen[:N]`` and
``window:TITLE`` are in capture/screen.py.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..core import osrules
from ..core.errors import CameraUnavailable, SourceInvalid

if TYPE_CHECKING:  # numpy is loaded by the first frame, not by listing sources when the window opens
    import numpy as np


@dataclass
class Frame:
    rgb: np.ndarray  # H x W x 3 uint8, RGB
    mono: float  # time.monotonic() when the frame was captured
    wall: float  # time.time() at the same moment


class SourceError(Exception):
    """The source failed mid-take (camera gone, file unreadable). The recorder finalises and marks the take."""


class VideoSource(Protocol):
    name: str  # the spec, e.g. "camera:0"
    size: tuple[int, int]  # output (width, height)
    fps: float

    def open(self) -> None: ...

    def read(self) -> Frame | None: ...

    def close(self) -> None: ...


def _even(n: int) -> int:
    return max(2, n - n % 2)


def fit(rgb: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Scale to ``size`` keeping the aspect ratio, letterboxed in black (yuv420p wants even sizes)."""
    import cv2
    import numpy as np

    w, h = size
    ih, iw = rgb.shape[:2]
    if (iw, ih) == (w, h):
        return rgb
    scale = min(w / iw, h / ih)
    nw, nh = _even(round(iw * scale)), _even(round(ih * scale))
    scaled = cv2.resize(rgb, (nw, nh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    if (nw, nh) == (w, h):
        return scaled
    out = np.zeros((h, w, 3), np.uint8)
    y, x = (h - nh) // 2, (w - nw) // 2
    out[y:y + nh, x:x + nw] = scaled
    return out


class _Pacer:
    """Delivers frame n when it is due at ``fps`` and stamps it with that due time, as a camera driver stamps a
    frame when the sensor captured it, not when the program got round to reading it. A reader that fell behind
    gets the backlog at once (like a driver's buffer); more than a second behind, the schedule restarts and the
    jump shows in the timestamps (the recorder leaves it as a gap)."""

    def __init__(self, fps: float) -> None:
        self.period = 1.0 / fps
        self.t0: float | None = None
        self.wall0 = 0.0
        self.n = 0

    def wait(self) -> tuple[float, float]:
        now = time.monotonic()
        if self.t0 is None:
            self.t0, self.wall0 = now, time.time()
        due = self.t0 + self.n * self.period
        if due > now:
            time.sleep(due - now)
        elif now - due > 1.0:  # machine suspended, debugger: restart the schedule
            self.t0 = now - self.n * self.period
            self.wall0 = time.time() - self.n * self.period
            due = now
        self.n += 1
        return due, self.wall0 + (due - self.t0)


class SyntheticSource:
    """A moving test pattern: textured background scrolling, a bouncing box, a colour bar. Cheap per frame
    (a slice copy of a pre-rendered texture), yet detailed enough that the encoder does real work."""

    def __init__(self, size: tuple[int, int] = (1280, 720), fps: float = 30, limit_frames: int | None = None,
                 fail_after: int | None = None) -> None:
        self.name = "synthetic"
        self.size = size
        self.fps = fps
        self.limit_frames = limit_frames  # end after N frames (tests: "the camera disappears")
        self.fail_after = fail_after  # raise SourceError after N frames (tests: "the source raises")
        self._n = 0
        self._pacer = _Pacer(fps)
        self._texture: np.ndarray | None = None

    def open(self) -> None:
        import cv2
        import numpy as np

        w, h = self.size
        rng = np.random.default_rng(7)
        noise = rng.integers(0, 255, (h // 12 + 1, (2 * w) // 12 + 1, 3), dtype=np.uint8)
        tex = cv2.resize(noise, (2 * w, h), interpolation=cv2.INTER_CUBIC)
        yy, xx = np.mgrid[0:h, 0:2 * w]
        grad = ((xx * 255) // (2 * w)).astype(np.uint8)
        tex[..., 2] = (tex[..., 2] // 2 + grad // 2).astype(np.uint8)
        stripes = (((xx + yy) // max(8, h // 40)) % 2 * 40).astype(np.uint8)
        tex[..., 1] = np.clip(tex[..., 1].astype(np.int16) - stripes, 0, 255).astype(np.uint8)
        self._texture = np.ascontiguousarray(tex)

    def read(self) -> Frame | None:
        if self._texture is None:
            raise SourceError("source not opened")
        if self.limit_frames is not None and self._n >= self.limit_frames:
            return None
        if self.fail_after is not None and self._n >= self.fail_after:
            raise SourceError("synthetic failure")
        mono, wall = self._pacer.wait()
        w, h = self.size
        n = self._n
        shift = (n * max(1, w // 240)) % w
        rgb = self._texture[:, shift:shift + w].copy()
        bw, bh = max(8, w // 8), max(8, h // 6)
        period_x, period_y = max(1, w - bw), max(1, h - bh)
        x = abs((n * max(1, w // 160)) % (2 * period_x) - period_x)
        y = abs((n * max(1, h // 120)) % (2 * period_y) - period_y)
        rgb[y:y + bh, x:x + bw] = (230, 60 + (n * 3) % 180, 40)
        self._n += 1
        return Frame(rgb, mono, wall)

    def close(self) -> None:
        self._texture = None


class FileSource:
    """A video file acting as a camera: decoded with PyAV, delivered at the file's own frame rate."""

    def __init__(self, path: str | os.PathLike[str], size: tuple[int, int] = (1280, 720),
                 fps: float | None = None) -> None:
        self.name = f"file:{os.fspath(path)}"
        self.path = Path(path)
        self.size = size
        self.fps = fps or 30.0
        self._container = None
        self._frames = None
        self._pacer: _Pacer | None = None

    def open(self) -> None:
        import av

        if not self.path.is_file():
            raise SourceInvalid("no such file", source=self.name)
        try:
            self._container = av.open(str(self.path))
            stream = self._container.streams.video[0]
        except (av.FFmpegError, IndexError) as exc:
            raise SourceInvalid(f"not a readable video ({exc})", source=self.name) from None
        stream.thread_type = "AUTO"
        rate = stream.average_rate or stream.guessed_rate
        # Played at its own rate: the take's frame rate becomes the file's, so no frame is dropped or doubled.
        self.fps = float(rate) if rate and 1 <= float(rate) <= 240 else self.fps
        self._pacer = _Pacer(self.fps)
        self._frames = self._container.decode(stream)

    def read(self) -> Frame | None:
        import av

        if self._frames is None or self._pacer is None:
            raise SourceError("source not opened")
        try:
            vf = next(self._frames)
        except StopIteration:
            return None
        except av.FFmpegError as exc:
            raise SourceError(f"decoding failed: {exc}") from None
        rgb = fit(vf.to_ndarray(format="rgb24"), self.size)
        mono, wall = self._pacer.wait()
        return Frame(rgb, mono, wall)

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None
            self._frames = None


class CameraSource:
    """An OpenCV ``VideoCapture`` device. Asks for the size and rate; frames come at the camera's pace."""

    def __init__(self, index: int, size: tuple[int, int] = (1280, 720), fps: float = 30) -> None:
        self.name = f"camera:{index}"
        self.index = index
        self.size = size
        self.fps = fps
        self._cap = None
        self._lock = threading.Lock()

    def open(self) -> None:
        cv2 = _quiet_cv2()
        if not camera_may_exist(self.index):
            raise CameraUnavailable("no such camera on this computer", source=self.name,
                                    available=describe_sources())
        cap = _open_capture(cv2, self.index)
        if cap is None:
            raise CameraUnavailable("the camera could not be opened (in use or no permission?)",
                                    source=self.name, available=describe_sources())
        w, h = self.size
        # Most USB webcams deliver 720p/1080p at 30 fps only as MJPEG (raw YUYV tops out around 5-10 fps there).
        cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, w)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, h)
        cap.set(cv2.CAP_PROP_FPS, self.fps)
        actual = cap.get(cv2.CAP_PROP_FPS)
        if actual and 1 <= actual <= 240:
            self.fps = float(actual)  # what the camera agreed to deliver is the take's frame rate
        aw, ah = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))
        if 16 <= aw < w and 16 <= ah < h:
            self.size = (_even(aw), _even(ah))  # a 720p webcam records 720p, not a blurry upscale to 1080p
        self._cap = cap

    def read(self) -> Frame | None:
        import cv2

        if self._cap is None:
            raise SourceError("source not opened")
        with self._lock:
            ok, bgr = self._cap.read()
        mono, wall = time.monotonic(), time.time()
        if not ok or bgr is None:
            return None  # unplugged or stopped delivering: the take ends here and is marked
        rgb = fit(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), self.size)
        return Frame(rgb, mono, wall)

    def close(self) -> None:
        with self._lock:
            if self._cap is not None:
                self._cap.release()
                self._cap = None


def _quiet_cv2():
    """cv2 with its console warnings off: a missing camera is reported by us, in words, not by OpenCV's log."""
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
    os.environ.setdefault("OPENCV_VIDEOIO_PRIORITY_MSMF", "0")
    import cv2

    try:
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
    except AttributeError:  # pragma: no cover - older builds
        pass
    return cv2


def camera_backends() -> list[tuple[str, str]]:
    """OpenCV capture backends to try, per OS, as (name, cv2 constant name):

    - Windows: Media Foundation first (modern cameras, hardware MJPEG), DirectShow as the fallback that older
      and virtual cameras still need;
    - macOS: AVFoundation — the first open makes macOS ask for camera permission, which the app bundle must
      explain (NSCameraUsageDescription in Info.plist, packaging/macos); a refusal reads as "could not be opened";
    - Linux: Video4Linux2.
    """
    sysname = osrules.system()
    if sysname == "windows":
        return [("Media Foundation", "CAP_MSMF"), ("DirectShow", "CAP_DSHOW")]
    if sysname == "macos":
        return [("AVFoundation", "CAP_AVFOUNDATION")]
    return [("Video4Linux2", "CAP_V4L2")]


def _open_capture(cv2, index: int):  # noqa: ANN001, ANN202 - cv2 module and VideoCapture are untyped
    """The first backend of this OS that opens camera ``index``, or None."""
    for _, const in camera_backends():
        cap = cv2.VideoCapture(index, getattr(cv2, const, cv2.CAP_ANY))
        if cap.isOpened():
            return cap
        cap.release()
    return None


def camera_names() -> dict[int, str]:
    """Device names as the OS shows them, where the OS says without opening the device: Linux's sysfs
    (``/sys/class/video4linux/videoN/name``). Windows and macOS do not tell OpenCV; the GUI shows Qt's names
    (QMediaDevices) there and these indexes elsewhere."""
    names: dict[int, str] = {}
    if osrules.system() == "linux":
        for node in glob.glob("/sys/class/video4linux/video*/name"):
            idx = node.split("/")[-2][len("video"):]
            if idx.isdigit():
                with contextlib.suppress(OSError):
                    names[int(idx)] = Path(node).read_text(encoding="utf-8", errors="replace").strip()
    return names


def camera_may_exist(index: int) -> bool:
    """On Linux a camera is a /dev/videoN node; elsewhere we cannot tell without trying to open it."""
    if sys.platform.startswith("linux"):
        return os.path.exists(f"/dev/video{index}")
    return True


def list_cameras(max_index: int = 4) -> list[int]:
    """Camera indexes that open. On Linux only /dev/video* nodes are tried, so a camera-less machine answers
    instantly and silently."""
    if sys.platform.startswith("linux"):
        nodes = sorted(int(p[len("/dev/video"):]) for p in glob.glob("/dev/video*") if p[10:].isdigit())
        candidates = [n for n in nodes if n <= 63]
    else:
        candidates = list(range(max_index))
    if not candidates:
        return []
    cv2 = _quiet_cv2()
    found = []
    for i in candidates:
        cap = _open_capture(cv2, i)
        if cap is not None:
            found.append(i)
            cap.release()
    return found


def available_sources() -> list[str]:
    return [*(f"camera:{i}" for i in list_cameras()), "file:PATH", "synthetic"]


def describe_sources() -> str:
    cams = list_cameras()
    names = camera_names()
    cam_text = ", ".join(f"camera:{i}" + (f" ({names[i]})" if i in names else "") for i in cams) if cams \
        else "no camera found"
    return (f"{cam_text}; file:PATH (a video file played as a camera); synthetic (a test pattern);"
            " screen[:N] (a screen); window:TITLE (one window); url:rtsp://… or url:http://… (a network camera)")


def parse_size(text: str) -> tuple[int, int]:
    try:
        w_text, h_text = text.lower().split("x")
        w, h = int(w_text), int(h_text)
    except ValueError:
        raise SourceInvalid("size must look like 1280x720", source=text) from None
    if not (16 <= w <= 7680 and 16 <= h <= 4320) or w % 2 or h % 2:
        raise SourceInvalid("width and height must be even, between 16x16 and 7680x4320", source=text)
    return w, h


def open_source(spec: str, size: tuple[int, int], fps: float) -> VideoSource:
    """Build (not yet open) a source from a spec: ``camera:N``, ``file:PATH``, ``synthetic``, ``screen[:N]``
    or ``window:TITLE`` (``size`` is then the largest picture: a screen is scaled down to fit, never up)."""
    kind, _, arg = spec.partition(":")
    if kind == "synthetic" and not arg:
        return SyntheticSource(size, fps)
    if kind == "camera":
        if not arg.isdigit():
            raise SourceInvalid("camera index must be a number, e.g. camera:0", source=spec)
        return CameraSource(int(arg), size, fps)
    if kind == "file" and arg:
        return FileSource(arg, size, fps)
    if kind in ("screen", "window"):
        from .screen import ScreenSource

        return ScreenSource(spec, size, fps)
    if kind == "url" and arg:
        from .netsource import UrlSource

        return UrlSource(arg, size, fps)
    raise SourceInvalid("unknown source kind", source=spec)
