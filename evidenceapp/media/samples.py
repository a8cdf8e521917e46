"""Generated phone media for tests, demos and benchmarks (no binary fixtures in the repository).

Each function writes a real file the way a phone would: JPEG with camera EXIF (capture time and zone, GPS, serial
number, owner name, MakerNote), HEIC through pillow-heif, a PNG chat screenshot, WebP, an H.264 MP4 with container
creation time and location made with PyAV, and a small PDF.
"""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path
from typing import Any


def _picture(size: tuple[int, int], seed: int = 0, noise: float = 0.0) -> Any:
    import numpy as np
    from PIL import Image

    w, h = size
    rng = np.random.default_rng(seed)
    y = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    x = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    phase = (seed % 17) / 3
    base = np.stack([180 * x + 40 * y + 20, 110 + 80 * np.sin(6 * x + 3 * y + phase), 50 + 160 * x * y], axis=-1)
    # A few hard-edged "objects" so that perceptual hashes of different seeds differ.
    for _ in range(4):
        cx, cy = rng.uniform(0.1, 0.9, 2)
        r = rng.uniform(0.05, 0.2)
        mask = ((x - cx) ** 2 + (y - cy) ** 2) < r * r
        base[mask] = rng.uniform(0, 255, 3)
    if noise:
        base = base + rng.normal(0, noise, (h, w, 3)).astype(np.float32)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    v = abs(value)
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60, 4)
    return Fraction(d), Fraction(m), Fraction(s).limit_denominator(10000)


def phone_exif(make: str = "Xiaomi", model: str = "23013RK75C", when: str = "2026:11:20 10:15:30",
               offset: str | None = "+08:00", gps: tuple[float, float] | None = (22.543096, 114.057865),
               gps_utc: str | None = "2026:11:20 02:15:30", software: str = "", orientation: int = 1,
               serial: str = "SN-4C2A9F01", owner: str = "Li Wei", makernote: bool = True) -> bytes:
    from PIL import Image
    from PIL.TiffImagePlugin import IFDRational

    ex = Image.Exif()
    ex[0x010F], ex[0x0110], ex[0x0132] = make, model, when
    ex[0x0112] = orientation
    if software:
        ex[0x0131] = software
    if owner:
        ex[0x013B] = owner  # Artist
    ifd = ex.get_ifd(0x8769)
    ifd[0x9003] = ifd[0x9004] = when
    if offset:
        ifd[0x9011] = ifd[0x9010] = offset
    ifd[0x829A] = IFDRational(1, 120)
    ifd[0x829D] = IFDRational(18, 10)
    ifd[0x8827] = 100
    ifd[0x920A] = IFDRational(554, 100)
    if serial:
        ifd[0xA431] = serial  # BodySerialNumber
        ifd[0xA435] = "LENS-" + serial[-4:]
    if owner:
        ifd[0xA430] = owner  # CameraOwnerName
    if makernote:
        ifd[0x927C] = b"XIAOMI\x00\x00" + serial.encode() + b"\x00" * 24
    if gps:
        g = ex.get_ifd(0x8825)
        g[0x0000] = b"\x02\x02\x00\x00"
        g[0x0001] = "N" if gps[0] >= 0 else "S"
        g[0x0002] = tuple(IFDRational(f.numerator, f.denominator) for f in _dms(gps[0]))
        g[0x0003] = "E" if gps[1] >= 0 else "W"
        g[0x0004] = tuple(IFDRational(f.numerator, f.denominator) for f in _dms(gps[1]))
        if gps_utc:
            day, hms = gps_utc.split(" ")
            h, m, s = (int(v) for v in hms.split(":"))
            g[0x001D] = day
            g[0x0007] = (IFDRational(h, 1), IFDRational(m, 1), IFDRational(s, 1))
    return ex.tobytes()


def phone_jpeg(path: Path, size: tuple[int, int] = (1600, 1200), seed: int = 0, noise: float = 3.0,
               quality: int = 90, exif: bytes | None = None, **exif_kw: Any) -> Path:
    img = _picture(size, seed, noise)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=quality, exif=exif if exif is not None else phone_exif(**exif_kw))
    return path


