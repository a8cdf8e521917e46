"""A phone IP-webcam app or a network camera as the recorder's source (``url:http://…`` MJPEG through FFmpeg),
served locally by ffmpeg; a dropped link is a marked gap in one take, never a cut or a lost file."""

from __future__ import annotations

import hashlib
import socket
import subprocess
import time

import av
import pytest

from evidenceapp.capture.netsource import UrlSource
from evidenceapp.core.errors import CameraUnavailable, SourceInvalid
from evidenceapp.services import recording as rec
from evidenceapp.store.items_repo import markers

SIZE = (320, 240)


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(port: int, seconds: float) -> subprocess.Popen:
    """ffmpeg as a one-client HTTP server of a 10 fps MJPEG test pattern (what IP-webcam apps send)."""
    return subprocess.Popen(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-re", "-f", "lavfi", "-i",
         "testsrc=size=320x240:rate=10", "-t", str(seconds), "-c:v", "mjpeg", "-q:v", "5", "-f", "mpjpeg",
         "-listen", "1", f"http://127.0.0.1:{port}/video"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait_listening(port: int, timeout: float = 10) -> None:
    """Without connecting: ffmpeg's -listen 1 serves the first client only, so a probe would use it up."""
    import psutil

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if any(c.laddr and c.laddr.port == port and c.status == psutil.CONN_LISTEN
               for c in psutil.net_connections(kind="tcp")):
            return
        time.sleep(0.05)
    raise AssertionError("ffmpeg did not listen")


def _stop(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait(10)


def test_mjpeg_stream_is_recorded_at_the_rate_it_arrives(app, case) -> None:
    port = _port()
    server = _serve(port, 30)
    try:
        _wait_listening(port)
        s = rec.RecordingSession(app, case.id, f"url:http://127.0.0.1:{port}/video", size=SIZE, fps=30,
                                 audio=None, checkpoint_s=0.5)
        s.start()
        assert s.source.fps == pytest.approx(10, abs=2)  # measured, not the 30 asked for
        time.sleep(3)
        item = s.stop()
    finally:
        _stop(server)
    path = app.objects.path_for(item.sha256)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == item.sha256
    with av.open(str(path)) as c:
        frames = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
    meta = item.metadata["recording"]
    assert item.kind == "unboxing" and len(frames) == meta["frames"]
    src = s.source
    assert src.overflow == 0 and src.arrived - src.delivered <= 3  # all taken but the last at stop
    assert meta["frames"] - meta["duplicated"] == src.delivered - meta["dropped"]  # and is in the file
    box = frames[0][4:30, 4:150]
    assert (box < 90).mean() > 0.4 and (box > 200).any()  # the burned-in overlay


def test_a_dropped_link_is_a_marked_gap_and_the_take_goes_on(app, case) -> None:
    port = _port()
    first = _serve(port, 2.5)
    second = None
    try:
        _wait_listening(port)
        s = rec.RecordingSession(app, case.id, f"url:http://127.0.0.1:{port}/video", size=SIZE, fps=10,
                                 audio=None, lang="en", checkpoint_s=0.5)
        s.start()
        first.wait(15)  # the phone's Wi-Fi drops
        time.sleep(3.0)
        second = _serve(port, 30)  # …and comes back (the source reconnects by itself)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any("back after" in m["label"] for m in s.markers):
            time.sleep(0.1)
        time.sleep(1.0)
        item = s.stop()
    finally:
        _stop(first)
        if second is not None:
            _stop(second)
    labels = [m.label for m in markers(app.db.con, item.id)]
    assert labels[0] == rec.LINK_LOST_LABEL["en"] and labels[1].startswith("Picture back after a ")
    assert item.status == "ok" and item.metadata["recording"]["gaps"] >= 1
    gap = float(labels[1].split("after a ")[1].split(" s")[0])
    assert gap >= 2.5
    with av.open(str(app.objects.path_for(item.sha256))) as c:
        times = [f.time for f in c.decode(video=0)]
    assert max(b - a for a, b in zip(times, times[1:], strict=False)) >= 2.0  # the gap is in the file, not filled
    assert times[-1] > gap + 1.5  # pictures after the gap are in the same file


def test_bad_stream_addresses_are_refused_with_a_code() -> None:
    with pytest.raises(SourceInvalid):
        UrlSource("file:///etc/passwd", SIZE, 10).open()
    with pytest.raises(CameraUnavailable) as info:
        UrlSource(f"http://127.0.0.1:{_port()}/video", SIZE, 10).open()  # nothing listens
    assert info.value.code == "E_CAMERA_UNAVAILABLE"
