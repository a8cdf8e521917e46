"""UI font (issue 18.11): English and French text is drawn with a Latin family (’ … : as Latin glyphs), Chinese
glyphs come from the bundled CJK font as fallback, and the Chinese UI puts the CJK font first."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication

from evidenceapp.ui.fonts import load_cjk_font
from evidenceapp.ui.i18n import install_language


def glyph_families(text: str) -> list[str]:
    """Which real font draws each run of ``text`` in the application font (after fallback)."""
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


def test_latin_punctuation_is_latin_and_chinese_falls_back(qapp):
    cjk = load_cjk_font()
    assert cjk
    install_language("fr")
    first = QApplication.font().families()[0]
    assert first != cjk and QApplication.font().families()[-1] == cjk
    assert glyph_families("Ajouter un événement… l’heure :") == [first]  # one Latin run, no CJK glyph
    assert cjk in glyph_families("Seller 好物旗舰店")  # the Chinese name still draws
    install_language("zh_CN")
    assert QApplication.font().families()[0] == cjk
    install_language("en")
    assert glyph_families("Add event…") == [first]


def test_the_systems_chinese_ui_font_is_preferred_where_it_exists() -> None:
    from evidenceapp.ui.fonts import pick_system_cjk

    assert pick_system_cjk({"Segoe UI", "Microsoft YaHei", "Microsoft YaHei UI"}) == "Microsoft YaHei UI"  # Windows
    assert pick_system_cjk({".AppleSystemUIFont", "PingFang SC"}) == "PingFang SC"  # macOS
    assert pick_system_cjk({"DejaVu Sans"}) is None  # here: the bundled WenQuanYi Micro Hei is used
