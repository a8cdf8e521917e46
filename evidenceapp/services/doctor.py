"""`evidenceapp doctor`: what works on this machine, and what to do about what does not.

Every check is cheap and bounded in time (a camera probe is skipped when no video device exists; the TSA is tried
with a 5 s timeout), so the command answers in seconds even on a machine with nothing attached.
"""

from __future__ import annotations

import glob
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import config
from .app import App
from .installation import capabilities

MIN_FREE_BYTES = 2 * 1024**3  # a 10-minute 720p take plus its import copy fits comfortably


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    advice: str = ""
    optional: bool = False

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail, "advice": self.advice,
                "optional": self.optional}


def check_camera() -> Check:
    from ..capture.sources import camera_names

    linux = sys.platform.startswith("linux")
    devices = sorted(glob.glob("/dev/video*")) if linux else []
    names = camera_names()
    if linux and not devices:
        return Check("camera", False, "no video device (/dev/video*) found",
                     "plug in a USB webcam, or record with your phone and import the video; the synthetic "
                     "source still works for a try-out", optional=True)
    if not capabilities().camera:
        return Check("camera", False, "OpenCV is not installed", "reinstall evidenceapp", optional=True)
    from ..capture.sources import list_cameras

    if list_cameras(max_index=1):
        label = names.get(0) or ", ".join(devices) or "default device"
        return Check("camera", True, f"camera 0 opens ({label})")
    return Check("camera", False, f"found {', '.join(devices) or 'no device'} but camera 0 does not open",
                 "close other apps using the camera and check permissions", optional=True)


def check_microphone() -> Check:
    if not capabilities().audio:
        return Check("microphone", False, "sound capture library (sounddevice) not installed",
                     "recordings are made without sound; install sounddevice and PortAudio for audio",
                     optional=True)
    try:
        import sounddevice  # noqa: PLC0415

        dev = sounddevice.query_devices(kind="input")
        return Check("microphone", True, f"default input: {dev['name']}")
    except Exception as exc:  # PortAudio missing or no input device: both mean "record without sound"
        return Check("microphone", False, f"no usable microphone ({exc})",
                     "recordings are made without sound", optional=True)


def check_resources() -> Check:
    """The bundled data every command needs, readable where this install put it (a wheel, a checkout, a bundle)."""
    try:
        base = config.resources_dir()
    except (ImportError, OSError) as exc:
        return Check("resources", False, f"bundled resources not found ({exc})", "reinstall evidenceapp")
    unreadable = []
    for rel in config.REQUIRED_RESOURCES:
        try:
            with open(base / rel, "rb") as f:
                f.read(1)
        except OSError:
            unreadable.append(rel)
    if unreadable:
        return Check("resources", False, f"unreadable in {base}: {', '.join(unreadable)}", "reinstall evidenceapp")
    return Check("resources", True, f"{len(config.REQUIRED_RESOURCES)} bundled files readable in {base}")


def check_translations() -> Check:
    missing = [lang for lang in config.GUI_TRANSLATIONS
               if not (config.i18n_dir() / f"evidenceapp_{lang}.qm").is_file()]
    if missing:
        return Check("translations", False, f"compiled translations missing: {', '.join(missing)}",
                     "the desktop app shows English; a build from source runs scripts/build-translations.sh first",
                     optional=True)
    return Check("translations", True, f"GUI translations present ({', '.join(config.GUI_TRANSLATIONS)})")


def check_fonts() -> Check:
    path = config.cjk_font_path()
    if not path.is_file():
        return Check("fonts", False, f"CJK font missing: {path}", "reinstall evidenceapp")
    try:
        from PIL import ImageFont  # noqa: PLC0415

        ImageFont.truetype(str(path), 20, index=0).getbbox("证据目录 é €")
    except Exception as exc:
        return Check("fonts", False, f"CJK font unreadable: {exc}", "reinstall evidenceapp")
    return Check("fonts", True, f"CJK font {path.name} loads (Chinese, accents, € ¥)")


def check_ocr() -> Check:
    if not capabilities().ocr:
        return Check("ocr", False, "chat-screenshot text recognition (rapidocr) not installed",
                     "chat screenshots can still be added; type or paste their text for searching", optional=True)
    return Check("ocr", True, "rapidocr installed (models ship in its wheel, works offline)")


def check_tsa(app: App) -> Check:
    from ..store import cases_repo  # noqa: PLC0415

    url = cases_repo.get_setting(app.db.con, "tsa_url", "") or ""
    if not url:
        return Check("timestamp", False, "no trusted timestamp service (TSA) configured",
                     "optional: set one to prove *when* evidence existed (evidenceapp settings)", optional=True)
    import urllib.request  # noqa: PLC0415

    try:
        req = urllib.request.Request(url, method="HEAD")
        with urllib.request.urlopen(req, timeout=5):
            pass
    except Exception as exc:
        code = getattr(exc, "code", None)
        if code is not None:  # the server answered (a TSA often refuses HEAD): it is reachable
            return Check("timestamp", True, f"{url} reachable (HTTP {code})")
        return Check("timestamp", False, f"{url} unreachable ({exc})",
                     "exports still work and are marked 'not timestamped'; check the network")
    return Check("timestamp", True, f"{url} reachable")


def check_disk(home: Path) -> Check:
    free = shutil.disk_usage(home).free
    gib = free / 1024**3
    if free < MIN_FREE_BYTES:
        return Check("disk", False, f"only {gib:.1f} GiB free in {home}",
                     "free some space before recording: a take needs about 100 MB per minute at 720p")
    return Check("disk", True, f"{gib:.1f} GiB free in {home}")


def check_store(app: App) -> Check:
    result = app.db.integrity_check()
    if result == "ok":
        return Check("database", True, f"{app.db.path} passes SQLite's integrity check")
    return Check("database", False, f"integrity check: {result}", "make a copy of the data folder and report it")


def check_quarantine(app: App) -> Check:
    from .quarantine import pending_count  # noqa: PLC0415

    n = pending_count(app)
    if n:
        return Check("orphans", False, f"{n} file(s) found that belong to no case (kept in {app.objects.quarantine})",
                     "see them with `evidenceapp recover`; attach them with `evidenceapp recover CASE --all`")
    return Check("orphans", True, "every stored file belongs to a case")


def check_system(app: App) -> Check:
    """The parts that differ per OS, so a report from Windows or macOS says which were used."""
    from ..capture.sources import camera_backends
    from ..core import osrules

    sysname = osrules.system()
    backends = " → ".join(name for name, _ in camera_backends())
    font = config.cjk_font_path().name
    if osrules.posix_modes_apply():
        mode = app.home.stat().st_mode & 0o777
        private = not mode & 0o077
        folder = f"data folder {app.home} is {mode:03o}" + ("" if private else " (readable by other users)")
    else:
        private = True
        folder = f"data folder {app.home} (protected by the user profile's permissions)"
    detail = f"{sysname} ({sys.platform}); camera backend {backends}; PDF font {font} (shipped); {folder}"
    # A readable folder is a warning (optional): the app itself closes it at start (0700/0600).
    return Check("system", private, detail, "" if private else f"run: chmod 700 '{app.home}'",
                 optional=not private)


def run_checks(app: App) -> list[Check]:
    return [check_store(app), check_quarantine(app), check_system(app), check_disk(app.home), check_resources(),
            check_translations(), check_fonts(), check_camera(), check_microphone(), check_ocr(), check_tsa(app)]
