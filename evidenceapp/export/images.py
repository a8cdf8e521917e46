"""Image work for dossiers and upload copies (Pillow): print copies, tall-screenshot slices, contact sheets.

Originals are only ever read. Every copy gets its EXIF orientation applied first, so what a reviewer sees is what
the phone showed. JPEG decoding uses Pillow's ``draft`` (DCT scaling) when the target is much smaller than the
photo: a 12-MP photo decodes at 1/2 or 1/4 size, which is most of the speed of the export.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

try:  # iPhone photos are HEIC: let Pillow open them (the media layer registers the same opener)
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a dependency; without it HEIC shows as "cannot display"
    pass

Image.MAX_IMAGE_PIXELS = 200_000_000  # tall screenshots and 50-MP photos are legitimate; refuse only absurd ones


@dataclass(frozen=True)
class Prepared:
    path: Path  # a JPEG written for the PDF
    name: str  # content digest: a stable XObject name, so the same input gives the same PDF bytes
    width: int
    height: int
    downscaled: bool


def orientation(im: Image.Image) -> int:
    """EXIF orientation (1 = upright). PNG and GIF are taken as upright: reading a PNG's EXIF means decoding the
    whole file (its eXIf chunk may follow the pixels), and screenshots are stored upright anyway."""
    if im.format in ("PNG", "GIF"):
        return 1
    try:
        return int(im.getexif().get(0x0112, 1) or 1)
    except Exception:  # noqa: BLE001 - damaged EXIF: show the pixels as stored
        return 1


def open_oriented(path: Path, box: tuple[int, int] | None = None) -> Image.Image:
    """Open an image with its EXIF orientation applied. With ``box`` (the largest size wanted, as displayed), a
    JPEG is decoded at the smallest DCT scale (1/2, 1/4, 1/8) that still covers the fitted size: most of the speed
    of the export."""
    im = Image.open(path)
    orient = orientation(im)
    if box and im.format == "JPEG":
        w, h = im.size if orient not in (5, 6, 7, 8) else (im.size[1], im.size[0])
        tw, th = fit(w, h, *box)
        im.draft("RGB", (tw, th) if orient not in (5, 6, 7, 8) else (th, tw))
    if orient != 1:
        im = ImageOps.exif_transpose(im)
    return im


def _rgb(im: Image.Image) -> Image.Image:
    if im.mode in ("RGBA", "LA", "P"):
        im = im.convert("RGBA")
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, mask=im.split()[3])
        return bg
    if im.mode not in ("RGB", "L"):
        return im.convert("RGB")
    return im


def save_jpeg(im: Image.Image, dest_dir: Path, quality: int, crisp: bool) -> tuple[Path, str]:
    """Write ``im`` as a JPEG named by its digest. ``crisp`` keeps full chroma (4:4:4) so coloured chat text stays
    sharp; photos use 4:2:0."""
    buf = io.BytesIO()
    _rgb(im).save(buf, "JPEG", quality=quality, subsampling=0 if crisp else 2, optimize=False)
    data = buf.getvalue()
    digest = hashlib.sha256(data).hexdigest()[:32]
    path = dest_dir / f"{digest}.jpg"
    if not path.exists():
        path.write_bytes(data)
    return path, digest


def fit(w: int, h: int, max_w: int, max_h: int) -> tuple[int, int]:
    scale = min(1.0, max_w / w, max_h / h)
    return max(1, round(w * scale)), max(1, round(h * scale))


def prepare_photo(path: Path, box_pt: tuple[float, float], dpi: int, quality: int, dest_dir: Path) -> Prepared:
    """A print copy that fills ``box_pt`` at ``dpi`` at most (never upscaled)."""
    max_px = (round(box_pt[0] / 72 * dpi), round(box_pt[1] / 72 * dpi))
    with Image.open(path) as probe:
        orient = orientation(probe)
        w0, h0 = probe.size
    if orient in (5, 6, 7, 8):
        w0, h0 = h0, w0
    tw, th = fit(w0, h0, *max_px)
    im = open_oriented(path, max_px)
    downscaled = (tw, th) != (w0, h0)
    if im.size != (tw, th):
        im = im.resize((tw, th), Image.Resampling.LANCZOS if im.width < 3 * tw else Image.Resampling.BILINEAR,
                       reducing_gap=2.0)
    out, name = save_jpeg(im, dest_dir, quality, crisp=False)
    return Prepared(out, name, tw, th, downscaled)


def slice_rows(im: Image.Image, first_h: int, rest_h: int, overlap: int, search: float = 0.2) -> list[tuple[int, int]]:
    """Cut a tall image into (top, bottom) bands without losing a line of text: the first band at most
    ``first_h`` rows (what fits under the exhibit heading), the others at most ``rest_h``.

    Each cut is made at the quietest row (least variation across the row: the gap between chat bubbles or text
    lines) within the bottom ``search`` fraction of the band, and the next band starts ``overlap`` rows above the
    cut, so even a cut through a line leaves that line whole on one of the two pages.
    """
    h = im.height
    gray = im.convert("L")
    # Per-row activity: the spread of pixel values across a grid of columns. Cheap and good enough.
    small = gray.resize((min(gray.width, 256), h), Image.Resampling.NEAREST)
    row_bytes = small.tobytes()
    sw = small.width
    bands: list[tuple[int, int]] = []
    top = 0
    limit = first_h
    while True:
        bottom = min(h, top + limit)
        if bottom == h:
            bands.append((top, h))
            return bands
        lo = max(top + overlap + 1, bottom - int(limit * search))
        best, best_score = bottom, None
        for y in range(bottom - 1, lo - 1, -1):
            row = row_bytes[y * sw:(y + 1) * sw]
            score = max(row) - min(row)
            if best_score is None or score < best_score:
                best, best_score = y + 1, score
                if score == 0:
                    break
        bands.append((top, best))
        top = max(best - overlap, top + 1)
        # Share what is left evenly between the pages it needs, so the last page is not a thin strip.
        left = h - top
        pages = -(-left // rest_h)
        limit = min(rest_h, -(-(left + (pages - 1) * overlap) // pages) + 8)


def content_height(im: Image.Image, quiet: int = 10, margin: int = 12) -> int:
    """Rows down to the last one with something on it: a screenshot's empty tail (the blank chat area under the last
    message, a keyboard-less bottom) would otherwise become a blank continuation page."""
    small = im.convert("L").resize((min(im.width, 256), im.height), Image.Resampling.NEAREST)
    data, sw = small.tobytes(), small.width
    for y in range(im.height - 1, -1, -1):
        row = data[y * sw:(y + 1) * sw]
        if max(row) - min(row) > quiet:
            return min(im.height, y + 1 + margin)
    return im.height


def screenshot_content(path: Path) -> tuple[int, int]:
    """(width, height without the empty tail) of a screenshot as displayed."""
    im = open_oriented(path)
    return im.width, content_height(_rgb(im))


def prepare_slices(path: Path, width_px: int, first_h: int, rest_h: int, quality: int, dest_dir: Path,
                   overlap: int = 40) -> list[tuple[Prepared, tuple[int, int]]]:
    """Print copies of a screenshot, its empty tail dropped, scaled to ``width_px`` wide and cut into bands (see
    ``slice_rows``).

    Returns each band with the rows of the original image it covers."""
    im = _rgb(open_oriented(path))
    im = im.crop((0, 0, im.width, content_height(im)))
    w0, h0 = im.size
    if w0 != width_px:
        im = im.resize((width_px, max(1, round(h0 * width_px / w0))), Image.Resampling.LANCZOS)
    scale = h0 / im.height
    out = []
    for top, bottom in slice_rows(im, first_h, rest_h, overlap):
        part = im.crop((0, top, im.width, bottom))
        p, name = save_jpeg(part, dest_dir, quality, crisp=True)
        out.append((Prepared(p, name, part.width, part.height, w0 != width_px),
                    (round(top * scale), round(bottom * scale))))
    return out


def image_size(path: Path) -> tuple[int, int] | None:
    """Displayed size (orientation applied), or None when Pillow cannot read it."""
    try:
        with Image.open(path) as im:
            w, h = im.size
            orient = orientation(im)
    except Exception:  # noqa: BLE001 - any decoder failure means "not displayable", never a crash
        return None
    return (h, w) if orient in (5, 6, 7, 8) else (w, h)


def jpeg_within(im: Image.Image, max_edge: int, max_bytes: int) -> tuple[bytes, tuple[int, int], int]:
    """JPEG bytes of ``im`` with long edge <= max_edge and size <= max_bytes: lower quality first, then smaller.

    Returns (bytes, size, quality); raises ValueError when even a tiny copy does not fit (never claims a fit)."""
    im = _rgb(im)
    w, h = fit(im.width, im.height, max_edge, max_edge)
    while True:
        cur = im if (w, h) == im.size else im.resize((w, h), Image.Resampling.LANCZOS)
        for q in (85, 72, 60, 50):
            buf = io.BytesIO()
            cur.save(buf, "JPEG", quality=q, optimize=True)
            if buf.tell() <= max_bytes:
                return buf.getvalue(), (w, h), q
        if max(w, h) < 200:
            raise ValueError("cannot fit the image within the byte limit")
        w, h = max(1, int(w * 0.8)), max(1, int(h * 0.8))
