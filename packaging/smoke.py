"""Smoke test of a built evidenceapp on any OS (the CI workflow runs it on Linux, Windows and macOS).

Standard library only; runs the binary with a fresh data folder: --version, doctor, demo (a filled case with a
synthetic unboxing take), a platform export of it and verify. Exits non-zero on the first failure.
Usage: python packaging/smoke.py PATH/TO/evidenceapp[.exe]   (or: python packaging/smoke.py -- python -m evidenceapp)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(cmd: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="evidenceapp-smoke-") as tmp:
        env = dict(os.environ, EVIDENCEAPP_HOME=str(Path(tmp) / "data"), QT_QPA_PLATFORM="offscreen")

        def run(*args: str, want_json: bool = True) -> dict:
            full = [*cmd, *args, *(["--json"] if want_json else [])]
            proc = subprocess.run(full, capture_output=True, text=True, encoding="utf-8", env=env, timeout=600)
            print(f"$ {' '.join(args)} -> {proc.returncode}", flush=True)
            if proc.returncode != 0:
                sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-4000:])
                raise SystemExit(1)
            return json.loads(proc.stdout) if want_json else {"text": proc.stdout}

        print(run("--version", want_json=False)["text"].strip())
        doctor = run("doctor")
        for check in doctor["checks"]:
            print(f"  {'ok ' if check['ok'] else '-- '}{check['name']}: {check['detail']}")
        case_id = run("demo")["id"]
        out = Path(tmp) / "out"
        exported = run("export", case_id, "--template", "platform", "--lang", "zh_CN", "-o", str(out), "--no-sign")
        pdf = Path(exported["pdf"]["path"])
        assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", pdf
        print(f"  dossier: {pdf.name}, {exported['pdf']['pages']} pages, {pdf.stat().st_size} bytes")
        assert run("verify", case_id)["ok"]
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    sys.exit(main(args))
