"""Main window: first-run state, creating and editing a case through the forms, search, state restored."""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication

from evidenceapp.services import cases as cases_service
from evidenceapp.ui.dialogs.new_case import NewCaseDialog
from evidenceapp.ui.models.case_list import IdRole


def _answer_dialog(fill) -> None:
    """Fill the next modal dialog as soon as it opens (dlg.exec() blocks the test otherwise)."""

    def attempt() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(20, attempt)
            return
        fill(dlg)

    QTimer.singleShot(0, attempt)


def test_first_run_shows_the_three_steps(window):
    assert window.stack.currentWidget() is window.empty
    texts = " ".join(w.text() for w in window.empty.findChildren(type(window.no_selection)))
    assert "Record" in texts and "Add photos and chats" in texts and "Export" in texts
    assert not window.act_import.isEnabled()  # nothing to import into yet


def test_create_case_through_the_form(window, app):
    def fill(dlg: NewCaseDialog) -> None:
        assert isinstance(dlg, NewCaseDialog)
        dlg.title.setText("碎了的杯子")
        dlg.platform.setCurrentIndex(dlg.platform.findData("jd"))
        dlg.order_no.setText("JD-778899")
        dlg.seller.setText("京东自营")
        dlg.amount.setText("88,50")
        dlg.accept()

    _answer_dialog(fill)
    window.act_new.trigger()
    [case] = cases_service.list_cases(app)
    assert (case.title, case.platform, case.order_no, case.seller, case.amount) == (
        "碎了的杯子", "jd", "JD-778899", "京东自营", "88.50")
    assert window.case_id == case.id
    assert window.stack.currentWidget() is window.tabs
    assert "碎了的杯子" in window.windowTitle()
    assert window.act_import.isEnabled()

    # Then the Overview form: the rest of the details, saved through the service and journalled.
    ov = window.overview
    ov.edits["waybill_no"].setText("JDVA0001")
    ov.edits["waybill_no"].textEdited.emit("JDVA0001")
    ov.choices["request"].setCurrentIndex(ov.choices["request"].findData("replacement"))
    ov.long["facts"].setPlainText("Arrived broken.")
    assert ov.dirty
    ov.save_button.click()
    case = cases_service.get_case(app, case.id)
    assert (case.waybill_no, case.request, case.facts) == ("JDVA0001", "replacement", "Arrived broken.")
    assert [e.action for e in cases_service.journal(app, case.id)] == ["case_created", "case_edited"]
    assert not ov.dirty


def test_new_case_form_refuses_bad_input_with_a_sentence(window, app):
    dlg = NewCaseDialog(window.ctx, window)
    dlg.title.setText("x")
    dlg.order_no.setText("1")
    dlg.amount.setText("lots")
    dlg.accept()
    assert dlg.case is None and dlg.isVisible() is False
    assert "is not valid" in dlg.error.text() and "amount" in dlg.error.text()
    dlg.deleteLater()


def test_invalid_overview_edit_shows_translated_error(window, case):
    from evidenceapp.ui import errors

    window.reload_cases()
    window.select_case(case.id)
    window.overview.edits["currency"].setText("E1")
    window.overview.save()
    [(name, text, details)] = errors.SHOWN
    assert name == "errorBox" and "currency" in text and "E_INVALID_INPUT" in details


def test_search_and_status_filter(window, app):
    a = cases_service.create_case(app, "Broken mug", "taobao", "TB-1", seller="Good Store")
    b = cases_service.create_case(app, "Late parcel", "aliexpress", "AE-2", waybill_no="LP00123")
    cases_service.edit_case(app, b.id, status="closed")
    window.reload_cases()
    visible = lambda: {window.case_filter.index(r, 0).data(IdRole) for r in range(window.case_filter.rowCount())}  # noqa: E731
    assert visible() == {a.id, b.id}
    window.act_search.trigger()
    assert window.search.hasFocus() or not window.isActiveWindow()
    window.search.setText("lp001")  # waybill, case-insensitive
    assert visible() == {b.id}
    window.search.setText("good store")
    assert visible() == {a.id}
    window.search.clear()
    window.status_filter.setCurrentIndex(window.status_filter.findData("closed"))
    assert visible() == {b.id}


def test_restart_restores_geometry_tab_and_selected_case(make_window, app):
    first = cases_service.create_case(app, "First", "jd", "JD-1")
    second = cases_service.create_case(app, "Second", "pdd", "PDD-2")
    w1 = make_window()
    w1.setGeometry(QRect(30, 40, 720, 520))  # inside the offscreen screen (800×600)
    w1.select_case(second.id)
    w1.show_tab("journal")
    w1.splitter.setSizes([260, 460])
    geometry = w1.geometry()
    w1.close()
    w2 = make_window(resize=False)
    assert w2.case_id == second.id != first.id
    assert w2.tabs.currentWidget() is w2.journal
    assert w2.geometry().size() == geometry.size()
    assert w2.splitter.sizes()[0] == w1.splitter.sizes()[0]
    current = w2.case_list.currentIndex()
    assert current.isValid() and current.data(IdRole) == second.id


def test_settings_dialog_saves_choices_profile_and_switches_language(window, app, settings, tmp_path):
    from evidenceapp.ui.dialogs.settings_dialog import SettingsDialog

    def fill(dlg: SettingsDialog) -> None:
        assert isinstance(dlg, SettingsDialog)
        dlg.language.setCurrentIndex(dlg.language.findData("fr"))
        dlg.export_folder.setText(str(tmp_path / "dossiers"))
        dlg.record_size.setCurrentIndex(dlg.record_size.findData("1920x1080"))
        dlg.record_fps.setValue(25)
        dlg.tsa_url.setText(" http://127.0.0.1:3180/tsa ")
        dlg.profile["name"].setText("王小明")
        dlg.profile["phone"].setText("13800000000")
        dlg.accept()

    _answer_dialog(fill)
    window.act_settings.trigger()
    assert (settings.language, settings.export_folder, settings.record_size, settings.record_fps, settings.tsa_url) == (
        "fr", str(tmp_path / "dossiers"), "1920x1080", 25, "http://127.0.0.1:3180/tsa")
    assert cases_service.get_profile(app)["name"] == "王小明"
    assert window.act_new.text() == "&Nouveau dossier…"  # the language switched at once
    # A second Settings object on the same folder (the next start) reads the same choices.
    from evidenceapp.ui.settings import Settings

    again = Settings(settings.folder)
    assert again.language == "fr" and again.record_fps == 25


def test_overview_asks_for_the_buyer_protection_date_instead_of_showing_none(make_window, app, qtbot):
    """Issue 23.4: an AliExpress case suggests its buyer-protection clock at once, with what to look up."""
    from PySide6.QtWidgets import QLabel

    case = cases_service.create_case(app, "Montre", "aliexpress", "AE-9", dispute="logistics")
    window = make_window()
    window.select_case(case.id)

    def texts() -> list[str]:
        return [w.text() for w in window.overview.findChildren(QLabel, "suggestedDeadline")]

    qtbot.waitUntil(lambda: any("order details" in t for t in texts()), timeout=20000)
