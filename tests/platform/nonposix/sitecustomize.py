"""Loaded by every Python process the portability test starts (it is first on PYTHONPATH, and the app's media
workers inherit PYTHONPATH): takes the POSIX-only modules and calls away from the app's code, as on Windows."""

from __future__ import annotations

import importlib.abc
import os
import select
import sys

BLOCKED = {"fcntl", "resource", "termios", "pty", "grp", "pwd"}


def _importer() -> str:
    """The module whose code asked for the import (the import machinery's own frames skipped)."""
    frame = sys._getframe(2)
    while frame is not None and ("importlib" in frame.f_code.co_filename or
                                 frame.f_code.co_filename.startswith("<frozen")):
        frame = frame.f_back
    return frame.f_globals.get("__name__", "") if frame is not None else ""


class _Blocker(importlib.abc.MetaPathFinder):
    """Our code may not import a POSIX-only module. Third-party packages keep theirs: psutil's Linux backend
    imports ``resource`` here, and on Windows it uses its Windows backend instead."""

    def find_spec(self, name, path=None, target=None):  # noqa: ANN001 - the finder protocol
        if name.split(".")[0] in BLOCKED and _importer().startswith("evidenceapp"):
            raise ImportError(f"{name} is not available on this platform (simulated)")
        return None


for _mod in list(sys.modules):
    if _mod.split(".")[0] in BLOCKED:
        del sys.modules[_mod]
sys.meta_path.insert(0, _Blocker())
for _obj, _attr in ((select, "poll"), (select, "epoll"), (os, "setpriority"), (os, "nice"), (os, "fork")):
    if hasattr(_obj, _attr):
        delattr(_obj, _attr)
