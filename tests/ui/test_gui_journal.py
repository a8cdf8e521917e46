"""Journal tab: the chain as a table, Verify now, and the banner naming an altered file."""

from __future__ import annotations

import os

from helpers import make_jpeg

from evidenceapp.services import importing


def test_verify_after_tampering_names_the_file(window, case, tmp_path, app):
    importing.add_paths(app, case.id, [make_jpeg(tmp_path / "crack-closeup.jpg"), make_jpeg(tmp_path / "box.jpg", seed=3)])
    window.reload_cases()
    window.select_case(case.id)
    window.act_verify.trigger()
    view = window.journal
    assert window.tabs.currentWidget() is view
    assert view.banner.isVisible() and "Verified" in view.banner.text() and "2 stored files" in view.banner.text()
    assert view.model.rowCount() == 4  # created, 2 added, verify_run

    target = [i for i in importing.items_repo.for_case(app.db.con, case.id) if i.original_name == "crack-closeup.jpg"][0]
    path = app.objects.path_for(target.sha256)
    os.chmod(path, 0o644)
    with open(path, "r+b") as f:
        f.seek(100)
        f.write(b"tampered")
    view.verify_button.click()
    text = view.banner.text()
    assert "crack-closeup.jpg has been altered" in text and "box.jpg" not in text
    assert "#611a15" in view.banner.styleSheet()  # the red banner
    assert view.last_report is not None and not view.last_report.ok


def test_verify_runs_in_the_background_with_progress(make_window, case, tmp_path, wait_idle, app):
    window = make_window(inline=False)
    importing.add_paths(app, case.id, [make_jpeg(tmp_path / "a.jpg")])
    window.reload_cases()
    window.select_case(case.id)
    window.verify()
    assert not window.journal.verify_button.isEnabled()  # busy until the worker reports back
    wait_idle(window)
    assert window.journal.verify_button.isEnabled()
    assert "Verified" in window.journal.banner.text()
    assert not window.progress.isVisible()


def test_journal_reads_as_sentences_in_the_ui_language(window, case, tmp_path, app):
    from evidenceapp.services import cases as cases_service
    from evidenceapp.services import items as items_service
    from evidenceapp.services import playbook

    cases_service.edit_case(app, case.id, order_no="TB-2", delivered_at="2026-11-21")
    cases_service.edit_case(app, case.id, facts="cracked on arrival")
    playbook.add_event(app, case.id, "refund_requested", at="2026-11-22T02:00:00Z")
    [d] = playbook.list_deadlines(app, case.id)
    playbook.edit_deadline(app, d.id, done=True)
    [item] = importing.add_paths(app, case.id, [make_jpeg(tmp_path / "crack.jpg")]).added
    items_service.edit_item(app, item.id, hidden=True)
    window.reload_cases()
    window.select_case(case.id)
    window.show_tab("journal")
    model = window.journal.model

    def summaries() -> list[str]:
        return [model.data(model.index(r, 3)) for r in range(model.rowCount())]

    texts = summaries()
    assert "Delivery date and order number changed" in texts
    assert "Facts changed" in texts
    assert "Refund / after-sales requested (2026-11-22 10:00)" in texts  # Beijing time, as the dossier says it
    assert "Deadline marked done" in texts
    assert "crack.jpg left out of the list and of dossiers" in texts
    assert not any("=" in t or "_" in t for t in texts if t)  # no raw field names or key=value
    window.apply_language("zh_CN")
    window.show_tab("journal")
    model = window.journal.model
    assert "签收日期和订单号已修改" in summaries()
