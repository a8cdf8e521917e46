"""Which operating system's rules apply, and the few rules that differ (names, path length, file modes).

Decided here once, so the path, lock and permission code reads the same on Linux, macOS and Windows.
``EVIDENCEAPP_FAKE_PLATFORM`` (``windows``/``macos``/``linux``) makes that code follow another system's rules; it is
for tests on Linux only — it changes decisions made from names and lengths, never a real system call.
"""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from pathlib import PurePath, PureWindowsPath

SYSTEMS = ("linux", "macos", "windows")

# CON, PRN, … are devices on Windows in any folder and with any extension ("con.txt" too).
WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                              *(f"COM{i}" for i in "123456789¹²³"), *(f"LPT{i}" for i in "123456789¹²³")})
# Win32 MAX_PATH counts the terminating NUL; a folder must leave room for an 8.3 name (248). Longer paths need the
# \\?\ prefix (or the LongPathsEnabled policy, which we cannot assume).
MAX_PATH = 260
MAX_DIR_PATH = 248


def system() -> str:
    forced = os.environ.get("EVIDENCEAPP_FAKE_PLATFORM", "")
    if forced in SYSTEMS:
        return forced
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def is_windows() -> bool:
    return system() == "windows"


def is_reserved_name(name: str) -> bool:
    """A Windows device name ("CON", "aux.txt", "LPT1.tar.gz"); trailing dots and spaces are ignored there."""
    stem = name.rstrip(" .").split(".")[0].strip().upper()
    return stem in WINDOWS_RESERVED


def long_path(path: str | os.PathLike[str], on: str | None = None) -> str:
    """``path`` as the OS call must receive it: on Windows a path at or over MAX_PATH gets the ``\\\\?\\``
    prefix (``\\\\?\\UNC\\`` for a share), which lifts the limit to ~32,767 characters; elsewhere unchanged."""
    text = os.fspath(path)
    if (on or system()) != "windows" or len(text) < MAX_DIR_PATH or text.startswith("\\\\?\\"):
        return text
    win = str(PureWindowsPath(text))
    if win.startswith("\\\\"):
        return "\\\\?\\UNC\\" + win[2:]
    return "\\\\?\\" + win


def same_name(a: str, b: str, on: str | None = None) -> bool:
    """Whether two names denote the same file: case-insensitive on Windows and (by default) macOS, whose APFS
    also treats the composed and decomposed forms of "é" alike; exact on Linux."""
    sysname = on or system()
    if sysname == "linux":
        return a == b
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def posix_modes_apply(on: str | None = None) -> bool:
    """Whether chmod 0700/0600 protects the data folder. On Windows the ACL of the user's profile folder
    (``%LOCALAPPDATA%``) already keeps other users out and ``chmod`` only toggles read-only; we rely on that."""
    return (on or system()) != "windows"


def pure_path(text: str, on: str | None = None) -> PurePath:
    """A pure path with the separators and rules of ``on`` (tests check Windows names on Linux with it)."""
    return PureWindowsPath(text) if (on or system()) == "windows" else PurePath(text)


def replace_retrying(src: str | os.PathLike[str], dst: str | os.PathLike[str], attempts: int = 20,
                     wait: float = 0.25) -> None:
    """``os.replace``, which is atomic on every OS, but on Windows refuses (PermissionError) while another program
    holds the target open — the previous dossier PDF open in a viewer, an antivirus scanning the new file. Such a
    hold is usually brief: try again for a few seconds, then let the error through (the caller keeps the earlier
    files untouched and says why). On Linux and macOS the first try succeeds or fails for good."""
    for n in range(attempts):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if system() != "windows" or n == attempts - 1:
                raise
            time.sleep(wait)
