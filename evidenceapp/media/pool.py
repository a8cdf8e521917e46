"""Reusable worker processes that run the media parsers on hostile files.

Every parser (exifread, Pillow, pillow-heif, PyAV, pypdf) runs in a child process with a memory limit and a
per-task timeout: a file that makes a parser loop, explode or crash kills only that child, and the caller gets a
coded error (E_METADATA_TIMEOUT / E_METADATA_FAILED) instead of a hung or dead app.

Portable by construction (Linux, macOS, Windows): the child is a plain ``subprocess`` started by exec (what
``spawn`` does; nothing depends on ``fork``), replies are read by one reader thread per child into a queue (no
``select`` on pipes, which Windows lacks), and memory is bounded by ``RLIMIT_AS`` where ``resource`` exists
(Linux, macOS) or else by a watchdog that samples the child's memory with psutil and kills it over the limit
(Windows). ``EVIDENCEAPP_MEM_GUARD=watch`` forces the watchdog, so tests exercise the Windows path here.

Children are reused (starting one costs ~100 ms of imports), one dispatcher thread per child, so ``size`` files
are parsed in parallel while the caller keeps hashing the next ones. Messages are JSON, not pickle: a child that a
crafted file has taken over cannot make the parent unpickle objects.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import queue
import struct
import subprocess
import sys
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import EvidenceError, MetadataFailed, MetadataTimeout

DEFAULT_TIMEOUT = 5.0  # seconds per parse; the budget for "nothing waits longer than this"
DEFAULT_MEM_LIMIT = 1536 * 1024 * 1024  # address space per child: a 100 MP decode fits, a bomb does not
MAX_REPLY = 64 * 1024 * 1024
WORKER_FLAG = "--evidenceapp-media-worker"
WATCH_INTERVAL = 0.05  # seconds between memory samples when the watchdog guards a child


# Worker trouble by task name and error code: never a file's name, path or content.
log = logging.getLogger(__name__)

def memory_guard() -> str:
    """``rlimit`` (the child limits its own address space) or ``watch`` (the parent samples and kills)."""
    forced = os.environ.get("EVIDENCEAPP_MEM_GUARD", "")
    if forced in ("rlimit", "watch"):
        return forced
    try:
        import resource  # noqa: F401  (POSIX only)
    except ImportError:
        return "watch"
    return "rlimit"


class _Broken(Exception):
    """The child timed out or died: the job fails with ``error`` and the child is replaced."""

    def __init__(self, error: EvidenceError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class _Job:
    future: Future
    task: str
    args: dict[str, Any]
    timeout: float
    label: str


class WorkerPool:
    def __init__(self, size: int | None = None, mem_limit: int = DEFAULT_MEM_LIMIT) -> None:
        self.size = max(1, size or min(2, os.cpu_count() or 1))
        self.mem_limit = mem_limit
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._procs: list[Any] = []
        self._spare: list[_Child] = []  # started by prestart(), handed to the dispatcher threads
        self.restarts = 0  # children replaced after a timeout or a crash (tests and the fuzz script read it)

    def submit(self, task: str, args: dict[str, Any], timeout: float = DEFAULT_TIMEOUT, label: str = "") -> Future:
        """Queue ``task``; the future yields the task's JSON result or raises an EvidenceError."""
        fut: Future = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("worker pool is closed")
            if not self._threads:
                for n in range(self.size):
                    t = threading.Thread(target=self._dispatch, name=f"media-worker-{n}", daemon=True)
                    t.start()
                    self._threads.append(t)
        self._jobs.put(_Job(fut, task, args, timeout, label or str(args.get("path", ""))))
        return fut

    def prestart(self) -> None:
        """Start the children now, from the calling thread.

        The app calls this before it takes the store lock: a child forked while the lock is held shares the lock
        until it execs, so a kill -9 of the app at that instant would leave a ghost holder behind for a moment.
        """
        with self._lock:
            if self._closed or self._threads or self._spare:
                return
        children = []
        for _ in range(self.size):
            try:
                children.append(_Child(self.mem_limit))
            except OSError:
                break
        with self._lock:
            self._spare.extend(children)
            self._procs.extend(children)
        log.info("media workers: %d of %d started (memory guard: %s)", len(children), self.size, memory_guard())

    def _take_spare(self) -> _Child | None:
        with self._lock:
            while self._spare:
                child = self._spare.pop()
                if child.alive():
                    return child
        return None

    def run(self, task: str, args: dict[str, Any], timeout: float = DEFAULT_TIMEOUT, label: str = "") -> Any:
        return self.submit(task, args, timeout, label).result()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            threads = list(self._threads)
        for _ in threads:
            self._jobs.put(None)
        for t in threads:
            t.join(timeout=10)
        with self._lock:
            spare, self._spare = self._spare, []
        for child in spare:  # never given a job: nothing to finish, no need to wait for its start-up
            child.kill()

    # -- dispatcher thread: owns one child at a time --------------------------------------------------------

    def _dispatch(self) -> None:
        proc: _Child | None = None
        try:
            while True:
                job = self._jobs.get()
                if job is None:
                    return
                if not job.future.set_running_or_notify_cancel():
                    continue
                if proc is None or not proc.alive():
                    try:
                        proc = self._take_spare() or self._spawn()
                    except OSError as exc:
                        log.error("cannot start a media worker process: %s", exc.strerror or exc)
                        job.future.set_exception(MetadataFailed(f"cannot start a parser process: {exc}",
                                                                path=job.label))
                        continue
                try:
                    result = self._run_one(proc, job)
                except _Broken as broken:
                    # The child is mid-parse or dead: never reuse it.
                    log.warning("media worker %s: %s (process replaced)", job.task, broken.error.code)
                    self._kill(proc)
                    proc = None
                    job.future.set_exception(broken.error)
                except EvidenceError as exc:
                    job.future.set_exception(exc)
                except BaseException as exc:  # pragma: no cover - a bug in the pool itself
                    job.future.set_exception(exc)
                else:
                    job.future.set_result(result)
        finally:
            if proc is not None:
                self._stop(proc)

    def _run_one(self, proc: _Child, job: _Job) -> Any:
        try:
            proc.send({"task": job.task, "args": job.args})
        except OSError as exc:
            raise _Broken(MetadataFailed("the parser process was gone", path=job.label)) from exc
        try:
            reply = proc.recv(job.timeout)
        except TimeoutError:
            raise _Broken(MetadataTimeout(path=job.label, seconds=_fmt_s(job.timeout))) from None
        except MemoryError:  # the watchdog saw the child go over its limit
            raise _Broken(MetadataFailed("ran out of memory (file too large or malformed)",
                                         path=job.label)) from None
        except (EOFError, OSError, ValueError) as exc:
            raise _Broken(MetadataFailed("the parser crashed", path=job.label)) from exc
        if reply.get("ok"):
            return reply.get("result")
        raise _error_from_reply(reply, job.label)

    def _spawn(self) -> _Child:
        child = _Child(self.mem_limit)
        with self._lock:
            self._procs = [p for p in self._procs if p.alive()] + [child]
        return child

    def _kill(self, proc: _Child) -> None:
        self.restarts += 1
        proc.kill()

    def _stop(self, proc: _Child) -> None:
        with contextlib.suppress(Exception):
            proc.send({"task": "exit", "args": {}})
        proc.wait_or_kill(2)

    def child_pids(self) -> list[int]:
        with self._lock:
            return [p.pid for p in self._procs if p.alive()]


