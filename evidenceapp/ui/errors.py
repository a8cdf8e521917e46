"""Two kinds of trouble (qutebrowser's KnownError vs BugError).

Expected failures are ``EvidenceError`` subclasses: shown as a calm, translated sentence chosen by the error's
``code`` (never by matching text), with the English technical message under "Show Details…". Anything else is a
bug: the crash dialog shows the traceback and where the log is, and the app keeps running when it can.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.errors import Cancelled, EvidenceError
from ..services.app import store_error

log = logging.getLogger("evidenceapp.ui")
_LOG_PATH: Path | None = None



def error_sentence(code: str, params: dict[str, Any] | None = None) -> str:
    """A translated sentence for an error code; unknown codes get a generic sentence (never the raw text)."""
    text = sentences().get(code) or QCoreApplication.translate("Errors", "Something went wrong ({code}).")
    values = _SafeDict({"code": code, **(params or {})})
    return text.format_map(values)


def sentences() -> dict[str, str]:
    """Every error code's sentence in the current language (tests check that each EvidenceError code has one)."""
    return {
        "E_GENERIC": QCoreApplication.translate("Errors", "Something went wrong. The details say what happened."),
        "E_NOT_FOUND": QCoreApplication.translate("Errors", "This could not be found: {key}."),
        "E_AMBIGUOUS": QCoreApplication.translate("Errors", "“{key}” matches several entries. Please be more specific."),
        "E_INVALID_INPUT": QCoreApplication.translate("Errors", "The value entered for “{field}” is not valid."),
        "E_DATE_NEEDED": QCoreApplication.translate("Errors", "This needs a date or a number of days that only you can read on the platform; see the note beside it."),
        "E_IMPORT_MISSING": QCoreApplication.translate("Errors", "The file or folder no longer exists: {path}"),
        "E_IMPORT_UNREADABLE": QCoreApplication.translate("Errors", "This file could not be read: {path}"),
        "E_IMPORT_NOT_REGULAR": QCoreApplication.translate("Errors", "This is not an ordinary file and was skipped: {path}"),
        "E_IMPORT_SYMLINK_LOOP": QCoreApplication.translate("Errors", "This folder links back to itself and was skipped: {path}"),
        "E_IMPORT_UNSUPPORTED": QCoreApplication.translate("Errors", "This type of file is not supported: {path}"),
        "E_DISK_FULL": QCoreApplication.translate("Errors", "There is not enough free disk space to store {path}. Free some space and try again."),
        "E_STORE_TOO_NEW": QCoreApplication.translate("Errors", "Your evidence was saved by a newer version of the app. Please update the app to open it."),
        "E_STORE_CORRUPT": QCoreApplication.translate("Errors", "The evidence database is damaged. Your original files are untouched; see the details and contact support."),
        "E_STORE_BUSY": QCoreApplication.translate("Errors", "The evidence database is in use by another program (a backup or sync tool?). Close it and try again; nothing was lost."),
        "E_OBJECT_DAMAGED": QCoreApplication.translate("Errors", "The stored copy of {path} is damaged and could not be repaired. Run “Verify now” and keep the original file."),
        "E_CANCELLED": QCoreApplication.translate("Errors", "The operation was cancelled."),
        "E_METADATA_FAILED": QCoreApplication.translate("Errors", "The file was stored, but its details (date, camera) could not be read: {path}"),
        "E_METADATA_TIMEOUT": QCoreApplication.translate("Errors", "Reading the details of {path} took too long; the file was stored without them."),
        "E_STORE_WRITE": QCoreApplication.translate("Errors", "{path} could not be written into the evidence store. Check the disk and try again."),
        "E_RECEIVE_TOO_LARGE": QCoreApplication.translate("Errors", "An upload from the phone is over the size limit ({limit} bytes) and was not kept."),
        "E_RECEIVE_INTERRUPTED": QCoreApplication.translate("Errors", "The upload of {path} stopped before the end; nothing of it was kept. Send it again."),
        "E_RECEIVE_BAD_REQUEST": QCoreApplication.translate("Errors", "The phone sent something that is not a plain file upload, so it was refused."),
        "E_RECEIVE_BIND": QCoreApplication.translate("Errors", "The app could not start receiving on {host} port {port}. Check that you are connected to a network, or choose another address."),
        "E_CAMERA_UNAVAILABLE": QCoreApplication.translate("Errors", "The camera {source} could not be opened. Close other apps that use it, or choose another source."),
        "E_SOURCE_INVALID": QCoreApplication.translate("Errors", "This is not a video source the app can record from: {source}"),
        "E_SCREEN_UNSUPPORTED": QCoreApplication.translate("Errors", "The screen cannot be recorded on this system ({system}). On Linux, log in with an X11 (Xorg) session; under Wayland, film the screen with your phone instead."),
        "E_URL_REFUSED": QCoreApplication.translate("Errors", "This address was not opened: {url}. Only public http(s) web pages are captured; a local or private address needs your confirmation."),
        "E_WEB_CAPTURE_FAILED": QCoreApplication.translate("Errors", "The page {url} could not be captured. Check the address and your connection, then try again."),
        "E_WEB_LOGIN_REQUIRED": QCoreApplication.translate("Errors", "{url} only shows its content after you log in, which the capture cannot do. Record the screen while you show the page, or add a screenshot from the app. Never enter your platform password here."),
        "E_RECORDING_FAILED": QCoreApplication.translate("Errors", "The recording stopped unexpectedly. What was filmed until then is kept."),
        "E_KEY_UNREADABLE": QCoreApplication.translate("Errors", "This installation's signing key cannot be used: {path}"),
        "E_TIMESTAMP_FAILED": QCoreApplication.translate("Errors", "No trusted timestamp could be obtained from {url}. The export is kept and can be timestamped later."),
        "E_BUNDLE_UNREADABLE": QCoreApplication.translate("Errors", "This bundle cannot be read (not a dossier bundle, or damaged): {path}"),
        "E_BUNDLE_TOO_LARGE": QCoreApplication.translate("Errors", "This bundle was refused: one of its files would unpack to far more than a dossier bundle holds (a “zip bomb”, or a damaged file). Nothing was unpacked: {path}"),
        "E_PDF_SIGNING_FAILED": QCoreApplication.translate("Errors", "The dossier PDF could not be signed. It was written without a signature."),
        "E_MEDIA_EMPTY": QCoreApplication.translate("Errors", "{path} is empty (0 bytes). It was stored as it is, but there is nothing to show."),
        "E_MEDIA_UNRECOGNISED": QCoreApplication.translate("Errors", "The content of {path} is not a photo, video or document the app can read. It was stored unchanged."),
        "E_MEDIA_DAMAGED": QCoreApplication.translate("Errors", "{path} is damaged or incomplete. The original bytes were stored unchanged."),
        "E_MEDIA_TOO_LARGE": QCoreApplication.translate("Errors", "{path} is too large a picture to open safely. It was stored, but no preview is made."),
        "E_EXIF_DAMAGED": QCoreApplication.translate("Errors", "The metadata of {path} is damaged: its capture time and camera cannot be trusted."),
        "E_PDF_ENCRYPTED": QCoreApplication.translate("Errors", "{path} is a password-protected PDF. It was stored unchanged, but its content cannot be read."),
        "E_SHARE_UNSUPPORTED": QCoreApplication.translate("Errors", "A copy without personal metadata cannot be made for {path}."),
        "E_EXPORT_SOURCE_ALTERED": QCoreApplication.translate("Errors", "The stored original {path} has changed since it was added, so the export was stopped. Run “Verify now” in the Journal tab."),
        "E_EXPORT_CHANNEL": QCoreApplication.translate("Errors", "The upload limits of this channel are not known: {channel}"),
        "E_EXPORT_WRITE": QCoreApplication.translate("Errors", "The dossier could not be written to {path}. Check the folder and the free space."),
        "E_OCR_UNAVAILABLE": QCoreApplication.translate("Errors", "Text recognition is not installed, so chat screenshots cannot be read."),
        "E_OCR_FAILED": QCoreApplication.translate("Errors", "The text of {path} could not be read."),
    }


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return "…"


