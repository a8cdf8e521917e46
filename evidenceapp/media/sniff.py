"""File type from the content (magic bytes), never from the extension."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

_FTYP_IMAGE = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_FTYP_AVIF = {b"avif", b"avis"}
_FTYP_QT = {b"qt  "}

_EXT_FOR_MIME = {
    "image/jpeg": {".jpg", ".jpeg", ".jpe", ".jfif"},
    "image/png": {".png"},
    "image/gif": {".gif"},
    "image/webp": {".webp"},
    "image/heic": {".heic", ".heif", ".hif"},
    "image/avif": {".avif"},
    "image/tiff": {".tif", ".tiff", ".dng"},
    "image/bmp": {".bmp"},
    "video/mp4": {".mp4", ".m4v", ".3gp"},
    "video/quicktime": {".mov", ".qt"},
    "video/x-matroska": {".mkv", ".webm"},
    "application/pdf": {".pdf"},
    "text/plain": {".txt", ".log", ".csv", ".md"},
    "audio/mpeg": {".mp3"},
    "audio/wav": {".wav"},
    "audio/mp4": {".m4a"},
}


@dataclass(frozen=True)
class Sniffed:
    mime: str  # application/octet-stream when unknown
    kind: str  # photo | video | document | chat_text | audio | other (screenshot is decided from metadata)

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")

    @property
    def is_video(self) -> bool:
        return self.mime.startswith("video/")


def sniff_bytes(head: bytes) -> Sniffed:
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("image/jpeg", "photo")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("image/png", "photo")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return Sniffed("image/gif", "photo")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed("image/webp", "photo")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return Sniffed("audio/wav", "audio")
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return Sniffed("image/tiff", "photo")
    if head[:2] == b"BM" and len(head) > 14:
        return Sniffed("image/bmp", "photo")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _FTYP_IMAGE:
            return Sniffed("image/heic", "photo")
        if brand in _FTYP_AVIF:
            return Sniffed("image/avif", "photo")
        if brand in _FTYP_QT:
            return Sniffed("video/quicktime", "video")
        if brand in (b"M4A ", b"M4B "):
            return Sniffed("audio/mp4", "audio")
        return Sniffed("video/mp4", "video")
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return Sniffed("video/x-matroska", "video")
    if head.startswith(b"%PDF-"):
        return Sniffed("application/pdf", "document")
    if head[:3] == b"ID3" or head[:2] in (b"\xff\xfb", b"\xff\xf3"):
        return Sniffed("audio/mpeg", "audio")
    if head and _looks_like_text(head):
        return Sniffed("text/plain", "chat_text")
    return Sniffed("application/octet-stream", "other")


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            return False
    return True


def sniff_file(path: Path) -> Sniffed:
    with open(path, "rb") as f:
        return sniff_bytes(f.read(4096))


def extension_matches(mime: str, original_name: str) -> bool:
    """False when the name's extension claims another type than the content (noted on the item)."""
    suffix = Path(original_name).suffix.lower()
    if not suffix or mime == "application/octet-stream":
        return True
    return suffix in _EXT_FOR_MIME.get(mime, {suffix})
