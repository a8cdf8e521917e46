"""The burned-in overlay: local clock with UTC offset, elapsed time, frame number, order number, checklist step.

Two dark boxes with white text in the top-left and bottom-left corners, sized from the frame height so it reads
on a 720p phone screen. A screen take must not hide what it captures (the seller's page is the evidence), so there
the boxes go side by side into a band added below the picture (``band=``; ``band_height`` says how tall). Text is drawn with Pillow and the bundled CJK TrueType font (OpenCV's Hershey fonts have
no Chinese). Drawing text is slow, so each box is rendered to a small premultiplied patch only when its text
changes (once a second for the clock); per frame we only blend the patches (two cv2 calls) and stamp the frame
number from pre-rendered digit glyphs, a few microseconds each.
"""

from __future__ import annotations

import math
import threading
from datetime import UTC, datetime
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ..core import times

BOX_ALPHA = 0.72  # dark enough for white text over a white parcel, light enough to see what is behind


def clock_text(wall: float) -> str:
    """Local time to the second with its UTC offset, e.g. ``2026-11-25 22:31:05 UTC+08:00`` (core.times)."""
    return times.clock(datetime.fromtimestamp(wall, UTC))


def elapsed_text(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


class _Patch:
    """A rendered box: where it goes, and the two arrays that blend it in (premultiplied colour, 1-alpha)."""

    def __init__(self, x: int, y: int, premult: np.ndarray, inv_alpha: np.ndarray) -> None:
        self.x, self.y = x, y
        self.premult = premult
        self.inv_alpha = inv_alpha

    def blend(self, frame: np.ndarray) -> None:
        h, w = self.premult.shape[:2]
        roi = frame[self.y:self.y + h, self.x:self.x + w]
        # roi * (1 - a) + colour * a, in uint8 with saturation, without a float temporary.
        cv2.add(cv2.multiply(roi, self.inv_alpha, scale=1 / 255), self.premult, dst=roi)


_CLOCK_SAMPLE = "2026-11-25 22:31:05 UTC+08:00"


def _band_layout(width: int, picture_h: int, font_path: str | Path, font_index: int = 0) -> tuple[int, bool, int]:
    """(font px, boxes side by side, band height) for a band below a ``width`` x ``picture_h`` picture: the
    same type size as the corner boxes, smaller when the clock line would not fit a narrow window."""
    px = max(12, round(picture_h / 26))
    font = ImageFont.truetype(str(font_path), px, index=font_index)
    room = width - 2 * max(4, round(picture_h / 60)) - 2 * max(3, round(px * 0.35))
    clock_w = font.getlength(_CLOCK_SAMPLE)
    if clock_w > room:
        px = max(8, int(px * room / clock_w))
        font = ImageFont.truetype(str(font_path), px, index=font_index)
        clock_w = font.getlength(_CLOCK_SAMPLE)
    margin, pad = max(4, round(picture_h / 60)), max(3, round(px * 0.35))
    asc, desc = font.getmetrics()
    line_h = asc + desc + max(1, px // 8)
    box_h = 2 * line_h + 2 * pad
    side_by_side = width >= 2.2 * (clock_w + 2 * pad) + 3 * margin
    band = (box_h + 2 * margin) if side_by_side else (2 * box_h + 3 * margin)
    return px, side_by_side, band + band % 2  # yuv420p wants an even frame height


def band_height(width: int, picture_h: int, font_path: str | Path, font_index: int = 0) -> int:
    """Rows to add below a ``width`` x ``picture_h`` picture so the overlay fits without covering it."""
    return _band_layout(width, picture_h, font_path, font_index)[2]


class Overlay:
    def __init__(self, size: tuple[int, int], font_path: str | Path, font_index: int = 0, band: int = 0) -> None:
        self.size = size
        w, h = size
        self.band = band
        self._side_by_side = False
        if band:
            px, self._side_by_side, need = _band_layout(w, h - band, font_path, font_index)
            if need > band:
                raise ValueError(f"an overlay band of {need} px is needed, {band} px given")
            self.px = px
        else:
            self.px = max(12, round(h / 26))  # ~28 px at 720p, ~42 px at 1080p
        self.small_px = max(10, round(self.px * 0.8))
        self.font = ImageFont.truetype(str(font_path), self.px, index=font_index)
        self.small = ImageFont.truetype(str(font_path), self.small_px, index=font_index)
        self.margin = max(4, round((h - band) / 60))
        self.pad = max(3, round(self.px * 0.35))
        self.max_width = int(w * 0.62)
        self._top_min_w = 0
        if band:
            self._top_min_w = int(self.font.getlength(_CLOCK_SAMPLE)) + 2 * self.pad
            self.max_width = (w - self._top_min_w - 3 * self.margin - 2 * self.pad if self._side_by_side
                              else w - 2 * self.margin - 2 * self.pad)
        self._lock = threading.Lock()
        self._bottom_lines: list[str] = []
        self._bottom: _Patch | None = None
        self._top: _Patch | None = None
        self._top_key: tuple[str, str] | None = None
        self._digits = self._render_digits()

    # -- text that changes rarely (order, step): set from any thread -----------------------------------------
    def set_lines(self, lines: list[str]) -> None:
        with self._lock:
            if lines != self._bottom_lines:
                self._bottom_lines = list(lines)
                self._bottom = None

    # -- per frame -------------------------------------------------------------------------------------------
    def apply(self, frame: np.ndarray, wall: float, elapsed: float, frame_no: int) -> np.ndarray:
        """Draw the overlay onto ``frame`` in place (and return it)."""
        key = (clock_text(wall), elapsed_text(elapsed))
        if key != self._top_key:
            self._top = self._render_top(*key)
            self._top_key = key
        assert self._top is not None
        self._top.blend(frame)
        self._stamp_number(frame, frame_no)
        with self._lock:
            if self._bottom is None and self._bottom_lines:
                self._bottom = self._render_box(self._bottom_lines, self.font, bottom=True)
            bottom = self._bottom
        if bottom is not None:
            bottom.blend(frame)
        return frame

    # -- rendering -------------------------------------------------------------------------------------------
    def _render_top(self, clock: str, elapsed: str) -> _Patch:
        # The second line leaves room for "#0000000" stamped per frame in the same box.
        self._number_width = self._digit_w * 8
        rec = f"● REC {elapsed}"
        rec_w = int(self.font.getlength(rec)) + self.pad * 2
        spacer_px = rec_w + self._number_width
        patch = self._render_box([clock, rec], self.font, bottom=False,
                                 min_width=max(spacer_px + self.pad * 2, self._top_min_w))
        line_h = self._line_h(self.font)
        self._number_xy = (patch.x + self.pad + rec_w, patch.y + self.pad + line_h + (line_h - self._digit_h) // 2)
        return patch

    def _line_h(self, font: ImageFont.FreeTypeFont) -> int:
        asc, desc = font.getmetrics()
        return asc + desc + max(1, self.px // 8)

    def _fit(self, text: str, font: ImageFont.FreeTypeFont) -> str:
        if font.getlength(text) <= self.max_width:
            return text
        while text and font.getlength(text + "…") > self.max_width:
            text = text[:-1]
        return text + "…"

    def _render_box(self, lines: list[str], font: ImageFont.FreeTypeFont, bottom: bool,
                    min_width: int = 0) -> _Patch:
        w, h = self.size
        lines = [self._fit(t, font) for t in lines]
        line_h = self._line_h(font)
        bw = max(min_width, max(int(font.getlength(t)) for t in lines) + self.pad * 2)
        bw = min(bw, w - 2 * self.margin)
        bh = min(line_h * len(lines) + self.pad * 2, h - 2 * self.margin)
        img = Image.new("LA", (bw, bh), (0, int(255 * BOX_ALPHA)))
        d = ImageDraw.Draw(img)
        for i, t in enumerate(lines):
            d.text((self.pad, self.pad + i * line_h), t, font=font, fill=(255, 255))
        la = np.asarray(img)
        lum = la[..., 0].astype(np.uint16)
        alpha = la[..., 1].astype(np.uint16)
        # Pillow composites the white text onto the box: L is the colour, A the coverage. Premultiply for blending.
        premult = ((lum * alpha) // 255).astype(np.uint8)
        premult3 = np.ascontiguousarray(np.repeat(premult[..., None], 3, axis=2))
        inv3 = np.ascontiguousarray(np.repeat((255 - alpha).astype(np.uint8)[..., None], 3, axis=2))
        x = self.margin
        y = h - self.margin - bh if bottom else self.margin
        if self.band:  # both boxes in the band below the picture: clock first, then order and step
            y = h - self.band + self.margin
            if bottom and self._side_by_side:
                x = 2 * self.margin + self._top_min_w
            elif bottom:
                y += bh + self.margin
        return _Patch(x, y, premult3, inv3)

    def _render_digits(self) -> dict[str, np.ndarray]:
        glyphs = {}
        chars = "0123456789#"
        self._digit_w = math.ceil(max(self.font.getlength(c) for c in "0123456789"))
        asc, desc = self.font.getmetrics()
        self._digit_h = asc + desc
        for c in chars:
            img = Image.new("L", (self._digit_w, self._digit_h), 0)
            ImageDraw.Draw(img).text((0, 0), c, font=self.font, fill=255)
            glyphs[c] = np.asarray(img)
        self._number_xy = (0, 0)
        return glyphs

    def _stamp_number(self, frame: np.ndarray, n: int) -> None:
        x, y = self._number_xy
        for c in f"#{n:07d}"[-8:]:
            mask = self._digits[c]
            h, w = mask.shape
            roi = frame[y:y + h, x:x + w]
            if roi.shape[:2] != (h, w):
                return
            # White over whatever the box left there: roi + (255 - roi) * mask.
            roi[...] = np.maximum(roi, mask[..., None])
            x += w
