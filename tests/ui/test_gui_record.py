"""Record view: a 3-second take from the synthetic source with two checklist clicks → an unboxing item with
two markers, recorded through the same RecordingSession the CLI uses (real H.264 file)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evidenceapp.services import cases as cases_service
from evidenceapp.services import items as items_service


def test_record_three_seconds_with_two_checklist_clicks(window, case, qtbot, settings):
    settings.record_size = "640x480"
    window.reload_cases()
    window.select_case(case.id)
    window.act_record.trigger()
    view = window.record
    assert window.tabs.currentWidget() is view
    # The source list is what the recorder service found (no camera on a CI machine), then pattern and file.
    from evidenceapp.services import recording

    specs = [view.source.itemData(i) for i in range(view.source.count())]
    assert specs == [s for s in recording.list_sources() if s.startswith("camera:")] + ["synthetic", "file"]
    view.size.setCurrentIndex(view.size.findData("640x480"))
    view.source.setCurrentIndex(view.source.findData("synthetic"))
    assert not view.stop_button.isEnabled()
    view.start_button.click()  # inline runner: the session has started when click() returns
    assert view.session is not None and view.session.running
    assert "RECORDING" in view.state_label.text()
    assert view.stop_button.isEnabled() and not view.start_button.isEnabled()
    qtbot.wait(1000)
    view.step_buttons[0].click()
    qtbot.wait(1000)
    window.activateWindow()
    view.stop_button.setFocus()
    qtbot.keyClick(view.stop_button, Qt.Key.Key_2)  # keys 1–9 mark the checklist steps
    qtbot.wait(1000)
    assert view.preview.pixmap() is not None and not view.preview.pixmap().isNull()  # live frames shown
    assert view.step_buttons[0].text().startswith("✔")
    view.stop_button.click()
    assert view.session is None
    item = view.last_item
    assert item is not None and item.kind == "unboxing" and item.source == "recorder"
    assert 2.5 <= (item.duration or 0) <= 6
    labels = [m.label for m in items_service.markers(window.ctx.app, item.id)]
    steps = view._steps
    assert labels == [steps[0], steps[1]]
    # The item shows up in the Evidence tab and the journal has the take.
    assert item.id in {i.id for i in window.evidence.model.items()}
    actions = [e.action for e in cases_service.journal(window.ctx.app, case.id)]
    assert actions.count("marker") == 2 and "recording_started" in actions and "recording_finished" in actions
    assert "Saved" in view.preview.text()
