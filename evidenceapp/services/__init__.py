"""Use cases shared by the CLI and the GUI. They orchestrate store, media, capture and export; no Qt here."""

# Registers the recorder's start-up hook (recovery of takes interrupted by a crash) with services.app, so every
# way of opening the store runs it. The module imports capture (PyAV, OpenCV) lazily, so this stays cheap.
from . import recording as _recording  # noqa: E402,F401
