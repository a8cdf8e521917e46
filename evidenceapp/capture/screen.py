"""Screen and window sources (录屏取证) through FFmpeg's capture devices, driven by PyAV.

Specs: ``screen`` (the primary screen), ``screen:N`` (screen N of the current display), ``window:TITLE`` (one
window, found by its title; an exact title wins over a title that contains TITLE).

The device is chosen by operating system, not written by hand per OS:
- Linux/X11: ``x11grab`` (monitors from ``xrandr --listmonitors`` when it is installed, else the whole display;
  windows from ``xwininfo -root -tree``). Under Wayland, X11 grabbing sees only XWayland windows (black elsewhere);
  the desktop portal + PipeWire is not wired in, so a Wayland session is refused with ``E_SCREEN_UNSUPPORTED``.
- Windows: ``gdigrab`` (``desktop`` or ``title=…``); screens after the first through the ``ddagrab`` filter.
- macOS: ``avfoundation`` (``Capture screen N``; the user must grant Screen Recording permission). No window mode.
Only the X11 path is exercised by the tests here; the others follow FFmpeg's documentation and are untested.

A screen is often captured slower than a camera (a full-HD grab plus conversion per frame), so ``open`` measures
the rate frames really arrive at and takes the lower of that and the requested one as the take's rate; the
recorder then counts what is still late (duplicated slots) or early (dropped) as for a camera.

The picture is never covered: each frame is the captured picture (scaled down, never up, to fit ``max_size``)
with ``band`` black rows below it for the overlay (``set_band`` before ``open``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field

import numpy as np

from ..core.errors import ScreenUnsupported, SourceInvalid
from .sources import Frame, SourceError, _even

PROBE_FRAMES = 8  # frames read at open to measure the real rate (~0.3 s at 30 fps) …
PROBE_MAX_S = 1.0  # … or fewer when grabbing is slow (at least 3)


@dataclass
class Target:
    """What FFmpeg is asked to open: demuxer, URL and options, and a human description."""

    fmt: str
    url: str
    options: dict[str, str] = field(default_factory=dict)
    label: str = ""


def _wayland() -> bool:
    return os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland" or (
        bool(os.environ.get("WAYLAND_DISPLAY")) and not os.environ.get("DISPLAY"))


def _run(cmd: list[str], display: str) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=5, env={**os.environ, "DISPLAY": display})
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.stdout if out.returncode == 0 else ""


_MONITOR = re.compile(r"^\s*(\d+):\s+\+(\*?)\S*\s+(\d+)/\d+x(\d+)/\d+\+(\d+)\+(\d+)")
_TREE = re.compile(r'^\s*(0x[0-9a-f]+) "(.*)":.*?\s(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)\s*$')


def x11_monitors(display: str) -> list[tuple[int, int, int, int, bool]]:
    """(x, y, w, h, primary) of each monitor, from ``xrandr --listmonitors``; [] without xrandr."""
    if not shutil.which("xrandr"):
        return []
    out = []
    for line in _run(["xrandr", "--listmonitors"], display).splitlines():
        m = _MONITOR.match(line)
        if m:
            out.append((int(m[5]), int(m[6]), int(m[3]), int(m[4]), m[2] == "*"))
    return out


def x11_windows(display: str) -> list[tuple[str, str, int, int]]:
    """(window id, title, width, height) of every named window, from ``xwininfo -root -tree``."""
    if not shutil.which("xwininfo"):
        raise ScreenUnsupported("finding a window by its title needs xwininfo (package x11-utils)",
                                system="X11")
    out = []
    for line in _run(["xwininfo", "-root", "-tree"], display).splitlines():
        m = _TREE.match(line)
        if m and m[2]:
            out.append((m[1], m[2], int(m[3]), int(m[4])))
    return out


def find_window(windows: list[tuple[str, str, int, int]], title: str) -> tuple[str, str, int, int]:
    """The window whose title is ``title`` (else the one containing it, case-insensitive); the largest if several
    (toolkits keep small helper windows with the same title)."""
    exact = [w for w in windows if w[1] == title]
    part = [w for w in windows if title.lower() in w[1].lower()]
    found = exact or part
    found = [w for w in found if w[2] >= 16 and w[3] >= 16]
    if not found:
        titles = sorted({w[1] for w in windows if w[2] >= 16 and w[3] >= 16})[:12]
        raise SourceInvalid(f"no window titled {title!r}; open windows: {', '.join(titles) or 'none'}",
                            source=f"window:{title}")
    return max(found, key=lambda w: w[2] * w[3])


def target_for(spec: str, fps: float) -> Target:
    """The FFmpeg device for ``screen``, ``screen:N`` or ``window:TITLE`` on this operating system."""
    kind, _, arg = spec.partition(":")
    if kind == "screen" and arg and not arg.isdigit():
        raise SourceInvalid("screen number must be a number, e.g. screen:0", source=spec)
    if kind == "window" and not arg.strip():
        raise SourceInvalid("give the window's title, e.g. window:聊天", source=spec)
    rate = f"{fps:g}"
    if sys.platform.startswith("win"):
        return _windows_target(kind, arg, rate, spec)
    if sys.platform == "darwin":
        if kind == "window":
            raise ScreenUnsupported("recording one window is not available on macOS here; record the screen",
                                    system="macOS")
        n = int(arg or 0)
        return Target("avfoundation", f"Capture screen {n}:none",
                      {"framerate": rate, "capture_cursor": "1", "pixel_format": "bgr0"}, f"screen {n}")
    if _wayland():
        raise ScreenUnsupported("this is a Wayland session: screen capture there goes through the desktop portal"
                                " and PipeWire, which this version does not support. Log in with an X11 (Xorg)"
                                " session to record the screen, or film the screen with the phone",
                                system="Wayland")
    display = os.environ.get("DISPLAY", "")
    if not display:
        raise ScreenUnsupported("no graphical display (DISPLAY is not set)", system="X11")
    options = {"framerate": rate, "draw_mouse": "1"}
    if kind == "window":
        wid, title, w, h = find_window(x11_windows(display), arg.strip())
        return Target("x11grab", display, {**options, "window_id": wid}, f"window “{title}” ({w}x{h})")
    monitors = x11_monitors(display)
    if monitors:
        if arg:
            n = int(arg)
            if n >= len(monitors):
                raise SourceInvalid(f"this display has {len(monitors)} screen(s): screen:0 … "
                                    f"screen:{len(monitors) - 1}", source=spec)
            x, y, w, h, _ = monitors[n]
        else:
            x, y, w, h, _ = next((m for m in monitors if m[4]), monitors[0])
            n = monitors.index((x, y, w, h, _))
        return Target("x11grab", f"{display}+{x},{y}", {**options, "video_size": f"{w}x{h}"}, f"screen {n}")
    if arg and int(arg) != 0:
        raise SourceInvalid("only screen:0 (the whole display) is known here: xrandr is not installed",
                            source=spec)
    return Target("x11grab", display, options, "screen 0")


def window_titles() -> list[str]:
    """Titles of the windows that can be recorded (X11 only; elsewhere the user types the title)."""
    display = os.environ.get("DISPLAY", "")
    if not sys.platform.startswith("linux") or _wayland() or not display or not shutil.which("xwininfo"):
        return []
    return sorted({t for _, t, w, h in x11_windows(display) if w >= 64 and h >= 64})


def _windows_target(kind: str, arg: str, rate: str, spec: str) -> Target:  # pragma: no cover - not run here
    if kind == "window":
        return Target("gdigrab", f"title={arg}", {"framerate": rate, "draw_mouse": "1"}, f"window “{arg}”")
    n = int(arg or 0)
    if n == 0:
        return Target("gdigrab", "desktop", {"framerate": rate, "draw_mouse": "1"}, "screen 0")
    # gdigrab sees one virtual desktop; Desktop Duplication names each output.
    return Target("lavfi", f"ddagrab=output_idx={n}:framerate={rate},hwdownload,format=bgra", {}, f"screen {n}")


def _fit_within(w: int, h: int, max_size: tuple[int, int]) -> tuple[int, int]:
    scale = min(1.0, max_size[0] / w, max_size[1] / h)
    return _even(int(w * scale)), _even(int(h * scale))


class ScreenSource:
    """A screen or a window as a video source. ``size`` is the picture plus the overlay band below it."""

    needs_band = True

    def __init__(self, spec: str, max_size: tuple[int, int] = (1920, 1080), fps: float = 30) -> None:
        self.name = spec
        self.requested_fps = float(fps)
        self.fps = float(fps)
        self.max_size = max_size
        self.target = target_for(spec, fps)
        self.band = 0
        self.measured_fps = 0.0
        self._container = None
        self._packets = None
        self._stream = None
        self.picture: tuple[int, int] = (0, 0)
        self.size: tuple[int, int] = (0, 0)
        self._probe()

    def _open_device(self) -> None:
        import av

        try:
            self._container = av.open(self.target.url, format=self.target.fmt, options=self.target.options,
                                      timeout=10)
            self._stream = self._container.streams.video[0]
        except (av.FFmpegError, IndexError, OSError) as exc:
            self.close()
            raise SourceInvalid(f"the {self.target.label or 'screen'} could not be captured ({exc})",
                                source=self.name) from None
        self._packets = self._container.demux(self._stream)

    def _probe(self) -> None:
        """Open the device once to learn the picture size (the overlay and the encoder need it before ``open``)."""
        self._open_device()
        assert self._stream is not None
        w, h = self._stream.codec_context.width, self._stream.codec_context.height
        if w < 16 or h < 16:
            self.close()
            raise SourceInvalid(f"the captured area is too small ({w}x{h})", source=self.name)
        self.native = (w, h)
        self.picture = _fit_within(w, h, self.max_size)
        self.size = (self.picture[0], self.picture[1] + self.band)

    def set_band(self, rows: int) -> None:
        self.band = rows + rows % 2
        self.size = (self.picture[0], self.picture[1] + self.band)

    def describe(self) -> dict[str, object]:
        """What the take's summary says about the source (the real rate against the asked one)."""
        return {"device": self.target.fmt, "what": self.target.label, "native_size": list(self.native),
                "picture_size": list(self.picture), "band_rows": self.band, "requested_fps": self.requested_fps,
                "measured_fps": round(self.measured_fps, 2)}

    def open(self) -> None:
        if self._container is None:
            self._open_device()
        # The rate frames really arrive at: grabbing a large screen can be slower than asked.
        stamps: list[float] = []
        while len(stamps) < PROBE_FRAMES and (len(stamps) < 3 or stamps[-1] - stamps[0] < PROBE_MAX_S):
            if self._grab() is None:
                raise SourceInvalid("the capture delivered no picture", source=self.name)
            stamps.append(time.monotonic())
        span = stamps[-1] - stamps[0]
        self.measured_fps = (len(stamps) - 1) / span if span > 0 else self.requested_fps
        self.fps = float(max(1.0, min(self.requested_fps, round(self.measured_fps * 2) / 2)))

    def _grab(self):  # type: ignore[no-untyped-def]
        import av

        if self._packets is None:
            raise SourceError("source not opened")
        try:
            while True:
                packet = next(self._packets)
                frames = packet.decode()
                if frames:
                    return frames[-1]
        except StopIteration:
            return None
        except (av.FFmpegError, OSError) as exc:
            raise SourceError(f"screen capture failed: {exc}") from None

    def read(self) -> Frame | None:
        import cv2

        vf = self._grab()
        mono, wall = time.monotonic(), time.time()
        if vf is None:
            return None  # the window was closed or the display went away: the take ends here, marked
        rgb = vf.to_ndarray(format="rgb24")
        pw, ph = self.picture
        out = np.zeros((ph + self.band, pw, 3), np.uint8)
        if rgb.shape[1] == pw and rgb.shape[0] == ph:
            out[:ph] = rgb
        else:  # scaled down to fit, or a window that was resized meanwhile: fit its new size into the picture
            ih, iw = rgb.shape[:2]
            scale = min(pw / iw, ph / ih)
            nw, nh = max(1, min(pw, round(iw * scale))), max(1, min(ph, round(ih * scale)))
            out[:nh, :nw] = cv2.resize(rgb, (nw, nh), interpolation=cv2.INTER_AREA)
        return Frame(out, mono, wall)

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
        self._container = None
        self._packets = None
        self._stream = None
