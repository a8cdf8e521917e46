"""Seeded byte-flip fuzzing of the media parsers (used by tests/media/test_fuzz.py and benchmarks/fuzz_media.py)."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

from evidenceapp.media import samples
from evidenceapp.media.analyze import submit
from evidenceapp.media.pool import WorkerPool


def seeds(folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "jpg": samples.phone_jpeg(folder / "s.jpg", size=(160, 120), noise=0).read_bytes(),
        "png": samples.chat_screenshot(folder / "s.png", size=(72, 156), lines=3).read_bytes(),
        "mp4": samples.mp4(folder / "s.mp4", seconds=1.0, fps=5, size=(64, 48)).read_bytes(),
    }


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    how = rng.random()
    if how < 0.1:
        return bytes(b[: rng.randrange(1, len(b))])  # truncation
    # Mostly the header area, where the parsers' structure lives; sometimes anywhere.
    span = min(len(b), 2048) if rng.random() < 0.7 else len(b)
    for _ in range(rng.randint(1, 12)):
        i = rng.randrange(span)
        r = rng.random()
        if r < 0.4:
            b[i] ^= 1 << rng.randrange(8)
        elif r < 0.8:
            b[i] = rng.choice((0, 0xFF, 0x7F, 0x80, rng.randrange(256)))
        else:  # a plausible huge length or offset
            b[i:i + 4] = rng.choice((b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xf0"))
    return bytes(b[: len(data)])


def run(cases: int, seed: int, folder: Path, pool: WorkerPool, timeout: float = 3.0) -> dict[str, Any]:
    """Analyse ``cases`` mutants; return outcome counts. Raises AssertionError on anything but a coded result."""
    corpus = seeds(folder / "seeds")
    rng = random.Random(seed)
    kinds = sorted(corpus)
    work = folder / "cases"
    work.mkdir(parents=True, exist_ok=True)
    jobs = []
    started = time.monotonic()
    for n in range(cases):
        kind = kinds[n % len(kinds)]
        p = work / f"{n:05d}.{kind}"
        p.write_bytes(mutate(corpus[kind], rng))
        jobs.append((p, submit(p, p.name, work / f"{n:05d}.d", pool=pool, timeout=timeout)))
    outcomes: dict[str, int] = {}
    for _p, job in jobs:
        _, fields = job.result()  # a timeout or a crash of the child comes back as a coded metadata_error
        json.dumps(fields, ensure_ascii=False).encode("utf-8")  # storable as the item's JSON
        code = fields.get("metadata_error") or "ok"
        outcomes[code] = outcomes.get(code, 0) + 1
    return {"cases": cases, "seconds": round(time.monotonic() - started, 2), "outcomes": outcomes,
            "restarts": pool.restarts}
