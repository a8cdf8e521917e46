#!/usr/bin/env python3
"""Check the signatures in proof/ without any app: python3 proof/verify_proof.py [BUNDLE-FOLDER]  (verify.py runs it).
proof/manifest.txt (journal head, every evidence file's SHA-256) and SHA256SUMS carry Ed25519 signatures by the
key in proof/public-key.pem; its fingerprint (SHA-256 of the DER key) is printed in the dossier. Uses the
cryptography package when installed, else the pure-Python Ed25519 check of RFC 8032 §6 below (standard library).
Trusted timestamps (proof/*.tsr) need the TSA's CA certificate and openssl: see HOW-TO-VERIFY.txt."""
# ruff: noqa: E401, E741, I001, N806, N816, SIM108
import base64, hashlib, json, os, sys

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)
SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")  # DER SubjectPublicKeyInfo of an Ed25519 key


def _x(y, sign):
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P or (x == 0 and sign):
        return None
    return P - x if x & 1 != sign else x


def _add(a, b):  # extended twisted Edwards coordinates (X, Y, Z, T)
    A, B = (a[1] - a[0]) * (b[1] - b[0]) % P, (a[1] + a[0]) * (b[1] + b[0]) % P
    C, E = 2 * a[3] * b[3] * D % P, 2 * a[2] * b[2] % P
    e, f, g, h = B - A, E - C, E + C, B + A
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _mul(s, pt):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _add(q, pt)
        pt, s = _add(pt, pt), s >> 1
    return q


def _point(b):
    y = int.from_bytes(b, "little")
    sign, y = y >> 255, y & ((1 << 255) - 1)
    x = _x(y, sign) if y < P else None
    return None if x is None else (x, y, 1, x * y % P)


_GY = 4 * pow(5, P - 2, P) % P
G = (_x(_GY, 0), _GY, 1, _x(_GY, 0) * _GY % P)


def ed25519_verify(pub, msg, sig):
    """RFC 8032 §5.1.7 (cofactorless), the check OpenSSL and cryptography make."""
    if len(pub) != 32 or len(sig) != 64:
        return False
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
        Ed25519PublicKey.from_public_bytes(pub).verify(sig, msg)
        return True
    except ImportError:
        pass
    except Exception:  # cryptography's InvalidSignature
        return False
    a, r, s = _point(pub), _point(sig[:32]), int.from_bytes(sig[32:], "little")
    if a is None or r is None or s >= L:
        return False
    h = int.from_bytes(hashlib.sha512(sig[:32] + pub + msg).digest(), "little") % L
    lhs, rhs = _mul(s, G), _add(r, _mul(h, a))
    return (lhs[0] * rhs[2] - rhs[0] * lhs[2]) % P == 0 and (lhs[1] * rhs[2] - rhs[1] * lhs[2]) % P == 0


def check(root, bad):
    def rd(name):
        with open(os.path.join(root, *name.split("/")), "rb") as f:
            return f.read()

    try:
        der = base64.b64decode("".join(rd("proof/public-key.pem").decode("ascii").splitlines()[1:-1]))
    except OSError:
        print("signatures: none in this bundle (exported without signing)")
        return
    if not der.startswith(SPKI_PREFIX) or len(der) != 44:
        bad.append(("proof/public-key.pem", "not an Ed25519 public key"))
        return
    engine = "cryptography" if _has_cryptography() else "pure-Python RFC 8032"
    for data, sig in (("proof/manifest.txt", "proof/manifest.sig"), ("SHA256SUMS", "proof/SHA256SUMS.sig")):
        try:
            ok = ed25519_verify(der[12:], rd(data), rd(sig))
        except OSError as exc:
            ok = False
            bad.append((sig, f"missing ({exc.strerror})"))
            continue
        if not ok:
            bad.append((sig, f"the Ed25519 signature of {data} does NOT verify: {data} or {sig} was changed"))
    fields = dict(ln.split(": ", 1) for ln in rd("proof/manifest.txt").decode("utf-8").splitlines()[1:] if ": " in ln)
    fp = hashlib.sha256(der).hexdigest()
    if fields.get("public_key_sha256") != fp:
        bad.append(("proof/public-key.pem", "is not the key the signed manifest names"))
    try:
        last = json.loads([ln for ln in rd("journal.jsonl").decode("utf-8").splitlines() if ln.strip()][-1])
    except (OSError, ValueError, IndexError):
        last = {}
    if (str(last.get("seq")), last.get("hash")) != (fields.get("journal_entries"), fields.get("journal_head")):
        bad.append(("journal.jsonl", "does not end at the journal head the signed manifest names"))
    print(f"signatures: checked with {engine}; signing key fingerprint (SHA-256) "
          f"{' '.join(fp[i:i + 4] for i in range(0, 64, 4))} — compare it with the one printed in the dossier")
    tokens = sorted(os.path.relpath(os.path.join(d, n), root).replace(os.sep, "/")
                    for d, _, names in os.walk(os.path.join(root, "proof")) for n in names if n.endswith(".tsr"))
    print(f"timestamps: {', '.join(tokens) if tokens else 'none'}"
          + (" — check each with openssl and the TSA's CA certificate:" if tokens else ""))
    listed = {}
    for ln in rd("proof/manifest.txt").decode("utf-8").splitlines():
        sha, sep, name = ln.partition("  ")
        if sep and len(sha) == 64:
            listed[sha] = name
    for t in tokens:
        data = "proof/manifest.txt" if t == "proof/manifest.tsr" else listed.get(os.path.basename(t)[:-4], "?")
        print(f"    openssl ts -verify -data {data} -in {t} -CAfile TSA-CA.pem")


def _has_cryptography():
    try:
        import cryptography  # noqa: F401
        return True
    except ImportError:
        return False


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    problems = []
    check(folder, problems)
    for name, why in problems:
        print(f"FAILED  {name}: {why}")
    print("NOT VERIFIED" if problems else "OK: the signatures hold")
    sys.exit(1 if problems else 0)
elif "ROOT" in globals():  # run by verify.py: exec(…, {"ROOT": folder, "BAD": problems})
    check(ROOT, BAD)  # noqa: F821
