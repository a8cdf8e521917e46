"""Share copies: the same picture without GPS, serial numbers, MakerNote and owner names (runs in a worker).

JPEG and PNG are rewritten losslessly (segments/chunks dropped, image data byte-identical), then a minimal EXIF
is put back with only what a reviewer needs (capture time and zone, orientation, camera make/model, exposure).
Other pictures (HEIC, WebP, AVIF, TIFF, GIF, BMP) are re-encoded to JPEG with orientation applied; videos are
remuxed without container metadata (location, device ids); PDFs lose their document info and XMP. The original is
never touched: the copy goes to ``dest``.
"""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path
from typing import Any

from ..core.errors import MediaDamaged, ShareUnsupported
from .sniff import sniff_file

# EXIF tags kept in a share copy (Pillow ids): when, which way up, which camera, how exposed.
KEEP_IFD0 = {0x010F: "Make", 0x0110: "Model", 0x0112: "Orientation", 0x0132: "DateTime"}
KEEP_EXIF = {0x9003: "DateTimeOriginal", 0x9004: "DateTimeDigitized", 0x9010: "OffsetTime",
             0x9011: "OffsetTimeOriginal", 0x9012: "OffsetTimeDigitized", 0x829A: "ExposureTime",
             0x829D: "FNumber", 0x8827: "ISOSpeedRatings", 0x920A: "FocalLength", 0x9209: "Flash",
             0xA002: "PixelXDimension", 0xA003: "PixelYDimension"}
REMOVED = ["GPS position and time", "serial numbers (body, lens)", "MakerNote", "owner/artist/copyright names",
           "image unique id", "user comments and descriptions", "XMP and IPTC blocks", "embedded previews"]

_PNG_KEEP = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"pHYs", b"sBIT",
             b"bKGD", b"acTL", b"fcTL", b"fdAT"}


def share_copy(path: str, dest: str) -> dict[str, Any]:
    src, out = Path(path), Path(dest)
    mime = sniff_file(src).mime
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        if mime == "image/jpeg":
            info = _jpeg(src, tmp)
        elif mime == "image/png":
            info = _png(src, tmp)
        elif mime.startswith("image/"):
            info = _reencode(src, tmp)
        elif mime.startswith("video/"):
            info = _video(src, tmp)
        elif mime == "application/pdf":
            info = _pdf(src, tmp)
        else:
            raise ShareUnsupported(f"{mime} files have no metadata this app can remove", path=src.name)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return {"file": out.name, "mime": mime, **info}


def _minimal_exif(src_exif: Any, drop_orientation: bool = False) -> bytes:
    from PIL import Image

    new = Image.Exif()
    for tag in KEEP_IFD0:
        if tag in src_exif and not (drop_orientation and tag == 0x0112):
            new[tag] = src_exif[tag]
    try:
        old_ifd = src_exif.get_ifd(0x8769)
    except Exception:
        old_ifd = {}
    kept = {tag: old_ifd[tag] for tag in KEEP_EXIF if tag in old_ifd}
    if kept:
        ifd = new.get_ifd(0x8769)
        ifd.update(kept)
    return new.tobytes() if len(new) or kept else b""


def _jpeg(src: Path, dest: Path) -> dict[str, Any]:
    from PIL import Image

    data = src.read_bytes()
    segments, body_end = _jpeg_segments(data, src.name)
    with Image.open(io.BytesIO(data)) as im:
        exif_bytes = _minimal_exif(im.getexif())
    kept: list[bytes] = []
    dropped = []
    for marker, start, end in segments:
        seg = data[start:end]
        if marker in (0xE1, 0xEC, 0xED, 0xFE) or 0xE3 <= marker <= 0xEF or (  # Exif/XMP, IPTC, COM …
                marker == 0xE2 and not seg[4:16].startswith(b"ICC_PROFILE")):  # MPF: extra images
            dropped.append(f"APP{marker - 0xE0}" if marker != 0xFE else "COM")
        else:
            kept.append(seg)
    if exif_bytes:
        # Pillow's Exif.tobytes() already starts with the "Exif\0\0" APP1 signature.
        payload = exif_bytes if exif_bytes.startswith(b"Exif\x00\x00") else b"Exif\x00\x00" + exif_bytes
        app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
        # JFIF wants its APP0 first; the new Exif block goes right after it.
        kept.insert(1 if kept and kept[0][1] == 0xE0 else 0, app1)
    out = bytearray(b"\xff\xd8")
    for seg in kept:
        out += seg
    out += data[segments[-1][2] if segments else 2:body_end]
    if body_end < len(data):
        dropped.append(f"{len(data) - body_end} bytes after the image (trailers, motion photo, extra images)")
    dest.write_bytes(bytes(out))
    return {"re_encoded": False, "removed": REMOVED, "dropped_blocks": dropped}


