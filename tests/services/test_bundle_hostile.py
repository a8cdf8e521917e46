"""Bundle verification that cannot be fooled (issue 15 point 6), by the app (``verify BUNDLE.zip``) and by the bundled
``verify.py``: members exactly the listed set, exhibits equal to what the journal recorded, stripped signatures are a
downgrade, trust anchors never from the bundle, no code from the bundle ever run, bounded memory on zip bombs."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import random
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from proofkit import add_two_photos, build_bundle

from evidenceapp.core.errors import BundleTooLarge, BundleUnreadable
from evidenceapp.export import bundle as bundle_mod
from evidenceapp.services.proof import bundle_verify
from evidenceapp.store import keys

ROOT = Path(__file__).resolve().parents[2]


def _verify_script():
    spec = importlib.util.spec_from_file_location("bundle_verify_py", Path(bundle_mod.__file__).with_name(
        "verify_script.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rezip(src: Path, dest: Path, change=None, drop=lambda n: False, add: dict | None = None) -> Path:
    """A copy of ``src`` with members dropped/changed/added; SHA256SUMS re-listed to match (as a forger would)."""
    with zipfile.ZipFile(src) as z:
        files = {i.filename: z.read(i) for i in z.infolist() if not drop(i.filename)}
    files.update(add or {})
    if change:
        files = change(files)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
    return dest


def _relist(files: dict[str, bytes]) -> dict[str, bytes]:
    listed = sorted(n for n in files if n not in ("SHA256SUMS", "proof/SHA256SUMS.sig"))
    files["SHA256SUMS"] = "".join(f"{hashlib.sha256(files[n]).hexdigest()}  {n}\n" for n in listed).encode()
    return files


def _verify_py(bundle: Path, work: Path, *args: str) -> subprocess.CompletedProcess:
    shutil.rmtree(work, ignore_errors=True)
    with zipfile.ZipFile(bundle) as z:
        z.extractall(work)
    return subprocess.run([sys.executable, "-S", "verify.py", *args], cwd=work, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})


@pytest.fixture
def signed(app, case, tmp_path):
    add_two_photos(app, case, tmp_path)
    bundle, _ = build_bundle(app, case, tmp_path / "out")
    return bundle


# --- Ed25519 in verify.py, against cryptography --------------------------------------------------------------------

def test_pure_python_ed25519_agrees_with_cryptography_on_valid_and_invalid_signatures():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    verify = _verify_script().ed25519_verify
    rnd = random.Random(15)
    raw = serialization.Encoding.Raw, serialization.PublicFormat.Raw
    l_order = 2**252 + 27742317777372353535851937790883648493
    outcomes = {True: 0, False: 0}
    for n in range(120):
        key = Ed25519PrivateKey.from_private_bytes(rnd.randbytes(32))
        pub = key.public_key().public_bytes(*raw)
        msg = rnd.randbytes(rnd.randrange(0, 300))
        sig = key.sign(msg)
        other = Ed25519PrivateKey.from_private_bytes(rnd.randbytes(32)).public_key().public_bytes(*raw)
        s_plus_l = sig[:32] + ((int.from_bytes(sig[32:], "little") + l_order) % 2**256).to_bytes(32, "little")
        flipped = bytearray(sig)
        flipped[rnd.randrange(64)] ^= 1 << rnd.randrange(8)
        cases = [(pub, msg, sig), (pub, msg + b"x", sig), (other, msg, sig), (pub, msg, bytes(flipped)),
                 (pub, msg, s_plus_l), (pub, msg, rnd.randbytes(64)), (rnd.randbytes(32), msg, sig),
                 (pub, msg, sig[:63])]
        for p, m, s in cases:
            try:
                from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

                Ed25519PublicKey.from_public_bytes(p).verify(s, m)
                want = True
            except Exception:  # InvalidSignature, or a key that is not a point
                want = False
            assert verify(p, m, s) is want, (n, p.hex(), m.hex(), s.hex())
            outcomes[want] += 1
    assert outcomes[True] == 120 and outcomes[False] >= 120 * 6  # every valid one accepted, the rest refused


def test_verify_py_never_runs_code_from_the_bundle(signed, tmp_path):
    """Old verify.py exec'd proof/verify_proof.py when SHA256SUMS vouched for it; a forger vouches for anything.
    Here it clears the problem list and writes a marker: the exhibit change must still be reported."""
    payload = b"import pathlib\npathlib.Path(ROOT, 'PWNED').write_text('x')\nBAD.clear()\n"

    def forge(files):
        files["evidence/01-mug.jpg"] = files["evidence/01-mug.jpg"][:-1] + b"\0"
        files["proof/verify_proof.py"] = payload
        return files

    bad = _rezip(signed, tmp_path / "forged.zip", forge)
    with zipfile.ZipFile(bad) as z:  # list the planted checker so the old verify.py would trust and run it
        sums = z.read("SHA256SUMS").decode()
    sums += f"{hashlib.sha256(payload).hexdigest()}  proof/verify_proof.py\n"
    bad = _rezip(bad, tmp_path / "forged2.zip", lambda f: {**f, "SHA256SUMS": sums.encode()})
    out = _verify_py(bad, tmp_path / "u")
    assert not (tmp_path / "u" / "PWNED").exists()
    assert out.returncode != 0 and "OK" not in out.stdout.splitlines()[-1], out.stdout
    assert "evidence/01-mug.jpg" in out.stdout


# --- exhibits against the journal ----------------------------------------------------------------------------------

def _swap_exhibit(files: dict[str, bytes]) -> dict[str, bytes]:
    """Swap an exhibit for other bytes and make case.json and SHA256SUMS agree (unsigned: signatures stripped)."""
    files = {n: d for n, d in files.items() if not n.startswith("proof/")}
    new = b"\xff\xd8 a different photo"
    case = json.loads(files["case.json"])
    case["signed"] = False
    for ex in case["exhibits"]:
        if ex["arcname"] == "evidence/01-mug.jpg":
            ex["sha256"] = hashlib.sha256(new).hexdigest()
    files["evidence/01-mug.jpg"] = new
    files["case.json"] = json.dumps(case).encode()
    return _relist(files)


def test_exhibit_that_differs_from_its_journal_entry_fails_everywhere(signed, tmp_path):
    forged = _rezip(signed, tmp_path / "swapped.zip", _swap_exhibit)
    report = bundle_verify.verify_bundle(forged)
    assert not report.ok
    assert ("exhibits", "evidence/01-mug.jpg") in {(c.check, c.part) for c in report.failed}, report.text()
    out = _verify_py(forged, tmp_path / "u")
    assert out.returncode == 2 and "FAILED  evidence/01-mug.jpg" in out.stdout, out.stdout  # 2: journal/exhibits
    assert "\nOK" not in out.stdout and not out.stdout.startswith("OK")


# --- downgrade: stripped signatures --------------------------------------------------------------------------------

def _strip_proof(files: dict[str, bytes]) -> dict[str, bytes]:
    return _relist({n: d for n, d in files.items() if not n.startswith("proof/")})


def test_stripping_the_signatures_is_a_downgrade_not_unsigned(app, signed, tmp_path, home):
    stripped = _rezip(signed, tmp_path / "stripped.zip", _strip_proof)
    report = bundle_verify.verify_bundle(stripped)
    assert not report.ok and "signature" in {c.check for c in report.failed}, report.text()
    assert "stripped" in report.text()
    out = _verify_py(stripped, tmp_path / "u")
    assert out.returncode == 4 and "stripped" in out.stdout, out.stdout  # 4: signatures
    # Also case.json's "signed" removed: only the reviewer's expected key can tell now, and it does.
    def hide(files):
        case = json.loads(files["case.json"])
        case["signed"] = False
        return _relist({**_strip_proof(files), "case.json": json.dumps(case).encode()})

    hidden = _rezip(signed, tmp_path / "hidden.zip", hide)
    fp = keys.load_or_create(app.home).fingerprint
    assert bundle_verify.verify_bundle(hidden).ok  # indistinguishable from an unsigned export without a key …
    report = bundle_verify.verify_bundle(hidden, expect_key=fp)  # … but never with one
    assert not report.ok and "--key" in report.text()
    out = _verify_py(hidden, tmp_path / "u2", "--key", keys.format_fingerprint(fp))
    assert out.returncode == 4, out.stdout
    assert _verify_py(signed, tmp_path / "u3", "--key", fp).returncode == 0
    assert _verify_py(signed, tmp_path / "u4", "--key", "ab" * 32).returncode == 4
    from helpers import cli

    proc = cli("verify", str(stripped), home=home)
    assert proc.returncode == 1 and "stripped" in proc.stdout


# --- members: exactly the listed set --------------------------------------------------------------------------------

def _with_raw_member(src: Path, dest: Path, info: zipfile.ZipInfo, data: bytes) -> Path:
    shutil.copyfile(src, dest)
    import warnings

    with warnings.catch_warnings(), zipfile.ZipFile(dest, "a") as z:
        warnings.simplefilter("ignore")  # "Duplicate name": that is the point
        z.writestr(info, data)
    return dest


@pytest.mark.parametrize("what", ["duplicate", "dotdot", "absolute", "symlink"])
def test_members_must_be_unique_plain_and_inside(signed, tmp_path, what):
    with zipfile.ZipFile(signed) as z:
        original = z.read("evidence/01-mug.jpg")
    name = {"duplicate": "evidence/01-mug.jpg", "dotdot": "evidence/../../evil.jpg", "absolute": "/tmp/evil.jpg",
            "symlink": "evidence/03-link.jpg"}[what]
    info = zipfile.ZipInfo(name)
    data = original[::-1]
    if what == "symlink":
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        data = b"/etc/passwd"
    bad = _with_raw_member(signed, tmp_path / f"{what}.zip", info, data)
    report = bundle_verify.verify_bundle(bad)
    assert not report.ok
    assert ("members", name) in {(c.check, c.part) for c in report.failed}, report.text()


def test_symlink_in_an_unpacked_bundle_fails_both(signed, tmp_path):
    folder = tmp_path / "u"
    with zipfile.ZipFile(signed) as z:
        z.extractall(folder)
    (folder / "evidence" / "03-link.jpg").symlink_to(folder / "evidence" / "01-mug.jpg")
    report = bundle_verify.verify_bundle(folder)
    assert ("members", "evidence/03-link.jpg") in {(c.check, c.part) for c in report.failed}, report.text()
    out = subprocess.run([sys.executable, "-S", "verify.py"], cwd=folder, capture_output=True, text=True)
    assert out.returncode & 1 and "evidence/03-link.jpg: is a symbolic link" in out.stdout


# --- hostile archives: bombs, caps, damaged or unknown compression -------------------------------------------------

def _bomb(path: Path, size: int) -> Path:
    """A zip whose one member inflates to ``size`` zero bytes (deflate, ~1000:1), written in constant memory."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("evidence/01-bomb.jpg", "w", force_zip64=True) as out:
            chunk = bytes(1 << 20)
            for _ in range(size >> 20):
                out.write(chunk)
        z.writestr("SHA256SUMS", b"")
    return path


