"""Receiving files from a phone over Wi-Fi: the upload server (``server``), its page (``page``), admission
control against abusive connections (``gate``) and the LAN address phones can reach (``network``)."""

from .network import lan_address, local_addresses
from .server import (
    PhoneReceiver,
    ReceivedFile,
    ReceiveEvent,
    ReceiveLimits,
    client_name,
    qr_matrix,
    qr_png,
    qr_svg,
    qr_terminal,
)

__all__ = ["PhoneReceiver", "ReceiveEvent", "ReceiveLimits", "ReceivedFile", "client_name", "lan_address",
           "local_addresses", "qr_matrix", "qr_png", "qr_svg", "qr_terminal"]
