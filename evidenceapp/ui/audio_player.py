"""A call recording in the Evidence detail pane: its waveform (click to jump), play/pause, a position slider,
who and when, and the typed transcript the dossier prints ("what was said")."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Item
from ..services import items as items_service
from ..services import media as media_service
from ..services import ocr as ocr_service
from .context import Context
from .errors import show_error
from .transport import Transport


class Waveform(QWidget):
    """Peaks drawn as bars; the played part in the accent colour; a click or drag seeks."""

    seek = Signal(float)  # fraction 0..1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.peaks: list[float] = []
        self.fraction = 0.0
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_peaks(self, peaks: list[float]) -> None:
        self.peaks = peaks
        self.update()

    def set_fraction(self, fraction: float) -> None:
        self.fraction = min(1.0, max(0.0, fraction))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#2b2b2b"))
        if not self.peaks:
            return
        w, h = self.width(), self.height()
        n = len(self.peaks)
        bar = w / n
        played = QColor("#4aa3ff")
        rest = QColor("#8a8f98")
        for i, v in enumerate(self.peaks):
            x = i * bar
            hh = max(1.0, v * (h - 6))
            p.fillRect(QRectF(x, (h - hh) / 2, max(1.0, bar - 0.5), hh), played if i / n < self.fraction else rest)
        p.setPen(QColor("#ffffff"))
        p.drawLine(int(self.fraction * w), 0, int(self.fraction * w), h)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.seek.emit(event.position().x() / max(1, self.width()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.seek.emit(event.position().x() / max(1, self.width()))


class AudioPlayer(QWidget):
    """Shown instead of the picture preview when the selected item is a recording."""

    transcript_saved = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: Item | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        self.wave = Waveform(self)
        lay.addWidget(self.wave, 2)
        self.transport = Transport("audio", self)
        self.play_button, self.slider, self.time_label = (self.transport.play_button, self.transport.slider,
                                                          self.transport.time_label)
        self.transport.position_changed.connect(lambda ms, total: self.wave.set_fraction(ms / total if total else 0))
        lay.addWidget(self.transport)
        self.transcript_label = QLabel(self.tr("What was said (typed by you; printed in the dossier)"), self)
        lay.addWidget(self.transcript_label)
        self.transcript = QPlainTextEdit(self)
        self.transcript.setObjectName("audioTranscript")
        self.transcript.setPlaceholderText(self.tr("e.g. 10:32 the agent admits the mug was cracked before "
                                                   "shipping and promises a full refund"))
        lay.addWidget(self.transcript, 2)
        self.save_button = QPushButton(self.tr("Save transcript"), self)
        self.save_button.setObjectName("audioSaveTranscript")
        self.save_button.setEnabled(False)
        lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        self.wave.seek.connect(lambda f: self.player.setPosition(int(f * max(1, self.player.duration()))))
        self.transcript.textChanged.connect(lambda: self.save_button.setEnabled(self.item is not None))
        self.save_button.clicked.connect(self.save_transcript)

    @property
    def player(self) -> QMediaPlayer:
        return self.transport.player

    def show_item(self, item: Item | None) -> None:
        self.item = item
        self.wave.set_peaks([])
        self.wave.set_fraction(0)
        app = self.ctx.app
        self.transport.load(str(items_service.original_path(app, item)) if item else None)
        if item is None:
            return
        call = (item.metadata or {}).get("call") or {}
        who = call.get("contact") or call.get("number") or item.display_title
        self.heading.setText(self.tr("Call with {who}").format(who=who) if call else item.display_title)
        self.transcript.blockSignals(True)
        self.transcript.setPlainText("")
        self.transcript.blockSignals(False)
        self.save_button.setEnabled(False)
        item_id = item.id

        def work(progress, cancel):
            return item_id, media_service.waveform(app, item), ocr_service.item_text(app, item_id)

        self.ctx.runner.submit(work, on_done=self._loaded, on_error=lambda _e: None)

    def _loaded(self, result) -> None:
        item_id, wave, text = result
        if self.item is None or item_id != self.item.id:
            return
        self.wave.set_peaks((wave or {}).get("peaks") or [])
        if text and text.get("source") == "transcript":
            self.transcript.blockSignals(True)
            self.transcript.setPlainText(text.get("text", ""))
            self.transcript.blockSignals(False)





    def save_transcript(self) -> None:
        item = self.item
        if item is None:
            return
        text = self.transcript.toPlainText()
        app = self.ctx.app

        def work(progress, cancel):
            return ocr_service.set_transcript(app, item.case_id, item.id, text)

        def done(_out) -> None:
            self.save_button.setEnabled(False)
            self.transcript_saved.emit(item.id)

        self.ctx.runner.submit(work, on_done=done, on_error=lambda e: show_error(self, e))

    def stop(self) -> None:
        self.transport.stop()
