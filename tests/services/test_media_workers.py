"""The media workers are started before the store lock is taken: no worker ever holds store.lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def test_workers_never_share_the_store_lock(tmp_path: Path) -> None:
    # A fresh process, as the CLI and the GUI are: App.open starts the pool, then takes the lock.
    script = textwrap.dedent(f"""
        import os, time
        from pathlib import Path
        from evidenceapp.services.app import App
        from evidenceapp.media.pool import default_pool
        home = Path({str(tmp_path / "home")!r})
        with App.open(home) as app:
            pids = default_pool().child_pids()
            assert len(pids) == default_pool().size, pids
            lock = str(home / "store.lock")
            holders = [p for p in pids for fd in os.listdir(f"/proc/{{p}}/fd")
                       if os.path.realpath(f"/proc/{{p}}/fd/{{fd}}") == lock]
            print(len(pids), holders)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "EVIDENCEAPP_HOME": str(tmp_path / "home")})
    assert out.returncode == 0, out.stderr
    n, holders = out.stdout.split(" ", 1)
    assert int(n) >= 1 and holders.strip() == "[]"
