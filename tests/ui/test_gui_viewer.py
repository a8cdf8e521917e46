"""Seeing the evidence (issue 18.7): the full-size viewer (double-click or Space, zoom, arrows, Esc), the items'
context menu (open, show in folder, copy SHA-256, what it proves, hide, tag, move), several items at once, the
thumbnail size, the drop line while reordering, and search hits marked in the text read."""

from __future__ import annotations

from helpers import make_jpeg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from evidenceapp.services import cases as cases_service
from evidenceapp.services import importing, ocr, playbook
from evidenceapp.services import items as items_service
from evidenceapp.ui import desktop


def _grid(window, case, tmp_path, app):
    importing.add_paths(app, case.id, [make_jpeg(tmp_path / "a.jpg", (1200, 900)),
                                       make_jpeg(tmp_path / "b.jpg", (800, 600), seed=3)])
    chat = ocr.add_chat_text(app, case.id, "卖家：签收了就不能退了\nbuyer: the mug arrived cracked", "chat.txt")
    window.reload_cases()
    window.select_case(case.id)
    window.show_tab("evidence")
    return window.evidence, chat


def test_full_size_viewer_zooms_steps_and_closes(window, case, tmp_path, app, qtbot):
    view, _chat = _grid(window, case, tmp_path, app)
    view.select(view.model.item_at(0).id)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    viewer = view.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.pixmap_item.pixmap().width() == 1200  # the original, not the 160 px thumbnail
    assert viewer.current.original_name == "a.jpg" and len(viewer.items) == 2  # pictures only: no chat text
    before = viewer.view.transform().m11()
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.view.transform().m11() > before
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.current.original_name == "b.jpg" and viewer.pixmap_item.pixmap().width() == 800
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.current.original_name == "a.jpg"  # wraps around
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.viewer is None)
    # Double-click opens it too.
    rect = view.list.visualRect(view.model.index(1))
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.viewer is not None and view.viewer.current.original_name == "b.jpg"
    view.viewer.close()


def test_context_menu_acts_on_one_or_several_items(window, case, tmp_path, app, monkeypatch):
    view, chat = _grid(window, case, tmp_path, app)
    opened = []
    monkeypatch.setitem(desktop.OPENER, "open", lambda url: opened.append(url.toLocalFile()) or True)
    photo = view.model.item_at(0)
    view.select(photo.id)
    menu = view.item_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert {"View full size", "Open the original", "Show in folder", "Copy SHA-256", "Set what it proves…"} <= set(actions)
    actions["Copy SHA-256"].trigger()
    assert QGuiApplication.clipboard().text() == photo.sha256
    actions["Open the original"].trigger()
    actions["Show in folder"].trigger()
    original = items_service.original_path(app, photo)
    assert opened == [str(original), str(original.parent)]
    assert original.read_bytes() == (tmp_path / "a.jpg").read_bytes()  # the stored original itself
    window.activateWindow()
    actions["Set what it proves…"].trigger()
    assert view.detail.proves.hasFocus()
    # Several items: tag both, then hide both (no question asked in this call).
    for r in (1, 2):
        view.list.selectionModel().select(view.model.index(r), view.list.selectionModel().SelectionFlag.Select)
    chosen = view.selected_items()
    assert len(chosen) == 3
    menu = view.item_menu()
    assert any(a.text() == "Hide from dossier (3 items)" for a in menu.actions())
    view.tag_items(chosen[:2], "defect")
    tags = playbook.item_tags(app, case.id)
    assert all("defect" in tags.get(i.id, set()) for i in chosen[:2])
    view.hide_items(chosen[1:], ask=False)
    assert [i.id for i in cases_service.case_items(app, case.id)] == [photo.id]
    actions_done = [e.action for e in cases_service.journal(app, case.id)]
    assert actions_done.count("item_hidden") == 2


def test_thumbnail_size_drop_line_and_search_marks(window, case, tmp_path, app):
    view, chat = _grid(window, case, tmp_path, app)
    view.thumb_size.setValue(80)
    assert view.list.iconSize().width() == 80 and view.list.gridSize().height() > 80 + 2 * 10
    view.thumb_size.setValue(160)
    assert view.list.iconSize().width() == 160
    # Labels are elided in the middle, never clipped at the end, and have room for two lines.
    assert view.list.textElideMode() == Qt.TextElideMode.ElideMiddle
    line = view.list._drop_marker(view.list.visualRect(view.model.index(1)).center())
    assert line is not None and line.right() <= view.list.visualRect(view.model.index(1)).left()
    end = view.list._drop_marker(QPoint(view.list.viewport().width() - 2, view.list.viewport().height() - 2))
    assert end is not None
    view.text_search.setText("不能退")
    view.run_search()
    view.select(chat.id)
    marks = view.detail.text.extraSelections()
    assert len(marks) == 1 and marks[0].cursor.selectedText() == "不能退"
    view.text_search.clear()
    view.run_search()
    assert view.detail.text.extraSelections() == []
    assert isinstance(view.detail.text.textCursor(), QTextCursor)
