"""Admission control in front of the phone receiver's HTTP protocol (issue 15: the receiver under abuse).

aiohttp's server has no deadline for a request's headers, and no cap on connections: a LAN neighbour opening
connections that never finish a request (slowloris) exhausts the process's file descriptors and nobody can upload.
``Gate`` wraps each connection's protocol and:

- caps connections per client address (``per_client``) and in total (``total``);
- gives each connection ``header_timeout`` seconds to send its request headers, then drops it;
- when a cap is reached, drops the oldest connection still waiting for its headers to make room (a half-open
  connection costs nothing to re-open, so refusing the newcomer would let the attacker keep the slots); only when
  every connection is past its headers is the newcomer refused.

The receiver closes every connection after its one response, so "past its headers" means serving a real request.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_END_OF_HEADERS = b"\r\n\r\n"


class Gate:
    def __init__(self, factory: Callable[[], asyncio.Protocol], total: int, per_client: int,
                 header_timeout: float) -> None:
        self.factory = factory
        self.total = total
        self.per_client = per_client
        self.header_timeout = header_timeout
        self.open: collections.OrderedDict[_Guarded, None] = collections.OrderedDict()  # oldest first
        self.dropped = 0  # refused, evicted or timed out: for logs and tests

    def __call__(self) -> _Guarded:
        return _Guarded(self)

    def _admit(self, conn: _Guarded) -> bool:
        for scope in ("client", "total"):
            among = [c for c in self.open if scope == "total" or c.client == conn.client]
            if len(among) >= (self.total if scope == "total" else self.per_client):
                waiting = next((c for c in among if c.waiting), None)  # the oldest still without its request
                if waiting is None:
                    return False
                waiting.drop(f"evicted: the {scope} connection cap was reached before it sent its request")
        self.open[conn] = None
        return True


class _Guarded(asyncio.Protocol):
    """One connection: the real protocol behind a header deadline; refused ones never reach it."""

    def __init__(self, gate: Gate) -> None:
        self.gate = gate
        self.inner: asyncio.Protocol | None = None
        self.transport: asyncio.Transport | None = None
        self.client = ""
        self.waiting = True  # headers not complete yet
        self._tail = b""
        self._timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        peer = transport.get_extra_info("peername")
        self.client = str(peer[0]) if peer else ""
        self.transport = transport
        if not self.gate._admit(self):
            self.gate.dropped += 1
            transport.abort()  # RST at once: the descriptor is free again
            return
        self._timer = asyncio.get_running_loop().call_later(self.gate.header_timeout, self.drop,
                                                            "no complete request in time")
        self.inner = self.gate.factory()
        self.inner.connection_made(transport)

    def drop(self, why: str) -> None:
        if self.waiting and self.transport is not None and not self.transport.is_closing():
            log.debug("dropping connection from %s: %s", self.client, why)
            self.gate.dropped += 1
            self.gate.open.pop(self, None)
            self.transport.abort()

    def data_received(self, data: bytes) -> None:
        if self.waiting:
            seen = self._tail + data
            if _END_OF_HEADERS in seen:
                self.waiting = False
                if self._timer is not None:
                    self._timer.cancel()
            self._tail = seen[-3:]
        if self.inner is not None:
            self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.inner is not None else None

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self.gate.open.pop(self, None)
        if self._timer is not None:
            self._timer.cancel()
        if self.inner is not None:
            self.inner.connection_lost(exc)
