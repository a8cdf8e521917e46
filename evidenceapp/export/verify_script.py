#!/usr/bin/env python3
"""Check this evidence bundle without any app: python3 verify.py [FOLDER]   (exit 0 = intact, 1 = not).
1. Files re-hash to SHA256SUMS, none missing or unlisted. 2. journal.jsonl chains from 64 zeros, hash = SHA-256(previous
hash + "\\n" + entry without "hash" as JSON: sorted keys, no spaces, UTF-8) up to case.json's head. Stdlib only;
an intact proof/verify_proof.py is run from here to check the Ed25519 signatures in proof/."""
# ruff: noqa: E401, I001
import hashlib, json, os, re, sys

UNLISTED_OK = {"SHA256SUMS", "proof/SHA256SUMS.sig", "proof/manifest.tsr", "proof/tsa-ca.pem"}
BODY = ("seq", "ts_utc", "case_id", "actor", "action", "payload", "prev_hash")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_sums(root, bad):
    listed = {}
    try:
        with open(os.path.join(root, "SHA256SUMS"), "rb") as f:
            lines = f.read().decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        bad.append(("SHA256SUMS", f"unreadable ({exc})"))
        return
    for n, line in enumerate(lines, 1):
        m = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if not m or m.group(2).startswith("/") or ".." in m.group(2).split("/"):
            bad.append(("SHA256SUMS", f"line {n} is malformed: the list itself was altered"))
            continue
        listed[m.group(2)] = m.group(1)
    for name, want in sorted(listed.items()):
        path = os.path.join(root, *name.split("/"))
        if not os.path.isfile(path):
            bad.append((name, "listed in SHA256SUMS but missing"))
        elif sha256(path) != want:
            bad.append((name, f"ALTERED: its SHA-256 is {sha256(path)}, SHA256SUMS says {want}"))
    for folder, _, files in os.walk(root):
        for f in files:
            rel = os.path.relpath(os.path.join(folder, f), root).replace(os.sep, "/")
            if rel not in listed and rel not in UNLISTED_OK:
                bad.append((rel, "not listed in SHA256SUMS (added after export?)"))


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def check_journal(root, bad):
    try:
        with open(os.path.join(root, "case.json"), encoding="utf-8") as f:
            case = json.load(f)
        with open(os.path.join(root, "journal.jsonl"), encoding="utf-8") as f:
            lines = [ln for ln in f.read().splitlines() if ln.strip()]
    except (OSError, ValueError) as exc:
        bad.append(("journal.jsonl", f"cannot read the journal or case.json ({exc})"))
        return 0
    prev = "0" * 64
    for n, line in enumerate(lines, 1):
        try:
            e = json.loads(line)
            body = {k: e[k] for k in BODY}
        except (ValueError, KeyError, TypeError):
            bad.append(("journal.jsonl", f"entry {n} is unreadable"))
            return n
        digest = hashlib.sha256(prev.encode("ascii") + b"\n" + canonical(body)).hexdigest()
        if e["seq"] != n or e["prev_hash"] != prev or digest != e.get("hash") or e["case_id"] != case.get("id"):
            bad.append(("journal.jsonl", f"entry {n} breaks the hash chain (first broken entry)"))
            return n
        prev = e["hash"]
    anchor = case.get("journal") or {}
    if len(lines) != anchor.get("entries") or prev != anchor.get("head"):
        bad.append(("journal.jsonl", f"ends at entry {len(lines)}, head {prev}; case.json records "
                                     f"{anchor.get('entries')} entries, head {anchor.get('head')}"))
    return len(lines)


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    bad = []
    check_sums(root, bad)
    entries = check_journal(root, bad)
    proof = os.path.join(root, "proof", "verify_proof.py")  # Ed25519 signatures: proof/ brings its own checker
    if os.path.isfile(proof) and "proof/verify_proof.py" not in {n for n, _ in bad}:  # never run an altered one
        with open(proof, "rb") as f:
            exec(compile(f.read(), proof, "exec"), {"ROOT": root, "BAD": bad})
    for name, why in bad:
        print(f"FAILED  {name}: {why}")
    if bad:
        print(f"NOT VERIFIED: {len(bad)} problem(s); altered or suspect files: {', '.join(sorted({n for n, _ in bad}))}")
        return 1
    print(f"OK: every file matches SHA256SUMS and the journal chain of {entries} entries holds up to its recorded head")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
