"""Test-only fault injection at named steps of the recovery and commit paths (SQLite's "crash"/"ioerr" tests as
the model): tests loop a fault over every step N of a scenario and check that nothing was lost.

Production code marks a step with ``fault_point("import.commit")``. With no plan (always, outside tests) that is
one global load and a comparison. A plan counts every point whose name starts with its ``prefix``; at the
``at``-th one (1-based) it fires its ``action``:

- ``raise``: ``FaultInjected`` (a RuntimeError: an unexpected bug at that step);
- ``kill``: SIGKILL of this process (where there is none, ``os._exit``): a power cut for the files on disk;
- ``busy``: ``sqlite3.OperationalError`` with ``SQLITE_BUSY`` (another program held the database past the timeout);
- ``enospc``: ``OSError(ENOSPC)`` (disk full).

A child process gets its plan from ``EVIDENCEAPP_FAULT=prefix[,prefix…]:at:action`` (read once, at import); a count-only
plan (``at`` 0) writes the names of the points it passed to ``EVIDENCEAPP_FAULT_LOG`` so a test learns how many
steps a scenario has.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

ACTIONS = ("raise", "kill", "busy", "enospc")


class FaultInjected(RuntimeError):
    """Raised by the ``raise`` action: stands for any unexpected failure at that step."""


@dataclass
class FaultPlan:
    prefix: str | tuple[str, ...]  # the points this plan counts (str.startswith: one prefix or several)
    at: int = 0  # 0: only count
    action: str = "raise"
    log_path: str = ""
    seen: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def hit(self, name: str) -> None:
        if not name.startswith(self.prefix):
            return
        with self._lock:
            self.seen.append(name)
            n = len(self.seen)
        if self.log_path:
            with open(self.log_path, "a", encoding="utf-8") as f:
                f.write(name + "\n")
        if n == self.at:
            _fire(self.action, name)


_PLAN: FaultPlan | None = None


def fault_point(name: str) -> None:
    """A step where a test may inject a fault. Free when no plan is set."""
    if _PLAN is not None:
        _PLAN.hit(name)


@contextlib.contextmanager
def plan(prefix: str | tuple[str, ...], at: int = 0, action: str = "raise") -> Iterator[FaultPlan]:
    """Install a plan for the ``with`` block (tests); ``at=0`` only records the points passed (``.seen``)."""
    global _PLAN
    if action not in ACTIONS:
        raise ValueError(f"unknown fault action {action!r}")
    old, _PLAN = _PLAN, FaultPlan(prefix, at, action)
    try:
        yield _PLAN
    finally:
        _PLAN = old


def _fire(action: str, name: str) -> None:
    if action == "kill":
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)
    if action == "busy":
        exc = sqlite3.OperationalError(f"database is locked (injected at {name})")
        exc.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
        exc.sqlite_errorname = "SQLITE_BUSY"  # type: ignore[attr-defined]
        raise exc
    if action == "enospc":
        raise OSError(errno.ENOSPC, f"{os.strerror(errno.ENOSPC)} (injected at {name})")
    raise FaultInjected(f"fault injected at {name}")


def _from_env() -> FaultPlan | None:
    spec = os.environ.get("EVIDENCEAPP_FAULT", "")
    if not spec:
        return None
    prefixes, _, rest = spec.partition(":")
    at, _, action = rest.partition(":")
    return FaultPlan(tuple(prefixes.split(",")), int(at or 0), action or "raise",
                     os.environ.get("EVIDENCEAPP_FAULT_LOG", ""))


_PLAN = _from_env()
