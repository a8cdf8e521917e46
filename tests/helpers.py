"""Test helpers: run the CLI in-process or as a subprocess, generate small media files."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def cli(*args: str, home: Path | None = None, check: bool = False, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if home is not None:
        env["EVIDENCEAPP_HOME"] = str(home)
    proc = subprocess.run([sys.executable, "-m", "evidenceapp", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"evidenceapp {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


def cli_json(*args: str, home: Path | None = None, ok_codes: tuple[int, ...] = (0,)) -> tuple[int, dict[str, Any]]:
    proc = cli(*args, "--json", home=home)
    assert proc.returncode in ok_codes, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def make_jpeg(path: Path, size: tuple[int, int] = (640, 480), color: tuple[int, int, int] = (200, 80, 40),
              exif: dict[int, Any] | None = None, seed: int = 0) -> Path:
    """A real JPEG with optional EXIF (Pillow tag ids), e.g. {0x010F: "Xiaomi", 0x0132: "2026:11:20 10:00:00"}."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, color)
    d = ImageDraw.Draw(img)
    for i in range(0, size[0], 40):
        d.line([(i, 0), (size[0] - i, size[1])], fill=((i * 7 + seed) % 255, 120, 200), width=3)
    ex = Image.Exif()
    for k, v in (exif or {}).items():
        ex[k] = v
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=85, exif=ex.tobytes() if exif else b"")
    return path


def make_png(path: Path, size: tuple[int, int] = (390, 844), text: str = "") -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, (245, 245, 245))
    d = ImageDraw.Draw(img)
    for y in range(20, size[1], 60):
        d.rectangle([20, y, size[0] - 60, y + 40], fill=(149, 236, 105) if (y // 60) % 2 else (255, 255, 255))
    if text:
        d.text((30, 30), text, fill=(0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return path
