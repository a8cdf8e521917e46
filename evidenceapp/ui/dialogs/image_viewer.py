"""Full-size viewer for photos and screenshots: the stored original at 100 % or fitted, wheel or +/− to zoom, drag
to pan, ←/→ for the previous/next item of the grid, 0 to fit, Esc or Space to close.

It shows the original file read-only (never written); items without a picture (documents, audio) are skipped when
stepping through.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QKeyEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.models import Item

PICTURE_KINDS = ("photo", "screenshot")


class ZoomView(QGraphicsView):
    """A picture that zooms about the pointer with the wheel and pans by dragging."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the dialog (arrows step, not scroll)
        self.fitted = True

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.02 <= scale <= 16:
            self.scale(factor, factor)
            self.fitted = False

    def fit(self) -> None:
        if self.scene() is not None:
            self.fitInView(self.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.fitted = True

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25 ** steps)
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fitted:
            self.fit()


class ImageViewer(QDialog):
    """``items`` is the grid's order; ``path_of`` gives an item's original file."""

    def __init__(self, items: list[Item], index: int, path_of: Callable[[Item], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.items = [i for i in items if i.kind in PICTURE_KINDS]
        start = items[index] if 0 <= index < len(items) else None
        self.index = self.items.index(start) if start in self.items else 0
        self.path_of = path_of
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.view = ZoomView(self)
        self.scene = QGraphicsScene(self)
        self.view.setScene(self.scene)
        self.caption = QLabel(self)
        self.caption.setObjectName("viewerCaption")
        self.caption.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.caption)
        self.pixmap_item: QGraphicsPixmapItem | None = None
        screen = (parent.screen() if parent is not None else None) or self.screen()
        avail = screen.availableGeometry()
        self.resize(int(avail.width() * 0.9), int(avail.height() * 0.9))
        self.show_current()

    @property
    def current(self) -> Item | None:
        return self.items[self.index] if self.items else None

    def show_current(self) -> None:
        self.scene.clear()
        self.pixmap_item = None
        item = self.current
        if item is None:
            self.caption.setText(self.tr("No photo or screenshot to show."))
            return
        reader = QImageReader(self.path_of(item))
        reader.setAutoTransform(True)  # a phone photo's EXIF rotation, as the phone shows it
        image = reader.read()
        if image.isNull():
            self.caption.setText(self.tr("This picture could not be shown: {error}").format(error=reader.errorString()))
        else:
            self.pixmap_item = self.scene.addPixmap(QPixmap.fromImage(image))
            self.scene.setSceneRect(self.pixmap_item.boundingRect())
            self.view.fit()
            self.caption.setText(self.tr("{n} / {total} · {name} · {w} × {h} · ←/→ previous/next, wheel zoom, 0 fit, Esc close").format(
                n=self.index + 1, total=len(self.items), name=item.display_title, w=image.width(), h=image.height()))
        self.setWindowTitle(item.display_title)

    def step(self, delta: int) -> None:
        if self.items:
            self.index = (self.index + delta) % len(self.items)
            self.show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.step(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.view.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.view.fit()
        elif key == Qt.Key.Key_1:
            self.view.resetTransform()
            self.view.fitted = False
        elif key == Qt.Key.Key_Space:
            self.accept()
        else:
            super().keyPressEvent(event)  # Esc closes
