"""Print copies and slices: EXIF orientation applied, tall screenshots cut without losing a line, upload copies
within their byte and edge limits."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from dossier_kit import TALL_H, make_tall_chat, text_bands
from helpers import make_jpeg
from PIL import Image

from evidenceapp.export import images


def _covered(bands: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(top <= a and bottom >= b for top, bottom in bands)


def test_tall_screenshot_slices_keep_every_line_whole(tmp_path: Path) -> None:
    im = Image.open(make_tall_chat(tmp_path / "tall.png")).convert("RGB")
    bands = images.slice_rows(im, first_h=1100, rest_h=1600, overlap=40)
    assert len(bands) >= 4
    assert bands[0][0] == 0 and bands[-1][1] == TALL_H
    for (_, b1), (a2, _) in zip(bands, bands[1:], strict=False):
        assert a2 <= b1  # consecutive parts touch or overlap: no row is skipped
    assert bands[0][1] <= 1100 and all(b - a <= 1600 for a, b in bands[1:])
    for a, b in text_bands():
        assert _covered(bands, a, b), f"text line {a}-{b} is cut on every page"


def test_noisy_image_without_quiet_rows_still_overlaps(tmp_path: Path) -> None:
    rnd = random.Random(1)
    im = Image.frombytes("L", (200, 3000), rnd.randbytes(200 * 3000)).convert("RGB")
    bands = images.slice_rows(im, 700, 700, overlap=40)
    for (_, b1), (a2, _) in zip(bands, bands[1:], strict=False):
        assert b1 - a2 >= 40  # every cut is covered by the overlap
    assert bands[-1][1] == 3000


def test_print_copy_applies_exif_orientation_and_downscales(tmp_path: Path) -> None:
    src = make_jpeg(tmp_path / "r.jpg", (4000, 3000), exif={0x0112: 6})
    p = images.prepare_photo(src, (500, 700), dpi=150, quality=80, dest_dir=tmp_path)
    assert p.height > p.width  # rotated to portrait, as the phone showed it
    assert p.width <= 500 / 72 * 150 + 1 and p.height <= 700 / 72 * 150 + 1 and p.downscaled
    with Image.open(p.path) as im:
        assert im.format == "JPEG" and im.size == (p.width, p.height)


def test_upload_copy_within_limits_or_refused(tmp_path: Path) -> None:
    rnd = random.Random(2)
    noisy = Image.frombytes("RGB", (3000, 2000), rnd.randbytes(3000 * 2000 * 3))
    data, size, _q = images.jpeg_within(noisy, 2000, 1_000_000)
    assert len(data) <= 1_000_000 and max(size) <= 2000
    with pytest.raises(ValueError):
        images.jpeg_within(noisy, 2000, 200)  # never claims a fit it cannot make
