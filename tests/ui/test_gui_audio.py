"""A call recording in the Evidence tab: waveform, play and seek, the typed transcript saved and journalled."""

from __future__ import annotations

import pytest
from audiokit import tone_file
from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer

from evidenceapp.services import ocr as ocr_service
from evidenceapp.services.importing import add_paths
from evidenceapp.store import journal_repo

# Qt's FFmpeg backend says on a machine without a sound server that it found none: expected here.
pytestmark = [pytest.mark.qt_log_ignore("PulseAudio", "pipewire", "audio device", "symbolsresolver")]


def test_recording_plays_with_waveform_and_keeps_a_transcript(make_window, case, tmp_path, qtbot, wait_idle, app):
    window = make_window(inline=False)
    path = tone_file(tmp_path / "张三(13812345678)_20261120103000.m4a", "ipod", "aac", seconds=3.0)
    item = add_paths(app, case.id, [path]).added[0]
    window.reload_cases()
    window.select_case(case.id)
    window.show_tab("evidence")
    view = window.evidence
    view.select(item.id)
    player = view.detail.audio
    qtbot.waitUntil(lambda: bool(player.wave.peaks), timeout=20000)
    assert player.isVisible() and not view.detail.preview.isVisible()
    assert "张三" in player.heading.text()
    assert len(player.wave.peaks) == 600 and max(player.wave.peaks) == 1.0
    qtbot.waitUntil(lambda: player.player.duration() > 2500, timeout=10000)
    assert player.slider.maximum() == player.player.duration()
    # A click at three quarters of the waveform jumps there.
    qtbot.mouseClick(player.wave, Qt.MouseButton.LeftButton, pos=QPoint(player.wave.width() * 3 // 4,
                                                                       player.wave.height() // 2))
    qtbot.waitUntil(lambda: player.player.position() > 1800, timeout=5000)
    qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
                    timeout=5000)
    assert player.play_button.text() == "Pause"
    player.player.pause()
    # The transcript: typed, saved off the GUI thread, journalled, found by search.
    player.transcript.setPlainText("10:31 the agent admits the crack and promises a refund")
    assert player.save_button.isEnabled()
    with qtbot.waitSignal(player.transcript_saved, timeout=10000):
        qtbot.mouseClick(player.save_button, Qt.MouseButton.LeftButton)
    stored = ocr_service.item_text(app, item.id)
    assert stored["source"] == "transcript" and "promises a refund" in stored["text"]
    assert any(e.action == "item_text_added" for e in journal_repo.entries(app.db.con, case.id))
    # Another item: the player stops and hides.
    player.player.play()
    view.detail.show_item(None)
    assert not player.isVisible()
    assert player.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState
    wait_idle(window)
