"""Pictures arriving from the network (a phone's page, an IP camera) waiting for the recorder.

Shared by the network sources: a bounded queue (what arrives while the encoder is busy waits, up to
``QUEUE_MAX``; beyond that the oldest is dropped and counted), counters that say whether what arrived is what was
written, and a condition the recorder's ``read`` waits on through a reconnection.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable

from .sources import Frame

QUEUE_MAX = 60  # pictures held while the recorder is busy (a few seconds at a phone's or camera's rate)


class Arrivals:
    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.queue: collections.deque[Frame] = collections.deque()
        self.arrived = 0  # pictures received since the take's first one
        self.delivered = 0  # of which handed to the recorder
        self.overflow = 0  # dropped because the recorder was QUEUE_MAX behind (counted, never silent)
        self.closed = False

    def publish(self, frame: Frame) -> None:
        with self.cond:
            if not self.delivered:
                self.queue.clear()  # before the take began: only the newest picture matters
            else:
                self.arrived += 1
            if len(self.queue) >= QUEUE_MAX:
                self.queue.popleft()
                self.overflow += 1
            self.queue.append(frame)
            self.cond.notify_all()

    def take(self, give_up: Callable[[], bool] = lambda: False) -> Frame | None:
        """The next picture, waiting for it; None once closed or when ``give_up()`` says the source is gone."""
        with self.cond:
            while not self.queue and not self.closed:
                if give_up():
                    return None
                self.cond.wait(0.5)
            if not self.queue or self.closed:
                return None
            if not self.delivered:
                self.arrived = 1  # counted from the take's first picture
            self.delivered += 1
            return self.queue.popleft()

    def close(self) -> None:
        with self.cond:
            self.closed = True
            self.cond.notify_all()
