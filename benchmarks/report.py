"""Regenerate the README's performance section from the benchmark scripts (issue 19).

Runs each row's script once (or, with ``--from DIR``, reads ``DIR/<row>.txt`` saved from an earlier run of the same
scripts), notes the load average before and after each, and replaces the text between the ``perf:begin`` and
``perf:end`` markers of README.md with the scripts' ratio lines.
Usage: python benchmarks/report.py [--from DIR] [--dry-run]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN, END = "<!-- perf:begin -->", "<!-- perf:end -->"

# row name, what the table calls it, the command (run from the repository root)
ROWS = [
    ("startup", "window painted after launch vs a bare PySide6 QMainWindow (goal <= 1.5x)",
     ["benchmarks/startup.py", "5"]),
    ("add_big", "`evidenceapp add` of one 1 GiB file vs cp + sync + openssl dgst -sha256 (goal <= 1.0x)",
     ["benchmarks/add_big.py", "1024"]),
    ("import_photos", "`evidenceapp add` of 100 12-MP JPEGs vs sha256sum + exiftool -json (goal <= 1.5x)",
     ["benchmarks/import_photos.py", "--rounds", "1"]),
    ("export", "export of 100 12-MP photos vs img2pdf (goal <= 3x)", ["benchmarks/export.py", "100", "0"]),
    ("scale", "1,000 cases / 50,000 items: case list < 300 ms, text search < 100 ms",
     ["benchmarks/scale.py", "1000", "50"]),
]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"


def run_row(cmd: list[str]) -> str:
    before = load()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, *cmd], cwd=ROOT, env=env, capture_output=True, text=True).stdout
    return f"load before: {before}\n{out}load after: {load()}\n"


def summary(text: str) -> list[str]:
    """The script's output as printed (the scripts print only results), without blank lines and headers."""
    return [line.rstrip() for line in text.splitlines() if line.strip() and not line.startswith("## ")]


def section(outputs: dict[str, str]) -> str:
    cpus = os.cpu_count() or 0
    lines = [BEGIN, "", f"Measured by `python benchmarks/report.py` on {platform.system()} with {cpus} CPU cores;"
             " each row's reference runs in the same",
             "invocation, and the load average (1, 5, 15 min) is noted beside each number (a shared machine: compare"
             " ratios,", "not seconds).", ""]
    for name, title, cmd in ROWS:
        lines.append(f"- {title} — `python {' '.join(cmd)}`")
        body = summary(outputs.get(name, "")) or ["(not run)"]
        lines += ["", "  ```", *(f"  {b}" for b in body), "  ```", ""]
    lines.append(END)
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="saved", type=Path, help="folder of saved outputs (<row>.txt)")
    ap.add_argument("--dry-run", action="store_true", help="print the section, leave README.md alone")
    args = ap.parse_args()
    outputs = {}
    for name, _title, cmd in ROWS:
        saved = args.saved / f"{name}.txt" if args.saved else None
        if saved is not None:
            outputs[name] = saved.read_text(encoding="utf-8") if saved.exists() else ""
        else:
            outputs[name] = run_row(cmd)
    text = section(outputs)
    if args.dry_run:
        print(text)
        return 0
    readme = README.read_text(encoding="utf-8")
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    README.write_text(readme[:start] + text + readme[end:], encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
