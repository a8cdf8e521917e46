"""Generated shipping labels and unboxing clips for the waybill check (tests and benchmarks/waybill.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from evidenceapp import config


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(config.cjk_font_path()), size, index=0)


def label_image(number: str, carrier: str = "顺丰速运", size: tuple[int, int] = (640, 420), rotate: float = 0.0,
                blur: float = 0.0, cover: bool = False, seed: int = 0) -> Image.Image:
    """A parcel on a table with a shipping label: carrier, waybill number (big, as printed), addresses."""
    rng = np.random.default_rng(seed)
    w, h = size
    scene = Image.new("RGB", size, (150 + seed % 40, 120, 80))
    label = Image.new("RGB", (int(w * 0.7), int(h * 0.7)), (250, 250, 245))
    d = ImageDraw.Draw(label)
    lw, lh = label.size
    d.rectangle([0, 0, lw - 1, lh - 1], outline=(30, 30, 30), width=3)
    d.text((16, 10), f"{carrier}  EXPRESS", font=_font(max(16, lh // 12)), fill=(0, 0, 0))
    d.text((16, lh // 5), f"运单号 {number}", font=_font(max(20, lh // 9)), fill=(0, 0, 0))
    for i in range(8):  # a barcode under the number
        x = 16 + i * (lw - 40) // 8
        d.rectangle([x, lh * 2 // 5, x + int(rng.integers(3, 14)), lh * 2 // 5 + lh // 8], fill=(0, 0, 0))
    d.text((16, lh * 3 // 5), "收件人 张** 138****5678  Shanghai", font=_font(max(12, lh // 16)), fill=(20, 20, 20))
    d.text((16, lh * 3 // 4), "寄件人 好物旗舰店 Hangzhou", font=_font(max(12, lh // 16)), fill=(20, 20, 20))
    if cover:  # a thumb or tape over the lower part of the label
        d.rectangle([lw // 2, lh * 3 // 5, lw - 10, lh - 10], fill=(200, 160, 120))
    label = label.rotate(rotate, expand=True, fillcolor=(150, 120, 80), resample=Image.Resampling.BICUBIC)
    scene.paste(label, ((w - label.width) // 2, (h - label.height) // 2))
    if blur:
        scene = scene.filter(ImageFilter.GaussianBlur(blur))
    return scene


def plain_box(size: tuple[int, int] = (640, 420), seed: int = 0) -> Image.Image:
    img = Image.new("RGB", size, (150 + seed % 40, 120, 80))
    d = ImageDraw.Draw(img)
    d.rectangle([size[0] // 5, size[1] // 5, size[0] * 4 // 5, size[1] * 4 // 5], fill=(190, 150, 100))
    d.line([(size[0] // 5, size[1] // 2), (size[0] * 4 // 5, size[1] // 2)], fill=(230, 210, 160), width=12)
    return img


def clip(path: Path, frames: list[Image.Image], seconds_each: list[float], fps: int = 10) -> Path:
    """An H.264 clip showing each picture for its time (the file the recorder plays as a camera)."""
    import av

    path.parent.mkdir(parents=True, exist_ok=True)
    w, h = frames[0].size
    with av.open(str(path), "w") as out:
        st = out.add_stream("libx264", rate=fps)
        st.width, st.height, st.pix_fmt = w, h, "yuv420p"
        st.options = {"preset": "ultrafast", "crf": "20"}
        for img, secs in zip(frames, seconds_each, strict=True):
            arr = np.asarray(img.convert("RGB"))
            for _ in range(int(secs * fps)):
                for p in st.encode(av.VideoFrame.from_ndarray(arr, format="rgb24")):
                    out.mux(p)
        for p in st.encode(None):
            out.mux(p)
    return path


def label_take_clip(path: Path, number: str | None, **label: object) -> Path:
    """1 s of the closed box, 3 s of its label (or none), 1 s of the box again."""
    seed = int(label.get("seed", 0))  # type: ignore[arg-type]
    shown = label_image(number, **label) if number else plain_box(seed=seed + 1)  # type: ignore[arg-type]
    return clip(path, [plain_box(seed=seed), shown, plain_box(seed=seed)], [1.0, 3.0, 1.0])
