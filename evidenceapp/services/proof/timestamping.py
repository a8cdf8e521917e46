"""RFC 3161 trusted timestamps from the TSA the user configured (settings ``tsa_url`` and ``tsa_ca_pem``).

A timestamp token (.tsr, the TSA's whole TimeStampResp in DER, which is what ``openssl ts -reply`` writes and
``openssl ts -verify -in`` reads) proves that a SHA-256 digest existed at the TSA's time. Responses are parsed and
checked with rfc3161-client. The request is encoded here from the digest because rfc3161-client's request builder
only takes the whole data, and a recording can be gigabytes: the request is a 60-byte DER structure (RFC 3161 §2.4.1).

Trouble reaching the TSA never fails the caller: it gets ``Timestamp(ok=False, reason=…)`` and can try later.
Each request also measures the system clock against the TSA's clock (``offset_s`` = local − TSA, with the round
trip as its uncertainty).
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...core.errors import InvalidInput
from ...store import cases_repo
from ..app import App

log = logging.getLogger(__name__)

SETTING_URL = "tsa_url"
SETTING_CA = "tsa_ca_pem"  # PEM text of the TSA's CA (and intermediates): what offline verification trusts
TIMEOUT_S = 15.0
_SHA256_ALG = bytes.fromhex("300d06096086480165030402010500")  # AlgorithmIdentifier{sha256, NULL}


def _der(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        return bytes([tag, n]) + content
    length = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


def _der_uint(value: int) -> bytes:
    # bit_length // 8 + 1 bytes is the minimal two's-complement form of a non-negative integer.
    return _der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def build_request(digest: bytes, nonce: int, cert_req: bool = True) -> bytes:
    """TimeStampReq{version 1, messageImprint{sha256, digest}, nonce, certReq} in DER (certReq FALSE is the
    default, hence omitted)."""
    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    imprint = _der(0x30, _SHA256_ALG + _der(0x04, digest))
    return _der(0x30, _der(0x02, b"\x01") + imprint + _der_uint(nonce) + (b"\x01\x01\xff" if cert_req else b""))


@dataclass
class Timestamp:
    ok: bool
    tsa_url: str
    digest: str = ""  # hex SHA-256 that was timestamped
    token: bytes | None = None  # the TimeStampResp DER (.tsr)
    gen_time: str = ""  # the TSA's time, RFC 3339 UTC
    serial: str = ""
    tsa_name: str = ""
    offset_s: float | None = None  # system clock minus TSA clock
    uncertainty_s: float | None = None  # half the round trip plus the TSA's stated accuracy
    chain_checked: bool = False  # the token verified against the configured TSA CA
    reason: str = ""  # why there is no token (network, refused, bad answer)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("token")
        d["token_sha256"] = hashlib.sha256(self.token).hexdigest() if self.token else ""
        return d


def tsa_settings(app: App) -> tuple[str, str]:
    con = app.db.con
    return (cases_repo.get_setting(con, SETTING_URL, "") or "", cases_repo.get_setting(con, SETTING_CA, "") or "")


def set_tsa(app: App, url: str | None = None, ca_pem: str | None = None) -> None:
    """Configure the TSA. An empty URL turns timestamping off. The CA must parse as PEM certificates."""
    if url is not None and url and not url.startswith(("http://", "https://")):
        raise InvalidInput("must start with http:// or https://", field="tsa_url")
    if ca_pem:
        try:
            _load_certs(ca_pem.encode())
        except ValueError as exc:
            raise InvalidInput(str(exc), field="tsa_ca") from exc
    with app.db.tx() as con:
        if url is not None:
            cases_repo.set_setting(con, SETTING_URL, url)
        if ca_pem is not None:
            cases_repo.set_setting(con, SETTING_CA, ca_pem)


def _load_certs(pem: bytes) -> list[Any]:
    from cryptography import x509

    certs = x509.load_pem_x509_certificates(pem) if b"BEGIN CERTIFICATE" in pem else []
    if not certs:
        raise ValueError("no PEM certificate found")
    return certs


def shipped_tsa_cas() -> bytes:
    """The CA certificates the app ships for well-known TSAs (resources/tsa/*.pem), concatenated PEM. Trusted for
    timestamps besides the CA the user configures; never a certificate that came inside a bundle."""
    from ... import config

    d = config.resources_dir() / "tsa"
    return b"".join(p.read_bytes() + b"\n" for p in sorted(d.glob("*.pem"))) if d.is_dir() else b""


def describe_certs(pem: bytes) -> str:
    """The subjects of the PEM certificates (for showing an untrusted certificate), or why it cannot be read."""
    try:
        return "; ".join(c.subject.rfc4514_string() for c in _load_certs(pem))
    except ValueError as exc:
        return f"an unreadable certificate ({exc})"


def _rfc3339(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def request_timestamp(url: str, digest: bytes, ca_pem: str = "", timeout: float = TIMEOUT_S,
                      cert_req: bool = True) -> Timestamp:
    """Ask ``url`` for a token over ``digest``. Never raises for network or TSA trouble: see ``reason``.

    Some TSAs (Microsoft's, Bouncy Castle based ones) return their certificate chain in a SET that is not sorted as
    DER requires, which rfc3161-client's strict parser rejects. Then the request is made again without asking for
    certificates: the token carries none, and verification needs the TSA certificate in the configured CA file
    (``openssl ts -verify … -untrusted tsa.pem``)."""
    ts = _request(url, digest, ca_pem, timeout, cert_req)
    if cert_req and not ts.ok and "SetOrdering" in ts.reason:
        log.info("TSA %s sent a non-DER certificate set; asking again without certificates", url)
        ts = _request(url, digest, ca_pem, timeout, cert_req=False)
    return ts


def _request(url: str, digest: bytes, ca_pem: str, timeout: float, cert_req: bool) -> Timestamp:
    nonce = secrets.randbits(63)
    body = build_request(digest, nonce, cert_req)
    req = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/timestamp-query", "Accept": "application/timestamp-reply"})
    result = Timestamp(False, url, digest.hex())
    t0 = time.time()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (the user's configured URL)
            data = resp.read(1 << 20)
    except urllib.error.HTTPError as exc:
        result.reason = f"the TSA answered HTTP {exc.code} {exc.reason}"
        return result
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        result.reason = f"could not reach the TSA ({reason})"
        return result
    t1 = time.time()
    try:
        info = inspect_token(data)
    except ValueError as exc:
        result.reason = f"the TSA's answer is not a timestamp response ({exc})"
        return result
    if info["status"] not in (0, 1):
        result.reason = f"the TSA refused the request (status {info['status']}: {info['status_text']})"
        return result
    if info["digest"] != digest.hex() or info["nonce"] != nonce:
        result.reason = "the TSA's answer does not match the request (digest or nonce differ)"
        return result
    result.token = data
    result.gen_time = info["gen_time"]
    result.serial, result.tsa_name = info["serial"], info["tsa_name"]
    tsa_epoch = datetime.fromisoformat(info["gen_time"].replace("Z", "+00:00")).timestamp()
    result.offset_s = round((t0 + t1) / 2 - tsa_epoch, 3)
    result.uncertainty_s = round((t1 - t0) / 2 + info["accuracy_s"], 3)
    if ca_pem:
        check = verify_token(data, digest, ca_pem.encode())
        if not check.ok:
            result.token = None
            result.reason = f"the TSA's token does not verify against the configured CA ({check.detail})"
            return result
        result.chain_checked = True
    result.ok = True
    return result


def inspect_token(data: bytes) -> dict[str, Any]:
    """The fields of a .tsr that matter here. Raises ValueError when it is not a TimeStampResp."""
    from rfc3161_client import decode_timestamp_response

    try:
        resp = decode_timestamp_response(data)
    except Exception as exc:  # the Rust parser raises its own types
        raise ValueError(str(exc) or type(exc).__name__) from exc
    out: dict[str, Any] = {"status": int(resp.status), "status_text": "; ".join(resp.status_string or [])}
    if out["status"] not in (0, 1):
        return out
    tst = resp.tst_info
    acc = tst.accuracy
    accuracy_s = 0.0
    if acc is not None:
        accuracy_s = (acc.seconds or 0) + (acc.millis or 0) / 1e3 + (acc.micros or 0) / 1e6
    try:
        name = tst.name.value.rfc4514_string() if tst.name is not None else ""  # type: ignore[union-attr]
    except Exception:
        name = ""
    gen = tst.gen_time if tst.gen_time.tzinfo else tst.gen_time.replace(tzinfo=UTC)
    out.update(digest=tst.message_imprint.message.hex(), nonce=tst.nonce, serial=str(tst.serial_number),
               gen_time=_rfc3339(_with_fraction(data, gen)),
               accuracy_s=accuracy_s, tsa_name=name, policy=tst.policy.dotted_string)
    return out


def _with_fraction(token: bytes, gen: datetime) -> datetime:
    """rfc3161-client drops the fraction of genTime (GeneralizedTime "YYYYMMDDhhmmss.fffZ"); a clock check wants
    it, so read it back from the DER: the GeneralizedTime whose whole seconds match the parsed value."""
    import re

    stamp = gen.strftime("%Y%m%d%H%M%S").encode()
    m = re.search(rb"\x18[\x0f-\x20]" + re.escape(stamp) + rb"\.([0-9]{1,9})Z", token)
    if not m:
        return gen
    frac = m.group(1).decode()
    return gen.replace(microsecond=int((frac + "000000")[:6]))


@dataclass
class TokenCheck:
    ok: bool
    detail: str
    gen_time: str = ""


def verify_token(token: bytes, digest: bytes, ca_pem: bytes) -> TokenCheck:
    """Check a .tsr offline: it is granted, covers ``digest``, and is signed by a TSA certificate (critical
    timeStamping EKU) that chains to a CA in ``ca_pem`` (self-signed certificates there are roots, others are
    intermediates)."""
    from rfc3161_client import VerificationError, VerifierBuilder, decode_timestamp_response

    try:
        certs = _load_certs(ca_pem)
    except ValueError as exc:
        return TokenCheck(False, f"TSA CA certificate unusable: {exc}")
    try:
        resp = decode_timestamp_response(token)
    except Exception as exc:
        return TokenCheck(False, f"not a timestamp response ({exc or type(exc).__name__})")
    builder = VerifierBuilder()
    roots = [c for c in certs if c.issuer == c.subject]
    for c in certs:
        builder = builder.add_root_certificate(c) if c in roots else builder.add_intermediate_certificate(c)
    if not resp.signed_data.certificates:
        # A token without certificates (asked for with certReq FALSE): the TSA's own certificate must come from
        # the CA file, as openssl's -untrusted.
        leaf = [c for c in certs if c not in roots and _is_tsa_cert(c)]
        if not leaf:
            return TokenCheck(False, "the token carries no certificate and the TSA CA file holds no TSA certificate")
        builder = builder.tsa_certificate(leaf[0])
    if not roots:
        return TokenCheck(False, "the TSA CA file holds no self-signed root certificate")
    try:
        builder.build().verify(resp, digest)
    except VerificationError as exc:
        return TokenCheck(False, str(exc))
    except Exception as exc:  # malformed inner structures surface as other types from the Rust side
        return TokenCheck(False, f"{type(exc).__name__}: {exc}")
    gen = resp.tst_info.gen_time
    return TokenCheck(True, "ok", _rfc3339(_with_fraction(token, gen if gen.tzinfo else gen.replace(tzinfo=UTC))))


def _is_tsa_cert(cert: Any) -> bool:
    from cryptography import x509

    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return x509.ExtendedKeyUsageOID.TIME_STAMPING in eku


def timestamp_digest(app: App, digest: bytes) -> Timestamp | None:
    """A token from the configured TSA, or None when no TSA is configured."""
    url, ca = tsa_settings(app)
    if not url:
        return None
    ts = request_timestamp(url, digest, ca)
    if not ts.ok:
        log.warning("timestamp not obtained: %s", ts.reason)
    return ts


def clock_statement(ts: Timestamp | None) -> dict[str, Any]:
    """What to record about the system clock: checked against the TSA, or explicitly not checked."""
    if ts is None:
        return {"checked": False, "reason": "no timestamp authority configured; the system clock was not checked"}
    if not ts.ok or ts.offset_s is None:
        return {"checked": False, "reason": f"the timestamp authority could not be used: {ts.reason}",
                "tsa_url": ts.tsa_url}
    return {"checked": True, "against": "tsa", "tsa_url": ts.tsa_url, "offset_s": ts.offset_s,
            "uncertainty_s": ts.uncertainty_s, "tsa_time": ts.gen_time}


def describe_clock(clock: dict[str, Any]) -> str:
    if not clock.get("checked"):
        return f"clock not checked: {clock.get('reason', '')}"
    off = clock["offset_s"]
    direction = "ahead of" if off > 0 else "behind"
    return (f"system clock {abs(off):.3f} s {direction} the timestamp authority (± {clock['uncertainty_s']:.3f} s)"
            if off else f"system clock agrees with the timestamp authority (± {clock['uncertainty_s']:.3f} s)")


# --- tokens for single evidence files (the recorder's takes) ---------------------------------------------------------
# Kept in <home>/timestamps/<sha256>.tsr, outside objects/ (whose clean-up removes what no item references) and
# outside derived/ (which is regenerable; a token is not). The earliest token for a file is kept: it proves most.

TOKEN_DIR = "timestamps"


def token_path(app: App, sha256: str) -> Path:
    return app.home / TOKEN_DIR / f"{sha256}.tsr"


def stored_token(app: App, sha256: str) -> bytes | None:
    p = token_path(app, sha256)
    return p.read_bytes() if p.exists() else None


def request_for_object(app: App, sha256: str, timeout: float = TIMEOUT_S) -> Timestamp | None:
    """A token over an evidence file's SHA-256 (so ``openssl ts -verify -data FILE`` checks the file itself), not
    yet kept: see ``record_object_timestamp``. None when no TSA is configured."""
    url, ca = tsa_settings(app)
    if not url:
        return None
    return request_timestamp(url, bytes.fromhex(sha256), ca, timeout=timeout)


def record_object_timestamp(app: App, case_id: str, sha256: str, ts: Timestamp, what: str = "recording") -> None:
    """Keep the token (the first one a file gets) and journal the result, success or reason for failure."""
    from ...store import journal_repo

    if ts.ok and ts.token is not None and stored_token(app, sha256) is None:
        path = token_path(app, sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(ts.token)
        os.replace(tmp, path)
    payload = {"what": what, "sha256": sha256, **ts.to_json(), "clock": clock_statement(ts)}
    with app.db.tx() as con:
        journal_repo.append(con, case_id, "timestamped" if ts.ok else "timestamp_failed", payload, actor="system")


def timestamp_object(app: App, case_id: str, sha256: str, what: str = "recording",
                     timeout: float = TIMEOUT_S) -> Timestamp | None:
    """Request, keep and journal a token for an evidence file. None (nothing journalled) when no TSA is set."""
    ts = request_for_object(app, sha256, timeout)
    if ts is not None:
        record_object_timestamp(app, case_id, sha256, ts, what)
    return ts


def check_clock(app: App, timeout: float = 5.0) -> dict[str, Any]:
    """Measure the system clock against the TSA (e.g. at recording start): a throwaway token over the current time.

    Returns ``clock_statement``: {"checked": False, "reason": …} when no TSA is configured or it cannot be reached.
    """
    url, ca = tsa_settings(app)
    if not url:
        return clock_statement(None)
    digest = hashlib.sha256(f"evidenceapp clock check {time.time_ns()}".encode()).digest()
    return clock_statement(request_timestamp(url, digest, ca, timeout=timeout))


def timestamp_pending(app: App, case_id: str) -> dict[str, Any]:
    """Timestamp the case's recordings that have no token yet (the TSA was unreachable when they ended)."""
    from ...store import items_repo

    url, _ = tsa_settings(app)
    if not url:
        return {"ok": False, "done": [], "failed": [], "reason": "no timestamp authority configured",
                "text": "nothing timestamped: no timestamp authority configured (evidenceapp settings set tsa_url URL)"}
    items = [i for i in items_repo.for_case(app.db.con, case_id, include_hidden=True)
             if i.source == "recorder" or i.kind == "unboxing"]
    done, failed = [], []
    for sha in sorted({i.sha256 for i in items if stored_token(app, i.sha256) is None}):
        ts = timestamp_object(app, case_id, sha, what="recording (later)")
        (done if ts and ts.ok else failed).append({"sha256": sha, "tsa_time": ts.gen_time if ts else "",
                                                   "reason": ts.reason if ts else ""})
    text = f"timestamped {len(done)} recording(s); {len(failed)} failed"
    text += "".join(f"\n  ! {f['sha256'][:12]}: {f['reason']}" for f in failed)
    return {"ok": not failed, "done": done, "failed": failed, "text": text}
