"""The unboxing recorder as a use case (DESIGN §4): one continuous take → an item of kind ``unboxing``.

API for the CLI and the GUI (Qt-free; the GUI polls, it is never called back on a non-GUI thread unless it asks):

    session = RecordingSession(app, case_id, source="camera:0",   # or "file:PATH", "synthetic", a VideoSource
                               size=(1280, 720), fps=30, checklist=None)  # None: the case's or the default list
    session.start()            # opens source + file, waits for the first frame (≤ 10 s: call it off the GUI
                               # thread); raises CameraUnavailable (E_CAMERA_UNAVAILABLE, lists sources),
                               # SourceInvalid (E_SOURCE_INVALID)
    session.latest_frame()     # numpy RGB uint8 (H, W, 3), read-only: the overlaid frame exactly as encoded
    session.stats              # RecorderStats: elapsed, frames_captured, frames_written, dropped, duplicated …
    session.step               # index of the current checklist step; session.checklist the labels
    session.mark()             # marks the current checklist step and moves to the next; mark("label") any label;
                               # returns at once (sidecar + journal are written on a writer thread)
    session.pause() / resume() # pauses are markers, never cuts: one take = one file
    session.ended              # set when the take ended by itself (source ended/failed, disk full)
    session.end_reason         # None while running; "user", "source_ended", "source_error", "disk_full" …
    item = session.stop()      # finalise → Item(kind="unboxing"), markers stored, keyframes + contact sheet
                               # (takes a second or two: call it off the GUI thread)
    list_sources()             # ["camera:0", …, "file:PATH", "synthetic"] (cameras that open on this computer)

Capture and encoding run in the recorder's own two threads with a bounded queue (capture/recorder.py), so
``mark``/``stats``/``latest_frame`` are cheap and safe to call from a GUI timer. ``on_end(reason)`` (optional)
is called from a recorder thread when the take ends by itself; a GUI should only set a flag there.

Crash safety: the take is written to ``home/recordings/<id>.mp4`` (not ``tmp/``, which start-up empties) with a
sidecar ``<id>.json`` (case, markers, checkpoints) updated as it goes. Every 10 s a ``recording_checkpoint``
journal entry records the bytes written and the running SHA-256. If the process dies, the next start (the
``recover_interrupted`` start-up hook) journals ``recording_interrupted`` and adds what was written as an item
with status ``interrupted``, its real hash, and the markers made before the crash.
"""

from .keyframes import CONTACT_SHEET, KEYFRAME_DIR, KeyframeSet, keyframes_for, make_keyframes
from .recovery import recover_interrupted
from .session import (
    CHECKPOINT_S,
    DEFAULT_CHECKLIST,
    DEFAULT_FPS,
    DEFAULT_PRESET,
    DEFAULT_SIZE,
    LINK_BACK_LABEL,
    LINK_LOST_LABEL,
    PAUSE_LABEL,
    RESUME_LABEL,
    SCREEN_CHECKLIST,
    SCREEN_KIND,
    RecordingSession,
    case_language,
    checklist_for,
    clock_check,
    is_screen_source,
    list_sources,
    list_windows,
    parse_size,
    recordings_dir,
    screen_checklist,
)

__all__ = [
    "CHECKPOINT_S", "CONTACT_SHEET", "DEFAULT_CHECKLIST", "DEFAULT_FPS", "DEFAULT_PRESET", "DEFAULT_SIZE",
    "KEYFRAME_DIR", "LINK_BACK_LABEL", "LINK_LOST_LABEL", "PAUSE_LABEL", "RESUME_LABEL", "SCREEN_CHECKLIST",
    "SCREEN_KIND", "KeyframeSet", "RecordingSession", "case_language", "checklist_for", "clock_check",
    "is_screen_source", "keyframes_for", "list_sources", "list_windows", "make_keyframes", "parse_size",
    "recordings_dir", "recover_interrupted", "screen_checklist",
]
