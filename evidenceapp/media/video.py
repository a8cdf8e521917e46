"""Videos through PyAV: container/stream facts, a poster frame, keyframes every N seconds.

``extract_keyframes`` is the reusable entry point (the unboxing recorder calls it on its own takes, imported videos
go through the worker pool via ``keyframes_task``). Display rotation from the phone (display matrix) is applied,
so a portrait phone video gives portrait frames.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.errors import MediaDamaged

MAX_PROBE_PACKETS = 400  # enough to reach the first frame of any sane file; a broken one stops here


def _open(path: Path):
    import av

    try:
        return av.open(str(path), metadata_errors="replace")
    except (av.error.FFmpegError, OSError, ValueError, UnicodeDecodeError) as exc:
        raise MediaDamaged(_av_detail(exc), path=path.name) from exc


def _av_detail(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    # FFmpeg messages name the path; the user knows which file it is.
    text = re.sub(r":\s*'[^']*'$", "", text)
    return text[:200] or type(exc).__name__


def _parse_time(text: str) -> tuple[str, bool]:
    """An ISO timestamp from container metadata, and whether it carries a zone; '' for the 1904/1970 zero."""
    s = text.strip()
    if not s:
        return "", False
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        m = re.match(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2})(\d{2})$", s)  # Apple: +0800
        if not m:
            return "", False
        try:
            dt = datetime.fromisoformat(f"{m.group(1)}{m.group(2)}:{m.group(3)}")
        except ValueError:
            return "", False
    if dt.year < 1990:
        return "", False
    iso = dt.isoformat(timespec="seconds").replace("+00:00", "Z")
    return iso, dt.tzinfo is not None


_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)")


def _location(meta: dict[str, str]) -> tuple[float | None, float | None]:
    for key in ("com.apple.quicktime.location.ISO6709", "location", "location-eng"):
        m = _ISO6709.match(meta.get(key, "").strip())
        if m:
            lat, lon = float(m.group(1)), float(m.group(2))
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                return round(lat, 7), round(lon, 7)
    return None, None


def _first(meta: dict[str, str], *keys: str) -> str:
    for k in keys:
        v = meta.get(k, "").strip()
        if v:
            return v[:200]
    return ""


def probe_video(path: Path) -> dict[str, Any]:
    import av

    container = _open(path)
    with container:
        meta = {str(k)[:80]: str(v)[:512] for k, v in dict(container.metadata).items()}
        duration = container.duration / 1_000_000 if container.duration and container.duration > 0 else None
        streams = []
        video = None
        vinfo: dict[str, Any] = {}
        for s in container.streams:
            info: dict[str, Any] = {"index": s.index, "type": s.type}
            cc = getattr(s, "codec_context", None)
            if cc is not None:
                info["codec"] = cc.name
            if s.type == "video" and cc is not None:
                info.update(width=cc.width, height=cc.height)
                if s.average_rate:
                    info["fps"] = round(float(s.average_rate), 3)
                if s.frames:
                    info["frames"] = s.frames
                if video is None:
                    video, vinfo = s, info
            elif s.type == "audio" and cc is not None:
                info.update(sample_rate=cc.sample_rate, channels=cc.channels)
            smeta = {str(k)[:80]: str(v)[:256] for k, v in dict(s.metadata).items()}
            if smeta:
                info["metadata"] = smeta
            streams.append(info)
        rotation = 0
        if video is not None:
            try:
                for n, packet in enumerate(container.demux(video)):
                    if n > MAX_PROBE_PACKETS:
                        break
                    frames = packet.decode()
                    if frames:
                        rotation = int(getattr(frames[0], "rotation", 0) or 0)
                        break
            except av.error.FFmpegError as exc:
                raise MediaDamaged(_av_detail(exc), path=path.name) from exc
    fields: dict[str, Any] = {}
    if duration:
        fields["duration"] = round(duration, 3)
    if video is not None:
        w, h = vinfo.get("width"), vinfo.get("height")
        if rotation % 180 != 0:
            w, h = h, w  # as displayed
        fields["width"], fields["height"] = w, h
    created = _first(meta, "com.apple.quicktime.creationdate")
    when, zoned = _parse_time(created)
    if not when:
        when, zoned = _parse_time(_first(meta, "creation_time"))
    if when:
        fields["captured_at"], fields["captured_at_source"] = when, "container"
    lat, lon = _location(meta)
    if lat is not None:
        fields["gps_lat"], fields["gps_lon"] = lat, lon
    make = _first(meta, "com.apple.quicktime.make", "com.android.manufacturer", "make")
    model = _first(meta, "com.apple.quicktime.model", "com.android.model", "model")
    if make:
        fields["camera_make"] = make
    if model:
        fields["camera_model"] = model
    software = _first(meta, "com.apple.quicktime.software", "software")
    if software:
        fields["software"] = software
    metadata = {"format": container.format.name, "container": meta, "streams": streams, "rotation": rotation,
                "camera_exif": bool(make or model), "has_video": video is not None}
    if when and not zoned:
        metadata["capture_time"] = {"time_zone": "unknown"}
    return {"fields": fields, "metadata": metadata}


def _rotate(img: Any, rotation: int) -> Any:
    # PyAV reports the display matrix angle counter-clockwise, as PIL's rotate() takes it.
    r = rotation % 360
    return img.rotate(r, expand=True) if r else img


def _save_jpeg(img: Any, dest: Path, max_side: int, quality: int = 85) -> None:
    img.thumbnail((max_side, max_side))
    if img.mode != "RGB":
        img = img.convert("RGB")
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    img.save(tmp, "JPEG", quality=quality)
    os.replace(tmp, dest)


def extract_keyframes(path: str | os.PathLike[str], out_dir: str | os.PathLike[str], every_s: float = 10.0,
                      max_side: int = 960, at: list[float] | None = None, max_frames: int = 200,
                      prefix: str = "keyframe") -> list[dict[str, Any]]:
    """Save a JPEG every ``every_s`` seconds (and at each offset in ``at``, e.g. recorder markers).

    Returns ``[{"t": seconds, "file": name}]`` in time order; files are named ``{prefix}-{ms:08d}.jpg`` in
    ``out_dir``. Seeks to each time (fast on long takes) and keeps the first frame at or after it.
    """

    src, out = Path(path), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    container = _open(src)
    results: list[dict[str, Any]] = []
    with container:
        if not container.streams.video:
            return []
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        duration = container.duration / 1_000_000 if container.duration and container.duration > 0 else None
        if duration is None and stream.duration and stream.time_base:
            duration = float(stream.duration * stream.time_base)
        times = set(round(t, 3) for t in (at or []) if t >= 0)
        if every_s and every_s > 0:
            t = 0.0
            end = duration if duration else every_s * max_frames
            while t <= end and len(times) < max_frames:
                times.add(round(t, 3))
                t += every_s
        for target in sorted(times)[:max_frames]:
            frame = _frame_at(container, stream, target)
            if frame is None:
                continue
            img = _rotate(frame.to_image(), int(getattr(frame, "rotation", 0) or 0))
            name = f"{prefix}-{int(round(target * 1000)):08d}.jpg"
            _save_jpeg(img, out / name, max_side)
            results.append({"t": target, "file": name, "frame_time": round(float(frame.time or 0.0), 3)})
    return results


def _frame_at(container: Any, stream: Any, target: float) -> Any:
    import av

    try:
        if target > 0 and stream.time_base:
            container.seek(int(target / stream.time_base), stream=stream, backward=True, any_frame=False)
        last = None
        for n, frame in enumerate(container.decode(stream)):
            last = frame
            if frame.time is None or frame.time + 1e-3 >= target or n > 2000:
                return frame
        return last
    except av.error.FFmpegError:
        return None


def poster_frame(path: str | os.PathLike[str], dest: Path, max_side: int = 1600) -> Any:
    """The frame at 10 % of the video (at most 1 s in), as the item's picture. Returns the PIL image."""
    import av

    src = Path(path)
    container = _open(src)
    with container:
        if not container.streams.video:
            return None
        stream = container.streams.video[0]
        duration = container.duration / 1_000_000 if container.duration and container.duration > 0 else 0
        try:
            frame = _frame_at(container, stream, min(1.0, duration / 10))
        except av.error.FFmpegError as exc:
            raise MediaDamaged(_av_detail(exc), path=src.name) from exc
        if frame is None:
            raise MediaDamaged("no decodable frame", path=src.name)
        img = _rotate(frame.to_image(), int(getattr(frame, "rotation", 0) or 0))
    _save_jpeg(img.copy(), dest, max_side)
    return img


def keyframes_task(path: str, out_dir: str, every_s: float, max_side: int = 960,
                   at: list[float] | None = None) -> dict[str, Any]:
    return {"keyframes": extract_keyframes(path, out_dir, every_s, max_side=max_side, at=at)}