def show_error(parent: QWidget | None, exc: EvidenceError, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Could not finish"))
    box.setText(error_sentence(exc.code, exc.params))
    box.setDetailedText(f"[{exc.code}] {exc.message}")
    box.setObjectName("errorBox")
    _exec(box)


def report_exception(parent: QWidget | None, exc: BaseException) -> None:
    """Route an exception from a task or slot: known errors calmly, cancellations silently, bugs to the crash box."""
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, EvidenceError):
        show_error(parent, exc)
        return
    coded = store_error(exc)  # a damaged database page, a lock held by another program: not a bug
    if coded is not None:
        show_error(parent, coded)
        return
    show_crash(parent, type(exc), exc, exc.__traceback__)


def show_crash(parent: QWidget | None, etype, value, tb) -> None:
    text = "".join(traceback.format_exception(etype, value, tb))
    log.error("unexpected error\n%s", text)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Unexpected error"))
    box.setText(QCoreApplication.translate("Errors", "Something unexpected went wrong. Your evidence is safe: nothing already stored is changed by this."))
    where = str(_LOG_PATH) if _LOG_PATH else QCoreApplication.translate("Errors", "(no log file)")
    box.setInformativeText(QCoreApplication.translate("Errors", "Please send the log file with a short description of what you did: {path}").format(path=where))
    box.setDetailedText(text)
    box.setObjectName("crashBox")
    _exec(box)


def _exec(box: QMessageBox) -> None:
    # Tests set this flag so dialogs are recorded instead of blocking the run.
    app = QApplication.instance()
    sink = app.property("evidenceapp_dialog_sink") if app is not None else None
    if sink:
        SHOWN.append((box.objectName(), box.text(), box.detailedText() or box.informativeText()))
        box.deleteLater()
        return
    box.exec()


SHOWN: list[tuple[str, str, str]] = []


def install_crash_handler(log_path: Path | None) -> None:
    global _LOG_PATH
    _LOG_PATH = log_path

    def hook(etype, value, tb) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        if isinstance(value, EvidenceError):
            show_error(QApplication.activeWindow(), value)
            return
        show_crash(QApplication.activeWindow(), etype, value, tb)

    sys.excepthook = hook
