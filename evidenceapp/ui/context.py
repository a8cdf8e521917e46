"""What every view gets: the open store, the task runner, settings, a bus for "this changed" news, and the
status-bar progress host. Passed in explicitly: no global main-window object (Anki's ``aqt.mw`` trap)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..core.progress import Progress
from ..services.app import App
from .settings import Settings
from .workers import Handle, TaskFn, TaskRunner


class Bus(QObject):
    cases_changed = Signal()  # list of cases (titles, counts, statuses) may have changed
    case_changed = Signal(str)  # a case's fields changed
    items_changed = Signal(str)  # a case's evidence changed
    journal_changed = Signal(str)
    status_message = Signal(str)  # a short line for the status bar
    evidence_added = Signal(str)  # new items in a case (background OCR reads new screenshots)


class ProgressHost(QWidget):
    """A progress bar with a label and a Cancel button, shown in the status bar while a task runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_button)
        self._handles: list[Handle] = []
        self.hide()

    def track(self, text: str, handle: Handle) -> Callable[[Progress], None]:
        self._handles.append(handle)
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.show()

        def on_progress(p: Progress) -> None:
            if p.total:
                self.bar.setRange(0, p.total)
                self.bar.setValue(p.done)

        return on_progress

    def untrack(self, handle: Handle) -> None:
        if handle in self._handles:
            self._handles.remove(handle)
        if not self._handles:
            self.hide()

    def _cancel(self) -> None:
        for h in list(self._handles):
            h.cancel()


@dataclass
class Context:
    app: App
    runner: TaskRunner
    settings: Settings
    bus: Bus
    progress: ProgressHost | None = None

    def run(self, text: str, fn: TaskFn, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, background: bool = True) -> Handle:
        """Run ``fn`` off the GUI thread with the status-bar progress bar and Cancel button."""
        host = self.progress
        box: dict[str, Handle] = {}
        forward: list[Callable[[Progress], None]] = []

        def done(result: Any) -> None:
            if host is not None and "h" in box:
                host.untrack(box["h"])
            if on_done:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if host is not None and "h" in box:
                host.untrack(box["h"])
            if on_error:
                on_error(exc)
            else:
                from .errors import report_exception

                report_exception(host.window() if host is not None else None, exc)

        def progress(p: Progress) -> None:
            for f in forward:
                f(p)

        handle = self.runner.submit(fn, on_done=done, on_error=failed, on_progress=progress, background=background)
        if host is not None and not handle.finished:
            box["h"] = handle
            forward.append(host.track(text, handle))
        return handle


class Latest:
    """Loads a view's data off the GUI thread; only the newest request's result is applied.

    Reading 300 items or a long journal takes 50-300 ms on a slow disk: done on the GUI thread after every
    import, that was the stall the latency benchmark found. The views now ask for data and draw when it comes.
    """

    def __init__(self, ctx: Context, owner: QObject | None = None) -> None:
        self.ctx = ctx
        self.owner = owner  # results are dropped once this widget is gone (for ``apply`` callbacks not bound to it)
        self.generation = 0

    def load(self, fetch: Callable[[], Any], apply: Callable[[Any], None]) -> None:
        self.generation += 1
        generation = self.generation

        def done(result: Any) -> None:
            # A language switch rebuilds the views: a load that finishes afterwards has nobody left to draw on.
            owners = [o for o in (self.owner, getattr(apply, "__self__", None)) if isinstance(o, QObject)]
            if generation == self.generation and all(shiboken6.isValid(o) for o in owners):
                apply(result)

        self.ctx.runner.submit(lambda _p, _c: fetch(), on_done=done)
