"""Which address the phone can reach this computer at (the LAN address, not loopback), and how to write it in
a URL. Used by the phone upload page and the phone camera."""

from __future__ import annotations

import contextlib
import ipaddress
import socket


def lan_address() -> str:
    """The IPv4 address of the interface holding the default route, or 127.0.0.1 when there is none.

    Connecting a UDP socket only asks the kernel for a route: no packet is sent.
    """
    for probe in ("192.0.2.1", "10.255.255.255"):  # TEST-NET-1, then a private address for LAN-only machines
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            s.connect((probe, 9))
            ip = s.getsockname()[0]
        except OSError:
            continue
        finally:
            s.close()
        if ip and not ip.startswith("127.") and ip != "0.0.0.0":
            return ip
    return "127.0.0.1"


def local_addresses() -> list[str]:
    """Candidate IPv4 addresses to offer (LAN first, loopback last), for a host chooser."""
    found = [lan_address()]
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            ip = str(info[4][0])
            if ip not in found and not ip.startswith("127."):
                found.append(ip)
    found = [ip for ip in found if ip != "127.0.0.1"]
    return [*found, "127.0.0.1"]


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", ""):
        return lan_address()  # listening everywhere (the user asked): show the address a phone can reach
    if host == "::":
        return lan_address()
    with contextlib.suppress(ValueError):
        if ipaddress.ip_address(host).version == 6:
            return f"[{host}]"
    return host
