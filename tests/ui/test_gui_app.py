"""The entry point: ``evidenceapp`` without arguments opens the main window on the data folder, with the bundled
CJK font registered, and returns 0 when the window is closed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from evidenceapp.__main__ import main
from evidenceapp.ui.main_window import MainWindow


def test_gui_entry_point_opens_and_closes(home, qapp):
    seen = {}

    def close_it() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["windows"] = windows
        seen["title"] = windows[0].windowTitle() if windows else ""
        for w in windows:
            w.close()

    hook = sys.excepthook
    QTimer.singleShot(500, close_it)
    try:
        rc = main([])
    finally:
        sys.excepthook = hook
    assert rc == 0
    assert len(seen["windows"]) == 1 and "evidenceapp" in seen["title"]
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert (home / "gui" / "state.ini").is_file()  # geometry saved at close, beside the data (EVIDENCEAPP_HOME)
