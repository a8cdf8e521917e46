"""Frames out of a video, for the importer and the recorder alike: what a (possibly interrupted) file holds, the
frame on screen at given times, keyframe JPEGs, a poster frame and the contact sheet of a take.

One module for both: imported phone videos get keyframes every N seconds through the worker pool
(``keyframes_task``); the recorder's takes get a keyframe per checklist marker and a contact sheet
(services/recording/). Frames are decoded from the file itself, so a keyframe shows what the evidence holds.
The display rotation a phone writes (display matrix) is applied to saved pictures, so portrait stays portrait.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ..core.errors import MediaDamaged

log = logging.getLogger(__name__)

SEEK_AHEAD_S = 3.0  # a jump longer than this seeks (to the keyframe before the target) instead of decoding on


def open_video(path: Path) -> Any:
    """The container, or MediaDamaged with FFmpeg's reason (never the path: the user knows which file it is)."""
    try:
        return av.open(str(path), metadata_errors="replace")
    except (av.error.FFmpegError, OSError, ValueError, UnicodeDecodeError) as exc:
        raise MediaDamaged(av_detail(exc), path=path.name) from exc


def av_detail(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    text = re.sub(r":\s*'[^']*'$", "", text)
    return text[:200] or type(exc).__name__


@dataclass
class VideoInfo:
    width: int
    height: int
    fps: float
    frames: int  # video packets in the file (a partial trailing fragment does not count)
    duration: float  # seconds covered by those frames
    has_audio: bool


def _start(vs: Any) -> float:
    return float(vs.start_time * vs.time_base) if vs.start_time is not None else 0.0


def _step(vs: Any) -> float:
    return 1 / float(vs.average_rate or vs.guessed_rate or 30)


def probe(path: Path) -> VideoInfo | None:
    """What a file holds, by demuxing every packet (no decoding): works on a file cut short by a crash.
    None when there is no decodable video at all."""
    try:
        with av.open(str(path)) as c:
            if not c.streams.video:
                return None
            vs = c.streams.video[0]
            rate = vs.average_rate or vs.guessed_rate or 30
            n = 0
            last_end = 0.0
            for pkt in c.demux(vs):
                if pkt.size == 0 or pkt.pts is None:
                    continue
                n += 1
                tb = pkt.time_base or vs.time_base
                end = float((pkt.pts + (pkt.duration or 0)) * tb)
                last_end = max(last_end, end)
            if n == 0:
                return None
            return VideoInfo(vs.codec_context.width, vs.codec_context.height, float(rate), n,
                             max(0.0, last_end - _start(vs)), bool(c.streams.audio))
    except (av.FFmpegError, OSError):
        return None


def decode_count(path: Path) -> tuple[int, float]:
    """(frames that actually decode, time of the end of the last one): the test of a file left by a crash."""
    n, end = 0, 0.0
    try:
        with av.open(str(path)) as c:
            vs = c.streams.video[0]
            step = _step(vs)
            for f in c.decode(vs):
                n += 1
                if f.time is not None:
                    end = max(end, f.time + step)
    except (av.FFmpegError, OSError, IndexError):
        pass
    return n, end


def decoded_end(path: Path, tail_s: float = 3.0) -> float:
    """Where the decodable video of a (possibly cut) file ends, in seconds, decoding only its last ``tail_s``
    seconds: start-up recovery of an hour-long take must not decode the whole hour. 0.0 when nothing decodes."""
    info = probe(path)
    if info is None:
        return 0.0
    end = 0.0
    try:
        with av.open(str(path)) as c:
            vs = c.streams.video[0]
            start, step = _start(vs), _step(vs)
            if info.duration > tail_s:
                c.seek(int((start + info.duration - tail_s) / vs.time_base), stream=vs, backward=True)
            for f in c.decode(vs):
                if f.time is not None:
                    end = max(end, f.time - start + step)
    except (av.FFmpegError, OSError):
        pass
    return end


def _frames_at(c: Any, vs: Any, offsets: list[float]) -> Iterator[tuple[int, float, Any]]:
    """(index into ``offsets``, frame time from the start, frame) of the frame on screen at each offset, in time
    order. Offsets past the end give the last frame. One forward pass; a jump of more than SEEK_AHEAD_S seeks to
    the keyframe before the target. A decoding error ends the pass: what was found is kept."""
    start = _start(vs)

    def frames_from_here() -> Iterator[tuple[float, Any]]:
        for f in c.decode(vs):
            yield (f.time or 0.0) - start, f

    try:
        frames = frames_from_here()
        cur = None
        nxt = next(frames, None)
        for idx in sorted(range(len(offsets)), key=lambda i: offsets[i]):
            target = max(0.0, offsets[idx])
            if cur is not None and target - cur[0] > SEEK_AHEAD_S:
                try:
                    c.seek(int((start + target - 1.0) / vs.time_base), stream=vs, backward=True)
                    frames = frames_from_here()
                    cur, nxt = None, next(frames, None)
                except av.FFmpegError:
                    pass
            while nxt is not None and nxt[0] <= target + 1e-6:
                cur, nxt = nxt, next(frames, None)
            if cur is None:
                cur = nxt  # before the first frame
            if cur is None:
                return
            yield idx, cur[0], cur[1]
    except av.FFmpegError as exc:
        log.warning("video decoding stopped early: %s", av_detail(exc))


def grab(path: Path, offsets: list[float]) -> list[tuple[float, np.ndarray]]:
    """The frame on screen at each offset (seconds from the start) as (frame time, RGB array), in the order given."""
    if not offsets:
        return []
    with av.open(str(path)) as c:
        vs = c.streams.video[0]
        vs.thread_type = "AUTO"
        found = {idx: (t, f.to_ndarray(format="rgb24")) for idx, t, f in _frames_at(c, vs, offsets)}
    return [found[i] for i in range(len(offsets)) if i in found]


def _picture(frame: Any) -> Image.Image:
    # PyAV reports the display matrix angle counter-clockwise, as PIL's rotate() takes it.
    img = frame.to_image()
    r = int(getattr(frame, "rotation", 0) or 0) % 360
    return img.rotate(r, expand=True) if r else img


def _save_jpeg(img: Image.Image, dest: Path, max_side: int, quality: int = 85) -> None:
    img.thumbnail((max_side, max_side))
    if img.mode != "RGB":
        img = img.convert("RGB")
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    img.save(tmp, "JPEG", quality=quality)
    os.replace(tmp, dest)


def _duration(c: Any, vs: Any) -> float | None:
    if c.duration and c.duration > 0:
        return c.duration / 1_000_000
    if vs.duration and vs.time_base:
        return float(vs.duration * vs.time_base)
    return None


def extract_keyframes(path: str | os.PathLike[str], out_dir: str | os.PathLike[str], every_s: float = 10.0,
                      max_side: int = 960, at: list[float] | None = None, max_frames: int = 200,
                      prefix: str = "keyframe") -> list[dict[str, Any]]:
    """Save a JPEG every ``every_s`` seconds (and at each offset in ``at``, e.g. markers).

    Returns ``[{"t": seconds, "file": name, "frame_time": seconds}]`` in time order; files are named
    ``{prefix}-{ms:08d}.jpg`` in ``out_dir``.
    """
    src, out = Path(path), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    results: list[dict[str, Any]] = []
    with open_video(src) as c:
        if not c.streams.video:
            return []
        vs = c.streams.video[0]
        vs.thread_type = "AUTO"
        duration = _duration(c, vs)
        times = {round(t, 3) for t in (at or []) if t >= 0}
        if every_s and every_s > 0:
            t = 0.0
            end = duration if duration else every_s * max_frames
            while t <= end and len(times) < max_frames:
                times.add(round(t, 3))
                t += every_s
        targets = sorted(times)[:max_frames]
        for idx, frame_time, frame in _frames_at(c, vs, targets):
            name = f"{prefix}-{int(round(targets[idx] * 1000)):08d}.jpg"
            _save_jpeg(_picture(frame), out / name, max_side)
            results.append({"t": targets[idx], "file": name, "frame_time": round(frame_time, 3)})
    return results


def keyframes_task(path: str, out_dir: str, every_s: float, max_side: int = 960,
                   at: list[float] | None = None) -> dict[str, Any]:
    """The media worker's entry point (media/worker.py)."""
    return {"keyframes": extract_keyframes(path, out_dir, every_s, max_side=max_side, at=at)}


def poster_frame(path: str | os.PathLike[str], dest: Path, max_side: int = 1600) -> Image.Image | None:
    """The frame at 10 % of the video (at most 1 s in), as the item's picture. Returns the PIL image (None when
    the file has no video stream)."""
    src = Path(path)
    with open_video(src) as c:
        if not c.streams.video:
            return None
        vs = c.streams.video[0]
        try:
            found = list(_frames_at(c, vs, [min(1.0, (_duration(c, vs) or 0) / 10)]))
        except av.error.FFmpegError as exc:
            raise MediaDamaged(av_detail(exc), path=src.name) from exc
        if not found:
            raise MediaDamaged("no decodable frame", path=src.name)
        img = _picture(found[0][2])
    _save_jpeg(img.copy(), dest, max_side)
    return img


def contact_sheet(tiles: list[tuple[np.ndarray, list[str]]], font_path: str | Path, columns: int = 3,
                  tile_width: int = 480, title: str = "") -> Image.Image:
    """A grid of frames, each with caption lines under it (time, label, wall clock)."""
    columns = max(1, min(columns, len(tiles) or 1))
    first = tiles[0][0] if tiles else np.zeros((9, 16, 3), np.uint8)
    th = round(tile_width * first.shape[0] / first.shape[1])
    px = max(12, tile_width // 26)
    font = ImageFont.truetype(str(font_path), px, index=0)
    title_font = ImageFont.truetype(str(font_path), round(px * 1.3), index=0)
    asc, desc = font.getmetrics()
    line_h = asc + desc + 2
    caption_lines = max((len(c) for _, c in tiles), default=0)
    gap = max(6, px // 2)
    cell_h = th + gap + caption_lines * line_h + gap
    rows = (len(tiles) + columns - 1) // columns
    title_h = (round(px * 1.3) + 2 * gap) if title else 0
    sheet = Image.new("RGB", (columns * (tile_width + gap) + gap, title_h + rows * cell_h + gap), "white")
    d = ImageDraw.Draw(sheet)
    if title:
        d.text((gap, gap), title, font=title_font, fill=(0, 0, 0))
    for n, (rgb, captions) in enumerate(tiles):
        r, col = divmod(n, columns)
        x = gap + col * (tile_width + gap)
        y = title_h + gap + r * cell_h
        img = Image.fromarray(rgb).resize((tile_width, th), Image.Resampling.LANCZOS)
        sheet.paste(img, (x, y))
        d.rectangle([x - 1, y - 1, x + tile_width, y + th], outline=(120, 120, 120))
        for i, text in enumerate(captions):
            while text and font.getlength(text) > tile_width:
                text = text[:-1]
            d.text((x, y + th + gap // 2 + i * line_h), text, font=font, fill=(0, 0, 0) if i == 0 else (60, 60, 60))
    return sheet
