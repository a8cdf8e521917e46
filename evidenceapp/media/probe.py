"""Metadata of one stored file (runs in a worker process): Item column values + the full tag set.

Returns ``{"fields": {...Item columns...}, "metadata": {...JSON...}}``; an unreadable file raises a coded
EvidenceError which the pool hands back to the parent as a per-file error.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..core.errors import (
    ExifDamaged,
    MediaDamaged,
    MediaEmpty,
    MediaTooLarge,
    MediaUnrecognised,
    PdfEncrypted,
)
from . import exif
from .sniff import sniff_file

MAX_TEXT_CHUNK = 2048


def probe(path: str) -> dict[str, Any]:
    p = Path(path)
    size = os.path.getsize(p)
    if size == 0:
        raise MediaEmpty(path=p.name)
    sniffed = sniff_file(p)
    if sniffed.mime in ("image/jpeg", "image/tiff"):
        return _jpeg_tiff(p, sniffed.mime)
    if sniffed.is_image:
        return _pillow_image(p)
    if sniffed.is_video or sniffed.kind == "audio":
        from .video import probe_video

        return probe_video(p)
    if sniffed.mime == "application/pdf":
        return _pdf(p)
    if sniffed.mime == "application/octet-stream":
        raise MediaUnrecognised("unknown content", path=p.name)
    return {"fields": {}, "metadata": {}}


def _open_image(p: Path):
    """Pillow, header only; the decompression-bomb guard raises here before any pixel is decoded."""
    from PIL import Image, UnidentifiedImageError

    try:
        return Image.open(p)
    except Image.DecompressionBombError as exc:
        w, h = _declared_size(p)
        raise MediaTooLarge(str(exc), width=w, height=h, path=p.name) from exc
    except UnidentifiedImageError as exc:
        raise MediaDamaged("not a decodable image", path=p.name) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise MediaDamaged(str(exc)[:200], path=p.name) from exc


def _declared_size(p: Path) -> tuple[int | str, int | str]:
    """Width/height from a PNG header without Pillow (which refused the file)."""
    with open(p, "rb") as f:
        head = f.read(24)
    if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR":
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    return "?", "?"


def _image_basics(im: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    fields: dict[str, Any] = {"width": int(im.size[0]), "height": int(im.size[1])}
    meta: dict[str, Any] = {"format": im.format, "mode": im.mode}
    xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
    if isinstance(xmp, bytes):
        xmp = xmp.decode("utf-8", "replace")
    if xmp:
        meta["xmp"] = str(xmp)[:MAX_TEXT_CHUNK]
    text = {}
    if im.format == "PNG":
        # im.info holds the text chunks before the image data; im.text would decode the whole picture.
        for k, v in im.info.items():
            if isinstance(v, str) and k != "XML:com.adobe.xmp":
                text[str(k)[:80]] = v[:MAX_TEXT_CHUNK]
    if text:
        meta["text"] = text
    if im.format == "JPEG":
        meta["jpeg"] = _jpeg_details(im)
    if "icc_profile" in im.info:
        meta["icc_profile"] = True
    return fields, meta


def _jpeg_details(im: Any) -> dict[str, Any]:
    segments = []
    for marker, data in getattr(im, "applist", [])[:32]:
        tag = data[:12].split(b"\x00", 1)[0].decode("latin-1", "replace")[:20]
        segments.append(f"{marker}:{tag}")
    out: dict[str, Any] = {"segments": segments}
    q = _jpeg_quality(getattr(im, "quantization", None))
    if q is not None:
        out["quality_estimate"] = q
    return out


# IJG standard luminance table (natural order, as Pillow returns it): the ratio to it estimates the encoder quality.
_STD_LUMA = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17,
             22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78,
             87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]


def _jpeg_quality(tables: Any) -> int | None:
    try:
        luma = list(tables[0])
    except (TypeError, KeyError, IndexError):
        return None
    if len(luma) != 64:
        return None
    scale = sum(q * 100 / s for q, s in zip(luma, _STD_LUMA, strict=True)) / 64
    quality = (200 - scale) / 2 if scale <= 100 else 5000 / scale
    return max(1, min(100, round(quality)))


def _with_exif(tags: dict[str, Any], fields: dict[str, Any], meta: dict[str, Any]) -> None:
    if not tags:
        meta["camera_exif"] = False
        return
    f, extra = exif.fields_from_tags(tags)
    fields.update(f)
    meta.update(extra)
    meta["exif"] = exif.tags_to_json(tags)


def _jpeg_tiff(p: Path, mime: str) -> dict[str, Any]:
    with open(p, "rb") as fh:
        block = exif.jpeg_exif_block(fh) if mime == "image/jpeg" else b""
        damaged = exif.check_ifd_chain(block if block else _head(fh))
        tags: dict[str, Any] = {}
        if not damaged:
            try:
                fh.seek(0)
                tags = exif.read_tags(fh)
            except Exception as exc:  # exifread on a crafted block: the rest of the file may still be fine
                damaged = f"{type(exc).__name__}: {exc}"[:200]
    im = _open_image(p)
    with im:
        fields, meta = _image_basics(im)
    _with_exif(tags, fields, meta)
    out: dict[str, Any] = {"fields": fields, "metadata": meta}
    if damaged:
        # Keep what could be read, but say plainly that the EXIF is not trustworthy.
        out["error"] = _soft_error(ExifDamaged(damaged, path=p.name))
    return out


def _head(fh: Any, limit: int = 16 << 20) -> bytes:
    """A TIFF file's first bytes, enough for its IFD chain check."""
    fh.seek(0)
    return fh.read(limit)


