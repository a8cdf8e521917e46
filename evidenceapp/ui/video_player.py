"""A video in the Evidence detail pane (issue 18.6): the unboxing take or a phone video plays in the app, with the
checklist markers as a list (click one to jump to it) and the keyframes as a strip (click to jump).

Qt Multimedia's FFmpeg backend applies a phone video's rotation (its display matrix) when it shows the frames, so a
portrait phone video stands upright. The player is made when the first video is shown: Qt Multimedia is slow to
start and probes the sound system, no cost for a buyer who never opens one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Item
from ..services import items as items_service
from ..services import media as media_service
from .context import Context
from .transport import Transport, clock

STRIP_ICON = QSize(96, 54)
TimeRole = Qt.ItemDataRole.UserRole + 1



class VideoPlayer(QWidget):
    """Shown instead of the picture preview when the selected item is a video."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: Item | None = None
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
        self.transport = Transport("video", self, video_output=self.video)
        self.play_button, self.slider, self.time_label = (self.transport.play_button, self.transport.slider,
                                                          self.transport.time_label)
        lay.addWidget(self.transport)
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

    @property
    def player(self) -> QMediaPlayer:
        return self.transport.player

    def show_item(self, item: Item | None) -> None:
        self.item = item
        self.markers.clear()
        self.strip.clear()
        app = self.ctx.app
        self.transport.load(str(items_service.original_path(app, item)) if item else None)
        if item is None:
            return
        for m in items_service.markers(app, item.id):
            entry = QListWidgetItem(f"{clock(int(m.offset_s * 1000))}  {m.label}", self.markers)
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
            entry = QListWidgetItem(icon, clock(ms), self.strip)
            entry.setData(TimeRole, ms)

    def _jump(self, entry: QListWidgetItem) -> None:
        ms = entry.data(TimeRole)
        if ms is not None:
            self.player.setPosition(int(ms))
            if self.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
                self.player.pause()  # shows the frame at that moment without running on

    def toggle(self) -> None:
        self.transport.toggle()
