"""The evidence of one case as a list model with lazily loaded thumbnails.

Thumbnails are produced by the thumbnail service on a worker thread and decoded there into a QImage; only the
cheap QImage → QPixmap conversion happens on the GUI thread. Requests are batched through a zero-delay timer so
``data()`` never does work (and never emits) itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QImage, QPainter, QPixmap

from ...core.models import Item
from .. import icons, labels, timefmt

ItemRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
ITEMS_MIME = "application/x-evidenceapp-items"
THUMB = QSize(160, 160)

Index = QModelIndex | QPersistentModelIndex
# (items) -> {item_id: path or None}; runs on a worker thread.
ThumbLoader = Callable[[list[Item]], dict[str, Path | None]]


def _tile(img: QImage) -> QImage:
    """The thumbnail scaled to fit a fixed square and centred, so every tile in the grid has the same size.

    Runs on the worker thread: QImage (unlike QPixmap) may be used off the GUI thread.
    """
    scaled = img.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    tile = QImage(THUMB, QImage.Format.Format_ARGB32_Premultiplied)
    tile.fill(Qt.GlobalColor.transparent)
    p = QPainter(tile)
    p.drawImage((THUMB.width() - scaled.width()) // 2, (THUMB.height() - scaled.height()) // 2, scaled)
    p.end()
    return tile


class EvidenceModel(QAbstractListModel):
    SORTS = ("exhibit", "time", "kind")

    def __init__(self, submit: Callable[..., Any] | None = None, thumb_paths: ThumbLoader | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._all: list[Item] = []
        self._rows: list[Item] = []
        self._group = ""
        self._sort = "exhibit"
        self._only: set[str] | None = None  # a text search's hits (None: no search)
        self._pix: dict[str, QPixmap | None] = {}  # item id → thumbnail (None: has none)
        self._pending: dict[str, Item] = {}
        self._asked: set[str] = set()
        self._submit = submit
        self._thumb_paths = thumb_paths
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._load_pending)

    # --- content --------------------------------------------------------------------------------------------
    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._all = list(items)
        keep = {i.id for i in items}
        self._pix = {k: v for k, v in self._pix.items() if k in keep}
        self._asked &= keep
        self._rows = self._arrange()
        self.endResetModel()

    def set_view(self, group: str, sort: str) -> None:
        self.beginResetModel()
        self._group = group if group in labels.GROUPS else ""
        self._sort = sort if sort in self.SORTS else "exhibit"
        self._rows = self._arrange()
        self.endResetModel()

    def set_filter(self, item_ids: set[str] | None) -> None:
        """Show only these items (a text search's hits); None shows all again."""
        self.beginResetModel()
        self._only = None if item_ids is None else set(item_ids)
        self._rows = self._arrange()
        self.endResetModel()

    @property
    def reorderable(self) -> bool:
        """Drag-to-reorder makes sense only when the list shows every item in exhibit order."""
        return self._sort == "exhibit" and not self._group and self._only is None

    def _arrange(self) -> list[Item]:
        rows = [i for i in self._all if (not self._group or i.kind in labels.GROUPS[self._group])
                and (self._only is None or i.id in self._only)]
        if self._sort == "time":
            rows.sort(key=lambda i: (timefmt.sort_key(i.captured_at), i.exhibit_order))
        elif self._sort == "kind":
            order = {k: n for n, g in enumerate(labels.GROUPS.values()) for k in g}
            rows.sort(key=lambda i: (order.get(i.kind, 99), timefmt.sort_key(i.captured_at), i.exhibit_order))
        else:
            rows.sort(key=lambda i: (i.exhibit_order, i.imported_at))
        return rows

    def items(self) -> list[Item]:
        return list(self._rows)

    def all_ids_in_exhibit_order(self) -> list[str]:
        return [i.id for i in sorted(self._all, key=lambda i: (i.exhibit_order, i.imported_at))]

    def item_at(self, row: int) -> Item | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: str) -> int:
        for n, i in enumerate(self._rows):
            if i.id == item_id:
                return n
        return -1

    # --- Qt model API ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Second line: the kind and capture day, so "grouped by kind" and "capture time" orders read at a glance.
            when = timefmt.local(item.captured_at).split(" ")[0] if item.captured_at else ""
            sub = " · ".join(x for x in (labels.label(labels.kinds(), item.kind), when) if x)
            return f"{item.exhibit_order}. {item.display_title}\n{sub}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            when = timefmt.local(item.captured_at) if item.captured_at else self.tr("unknown time")
            return "\n".join([item.display_title, labels.label(labels.kinds(), item.kind), when,
                              f"SHA-256 {item.sha256[:16]}…"])
        if role == ItemRole:
            return item
        if role == IdRole:
            return item.id
        if role == KindRole:
            return item.kind
        return None

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME, "text/uri-list"]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        ids = [self._rows[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        mime.setData(ITEMS_MIME, "\n".join(ids).encode("ascii"))
        return mime

    # --- thumbnails -----------------------------------------------------------------------------------------
    def _thumbnail(self, item: Item) -> QPixmap:
        pix = self._pix.get(item.id)
        if pix is not None:
            return pix
        if item.id not in self._asked and self._submit is not None and self._thumb_paths is not None:
            self._asked.add(item.id)
            self._pending[item.id] = item
            if not self._timer.isActive():
                self._timer.start()
        return icons.kind_placeholder(item.kind, THUMB.width())

    def _load_pending(self) -> None:
        batch = list(self._pending.values())
        self._pending.clear()
        if not batch or self._submit is None or self._thumb_paths is None:
            return
        loader = self._thumb_paths

        def work(progress, cancel) -> dict[str, QImage | None]:
            out: dict[str, QImage | None] = {}
            for item in batch:
                cancel.check()
                path = loader([item]).get(item.id)
                img = QImage(str(path)) if path else None
                out[item.id] = _tile(img) if img is not None and not img.isNull() else None
            return out

        self._submit(work, on_done=self._thumbs_ready, on_error=lambda _exc: None)

    def _thumbs_ready(self, images: dict[str, QImage | None]) -> None:
        for item_id, img in images.items():
            if img is None:
                continue
            self._pix[item_id] = QPixmap.fromImage(img)
            row = self.row_of(item_id)
            if row >= 0:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])
