"""A video in the Evidence detail pane (issue 18.6): the unboxing take or a phone video plays in the app, with the
checklist markers as a list (click one to jump to it) and the keyframes as a strip (click to jump).

Qt Multimedia's FFmpeg backend applies a phone video's rotation (its display matrix) when it shows the frames, so a
portrait phone video stands upright. The player is made when the first video is shown: Qt Multimedia is slow to
start and probes the sound system, no cost for a buyer who never opens one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Item
from ..services import items as items_service
from ..services import media as media_service
from .context import Context

STRIP_ICON = QSize(96, 54)
TimeRole = Qt.ItemDataRole.UserRole + 1


def _clock(ms: int) -> str:
    s = max(0, ms) // 1000
    return f"{s // 60}:{s % 60:02d}"


class VideoPlayer(QWidget):
    """Shown instead of the picture preview when the selected item is a video."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: Item | None = None
        self._player: QMediaPlayer | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        self.video = QVideoWidget(self)
        self.video.setObjectName("videoSurface")
        self.video.setMinimumSize(240, 135)
        body.addWidget(self.video, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Checklist markers"), self))
        self.markers = QListWidget(self)
        self.markers.setObjectName("videoMarkers")
        self.markers.itemActivated.connect(self._jump)
        self.markers.itemClicked.connect(self._jump)
        side.addWidget(self.markers, 1)
        body.addLayout(side, 2)
        lay.addLayout(body, 1)
        row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("videoPlay")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("videoPosition")
        self.time_label = QLabel("0:00 / 0:00", self)
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        lay.addLayout(row)
        self.strip = QListWidget(self)
        self.strip.setObjectName("videoKeyframes")
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setIconSize(STRIP_ICON)
        self.strip.setFixedHeight(STRIP_ICON.height() + 44)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip.itemClicked.connect(self._jump)
        lay.addWidget(self.strip)
        self.play_button.clicked.connect(self.toggle)
        self.slider.sliderMoved.connect(lambda ms: self.player.setPosition(ms))

    @property
    def player(self) -> QMediaPlayer:
        if self._player is None:
            self._player = QMediaPlayer(self)
            if QMediaDevices.audioOutputs():  # no sound device (a server): play silently rather than fail
                self._player.setAudioOutput(QAudioOutput(self._player))
            self._player.setVideoOutput(self.video)
            self._player.durationChanged.connect(self._duration)
            self._player.positionChanged.connect(self._position)
            self._player.playbackStateChanged.connect(self._state)
        return self._player

    def show_item(self, item: Item | None) -> None:
        if self._player is not None:
            self._player.stop()
        self.item = item
        self.markers.clear()
        self.strip.clear()
        if item is None:
            if self._player is not None:
                self._player.setSource(QUrl())
            return
        app = self.ctx.app
        self.player.setSource(QUrl.fromLocalFile(str(items_service.original_path(app, item))))
        for m in items_service.markers(app, item.id):
            entry = QListWidgetItem(f"{_clock(int(m.offset_s * 1000))}  {m.label}", self.markers)
            entry.setData(TimeRole, int(m.offset_s * 1000))
        item_id = item.id

        def work(progress, cancel):
            frames = media_service.keyframes(app, item)
            return item_id, [(int(f["t"] * 1000), QImage(str(f["path"]))) for f in frames]

        self.ctx.runner.submit(work, on_done=self._keyframes, on_error=lambda _e: None)

    def _keyframes(self, result) -> None:
        item_id, frames = result
        if self.item is None or item_id != self.item.id:
            return
        for ms, image in frames:
            icon = QIcon(QPixmap.fromImage(image.scaled(STRIP_ICON, Qt.AspectRatioMode.KeepAspectRatio,
                                                        Qt.TransformationMode.SmoothTransformation)))
            entry = QListWidgetItem(icon, _clock(ms), self.strip)
            entry.setData(TimeRole, ms)

    def _jump(self, entry: QListWidgetItem) -> None:
        ms = entry.data(TimeRole)
        if ms is not None:
            self.player.setPosition(int(ms))
            if self.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
                self.player.pause()  # shows the frame at that moment without running on

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
        self.time_label.setText(f"{_clock(ms)} / {_clock(self.player.duration())}")

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
