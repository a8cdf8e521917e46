"""Deadline notifications while the app runs: the playbook's alerts are polled every few minutes (off the GUI thread)
and each deadline is announced once per threshold (48 h, 24 h, passed), through the system tray when there is one,
else in a banner at the top of the window. What was announced is remembered in state.ini, so a restart does not
repeat it; a changed due date is a new deadline to announce."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QWidget

from ..services import playbook
from .context import Context
from .i18n import current_language

POLL_MS = 5 * 60 * 1000
STATE_KEY = "alerts/shown"
BANNER_STYLE = "background:#fff3e0; color:#5d3200; border:1px solid #ffb74d; border-radius:4px; padding:6px;"
URGENT_STYLE = "background:#fdecea; color:#611a15; border:1px solid #ef9a9a; border-radius:4px; padding:6px;"


def threshold(status: str) -> str:
    """The playbook's status → the threshold it stands for: warning = within 48 h, urgent = within 24 h."""
    return {"warning": "48h", "urgent": "24h", "passed": "passed"}.get(status, "")


class AlertBanner(QWidget):
    """The in-window fallback: one line per alert, with a button to dismiss them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(BANNER_STYLE)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.clicked.connect(self.dismiss)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.close_button)
        self.lines: list[str] = []
        self.hide()

    def add(self, text: str, urgent: bool) -> None:
        self.lines.append(text)
        self.label.setText("\n".join(self.lines[-4:]))
        if urgent:
            self.label.setStyleSheet(URGENT_STYLE)
        self.show()

    def dismiss(self) -> None:
        self.lines.clear()
        self.label.setStyleSheet(BANNER_STYLE)
        self.hide()


class DeadlineAlerts(QObject):
    shown = Signal(str)  # the text of each notification, as shown

    def __init__(self, ctx: Context, banner: Callable[[], AlertBanner], case_title: Callable[[str], str],
                 interval_ms: int = POLL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._banner = banner  # the current banner (the window rebuilds it on a language switch)
        self._case_title = case_title
        self.use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self._tray: QSystemTrayIcon | None = None
        self._busy = False
        raw = ctx.settings.state_str(STATE_KEY)
        self.announced: set[str] = {k for k in raw.split("|") if k}
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._first = QTimer(self)  # a child timer, not singleShot(): it dies with the window
        self._first.setSingleShot(True)
        self._first.setInterval(3000)  # soon after start, once the window is drawn
        self._first.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()
        self._first.start()

    def poll(self) -> None:
        if self._busy:
            return
        self._busy = True
        app, lang = self.ctx.app, current_language()

        def failed(_exc: BaseException) -> None:
            self._busy = False  # a failed poll is retried at the next tick; nothing to tell the user

        self.ctx.runner.submit(lambda _p, _c: playbook.alerts(app, lang), on_done=self._apply, on_error=failed)

    def _apply(self, alerts: list[tuple[str, playbook.DeadlineView]]) -> None:
        self._busy = False
        new = False
        for case_id, d in alerts:
            level = threshold(d.status)
            if not level:
                continue
            key = f"{d.id}:{d.due_at}:{level}"
            if key in self.announced:
                continue
            self.announced.add(key)
            new = True
            self.notify(case_id, d, level)
        if new:
            self.ctx.settings.set_state_str(STATE_KEY, "|".join(sorted(self.announced)[-500:]))

    def notify(self, case_id: str, d: playbook.DeadlineView, level: str) -> None:
        case = self._case_title(case_id)
        if level == "passed":
            text = self.tr("Deadline passed: {deadline} ({case})").format(deadline=d.label, case=case)
        else:
            text = self.tr("Deadline in {remaining}: {deadline} ({case})").format(
                remaining=d.remaining, deadline=d.label, case=case)
        urgent = level != "48h"
        if self.use_tray:
            if self._tray is None:
                from .icons import app_icon

                self._tray = QSystemTrayIcon(app_icon(), self)
                self._tray.setToolTip("evidenceapp")
                self._tray.show()
            icon = QSystemTrayIcon.MessageIcon.Critical if urgent else QSystemTrayIcon.MessageIcon.Warning
            self._tray.showMessage(self.tr("Dispute deadline"), text, icon, 20000)
        else:
            self._banner().add(text, urgent)
        self.shown.emit(text)

    def stop(self) -> None:
        self.timer.stop()
        self._first.stop()
        if self._tray is not None:
            self._tray.hide()
