"""Screen recording (录屏取证) on a real X server: Xvfb, a Qt window with known content and a changing counter,
recorded through PyAV's x11grab, then the MP4 decoded and its frames checked (the content, the counter moving, the
overlay in the band below the picture); kill -9 during a take keeps it; Wayland and bad specs are coded errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from foundation_checks import SRC_ROOT
from screen_window import SIZE, TITLE, can_run, display_with_window

from evidenceapp.core.errors import ScreenUnsupported, SourceInvalid

needs_x = pytest.mark.skipif(bool(can_run()), reason=can_run() or "-")


@pytest.fixture
def xdisplay(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    with display_with_window() as display:
        monkeypatch.setenv("DISPLAY", display)
        yield display


def _decode(path: Path) -> list[tuple[float, np.ndarray]]:
    import av

    with av.open(str(path)) as c:
        s = c.streams.video[0]
        return [(float(f.pts * s.time_base), f.to_ndarray(format="rgb24")) for f in c.decode(s)]


def _close(rgb: np.ndarray, colour: tuple[int, int, int], tol: int = 40) -> float:
    """Share of pixels within ``tol`` of ``colour`` (H.264 moves colours a little)."""
    return float((np.abs(rgb.astype(int) - colour).max(axis=2) <= tol).mean())


def _check_frames(frames: list[tuple[float, np.ndarray]], picture: tuple[int, int]) -> None:
    from screen_window import BLUE, GREEN, RED

    pw, ph = picture
    first, last = frames[5][1], frames[-2][1]
    for rgb in (first, last):
        assert rgb.shape[1] == pw and rgb.shape[0] > ph
        pic, band = rgb[:ph], rgb[ph:]
        # The captured content, uncovered: the green square sits where the unboxing overlay would be.
        assert _close(pic[4:ph // 8 - 4, 4:pw // 8 - 4], GREEN) > 0.9
        assert _close(pic[ph // 8 + 4:ph // 4, 4:pw // 2 - 4], RED) > 0.9
        assert _close(pic[4:ph // 4, pw // 2 + 4:pw - 4], BLUE) > 0.9
        # The overlay band: dark, with white text on both halves (clock left, order and step right).
        assert band.shape[0] >= 30 and (band < 60).mean() > 0.7
        assert (band[:, : pw // 2] > 200).any() and (band[:, pw // 2:] > 200).any()
    # The counter in the middle of the window changes; the clock/elapsed text in the band changes too.
    mid = (slice(ph * 3 // 8, ph * 5 // 8), slice(pw // 3, pw * 5 // 6))
    assert np.abs(first[mid].astype(int) - last[mid].astype(int)).mean() > 5
    band_l = (slice(ph, None), slice(0, pw // 2))
    assert np.abs(first[band_l].astype(int) - last[band_l].astype(int)).sum() > 1000


@needs_x
def test_window_take_decodes_with_content_overlay_and_markers(app, case, xdisplay) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.services import items as items_svc
    from evidenceapp.services import recording
    from evidenceapp.store import journal_repo

    session = recording.RecordingSession(app, case.id, source="window:Seller chat", size=(1920, 1080), fps=15,
                                         audio=None)
    assert session.kind == "screen" and session.checklist == recording.SCREEN_CHECKLIST["zh_CN"]
    session.start()
    t0 = time.monotonic()
    time.sleep(1.0)
    session.mark()  # 账号名称/ID
    time.sleep(1.0)
    session.mark("商家拒绝截图")
    while time.monotonic() - t0 < 3.0:
        time.sleep(0.05)
    item = session.stop()
    assert item.kind == "screen" and item.source == "recorder" and item.original_name.startswith("screen-")
    assert (item.width, item.height) == session.source.size and item.width == SIZE[0]
    rec = item.metadata["recording"]
    cap = rec["capture"]
    assert cap["device"] == "x11grab" and cap["picture_size"] == [SIZE[0], SIZE[1]] and cap["measured_fps"] > 3
    assert rec["fps"] <= 15 and rec["frames"] >= 2.5 * rec["fps"]
    # Honest counts: every captured frame is either written or counted as dropped.
    assert rec["frames_captured"] == rec["frames"] - rec["duplicated"] + rec["dropped"]
    markers = items_svc.markers(app, item.id)
    assert [m.label for m in markers] == ["账号名称/ID", "商家拒绝截图"] and all(m.keyframe for m in markers)
    frames = _decode(app.objects.path_for(item.sha256))
    assert frames[-1][0] >= 2.5 and abs(len(frames) - rec["frames"]) <= 1
    _check_frames(frames, (SIZE[0], SIZE[1]))
    kfs = recording.keyframes_for(app, item.id)
    assert kfs.contact_sheet.is_file() and len(kfs.keyframes) == 4
    actions = [e.action for e in journal_repo.entries(app.db.con, case.id)]
    assert "recording_started" in actions and actions.count("marker") == 2 and "recording_finished" in actions


@needs_x
def test_cli_records_the_whole_screen(home, case, xdisplay) -> None:  # type: ignore[no-untyped-def]
    from helpers import cli_json

    code, out = cli_json("record", case.order_no, "--source", "screen:0", "--duration", "1.5", "--fps", "10",
                         "--no-audio", "--marker-at", "0.5", home=home)
    assert code == 0 and out["status"] == "ok" and out["width"] == 800 and out["height"] > 600
    assert out["markers"][0]["label"] == "账号名称/ID"


@needs_x
def test_kill9_during_a_screen_take_keeps_it(home, xdisplay) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.services.app import App
    from evidenceapp.services.cases import create_case
    from evidenceapp.services.verifying import verify_case
    from evidenceapp.store import items_repo

    with App.open(home) as a:  # no App open in this process meanwhile: recovery runs when one opens alone
        case = create_case(a, "卖家改了商品页", "taobao", "TB-SCREEN-1")

    env = {**os.environ, "EVIDENCEAPP_HOME": str(home), "PYTHONPATH": str(SRC_ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "evidenceapp", "record", case.order_no, "--source",
                             f"window:{TITLE}", "--fps", "10", "--no-audio", "--checkpoint-every", "0.5",
                             "--marker-at", "0.8"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        sidecars: list[Path] = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # wait until the take is really running, then 2.5 s more
            sidecars = list((home / "recordings").glob("*.json")) if (home / "recordings").is_dir() else []
            if sidecars and '"recording"' in sidecars[0].read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        time.sleep(2.5)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=30)
    assert sidecars, f"the take never started: {err.decode(errors='replace')}"
    app = App.open(home)  # the start-up hook recovers the take
    try:
        items = [i for i in items_repo.for_case(app.db.con, case.id)]
        assert len(items) == 1
        item = items[0]
        assert item.kind == "screen" and item.status == "interrupted" and "interrupted" in item.flags
        assert item.duration is not None and item.duration >= 1.0
        assert [m.label for m in items_repo.markers(app.db.con, item.id)] == ["账号名称/ID"]
        frames = _decode(app.objects.path_for(item.sha256))
        _check_frames(frames, (SIZE[0], SIZE[1]))
        assert verify_case(app, case.id).ok
    finally:
        app.close()


def test_wayland_is_refused_with_a_coded_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from evidenceapp.capture.screen import target_for

    if not sys.platform.startswith("linux"):
        pytest.skip("the Wayland check is for Linux")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    with pytest.raises(ScreenUnsupported) as err:
        target_for("screen", 30)
    assert err.value.code == "E_SCREEN_UNSUPPORTED" and "Wayland" in err.value.message
    assert "PipeWire" in err.value.message
    monkeypatch.delenv("XDG_SESSION_TYPE")
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.delenv("DISPLAY", raising=False)
    with pytest.raises(ScreenUnsupported, match="DISPLAY"):
        target_for("window:x", 30)


def test_bad_specs_and_window_matching() -> None:
    from evidenceapp.capture.screen import find_window, target_for

    with pytest.raises(SourceInvalid, match="number"):
        target_for("screen:left", 30)
    with pytest.raises(SourceInvalid, match="title"):
        target_for("window:", 30)
    wins = [("0x1", "聊天 - 卖家A", 800, 600), ("0x2", "聊天", 1, 1), ("0x3", "聊天", 300, 200),
            ("0x4", "Order page", 900, 700)]
    assert find_window(wins, "聊天")[0] == "0x3"  # exact title first, tiny helper windows ignored
    assert find_window(wins, "order")[0] == "0x4"
    with pytest.raises(SourceInvalid) as err:
        find_window(wins, "Taobao")
    assert "Order page" in err.value.message


def test_band_overlay_leaves_the_picture_untouched() -> None:
    from evidenceapp.capture.overlay import Overlay, band_height
    from evidenceapp.config import cjk_font_path

    for w, h in ((1280, 720), (320, 240)):
        band = band_height(w, h, cjk_font_path())
        ov = Overlay((w, h + band), cjk_font_path(), band=band)
        ov.set_lines(["订单号 TB-1 · 淘宝 Taobao", "步骤 1/5: 账号名称/ID"])
        frame = np.full((h + band, w, 3), 200, np.uint8)
        frame[h:] = 0
        ov.apply(frame, 1795600000.0, 3.0, 90)
        assert (frame[:h] == 200).all()  # the captured picture is never drawn on
        assert (frame[h:] > 240).sum() > 200  # the text is in the band


@pytest.mark.parametrize(("platform", "spec", "expected"), [
    ("win32", "screen", ("gdigrab", "desktop")),
    ("win32", "screen:1", ("lavfi", "ddagrab=output_idx=1:framerate=30,hwdownload,format=bgra")),
    ("win32", "window:与卖家聊天", ("gdigrab", "title=与卖家聊天")),
    ("darwin", "screen", ("avfoundation", "Capture screen 0:none")),
    ("darwin", "screen:2", ("avfoundation", "Capture screen 2:none")),
])
def test_the_capture_device_is_chosen_by_operating_system(monkeypatch, platform, spec, expected) -> None:  # type: ignore[no-untyped-def]
    """Windows and macOS cannot be run here: at least the device and URL each would open are pinned."""
    from evidenceapp.capture import screen

    monkeypatch.setattr(screen.sys, "platform", platform)
    t = screen.target_for(spec, 30)
    assert (t.fmt, t.url) == expected


def test_no_window_mode_on_macos(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.capture import screen

    monkeypatch.setattr(screen.sys, "platform", "darwin")
    with pytest.raises(ScreenUnsupported, match="macOS"):
        screen.target_for("window:Chat", 30)
