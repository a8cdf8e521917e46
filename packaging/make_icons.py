"""Draws the app icon (a parcel with a check mark and a red record dot) at the hicolor sizes, 16–512 px.

Generated, not drawn by hand, so every size is crisp and the repo holds no large binaries. Run from build.sh.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(size: int) -> Image.Image:
    s = 4 * size  # supersample, then shrink: smooth edges at 16 px too
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    m = s // 16
    d.rounded_rectangle([m, m, s - m, s - m], radius=s // 6, fill=(32, 92, 160, 255))
    box = [s * 0.2, s * 0.3, s * 0.8, s * 0.8]
    d.rectangle(box, fill=(214, 168, 104, 255), outline=(120, 80, 40, 255), width=max(1, s // 64))
    d.line([(s * 0.2, s * 0.42), (s * 0.8, s * 0.42)], fill=(240, 220, 150, 255), width=max(2, s // 20))
    d.line([(s * 0.33, s * 0.6), (s * 0.46, s * 0.72), (s * 0.7, s * 0.5)], fill=(255, 255, 255, 255),
           width=max(2, s // 14), joint="curve")
    r = s * 0.11
    cx, cy = s * 0.78, s * 0.24
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(220, 40, 40, 255), outline=(255, 255, 255, 255),
              width=max(1, s // 48))
    return img.resize((size, size), Image.LANCZOS)


def main(out: Path) -> None:
    for size in SIZES:
        d = out / "hicolor" / f"{size}x{size}" / "apps"
        d.mkdir(parents=True, exist_ok=True)
        draw(size).save(d / "io.github.evidenceapp.png")
    draw(256).save(out / "evidenceapp.png")
    draw(256).save(out / "evidenceapp.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
    # macOS app bundle icon (16–1024 px incl. @2x); generated at build time, not kept in git (~160 KB).
    draw(1024).save(out / "evidenceapp.icns")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/icons/app"))
