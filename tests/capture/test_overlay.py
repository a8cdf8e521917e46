"""The burned-in overlay: dark boxes in two corners, white text, CJK glyphs that are real glyphs (not tofu)."""

from __future__ import annotations

import numpy as np
import pytest

from evidenceapp.capture.overlay import Overlay, clock_text, elapsed_text
from evidenceapp.config import cjk_font_path


def _frame(w: int = 1280, h: int = 720) -> np.ndarray:
    return np.full((h, w, 3), 200, np.uint8)  # a light grey parcel: white text alone would vanish on it


def test_clock_and_elapsed_text() -> None:
    text = clock_text(1795600000.0)
    assert text.startswith("2026-") and " UTC" in text and text[-6] in "+-" and text[-3] == ":"
    assert elapsed_text(3725.9) == "01:02:05"


def test_boxes_in_corners_with_white_text() -> None:
    ov = Overlay((1280, 720), cjk_font_path())
    ov.set_lines(["订单号 TB-1 · 淘宝 Taobao", "步骤 1/9: 面单和运单号"])
    f = ov.apply(_frame(), 1795600000.0, 12.0, 360)
    top = f[10:100, 10:300]
    bottom = f[640:710, 10:300]
    centre = f[300:400, 500:700]
    for box in (top, bottom):
        assert (box < 100).mean() > 0.5  # mostly dark box
        assert (box > 240).any()  # white text
    assert (centre == 200).all()  # the middle of the picture is untouched


def test_cjk_glyphs_render_distinctly() -> None:
    """A font without CJK draws every character as the same box; ours must draw different shapes."""
    ov = Overlay((640, 360), cjk_font_path())
    patches = []
    for text in ("面面面", "单单单"):
        ov.set_lines([text])
        f = ov.apply(np.zeros((360, 640, 3), np.uint8), 1795600000.0, 0, 0)
        patches.append(f[300:360, 0:200].astype(int))
    assert (patches[0] > 200).sum() > 50
    assert np.abs(patches[0] - patches[1]).sum() > 1000


def test_frame_number_changes_every_frame() -> None:
    ov = Overlay((640, 360), cjk_font_path())
    a = ov.apply(np.zeros((360, 640, 3), np.uint8), 1795600000.0, 1.0, 30).copy()
    b = ov.apply(np.zeros((360, 640, 3), np.uint8), 1795600000.0, 1.0, 31)
    assert not np.array_equal(a, b)
    assert np.array_equal(a[100:], b[100:])  # only the number region differs


@pytest.mark.parametrize("size", [(320, 240), (1920, 1080)])
def test_long_text_is_clipped_to_the_frame(size: tuple[int, int]) -> None:
    ov = Overlay(size, cjk_font_path())
    ov.set_lines(["很长的步骤名称" * 20])
    f = ov.apply(np.zeros((size[1], size[0], 3), np.uint8), 1795600000.0, 0, 0)
    assert f.shape == (size[1], size[0], 3)
