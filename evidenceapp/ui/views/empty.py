"""First run: no case yet. Explains the three steps and offers the one button that starts them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    new_case = Signal()
    demo_case = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        title = QLabel(self.tr("Keep the proof for your refund dispute"), self)
        title.setObjectName("emptyTitle")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        title.setFont(f)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        outer.addWidget(title)
        sub = QLabel(self.tr("One case per disputed order. Three steps:"), self)
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(sub)
        steps = QHBoxLayout()
        steps.addStretch(1)
        for n, (head, text) in enumerate([
            (self.tr("Record"), self.tr("Film the unboxing in one continuous take: the clock and order number are burned into the video.")),
            (self.tr("Add photos and chats"), self.tr("Drop photos, paste chat screenshots with Ctrl+V. Every file is hashed the moment it is added.")),
            (self.tr("Export"), self.tr("Get a dossier (PDF and verifiable bundle) shaped for the platform, 12315, or a formal notice.")),
        ], start=1):
            card = QFrame(self)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setMaximumWidth(280)
            cl = QVBoxLayout(card)
            h = QLabel(f"<b>{n}. {head}</b>", card)
            t = QLabel(text, card)
            t.setWordWrap(True)
            cl.addWidget(h)
            cl.addWidget(t)
            cl.addStretch(1)
            steps.addWidget(card, 1)
        steps.addStretch(1)
        outer.addLayout(steps)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.new_button = QPushButton(self.tr("New case…"), self)
        self.new_button.setObjectName("emptyNewCase")
        self.new_button.setDefault(True)
        self.new_button.setMinimumHeight(36)
        self.new_button.clicked.connect(self.new_case)
        self.demo_button = QPushButton(self.tr("Open a demo case"), self)
        self.demo_button.setObjectName("emptyDemoCase")
        self.demo_button.clicked.connect(self.demo_case)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.demo_note = QLabel(self.tr("Creating the demo case: filming a short synthetic unboxing, a few seconds…"), self)
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_progress = QProgressBar(self)
        self.demo_progress.setRange(0, 0)  # busy: the demo has no steps to count
        self.demo_progress.setMaximumWidth(320)
        outer.addWidget(self.demo_note)
        outer.addWidget(self.demo_progress, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """While the demo case is made: the buttons wait, a note and a busy bar say what is happening."""
        self.demo_button.setEnabled(not busy)
        self.new_button.setEnabled(not busy)
        self.demo_note.setVisible(busy)
        self.demo_progress.setVisible(busy)
