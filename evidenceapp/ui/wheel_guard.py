"""Combo boxes and spin boxes take the mouse wheel only when they have the focus.

Scrolling a long form with the wheel used to change every combo that passed under the pointer ("What went wrong"
flipped silently and was printed in the dossier). Installed once on the QApplication, this filter gives those
widgets click/tab focus only (not wheel focus) and hands an unfocused widget's wheel to the scroll area around
it, so the form scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    p = widget.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea):
            return p
        p = p.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, GUARDED):
            # Wheel focus would hand the widget the focus on the first wheel turn, and with it the next turns.
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(obj, GUARDED) and not obj.hasFocus():
            area = _scroll_area_of(obj)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)  # the form scrolls as if the pointer were on it
            return True
        return False


def install_wheel_guard(qapp: QCoreApplication) -> WheelGuard:
    guard = WheelGuard(qapp)
    qapp.installEventFilter(guard)
    return guard
