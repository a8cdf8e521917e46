"""Translations: the app's .qm files (built from resources/i18n/*.ts) plus Qt's own for standard buttons.

The language follows the system locale unless the user picked one in Settings. Switching at run time swaps the
installed translators; the main window then rebuilds its widgets (see MainWindow.apply_language).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..services import installation

log = logging.getLogger("evidenceapp.ui")

LANGUAGES = ("en", "zh_CN", "fr")
# Shown in each language's own name, so a user who cannot read the current language still finds theirs.
NATIVE_NAMES = {"en": "English", "zh_CN": "简体中文", "fr": "Français"}

_installed: list[QTranslator] = []
_current = "en"


def i18n_dir() -> Path:
    return installation.i18n_dir()


def qm_path(lang: str) -> Path:
    return i18n_dir() / f"evidenceapp_{lang}.qm"


def system_language() -> str:
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, fr_FR, en_US
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("fr"):
        return "fr"
    return "en"


def resolve(lang: str) -> str:
    """``""`` (follow the system) or a language code → one of LANGUAGES."""
    return lang if lang in LANGUAGES else system_language()


def install_language(lang: str) -> str:
    """Install the translators for ``lang`` (or the system's), replacing earlier ones. Returns the code used."""
    global _current
    code = resolve(lang)
    app = QCoreApplication.instance()
    for tr in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(tr)
    _installed.clear()
    # English too: the source text is English, but its plural forms ("%n event(s)") come from the catalogue.
    ours = QTranslator()
    if ours.load(str(qm_path(code))):
        _installed.append(ours)
    else:
        log.warning("translation %s not found (run scripts/build-translations.sh)", qm_path(code))
    if code != "en":
        qt = QTranslator()
        if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for tr in _installed:
        QCoreApplication.installTranslator(tr)
    QLocale.setDefault(QLocale(code if code != "en" else "en_US"))
    if isinstance(app, QApplication):
        from .fonts import apply_ui_font

        apply_ui_font(app, code)
    _current = code
    return code


def current_language() -> str:
    return _current