def plain_jpeg(path: Path, size: tuple[int, int] = (1280, 960), seed: int = 0, quality: int = 75) -> Path:
    """A JPEG without any metadata, as a messaging app re-encodes a photo."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _picture(size, seed).save(path, "JPEG", quality=quality)
    return path


def heic(path: Path, size: tuple[int, int] = (1024, 768), seed: int = 1, **exif_kw: Any) -> Path:
    import pillow_heif

    pillow_heif.register_heif_opener()
    img = _picture(size, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "HEIF", quality=80, exif=phone_exif(make="Apple", model="iPhone 15", **exif_kw))
    return path


def webp(path: Path, size: tuple[int, int] = (1024, 768), seed: int = 2, exif: bytes | None = b"") -> Path:
    img = _picture(size, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "WEBP", quality=80, exif=exif or b"")
    return path


def chat_screenshot(path: Path, size: tuple[int, int] = (1080, 2340), lines: int = 12) -> Path:
    """A PNG chat screenshot: bubbles, no camera metadata, a phone screen's size."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, (237, 237, 237))
    d = ImageDraw.Draw(img)
    w, h = size
    d.rectangle([0, 0, w, h // 14], fill=(247, 247, 247))
    for n in range(lines):
        top = h // 12 + n * (h // (lines + 2))
        mine = n % 2 == 1
        left = w // 3 if mine else w // 10
        d.rounded_rectangle([left, top, left + w // 2, top + h // (lines + 6)], radius=18,
                            fill=(149, 236, 105) if mine else (255, 255, 255))
        d.text((left + 20, top + 20), f"message {n}", fill=(0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return path


def mp4(path: Path, seconds: float = 3.0, fps: int = 15, size: tuple[int, int] = (320, 240),
        creation_time: str = "2026-11-20T02:20:00.000000Z", location: str = "+22.5431+114.0579/",
        make: str = "", model: str = "", gop: int | None = None, rotation: int = 0) -> Path:
    """H.264 MP4 with a moving pattern, creation time and location in the container metadata.

    ``rotation``: a phone's display matrix (degrees counter-clockwise), e.g. -90 for a portrait video.
    """
    import av
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    w, h = size
    with av.open(str(path), "w", format="mp4") as out:
        if creation_time:
            out.metadata["creation_time"] = creation_time
        if location:
            out.metadata["location"] = location
        if make:
            out.metadata["make"] = make
        if model:
            out.metadata["model"] = model
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.codec_context.gop_size = gop or fps
        stream.options = {"preset": "ultrafast"}
        if rotation:
            stream.set_display_rotation(rotation)
        yy, xx = np.mgrid[0:h, 0:w]
        for n in range(int(seconds * fps)):
            arr = np.zeros((h, w, 3), np.uint8)
            arr[..., 0] = (xx + n * 4) % 256
            arr[..., 1] = (yy * 2) % 256
            arr[..., 2] = (n * 255 // max(1, int(seconds * fps))) % 256
            frame = av.VideoFrame.from_ndarray(arr, format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def pdf(path: Path, text: str = "Invoice 2026-11-20", author: str = "Li Wei") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor(author)
    c.setTitle(text)
    c.drawString(72, 760, text)
    c.showPage()
    c.save()
    return path


def phone_folder(root: Path) -> dict[str, Path]:
    """A folder of mixed phone media, as a buyer would drop it on a case."""
    return {
        "photo": phone_jpeg(root / "IMG_20261120_101530.jpg"),
        "heic": heic(root / "IMG_0042.HEIC"),
        "screenshot": chat_screenshot(root / "Screenshot_20261121-093000.png"),
        "webp": webp(root / "parcel.webp"),
        "video": mp4(root / "VID_20261120_102000.mp4"),
        "pdf": pdf(root / "invoice.pdf"),
    }
