"""EXIF through exifread: the full tag set as JSON, and the fields a user cares about.

Capture time, in order of trust: DateTimeOriginal with OffsetTimeOriginal (``exif``), DateTimeOriginal whose zone
is inferred from the GPS clock (``exif_gps_offset``), GPS date+time in UTC (``exif_gps``), DateTimeOriginal with no
zone (``exif_local``: a phone's local wall clock), then the file's own DateTime (``exif_datetime``, often the time
of the last edit). Runs in a worker process only.
"""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, BinaryIO

MAX_TAG_TEXT = 512  # per tag in the JSON: MakerNote blobs and long XMP would bloat the database

# Tags whose presence says "a camera made this" (a screenshot or a re-encoded copy has none of them).
CAMERA_TAGS = ("Image Make", "Image Model", "EXIF DateTimeOriginal", "EXIF ExposureTime", "EXIF FNumber",
               "EXIF ISOSpeedRatings", "EXIF FocalLength", "EXIF MakerNote")


def read_tags(fh: BinaryIO) -> dict[str, Any]:
    import exifread

    return exifread.process_file(fh, details=True, extract_thumbnail=False, strict=False)


def read_tiff_block(block: bytes) -> dict[str, Any]:
    """Tags from a raw EXIF block as Pillow hands it over for PNG/WebP/HEIC (``Exif\\0\\0`` + TIFF)."""
    if block.startswith(b"Exif\x00\x00"):
        block = block[6:]
    if block[:4] not in (b"II*\x00", b"MM\x00*"):
        return {}
    return read_tags(io.BytesIO(block))


