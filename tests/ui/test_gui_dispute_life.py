"""The dispute's life in Overview (issue 18.4, 18.12, 18.14, 23.11): events with their date, time and reason,
deadlines added from the playbook and edited, times in the case's zone as the dossier prints them, every warning in
folding groups with the playbook's emphasis rendered."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from evidenceapp.core import times
from evidenceapp.services import cases as cases_service
from evidenceapp.services import playbook
from evidenceapp.ui import timefmt
from evidenceapp.ui.rich import playbook_html
from evidenceapp.ui.section import Section


def _wall(y: int, mo: int, d: int, h: int, mi: int) -> QDateTime:
    return QDateTime(QDate(y, mo, d), QTime(h, mi))


def test_event_in_the_case_zone_brings_its_deadline(window, case):
    window.reload_cases()
    window.select_case(case.id)
    view = window.overview
    assert "Beijing time UTC+8" in view.next_label.text()  # a Taobao case: every time in 北京时间
    dlg = view.add_event()
    assert dlg.isVisible() and dlg.isModal()
    dlg.kind.setCurrentIndex(dlg.kind.findData("refund_requested"))
    dlg.when.setDateTime(_wall(2026, 11, 20, 10, 0))  # 10:00 in Beijing
    dlg.reason.setPlainText("杯子有裂纹")
    dlg.accept()
    [event] = playbook.list_events(window.ctx.app, case.id)
    assert event["at"] == "2026-11-20T02:00:00Z" and event["detail"] == {"note": "杯子有裂纹"}
    assert "2026-11-20 10:00" in view.events_label.text() and "杯子有裂纹" in view.events_label.text()
    assert view.timeline.header.text() == "Timeline (1 event)"
    [d] = playbook.list_deadlines(window.ctx.app, case.id)
    assert d.kind == "seller_response"
    # The row shows the due time as the dossier does: the same instant, the same text.
    row_text = view.deadlines.body.findChild(QWidget, "deadline_seller_response").findChild(QLabel).text()
    assert times.fmt(d.due_at, times.BEIJING, seconds=False) in row_text
    assert window.journal.model.headerData(1, Qt.Orientation.Horizontal) == "Time (Beijing time UTC+8)"


def test_deadline_edited_then_cancel_changes_nothing(window, case):
    window.reload_cases()
    window.select_case(case.id)
    playbook.add_event(window.ctx.app, case.id, "refund_requested", at="2026-11-20T02:00:00Z")
    window.overview.refresh_side()
    [d] = playbook.list_deadlines(window.ctx.app, case.id)
    view = window.overview
    edit = view.deadlines.body.findChild(QWidget, "deadline_seller_response").findChild(QPushButton, "editDeadline")
    edit.click()
    dlg = view._dialog
    assert dlg.due.dateTime() == timefmt.to_wall(d.due_at)  # shown in Beijing wall time
    dlg.due.setDateTime(_wall(2026, 11, 28, 18, 0))
    dlg.done_box.setChecked(True)
    dlg.accept()
    [d2] = playbook.list_deadlines(window.ctx.app, case.id)
    assert d2.due_at == "2026-11-28T10:00:00Z" and d2.done
    dlg = view.edit_deadline(d2)
    dlg.due.setDateTime(_wall(2027, 1, 1, 0, 0))
    dlg.reject()  # Cancel: nothing written
    assert playbook.list_deadlines(window.ctx.app, case.id)[0].due_at == "2026-11-28T10:00:00Z"


def test_suggested_deadline_is_added_with_the_playbooks_date(window, app):
    case = cases_service.create_case(app, "Mug", "taobao", "TB-9", dispute="quality", delivered_at="2026-11-20")
    window.reload_cases()
    window.select_case(case.id)
    view = window.overview
    suggested = {s["kind"]: s["due_at"] for s in view.guidance.suggested_deadlines}
    assert "seven_day_return" in suggested
    add = view.deadlines.body.findChild(QPushButton, "addSuggested")
    assert add.text() == "Add"
    add.click()
    dlg = view._dialog
    assert dlg.kind.currentData() == "seven_day_return"
    assert dlg.due.dateTime() == timefmt.to_wall(suggested["seven_day_return"])
    dlg.accept()
    [d] = playbook.list_deadlines(app, case.id)
    assert d.kind == "seven_day_return" and d.due_at == suggested["seven_day_return"]
    assert not any(s["kind"] == "seven_day_return" for s in view.guidance.suggested_deadlines)


def test_every_warning_in_folding_groups_with_emphasis_rendered(window, app):
    assert playbook_html("only *cancel* it, a<b") == "only <b>cancel</b> it, a&lt;b"
    case = cases_service.create_case(app, "Lamp", "aliexpress", "AE-1", dispute="logistics")
    window.reload_cases()
    window.select_case(case.id)
    view = window.overview
    g = view.guidance
    sections = [s for s in view.advice_host.findChildren(Section) if s.objectName().startswith("section_warnings_")]
    assert [s.objectName() for s in sections] == [f"section_warnings_{grp.key}" for grp in g.warning_groups
                                                  if grp.warnings]
    shown = sum(s.body.findChild(QLabel).text().count("<li>") for s in sections)
    assert shown == sum(len(grp.warnings) for grp in g.warning_groups)  # none cut
    texts = " ".join(s.body.findChild(QLabel).text() for s in sections)
    assert "<b>cancel</b>" in texts and "*cancel*" not in texts
    # Folding is kept across a refresh.
    first = sections[0].objectName()
    sections[0].set_expanded(False)
    view.refresh_side()
    again = view.advice_host.findChild(Section, first)
    assert again is not None and not again.expanded and not again.body.isVisible()