def test_zip_bomb_is_refused_with_a_coded_error_in_bounded_memory(tmp_path, home):
    bomb = _bomb(tmp_path / "bomb.zip", 1 << 30)
    assert bomb.stat().st_size < 2 << 20  # 1 GiB inside ~1 MiB
    # The CLI in a child of a small wrapper: the wrapper's RUSAGE_CHILDREN is that one process's peak RSS.
    wrapper = ("import json, resource, subprocess, sys, time\n"
               "t = time.monotonic()\n"
               "p = subprocess.run([sys.executable, '-m', 'evidenceapp', 'verify', sys.argv[1], '--json'],"
               " capture_output=True, text=True)\n"
               "print(json.dumps({'rc': p.returncode, 'out': p.stdout, 'err': p.stderr, 's': time.monotonic() - t,"
               " 'rss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n")
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home), "PYTHONPATH": str(ROOT)}
    res = json.loads(subprocess.run([sys.executable, "-c", wrapper, str(bomb)], capture_output=True, text=True,
                                    env=env, check=True).stdout)
    print(f"zip bomb (1 GiB in {bomb.stat().st_size} bytes): refused in {res['s']:.2f} s, peak RSS"
          f" {res['rss_kb'] / 1024:.0f} MiB")
    assert res["rc"] == 1, res
    assert json.loads(res["out"])["error"]["code"] == "E_BUNDLE_TOO_LARGE"
    assert res["rss_kb"] < 200 * 1024