def _jpeg_segments(data: bytes, name: str) -> tuple[list[tuple[int, int, int]], int]:
    """Header segments (marker, start, end) before the first SOS, and where the image ends (after EOI)."""
    if data[:2] != b"\xff\xd8":
        raise MediaDamaged("not a JPEG", path=name)
    pos, segs = 2, []
    while True:
        if pos + 4 > len(data) or data[pos] != 0xFF:
            raise MediaDamaged("broken JPEG header", path=name)
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if marker == 0xDA:
            break
        if length < 2 or pos + 2 + length > len(data):
            raise MediaDamaged("broken JPEG header", path=name)
        segs.append((marker, pos, pos + 2 + length))
        pos += 2 + length
    # From the first SOS, walk entropy-coded data and segments up to EOI; what follows is not the picture.
    i = pos
    n = len(data)
    while i < n - 1:
        if data[i] != 0xFF:
            i += 1
            continue
        m = data[i + 1]
        if m == 0x00 or 0xD0 <= m <= 0xD7 or m == 0xFF:
            i += 1 if m == 0xFF else 2
            continue
        if m == 0xD9:
            return segs, i + 2
        if i + 4 > n:
            break
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        i += 2 + length
    raise MediaDamaged("the JPEG has no end marker (truncated)", path=name)


def _png(src: Path, dest: Path) -> dict[str, Any]:
    data = src.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise MediaDamaged("not a PNG", path=src.name)
    out, pos, dropped = bytearray(data[:8]), 8, []
    while pos + 12 <= len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        ctype = data[pos + 4:pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise MediaDamaged("truncated PNG chunk", path=src.name)
        if ctype in _PNG_KEEP:
            out += data[pos:end]
        else:
            dropped.append(ctype.decode("latin-1"))
        pos = end
        if ctype == b"IEND":
            break
    else:
        raise MediaDamaged("the PNG has no end chunk (truncated)", path=src.name)
    dest.write_bytes(bytes(out))
    return {"re_encoded": False, "removed": REMOVED, "dropped_blocks": sorted(set(dropped))}


def _reencode(src: Path, dest: Path) -> dict[str, Any]:
    from PIL import Image, ImageOps

    try:
        with Image.open(src) as im:
            exif_bytes = _minimal_exif(im.getexif(), drop_orientation=True)
            img = ImageOps.exif_transpose(im) or im
            img = img.convert("RGB")
            img.save(dest, "JPEG", quality=92, exif=exif_bytes)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise MediaDamaged(str(exc)[:200], path=src.name) from exc
    return {"re_encoded": True, "removed": REMOVED, "format": "JPEG"}


def _video(src: Path, dest: Path) -> dict[str, Any]:
    import av

    try:
        with av.open(str(src)) as inp, av.open(str(dest), "w", format="mp4") as outp:
            mapping = {}
            for s in inp.streams:
                if s.type in ("video", "audio"):
                    mapping[s.index] = outp.add_stream_from_template(s)
            for packet in inp.demux(*[inp.streams[i] for i in mapping]):
                if packet.dts is None:
                    continue
                packet.stream = mapping[packet.stream.index]
                outp.mux(packet)
    except (av.error.FFmpegError, ValueError) as exc:
        raise MediaDamaged(str(exc)[:200], path=src.name) from exc
    return {"re_encoded": False, "removed": ["container metadata (location, device make/model, dates)"],
            "format": "MP4"}


def _pdf(src: Path, dest: Path) -> dict[str, Any]:
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(src)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ShareUnsupported("the PDF is password-protected", path=src.name)
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        writer.add_metadata({"/Producer": "evidenceapp share copy"})
        with open(dest, "wb") as f:
            writer.write(f)
    except ShareUnsupported:
        raise
    except Exception as exc:
        raise MediaDamaged(f"PDF: {exc}"[:200], path=src.name) from exc
    return {"re_encoded": False, "removed": ["document info (author, creator, title, dates)", "XMP metadata"]}
