"""The UI font: a Latin family first with the bundled CJK font as fallback (Chinese UI: the other way round).

The bundled WenQuanYi Micro Hei used to be substituted for the generic "Sans Serif" family, so every glyph came
from it: ’ … : looked Chinese (centred dots for "…") in English and French. Now a real Latin family the system
has is named first, and the CJK font only fills the glyphs it lacks; in Chinese the CJK font leads so that
full-width punctuation and quotes keep their Chinese shapes.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from ..services import installation

log = logging.getLogger("evidenceapp.ui")

# Tried in order when the desktop's own font is unknown or is the CJK font itself.
LATIN_FAMILIES = ("Segoe UI", ".AppleSystemUIFont", "Helvetica Neue", "Cantarell", "Noto Sans", "Ubuntu",
                  "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")
GENERIC = ("Sans Serif", "sans-serif", "Sans", "Helvetica", "Arial")
# The system's own Chinese UI fonts, preferred over the bundled one where they exist (they match the desktop and
# hint better): Windows, macOS, then common Linux packages. The PDFs always embed the bundled font (every OS).
SYSTEM_CJK_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
                       "Noto Sans CJK SC", "Source Han Sans SC")

_state: dict[str, str] = {}


def pick_system_cjk(installed: set[str]) -> str | None:
    """The first of the system's Chinese UI fonts that is installed, if any."""
    return next((f for f in SYSTEM_CJK_FAMILIES if f in installed), None)


def load_cjk_font() -> str | None:
    """The CJK family for the UI: the system's Chinese UI font where it has one, else the bundled font, registered
    once (None if neither exists)."""
    if "cjk" in _state:
        return _state["cjk"] or None
    system = pick_system_cjk(set(QFontDatabase.families()))
    if system:
        _state["cjk"] = system
        return system
    path = installation.cjk_font_path()
    families: list[str] = []
    if path.is_file():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        log.warning("CJK font not loaded from %s", path)
    _state["cjk"] = families[0] if families else ""
    return families[0] if families else None


def latin_family(cjk: str | None) -> str | None:
    """The desktop's UI family when it is a real, non-CJK one; else the first known Latin family installed."""
    installed = set(QFontDatabase.families())
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    for family in (system, *LATIN_FAMILIES):
        # fontconfig lists aliases ("Sans Serif") among the families; an alias may resolve to the CJK font itself.
        if family in installed and family != cjk and family not in GENERIC and _resolves_to_itself(family):
            return family
    return None


def _resolves_to_itself(family: str) -> bool:
    font = QFont()
    font.setFamilies([family])
    return QFontInfo(font).family() == family


def apply_ui_font(qapp: QApplication, lang: str) -> list[str]:
    """Set the application font's family list for ``lang``; returns it (for the log and tests)."""
    cjk = load_cjk_font()
    latin = latin_family(cjk)
    if "base" not in _state:
        _state["base"] = qapp.font().family()
    families = [f for f in ((cjk, latin) if lang == "zh_CN" else (latin, cjk)) if f]
    if not families:
        return []
    font = qapp.font()
    font.setFamilies(families)
    qapp.setFont(font)
    # Widgets or style sheets naming a generic family get the same list rather than whatever it resolves to.
    for generic in {_state["base"], *GENERIC} - set(families):
        QFont.insertSubstitutions(generic, families)
    return families