def _pillow_image(p: Path) -> dict[str, Any]:
    im = _open_image(p)
    with im:
        fields, meta = _image_basics(im)
        block = im.info.get("exif")
        if not block and hasattr(im, "getexif"):
            try:
                ex = im.getexif()
                block = ex.tobytes() if len(ex) else b""
            except Exception:
                block = b""
    tags: dict[str, Any] = {}
    error = None
    if block:
        damaged = exif.check_ifd_chain(block)
        try:
            tags = exif.read_tiff_block(block)
        except Exception as exc:
            damaged = damaged or f"{type(exc).__name__}: {exc}"[:200]
        if damaged:
            error = _soft_error(ExifDamaged(damaged, path=p.name))
    _with_exif(tags, fields, meta)
    out: dict[str, Any] = {"fields": fields, "metadata": meta}
    if error:
        out["error"] = error
    return out


def _soft_error(exc: ExifDamaged) -> dict[str, Any]:
    """An error that still came with metadata; the parent words it with the file's original name."""
    return {"code": exc.code, "detail": exc.params.get("detail", "")}


def _pdf(p: Path) -> dict[str, Any]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(p, strict=False)
        if reader.is_encrypted:
            # An owner-password-only PDF opens with the empty user password; a real password cannot be guessed.
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise PdfEncrypted(path=p.name)
        pages = len(reader.pages)
        info = reader.metadata or {}
    except PdfEncrypted:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise MediaDamaged(f"PDF: {exc}"[:200], path=p.name) from exc
    meta: dict[str, Any] = {"format": "PDF", "pages": pages, "encrypted": bool(reader.is_encrypted)}
    doc = {}
    for k, v in list(info.items())[:50]:
        doc[str(k).lstrip("/")[:80]] = str(v)[:MAX_TEXT_CHUNK]
    meta["pdf_info"] = doc
    fields: dict[str, Any] = {}
    created = _pdf_date(doc.get("CreationDate", ""))
    if created:
        fields["captured_at"], fields["captured_at_source"] = created, "pdf_created"
    producer = doc.get("Producer") or doc.get("Creator") or ""
    if producer:
        fields["software"] = producer[:200]
    return {"fields": fields, "metadata": meta}


def _pdf_date(text: str) -> str:
    """'D:20261120100000+08'00'' -> '2026-11-20T10:00:00+08:00'."""
    s = text.strip()
    if s.startswith("D:"):
        s = s[2:]
    digits = s[:14]
    if len(digits) < 8 or not digits.isdigit():
        return ""
    digits = digits.ljust(14, "0")
    out = f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}T{digits[8:10]}:{digits[10:12]}:{digits[12:14]}"
    tz = s[14:].replace("'", "")
    if tz.startswith("Z"):
        return out + "Z"
    if len(tz) >= 5 and tz[0] in "+-" and tz[1:5].isdigit():
        return f"{out}{tz[0]}{tz[1:3]}:{tz[3:5]}"
    return out
