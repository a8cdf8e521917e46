"""The real window on a real X display (Xvfb, xcb platform), driven with xdotool through the X server: the focus
chain, shortcuts and event filters are Qt's own, not pytest-qt's offscreen shortcuts (issue 18).

Needs Xvfb and xdotool (scripts/system-deps.sh installs them; CI runs it first).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("x11_driver.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 (Xvfb) tests run on Linux")


def _tools() -> None:
    missing = [t for t in ("Xvfb", "xdotool") if shutil.which(t) is None]
    assert not missing, f"missing {missing}: run scripts/system-deps.sh (apt-get install xvfb xdotool x11-utils)"


def run_on_display(size: str, home: Path, mode: str, lang: str = "en") -> dict:
    """Start Xvfb at ``size`` (it picks a free display and tells us which), run the driver on it, stop both."""
    _tools()
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as f:
            display = f.readline().strip()
        assert display, "Xvfb did not start"
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb", "EVIDENCEAPP_HOME": str(home),
               "DRIVER_LANG": lang, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
               "QT_SCALE_FACTOR": "1", "QT_ENABLE_HIGHDPI_SCALING": "0"}
        env.pop("WAYLAND_DISPLAY", None)
        proc = subprocess.run([sys.executable, str(DRIVER), mode], env=env, capture_output=True, text=True,
                              timeout=300)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, f"driver failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return json.loads(lines[-1][len("RESULT "):])


def _fits(geo: dict) -> None:
    sx, sy, sw, sh = geo["available"]
    fx, fy, fw, fh = geo["frame"]
    assert sx <= fx and sy <= fy and fx + fw <= sx + sw and fy + fh <= sy + sh, geo
    bx, by, bw, bh = geo["status_bar"]
    assert geo["status_visible"] and by + bh <= sy + sh, geo  # the status bar is on the screen
    assert geo["minimum"][0] <= 1000 and geo["min_hint"][0] <= 1000, geo


def test_real_window_keys_wheel_screen_and_events(tmp_path):
    """Keys 1-3 during a take → three markers; the wheel over the Overview scrolls and changes nothing; the window
    fits 1366×768 and then 1024×600; an event added in Overview brings its deadline and moves the next step."""
    home = tmp_path / "home"
    seen = run_on_display("1366x768", home, "main")
    assert seen["active"], "the window never became the active X window"
    _fits(seen["geometry"])

    wheel = seen["wheel"]
    assert wheel["scrolled"] > 0, "the wheel never scrolled the Overview form"
    assert wheel["changed"] == {} and not wheel["dirty"], f"the wheel changed the form: {wheel['changed']}"

    rec = seen["record"]
    assert rec["tab_is_record"] and rec["started"] and rec["stopped"], rec
    assert rec["search_text"] == "", "keys typed during the take went into the case search box"
    assert rec["markers"] == rec["steps"], rec  # keys 1, 2, 3 → three markers, in that order
    for moment in ("focus_after_start", "focus_while_recording", "focus_after_stop"):
        assert rec[moment] != "caseSearch", f"{moment}: the focus jumped to the case search box"

    # Overview › Add event (the seller refused, with its reason typed): the playbook's deadline anchored on it
    # appears, and the next step and the status move.
    ev = seen["event"]
    assert ev["dialog"] and ev["closed"], ev
    before, after = ev["before"], ev["after"]
    assert after["events"] == [["seller_refused", "Opened items cannot be returned"]]
    assert "jd_intervention_window" in after["deadlines"] and "jd_intervention_window" not in before["deadlines"]
    assert after["deadline_rows"] == ["deadline_jd_intervention_window"]  # shown in the Deadlines section
    assert before["next"] == "negotiate" and after["next"] == "intervention"
    assert before["status"] == "open" and after["status"] == "escalated"
    assert after["text"] != before["text"]

    # The same home on a 1024×600 netbook: the 1366×768 geometry saved on close does not fit, so it is not used.
    small = run_on_display("1024x600", home, "fit")
    _fits(small["geometry"])
