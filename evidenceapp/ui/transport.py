"""The play/pause button, position slider and time of the Evidence pane's players (video and call recordings),
over one QMediaPlayer made when first needed: Qt Multimedia is slow to start and probes the sound system, no cost
for a buyer who never plays anything."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget


def clock(ms: int) -> str:
    s = max(0, ms) // 1000
    return f"{s // 60}:{s % 60:02d}"


class Transport(QWidget):
    position_changed = Signal(int, int)  # position, duration (ms)

    def __init__(self, name: str, parent: QWidget | None = None, video_output: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self._video = video_output
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName(f"{name}Play")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName(f"{name}Position")
        self.time_label = QLabel("0:00 / 0:00", self)
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        self.play_button.clicked.connect(self.toggle)
        self.slider.sliderMoved.connect(lambda ms: self.player.setPosition(ms))

    @property
    def player(self) -> QMediaPlayer:
        if self._player is None:
            self._player = QMediaPlayer(self)
            if QMediaDevices.audioOutputs():  # no sound device (a server): play silently rather than fail
                self._player.setAudioOutput(QAudioOutput(self._player))
            if self._video is not None:
                self._player.setVideoOutput(self._video)
            self._player.durationChanged.connect(self._duration)
            self._player.positionChanged.connect(self._position)
            self._player.playbackStateChanged.connect(self._state)
        return self._player

    def load(self, path: str | None) -> None:
        """Stop, then play ``path`` next (None: nothing)."""
        if self._player is None and path is None:
            return
        self.player.stop()
        self.player.setSource(QUrl.fromLocalFile(path) if path else QUrl())

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()

    def seek(self, ms: int) -> None:
        self.player.setPosition(int(ms))

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        total = self.player.duration()
        self.time_label.setText(f"{clock(ms)} / {clock(total)}")
        self.position_changed.emit(ms, total)

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
