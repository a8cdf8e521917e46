"""Evidence text search (OCR and pasted chat text, services.ocr.search), the text beside the item, and the deadline
notification: a deadline 30 h away is announced once (in-window banner when there is no system tray)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from helpers import make_jpeg

from evidenceapp.services import importing, ocr, playbook


def test_text_search_filters_the_evidence_grid(window, app, case, tmp_path, qtbot):
    importing.add_paths(app, case.id, [make_jpeg(tmp_path / "crack.jpg")])
    chat = ocr.add_chat_text(app, case.id, "卖家：亲，签收了就不能退了哦\nbuyer: the mug arrived cracked", "chat.txt")
    ocr.add_chat_text(app, case.id, "seller: please confirm receipt first", "chat2.txt")
    window.reload_cases()
    window.select_case(case.id)
    view = window.evidence
    assert view.model.rowCount() == 3
    view.text_search.setText("不能退")
    view.run_search()  # what the typing pause triggers
    assert [view.model.item_at(r).id for r in range(view.model.rowCount())] == [chat.id]
    assert "1 item(s) contain “不能退”" in view.hint.text()
    assert not view.model.reorderable  # a filtered list is not the exhibit order
    view.select(chat.id)
    assert "签收了就不能退了" in view.detail.text.toPlainText() and view.detail.text_box.isVisibleTo(view.detail)
    view.text_search.setText("receipt")
    view.run_search()
    assert view.model.rowCount() == 1 and view.model.item_at(0).original_name == "chat2.txt"
    view.text_search.setText("nothing like this")
    view.run_search()
    assert view.model.rowCount() == 0
    view.text_search.clear()
    view.run_search()
    assert view.model.rowCount() == 3 and view.model.reorderable
    view.select(view.model.item_at(0).id)  # the photo: no text, no text row
    assert not view.detail.text_box.isVisibleTo(view.detail)


def test_deadline_30_hours_away_is_announced_once(window, app, case):
    playbook.add_deadline(app, case.id, "seller_response", due_at=datetime.now(UTC) + timedelta(hours=30))
    window.reload_cases()
    alerts = window.alerts
    alerts.use_tray = False  # the offscreen platform has none; the banner is the fallback
    shown: list[str] = []
    alerts.shown.connect(shown.append)
    alerts.poll()
    assert len(shown) == 1 and shown[0].startswith("Deadline in ") and case.title in shown[0]
    assert window.alert_banner.isVisible() and window.alert_banner.label.text() == shown[0]
    alerts.poll()
    assert len(shown) == 1  # once per threshold and deadline
    window.alert_banner.dismiss()
    assert not window.alert_banner.isVisible()
    # Remembered across a restart (state.ini), so the same warning does not come back.
    window.save_state()
    from evidenceapp.ui.alerts import DeadlineAlerts

    again = DeadlineAlerts(window.ctx, lambda: window.alert_banner, lambda _c: "x", parent=window)
    again.use_tray = False
    again.poll()
    assert not window.alert_banner.isVisible()
