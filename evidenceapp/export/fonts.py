"""The one embedded TrueType font family of every dossier (WenQuanYi Micro Hei, shipped in resources/fonts/).

Face 0 of the collection is the proportional font, face 1 its monospaced twin (used for SHA-256 values). Both are
embedded and subset by reportlab; nothing falls back to the base-14 Helvetica, so ``pdffonts`` lists only embedded
fonts and Chinese, French accents, € and ¥ render on any machine.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "EvSans"
MONO = "EvMono"

_lock = threading.Lock()
_registered: Path | None = None


def register(font_path: Path) -> None:
    """Register both faces once per process (reportlab's font registry is global)."""
    global _registered
    # Plain (not ASCII85) streams: smaller files, and the same bytes on every run.
    rl_config.useA85 = 0
    with _lock:
        if _registered == font_path:
            return
        pdfmetrics.registerFont(TTFont(SANS, str(font_path), subfontIndex=0))
        pdfmetrics.registerFont(TTFont(MONO, str(font_path), subfontIndex=1))
        # <b>/<i> in paragraphs map to the same faces: the collection has no bold, and a missing mapping would
        # make reportlab reach for Helvetica-Bold.
        for name in (SANS, MONO):
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        _registered = font_path
