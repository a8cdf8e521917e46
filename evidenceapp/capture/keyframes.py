"""Frames out of a recording: probe what a (possibly interrupted) file holds, grab the frame at given offsets,
and lay them out as a contact sheet (grid of frames with their time and label) for the dossier.

Kept here rather than shared with media/ (a sibling layer the recorder may not import): it is small, and it reads
recordings, whose frames are decoded from the file itself so a keyframe shows what the evidence holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFont


@dataclass
class VideoInfo:
    width: int
    height: int
    fps: float
    frames: int  # video packets in the file (a partial trailing fragment does not count)
    duration: float  # seconds covered by those frames
    has_audio: bool


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
            start = float(vs.start_time * vs.time_base) if vs.start_time is not None else 0.0
            if n == 0:
                return None
            return VideoInfo(vs.codec_context.width, vs.codec_context.height, float(rate), n,
                             max(0.0, last_end - start), bool(c.streams.audio))
    except (av.FFmpegError, OSError):
        return None


def decode_count(path: Path) -> tuple[int, float]:
    """(frames that actually decode, time of the end of the last one): the test of a file left by a crash."""
    n, end = 0, 0.0
    try:
        with av.open(str(path)) as c:
            vs = c.streams.video[0]
            step = 1 / float(vs.average_rate or vs.guessed_rate or 30)
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
            start = float(vs.start_time * vs.time_base) if vs.start_time is not None else 0.0
            step = 1 / float(vs.average_rate or vs.guessed_rate or 30)
            if info.duration > tail_s:
                c.seek(int((start + info.duration - tail_s) / vs.time_base), stream=vs, backward=True)
            for f in c.decode(vs):
                if f.time is not None:
                    end = max(end, f.time - start + step)
    except (av.FFmpegError, OSError):
        pass
    return end


def grab(path: Path, offsets: list[float]) -> list[tuple[float, np.ndarray]]:
    """The frame on screen at each offset (seconds from the start) as (frame time, RGB array), in the order
    given. Offsets past the end give the last frame. One forward pass; a jump of more than 3 s seeks to the
    keyframe before the target (our recordings have one every second)."""
    if not offsets:
        return []
    found: dict[int, tuple[float, np.ndarray]] = {}
    with av.open(str(path)) as c:
        vs = c.streams.video[0]
        vs.thread_type = "AUTO"
        start = float(vs.start_time * vs.time_base) if vs.start_time is not None else 0.0

        def frames_from_here():
            for f in c.decode(vs):
                yield (f.time or 0.0) - start, f

        frames = frames_from_here()
        cur = None
        nxt = next(frames, None)
        for idx in sorted(range(len(offsets)), key=lambda i: offsets[i]):
            target = max(0.0, offsets[idx])
            if cur is not None and target - cur[0] > 3.0:
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
                break
            found[idx] = (cur[0], cur[1].to_ndarray(format="rgb24"))
    return [found[i] for i in range(len(offsets)) if i in found]


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
