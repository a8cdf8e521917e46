"""The workspace around the evidence (issue 18.8, 18.13): pasted chat text becomes an item, a folder that cannot
be opened says where it is, the dossier language follows the channel and "Save into" survives a language switch."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from evidenceapp.services import cases as cases_service
from evidenceapp.services import ocr as ocr_service
from evidenceapp.ui import desktop, errors


def test_pasted_chat_text_becomes_a_searchable_item(window, case, app):
    window.reload_cases()
    window.select_case(case.id)
    QGuiApplication.clipboard().setText("卖家：这是人为损坏，不退\n买家：收到时就是裂的")
    window.act_paste.trigger()
    [item] = cases_service.case_items(app, case.id)
    assert item.kind == "chat_text" and item.source == "paste"
    [hit] = ocr_service.search(app, case.id, "人为损坏")
    assert hit["item_id"] == item.id
    assert "item_added" in [e.action for e in cases_service.journal(app, case.id)]


def test_open_folder_without_a_file_manager_says_where(window, tmp_path, monkeypatch):
    monkeypatch.setitem(desktop.OPENER, "open", lambda url: False)  # a desktop with no file manager
    assert desktop.open_path(window, tmp_path) is False
    [(name, text, path)] = errors.SHOWN
    assert name == "noFileManager" and path == str(tmp_path) and "clipboard" in text
    assert QGuiApplication.clipboard().text() == str(tmp_path)


def test_dossier_language_follows_the_channel_and_choices_survive_a_switch(window, app, wait_idle):
    case = cases_service.create_case(app, "Lampe", "aliexpress", "AE-7", dispute="quality")
    window.reload_cases()
    window.select_case(case.id)
    window.show_tab("export")
    view = window.export
    assert view.language.currentData() == "en"  # AliExpress, English UI: the buyer's language
    view.template.setCurrentIndex(view.template.findData("fr-notice"))
    assert view.language.currentData() == "fr"  # a French formal notice is in French
    view.template.setCurrentIndex(view.template.findData("12315"))
    assert view.language.currentData() == "zh_CN"
    view.language.setCurrentIndex(view.language.findData("en"))
    view.language.activated.emit(view.language.currentIndex())  # the buyer's own pick wins from now on
    view.template.setCurrentIndex(view.template.findData("fr-notice"))
    assert view.language.currentData() == "en"
    view.folder.setText("/tmp/my dossiers")
    window.apply_language("fr")
    view = window.export
    assert view.folder.text() == "/tmp/my dossiers"
    assert view.template.currentData() == "fr-notice" and view.language.currentData() == "en"


def test_checklist_in_the_app_language_video_text_in_the_dossier_language(window, case, settings):
    """A Taobao case in the English app: buttons in English, the steps burned in (and marked) in Chinese, and the
    view says so next to the preview."""
    from evidenceapp.services import items as items_service
    from evidenceapp.services import recording

    settings.record_size = "640x480"
    window.reload_cases()
    window.select_case(case.id)
    window.show_tab("record")
    view = window.record
    english, chinese = recording.DEFAULT_CHECKLIST["en"], recording.DEFAULT_CHECKLIST["zh_CN"]
    assert view._steps == chinese
    assert [b.text() for b in view.step_buttons[:2]] == [f"1  {english[0]}", f"2  {english[1]}"]
    assert "English" in view.language_note.text() and "简体中文" in view.language_note.text()
    view.source.setCurrentIndex(view.source.findData("synthetic"))
    view.start_button.click()
    view.click_step(0)
    assert view.step_buttons[0].text() == f"✔ 1  {english[0]}"
    view.stop_button.click()
    assert [m.label for m in items_service.markers(window.ctx.app, view.last_item.id)] == [chinese[0]]


def test_focus_stays_in_the_page_after_save_and_export(window, case, qtbot, tmp_path):
    """Save (Overview) and Export disable themselves while they work or once done: the focus stays in their page
    instead of landing in the case search box (where the next key would filter the case list)."""
    from PySide6.QtWidgets import QApplication

    window.reload_cases()
    window.select_case(case.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.overview
    view.edits["seller"].setFocus()
    qtbot.keyClicks(view.edits["seller"], " Ltd")
    assert view.save_button.isEnabled()
    view.save_button.setFocus()
    qtbot.keyClick(view.save_button, " ")  # Space presses the focused button, as a keyboard user does
    assert not view.save_button.isEnabled()
    focus = QApplication.focusWidget()
    assert focus is not window.search and view.isAncestorOf(focus)
    window.show_tab("export")
    export = window.export
    export.folder.setText(str(tmp_path / "out"))
    export.export_button.setFocus()
    qtbot.keyClick(export.export_button, " ")
    qtbot.waitUntil(lambda: export.result is not None, timeout=120000)
    focus = QApplication.focusWidget()
    assert focus is not window.search and export.isAncestorOf(focus)
