"""The installation's signing keys, kept in the data dir readable by the owner only.

- ``keys/installation-ed25519.pem``: the Ed25519 key that signs every export's proof manifest. Created on first use.
  Stored unencrypted (PKCS#8) with mode 0600 in a 0700 folder: a passphrase would have to be typed at every export,
  and what the key proves is "made by this installation", not a legal identity.
- ``keys/pdf-signing-p256.pem`` + ``keys/pdf-signing-cert.pem``: an ECDSA P-256 key and a self-signed certificate
  for the optional PAdES signature of the dossier PDF. Ed25519 would be the natural choice, but poppler/NSS (pdfsig,
  Evince, Okular) and older Acrobat cannot check an Ed25519 PDF signature (tried: pdfsig says "Document isn't signed
  or corrupted data"), so the PDF gets its own P-256 key. Its certificate names the installation key's fingerprint,
  and the signed proof manifest names the certificate's fingerprint, so each vouches for the other.

The fingerprint is SHA-256 over the DER SubjectPublicKeyInfo, which anyone can recompute from the PEM:
``openssl pkey -pubin -in public-key.pem -outform DER | sha256sum``.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import DiskFull, KeyUnreadable
from ..core.faults import fault_point

KEY_DIR = "keys"
ED25519_FILE = "installation-ed25519.pem"
PDF_KEY_FILE = "pdf-signing-p256.pem"
PDF_CERT_FILE = "pdf-signing-cert.pem"


@dataclass
class InstallationKey:
    private: object  # cryptography Ed25519PrivateKey (imported lazily: start-up stays light)
    path: Path
    created: bool = False

    def public_pem(self) -> bytes:
        return public_pem(self.private.public_key())  # type: ignore[attr-defined]

    @property
    def fingerprint(self) -> str:
        return fingerprint_of_pem(self.public_pem())

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)  # type: ignore[attr-defined]


def public_pem(public_key: object) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def fingerprint_of_pem(pem: bytes) -> str:
    """SHA-256 hex of the DER SubjectPublicKeyInfo of a PEM public key (or of a certificate's key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    if b"CERTIFICATE" in pem:
        key = x509.load_pem_x509_certificate(pem).public_key()
    else:
        key = serialization.load_pem_public_key(pem)
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def format_fingerprint(fp: str) -> str:
    """Groups of four for reading aloud or comparing by eye: 'ab12 cd34 …'."""
    return " ".join(fp[i:i + 4] for i in range(0, len(fp), 4))


def key_dir(home: Path) -> Path:
    d = home / KEY_DIR
    d.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        d.chmod(0o700)
    return d


def _write_private(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` with mode 0600 unless it already exists. Returns True when this call created it.

    The file is completed under a temporary name and then hard-linked into place, so two processes creating the
    key at once end up sharing one key, and a crash never leaves a half-written key file.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            fault_point("keys.write")
            os.write(fd, data)
            fault_point("keys.fsync")
            os.fsync(fd)
        finally:
            os.close(fd)
        fault_point("keys.link")
        os.link(tmp, path)
        created = True
    except FileExistsError:
        created = False
    except OSError as exc:  # a full disk or a read-only data folder: coded, and no half-made key left behind
        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise DiskFull(os.strerror(exc.errno or 0), path=str(path)) from exc
        raise KeyUnreadable(f"could not create it: {exc}", path=str(path)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    if created:
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return created


def _read_private(path: Path) -> bytes:
    # Tighten permissions left too open (a restored backup, a copy with cp): the key must stay the owner's.
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
        return path.read_bytes()
    except OSError as exc:
        raise KeyUnreadable(str(exc), path=str(path)) from exc


def load_or_create(home: Path) -> InstallationKey:
    """The installation's Ed25519 key, created on first use."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    path = key_dir(home) / ED25519_FILE
    created = False
    if not path.exists():
        new = ed25519.Ed25519PrivateKey.generate()
        pem = new.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        created = _write_private(path, pem)
    data = _read_private(path)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyUnreadable(f"not an unencrypted PEM private key ({exc})", path=str(path)) from exc
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise KeyUnreadable("not an Ed25519 key", path=str(path))
    return InstallationKey(key, path, created)


def existing_fingerprint(home: Path) -> str | None:
    """The fingerprint if a key exists, without creating one (for 'key show' on a fresh install)."""
    if not (home / KEY_DIR / ED25519_FILE).exists():
        return None
    return load_or_create(home).fingerprint


def _ec_key(key_path: Path):  # type: ignore[no-untyped-def]
    """The P-256 private key at ``key_path``, made (0600, never half-written) on first use."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    if not key_path.exists():
        new = ec.generate_private_key(ec.SECP256R1())
        _write_private(key_path, new.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))
    return serialization.load_pem_private_key(_read_private(key_path), password=None)


def _self_signed(key, subject, days: int, extensions: list, cert_path: Path):  # type: ignore[no-untyped-def]
    """A self-signed certificate of ``key`` written to ``cert_path`` (replaced whole); returns it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(days=1))
               .not_valid_after(now + datetime.timedelta(days=days)))
    for ext, critical in extensions:
        builder = builder.add_extension(ext, critical=critical)
    cert = builder.sign(key, hashes.SHA256())
    tmp = cert_path.with_name(f".{cert_path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    os.replace(tmp, cert_path)
    return cert


def load_or_create_pdf_signer(home: Path, installation: InstallationKey) -> tuple[Path, Path]:
    """(private key path, certificate path) of the self-signed P-256 PDF-signing certificate."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    d = key_dir(home)
    key_path, cert_path = d / PDF_KEY_FILE, d / PDF_CERT_FILE
    key = _ec_key(key_path)
    if cert_path.exists():
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        if cert.public_key() == key.public_key():
            return key_path, cert_path
    fp = installation.fingerprint
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, "evidenceapp self-signed dossier key (not CA-verified)"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"installation key sha256 {fp}"),
    ])
    _self_signed(key, name, 365 * 30, [
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                       data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                       encipher_only=False, decipher_only=False), True),
    ], cert_path)
    return key_path, cert_path


PHONE_TLS_KEY_FILE = "phone-camera-key.pem"
PHONE_TLS_CERT_FILE = "phone-camera-cert.pem"


def load_or_create_phone_tls(home: Path, hosts: list[str]) -> tuple[Path, Path, str]:
    """(key path, certificate path, certificate SHA-256 fingerprint) of the self-signed TLS certificate the phone
    camera page is served with (phones give a page the camera only over HTTPS). Made at first use; made again
    when a new LAN address is not in it, with the same key. The fingerprint is shown beside the QR code so the
    buyer can compare it with what the phone's browser shows."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    d = key_dir(home)
    key_path, cert_path = d / PHONE_TLS_KEY_FILE, d / PHONE_TLS_CERT_FILE
    key = _ec_key(key_path)
    wanted = sorted(set(hosts) | {"127.0.0.1", "localhost"})
    if cert_path.exists():
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        try:
            san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
            have = {str(v) for v in san.get_values_for_type(x509.IPAddress)} | set(san.get_values_for_type(
                x509.DNSName))
        except x509.ExtensionNotFound:
            have = set()
        if cert.public_key() == key.public_key() and set(wanted) <= have:
            return key_path, cert_path, hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    names: list[x509.GeneralName] = []
    for h in wanted:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(h)))
        except ValueError:
            names.append(x509.DNSName(h))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "evidenceapp phone camera (self-signed)")])
    cert = _self_signed(key, subject, 825, [(x509.SubjectAlternativeName(names), False),
                                            (x509.BasicConstraints(ca=False, path_length=None), True)], cert_path)
    return key_path, cert_path, hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
