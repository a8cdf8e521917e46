"""Thumbnails and previews the GUI shows, as paths of files under ``derived/<sha256>/``.

A small stand-in until the media layer's own thumbnailer is wired in here (issue 4): the GUI only ever calls
``thumbnail_path`` / ``preview_path``, so swapping the implementation changes nothing above this module.
Generated once (JPEG, EXIF orientation applied) and written through a temp file + ``os.replace``, so two
threads asking at once never see a half-written file.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core.models import Item
from .app import App

THUMB_PX = 256
PREVIEW_PX = 1600
_RASTER = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff")


def _render(app: App, item: Item, px: int, name: str) -> Path | None:
    if item.mime not in _RASTER:
        return None
    out = app.objects.derived(item.sha256) / name
    if out.is_file():
        return out
    from PIL import Image, ImageOps

    try:
        with Image.open(app.objects.path_for(item.sha256)) as im:
            im.draft("RGB", (px, px))  # JPEG: decode at a reduced scale, much faster for 12-MP photos
            im = ImageOps.exif_transpose(im)
            im.thumbnail((px, px))
            if im.mode not in ("RGB", "L"):
                im = im.convert("RGB")
            tmp = app.objects.new_tmp(".jpg")
            im.save(tmp, "JPEG", quality=85)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    os.replace(tmp, out)
    return out


def thumbnail_path(app: App, item: Item) -> Path | None:
    """A ≤256 px JPEG of an image item, or None for items without a picture (videos until keyframes exist)."""
    return _render(app, item, THUMB_PX, f"thumb-{THUMB_PX}.jpg")


def preview_path(app: App, item: Item) -> Path | None:
    """A ≤1600 px JPEG for the detail pane."""
    return _render(app, item, PREVIEW_PX, f"preview-{PREVIEW_PX}.jpg")
