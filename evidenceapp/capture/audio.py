"""Optional microphone input for the take (AAC track). Never a reason for a recording to fail.

``sounddevice`` needs the PortAudio system library; when it is not installed, not importable, or there is no
default input device, ``default_microphone()`` returns None and the take has no audio track (the item's metadata
says why). ``ToneInput`` is a synthetic source with the same interface for tests and demos.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time

import numpy as np

log = logging.getLogger(__name__)


class AudioInput:
    """Interface: ``start()``, ``read()`` (all int16 mono samples captured since the last call), ``stop()``."""

    rate: int = 48000
    name: str = "audio"

    def start(self) -> None: ...

    def read(self) -> np.ndarray:
        raise NotImplementedError

    def stop(self) -> None: ...


class MicrophoneInput(AudioInput):
    def __init__(self, sd, device_name: str, rate: int) -> None:  # type: ignore[no-untyped-def]
        self._sd = sd
        self.name = f"microphone: {device_name}"
        self.rate = rate
        self._q: queue.Queue[np.ndarray] = queue.Queue(maxsize=200)  # bounded: ~20 s of 0.1 s blocks
        self._stream = None
        self.overruns = 0

    def _callback(self, indata, frames, time_info, status) -> None:  # type: ignore[no-untyped-def]
        try:
            self._q.put_nowait(indata[:, 0].copy())
        except queue.Full:
            self.overruns += 1

    def start(self) -> None:
        self._stream = self._sd.InputStream(samplerate=self.rate, channels=1, dtype="int16",
                                            blocksize=self.rate // 10, callback=self._callback)
        self._stream.start()

    def read(self) -> np.ndarray:
        chunks = []
        while True:
            try:
                chunks.append(self._q.get_nowait())
            except queue.Empty:
                break
        return np.concatenate(chunks) if chunks else np.zeros(0, np.int16)

    def stop(self) -> None:
        if self._stream is not None:
            try:
                self._stream.stop()
                self._stream.close()
            except Exception:  # noqa: BLE001 - a failing audio device must not fail the take
                log.warning("closing the microphone failed", exc_info=True)
            self._stream = None


class ToneInput(AudioInput):
    """A 440 Hz tone delivered in real time, for tests of the AAC path on machines without a microphone."""

    def __init__(self, rate: int = 48000) -> None:
        self.name = "tone"
        self.rate = rate
        self._t0 = 0.0
        self._sent = 0
        self._lock = threading.Lock()

    def start(self) -> None:
        self._t0 = time.monotonic()

    def read(self) -> np.ndarray:
        with self._lock:
            due = int((time.monotonic() - self._t0) * self.rate)
            n = max(0, due - self._sent)
            t = (np.arange(self._sent, self._sent + n) / self.rate) * 2 * math.pi * 440
            self._sent += n
        return (np.sin(t) * 8000).astype(np.int16)


def default_microphone() -> tuple[AudioInput | None, str]:
    """(the default microphone, "") or (None, why there is none)."""
    try:
        import sounddevice as sd  # optional: needs the PortAudio library
    except (ImportError, OSError) as exc:
        return None, f"no audio library ({type(exc).__name__})"
    try:
        info = sd.query_devices(kind="input")
    except Exception as exc:  # noqa: BLE001 - sounddevice raises PortAudioError and ValueError here
        return None, f"no microphone ({exc})"
    if not info or int(info.get("max_input_channels", 0)) < 1:
        return None, "no microphone"
    rate = int(info.get("default_samplerate") or 48000)
    return MicrophoneInput(sd, str(info.get("name", "default")), rate), ""
