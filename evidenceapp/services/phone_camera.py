"""The phone as the recorder's camera (capture/phonecam.py), set up for this installation: the self-signed TLS
certificate made at first use in the data folder (store/keys.py), the LAN address phones can reach, the page in the
recording's language."""

from __future__ import annotations

from ..capture.phonecam import PhoneCameraSource
from ..store import keys
from .app import App


def phone_camera(app: App, size: tuple[int, int], fps: float, host: str | None = None, port: int = 0,
                 lang: str = "en") -> PhoneCameraSource:
    """A phone camera source bound to ``host`` (default: this computer's LAN address), not yet serving."""
    from .receiving import lan_address

    host = host or lan_address()
    key, cert, fingerprint = keys.load_or_create_phone_tls(app.home, [host])
    return PhoneCameraSource(size, fps, cert, key, fingerprint, host=host, port=port, url_host=host, lang=lang)
