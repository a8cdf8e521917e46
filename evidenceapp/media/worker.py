"""The child side of the worker pool: limits itself, then answers parse requests until told to exit.

Runs only inside a worker process. Each request names a task of ``TASKS``; an expected failure comes back as
``{"ok": false, "code": "E_…"}``, and anything unexpected (a parser bug tripped by a crafted file, MemoryError
under the address-space limit) as E_METADATA_FAILED with a short detail, never as a traceback on a user's screen.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import warnings
from collections.abc import Callable
from typing import Any

from ..core.errors import EvidenceError, MetadataFailed


def _limit(mem_limit: int) -> None:
    """Limit our own address space (0: the parent's psutil watchdog guards us instead, as on Windows)."""
    try:
        import resource
    except ImportError:  # Windows: the parent samples our memory and kills us over the limit
        return
    limits = [(resource.RLIMIT_CORE, 0)] + ([(resource.RLIMIT_AS, mem_limit)] if mem_limit > 0 else [])
    for res, value in limits:
        try:
            soft, hard = resource.getrlimit(res)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(res, (value, hard))
        except (ValueError, OSError):
            continue


def _tasks() -> dict[str, Callable[..., Any]]:
    from . import audio, derive, frames, probe, share

    return {
        "probe": probe.probe,
        "derive": derive.derive,
        "keyframes": frames.keyframes_task,
        "share": share.share_copy,
        "waveform": audio.waveform,
        "sleep": _sleep,
        "crash": _crash,
        "alloc": _alloc,
    }


def _sleep(seconds: float) -> dict[str, Any]:
    """For tests: a parser that hangs."""
    import time

    time.sleep(seconds)
    return {"slept": seconds}


def _crash() -> dict[str, Any]:
    """For tests: a parser that dies the way a native decoder bug would."""
    import os
    import signal

    os.kill(os.getpid(), signal.SIGSEGV)
    return {}


def _alloc(mb: int) -> dict[str, Any]:
    """For tests: a parser that tries to allocate ``mb`` MiB (stopped by the address-space limit)."""
    block = bytearray(mb * 1024 * 1024)
    return {"allocated": len(block)}


def _setup() -> None:
    from PIL import Image

    # Keep Pillow's decompression-bomb guard: over 2x MAX_IMAGE_PIXELS it raises; the 1x-2x warning tier is a
    # real 100-200 MP phone photo and is allowed (the address-space limit still bounds what a decode may use).
    Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS or 89_478_485
    warnings.simplefilter("ignore", Image.DecompressionBombWarning)
    warnings.simplefilter("ignore")  # a parser's chatter about a broken file is not an error of ours
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - HEIC then reads as unsupported
        pass


def _read_exact(fd: int, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        chunk = os.read(fd, n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def main(mem_limit: int) -> None:
    """Serve requests on stdin/stdout until EOF or an ``exit`` task."""
    # The protocol gets its own copy of stdout; fd 1 then points at stderr, so a library that prints cannot
    # corrupt a reply.
    out_fd = os.dup(1)
    os.dup2(2, 1)
    _limit(mem_limit)
    _setup()
    tasks = _tasks()
    while True:
        head = _read_exact(0, 4)
        if head is None:
            return
        raw = _read_exact(0, struct.unpack(">I", head)[0])
        if raw is None:
            return
        req = json.loads(raw)
        name = req.get("task")
        if name == "exit":
            return
        # A crafted file can smuggle lone surrogates into decoded text; "replace" keeps the reply valid UTF-8.
        data = json.dumps(_handle(tasks, name, req.get("args", {})), default=str,
                          ensure_ascii=False).encode("utf-8", "replace")
        os.write(out_fd, struct.pack(">I", len(data)))
        view = memoryview(data)
        while view:
            view = view[os.write(out_fd, view):]


def _handle(tasks: dict[str, Callable[..., Any]], name: str, args: dict[str, Any]) -> dict[str, Any]:
    try:
        fn = tasks[name]
        return {"ok": True, "result": fn(**args)}
    except EvidenceError as exc:
        return {"ok": False, "code": exc.code, "detail": exc.params.get("detail", ""),
                "params": dict(exc.to_dict()["params"])}
    except MemoryError:
        return {"ok": False, "code": MetadataFailed.code,
                "detail": "ran out of memory (file too large or malformed)"}
    except RecursionError:
        return {"ok": False, "code": MetadataFailed.code, "detail": "structure nested too deeply"}
    except Exception as exc:  # a parser tripped on a malformed file: a per-file error, not a crash
        return {"ok": False, "code": MetadataFailed.code, "detail": f"{type(exc).__name__}: {exc}"[:300]}


def run_if_requested(argv: list[str]) -> bool:
    """For a frozen build (PyInstaller), whose binary is also the worker: call first thing in the launcher,
    ``if run_if_requested(sys.argv[1:]): sys.exit(0)``; the pool starts ``<binary> --evidenceapp-media-worker N``."""
    if argv[:1] != ["--evidenceapp-media-worker"]:
        return False
    main(int(argv[1]) if len(argv) > 1 else 1536 * 1024 * 1024)
    return True


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1536 * 1024 * 1024)
