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
    assert specs == [s for s in recording.list_sources() if s.startswith("camera:")] + ["synthetic", "file",
                                                                                       "screen", "window", "phone", "url"]
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


def test_record_a_window_with_the_screen_checklist(window, case, qtbot, settings, monkeypatch):
    """"A window…" on a real X server (Xvfb; Qt itself stays offscreen): the screen checklist is shown before
    the take, the chosen window is recorded, the take is a "screen" item with its markers."""
    import pytest
    from screen_window import SIZE, TITLE, can_run, display_with_window

    from evidenceapp.services import recording

    if can_run():
        pytest.skip(can_run())
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    with display_with_window() as display:
        monkeypatch.setenv("DISPLAY", display)
        assert TITLE in recording.list_windows()
        window.reload_cases()
        window.select_case(case.id)
        window.act_record.trigger()
        view = window.record
        view.source.setCurrentIndex(view.source.findData("window"))
        assert view._steps == recording.SCREEN_CHECKLIST["zh_CN"]  # shown before the take starts
        assert "first message" in view.hint.text()
        view.choose_window = lambda: TITLE
        view.start_button.click()
        assert view.session is not None and view.session.kind == "screen"
        qtbot.wait(800)
        view.step_buttons[0].click()
        qtbot.wait(800)
        view.take_key(Qt.Key.Key_2)
        qtbot.wait(600)
        frame = view.session.latest_frame()
        assert frame.shape[1] == SIZE[0] and frame.shape[0] > SIZE[1]  # the picture and the band below it
        view.stop_button.click()
        item = view.last_item
        assert item is not None and item.kind == "screen"
        labels = [m.label for m in items_service.markers(window.ctx.app, item.id)]
        assert labels == recording.SCREEN_CHECKLIST["zh_CN"][:2]


def test_camera_permission_is_asked_through_qt(window, case) -> None:
    """On Linux and Windows Qt answers "granted" at once; file and synthetic sources never ask (macOS asks the user
    for the camera, which this machine cannot show)."""
    view = window.record
    assert view.camera_allowed("synthetic") and view.camera_allowed("file:/tmp/x.mp4")
    assert view.camera_allowed("camera:0")
