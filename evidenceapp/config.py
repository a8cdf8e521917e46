"""Where evidenceapp keeps its data.

The data dir comes from platformdirs; ``EVIDENCEAPP_HOME`` overrides it (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "evidenceapp"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def home_dir() -> Path:
    override = os.environ.get("EVIDENCEAPP_HOME")
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


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
