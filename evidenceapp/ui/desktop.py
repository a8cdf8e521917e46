"""Handing a folder or file to the desktop (file manager, viewer), with a clear way out when there is none.

On a minimal Linux session (no file manager, no xdg-open handler) ``QDesktopServices.openUrl`` returns False and
nothing happens: the buyer was left clicking "Open the folder" in vain. Then the path is shown in a message, with
its text selectable, and put on the clipboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .errors import _exec

# Tests set this to a callable(url) -> bool standing in for the desktop (dialogs are recorded, not shown).
OPENER: dict[str, object] = {}


def _open(url: QUrl) -> bool:
    opener = OPENER.get("open")
    if callable(opener):
        return bool(opener(url))
    app = QApplication.instance()
    if app is not None and app.property("evidenceapp_dialog_sink"):
        return True  # under tests without a stand-in: pretend the desktop opened it
    return QDesktopServices.openUrl(url)


def open_path(parent: QWidget | None, path: Path) -> bool:
    """Open ``path`` (a folder in the file manager, a file in its viewer); say where it is when that fails."""
    if _open(QUrl.fromLocalFile(str(path))):
        return True
    QGuiApplication.clipboard().setText(str(path))
    box = QMessageBox(parent)
    box.setObjectName("noFileManager")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Desktop", "Could not open it"))
    box.setText(QCoreApplication.translate(
        "Desktop", "No file manager or viewer could be started here. The path is copied to the clipboard:"))
    box.setInformativeText(str(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    _exec(box)
    return False
