"""Shown while the recorder waits for the phone: the QR code of the phone camera page, its address, and the
certificate fingerprint the phone's browser will show (the page is HTTPS with a certificate made on this computer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...services.receiving import qr_png


class PhoneCameraDialog(QDialog):
    def __init__(self, url: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phone as camera"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Scan this code with the phone's camera app, open the page, accept the certificate "
                               "warning if its fingerprint is the one below, then tap “Start the camera”. The "
                               "recording starts when the first picture arrives."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.qr = QLabel(self)
        pm = QPixmap()
        pm.loadFromData(qr_png(url, scale=6), "PNG")
        self.qr.setPixmap(pm)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.qr)
        self.url = QLabel(url, self)
        self.url.setObjectName("phoneCameraUrl")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.url)
        groups = " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))
        self.fingerprint = QLabel(self.tr("Certificate fingerprint (SHA-256): {fp}").format(fp=groups), self)
        self.fingerprint.setObjectName("phoneCameraFingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("font-family: monospace;")
        lay.addWidget(self.fingerprint)
        self.status = QLabel(self.tr("Waiting for the phone…"), self)
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
