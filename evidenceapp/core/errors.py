"""Expected failures, each with a stable code the UI translates and scripts can match on.

Never classify errors by their text: match on ``code``. ``message`` is English, for the CLI and logs.
"""

from __future__ import annotations

from typing import Any


class EvidenceError(Exception):
    code = "E_GENERIC"
    template = "{detail}"

    def __init__(self, detail: str = "", **params: Any) -> None:
        self.params: dict[str, Any] = {"detail": detail, **params}
        try:
            message = self.template.format(**self.params)
        except (KeyError, IndexError):
            message = detail or self.code
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "params": _jsonable(self.params)}


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v if isinstance(v, (str, int, float, bool, type(None))) else str(v) for k, v in params.items()}


class NotFound(EvidenceError):
    code = "E_NOT_FOUND"
    template = "{what} not found: {key}"


class Ambiguous(EvidenceError):
    code = "E_AMBIGUOUS"
    template = "{what} '{key}' matches several: {matches}"


class InvalidInput(EvidenceError):
    code = "E_INVALID_INPUT"
    template = "invalid {field}: {detail}"


class DateNeeded(InvalidInput):
    """A deadline or event whose date or length only the user can read (the platform's countdown, the mediators'
    "Temps de réponse", the time a tracking number was issued): the app asks instead of assuming "now"."""

    code = "E_DATE_NEEDED"
    template = "{what} needs {ask}"


class ImportMissing(EvidenceError):
    code = "E_IMPORT_MISSING"
    template = "no such file or folder: {path}"


class ImportUnreadable(EvidenceError):
    code = "E_IMPORT_UNREADABLE"
    template = "cannot read {path}: {detail}"


class ImportNotRegular(EvidenceError):
    code = "E_IMPORT_NOT_REGULAR"
    template = "not a regular file (device, FIFO or socket), skipped: {path}"


class ImportSymlinkLoop(EvidenceError):
    code = "E_IMPORT_SYMLINK_LOOP"
    template = "symbolic link loop, skipped: {path}"


class ImportUnsupported(EvidenceError):
    code = "E_IMPORT_UNSUPPORTED"
    template = "unsupported file type for {path}: {detail}"


class DiskFull(EvidenceError):
    code = "E_DISK_FULL"
    template = "not enough space to store {path}: {detail}"


class StoreWriteFailed(EvidenceError):
    code = "E_STORE_WRITE"
    template = "could not write {path} into the evidence store: {detail}"


class StoreTooNew(EvidenceError):
    code = "E_STORE_TOO_NEW"
    template = "the evidence database is version {found}, newer than this app supports ({supported}); update the app"


class StoreCorrupt(EvidenceError):
    code = "E_STORE_CORRUPT"
    template = "the evidence database is damaged: {detail}"


class StoreBusy(EvidenceError):
    code = "E_STORE_BUSY"
    template = "the evidence database is locked by another program (a backup or sync tool?): {detail}"


class ObjectDamaged(EvidenceError):
    code = "E_OBJECT_DAMAGED"
    template = "the stored copy of {path} is damaged and could not be replaced: {detail}"


class Cancelled(EvidenceError):
    code = "E_CANCELLED"
    template = "cancelled"


class MetadataFailed(EvidenceError):
    code = "E_METADATA_FAILED"
    template = "could not read metadata of {path}: {detail}"


class MetadataTimeout(EvidenceError):
    code = "E_METADATA_TIMEOUT"
    template = "reading metadata of {path} took too long (over {seconds} s) and was stopped"


class ReceiveTooLarge(EvidenceError):
    code = "E_RECEIVE_TOO_LARGE"
    template = "{path} is larger than the limit of {limit} bytes for {scope}; it was not kept"


class ReceiveInterrupted(EvidenceError):
    code = "E_RECEIVE_INTERRUPTED"
    template = "the upload of {path} stopped before the end ({detail}); nothing was kept"


class ReceiveBadRequest(EvidenceError):
    code = "E_RECEIVE_BAD_REQUEST"
    template = "the phone sent something that is not a plain file upload: {detail}"


class ReceiveBindFailed(EvidenceError):
    code = "E_RECEIVE_BIND"
    template = "cannot listen on {host} port {port}: {detail}"


