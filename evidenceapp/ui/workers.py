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

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from ..core.progress import CancelToken, Progress

log = logging.getLogger("evidenceapp.ui")

TaskFn = Callable[[Callable[[Progress], None], CancelToken], Any]
BACKGROUND_NICE = 5
PROGRESS_INTERVAL_S = 0.05  # forward at most ~20 progress updates a second: the GUI thread stays free

# Every runner ever made, so the test fixture can check that none still has a thread working.
RUNNERS: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


class _Dispatcher(QObject):
    """One per runner, living on the GUI thread as long as the runner. Workers emit only a task's integer key;
    the values wait in the task's _Box. No per-task QObject and no Python object crosses threads through Qt:
    both crashed now and then (a per-task QObject released from a worker while the GUI thread deleted it)."""

    progress = Signal(int)
    done = Signal(int)
    failed = Signal(int)


class _Box:
    """Plain Python hand-over between a worker and the GUI thread (attribute writes are atomic under the GIL)."""

    def __init__(self, handle: Handle, on_done, on_error, on_progress) -> None:
        self.handle = handle
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.progress: Progress | None = None
        self.result: Any = None
        self.error: BaseException | None = None


class _Task(QRunnable):
    def __init__(self, fn: TaskFn, key: int, box: _Box, dispatcher: _Dispatcher, background: bool = True) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.key = key
        self.box = box
        self.dispatcher = dispatcher
        self.background = background
        self._last = 0.0

    def _progress(self, p: Progress) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or p.done >= p.total:
            self._last = now
            self.box.progress = p
            self.dispatcher.progress.emit(self.key)

    def run(self) -> None:
        if self.background:
            _lower_this_threads_priority()
        try:
            result = self.fn(self._progress, self.box.handle.cancel_token)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides how to show it
            self.box.error = exc
            self.dispatcher.failed.emit(self.key)
        else:
            self.box.result = result
            self.dispatcher.done.emit(self.key)
        finally:
            self.fn = None  # type: ignore[assignment]  # drop captured data now, on this thread


_niced = threading.local()


def _lower_this_threads_priority() -> None:
    """Run background work at a lower CPU priority than the GUI thread.

    On a busy 2-core machine the GUI thread otherwise waits its turn behind the import's threads and the
    media worker processes they start (which inherit the value), and the window stalls for 100+ ms.
    A thread cannot raise its priority back, so recording (whose capture must not starve) uses the normal pool.
    Linux: per-thread nice +5 (the CFS scheduler ignores Qt's thread priorities there). Windows and macOS:
    Qt's thread priority, which maps to SetThreadPriority / the pthread scheduling parameters.
    """
    if getattr(_niced, "done", False):
        return
    _niced.done = True
    if sys.platform.startswith("linux") and hasattr(os, "setpriority"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
        except OSError:
            pass
    else:
        current = QThread.currentThread()
        if current is not None:
            current.setPriority(QThread.Priority.LowPriority)


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
        self._live: dict[int, _Box] = {}
        self._next = 0
        self._dispatcher = _Dispatcher(self)
        # Bound slots of this GUI-thread object: deliveries from workers are queued onto the GUI thread.
        self._dispatcher.progress.connect(self._on_progress)
        self._dispatcher.done.connect(self._on_done)
        self._dispatcher.failed.connect(self._on_failed)
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
        box = _Box(handle, on_done, on_error, on_progress)
        self._live[key] = box
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        (self.pool if background else self.urgent_pool).start(_Task(fn, key, box, self._dispatcher, background))
        return handle

    @Slot(int)
    def _on_progress(self, key: int) -> None:
        box = self._live.get(key)
        if box is not None and box.on_progress and box.progress is not None and not box.handle.finished:
            box.on_progress(box.progress)

    @Slot(int)
    def _on_done(self, key: int) -> None:
        box = self._finish(key)
        if box is not None and box.on_done:
            result, box.result = box.result, None
            box.on_done(result)

    @Slot(int)
    def _on_failed(self, key: int) -> None:
        box = self._finish(key)
        if box is not None and box.error is not None:
            exc, box.error = box.error, None
            self._deliver_error(exc, box.on_error)

    def _finish(self, key: int) -> _Box | None:
        box = self._live.pop(key, None)
        if box is not None:
            box.handle.finished = True
        if not self._live:
            self.busy_changed.emit(False)
        return box

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
        for box in list(self._live.values()):
            box.handle.cancel()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel what is running and wait for the threads; True when all stopped."""
        self.cancel_all()
        ok = self.pool.waitForDone(timeout_ms) and self.urgent_pool.waitForDone(timeout_ms)
        self._live.clear()
        return ok
