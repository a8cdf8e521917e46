"""Where evidenceapp keeps its data, and where its bundled resources are.

The data dir comes from platformdirs; ``EVIDENCEAPP_HOME`` overrides it (tests and portable installs use it).
Resources (fonts, playbooks, channels.toml, export texts, icons, translations) are the package
``evidenceapp.resources``: the top-level ``resources/`` folder of the repository, installed inside the package.
Lower layers never import this module: services pass them the paths they need.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import importlib.resources
import os
import sys
from pathlib import Path

import platformdirs

from .core.osrules import MAX_DIR_PATH, is_windows, long_path

APP_NAME = "evidenceapp"
# A source checkout (editable install, PYTHONPATH, tests): resources/ sits next to the package. Checked first so a
# work tree reads its own resources even when another checkout is installed in the same environment.
_SOURCE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# What every install must carry; doctor checks that each is readable (services/doctor.py).
REQUIRED_RESOURCES = ("playbooks/common.toml", "playbooks/scam_signals.toml", "channels.toml",
                      "fonts/wqy-microhei.ttc")
# The GUI's languages besides English (the source language): compiled i18n/evidenceapp_<lang>.qm files.
GUI_TRANSLATIONS = ("zh_CN", "fr")


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


@functools.cache
def resources_dir() -> Path:
    """The bundled resources as a real folder (reportlab, Qt and PIL want file paths).

    A PyInstaller build has them under ``sys._MEIPASS``; a source checkout next to the package; an installed wheel
    as the package ``evidenceapp.resources``, located with importlib.resources.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    if (_SOURCE_RESOURCES / "__init__.py").is_file():
        return _SOURCE_RESOURCES
    root = importlib.resources.files("evidenceapp.resources")
    if isinstance(root, Path):  # the usual case: pip unpacks a wheel into site-packages
        return root
    # Imported from an archive (zipimport): extract once, for the life of the process.
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return stack.enter_context(importlib.resources.as_file(root))


def playbooks_dir() -> Path:
    return resources_dir() / "playbooks"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
