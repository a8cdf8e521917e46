"""Icons drawn at run time (platform badges, placeholders) and the app icon from resources/icons/app/."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from ..services import installation

PLATFORM_COLORS = {
    "taobao": "#ff5000", "tmall": "#d7000f", "jd": "#e1251b", "pdd": "#e02e24", "douyin": "#161823",
    "aliexpress": "#e43225", "other": "#607d8b",
}
PLATFORM_LETTERS = {"taobao": "淘", "tmall": "猫", "jd": "JD", "pdd": "拼", "douyin": "抖", "aliexpress": "Ali",
                    "other": "•"}
KIND_COLORS = {"photo": "#5c8fd6", "screenshot": "#3aa76d", "video": "#b5523b", "unboxing": "#c0392b",
               "screen": "#8e44ad", "web": "#2471a3",
               "document": "#7f6aa3", "chat_text": "#3aa76d", "audio": "#a67c00", "other": "#808080"}
KIND_GLYPHS = {"photo": "▣", "screenshot": "▤", "video": "▶", "unboxing": "▶", "screen": "▶", "web": "◎", "document": "≡", "chat_text": "✉",
               "audio": "♪", "other": "?"}


def app_icon() -> QIcon:
    icon = QIcon()
    base = installation.icons_dir() / "app"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        p = base / "hicolor" / f"{size}x{size}" / "apps" / "io.github.evidenceapp.png"
        if p.is_file():
            icon.addFile(str(p))
    if icon.isNull() and (base / "evidenceapp.png").is_file():
        icon.addFile(str(base / "evidenceapp.png"))
    if icon.isNull():
        icon = QIcon(badge("#205ca0", "E", 64))
    return icon


@cache
def badge(color: str, text: str, size: int = 32) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size * 0.22, size * 0.22)
    f = QFont()
    f.setBold(True)
    f.setPixelSize(int(size * (0.5 if len(text) == 1 else 0.36)))
    p.setFont(f)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return pm


def platform_icon(platform: str, size: int = 32) -> QPixmap:
    return badge(PLATFORM_COLORS.get(platform, "#607d8b"), PLATFORM_LETTERS.get(platform, "•"), size)


def kind_placeholder(kind: str, size: int = 160) -> QPixmap:
    return badge(KIND_COLORS.get(kind, "#808080"), KIND_GLYPHS.get(kind, "?"), size)
