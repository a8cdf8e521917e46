"""Recording the dispute's life from the GUI: an event (seller refused, intervention requested, refund received …)
with its date, time and reason, and a deadline (from the playbook's kinds, its date editable).

Both go through services.playbook, the same calls as ``evidenceapp case event add`` / ``deadline add|edit``:
recording an event also adds the deadlines the playbook anchors on it and moves the case's status.
Shown with ``open()`` (window-modal, not a nested event loop), so the window keeps painting behind them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import EvidenceError
from ...services import playbook
from .. import timefmt
from ..context import Context
from ..errors import error_sentence
from ..i18n import current_language

# ISO order everywhere: 2026-12-05 reads the same in Chinese, English and French (no 12/5/26).
WHEN_FORMAT = "yyyy-MM-dd HH:mm"


def when_edit(parent: QWidget, value: QDateTime) -> QDateTimeEdit:
    """A date/time picker in the case's zone (the one every time on screen is shown in)."""
    edit = QDateTimeEdit(value, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(WHEN_FORMAT)
    return edit


class _Form(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        self.lay = QVBoxLayout(self)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.lay.addWidget(self.buttons)

    def show_error(self, exc: EvidenceError) -> None:
        self.error.setText(error_sentence(exc.code, exc.params))
        self.error.show()


class AddEventDialog(_Form):
    """What happened and when. The result (the service's event dict) is in ``event`` once accepted."""

    REASON_KEYS = {"seller_refused": "reason", "platform_decision": "outcome", "court_decision": "outcome"}

    def __init__(self, ctx: Context, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an event"))
        self.setObjectName("addEventDialog")
        self.ctx = ctx
        self.case_id = case_id
        self.event: dict[str, Any] | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("eventKind")
        for key, label in playbook.event_kinds(current_language()).items():
            self.kind.addItem(label, key)
        self.when = when_edit(self, timefmt.wall_now())
        self.when.setObjectName("eventWhen")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("eventReason")
        self.reason.setPlaceholderText(self.tr("The reason or what was said, word for word"))
        self.reason.setFixedHeight(80)
        self.form.addRow(self.tr("What happened"), self.kind)
        self.form.addRow(self.tr("When ({zone})").format(zone=timefmt.zone_label(current_language())), self.when)
        self.form.addRow(self.tr("Reason or note"), self.reason)
        hint = QLabel(self.tr("Deadlines that follow from this event are added for you; you can edit their dates."),
                      self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.lay.insertWidget(1, hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add event"))
        self.kind.setFocus()

    def accept(self) -> None:
        kind = str(self.kind.currentData())
        text = self.reason.toPlainText().strip()
        detail = {self.REASON_KEYS.get(kind, "note"): text} if text else {}
        try:
            self.event = playbook.add_event(self.ctx.app, self.case_id, kind, at=timefmt.from_wall(self.when.dateTime()),
                                            detail=detail)
        except EvidenceError as exc:
            self.show_error(exc)
            return
        super().accept()


class DeadlineDialog(_Form):
    """A new deadline (kind from the playbook, date suggested when the playbook can compute it) or an existing
    one's date, note and done state. ``deadline`` is the existing one's view, or None to add."""

    def __init__(self, ctx: Context, case_id: str, platform: str, deadline: playbook.DeadlineView | None = None,
                 suggested: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the deadline") if deadline is not None else self.tr("Add a deadline"))
        self.setObjectName("deadlineDialog")
        self.ctx = ctx
        self.case_id = case_id
        self.existing = deadline
        self.suggested = suggested or {}
        self.saved: object = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("deadlineKind")
        if deadline is not None:
            self.kind.addItem(deadline.label, deadline.kind)
            self.kind.setEnabled(False)
        else:
            for key, label in playbook.deadline_kinds(platform, current_language()).items():
                self.kind.addItem(label, key)
        self.due = when_edit(self, timefmt.wall_now())
        self.due.setObjectName("deadlineDue")
        self.note = QLineEdit(self)
        self.done_box = QCheckBox(self.tr("Done (no longer counts down)"), self)
        self.form.addRow(self.tr("Deadline"), self.kind)
        self.form.addRow(self.tr("Due ({zone})").format(zone=timefmt.zone_label(current_language())), self.due)
        self.form.addRow(self.tr("Note"), self.note)
        if deadline is not None:
            self.form.addRow("", self.done_box)
            self.done_box.setChecked(deadline.done)
            self.note.setText(deadline.note)
            self._set_due(deadline.due_at)
        else:
            self.done_box.hide()
            self.kind.currentIndexChanged.connect(self._suggest)
            self._suggest()

    def _set_due(self, ts: str) -> None:
        wall = timefmt.to_wall(ts)
        if wall is not None:
            self.due.setDateTime(wall)

    def _suggest(self) -> None:
        """The playbook's date for this kind when it knows the anchor (delivery date, an event); else tomorrow
        evening, for the buyer to change: a date is always shown, never silently "now"."""
        due = self.suggested.get(str(self.kind.currentData()), "")
        if due:
            self._set_due(due)
        else:
            tomorrow = timefmt.wall_now().addDays(1)
            tomorrow.setTime(QTime(23, 59))
            self.due.setDateTime(tomorrow)

    def accept(self) -> None:
        due = timefmt.from_wall(self.due.dateTime())
        try:
            if self.existing is None:
                self.saved = playbook.add_deadline(self.ctx.app, self.case_id, str(self.kind.currentData()), due,
                                                   note=self.note.text().strip())
            else:
                self.saved = playbook.edit_deadline(self.ctx.app, self.existing.id, due_at=due,
                                                    note=self.note.text().strip(), done=self.done_box.isChecked())
        except EvidenceError as exc:
            self.show_error(exc)
            return
        super().accept()
