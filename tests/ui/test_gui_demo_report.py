"""First run: the "Open a demo case" button builds the demo in a worker (busy note and bar), then every view has
content. Help › Report a problem zips the logs only, into the chosen folder."""

from __future__ import annotations

import logging
import zipfile

from PySide6.QtWidgets import QPushButton

from evidenceapp.services import cases as cases_service


def test_demo_button_fills_every_view(make_window, app, qtbot, wait_idle):
    window = make_window(inline=False)
    assert window.stack.currentWidget() is window.empty
    window.empty.demo_button.click()
    assert window.empty.demo_note.isVisibleTo(window.empty) and not window.empty.demo_button.isEnabled()
    assert window.progress.isVisible()  # the status bar's busy bar with its label
    qtbot.waitUntil(lambda: not window._demo_running, timeout=120000)
    wait_idle(window)
    [case] = cases_service.list_cases(app)
    items = cases_service.case_items(app, case.id)
    assert len(items) >= 6 and any(i.kind == "unboxing" for i in items)
    assert window.case_id == case.id and window.tabs.currentWidget() is window.evidence
    assert window.evidence.model.rowCount() == len(items)
    assert any(window.evidence.model.item_at(r).kind == "unboxing" for r in range(len(items)))
    assert "Next step" in window.overview.next_label.text()
    # The demo's deadlines are listed in their own section, one row (with its Edit button) per deadline.
    assert window.overview.deadlines.header.text().startswith("Deadlines (")
    assert window.overview.deadlines.body.findChildren(QPushButton, "editDeadline")
    for tab in ("record", "journal", "export"):
        window.show_tab(tab)
        wait_idle(window)
    assert window.record.session is None and window.record.start_button.isEnabled()  # idle, ready to film
    assert window.journal.model.rowCount() >= 8
    assert window.export.exhibits.topLevelItemCount() == len(items)


def test_report_a_problem_zips_the_logs_only(make_window, app, tmp_path, wait_idle, app_log):
    logging.getLogger("evidenceapp.ui").info("a line the report must carry")
    for h in logging.getLogger("evidenceapp").handlers:
        h.flush()
    window = make_window(inline=False)
    menu_actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    assert window.act_report in menu_actions
    dlg = window.report_problem()
    assert "only the logs" in dlg.findChildren(type(dlg.status))[0].text()
    dlg.folder.setText(str(tmp_path / "report"))
    dlg.create_button.click()
    wait_idle(window)
    assert dlg.result_path is not None and dlg.result_path.parent == tmp_path / "report"
    with zipfile.ZipFile(dlg.result_path) as z:
        names = z.namelist()
        assert "about.json" in names and "logs/evidenceapp.log" in names
        assert all(n == "about.json" or n.startswith("logs/evidenceapp.log") for n in names)
        assert b"a line the report must carry" in z.read("logs/evidenceapp.log")
    assert str(dlg.result_path) in dlg.status.text()
    dlg.close()
