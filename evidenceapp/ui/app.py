"""Creates the one QApplication and the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from ..services.app import App
from ..services.cases import list_cases


class MainWindow(QMainWindow):
    def __init__(self, app: App) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("evidenceapp"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(QLabel(self.tr("Cases"), central))
        self.cases = QListWidget(central)
        for case in list_cases(app):
            self.cases.addItem(f"{case.title} — {case.platform} {case.order_no}")
        layout.addWidget(self.cases)
        self.setCentralWidget(central)
        self.resize(1000, 700)


def run_gui(argv: list[str]) -> int:
    qapp = QApplication.instance() or QApplication([sys.argv[0], *argv])
    with App.open() as app:
        window = MainWindow(app)
        window.show()
        return qapp.exec()
