"""Drives the real main window on a real X display, the way a buyer does: xdotool moves the pointer, turns the
wheel and types keys through the X server, so Qt's own focus chain, shortcuts and event filters decide where
they go. Run by test_gui_x11.py inside Xvfb (QT_QPA_PLATFORM=xcb); prints one JSON line of what it saw.

    python x11_driver.py main   # geometry, wheel over the Overview, a take marked with keys 1-3, an event
    python x11_driver.py fit    # geometry only (run on a smaller screen over the same home)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from evidenceapp.services import cases as cases_service
from evidenceapp.services import items as items_service
from evidenceapp.services.app import App
from evidenceapp.ui.app import create_application
from evidenceapp.ui.i18n import install_language
from evidenceapp.ui.main_window import MainWindow
from evidenceapp.ui.settings import Settings


def xdo(*args: object) -> None:
    subprocess.run(["xdotool", *map(str, args)], check=True, timeout=20)


def wait_until(pred, timeout: float = 20.0, step: int = 50) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        QTest.qWait(step)
    return bool(pred())


def point(widget: QWidget, where: QPoint | None = None) -> QPoint:
    return widget.mapToGlobal(where if where is not None else widget.rect().center())


def click(widget: QWidget) -> None:
    p = point(widget)
    xdo("mousemove", "--sync", p.x(), p.y())
    QTest.qWait(100)
    xdo("click", 1)
    QTest.qWait(200)


def key(name: str) -> None:
    xdo("key", "--clearmodifiers", name)
    QTest.qWait(150)


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def geometry(window: MainWindow) -> dict:
    screen = window.screen()
    status = window.statusBar()
    return {"screen": rect(screen.geometry()), "available": rect(screen.availableGeometry()),
            "frame": rect(window.frameGeometry()), "min_hint": [window.minimumSizeHint().width(),
                                                                window.minimumSizeHint().height()],
            "minimum": [window.minimumWidth(), window.minimumHeight()],
            "status_bar": rect(QRect(point(status, QPoint(0, 0)), status.size())),
            "status_visible": status.isVisible()}


def focus_name() -> str:
    w = QApplication.focusWidget()
    return w.objectName() or type(w).__name__ if w is not None else ""


def wheel_over_overview(window: MainWindow) -> dict:
    view = window.overview
    window.show_tab("overview")
    QTest.qWait(300)
    before = view.values()
    scroll = view.findChild(QWidget, "overviewForm")
    bar = scroll.verticalScrollBar() if scroll is not None else None
    moved = 0
    for name in ("platform", "dispute", "request", "status"):
        box = view.choices[name]
        if not box.isVisible() or box.visibleRegion().isEmpty():
            continue
        p = point(box)
        xdo("mousemove", "--sync", p.x(), p.y())
        QTest.qWait(80)
        for button in (5, 5, 5, 4, 5, 5):  # mostly down across the form, the pointer staying put
            before_bar = bar.value() if bar is not None else 0
            xdo("click", button)
            QTest.qWait(60)
            if bar is not None and bar.value() != before_bar:
                moved += 1
    QTest.qWait(200)
    after = view.values()
    return {"changed": {k: [before[k], after[k]] for k in before if before[k] != after[k]},
            "dirty": view.dirty, "scrolled": moved}


def record_with_keys(window: MainWindow) -> dict:
    key("ctrl+r")
    view = window.record
    out: dict = {"tab_is_record": window.tabs.currentWidget() is view}
    wait_until(lambda: view.source.findData("synthetic") >= 0)
    view.source.setCurrentIndex(view.source.findData("synthetic"))  # no camera on a CI machine
    window.search.setFocus()  # the worst case: the focus sits in the case search box when the take starts
    click(view.start_button)
    out["started"] = wait_until(lambda: view.session is not None and view.session.running, 30)
    out["focus_after_start"] = focus_name()
    QTest.qWait(600)
    for n in ("1", "2", "3"):
        key(n)
        QTest.qWait(500)
    out["search_text"] = window.search.text()
    out["focus_while_recording"] = focus_name()
    click(view.stop_button)
    out["stopped"] = wait_until(lambda: view.session is None and view.last_item is not None, 60)
    out["focus_after_stop"] = focus_name()
    item = view.last_item
    out["markers"] = [m.label for m in items_service.markers(window.ctx.app, item.id)] if item else []
    out["steps"] = view._steps[:3]
    return out


def add_event(window: MainWindow) -> dict:
    """Overview › Add event: the seller refused. The deadline the playbook anchors on it appears, the next step
    and the status move."""
    view = window.overview
    window.show_tab("overview")
    QTest.qWait(300)
    g0 = view.guidance
    out: dict = {"before": {"next": g0.next_step.key if g0 and g0.next_step else None,
                            "deadlines": [d.kind for d in g0.deadlines] if g0 else [],
                            "status": view.choices["status"].currentData(), "text": view.next_label.text()}}
    side = view.findChild(QWidget, "disputeSide")
    side.ensureWidgetVisible(view.add_event_button)
    QTest.qWait(200)
    click(view.add_event_button)
    out["dialog"] = wait_until(lambda: QApplication.activeModalWidget() is not None, 10)
    dlg = QApplication.activeModalWidget()
    if dlg is None:
        return out
    dlg.kind.setCurrentIndex(dlg.kind.findData("seller_refused"))
    click(dlg.reason)
    xdo("type", "--delay", "20", "Opened items cannot be returned")
    QTest.qWait(300)
    click(dlg.buttons.button(dlg.buttons.StandardButton.Ok))
    out["closed"] = wait_until(lambda: QApplication.activeModalWidget() is None, 10)
    wait_until(lambda: view.guidance is not g0 and view.guidance is not None, 10)
    QTest.qWait(300)
    g = view.guidance
    out["after"] = {"next": g.next_step.key if g.next_step else None, "deadlines": [d.kind for d in g.deadlines],
                    "status": view.choices["status"].currentData(), "text": view.next_label.text(),
                    "events": [(e["kind"], (e.get("detail") or {}).get("text", "")) for e in g.events],
                    "deadline_rows": [w.objectName() for w in view.deadlines.body.findChildren(QWidget)
                                      if w.objectName().startswith("deadline_")]}
    return out


def main(mode: str) -> dict:
    home = Path(os.environ["EVIDENCEAPP_HOME"])
    qapp = create_application([])
    install_language(os.environ.get("DRIVER_LANG", "en"))
    settings = Settings.default()
    settings.record_size = "640x480"
    app = App.open(home)
    if not cases_service.list_cases(app):
        cases_service.create_case(app, "Broken mug", "jd", "JD-1", seller="Shop", dispute="quality")
    window = MainWindow(app, settings)
    window.show()
    wait_until(lambda: window.isVisible() and window.windowHandle().isExposed())
    xdo("windowfocus", "--sync", int(window.winId()))  # no window manager in Xvfb: give the window the focus
    wait_until(window.isActiveWindow)
    QTest.qWait(500)
    out: dict = {"active": window.isActiveWindow(), "geometry": geometry(window)}
    if mode == "main":
        out["wheel"] = wheel_over_overview(window)
        out["record"] = record_with_keys(window)
        out["event"] = add_event(window)
    window.close()
    qapp.processEvents()
    app.close()
    return out


if __name__ == "__main__":
    result = main(sys.argv[1] if len(sys.argv) > 1 else "main")
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
