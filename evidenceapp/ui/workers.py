"""Background work: plain Python callables run on a QThreadPool, reporting back through two callbacks.

A task is ``fn(progress, cancel) -> result``; it calls services, which report ``core.progress.Progress`` and poll
the ``CancelToken``. ``on_done(result)`` / ``on_error(exc)`` / ``on_progress(Progress)`` run on the GUI thread
(queued signals). No business logic here (Anki's QueryOp). ``inline=True`` runs tasks synchronously on the
calling thread, so tests can drive the GUI step by step (gitfourchette's ForceSerial).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..core.progress import CancelToken, Progress

log = logging.getLogger("evidenceapp.ui")

TaskFn = Callable[[Callable[[Progress], None], CancelToken], Any]
BACKGROUND_NICE = 5
PROGRESS_INTERVAL_S = 0.05  # forward at most ~20 progress updates a second: the GUI thread stays free

# Every runner ever made, so the test fixture can check that none still has a thread working.
RUNNERS: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


class _Signals(QObject):
    progress = Signal(object)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: TaskFn, relay: _Relay, cancel: CancelToken, background: bool = True) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.relay = relay
        self.cancel = cancel
        self.background = background
        self._last = 0.0
        self._signals: _Signals | None = None

    def _progress(self, p: Progress) -> None:
        now = time.monotonic()
        if self._signals is not None and (now - self._last >= PROGRESS_INTERVAL_S or p.done >= p.total):
            self._last = now
            self._signals.progress.emit(p)

    def run(self) -> None:
        if self.background:
            _lower_this_threads_priority()
        # The sender is made, used and destroyed on this worker thread. A sender owned by the GUI thread but
        # released here when the task ends was destroyed from the wrong thread while its last queued signal was
        # being delivered: an intermittent segfault.
        signals = _Signals()
        signals.progress.connect(self.relay.progress)
        signals.done.connect(self.relay.done)
        signals.failed.connect(self.relay.failed)
        self._signals = signals
        try:
            result = self.fn(self._progress, self.cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides how to show it
            signals.failed.emit(exc)
        else:
            signals.done.emit(result)
        finally:
            self._signals = None
            self.fn = None  # type: ignore[assignment]  # drop captured data on this thread, not at pool exit


_niced = threading.local()


def _lower_this_threads_priority() -> None:
    """Run background work at a lower CPU priority than the GUI thread (Linux: per-thread nice +5).

    On a busy 2-core machine the GUI thread otherwise waits its turn behind the import's threads and the
    media worker processes they start (which inherit the value), and the window stalls for 100+ ms.
    A thread cannot raise its priority back, so recording (whose capture must not starve) uses the normal pool.
    """
    if getattr(_niced, "done", False):
        return
    _niced.done = True
    if sys.platform.startswith("linux") and hasattr(os, "setpriority"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
        except OSError:
            pass


class _Relay(QObject):
    def __init__(self, runner: TaskRunner, key: int, handle: Handle, on_done, on_error, on_progress) -> None:
        super().__init__(runner)
        self.runner, self.key, self.handle = runner, key, handle
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress

    @Slot(object)
    def progress(self, p: Progress) -> None:
        if self.on_progress and not self.handle.finished:
            self.on_progress(p)

    @Slot(object)
    def done(self, result: Any) -> None:
        self._close()
        if self.on_done:
            self.on_done(result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self._close()
        TaskRunner._deliver_error(exc, self.on_error)

    def _close(self) -> None:
        self.handle.finished = True
        self.runner._finish(self.key)
        self.deleteLater()


class Handle:
    """What ``submit`` returns: cancel it, or ask whether it is still running."""

    def __init__(self, cancel: CancelToken) -> None:
        self.cancel_token = cancel
        self.finished = False

    def cancel(self) -> None:
        self.cancel_token.cancel()


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, inline: bool = False, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.inline = inline
        self.pool = QThreadPool(self)  # background work, at a lower CPU priority
        self.pool.setMaxThreadCount(max_threads)
        self.urgent_pool = QThreadPool(self)  # work that must keep up in real time (starting/stopping a take)
        self.urgent_pool.setMaxThreadCount(1)
        self._live: dict[int, _Relay] = {}
        self._next = 0
        RUNNERS.add(self)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def submit(
        self, fn: TaskFn, on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None, background: bool = True,
    ) -> Handle:
        cancel = CancelToken()
        handle = Handle(cancel)
        if self.inline:
            self._run_inline(fn, handle, on_done, on_error, on_progress)
            return handle
        key = self._next
        self._next += 1
        # The relay lives on the GUI thread: its bound slots make every delivery a queued call onto that thread.
        relay = _Relay(self, key, handle, on_done, on_error, on_progress)
        self._live[key] = relay
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        (self.pool if background else self.urgent_pool).start(_Task(fn, relay, cancel, background))
        return handle

    def _finish(self, key: int) -> None:
        self._live.pop(key, None)
        if not self._live:
            self.busy_changed.emit(False)

    def _run_inline(self, fn: TaskFn, handle: Handle, on_done, on_error, on_progress) -> None:
        try:
            result = fn(on_progress or (lambda _p: None), handle.cancel_token)
        except BaseException as exc:  # noqa: BLE001
            handle.finished = True
            self._deliver_error(exc, on_error)
            return
        handle.finished = True
        if on_done:
            on_done(result)

    @staticmethod
    def _deliver_error(exc: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
        if on_error is not None:
            on_error(exc)
        else:
            from .errors import report_exception

            report_exception(None, exc)

    def cancel_all(self) -> None:
        for relay in list(self._live.values()):
            relay.handle.cancel()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel what is running and wait for the threads; True when all stopped."""
        self.cancel_all()
        ok = self.pool.waitForDone(timeout_ms) and self.urgent_pool.waitForDone(timeout_ms)
        self._live.clear()
        return ok
