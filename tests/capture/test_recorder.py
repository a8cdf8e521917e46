"""The recorder on real H.264: fragmented MP4 hashed as written, CFR slots, keyframes ≤ 2 s, checkpoints that
match the file's prefix, and takes that end by themselves (source ended, source raising) are finalised."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest

from evidenceapp.capture.audio import ToneInput
from evidenceapp.capture.overlay import Overlay
from evidenceapp.capture.recorder import END_SOURCE_ENDED, END_SOURCE_ERROR, END_USER, Recorder
from evidenceapp.capture.sources import FileSource, SyntheticSource
from evidenceapp.config import cjk_font_path
from evidenceapp.media import frames as kf

SIZE = (320, 240)


def _boxes(path: Path) -> list[bytes]:
    """Top-level MP4 box types, in order."""
    data = path.read_bytes()
    out, pos = [], 0
    while pos + 8 <= len(data):
        size = int.from_bytes(data[pos:pos + 4], "big")
        out.append(data[pos + 4:pos + 8])
        if size < 8:
            break
        pos += size
    return out


def _record(tmp_path: Path, source, seconds: float | None = None, **kw):  # type: ignore[no-untyped-def]
    out = tmp_path / "take.mp4"
    ov = Overlay(source.size, cjk_font_path())
    ov.set_lines(["订单号 TB-1 · 淘宝", "步骤 1/9: 面单"])
    rec = Recorder(source, out, overlay=ov, **kw)
    rec.start()
    ended = rec.wait(seconds) if seconds else rec.wait(30)
    return rec, rec.stop(), ended


def test_take_is_fragmented_cfr_h264_hashed_as_written(tmp_path: Path) -> None:
    cps = []
    rec, res, ended = _record(tmp_path, SyntheticSource(SIZE, 15), 2.6, checkpoint_s=0.5,
                              on_checkpoint=cps.append)
    assert not ended and res.end_reason == END_USER
    data = res.path.read_bytes()
    assert res.sha256 == hashlib.sha256(data).hexdigest() and res.size == len(data)
    boxes = _boxes(res.path)
    assert boxes[:2] == [b"ftyp", b"moov"] and boxes.count(b"moof") >= 2  # header first, then fragments
    with av.open(str(res.path)) as c:
        vs = c.streams.video[0]
        assert vs.codec_context.name == "h264" and vs.codec_context.format.name == "yuv420p"
        frames = list(c.decode(vs))
    assert len(frames) == res.frames >= 30
    pts = [f.pts for f in frames]
    steps = {b - a for a, b in zip(pts, pts[1:], strict=False)}
    assert len(steps) == 1  # constant frame rate
    keys = [i for i, f in enumerate(frames) if f.key_frame]
    assert keys[0] == 0 and max(b - a for a, b in zip(keys, [*keys[1:], len(frames)], strict=False)) <= 30
    assert res.dropped == 0 and res.duration == pytest.approx(len(frames) / 15, abs=0.01)
    # Each checkpoint's digest is the SHA-256 of the file's first N bytes (whole fragments).
    assert len(cps) >= 3
    for cp in cps:
        assert hashlib.sha256(data[:cp.bytes]).hexdigest() == cp.sha256
    assert abs(res.clock_drift_s) < 0.5
    if shutil.which("ffmpeg"):  # "plays in any player": the reference decoder reads it without a complaint
        p = subprocess.run(["ffmpeg", "-v", "error", "-i", str(res.path), "-f", "null", "-"], capture_output=True,
                           text=True, timeout=60)
        assert p.returncode == 0 and p.stderr == ""
    assert rec.latest_frame() is not None and rec.latest_frame().shape == (240, 320, 3)


def test_overlay_is_in_the_encoded_frames(tmp_path: Path) -> None:
    _, res, _ = _record(tmp_path, SyntheticSource(SIZE, 15), 1.0)
    with av.open(str(res.path)) as c:
        first = next(c.decode(video=0)).to_ndarray(format="rgb24")
    box = first[4:30, 4:150]
    assert (box < 90).mean() > 0.4 and (box > 200).any()


def test_source_that_ends_finalises_the_take(tmp_path: Path) -> None:
    ended = []
    rec, res, did_end = _record(tmp_path, SyntheticSource(SIZE, 15, limit_frames=20), None, on_end=ended.append)
    assert did_end and ended == [END_SOURCE_ENDED] and res.end_reason == END_SOURCE_ENDED
    assert kf.decode_count(res.path)[0] == res.frames == 20
    assert hashlib.sha256(res.path.read_bytes()).hexdigest() == res.sha256


def test_source_that_raises_finalises_the_take(tmp_path: Path) -> None:
    rec, res, did_end = _record(tmp_path, SyntheticSource(SIZE, 15, fail_after=12), None)
    assert did_end and res.end_reason == END_SOURCE_ERROR and "synthetic failure" in res.error
    assert kf.decode_count(res.path)[0] == 12


def test_file_source_plays_at_its_own_rate(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    with av.open(str(clip), "w") as c:
        s = c.add_stream("libx264", rate=10)
        s.width, s.height, s.pix_fmt = 160, 120, "yuv420p"
        for i in range(15):
            img = np.full((120, 160, 3), i * 15, np.uint8)
            for p in s.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                c.mux(p)
        for p in s.encode():
            c.mux(p)
    src = FileSource(clip, SIZE)
    rec, res, did_end = _record(tmp_path, src, None)
    assert did_end and res.end_reason == END_SOURCE_ENDED
    assert res.fps == 10 and res.frames == 15 and res.duplicated == 0 and res.dropped == 0
    assert (res.width, res.height) == SIZE
    assert res.end_mono - res.start_mono == pytest.approx(1.4, abs=0.35)  # real time, not as fast as decoding


def test_audio_track_when_a_microphone_exists(tmp_path: Path) -> None:
    _, res, _ = _record(tmp_path, SyntheticSource(SIZE, 15), 1.5, audio=ToneInput(48000))
    assert res.audio == "tone"
    with av.open(str(res.path)) as c:
        assert c.streams.audio and c.streams.audio[0].codec_context.name == "aac"
        samples = sum(f.samples for f in c.decode(audio=0))
    assert samples > 48000 * 0.8


def test_keyframe_grab_and_contact_sheet(tmp_path: Path) -> None:
    _, res, _ = _record(tmp_path, SyntheticSource(SIZE, 15), 2.0)
    info = kf.probe(res.path)
    assert info is not None and info.frames == res.frames and (info.width, info.height) == SIZE
    got = kf.grab(res.path, [1.0, 0.0, 99.0])
    assert [round(t, 2) for t, _ in got][:2] == [1.0, 0.0] and got[2][0] == pytest.approx(info.duration - 1 / 15)
    sheet = kf.contact_sheet([(rgb, [f"{t:.1f}", "面单"]) for t, rgb in got], cjk_font_path(), tile_width=160)
    assert sheet.width > 3 * 160 and sheet.height > 120


def test_decoded_end_reads_only_the_tail_of_a_cut_file(tmp_path: Path) -> None:
    _, res, _ = _record(tmp_path, SyntheticSource(SIZE, 15), 4.5)
    data = res.path.read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) * 2 // 3])  # a crash mid-fragment
    full_n, full_end = kf.decode_count(res.path)
    cut_n, cut_end = kf.decode_count(cut)
    assert kf.decoded_end(res.path) == pytest.approx(full_end, abs=1e-6)
    assert 0 < cut_n < full_n and kf.decoded_end(cut) == pytest.approx(cut_end, abs=1e-6)
