"""Receive from phone: a QR code of a one-time upload link, the files arriving live, and what each one is.

The server (services.receiving.PhoneReceiver) runs only while this dialog is open. Its events come from the
server's threads: they are queued in plain Python and a no-argument signal wakes the GUI thread, which drains
the queue (no Python object crosses threads through Qt; see workers.py for why).
"""

from __future__ import annotations

import queue
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import EvidenceError
from ...services import receiving
from ..context import Context
from ..errors import error_sentence, show_error

QR_PIXELS = 300
COL_NAME, COL_STATUS, COL_FORMAT, COL_EXIF, COL_SHA = range(5)


class _Wake(QObject):
    """Lives on the GUI thread; emitted from the server's threads (a queued call, no payload)."""

    wake = Signal()


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}"


class ReceivePhoneDialog(QDialog):
    """``host`` None: the LAN address (tests pass 127.0.0.1). The receiver is started by ``start()``."""

    def __init__(self, ctx: Context, case_id: str, parent: QWidget | None = None, host: str | None = None,
                 port: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("receivePhoneDialog")
        self.ctx = ctx
        self.case_id = case_id
        self.port = port
        self._events: queue.SimpleQueue[receiving.ReceiveEvent] = queue.SimpleQueue()
        self._wake = _Wake(self)
        self._wake.wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._rows: dict[str, QTreeWidgetItem] = {}  # file name → row of the upload in progress
        self.receiver = receiving.PhoneReceiver(ctx.app, on_event=self._on_event)
        self.received = 0
        self.setWindowTitle(self.tr("Receive from phone"))
        self.resize(960, 620)

        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        self.qr = QLabel(self)
        self.qr.setObjectName("qrCode")
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setStyleSheet("background: white;")
        left.addWidget(self.qr)
        self.url = QLabel(self)
        self.url.setObjectName("receiveUrl")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setWordWrap(True)
        self.url.setMaximumWidth(QR_PIXELS)
        self.url.setStyleSheet("font-family: monospace;")
        left.addWidget(self.url)
        self.host = QComboBox(self)
        addresses = receiving.local_addresses()
        if host and host not in addresses:
            addresses.insert(0, host)
        for ip in addresses:
            self.host.addItem(ip, ip)
        self.host.setCurrentIndex(max(self.host.findData(host or addresses[0]), 0))
        self.host.setToolTip(self.tr("The network address the phone connects to: the phone must be on the same Wi-Fi."))
        host_row = QHBoxLayout()
        host_row.addWidget(QLabel(self.tr("Address"), self))
        host_row.addWidget(self.host, 1)
        left.addLayout(host_row)
        self.expiry = QLabel(self)
        self.expiry.setWordWrap(True)
        self.expiry.setMaximumWidth(QR_PIXELS)
        left.addWidget(self.expiry)
        self.new_link = QPushButton(self.tr("New link"), self)
        self.new_link.clicked.connect(self.restart)
        left.addWidget(self.new_link)
        left.addStretch(1)
        lay.addLayout(left)

        right = QVBoxLayout()
        steps = QLabel(self.tr("1. Connect the phone to the same Wi-Fi as this computer.\n2. Scan the code with the phone's camera and open the link.\n3. Pick photos and videos and send them. They appear here and in the case as they arrive, with the SHA-256 computed on arrival."), self)
        steps.setWordWrap(True)
        right.addWidget(steps)
        limits = QLabel(self.tr("What arrives is exactly what the phone's browser sends: some phones convert HEIC photos to JPEG or compress videos on the way. Check the format and EXIF columns; if the capture metadata is missing, send the original from the phone's file manager or with a cable."), self)
        limits.setObjectName("receiveLimits")
        limits.setWordWrap(True)
        limits.setStyleSheet("color: #8a5a00;")
        right.addWidget(limits)
        self.files = QTreeWidget(self)
        self.files.setObjectName("receivedFiles")
        self.files.setRootIsDecorated(False)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Status"), self.tr("Format"), self.tr("EXIF"),
                                    self.tr("SHA-256")])
        h = self.files.header()
        h.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_STATUS, COL_FORMAT, COL_EXIF, COL_SHA):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        right.addWidget(self.files, 1)
        self.summary = QLabel(self)
        right.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stop receiving and close"))
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        lay.addLayout(right, 1)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_expiry)
        self.host.currentIndexChanged.connect(self.restart)
        self._update_summary()

    # --- server ----------------------------------------------------------------------------------------------
    def start(self) -> bool:
        try:
            url = self.receiver.start(self.case_id, host=str(self.host.currentData()), port=self.port)
        except EvidenceError as exc:
            self.qr.clear()
            self.url.setText("")
            show_error(self, exc)
            return False
        pm = QPixmap()
        pm.loadFromData(self.receiver.qr_png(scale=8), "PNG")
        # Whole-module scaling only (no smoothing): a blurred code scans badly.
        self.qr.setPixmap(pm.scaled(QR_PIXELS, QR_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.FastTransformation))
        self.url.setText(url)
        self._tick.start()
        self._update_expiry()
        return True

    def restart(self) -> None:
        self.receiver.stop()
        self.start()

    def stop(self) -> None:
        self._tick.stop()
        self.receiver.stop()  # joins the server thread: no event arrives after this
        self._drain()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)

    def _update_expiry(self) -> None:
        left = int(self.receiver.deadline - time.monotonic()) if self.receiver.running else 0
        if left <= 0:
            self._tick.stop()
            self.expiry.setText(self.tr("The link has expired. Press “New link” to receive more files."))
            self.qr.setEnabled(False)
            return
        self.qr.setEnabled(True)
        self.expiry.setText(self.tr("The link works for {minutes}:{seconds} more, and only while this window is open.").format(
            minutes=left // 60, seconds=f"{left % 60:02d}"))

    # --- events ----------------------------------------------------------------------------------------------
    def _on_event(self, event: receiving.ReceiveEvent) -> None:
        """Server thread: hand over and wake the GUI thread."""
        self._events.put(event)
        self._wake.wake.emit()

    @Slot()
    def _drain(self) -> None:
        changed = False
        while True:
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                break
            changed |= self._apply(event)
        if changed:
            bus = self.ctx.bus
            bus.items_changed.emit(self.case_id)
            bus.journal_changed.emit(self.case_id)
            bus.cases_changed.emit()
            bus.evidence_added.emit(self.case_id)
        self._update_summary()

    def _row(self, name: str) -> QTreeWidgetItem:
        row = self._rows.get(name)
        if row is None:
            row = QTreeWidgetItem([name or self.tr("(upload)"), "", "", "", ""])
            self.files.addTopLevelItem(row)
            self._rows[name] = row
        return row

    def _apply(self, e: receiving.ReceiveEvent) -> bool:
        if e.kind == "started":
            self._rows.pop(e.name, None)  # a second file of the same name gets a row of its own
            self._row(e.name).setText(COL_STATUS, self.tr("Receiving…"))
        elif e.kind == "progress":
            self._row(e.name).setText(COL_STATUS, self.tr("Receiving… {mb} MB").format(mb=_mb(e.done)))
        elif e.kind in ("received", "duplicate") and e.file is not None:
            f = e.file
            row = self._rows.pop(e.name, None) or self._row(e.name)
            self._rows.pop(e.name, None)
            row.setText(COL_STATUS, self.tr("Received") if e.kind == "received" else self.tr("Already in the case"))
            row.setForeground(COL_STATUS, Qt.GlobalColor.darkGreen)
            row.setText(COL_FORMAT, f.format)
            exif = {True: self.tr("yes"), False: self.tr("no"), None: "—"}[f.exif]
            row.setText(COL_EXIF, exif)
            if f.exif is False:
                row.setForeground(COL_EXIF, Qt.GlobalColor.darkYellow)
                row.setToolTip(COL_EXIF, self.tr("No capture metadata arrived: the phone may have converted or re-saved the file."))
            row.setText(COL_SHA, f"{f.sha256[:16]}…")
            row.setToolTip(COL_SHA, f.sha256)
            row.setData(COL_NAME, Qt.ItemDataRole.UserRole, f.item_id)
            if e.kind == "received":
                self.received += 1
                return True
        elif e.kind == "failed":
            err = e.error or {}
            row = self._rows.pop(e.name, None) or self._row(e.name)
            self._rows.pop(e.name, None)
            text = error_sentence(str(err.get("code", "")), err.get("params") or {})
            row.setText(COL_STATUS, self.tr("Not received"))
            row.setForeground(COL_STATUS, Qt.GlobalColor.red)
            row.setToolTip(COL_STATUS, text)
            row.setText(COL_FORMAT, "")
            self.ctx.bus.status_message.emit(text)
        return False

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("{count} file(s) received into this case.").format(count=self.received))

    def rows(self) -> list[list[str]]:
        """The list as shown (for tests and screenshots)."""
        return [[self.files.topLevelItem(i).text(c) for c in range(5)] for i in range(self.files.topLevelItemCount())]