def tags_to_json(tags: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, tag in tags.items():
        if name in ("JPEGThumbnail", "TIFFThumbnail") or isinstance(tag, bytes):
            continue
        text = str(getattr(tag, "printable", tag))
        out[name] = text[:MAX_TAG_TEXT]
    return out


def _text(tags: dict[str, Any], name: str) -> str:
    tag = tags.get(name)
    if tag is None:
        return ""
    v = getattr(tag, "values", tag)
    if isinstance(v, bytes):
        v = v.decode("utf-8", "replace")
    if isinstance(v, list):
        v = getattr(tag, "printable", "")
    return str(v).replace("\x00", "").strip()[:200]


def _ratios(tags: dict[str, Any], name: str) -> list[float] | None:
    tag = tags.get(name)
    values = getattr(tag, "values", None)
    if not isinstance(values, list) or not values:
        return None
    out = []
    for v in values:
        try:
            out.append(float(v))
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            return None
    return out


def _int(tags: dict[str, Any], name: str) -> int | None:
    tag = tags.get(name)
    values = getattr(tag, "values", None)
    if isinstance(values, list) and values and isinstance(values[0], int):
        return values[0]
    return None


def parse_exif_time(text: str) -> datetime | None:
    text = text.strip().replace("\x00", "")
    for fmt in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M", "%Y-%m-%dT%H:%M:%S"):
        try:
            dt = datetime.strptime(text[:19] if "S" in fmt else text[:16], fmt)
        except ValueError:
            continue
        return dt if 1990 <= dt.year <= 2100 else None
    return None


def parse_offset(text: str) -> timezone | None:
    text = text.strip()
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        h, m = int(text[1:3]), int(text[4:6])
    except ValueError:
        return None
    if h > 14 or m >= 60:
        return None
    delta = timedelta(hours=h, minutes=m)
    return timezone(-delta if text[0] == "-" else delta)


def _gps_time(tags: dict[str, Any]) -> datetime | None:
    date = _text(tags, "GPS GPSDate")
    hms = _ratios(tags, "GPS GPSTimeStamp")
    if not date or not hms or len(hms) != 3:
        return None
    try:
        day = datetime.strptime(date[:10].replace("-", ":"), "%Y:%m:%d")
        if not (0 <= hms[0] < 24 and 0 <= hms[1] < 60 and 0 <= hms[2] < 61):
            return None
        t = day + timedelta(hours=int(hms[0]), minutes=int(hms[1]), seconds=int(hms[2]))
    except (ValueError, OverflowError):
        return None
    return t.replace(tzinfo=UTC)


def _iso(dt: datetime) -> str:
    s = dt.isoformat(timespec="seconds")
    return s.replace("+00:00", "Z") if dt.tzinfo is UTC else s


def capture_time(tags: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(captured_at ISO 8601, source, detail)."""
    original = parse_exif_time(_text(tags, "EXIF DateTimeOriginal"))
    offset_text = _text(tags, "EXIF OffsetTimeOriginal") or _text(tags, "EXIF OffsetTime")
    offset = parse_offset(offset_text)
    gps = _gps_time(tags)
    if original is not None and offset is not None:
        return _iso(original.replace(tzinfo=offset)), "exif", {"time_zone": "OffsetTimeOriginal " + offset_text}
    if original is not None and gps is not None:
        # A phone's wall clock minus the satellite clock is its UTC offset, to the nearest quarter hour.
        minutes = (original - gps.replace(tzinfo=None)).total_seconds() / 60
        quarter = round(minutes / 15) * 15
        if abs(minutes - quarter) <= 20 and abs(quarter) <= 14 * 60:
            tz = timezone(timedelta(minutes=quarter))
            return (_iso(original.replace(tzinfo=tz)), "exif_gps_offset",
                    {"time_zone": "inferred from the GPS clock", "gps_time": _iso(gps)})
    if gps is not None and original is None:
        return _iso(gps), "exif_gps", {"time_zone": "UTC (GPS clock)"}
    if original is not None:
        return _iso(original), "exif_local", {"time_zone": "unknown (local time of the device)"}
    modified = parse_exif_time(_text(tags, "Image DateTime"))
    if modified is not None:
        return _iso(modified), "exif_datetime", {"time_zone": "unknown; DateTime is often the time of an edit"}
    return "", "", {}


def gps_position(tags: dict[str, Any]) -> tuple[float | None, float | None]:
    lat, lon = _ratios(tags, "GPS GPSLatitude"), _ratios(tags, "GPS GPSLongitude")
    if not lat or not lon or len(lat) != 3 or len(lon) != 3:
        return None, None
    la = lat[0] + lat[1] / 60 + lat[2] / 3600
    lo = lon[0] + lon[1] / 60 + lon[2] / 3600
    if _text(tags, "GPS GPSLatitudeRef").upper().startswith("S"):
        la = -la
    if _text(tags, "GPS GPSLongitudeRef").upper().startswith("W"):
        lo = -lo
    if not (-90 <= la <= 90 and -180 <= lo <= 180) or (la == 0 and lo == 0):
        return None, None
    return round(la, 7), round(lo, 7)


def fields_from_tags(tags: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(Item column values, extra metadata) from exifread tags."""
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    when, source, detail = capture_time(tags)
    if when:
        fields["captured_at"], fields["captured_at_source"] = when, source
        extra["capture_time"] = detail
    make, model = _text(tags, "Image Make"), _text(tags, "Image Model")
    if make:
        fields["camera_make"] = make
    if model:
        fields["camera_model"] = model
    lat, lon = gps_position(tags)
    if lat is not None:
        fields["gps_lat"], fields["gps_lon"] = lat, lon
    orientation = _int(tags, "Image Orientation")
    if orientation is not None and 1 <= orientation <= 8:
        fields["orientation"] = orientation
    software = _text(tags, "Image Software")
    if software:
        fields["software"] = software
    extra["camera_exif"] = any(name in tags for name in CAMERA_TAGS)
    comment = _text(tags, "EXIF UserComment")
    if comment:
        extra["user_comment"] = comment
    return fields, extra


# -- structural check of the TIFF/EXIF block --------------------------------------------------------------------

_TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}


def check_ifd_chain(block: bytes) -> str:
    """'' when the IFD chain is sane, else why not: offsets outside the block, or IFDs that loop.

    exifread quietly skips such IFDs (or crawls through a count of four billion values); evidence deserves a
    visible note that the EXIF is damaged or crafted, and exifread only ever sees a block that passed this check.
    """
    if block.startswith(b"Exif\x00\x00"):
        block = block[6:]
    if len(block) < 8 or block[:4] not in (b"II*\x00", b"MM\x00*"):
        return ""
    endian = "<" if block[:2] == b"II" else ">"
    seen: set[int] = set()
    todo = [struct.unpack(endian + "I", block[4:8])[0]]
    while todo:
        off = todo.pop()
        if off == 0:
            continue
        if off in seen:
            return "an EXIF directory points back to an earlier one (loop)"
        if len(seen) > 64:
            return "too many EXIF directories"
        seen.add(off)
        if off + 2 > len(block):
            return f"an EXIF directory offset ({off}) points outside the data ({len(block)} bytes)"
        count = struct.unpack(endian + "H", block[off:off + 2])[0]
        end = off + 2 + 12 * count
        if end + 4 > len(block):
            return f"an EXIF directory at {off} with {count} entries runs past the end of the data"
        for n in range(count):
            e = off + 2 + 12 * n
            tag, typ, cnt = struct.unpack(endian + "HHI", block[e:e + 8])
            value = struct.unpack(endian + "I", block[e + 8:e + 12])[0]
            if tag in (0x8769, 0x8825, 0xA005) and typ in (4, 13) and cnt == 1:  # Exif, GPS, Interop sub-IFDs
                todo.append(value)
                continue
            size = cnt * _TYPE_SIZE.get(typ, 1)
            if size > 4 and value + size > len(block):
                return f"EXIF tag 0x{tag:04x} claims {size} bytes at {value}, outside the data ({len(block)} bytes)"
        todo.append(struct.unpack(endian + "I", block[end:end + 4])[0])
    return ""


def jpeg_exif_block(fh: BinaryIO, limit: int = 1 << 20) -> bytes:
    """The APP1 Exif payload of a JPEG (first one), walking markers only up to the image data."""
    fh.seek(0)
    if fh.read(2) != b"\xff\xd8":
        return b""
    pos = 2
    while pos < limit:
        head = fh.read(4)
        if len(head) < 4 or head[0] != 0xFF:
            return b""
        marker, length = head[1], struct.unpack(">H", head[2:4])[0]
        if marker in (0xDA, 0xD9) or length < 2:
            return b""
        payload = fh.read(length - 2)
        if marker == 0xE1 and payload.startswith(b"Exif\x00\x00"):
            return payload
        pos += 2 + length
    return b""
