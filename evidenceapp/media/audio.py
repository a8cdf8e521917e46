"""Sound files through PyAV: a waveform (peak per time slice) the player draws. Runs in the worker pool."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import MediaDamaged
from .frames import av_detail, open_video

MAX_DECODE_S = 4 * 3600  # a call of four hours is the most a waveform is drawn for


def waveform(path: str, buckets: int = 600) -> dict[str, Any]:
    """``{"duration", "peaks": [0..1] × buckets}``: the loudest sample of each slice, scaled to the loudest."""
    import av

    buckets = max(16, min(int(buckets), 4000))
    with open_video(Path(path)) as container:
        if not container.streams.audio:
            raise MediaDamaged("no sound track", path=Path(path).name)
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate or 8000
        peaks: list[float] = []  # per 50 ms block, then folded into the buckets
        block = max(1, rate // 20)
        carry = np.zeros(0, dtype=np.float32)
        decoded = 0
        try:
            for frame in container.decode(stream):
                samples = np.abs(frame.to_ndarray().astype(np.float32, copy=False))
                if samples.ndim > 1:
                    samples = samples.max(axis=0)
                if frame.format.name.startswith(("s16", "s32", "u8")):
                    samples /= {"s16": 32768.0, "s32": 2147483648.0, "u8": 128.0}[frame.format.name[:3]]
                carry = np.concatenate([carry, samples])
                n = len(carry) // block
                if n:
                    peaks.extend(carry[: n * block].reshape(n, block).max(axis=1).tolist())
                    carry = carry[n * block:]
                decoded += frame.samples
                if decoded > MAX_DECODE_S * rate:
                    break
        except av.error.InvalidDataError:
            pass  # AMR "no data" frames, a cut tail: what decoded so far is drawn, silence elsewhere
        except av.error.FFmpegError as exc:
            raise MediaDamaged(av_detail(exc), path=Path(path).name) from exc
        if len(carry):
            peaks.append(float(carry.max()))
        duration = decoded / rate if decoded else (container.duration or 0) / 1_000_000
    if not peaks:
        return {"duration": round(duration, 3), "peaks": [0.0] * buckets}
    arr = np.asarray(peaks, dtype=np.float32)
    edges = np.linspace(0, len(arr), buckets + 1).astype(int)
    folded = np.array([arr[a:max(b, a + 1)].max() if a < len(arr) else 0.0 for a, b in zip(edges[:-1], edges[1:],
                                                                                         strict=True)])
    top = float(folded.max()) or 1.0
    return {"duration": round(duration, 3), "peaks": [round(float(v) / top, 3) for v in folded]}
