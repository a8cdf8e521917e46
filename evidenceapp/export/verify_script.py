#!/usr/bin/env python3
"""Check this evidence bundle without any app: python3 verify.py [FOLDER] [--key FINGERPRINT]   (standard library only)
1. Every file re-hashes to SHA256SUMS; none is missing, unlisted or a symbolic link.
2. journal.jsonl chains from 64 zeros, hash = SHA-256(previous hash + "\\n" + entry without "hash" as JSON: sorted keys,
   no spaces, UTF-8), up to case.json's head; each exhibit in case.json is the file its item_added entry recorded.
3. proof/: the Ed25519 signatures of proof/manifest.txt and SHA256SUMS (RFC 8032, checked below in pure Python: nothing
   from the bundle is ever run), by the key the manifest names (and --key's), over the journal head. A bundle that
   says it was signed (case.json, SHA256SUMS) or a check with --key fails when they are missing.
Exit 0 = verified; otherwise the sum of 1 (files), 2 (journal or exhibits), 4 (signatures); 64 = bad arguments.
Timestamps (proof/*.tsr) need the TSA's CA certificate and openssl: see HOW-TO-VERIFY.txt."""
# ruff: noqa: E401, E702, E741, I001, N806
import base64, hashlib, json, os, re, sys

CAP = 64 << 20  # journal, lists, manifest: far above any real one (the checker stays small on a hostile folder)
UNLISTED_OK = {"SHA256SUMS", "proof/SHA256SUMS.sig", "proof/manifest.tsr", "proof/tsa-ca.pem"}
BODY = ("seq", "ts_utc", "case_id", "actor", "action", "payload", "prev_hash")
P, L = 2**255 - 19, 2**252 + 27742317777372353535851937790883648493
D, I = -121665 * pow(121666, P - 2, P) % P, pow(2, (P - 1) // 4, P)


def point(b):  # RFC 8032 §5.1.3: decode a point, None when the encoding is not one
    y = int.from_bytes(b, "little"); sign, y = y >> 255, y & ((1 << 255) - 1)
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P
    x = pow(x2, (P + 3) // 8, P)
    x = x if (x * x - x2) % P == 0 else x * I % P
    if y >= P or (x * x - x2) % P or (x == 0 and sign):
        return None
    x = P - x if x & 1 != sign else x
    return (x, y, 1, x * y % P)


def add(a, b):  # extended twisted Edwards coordinates (X, Y, Z, T)
    A, B = (a[1] - a[0]) * (b[1] - b[0]) % P, (a[1] + a[0]) * (b[1] + b[0]) % P
    C, E = 2 * a[3] * b[3] * D % P, 2 * a[2] * b[2] % P
    return ((B - A) * (E - C) % P, (E + C) * (B + A) % P, (E - C) * (E + C) % P, (B - A) * (B + A) % P)


def mul(s, p):
    q = (0, 1, 1, 0)
    while s:
        q, p, s = (add(q, p) if s & 1 else q), add(p, p), s >> 1
    return q


def ed25519_verify(pub, msg, sig):
    """RFC 8032 §5.1.7 as OpenSSL checks it: S < L, and the encoding of [S]B - [k]A is R's bytes."""
    a = point(pub) if len(pub) == 32 and len(sig) == 64 else None
    s = int.from_bytes(sig[32:], "little")
    if a is None or s >= L:
        return False
    k = int.from_bytes(hashlib.sha512(sig[:32] + pub + msg).digest(), "little") % L
    X, Y, Z, _ = add(mul(s, G), mul(k, (P - a[0], a[1], 1, P - a[3])))
    zi = pow(Z, P - 2, P)
    return (Y * zi % P | (X * zi % P & 1) << 255).to_bytes(32, "little") == sig[:32]


G = point((4 * pow(5, P - 2, P) % P).to_bytes(32, "little"))


def rd(root, name, cap=CAP):
    with open(os.path.join(root, *name.split("/")), "rb") as f:
        data = f.read(cap + 1)
    if len(data) > cap:
        raise ValueError(f"{name} is over {cap >> 20} MiB")
    return data


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_files(root, ctx, bad):
    for n, line in enumerate(rd(root, "SHA256SUMS").decode("utf-8").splitlines(), 1):
        m = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if not m or m.group(2).startswith("/") or ".." in m.group(2).split("/"):
            bad.append((1, "SHA256SUMS", f"line {n} is malformed: the list itself was altered"))
        else:
            ctx["listed"][m.group(2)] = m.group(1)
    for name, want in sorted(ctx["listed"].items()):
        path = os.path.join(root, *name.split("/"))
        if not os.path.isfile(path) or os.path.islink(path):
            bad.append((1, name, "listed in SHA256SUMS but missing (or not a plain file)"))
        elif sha256(path) != want:
            bad.append((1, name, f"ALTERED: its SHA-256 is {sha256(path)}, SHA256SUMS says {want}"))
    for folder, dirs, files in os.walk(root):
        for f in files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            rel = os.path.relpath(os.path.join(folder, f), root).replace(os.sep, "/")
            if os.path.islink(os.path.join(folder, f)):
                bad.append((1, rel, "is a symbolic link: a bundle holds only plain files"))
            elif rel not in ctx["listed"] and rel not in UNLISTED_OK:
                bad.append((1, rel, "not listed in SHA256SUMS (added after export?)"))


def check_journal(root, ctx, bad):
    case = ctx["case"] = json.loads(rd(root, "case.json"))
    prev, added = "0" * 64, {}
    lines = [ln for ln in rd(root, "journal.jsonl").decode("utf-8").splitlines() if ln.strip()]
    for n, line in enumerate(lines, 1):
        e = json.loads(line)
        digest = hashlib.sha256(prev.encode() + b"\n" + canonical({k: e[k] for k in BODY})).hexdigest()
        if e["seq"] != n or e["prev_hash"] != prev or digest != e.get("hash") or e["case_id"] != case.get("id"):
            return bad.append((2, "journal.jsonl", f"entry {n} breaks the hash chain (first broken entry)"))
        if e["action"] == "item_added" and isinstance(e["payload"], dict):
            added[e["payload"].get("item_id")] = e["payload"].get("sha256")
        prev = e["hash"]
    ctx["end"] = (len(lines), prev)
    if ctx["end"] != ((case.get("journal") or {}).get("entries"), (case.get("journal") or {}).get("head")):
        bad.append((2, "journal.jsonl", f"ends at entry {len(lines)}, head {prev}; case.json records "
                                        f"{case['journal'].get('entries')} entries, head {case['journal'].get('head')}"))
    exhibits = {ex["arcname"]: ex for ex in case.get("exhibits", [])}
    for name in sorted(set(exhibits) | {n for n in ctx["listed"] if n.startswith("evidence/")}):
        want = exhibits.get(name, {}).get("sha256")
        if not want or ctx["listed"].get(name) != want or added.get(exhibits[name].get("item_id")) != want:
            bad.append((2, name, f"not the file the journal recorded (case.json: {want}, journal:"
                                 f" {added.get(exhibits.get(name, {}).get('item_id'))}, SHA256SUMS: {ctx['listed'].get(name)})"))


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def check_proof(root, ctx, bad):
    claims = [w for w, c in (("case.json says it was signed", ctx["case"].get("signed")), ("--key was given", ctx["key"]),
              ("SHA256SUMS lists proof/", any(n.startswith("proof/") for n in ctx["listed"]))) if c]
    if not os.path.isfile(os.path.join(root, "proof", "public-key.pem")):
        if claims:
            return bad.append((4, "proof/", f"the signatures are missing but {'; '.join(claims)}: the proof was stripped"))
        return print("signatures: none (exported unsigned: nothing shows who made this bundle)")
    der = base64.b64decode("".join(rd(root, "proof/public-key.pem").decode("ascii").splitlines()[1:-1]))
    fp = hashlib.sha256(der).hexdigest()
    if len(der) != 44 or not der.startswith(bytes.fromhex("302a300506032b6570032100")):
        return bad.append((4, "proof/public-key.pem", "not an Ed25519 public key"))
    for data, sig in (("proof/manifest.txt", "proof/manifest.sig"), ("SHA256SUMS", "proof/SHA256SUMS.sig")):
        if not os.path.isfile(os.path.join(root, *sig.split("/"))) or not ed25519_verify(der[12:], rd(root, data), rd(root, sig, 64)):
            bad.append((4, sig, f"missing, or NOT a valid Ed25519 signature of {data}: {data} or {sig} was changed"))
    fields = dict(ln.split(": ", 1) for ln in rd(root, "proof/manifest.txt").decode("utf-8").splitlines() if ": " in ln)
    if fields.get("public_key_sha256") != fp or (ctx["key"] or fp) != fp:
        bad.append((4, "proof/public-key.pem", f"key {fp} is not the one the signed manifest (or --key) names"))
    if (fields.get("journal_entries"), fields.get("journal_head")) != (str(ctx.get("end", ("",))[0]), ctx.get("end", ("", ""))[1]):
        bad.append((2, "journal.jsonl", "does not end at the journal head the signed manifest names"))
    print(f"signatures: Ed25519 checked with pure-Python RFC 8032 (nothing from the bundle is run); key fingerprint (SHA-256) "
          f"{' '.join(fp[i:i + 4] for i in range(0, 64, 4))}: compare it with the one printed in the dossier")


def main(argv):
    args, key = argv[1:], None
    if "--key" in args:
        i = args.index("--key")
        key = args.pop(i + 1).replace(":", "").replace(" ", "").lower() if i + 1 < len(args) else ""
        args.pop(i)
    if key == "" or len(args) > 1:
        return print(__doc__.splitlines()[0]) or 64
    root, bad = args[0] if args else os.path.dirname(os.path.abspath(__file__)), []
    ctx = {"listed": {}, "case": {}, "key": key}
    for n, check in ((1, check_files), (2, check_journal), (4, check_proof)):
        try:
            check(root, ctx, bad)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            bad.append((n, check.__name__[6:], f"unreadable or missing ({type(exc).__name__}: {exc})"))
    for _, name, why in bad:
        print(f"FAILED  {name}: {why}")
    if bad:
        print(f"NOT VERIFIED: {len(bad)} problem(s); altered or suspect: {', '.join(sorted({n for _, n, _ in bad}))}")
        return sum({n for n, _, _ in bad})
    print(f"OK: every file matches SHA256SUMS and the journal chain of {ctx['end'][0]} entries holds up to its head")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