class _Child:
    """One worker process: ``python -m evidenceapp.media.worker``, length-prefixed JSON over its stdin/stdout.

    A plain subprocess rather than multiprocessing: it never re-imports the host's ``__main__`` (the GUI, pytest,
    a script on stdin), and its stderr (decoder chatter about broken files) goes nowhere near the user.
    """

    def __init__(self, mem_limit: int) -> None:
        self.guard = memory_guard()
        self.mem_limit = mem_limit
        # The child limits itself only under ``rlimit``; under ``watch`` it runs unlimited and we sample it.
        child_limit = str(mem_limit if self.guard == "rlimit" else 0)
        cmd = [sys.executable, "-m", "evidenceapp.media.worker", child_limit]
        if getattr(sys, "frozen", False):  # a PyInstaller build: the app binary runs the worker itself
            cmd = [sys.executable, WORKER_FLAG, child_limit]
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        # glibc reserves 64 MB of address space per thread arena; decoders start threads, and RLIMIT_AS counts
        # reservations, not use. Two arenas keep a 12-MP HEIC or a 4K video well inside the limit.
        env.setdefault("MALLOC_ARENA_MAX", "2")
        # Own process group/session, so a Ctrl+C in the app's terminal reaches the app, which then stops its
        # children itself: setsid on POSIX, a new process group on Windows (start_new_session is POSIX-only).
        group: dict[str, Any] = {"start_new_session": True}
        if sys.platform == "win32":  # pragma: no cover - Windows
            group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW}
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env, **group)
        self.pid = self.proc.pid
        self._replies: queue.Queue[bytes | BaseException] = queue.Queue()
        self._reader = threading.Thread(target=self._read_replies, name=f"media-reader-{self.pid}", daemon=True)
        self._reader.start()
        self._ps: Any = None
        if self.guard == "watch":
            import psutil

            try:
                self._ps = psutil.Process(self.pid)
            except psutil.Error:  # already gone: the first recv reports it
                self._ps = None

    def alive(self) -> bool:
        return self.proc.poll() is None

    def send(self, msg: dict[str, Any]) -> None:
        data = json.dumps(msg).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(struct.pack(">I", len(data)) + data)
        self.proc.stdin.flush()

    def _read_replies(self) -> None:
        """Reader thread: turns the child's stdout into whole replies (or the reason it ended) on a queue."""
        stream = self.proc.stdout
        assert stream is not None
        try:
            while True:
                head = stream.read(4)
                if len(head) < 4:
                    raise EOFError
                (size,) = struct.unpack(">I", head)
                if size > MAX_REPLY:
                    raise ValueError("reply too large")
                body = stream.read(size)
                if len(body) < size:
                    raise EOFError
                self._replies.put(body)
        except (EOFError, OSError, ValueError) as exc:
            self._replies.put(exc)

    def recv(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            try:
                item = self._replies.get(timeout=min(left, WATCH_INTERVAL) if self._ps else left)
            except queue.Empty:
                self._check_memory()
                continue
            if isinstance(item, BaseException):
                raise item
            return json.loads(item)

    def _check_memory(self) -> None:
        if self._ps is None:
            return
        import psutil

        try:
            used = self._ps.memory_info().rss
        except psutil.Error:
            return  # gone: the reader thread reports the EOF
        if used > self.mem_limit:
            raise MemoryError(used)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        self.wait_or_kill(5)

    def wait_or_kill(self, timeout: float) -> None:
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(OSError):
                self.proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(5)
        for f in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                if f is not None:
                    f.close()


def _error_from_reply(reply: dict[str, Any], label: str) -> EvidenceError:
    from ..core import errors

    code = reply.get("code", MetadataFailed.code)
    detail = str(reply.get("detail", ""))[:500]
    params = {k: v for k, v in (reply.get("params") or {}).items() if k not in ("detail", "path")}
    for cls in vars(errors).values():
        if isinstance(cls, type) and issubclass(cls, EvidenceError) and cls.code == code:
            return cls(detail, path=label, **params)
    return MetadataFailed(detail, path=label)


def _fmt_s(seconds: float) -> str:
    return f"{seconds:g}"


_default: WorkerPool | None = None
_default_lock = threading.Lock()


def default_pool() -> WorkerPool:
    """The process-wide pool (both cores by default), created on first use and closed at exit."""
    global _default
    with _default_lock:
        if _default is None:
            _default = WorkerPool()
            atexit.register(_default.close)
        return _default
