"""A tab whose service is not installed in this build: says so plainly instead of offering dead buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class UnavailableView(QWidget):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.label = QLabel(message, self)
        self.label.setObjectName("unavailable")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.label)
        self.case_id = ""

    def set_case(self, case_id: str) -> None:
        self.case_id = case_id
