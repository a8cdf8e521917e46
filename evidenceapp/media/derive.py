"""Pictures derived from an original (runs in a worker process): thumbnail, preview, perceptual hash, poster.

Files land in the object's ``derived/<sha256>/`` folder, written to a temp name then renamed, so a reader never
sees half a JPEG. EXIF orientation is applied: a portrait phone photo shows upright.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..core.errors import MediaDamaged, MediaTooLarge
from .sniff import sniff_file

THUMB_PX = 256
PREVIEW_PX = 1600
THUMB_NAME = f"thumb-{THUMB_PX}.jpg"
PREVIEW_NAME = f"preview-{PREVIEW_PX}.jpg"
POSTER_NAME = "poster.jpg"


def derive(path: str, out_dir: str, want: list[str] | None = None) -> dict[str, Any]:
    """Make the derived files named in ``want`` (``thumb``, ``preview``); returns names and the dHash."""
    want = want or ["thumb"]
    src, out = Path(path), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sniffed = sniff_file(src)
    if sniffed.is_video:
        return _video(src, out, want)
    if sniffed.mime == "application/pdf":
        return _pdf(src, out, want)
    if not sniffed.is_image:
        return {"files": {}}
    img = _decode(src, PREVIEW_PX if "preview" in want else THUMB_PX)
    files: dict[str, str] = {}
    if "preview" in want:
        preview = img.copy()
        preview.thumbnail((PREVIEW_PX, PREVIEW_PX))
        _save(preview, out / PREVIEW_NAME)
        files["preview"] = PREVIEW_NAME
        img = preview
    thumb = img.copy()
    thumb.thumbnail((THUMB_PX, THUMB_PX))
    if "thumb" in want:
        _save(thumb, out / THUMB_NAME)
        files["thumb"] = THUMB_NAME
    return {"files": files, "phash": dhash(thumb), "decoded": list(img.size)}


def _decode(src: Path, px: int) -> Any:
    from PIL import Image, ImageOps

    try:
        with Image.open(src) as im:
            # JPEG: let libjpeg decode at 1/2..1/8 scale, several times faster for a 12-MP photo.
            im.draft("RGB", (px, px))
            im.load()
            img = ImageOps.exif_transpose(im) or im
            img = _to_rgb(img)
            img.load()
            return img
    except Image.DecompressionBombError as exc:
        raise MediaTooLarge(str(exc), width="?", height="?", path=src.name) from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError) as exc:
        raise MediaDamaged(f"cannot decode the picture: {exc}"[:200], path=src.name) from exc


def _to_rgb(img: Any) -> Any:
    if img.mode in ("RGB", "L"):
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        from PIL import Image

        rgba = img.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    return img.convert("RGB")


def _save(img: Any, dest: Path, quality: int = 85) -> None:
    if img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    img.save(tmp, "JPEG", quality=quality)
    os.replace(tmp, dest)


def _video(src: Path, out: Path, want: list[str]) -> dict[str, Any]:
    from .frames import poster_frame

    img = poster_frame(src, out / POSTER_NAME, max_side=PREVIEW_PX)
    if img is None:
        return {"files": {}}
    files = {"poster": POSTER_NAME}
    thumb = img.copy()
    thumb.thumbnail((THUMB_PX, THUMB_PX))
    if "thumb" in want:
        _save(thumb, out / THUMB_NAME)
        files["thumb"] = THUMB_NAME
    if "preview" in want:
        preview = img.copy()
        preview.thumbnail((PREVIEW_PX, PREVIEW_PX))
        _save(preview, out / PREVIEW_NAME)
        files["preview"] = PREVIEW_NAME
    return {"files": files, "phash": dhash(thumb), "decoded": list(img.size)}


def _pdf(src: Path, out: Path, want: list[str]) -> dict[str, Any]:
    """First page through poppler's pdftoppm (a separate program, inside this worker's limits and timeout)."""
    import shutil
    import subprocess
    import tempfile

    from PIL import Image

    tool = shutil.which("pdftoppm")
    if tool is None:
        return {"files": {}}
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        try:
            subprocess.run([tool, "-f", "1", "-l", "1", "-scale-to", str(PREVIEW_PX), "-jpeg", str(src),
                            str(Path(tmp) / "page")], capture_output=True, timeout=8, check=True)
        except (subprocess.SubprocessError, OSError) as exc:
            raise MediaDamaged(f"cannot render the first page: {type(exc).__name__}", path=src.name) from exc
        pages = sorted(Path(tmp).glob("page*.jpg"))
        if not pages:
            return {"files": {}}
        with Image.open(pages[0]) as im:
            img = _to_rgb(im)
            img.load()
    files: dict[str, str] = {}
    if "preview" in want:
        _save(img, out / PREVIEW_NAME)
        files["preview"] = PREVIEW_NAME
    thumb = img.copy()
    thumb.thumbnail((THUMB_PX, THUMB_PX))
    if "thumb" in want:
        _save(thumb, out / THUMB_NAME)
        files["thumb"] = THUMB_NAME
    return {"files": files, "decoded": list(img.size)}


def dhash(img: Any, size: int = 8) -> str:
    """64-bit difference hash as 16 hex digits: survives re-compression and resizing, not edits of content."""
    from PIL import Image

    g = img.convert("L").resize((size + 1, size), Image.Resampling.LANCZOS)
    px = list(g.getdata())
    bits = 0
    for row in range(size):
        for col in range(size):
            left, right = px[row * (size + 1) + col], px[row * (size + 1) + col + 1]
            bits = (bits << 1) | (1 if left > right else 0)
    return f"{bits:0{size * size // 4}x}"


def hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")
