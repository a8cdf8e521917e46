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
    "audio/mp4": {".m4a", ".m4b", ".aac", ".3ga"},
    "audio/amr": {".amr", ".3ga"},
    "audio/amr-wb": {".awb", ".amr"},
    "audio/aac": {".aac", ".m4a"},
    "audio/ogg": {".ogg", ".opus", ".oga"},
    "audio/flac": {".flac"},
    "video/3gpp": {".3gp", ".3ga", ".3g2", ".m4a"},
}
# 3GPP brands: phones write call recordings (.3ga, .3gp, some .m4a) in this container, audio only.
_FTYP_3GP = {b"3gp4", b"3gp5", b"3gp6", b"3gp7", b"3ge6", b"3ge7", b"3gg6", b"3g2a", b"3g2b", b"3g2c"}


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
        if brand in _FTYP_3GP:  # audio or video: the probe decides from its streams (has_video)
            return Sniffed("video/3gpp", "video")
        return Sniffed("video/mp4", "video")
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return Sniffed("video/x-matroska", "video")
    if head.startswith(b"%PDF-"):
        return Sniffed("application/pdf", "document")
    if head.startswith(b"#!AMR-WB\n"):
        return Sniffed("audio/amr-wb", "audio")
    if head.startswith(b"#!AMR\n"):
        return Sniffed("audio/amr", "audio")
    if head[:4] == b"OggS":
        return Sniffed("audio/ogg", "audio")  # Opus or Vorbis voice notes and recordings
    if head[:4] == b"fLaC":
        return Sniffed("audio/flac", "audio")
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return Sniffed("audio/aac", "audio")  # ADTS: sync word, then layer bits 00 (MPEG audio has 01-11)
    if head[:3] == b"ID3" or (len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0
                              and head[1] & 0x06 != 0):
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
