"""Pure-Python domain: models, errors, hashing, journal, progress. No Qt, OpenCV, PyAV or reportlab here."""
