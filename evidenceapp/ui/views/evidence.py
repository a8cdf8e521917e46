"""Evidence: a thumbnail grid (import button, drag-and-drop, Ctrl+V paste, drag to reorder) and a detail pane."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QItemSelectionModel,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPainter,
    QPixmap,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import EvidenceError
from ...core.models import ITEM_KINDS, Item
from ...services import cases as cases_service
from ...services import importing
from ...services import items as items_service
from ...services import media as media_service
from ...services import ocr as ocr_service
from ...services import playbook as playbook_service
from .. import labels, timefmt
from ..audio_player import AudioPlayer
from ..context import Context, Latest
from ..desktop import open_path
from ..dialogs.image_viewer import PICTURE_KINDS, ImageViewer
from ..errors import error_sentence, show_error
from ..models.evidence import ITEMS_MIME, THUMB, EvidenceModel, IdRole
from ..video_player import VideoPlayer

if TYPE_CHECKING:
    from ..dialogs.receive_phone import ReceivePhoneDialog

IMAGE_FORMATS = "*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif *.bmp *.tif *.tiff"
VIDEO_FORMATS = "*.mp4 *.mov *.m4v *.mkv *.webm *.3gp"


class EvidenceListView(QListView):
    """The grid. External files dropped here are imported (source "drop"); items dragged inside are reordered,
    with a line showing where they will land. Space opens the full-size viewer."""

    files_dropped = Signal(list)
    reorder_requested = Signal(list, int)  # item ids, target row (-1 = end)
    view_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Snap)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "IMG_2026…_0412.jpg": both ends stay readable
        self._drop_line: QRect | None = None
        self.set_thumb_size(THUMB.width())

    def set_thumb_size(self, side: int) -> None:
        """Thumbnails from 64 px to their full 160 px; the cell keeps room for two lines of name under them."""
        side = max(64, min(side, THUMB.width()))
        self.setIconSize(QSize(side, side))
        lines = self.fontMetrics().lineSpacing() * 2 + 14
        self.setGridSize(QSize(max(side + 44, 120), side + lines))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.view_requested.emit()
            return
        super().keyPressEvent(event)

    def _drop_marker(self, pos) -> QRect | None:
        """A vertical line before the item under the pointer (after the last item past the end)."""
        target = self.indexAt(pos)
        model = self.model()
        if target.isValid():
            r = self.visualRect(target)
            return QRect(r.left() - 3, r.top(), 3, r.height())
        if model is not None and model.rowCount():
            r = self.visualRect(model.index(model.rowCount() - 1, 0))
            return QRect(r.right() + 1, r.top(), 3, r.height())
        return None

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._drop_line is not None:
            p = QPainter(self.viewport())
            p.fillRect(self._drop_line, self.palette().highlight())
            p.end()

    def _set_drop_line(self, line: QRect | None) -> None:
        if line != self._drop_line:
            self._drop_line = line
            self.viewport().update()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._set_drop_line(None)
        super().dragLeaveEvent(event)

    def _accepts(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> bool:
        mime = event.mimeData()
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            return True
        model = self.model()
        return mime.hasFormat(ITEMS_MIME) and isinstance(model, EvidenceModel) and model.reorderable

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
            inside = event.mimeData().hasFormat(ITEMS_MIME) and not event.mimeData().hasUrls()
            self._set_drop_line(self._drop_marker(event.position().toPoint()) if inside else None)
        else:
            event.ignore()
            self._set_drop_line(None)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_line(None)
        mime = event.mimeData()
        if mime.hasUrls():
            paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if paths:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.files_dropped.emit(paths)
                return
        if mime.hasFormat(ITEMS_MIME) and self._accepts(event):
            ids = bytes(mime.data(ITEMS_MIME).data()).decode("ascii").split()
            target = self.indexAt(event.position().toPoint())
            # Accept as a copy so the view never removes rows itself: the service reorders, then we reload.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.reorder_requested.emit(ids, target.row() if target.isValid() else -1)
            return
        event.ignore()


class DetailPane(QWidget):
    """Preview, metadata, hash and the user's fields (title, kind, what it proves, note)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: Item | None = None
        self._loading = False
        self._preview_for = ""
        lay = QVBoxLayout(self)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(200)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setStyleSheet("background:#2b2b2b; color:#ddd; border-radius:4px;")
        # The text read from a chat screenshot (or pasted chat text) beside the picture: a tall screenshot leaves
        # room on both sides of its preview anyway.
        top = QWidget(self)
        top_lay = QHBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.addWidget(self.preview, 3)
        self.audio = AudioPlayer(ctx, top)  # a call recording: waveform, player and transcript instead
        self.audio.hide()
        top_lay.addWidget(self.audio, 3)
        self.video = VideoPlayer(ctx, top)  # a video (the unboxing take, a phone video): it plays here
        self.video.hide()
        top_lay.addWidget(self.video, 3)
        self.text_box = QWidget(top)
        tb = QVBoxLayout(self.text_box)
        tb.setContentsMargins(0, 0, 0, 0)
        self.text_label = QLabel(self.tr("Text read"), self.text_box)
        self.text = QPlainTextEdit(self.text_box)
        self.text.setObjectName("itemText")
        self.text.setReadOnly(True)
        tb.addWidget(self.text_label)
        tb.addWidget(self.text, 1)
        top_lay.addWidget(self.text_box, 2)
        lay.addWidget(top, 3)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        host = QWidget(scroll)
        host_lay = QVBoxLayout(host)
        host_lay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        host_lay.addLayout(form)
        host_lay.addStretch(1)  # extra height goes below the form, not between its rows
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit(host)
        form.addRow(self.tr("Title"), self.title)
        self.kind = QComboBox(host)
        for k in ITEM_KINDS:
            self.kind.addItem(labels.label(labels.kinds(), k), k)
        form.addRow(self.tr("Kind"), self.kind)
        self.proves = QPlainTextEdit(host)
        self.proves.setPlaceholderText(self.tr("e.g. the crack was there when the parcel was opened"))
        self.proves.setFixedHeight(54)
        form.addRow(self.tr("What it proves"), self.proves)
        self.note = QPlainTextEdit(host)
        self.note.setFixedHeight(54)
        form.addRow(self.tr("Note"), self.note)
        self.meta = QLabel(host)
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Details"), self.meta)
        self.sha = QLabel(host)
        self.sha.setWordWrap(True)
        self.sha.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sha.setStyleSheet("font-family: monospace;")
        form.addRow(self.tr("SHA-256"), self.sha)
        row = QHBoxLayout()
        self.hide_button = QPushButton(self.tr("Hide from dossier"), self)
        self.hide_button.clicked.connect(self._hide)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveItem")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.hide_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        scroll.setWidget(host)
        lay.addWidget(scroll, 4)
        lay.addLayout(row)  # outside the scroll area: always visible, whatever the window height
        self.title.textEdited.connect(self._dirty)
        self.kind.currentIndexChanged.connect(self._dirty)
        self.proves.textChanged.connect(self._dirty)
        self.note.textChanged.connect(self._dirty)
        self.show_item(None)

    def _dirty(self, *_a) -> None:
        if not self._loading:
            self.save_button.setEnabled(True)

    def show_item(self, item: Item | None) -> None:
        self.item = item
        self._loading = True
        try:
            enabled = item is not None
            for w in (self.title, self.kind, self.proves, self.note, self.hide_button):
                w.setEnabled(enabled)
            self.title.setText(item.title if item else "")
            self.title.setPlaceholderText(item.original_name if item else "")
            self.kind.setCurrentIndex(max(self.kind.findData(item.kind if item else "photo"), 0))
            self.proves.setPlainText(item.proves if item else "")
            self.note.setPlainText(item.note if item else "")
            self.meta.setText(self._describe(item) if item else "")
            # Two halves on two lines: a 64-character word would otherwise force the pane wider than the screen.
            self.sha.setText(f"{item.sha256[:32]}\n{item.sha256[32:]}" if item else "")
        finally:
            self._loading = False
        self.save_button.setEnabled(False)
        self._load_preview(item)

    def _describe(self, item: Item) -> str:
        lines = [
            self.tr("Original name: {name}").format(name=item.original_name or "—"),
            self.tr("Captured: {when} ({how})").format(
                when=timefmt.local(item.captured_at) if item.captured_at else self.tr("unknown"),
                how=labels.label(labels.time_sources(), item.captured_at_source) if item.captured_at_source else "—"),
            self.tr("Added: {when} · {source}").format(when=timefmt.local(item.imported_at),
                                                 source=labels.label(labels.sources(), item.source)),
            self.tr("Size: {size} · {mime}").format(size=_human_size(item.size), mime=item.mime or "—"),
        ]
        if item.width and item.height:
            lines.append(self.tr("Dimensions: {w} × {h}").format(w=item.width, h=item.height))
        if item.duration:
            lines.append(self.tr("Duration: {seconds} s").format(seconds=f"{item.duration:.1f}"))
        camera = " ".join(x for x in (item.camera_make, item.camera_model) if x)
        if camera:
            lines.append(self.tr("Camera: {camera}").format(camera=camera))
        if item.gps_lat is not None and item.gps_lon is not None:
            lines.append(self.tr("Location: {lat}, {lon}").format(lat=f"{item.gps_lat:.5f}", lon=f"{item.gps_lon:.5f}"))
        if item.flags:
            lines.append(self.tr("Warnings: {flags}").format(flags="; ".join(labels.label(labels.flags(), f) for f in item.flags)))
        if item.metadata_error:
            lines.append(error_sentence(item.metadata_error, {"path": item.original_name}))
        return "\n".join(lines)

    def _load_preview(self, item: Item | None) -> None:
        self.preview.setPixmap(QPixmap())
        self.show_text(None)
        is_audio = item is not None and item.kind == "audio"
        is_video = item is not None and item.mime.startswith("video/")
        self.audio.setVisible(is_audio)
        self.video.setVisible(is_video)
        self.preview.setVisible(not is_audio and not is_video)
        self.audio.show_item(item if is_audio else None)
        if is_video or self.video.item is not None:
            self.video.show_item(item if is_video else None)
        if is_audio or is_video:
            if is_video:
                self._preview_for = item.id
                self._load_text_only(item)
            return
        if item is None:
            self.preview.setText(self.tr("Select an item to see it here"))
            return
        self.preview.setText(self.tr("Loading preview…"))
        self._preview_for = item.id
        app = self.ctx.app

        def work(progress, cancel) -> tuple[str, QImage | None, dict | None]:
            text = ocr_service.item_text(app, item.id)  # OCR of a screenshot, or pasted chat text
            path = media_service.preview_path(app, item)
            img = QImage(str(path)) if path else None
            return item.id, img if img is not None and not img.isNull() else None, text

        self.ctx.runner.submit(work, on_done=self._preview_ready, on_error=lambda _e: None)

    def _load_text_only(self, item: Item) -> None:
        app = self.ctx.app
        self.ctx.runner.submit(lambda _p, _c: (item.id, None, ocr_service.item_text(app, item.id)),
                               on_done=lambda r: self.show_text(r[2]) if r[0] == self._preview_for else None,
                               on_error=lambda _e: None)

    def _preview_ready(self, result: tuple[str, QImage | None, dict | None]) -> None:
        item_id, img, text = result
        if item_id != self._preview_for:
            return  # the user moved on to another item meanwhile
        self.show_text(text)
        if img is None:
            kind = self.item.kind if self.item else "other"
            self.preview.setText(self.tr("No preview for this kind of file ({kind})").format(
                kind=labels.label(labels.kinds(), kind)))
            return
        self._image = img
        self._fit()

    def edit_proves(self) -> None:
        """The context menu's "Set what it proves…": straight to that field."""
        self.proves.setFocus(Qt.FocusReason.OtherFocusReason)
        self.proves.selectAll()

    def highlight(self, needle: str) -> None:
        """Mark every occurrence of the search text in the text read from the item (case-insensitive)."""
        self._needle = needle
        selections = []
        if needle:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe082"))
            doc = self.text.document()
            cursor = doc.find(needle, 0)
            while not cursor.isNull():
                sel = QTextEdit.ExtraSelection()
                sel.cursor, sel.format = cursor, fmt
                selections.append(sel)
                cursor = doc.find(needle, cursor)
            if selections:
                self.text.setTextCursor(selections[0].cursor)  # scrolls the first hit into view
                self.text.ensureCursorVisible()
        self.text.setExtraSelections(selections)

    def refresh_text(self) -> None:
        """OCR finished in the background: re-read the shown item's text (and keep the search marks)."""
        item = self.item
        if item is None:
            return
        app = self.ctx.app
        self.ctx.runner.submit(lambda _p, _c: (item.id, ocr_service.item_text(app, item.id)),
                               on_done=lambda r: self.show_text(r[1]) if self.item and r[0] == self.item.id else None,
                               on_error=lambda _e: None)

    def show_text(self, row: dict | None) -> None:
        """The item's recognised (OCR) or pasted text beside its preview; the row is hidden when there is none."""
        body = (row or {}).get("text", "") or ""
        self.text.setPlainText(body)
        self.highlight(getattr(self, "_needle", ""))
        if row is not None and row.get("source") == "ocr":
            self.text_label.setText(self.tr("Text read (OCR)"))
        else:
            self.text_label.setText(self.tr("Text"))
        self.text_box.setVisible(bool(body.strip()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "_image", None) is not None and self.item is not None:
            self._fit()

    def _fit(self) -> None:
        size = self.preview.size()
        pm = QPixmap.fromImage(self._image).scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pm)

    def values(self) -> dict[str, str]:
        return {"title": self.title.text().strip(), "kind": str(self.kind.currentData()),
                "proves": self.proves.toPlainText().strip(), "note": self.note.toPlainText().strip()}

    def save(self) -> None:
        if self.item is None:
            return
        try:
            item = items_service.edit_item(self.ctx.app, self.item.id, **self.values())
        except EvidenceError as exc:
            show_error(self, exc)
            return
        self.item = item
        self.save_button.setEnabled(False)
        self.ctx.bus.items_changed.emit(item.case_id)
        self.ctx.bus.journal_changed.emit(item.case_id)

    def _hide(self) -> None:
        if self.item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Hide this item?"),
            self.tr("The item stays in the store and in the journal, but it is left out of the list and of dossiers."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            items_service.edit_item(self.ctx.app, self.item.id, hidden=True)
        except EvidenceError as exc:
            show_error(self, exc)
            return
        case_id = self.item.case_id
        self.show_item(None)
        self.ctx.bus.items_changed.emit(case_id)
        self.ctx.bus.journal_changed.emit(case_id)


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


class EvidenceView(QWidget):
    """The Evidence tab. ``choose_files`` is the file dialog (tests replace it)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = ""
        self.choose_files: Callable[[], list[str]] = self._file_dialog
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Add files…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_with_dialog)
        self.paste_button = QPushButton(self.tr("Paste screenshot or chat"), self)
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.phone_button = QPushButton(self.tr("Receive from phone…"), self)
        self.phone_button.setObjectName("phoneButton")
        self.phone_button.clicked.connect(lambda: self.receive_from_phone())
        self.phone_dialog: ReceivePhoneDialog | None = None
        # Web page capture (网页取证); the three askers are replaced in tests.
        self.web_button = QPushButton(self.tr("Capture a web page…"), self)
        self.web_button.setObjectName("webCaptureButton")
        self.web_button.clicked.connect(lambda: self.capture_web_page())
        self.ask_web_url: Callable[[], str] = self._web_url_dialog
        self.confirm_private: Callable[[str], bool] = self._confirm_private_dialog
        self.offer_screen_recording: Callable[[str], bool] = self._login_dialog
        self.web_result: dict | None = None
        self.text_search = QLineEdit(self)
        self.text_search.setObjectName("textSearch")
        self.text_search.setPlaceholderText(self.tr("Find text in chats and screenshots…"))
        self.text_search.setClearButtonEnabled(True)
        self.text_search.setMinimumWidth(200)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)  # search once the user pauses typing, not on every key
        self._search_timer.timeout.connect(self.run_search)
        self.text_search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_loader = Latest(ctx, self)
        self.group = QComboBox(self)
        for code, text in labels.groups().items():
            self.group.addItem(text, code)
        self.sort = QComboBox(self)
        self.sort.addItem(self.tr("Exhibit order"), "exhibit")
        self.sort.addItem(self.tr("Capture time"), "time")
        self.sort.addItem(self.tr("Grouped by kind"), "kind")
        self.hint = QLabel(self._default_hint(), self)
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setWordWrap(True)
        bar.addWidget(self.import_button)
        bar.addWidget(self.paste_button)
        bar.addWidget(self.phone_button)
        bar.addWidget(self.web_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        finder = QHBoxLayout()  # search and view choices on a row of their own: fits a 1024 px screen
        finder.addWidget(self.text_search, 1)
        finder.addWidget(self.group)
        finder.addWidget(self.sort)
        self.thumb_size = QSlider(Qt.Orientation.Horizontal, self)
        self.thumb_size.setObjectName("thumbSize")
        self.thumb_size.setRange(64, THUMB.width())
        self.thumb_size.setValue(THUMB.width())
        self.thumb_size.setFixedWidth(90)
        self.thumb_size.setToolTip(self.tr("Thumbnail size"))
        finder.addWidget(self.thumb_size)
        lay.addLayout(finder)
        lay.addWidget(self.hint)

        self._loader = Latest(ctx)
        self._pending_select = ""
        self.model = EvidenceModel(submit=ctx.runner.submit, thumb_paths=self._thumb_paths, parent=self)
        self.list = EvidenceListView(self)
        self.list.setModel(self.model)
        self.detail = DetailPane(ctx, self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.splitter = split
        lay.addWidget(split, 1)

        self.thumb_size.valueChanged.connect(self.list.set_thumb_size)
        self.list.doubleClicked.connect(lambda _i: self.open_viewer())
        self.list.view_requested.connect(self.open_viewer)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.viewer: ImageViewer | None = None
        self.list.files_dropped.connect(lambda paths: self.import_paths(paths, "drop"))
        self.list.reorder_requested.connect(self.move_items)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.group.currentIndexChanged.connect(self._view_changed)
        self.sort.currentIndexChanged.connect(self._view_changed)
        self.setAcceptDrops(True)

    # Drops anywhere on the tab (toolbar, detail pane) import too.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths, "drop")

    def _thumb_paths(self, items: list[Item]) -> dict[str, Path | None]:
        return {i.id: media_service.thumbnail_path(self.ctx.app, i) for i in items}

    def set_case(self, case_id: str) -> None:
        if case_id != self.case_id and self.text_search.text():
            self.text_search.clear()
            self.model.set_filter(None)
        self.case_id = case_id
        self.detail.show_item(None)
        self.reload()

    def reload(self) -> None:
        app, case_id = self.ctx.app, self.case_id
        self._loader.load(lambda: cases_service.case_items(app, case_id) if case_id else [], self._apply_items)
        if self.text_search.text().strip():
            self.run_search()  # new or changed items may match the search

    def _apply_items(self, items: list[Item]) -> None:
        current = self._pending_select or (self.detail.item.id if self.detail.item else "")
        self._pending_select = ""
        self.model.set_items(items)
        self.list.setDragEnabled(self.model.reorderable)
        if current:
            self.select(current)

    def select(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(self.model.index(row),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self._pending_select = item_id  # not loaded yet: selected when the items arrive

    # --- viewing and acting on items --------------------------------------------------------------------------
    def selected_items(self) -> list[Item]:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()})
        return [it for it in (self.model.item_at(r) for r in rows) if it is not None]

    def open_viewer(self) -> ImageViewer | None:
        """Double-click or Space: the photo or screenshot full size; ←/→ walk the grid's pictures."""
        current = self.list.currentIndex()
        item = self.model.item_at(current.row()) if current.isValid() else None
        if item is None:
            return None
        if item.kind not in PICTURE_KINDS:
            self.open_original(item)  # a video, PDF or text opens in the desktop's own viewer
            return None
        app = self.ctx.app
        items = self.model.items()
        viewer = ImageViewer(items, items.index(item) if item in items else 0,
                             lambda it: str(items_service.original_path(app, it)), self.window())
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda *_: setattr(self, "viewer", None))
        self.viewer = viewer
        viewer.open()
        return viewer

    def open_original(self, item: Item) -> None:
        open_path(self, items_service.original_path(self.ctx.app, item))

    def _context_menu(self, pos) -> None:
        menu = self.item_menu()
        if menu is not None:
            menu.exec(self.list.viewport().mapToGlobal(pos))

    def item_menu(self) -> QMenu | None:
        """The items' menu: one item (open, show in folder, copy SHA-256, what it proves) or several (hide, move,
        tag)."""
        items = self.selected_items()
        if not items:
            return None
        menu = QMenu(self)
        menu.setObjectName("itemMenu")
        if len(items) == 1:
            item = items[0]
            if item.kind in PICTURE_KINDS:
                menu.addAction(self.tr("View full size"), self.open_viewer)
            menu.addAction(self.tr("Open the original"), lambda: self.open_original(item))
            menu.addAction(self.tr("Show in folder"), lambda: open_path(
                self, items_service.original_path(self.ctx.app, item).parent))
            menu.addAction(self.tr("Copy SHA-256"), lambda: QGuiApplication.clipboard().setText(item.sha256))
            menu.addAction(self.tr("Set what it proves…"), self.detail.edit_proves)
            menu.addSeparator()
        if self.model.reorderable:
            menu.addAction(self.tr("Move to the start of the list"), lambda: self.move_items([i.id for i in items], 0))
            menu.addAction(self.tr("Move to the end of the list"), lambda: self.move_items([i.id for i in items], -1))
        tags = menu.addMenu(self.tr("What it shows (for the playbook)"))
        for code, text in labels.evidence_tags().items():
            tags.addAction(text, lambda code=code: self.tag_items(items, code))
        menu.addSeparator()
        menu.addAction(self.tr("Hide from dossier (%n item(s))", "", len(items)), lambda: self.hide_items(items))
        return menu

    def hide_items(self, items: list[Item], ask: bool = True) -> None:
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Hide these items?"),
                self.tr("The items stay in the store and in the journal, but they are left out of the list and of dossiers."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            for item in items:
                items_service.edit_item(self.ctx.app, item.id, hidden=True)
        except EvidenceError as exc:
            show_error(self, exc)
        if self.detail.item is not None and any(i.id == self.detail.item.id for i in items):
            self.detail.show_item(None)
        self.ctx.bus.items_changed.emit(self.case_id)
        self.ctx.bus.journal_changed.emit(self.case_id)

    def tag_items(self, items: list[Item], tag: str) -> None:
        try:
            for item in items:
                playbook_service.tag_item(self.ctx.app, self.case_id, item.id, tag)
        except EvidenceError as exc:
            show_error(self, exc)
        self.ctx.bus.items_changed.emit(self.case_id)
        self.ctx.bus.journal_changed.emit(self.case_id)

    # --- text search (OCR of screenshots, pasted chat text) ----------------------------------------------------
    def run_search(self) -> None:
        """Keep only the items whose text (OCR or pasted) contains the search text; searched off the GUI thread."""
        self._search_timer.stop()
        text, app, case_id = self.text_search.text().strip(), self.ctx.app, self.case_id
        if not text or not case_id:
            self._search_loader.load(lambda: None, lambda _r: None)  # forget a search still running
            self._apply_search(text, None)
            return
        self._search_loader.load(lambda: ocr_service.search(app, case_id, text),
                                 lambda hits: self._apply_search(text, hits))

    def _apply_search(self, text: str, hits: list[dict] | None) -> None:
        self.detail.highlight(text if hits else "")
        if hits is None:
            self.model.set_filter(None)
            self.hint.setText(self._default_hint())
        else:
            self.model.set_filter({h["item_id"] for h in hits})
            self.hint.setText(self.tr("{count} item(s) contain “{text}”.").format(count=len(hits), text=text))
        self.list.setDragEnabled(self.model.reorderable)

    def _default_hint(self) -> str:
        return self.tr("Drop files or folders here, or press Ctrl+V to paste a screenshot. Drag to reorder exhibits.")

    # --- web page capture (网页取证) -------------------------------------------------------------------------
    def _web_url_dialog(self) -> str:
        text, ok = QInputDialog.getText(
            self, self.tr("Capture a web page"),
            self.tr("Address of the page (the listing, the shop page). A fresh browser without your login opens it:"
                    " pages that need your login cannot be captured this way, and the app never asks for your"
                    " password."))
        return text.strip() if ok else ""

    def _confirm_private_dialog(self, url: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Capture a web page"),
            self.tr("{url} is on this computer or a private network, not a public web site. Capture it anyway?")
            .format(url=url))
        return answer == QMessageBox.StandardButton.Yes

    def _login_dialog(self, sentence: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Capture a web page"), sentence,
                          QMessageBox.StandardButton.Close, self)
        record = box.addButton(self.tr("Record the screen instead"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is record

    def capture_web_page(self, url: str = "", allow_private: bool = False) -> None:
        """Ask for an address, capture it off the GUI thread (progress and Cancel in the status bar)."""
        if not self.case_id:
            return
        url = url or self.ask_web_url()
        if not url:
            return
        from ...core.errors import UrlRefused, WebLoginRequired
        from ...services import web_capture

        app, case_id = self.ctx.app, self.case_id

        def work(progress, cancel):
            return web_capture.capture_web(app, case_id, url, allow_private=allow_private, progress=progress,
                                           cancel=cancel)

        def done(cap) -> None:
            self.web_result = cap.to_json()
            for sig in (self.ctx.bus.items_changed, self.ctx.bus.journal_changed):
                sig.emit(case_id)
            self.ctx.bus.cases_changed.emit()
            self.ctx.bus.status_message.emit(self.tr("Captured {url} (HTTP {status}): screenshot, page archive, text and record added.").format(
                url=cap.final_url, status=cap.http_status))
            if case_id == self.case_id and cap.items:
                self.select(cap.items[0]["item_id"])

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UrlRefused) and exc.params.get("private") and not allow_private:
                if self.confirm_private(url):
                    self.capture_web_page(url, allow_private=True)
                return
            if isinstance(exc, WebLoginRequired):
                self.ctx.bus.journal_changed.emit(case_id)
                if self.offer_screen_recording(error_sentence(exc.code, exc.params)):
                    win = self.window()
                    if hasattr(win, "show_tab") and hasattr(win, "record"):
                        win.show_tab("record")
                        win.record.source.setCurrentIndex(max(win.record.source.findData("screen"), 0))
                return
            self.ctx.bus.journal_changed.emit(case_id)
            from ..errors import report_exception

            report_exception(self, exc)

        self.ctx.run(self.tr("Capturing the web page…"), work, on_done=done, on_error=failed)

    # --- receiving from a phone ------------------------------------------------------------------------------
    def receive_from_phone(self, host: str | None = None) -> ReceivePhoneDialog | None:
        """Open the phone dialog (the server runs while it is open); items appear in the grid as they arrive."""
        if not self.case_id:
            return None
        if self.phone_dialog is not None and self.phone_dialog.isVisible():
            self.phone_dialog.raise_()
            return self.phone_dialog
        # The dialog pulls in the phone server (aiohttp): loaded when asked for, not when the window opens.
        from ..dialogs.receive_phone import ReceivePhoneDialog

        dlg = ReceivePhoneDialog(self.ctx, self.case_id, self.window(), host=host)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.setModal(True)
        dlg.destroyed.connect(lambda *_: setattr(self, "phone_dialog", None))
        self.phone_dialog = dlg
        dlg.show()
        if not dlg.start():
            dlg.close()
            return None
        return dlg

    def _view_changed(self) -> None:
        self.model.set_view(str(self.group.currentData()), str(self.sort.currentData()))
        self.list.setDragEnabled(self.model.reorderable)

    def _current_changed(self, current, _previous) -> None:
        item_id = current.data(IdRole) if current.isValid() else None
        if self.detail.item is not None and self.detail.save_button.isEnabled():
            self.detail.save()  # leaving an item with unsaved edits keeps them rather than dropping them
        item = self.model.item_at(current.row()) if item_id else None
        self.detail.show_item(item)

    # --- adding evidence -------------------------------------------------------------------------------------
    def _file_dialog(self) -> list[str]:
        filters = ";;".join([
            self.tr("Photos and videos ({patterns})").format(patterns=f"{IMAGE_FORMATS} {VIDEO_FORMATS}"),
            self.tr("Documents ({patterns})").format(patterns="*.pdf *.txt"),
            self.tr("All files (*)"),
        ])
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence"), "", filters)
        return paths

    def import_with_dialog(self) -> None:
        if not self.case_id:
            return
        paths = self.choose_files()
        if paths:
            self.import_paths(paths, "import")

    def import_paths(self, paths: list[str], source: str) -> None:
        if not self.case_id:
            return
        app, case_id = self.ctx.app, self.case_id

        def work(progress, cancel) -> importing.ImportReport:
            return importing.add_paths(app, case_id, paths, source=source, progress=progress, cancel=cancel)

        self.ctx.run(self.tr("Adding evidence…"), work, on_done=lambda r: self._imported(case_id, r))

    def paste_clipboard(self) -> None:
        """Ctrl+V: a copied image becomes a PNG item (source "paste"); copied files are imported; copied text
        becomes a chat-text item."""
        if not self.case_id:
            return
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QImage(QGuiApplication.clipboard().image())
            if not image.isNull():
                self.paste_image(image)
                return
        if mime is not None and mime.hasUrls():
            paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if paths:
                self.import_paths(paths, "paste")
                return
        if mime is not None and mime.hasText() and mime.text().strip():
            self.paste_text(mime.text())
            return
        self.ctx.bus.status_message.emit(self.tr("The clipboard holds no image, file or text to paste."))

    def paste_text(self, text: str) -> None:
        """Copied chat text (from WeChat, the platform's chat on a computer…) becomes a chat-text item of its own,
        hashed and journalled like any evidence, and searchable at once."""
        app, case_id = self.ctx.app, self.case_id
        name = f"chat-{datetime.now():%Y%m%d-%H%M%S}.txt"

        def work(progress, cancel):
            report = importing.ImportReport()
            report.added.append(ocr_service.add_chat_text(app, case_id, text, name))
            return report

        def done(report) -> None:
            self._imported(case_id, report)
            self.ctx.bus.status_message.emit(self.tr("The copied text was added as a chat text item."))

        self.ctx.run(self.tr("Adding the copied chat text…"), work, on_done=done)

    def paste_image(self, image: QImage) -> None:
        app, case_id = self.ctx.app, self.case_id
        name = f"pasted-{datetime.now():%Y%m%d-%H%M%S}.png"

        def work(progress, cancel):
            # PNG encoding of a full-screen capture takes ~100 ms: done here, off the GUI thread.
            data = QByteArray()
            buf = QBuffer(data)
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buf, "PNG")
            buf.close()
            item, dup = importing.add_bytes(app, case_id, bytes(data.data()), name, source="paste", kind="screenshot")
            report = importing.ImportReport()
            if dup is not None:
                report.duplicates.append({"path": name, "item_id": dup.id, "sha256": dup.sha256, "name": dup.original_name})
            else:
                report.added.append(item)
            return report

        self.ctx.run(self.tr("Pasting screenshot…"), work, on_done=lambda r: self._imported(case_id, r))

    def _imported(self, case_id: str, report: importing.ImportReport) -> None:
        self.ctx.bus.items_changed.emit(case_id)
        self.ctx.bus.journal_changed.emit(case_id)
        self.ctx.bus.cases_changed.emit()
        msg = self.tr("{added} added, {dups} already in the case, {errors} could not be added.").format(
            added=len(report.added), dups=len(report.duplicates), errors=len(report.errors))
        if report.cancelled:
            msg += " " + self.tr("Stopped before the end.")
        self.ctx.bus.status_message.emit(msg)
        if report.added:
            self.ctx.bus.evidence_added.emit(case_id)
        if report.added and case_id == self.case_id:
            self.select(report.added[-1].id)
        if report.errors:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Some files were not added"))
            box.setText(msg)
            box.setDetailedText("\n".join(
                f"{e.get('path', '')}: {error_sentence(e.get('code', ''), e.get('params', {}))}" for e in report.errors))
            box.setObjectName("importErrors")
            from ..errors import _exec

            _exec(box)

    def move_items(self, ids: list[str], target_row: int) -> None:
        """Drag-to-reorder: the dragged items go before the item at ``target_row`` (or to the end)."""
        if not self.model.reorderable or not ids:
            return
        order = [i for i in self.model.all_ids_in_exhibit_order() if i not in ids]
        target = self.model.item_at(target_row) if target_row >= 0 else None
        pos = order.index(target.id) if target is not None and target.id in order else len(order)
        new_order = order[:pos] + ids + order[pos:]
        if new_order == self.model.all_ids_in_exhibit_order():
            return
        try:
            items_service.reorder_items(self.ctx.app, self.case_id, new_order)
        except EvidenceError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.items_changed.emit(self.case_id)
        self.ctx.bus.journal_changed.emit(self.case_id)