def test_oversized_text_member_is_refused_not_read_whole(signed, tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_verify, "TEXT_CAP", 1000)  # the mechanism, without writing 64 MiB journals
    with pytest.raises(BundleTooLarge) as e:
        bundle_verify.verify_bundle(signed)
    assert e.value.code == "E_BUNDLE_TOO_LARGE" and "MiB" in str(e.value)


def test_unknown_compression_and_damaged_text_member_are_coded_errors(signed, tmp_path, home):
    from helpers import cli

    data = bytearray(signed.read_bytes())
    with zipfile.ZipFile(signed) as z:
        info = z.getinfo("journal.jsonl")
    cd = data.find(b"PK\x01\x02")  # patch the method in journal.jsonl's central directory entry
    while cd != -1:
        name_len = int.from_bytes(data[cd + 28:cd + 30], "little")
        if data[cd + 46:cd + 46 + name_len] == b"journal.jsonl":
            break
        cd = data.find(b"PK\x01\x02", cd + 4)
    data[cd + 10:cd + 12] = (99).to_bytes(2, "little")
    weird = tmp_path / "weird.zip"
    weird.write_bytes(bytes(data))
    with pytest.raises(BundleUnreadable) as e:
        bundle_verify.verify_bundle(weird)
    assert "unsupported compression method 99" in str(e.value)
    proc = cli("verify", str(weird), home=home)
    assert proc.returncode == 1 and "E_BUNDLE_UNREADABLE" in proc.stderr and "internal error" not in proc.stderr
    # Damaged deflate data in a text member: a coded error naming it, not a crash (exit 70).
    data = bytearray(signed.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    data[start:start + 8] = b"\xff" * 8
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    proc = cli("verify", str(damaged), home=home)
    assert proc.returncode == 1 and "E_BUNDLE_UNREADABLE" in proc.stderr and "journal.jsonl" in proc.stderr


# --- trust anchors ---------------------------------------------------------------------------------------------------

def test_shipped_tsa_folder_exists_and_holds_only_certificates():
    d = ROOT / "resources" / "tsa"
    assert (d / "README.txt").is_file()
    for pem in d.glob("*.pem"):
        assert b"BEGIN CERTIFICATE" in pem.read_bytes(), pem
