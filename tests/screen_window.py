"""A window with known content for the screen-recording tests: run as a script under Xvfb (QT_QPA_PLATFORM=xcb).

Left half pure red, right half pure blue, a green square top-left (where the unboxing overlay would sit, so the
test can see it is not covered), and a white counter in the middle that changes ten times a second.
Usage: python screen_window.py TITLE WIDTH HEIGHT
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget

RED, BLUE, GREEN = (220, 20, 20), (20, 20, 220), (20, 200, 20)


class Window(QWidget):
    def __init__(self, title: str, w: int, h: int) -> None:
        super().__init__()
        self.setWindowTitle(title)
        self.resize(w, h)
        self.move(0, 0)
        self.n = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(100)

    def tick(self) -> None:
        self.n += 1
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        w, h = self.width(), self.height()
        p.fillRect(0, 0, w // 2, h, QColor(*RED))
        p.fillRect(w // 2, 0, w - w // 2, h, QColor(*BLUE))
        p.fillRect(0, 0, w // 8, h // 8, QColor(*GREEN))
        f = QFont()
        f.setPixelSize(h // 5)
        p.setFont(f)
        p.setPen(QColor(255, 255, 255))
        p.drawText(w // 3, h // 2 + h // 10, f"{self.n:05d}")
        p.end()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    win = Window(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
    win.show()
    print("shown", flush=True)
    sys.exit(app.exec())
