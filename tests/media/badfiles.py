"""Hostile and broken files, generated on the fly (never stored in the repository)."""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

from evidenceapp.media import samples


def _tiff_block(next_ifd: int, sub_ifd: int | None = None) -> bytes:
    """A little-endian TIFF block: IFD0 with Make (and optionally an Exif sub-IFD pointer), then ``next_ifd``."""
    entries = [(0x010F, 2, 4, b"Evi\x00")]  # Make, 4 bytes: stored inline
    if sub_ifd is not None:
        entries.append((0x8769, 4, 1, struct.pack("<I", sub_ifd)))
    out = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", len(entries))
    for tag, typ, count, value in entries:
        out += struct.pack("<HHI", tag, typ, count) + value[:4].ljust(4, b"\x00")
    return out + struct.pack("<I", next_ifd)


def jpeg_with_tiff(path: Path, block: bytes) -> Path:
    good = samples.plain_jpeg(path.with_suffix(".tmp.jpg"), size=(320, 240)).read_bytes()
    path.with_suffix(".tmp.jpg").unlink()
    payload = b"Exif\x00\x00" + block
    path.write_bytes(good[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + good[2:])
    return path


def exif_loop_jpeg(path: Path) -> Path:
    return jpeg_with_tiff(path, _tiff_block(next_ifd=8))  # IFD0's "next" is IFD0 itself


def exif_outside_jpeg(path: Path) -> Path:
    return jpeg_with_tiff(path, _tiff_block(next_ifd=0, sub_ifd=0x7FFFFFF0))  # Exif IFD far past the end


def truncated_jpeg(path: Path) -> Path:
    full = samples.phone_jpeg(path.with_suffix(".full.jpg"), size=(640, 480)).read_bytes()
    path.with_suffix(".full.jpg").unlink()
    path.write_bytes(full[: len(full) // 2])
    return path


def zero_bytes(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def random_bytes(path: Path, seed: int = 7, size: int = 50_000) -> Path:
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def png_bomb(path: Path, side: int = 20_000) -> Path:
    """A 1-bit PNG of side x side pixels (400 MP), ~50 KB on disk: far over Pillow's decompression-bomb limit."""

    def chunk(ctype: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", zlib.crc32(ctype + data))

    row = b"\x00" * (1 + side // 8)
    comp = zlib.compressobj(9)
    body = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b""))
    return path


def broken_moov_mp4(path: Path) -> Path:
    data = samples.mp4(path.with_suffix(".ok.mp4"), seconds=1.0, fps=10, size=(160, 120)).read_bytes()
    path.with_suffix(".ok.mp4").unlink()
    at = data.find(b"moov")
    assert at > 0
    path.write_bytes(data[:at] + b"moox" + data[at + 4:])
    return path


def encrypted_pdf(path: Path, password: str = "s3cret") -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = samples.pdf(path.with_suffix(".plain.pdf"))
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    with open(path, "wb") as f:
        writer.write(f)
    plain.unlink()
    return path


ALL = {
    "truncated.jpg": truncated_jpeg,
    "empty.jpg": zero_bytes,
    "exif-loop.jpg": exif_loop_jpeg,
    "exif-outside.jpg": exif_outside_jpeg,
    "bomb.png": png_bomb,
    "random.jpg": random_bytes,
    "broken-moov.mp4": broken_moov_mp4,
    "locked.pdf": encrypted_pdf,
}


def make_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: fn(folder / name) for name, fn in ALL.items()}
