"""A local RFC 3161 timestamp authority for tests: `openssl ts -reply` behind a tiny HTTP server (no network).

The CA and the TSA certificate (extendedKeyUsage critical timeStamping, as RFC 3161 §2.3 requires) are made with
cryptography in the test's tmp dir. ``mode`` switches the server to failure answers for the network-trouble tests.

Run it by hand for a manual end-to-end check: ``python tests/localtsa.py DIR`` prints the URL and the CA file.
"""

from __future__ import annotations

import datetime
import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_CONFIG = """
[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = {dir}
serial = $dir/tsaserial
crypto_device = builtin
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
clock_precision_digits = 3
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def make_pki(folder: Path) -> dict[str, Path]:
    """ca.pem (self-signed root), tsa.pem + tsa.key (TSA signer), tsa.cnf (openssl ts config)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Root CA for local TSA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    tsa_key = ec.generate_private_key(ec.SECP256R1())
    tsa = (x509.CertificateBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Local Test TSA")]))
           .issuer_name(ca_name).public_key(tsa_key.public_key())
           .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
           .not_valid_after(now + datetime.timedelta(days=3650))
           .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
           .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
           .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
           .sign(ca_key, hashes.SHA256()))
    paths = {"ca": folder / "ca.pem", "tsa": folder / "tsa.pem", "key": folder / "tsa.key",
             "cnf": folder / "tsa.cnf"}
    paths["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths["tsa"].write_bytes(tsa.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(tsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))
    paths["cnf"].write_text(_CONFIG.format(dir=folder))
    (folder / "tsaserial").write_text("01\n")
    return paths


class LocalTSA:
    """``with LocalTSA(tmp) as tsa:`` → ``tsa.url``, ``tsa.ca`` (Path), ``tsa.requests`` (count)."""

    def __init__(self, folder: Path, include_chain: bool = False) -> None:
        self.folder = folder
        self.paths = make_pki(folder)
        if include_chain:
            # openssl then puts TSA + CA certificates in an unsorted SET: what strict DER parsers reject.
            cnf = self.paths["cnf"]
            cnf.write_text(cnf.read_text().replace("signer_key =", "certs = $dir/ca.pem\nsigner_key ="))
        self.ca = self.paths["ca"]
        self.mode = "ok"  # ok | http500 | garbage | slow
        self.requests = 0
        self._lock = threading.Lock()
        tsa = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with tsa._lock:
                    tsa.requests += 1
                    reply, status = tsa._answer(body)
                self.send_response(status)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsa"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _answer(self, query: bytes) -> tuple[bytes, int]:
        if self.mode == "http500":
            return b"down for maintenance", 500
        if self.mode == "garbage":
            return b"<html>not a TSA</html>", 200
        with tempfile.TemporaryDirectory(dir=self.folder) as tmp:
            q, r = Path(tmp) / "q.tsq", Path(tmp) / "r.tsr"
            q.write_bytes(query)
            proc = subprocess.run(["openssl", "ts", "-reply", "-config", str(self.paths["cnf"]), "-queryfile",
                                   str(q), "-out", str(r)], capture_output=True, timeout=30)
            if proc.returncode != 0:
                return proc.stderr, 400
            return r.read_bytes(), 200

    def __enter__(self) -> LocalTSA:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)


if __name__ == "__main__":
    import sys
    import time

    with LocalTSA(Path(sys.argv[1]).resolve()) as t:
        print(t.url, t.ca, flush=True)
        while True:
            time.sleep(3600)
