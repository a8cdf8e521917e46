"""Offline OCR of chat screenshots with RapidOCR (PP-OCR models in ONNX, shipped inside the rapidocr wheel).

Optional at import time: ``available()`` says whether rapidocr and onnxruntime are installed, so the rest of the
app works without them. The engine is created once per process (about 0.7 s) and guarded by a lock; one
screenshot then takes about a second on two cores. Text regions are grouped back into visual lines (a chat bubble
may come back as several boxes), top to bottom, so the scam-signal rules see one message per line.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import OcrFailed, OcrUnavailable

__all__ = ["OcrFailed", "OcrLine", "OcrResult", "OcrUnavailable", "available", "ocr_image"]

_lock = threading.Lock()
_engine: Any = None
MAX_PIXELS = 60_000_000  # beyond this, downscale first; Pillow itself refuses decompression bombs (> ~179 MP)
# Very tall screenshots (long scroll captures) are read in overlapping bands so detection works on a bounded image
# (its memory grows with the height). Bands cost CPU (overlaps are read twice; ×1.6 on a 6000-px shot measured by
# benchmarks/ocr.py), so a phone screenshot up to 1.25 × TILE_HEIGHT goes through in one pass.
TILE_HEIGHT = 6000
OVERLAP = 200  # taller than any chat line, so a line cut by one band's edge is whole in the next


@dataclass
class OcrLine:
    text: str
    box: list[int]  # x0, y0, x1, y1 in the image's pixels
    score: float
    side: str = ""  # "right" (your own message), "" when not clear


def side_of(box: list[int], width: int) -> str:
    """"right" when a line clearly sits in your own bubble: chat apps put your messages on the right, so a line
    starting past 40 % of the width is yours. Nothing else is decided: the text of a long bubble on either side
    starts near the left edge, and its wrapped rows are left-aligned, so "left" cannot be told apart."""
    if width > 0 and box and box[0] > 0.4 * width:
        return "right"
    return ""


@dataclass
class OcrResult:
    lines: list[OcrLine] = field(default_factory=list)
    seconds: float = 0.0
    engine: str = ""
    width: int = 0
    height: int = 0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def to_dict(self) -> dict[str, Any]:
        return {"lines": [asdict(x) for x in self.lines], "seconds": self.seconds, "engine": self.engine,
                "width": self.width, "height": self.height}


def available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr", "onnxruntime"))


def engine_name() -> str:
    try:
        from importlib.metadata import version

        return f"rapidocr {version('rapidocr')}"
    except Exception:  # not installed: the name is only informative
        return "rapidocr"


def _get_engine() -> Any:
    global _engine
    if _engine is None:
        if not available():
            raise OcrUnavailable("rapidocr or onnxruntime missing")
        from rapidocr import RapidOCR

        # RapidOCR's logger (set to INFO, with its own console handler, when the package is imported) reports
        # every model load; keep our console and log quiet.
        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        # No text-direction classifier: screenshot text is upright, and skipping it saves about a quarter of the
        # CPU time per screenshot (benchmarks/ocr.py) with the same characters read.
        _engine = RapidOCR(params={"Global.log_level": "warning", "Global.use_cls": False})
    return _engine


def _load(path: Path) -> Any:
    from PIL import Image, ImageOps

    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:
        pass
    try:
        with Image.open(path) as im:
            if im.width * im.height > MAX_PIXELS:
                im.draft("RGB", (im.width // 2, im.height // 2))
                scale = (MAX_PIXELS / (im.width * im.height)) ** 0.5
                im = im.resize((max(1, int(im.width * scale)), max(1, int(im.height * scale))))
            im = ImageOps.exif_transpose(im)
            return im.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise OcrFailed(str(exc), path=path.name) from exc


def _bands(height: int) -> list[tuple[int, int]]:
    if height <= TILE_HEIGHT * 1.25:
        return [(0, height)]
    overlap = OVERLAP
    out, top = [], 0
    while top < height:
        bottom = min(height, top + TILE_HEIGHT)
        out.append((top, bottom))
        if bottom == height:
            break
        top = bottom - overlap
    return out


def _boxes(engine: Any, img: Any, top: int) -> list[OcrLine]:
    import numpy as np

    res = engine(np.asarray(img)[:, :, ::-1].copy())  # RapidOCR expects BGR like OpenCV
    if res is None or res.boxes is None or res.txts is None:
        return []
    out = []
    for box, txt, score in zip(res.boxes, res.txts, res.scores, strict=False):
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        out.append(OcrLine(str(txt), [int(min(xs)), int(min(ys)) + top, int(max(xs)), int(max(ys)) + top],
                           round(float(score), 4)))
    return out


def _dedupe_bands(boxes: list[OcrLine]) -> list[OcrLine]:
    """Regions read twice in the overlap of two bands: keep the better-scored copy."""
    kept: list[OcrLine] = []
    for b in sorted(boxes, key=lambda b: -b.score):
        if any(_overlap(b.box, k.box) > 0.5 for k in kept):
            continue
        kept.append(b)
    return kept


def _overlap(a: list[int], b: list[int]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])) or 1
    return w * h / smaller


def group_lines(boxes: list[OcrLine]) -> list[OcrLine]:
    """Merge regions on the same visual row (vertical centres within half a line height), left to right."""
    rows: list[list[OcrLine]] = []
    for b in sorted(boxes, key=lambda b: (b.box[1] + b.box[3]) / 2):
        cy = (b.box[1] + b.box[3]) / 2
        h = b.box[3] - b.box[1]
        if rows:
            last = rows[-1]
            lcy = sum((x.box[1] + x.box[3]) / 2 for x in last) / len(last)
            lh = max(x.box[3] - x.box[1] for x in last)
            if abs(cy - lcy) < 0.5 * min(h, lh):
                last.append(b)
                continue
        rows.append([b])
    out = []
    for row in rows:
        row.sort(key=lambda b: b.box[0])
        box = [min(b.box[0] for b in row), min(b.box[1] for b in row), max(b.box[2] for b in row),
               max(b.box[3] for b in row)]
        out.append(OcrLine(" ".join(b.text for b in row), box, round(min(b.score for b in row), 4)))
    return out


def ocr_image(path: Path, min_score: float = 0.5) -> OcrResult:
    """Read the text of an image file. Raises OcrUnavailable / OcrFailed (never a library exception)."""
    engine = _get_engine()
    img = _load(path)
    t0 = time.perf_counter()
    boxes: list[OcrLine] = []
    with _lock:
        try:
            for top, bottom in _bands(img.height):
                band = img if (top, bottom) == (0, img.height) else img.crop((0, top, img.width, bottom))
                for b in _boxes(engine, band, top):
                    # A region touching a cut edge is a partial line; the overlapping band has it whole.
                    if (top > 0 and b.box[1] <= top + 2) or (bottom < img.height and b.box[3] >= bottom - 2):
                        continue
                    boxes.append(b)
        except Exception as exc:  # onnxruntime/cv2 errors on odd inputs: report, do not crash the worker
            raise OcrFailed(f"{type(exc).__name__}: {exc}", path=path.name) from exc
    boxes = [b for b in _dedupe_bands(boxes) if b.score >= min_score and b.text.strip()]
    lines = group_lines(boxes)
    for line in lines:
        line.side = side_of(line.box, img.width)
    return OcrResult(lines, round(time.perf_counter() - t0, 3), engine_name(), img.width, img.height)
