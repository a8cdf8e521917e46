"""Crash-safe H.264 in fragmented MP4, hashed as it is written.

- libx264 (``ultrafast`` or ``veryfast``, always ``zerolatency``), yuv420p, keyframe every second (≤ 2 s
  asked), constant frame rate: the caller gives each frame its slot number on the capture clock (pts = slot,
  time base 1/fps).
- ``movflags=frag_keyframe+empty_moov+default_base_moof``, ``frag_duration`` 0.5 s and ``flush_packets``: the
  header is complete before the first frame and every fragment (at each keyframe and every half second) reaches
  the file as soon as it is cut, so a kill -9 leaves a playable file missing at most the last half second.
- The output is written through ``HashingSink``: a write-only object (no ``seek``), so the muxer must stream
  linearly and the SHA-256 we update on every write *is* the file's digest; ``checkpoint()`` gives the bytes and
  the running digest of the fragments completed so far.
- Optional AAC audio: ``add_audio(rate, channels)`` then ``write_audio(samples)``.
"""

from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

MOVFLAGS = "frag_keyframe+empty_moov+default_base_moof"
FRAGMENT_S = 0.5  # also cut a fragment every half second between keyframes: a crash loses at most that much


class DiskFullError(OSError):
    """The output could not grow (ENOSPC, EDQUOT or EFBIG): what is already written stays playable."""


class HashingSink:
    """Write-only file object for ``av.open``: unbuffered writes to a file descriptor, hashed as written.

    Only the bytes the kernel accepted are hashed, so after a short write (disk full) the digest still matches
    the file. ``fsync()`` is called at checkpoints so a power cut loses at most ten seconds.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        self._h = hashlib.sha256()
        self.size = 0
        self.error: OSError | None = None

    def write(self, data: bytes | memoryview) -> int:
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            try:
                n = os.write(self.fd, view)
            except OSError as exc:
                self.error = exc
                if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
                    raise DiskFullError(exc.errno, os.strerror(exc.errno)) from None
                raise
            self._h.update(view[:n])
            self.size += n
            view = view[n:]
        return total

    def digest(self) -> str:
        return self._h.copy().hexdigest()

    def fsync(self) -> None:
        try:
            os.fsync(self.fd)
        except OSError:
            pass

    def close(self) -> None:
        if self.fd >= 0:
            self.fsync()
            os.close(self.fd)
            self.fd = -1


@dataclass
class EncoderConfig:
    size: tuple[int, int]
    fps: float
    preset: str = "ultrafast"
    crf: int = 23
    keyframe_s: float = 1.0  # ≤ 2 s required; 1 s keeps what a crash can lose short


def _rate(fps: float) -> Fraction:
    return Fraction(fps).limit_denominator(1001)


class H264Writer:
    def __init__(self, path: Path, config: EncoderConfig, metadata: dict[str, str] | None = None) -> None:
        self.config = config
        self.sink = HashingSink(path)
        self.rate = _rate(config.fps)
        try:
            self.container = av.open(self.sink, mode="w", format="mp4",
                                     options={"movflags": MOVFLAGS, "flush_packets": "1",
                                              "frag_duration": str(int(FRAGMENT_S * 1_000_000))})
            for k, v in (metadata or {}).items():
                self.container.metadata[k] = v
            s = self.container.add_stream("libx264", rate=self.rate)
            w, h = config.size
            s.width, s.height, s.pix_fmt = w, h, "yuv420p"
            cc = s.codec_context
            cc.time_base = 1 / self.rate
            cc.gop_size = max(1, round(config.fps * config.keyframe_s))
            # OpenCV's RGB->I420 is BT.601 limited range: say so, or players would guess BT.709 for HD.
            cc.colorspace = 6  # AVCOL_SPC_SMPTE170M
            cc.color_primaries = 6
            cc.color_trc = 6
            cc.color_range = 1  # MPEG (limited)
            # zerolatency: no lookahead or B-frames, so a frame reaches the file as soon as its fragment closes
            # (less lost to a crash) and veryfast runs about twice as fast, for ~1.5x the bytes.
            s.options = {"preset": config.preset, "tune": "zerolatency", "crf": str(config.crf),
                         "x264-params": f"keyint={cc.gop_size}:min-keyint={cc.gop_size}:scenecut=0"}
            self.video = s
        except BaseException:
            self.sink.close()
            raise
        self.audio: av.audio.stream.AudioStream | None = None
        self._audio_pts = 0
        self.frames = 0
        self.last_pts = -1
        self._closed = False

    # -- video -----------------------------------------------------------------------------------------------
    @staticmethod
    def to_yuv(rgb: np.ndarray) -> np.ndarray:
        return cv2.cvtColor(rgb, cv2.COLOR_RGB2YUV_I420)

    def write_yuv(self, yuv: np.ndarray, pts: int) -> None:
        """Encode one I420 frame at slot ``pts`` (strictly increasing)."""
        frame = av.VideoFrame.from_ndarray(yuv, format="yuv420p")
        frame.pts = pts
        frame.time_base = self.video.codec_context.time_base
        self._mux(self.video.encode(frame))
        self.frames += 1
        self.last_pts = pts

    # -- audio -----------------------------------------------------------------------------------------------
    def add_audio(self, rate: int) -> None:
        """Add a mono AAC track. Must be called before the first frame (the mp4 header lists every stream)."""
        s = self.container.add_stream("aac", rate=rate)
        s.layout = "mono"
        s.codec_context.time_base = Fraction(1, rate)
        self.audio = s
        self._audio_rate = rate

    def write_audio(self, samples: np.ndarray) -> None:
        """Mono int16 samples, in capture order; PyAV resamples them into AAC-sized frames."""
        if self.audio is None or samples.size == 0:
            return
        af = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples.reshape(1, -1), dtype=np.int16),
                                        format="s16", layout="mono")
        af.sample_rate = self._audio_rate
        af.pts = self._audio_pts
        af.time_base = Fraction(1, self._audio_rate)
        self._audio_pts += af.samples
        self._mux(self.audio.encode(af))

    # -- output ----------------------------------------------------------------------------------------------
    def _mux(self, packets: list[av.Packet]) -> None:
        if packets:
            self.container.mux(packets)
            if self.sink.error is not None:  # PyAV may swallow an I/O error raised from our write()
                raise DiskFullError(self.sink.error.errno or errno.EIO, str(self.sink.error))

    def checkpoint(self) -> tuple[int, str]:
        """(bytes written, SHA-256 of them). Called between frames, these bytes are whole fragments."""
        self.sink.fsync()
        return self.sink.size, self.sink.digest()

    def close(self) -> tuple[int, str]:
        """Flush the encoder, write the trailer, close the file; return (size, sha256). Safe after a disk-full."""
        if not self._closed:
            self._closed = True
            try:
                if self.sink.error is None:
                    self._mux(self.video.encode(None))
                    if self.audio is not None:
                        self._mux(self.audio.encode(None))
                self.container.close()
            except (OSError, av.FFmpegError):
                # Disk full while flushing: the fragments already on disk remain a playable file.
                try:
                    self.container.close()
                except (OSError, av.FFmpegError):
                    pass
            finally:
                self.sink.close()
        return self.sink.size, self.sink.digest()
