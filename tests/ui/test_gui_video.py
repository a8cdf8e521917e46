"""The unboxing take plays in the Evidence tab (issue 18.6): Qt Multimedia decodes the real H.264 the recorder
wrote, the checklist markers are a list that jumps to their moment, the keyframes a strip that does too."""

from __future__ import annotations

import time

import pytest
from PySide6.QtMultimedia import QMediaPlayer

from evidenceapp.services import recording
from evidenceapp.ui.video_player import TimeRole

# Offscreen: no GPU for the video frames (Qt converts them on the CPU and says so).
pytestmark = [pytest.mark.qt_log_ignore("PulseAudio", "pipewire", "audio device", "symbolsresolver", "No RHI backend")]


def _take(app, case_id: str):
    session = recording.RecordingSession(app, case_id, source="synthetic", size=(640, 480), fps=15, lang="en")
    session.start()
    time.sleep(1.2)
    session.mark(session.checklist[0])
    time.sleep(1.5)
    session.mark(session.checklist[1])
    time.sleep(1.0)
    return session.stop(), session.checklist[:2]


def test_unboxing_plays_with_markers_and_keyframes(make_window, case, app, qtbot, wait_idle):
    item, steps = _take(app, case.id)
    window = make_window(inline=False)
    window.select_case(case.id)
    window.show_tab("evidence")
    view = window.evidence
    wait_idle(window)
    view.select(item.id)
    player = view.detail.video
    assert player.isVisible() and not view.detail.preview.isVisible()
    assert [player.markers.item(i).text().split("  ", 1)[1] for i in range(player.markers.count())] == steps
    qtbot.waitUntil(lambda: player.strip.count() >= 1, timeout=30000)  # keyframes, extracted off the GUI thread
    qtbot.waitUntil(lambda: player.player.duration() > 2500, timeout=15000)  # the real file decoded
    assert player.slider.maximum() == player.player.duration()
    second = player.markers.item(1)
    player.markers.itemClicked.emit(second)
    target = second.data(TimeRole)
    qtbot.waitUntil(lambda: abs(player.player.position() - target) < 400, timeout=5000)
    frame = player.strip.item(player.strip.count() - 1)
    player.strip.itemClicked.emit(frame)
    qtbot.waitUntil(lambda: abs(player.player.position() - frame.data(TimeRole)) < 400, timeout=5000)
    player.toggle()
    qtbot.waitUntil(lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState, timeout=5000)
    assert player.play_button.text() == "Pause"
    # Another item (or none): the player stops and hides.
    view.detail.show_item(None)
    assert not player.isVisible() and player.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState
    wait_idle(window)


def test_phone_video_plays_upright(make_window, case, app, qtbot, tmp_path, wait_idle):
    """A portrait phone video carries its rotation as a display matrix: Qt Multimedia draws it turned."""
    import subprocess

    from PySide6.QtMultimedia import QtVideo

    from evidenceapp.services.importing import add_paths

    raw, phone = tmp_path / "raw.mp4", tmp_path / "VID_20261120_100000.mp4"
    subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=15",
                    "-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p", str(raw)], check=True)
    subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-i", str(raw), "-c", "copy", "-metadata:s:v:0",
                    "rotate=90", str(phone)], check=True)
    item = add_paths(app, case.id, [phone]).added[0]
    window = make_window(inline=False)
    window.select_case(case.id)
    window.show_tab("evidence")
    view = window.evidence
    wait_idle(window)
    view.select(item.id)
    player = view.detail.video
    assert player.isVisible()
    player.toggle()
    sink = player.video.videoSink()
    qtbot.waitUntil(lambda: sink.videoFrame().isValid(), timeout=15000)
    assert sink.videoFrame().surfaceFormat().rotation() == QtVideo.Rotation.Clockwise270
    player.player.stop()
    view.detail.show_item(None)
    wait_idle(window)
