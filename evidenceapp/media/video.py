"""Videos through PyAV: container and stream facts (size, duration, codecs, rotation, capture time, place).

Frames — poster, keyframes, contact sheets — are media/frames.py, shared by the importer and the recorder.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.errors import MediaDamaged
from .frames import av_detail, open_video

MAX_PROBE_PACKETS = 400  # enough to reach the first frame of any sane file; a broken one stops here


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

    container = open_video(path)
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
                raise MediaDamaged(av_detail(exc), path=path.name) from exc
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
