"""Background OCR: the chat screenshots of a case are read off the GUI thread, and what they say reaches the
Overview (the demo chat asks to pay outside the platform, a scam signal the playbook flags)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from evidenceapp.services import cases as cases_service
from evidenceapp.services.demo import create_demo_case


def test_chat_screenshots_are_read_in_the_background(make_window, app, qtbot):
    case = create_demo_case(app)
    window = make_window(inline=False, background_ocr=True)
    window.select_case(case.id)
    qtbot.waitUntil(lambda: not window._ocr_running and not window.runner.busy, timeout=240000)
    actions = [e.action for e in cases_service.journal(app, case.id)]
    assert actions.count("item_text_added") == 2  # both chat screenshots, journalled
    def scam_section() -> str:
        found = window.overview.advice_host.findChild(QWidget, "section_scam")
        return found.header.text() if found is not None else ""

    qtbot.waitUntil(lambda: scam_section().startswith("Warning signs in the chat ("), timeout=20000)
    # The text read is shown beside the screenshot, and the case's evidence is searchable by it.
    window.show_tab("evidence")
    view = window.evidence
    qtbot.waitUntil(lambda: view.model.rowCount() >= 6, timeout=20000)
    shot = next(view.model.item_at(r) for r in range(view.model.rowCount())
                if view.model.item_at(r).original_name == "chat-1.png")
    view.select(shot.id)
    qtbot.waitUntil(lambda: "裂纹" in view.detail.text.toPlainText(), timeout=20000)
    assert view.detail.text_label.text() == "Text read (OCR)"
    view.text_search.setText("裂纹")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20000)
    assert view.model.item_at(0).id == shot.id