class CameraUnavailable(EvidenceError):
    code = "E_CAMERA_UNAVAILABLE"
    template = "cannot open {source}: {detail}. Sources you can record from: {available}"


class SourceInvalid(EvidenceError):
    code = "E_SOURCE_INVALID"
    template = ("not a video source: {source} ({detail}). Use camera:N, file:PATH, synthetic, screen[:N] or"
                " window:TITLE")


class ScreenUnsupported(EvidenceError):
    code = "E_SCREEN_UNSUPPORTED"
    template = "the screen cannot be recorded on this system ({system}): {detail}"


class UrlRefused(EvidenceError):
    code = "E_URL_REFUSED"
    template = "will not open {url}: {detail}"


class WebCaptureFailed(EvidenceError):
    code = "E_WEB_CAPTURE_FAILED"
    template = "the page {url} could not be captured: {detail}"


class WebLoginRequired(EvidenceError):
    code = "E_WEB_LOGIN_REQUIRED"
    template = ("{url} needs the buyer's login, which a headless browser does not have ({detail}). Record the"
                " screen instead (evidenceapp record CASE --source screen) or add a screenshot from the app;"
                " never give this app your platform password")


class RecordingFailed(EvidenceError):
    code = "E_RECORDING_FAILED"
    template = "the recording stopped: {detail}"


class KeyUnreadable(EvidenceError):
    code = "E_KEY_UNREADABLE"
    template = "cannot use the installation's signing key {path}: {detail}"


class TimestampFailed(EvidenceError):
    code = "E_TIMESTAMP_FAILED"
    template = "no trusted timestamp from {url}: {detail}"


class BundleUnreadable(EvidenceError):
    code = "E_BUNDLE_UNREADABLE"
    template = "cannot read the bundle {path}: {detail}"


class BundleTooLarge(EvidenceError):
    code = "E_BUNDLE_TOO_LARGE"
    template = "the bundle {path} was refused: {detail}"


class PdfSigningFailed(EvidenceError):
    code = "E_PDF_SIGNING_FAILED"
    template = "could not sign the dossier PDF: {detail}"


class MediaEmpty(EvidenceError):
    code = "E_MEDIA_EMPTY"
    template = "{path} is empty (0 bytes): stored as is, there is nothing to read"


class MediaUnrecognised(EvidenceError):
    code = "E_MEDIA_UNRECOGNISED"
    template = "the content of {path} is not a photo, video or document this app can read ({detail}); stored as is"


class MediaDamaged(EvidenceError):
    code = "E_MEDIA_DAMAGED"
    template = "{path} is damaged or incomplete ({detail}); the original bytes are stored unchanged"


class MediaTooLarge(EvidenceError):
    code = "E_MEDIA_TOO_LARGE"
    template = "{path} declares {width}x{height} pixels, over the safety limit for decoding; stored but not decoded"


class ExifDamaged(EvidenceError):
    code = "E_EXIF_DAMAGED"
    template = "the EXIF metadata of {path} is damaged or crafted: {detail}"


class PdfEncrypted(EvidenceError):
    code = "E_PDF_ENCRYPTED"
    template = "{path} is a password-protected PDF: stored unchanged, but its content and details cannot be read"


class ShareUnsupported(EvidenceError):
    code = "E_SHARE_UNSUPPORTED"
    template = "cannot make a stripped share copy of {path}: {detail}"


class ExportSourceAltered(EvidenceError):
    code = "E_EXPORT_SOURCE_ALTERED"
    template = ("the stored original {path} no longer hashes to {expected} (now {actual}); the export was stopped:"
                " run verify")


class ExportUnknownChannel(EvidenceError):
    code = "E_EXPORT_CHANNEL"
    template = "no upload limits known for channel {channel} (resources/channels.toml)"


class ExportWriteFailed(EvidenceError):
    code = "E_EXPORT_WRITE"
    template = "cannot write the dossier to {path}: {detail}"


class OcrUnavailable(EvidenceError):
    code = "E_OCR_UNAVAILABLE"
    template = "text recognition is not installed (pip install rapidocr onnxruntime): {detail}"


class OcrFailed(EvidenceError):
    code = "E_OCR_FAILED"
    template = "could not read text from {path}: {detail}"
