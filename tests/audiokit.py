"""Real audio files for the tests, encoded with PyAV (a tone, so a waveform has something to show)."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def tone_file(path: Path, fmt: str, codec: str, seconds: float = 2.0, rate: int = 16000,
              creation_time: str | None = None) -> Path:
    """``seconds`` of a 440 Hz tone that fades in, in container ``fmt`` with ``codec``."""
    import av

    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w", format=fmt) as out:
        if creation_time:
            out.metadata["creation_time"] = creation_time
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "mono"
        n = int(seconds * rate)
        t = np.arange(n) / rate
        wave = (np.sin(2 * np.pi * 440 * t) * np.linspace(0.05, 0.9, n) * 32767).astype(np.int16)
        step = 1024
        for i in range(0, n, step):
            chunk = wave[i:i + step].reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(chunk, format="s16", layout="mono")
            frame.sample_rate = rate
            frame.pts = i
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def amr_silence(path: Path, seconds: float = 3.0) -> Path:
    """An AMR-NB file of NO_DATA frames (no AMR encoder ships with FFmpeg here): valid, 20 ms per frame."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"#!AMR\n" + b"\x7c" * int(seconds * 50))
    return path
