"""This installation, as the front ends (GUI, CLI) need to know it: where the data and the bundled resources are,
which optional parts work here, where the log goes. The GUI and the CLI ask here instead of reaching into config,
logging set-up or probing modules themselves (DESIGN.md: they import only services and core)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache

from .. import config
from ..media import ocr
from .logs import setup_logging

__all__ = ["Capabilities", "capabilities", "cjk_font_path", "home_dir", "i18n_dir", "icons_dir", "setup_logging"]

home_dir = config.home_dir
i18n_dir = config.i18n_dir
icons_dir = config.icons_dir
cjk_font_path = config.cjk_font_path


def _importable(*modules: str) -> bool:
    try:
        return all(importlib.util.find_spec(m) is not None for m in modules)
    except (ImportError, ValueError):  # a parent package missing, or a half-installed one
        return False


@dataclass(frozen=True)
class Capabilities:
    """Optional parts of the app and whether this installation has them (decided once per process)."""

    recorder: bool  # filming: PyAV (encoder) and OpenCV (camera, video files)
    camera: bool  # a real camera source: OpenCV
    export: bool  # dossiers: reportlab
    ocr: bool  # reading chat screenshots: rapidocr + onnxruntime
    audio: bool  # sound while filming: sounddevice (PortAudio is checked by doctor)


@cache
def capabilities() -> Capabilities:
    return Capabilities(recorder=_importable("av", "cv2"), camera=_importable("cv2"),
                        export=_importable("reportlab"),
                        ocr=ocr.available(), audio=_importable("sounddevice"))
