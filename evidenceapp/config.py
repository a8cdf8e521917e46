"""Where evidenceapp keeps its data.

The data dir comes from platformdirs; ``EVIDENCEAPP_HOME`` overrides it (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .core.osrules import MAX_DIR_PATH, is_windows, long_path

APP_NAME = "evidenceapp"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def home_dir() -> Path:
    """The data folder. On Windows a deep one (a long user name, a synced folder) gets the extended-length prefix, so
    ``objects/sha256/ab/…`` (~80 more characters) never crosses MAX_PATH (core.osrules.long_path)."""
    override = os.environ.get("EVIDENCEAPP_HOME")
    if override:
        home = Path(override).expanduser().resolve()
    else:
        home = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if is_windows() and len(str(home)) + 100 >= MAX_DIR_PATH:  # pragma: no cover - Windows
        home = Path(long_path(home))
    return home


def resources_dir() -> Path:
    """Bundled resources (fonts, playbooks, channels.toml, translations).

    A PyInstaller build sets ``sys._MEIPASS``; a source checkout has them next to the package.
    """
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return RESOURCES


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
