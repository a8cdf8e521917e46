"""A window with known content for the screen-recording tests: run as a script under Xvfb (QT_QPA_PLATFORM=xcb).

Left half pure red, right half pure blue, a green square top-left (where the unboxing overlay would sit, so the
test can see it is not covered), and a white counter in the middle that changes ten times a second.
Usage: python screen_window.py TITLE WIDTH HEIGHT; tests call ``display_with_window`` (a private Xvfb with it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

RED, BLUE, GREEN = (220, 20, 20), (20, 20, 220), (20, 200, 20)
TITLE = "Seller chat 卖家聊天"
SIZE = (480, 320)


def can_run() -> str:
    """Why a screen test cannot run here ("" when it can)."""
    import av

    if not (shutil.which("Xvfb") and shutil.which("xwininfo")):
        return "needs Xvfb and xwininfo (scripts/system-deps.sh installs them)"
    if "x11grab" not in av.formats_available:
        return "this PyAV build has no x11grab"
    return ""


@contextlib.contextmanager
def display_with_window(title: str = TITLE, size: tuple[int, int] = SIZE) -> Iterator[str]:
    """A private Xvfb (display number chosen by the server) showing this window; yields the DISPLAY value."""
    from evidenceapp.capture.screen import x11_windows

    r, w = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
                            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        display = ":" + f.readline().strip()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    win = subprocess.Popen([sys.executable, str(Path(__file__)), title, str(size[0]), str(size[1])], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert win.stdout is not None and win.stdout.readline().strip() == "shown"
        deadline = time.monotonic() + 10
        while not any(t == title for _, t, _, _ in x11_windows(display)):
            assert time.monotonic() < deadline, "the test window did not appear"
            time.sleep(0.1)
        time.sleep(0.3)  # first paint
        yield display
    finally:
        for p in (win, xvfb):
            p.terminate()
            p.wait(10)
        if win.stdout is not None:
            win.stdout.close()


if __name__ == "__main__":
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor, QFont, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

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

    app = QApplication(sys.argv[:1])
    win = Window(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
    win.show()
    print("shown", flush=True)
    sys.exit(app.exec())
