"""Ed25519 installation key, signed proof manifest, PAdES PDF signature, bundle verification (no TSA here)."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
import zipfile

import pytest
from proofkit import add_two_photos, build_bundle, pdf_text, rewrite_member, run_standalone, tamper

from evidenceapp.services.proof import bundle_verify, signing
from evidenceapp.store import keys


def test_key_created_once_owner_only_and_fingerprint_matches_openssl(home, tmp_path):
    k = keys.load_or_create(home)
    assert k.created
    assert stat.S_IMODE(k.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(k.path.parent.stat().st_mode) == 0o700
    again = keys.load_or_create(home)
    assert not again.created and again.fingerprint == k.fingerprint
    pub = tmp_path / "pub.pem"
    pub.write_bytes(k.public_pem())
    der = subprocess.run(["openssl", "pkey", "-pubin", "-in", str(pub), "-outform", "DER"], capture_output=True,
                         check=True).stdout
    import hashlib

    assert hashlib.sha256(der).hexdigest() == k.fingerprint
    # A key file left world-readable (restored from a backup) is tightened on use.
    k.path.chmod(0o644)
    keys.load_or_create(home)
    assert stat.S_IMODE(k.path.stat().st_mode) == 0o600


def test_unreadable_key_is_a_coded_error(home):
    from evidenceapp.core.errors import KeyUnreadable

    d = keys.key_dir(home)
    (d / keys.ED25519_FILE).write_text("not a key")
    with pytest.raises(KeyUnreadable) as e:
        keys.load_or_create(home)
    assert e.value.code == "E_KEY_UNREADABLE"


def test_signature_checks_with_openssl_and_fails_on_change(app, tmp_path):
    k = keys.load_or_create(app.home)
    data = signing.manifest_text("c1", "2026-11-25T00:00:00Z", 3, "ab" * 32, k.fingerprint, "", "",
                                 {"evidence/01-a.jpg": "cd" * 32})
    sig = k.sign(data)
    assert len(sig) == 64
    assert signing.verify_signature(k.public_pem(), data, sig) == ""
    assert signing.verify_signature(k.public_pem(), data + b"x", sig) == "signature does not match"
    (tmp_path / "m.txt").write_bytes(data)
    (tmp_path / "m.sig").write_bytes(sig)
    (tmp_path / "pub.pem").write_bytes(k.public_pem())
    ok = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin", "-in", "m.txt",
                         "-sigfile", "m.sig"], cwd=tmp_path, capture_output=True, text=True)
    assert ok.returncode == 0 and "Signature Verified Successfully" in ok.stdout
    parsed = signing.parse_manifest(data)
    assert parsed["journal_entries"] == 3 and parsed["files"] == {"evidence/01-a.jpg": "cd" * 32}


def test_untampered_bundle_passes_without_tsa(app, case, tmp_path):
    add_two_photos(app, case, tmp_path)
    bundle, summary = build_bundle(app, case, tmp_path / "out")
    assert summary["timestamp"] == {"status": "not_configured"}
    assert summary["clock"]["checked"] is False and "not checked" in summary["clock"]["reason"]
    report = bundle_verify.verify_bundle(bundle)
    assert report.ok, report.text()
    by = {(c.check, c.part): c for c in report.checks}
    assert by[("signature", "proof/manifest.sig")].ok
    assert by[("signature", "proof/SHA256SUMS.sig")].ok
    assert by[("journal", "journal.jsonl")].ok
    assert by[("timestamp", "proof/manifest.tsr")].ok is None  # not timestamped: said, not failed
    assert "no timestamp authority" in by[("timestamp", "proof/manifest.tsr")].detail
    # The expected key fingerprint (as printed in the dossier) can be required; a wrong one fails.
    fp = keys.load_or_create(app.home).fingerprint
    assert bundle_verify.verify_bundle(bundle, expect_key=keys.format_fingerprint(fp)).ok
    wrong = bundle_verify.verify_bundle(bundle, expect_key="00" * 32)
    assert [c.part for c in wrong.failed] == ["proof/public-key.pem"]
    # The PDF states the fingerprint and what was proven.
    with zipfile.ZipFile(bundle) as z:
        text = pdf_text(z.read("dossier.pdf"))
    assert keys.format_fingerprint(fp)[:19] in text and "not checked" in text


@pytest.mark.parametrize("part", ["journal.jsonl", "SHA256SUMS", "proof/manifest.sig", "evidence/01-mug.jpg",
                                  "dossier.pdf", "proof/manifest.txt", "proof/SHA256SUMS.sig"])
def test_tampered_part_fails_and_is_named(app, case, tmp_path, part):
    add_two_photos(app, case, tmp_path)
    bundle, _ = build_bundle(app, case, tmp_path / "out")
    bad = rewrite_member(bundle, part, lambda b: tamper(part, b))
    report = bundle_verify.verify_bundle(bad)
    assert not report.ok
    assert part in {c.part for c in report.failed}, report.text()
    assert "FAIL" in report.text() and part in report.text()


def test_tampering_everything_consistently_is_still_caught_by_the_signature(app, case, tmp_path):
    """Swap an evidence file and rewrite SHA256SUMS to match: the signed manifest and signature still catch it."""
    import hashlib

    add_two_photos(app, case, tmp_path)
    bundle, _ = build_bundle(app, case, tmp_path / "out")
    with zipfile.ZipFile(bundle) as z:
        files = {n: z.read(n) for n in z.namelist()}
    files["evidence/01-mug.jpg"] = files["evidence/01-mug.jpg"][:-10] + b"0123456789"
    lines = []
    for ln in files["SHA256SUMS"].decode().splitlines():
        sha, name = ln.split("  ", 1)
        lines.append(f"{hashlib.sha256(files[name]).hexdigest()}  {name}")
    files["SHA256SUMS"] = ("\n".join(lines) + "\n").encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as z:
        for n, b in files.items():
            z.writestr(n, b)
    report = bundle_verify.verify_bundle(forged)
    failed = {(c.check, c.part) for c in report.failed}
    assert ("manifest", "evidence/01-mug.jpg") in failed
    assert ("signature", "proof/SHA256SUMS.sig") in failed


def test_truncated_journal_is_caught_by_the_signed_anchor(app, case, tmp_path):
    add_two_photos(app, case, tmp_path)
    bundle, _ = build_bundle(app, case, tmp_path / "out")
    bad = rewrite_member(bundle, "journal.jsonl", lambda b: b"".join(b.splitlines(keepends=True)[:-1]))
    report = bundle_verify.verify_bundle(bad)
    assert any(c.part == "journal.jsonl" and c.check == "journal" and "truncated" in c.detail
               for c in report.failed), report.text()


def test_pades_signature_covers_whole_file_and_breaks_on_change(app, case, tmp_path):
    add_two_photos(app, case, tmp_path)
    bundle, summary = build_bundle(app, case, tmp_path / "out", sign_pdf=True)
    assert summary["pdf_signing_cert_sha256"]
    report = bundle_verify.verify_bundle(bundle)
    assert report.ok, report.text()
    pdf_check = next(c for c in report.checks if c.check == "pdf")
    assert pdf_check.ok and "whole file" in pdf_check.detail
    with zipfile.ZipFile(bundle) as z:
        pdf = z.read("dossier.pdf")
        cert = z.read("proof/pdf-signing-cert.pem")
    st = signing.pdf_signature_status(pdf, cert)
    assert st["valid"] and st["covers_whole_file"]
    assert "self-signed" in pdf_text(pdf).lower()
    # poppler's pdfsig (NSS) agrees: the whole document is signed and the signature is valid.
    (tmp_path / "d.pdf").write_bytes(pdf)
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", str(tmp_path / "d.pdf")], capture_output=True, text=True).stdout
        assert "Total document signed" in out and "Signature is Valid" in out and "ETSI.CAdES.detached" in out
    # Appending an incremental update (as an editor would) leaves the signature intact but not covering the file.
    appended = pdf + b"\n1 0 obj\n<<>>\nendobj\n"
    st2 = signing.pdf_signature_status(appended, cert)
    assert not st2["valid"]
    # Changing a byte inside the signed range breaks it.
    bad = rewrite_member(bundle, "dossier.pdf", lambda b: tamper("dossier.pdf", b))
    r = bundle_verify.verify_bundle(bad)
    assert {("pdf", "dossier.pdf"), ("sums", "dossier.pdf")} <= {(c.check, c.part) for c in r.failed}, r.text()


def test_pdf_cert_names_installation_key(app):
    from cryptography import x509

    k = keys.load_or_create(app.home)
    _, cert_path = keys.load_or_create_pdf_signer(app.home, k)
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    subject = cert.subject.rfc4514_string()
    assert "self-signed" in subject and k.fingerprint in subject
    assert keys.load_or_create_pdf_signer(app.home, k)[1].read_bytes() == cert_path.read_bytes()  # reused


def test_standalone_tools_without_the_app(app, case, tmp_path):
    add_two_photos(app, case, tmp_path)
    bundle, _ = build_bundle(app, case, tmp_path / "out")
    res = run_standalone(bundle, tmp_path / "unz", None)
    assert res["sums"].returncode == 0, res["sums"].stdout + res["sums"].stderr
    assert res["pkeyutl"].returncode == 0 and "Verified Successfully" in res["pkeyutl"].stdout
    assert res["pkeyutl_sums"].returncode == 0


def test_cli_key_settings_and_verify_bundle(app, case, tmp_path, home):
    from helpers import cli, cli_json

    add_two_photos(app, case, tmp_path)
    bundle, _ = build_bundle(app, case, tmp_path / "out")
    app.close()
    _, key = cli_json("key", "show", home=home)
    assert len(key["fingerprint"]) == 64 and key["algorithm"] == "Ed25519" and not key["created"]
    _, s = cli_json("settings", "set", "sign_pdf", "on", home=home)
    assert s["sign_pdf"] is True and s["key_fingerprint"] == key["fingerprint"]
    code, rep = cli_json("verify", str(bundle), home=home)
    assert code == 0 and rep["ok"] and not rep["failed"]
    bad = rewrite_member(bundle, "journal.jsonl", lambda b: tamper("journal.jsonl", b))
    proc = cli("verify", str(bad), home=home)
    assert proc.returncode == 1
    assert "FAIL" in proc.stdout and "journal.jsonl" in proc.stdout and "failed parts:" in proc.stdout
    code, rep = cli_json("verify", str(bad), home=home, ok_codes=(1,))
    assert "journal.jsonl" in {f["part"] for f in rep["failed"]}
    proc = cli("verify", str(tmp_path / "nope.zip"), home=home)
    assert proc.returncode == 1 and "E_BUNDLE_UNREADABLE" in proc.stderr
    assert json.loads(cli("settings", "show", "--json", home=home).stdout)["tsa_url"] == ""


def test_bundle_as_folder_or_zipped_with_a_top_folder(app, case, tmp_path):
    add_two_photos(app, case, tmp_path)
    bundle, _ = build_bundle(app, case, tmp_path / "out")
    folder = tmp_path / "unz" / "bundle-x"
    with zipfile.ZipFile(bundle) as z:
        z.extractall(folder)
    assert bundle_verify.verify_bundle(folder).ok
    nested = tmp_path / "nested.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(nested, "w") as dst:
        for n in src.namelist():
            dst.writestr(f"bundle-x/{n}", src.read(n))
    assert bundle_verify.verify_bundle(nested).ok
    (folder / "evidence" / "01-mug.jpg").write_bytes(b"swapped")
    assert "evidence/01-mug.jpg" in {c.part for c in bundle_verify.verify_bundle(folder).failed}


def test_damaged_zip_member_is_named_not_a_crash(app, case, tmp_path):
    add_two_photos(app, case, tmp_path)
    bundle, _ = build_bundle(app, case, tmp_path / "out")
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as z:
        info = z.getinfo("evidence/02-box.jpg")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 40
    data[start] ^= 0xFF  # corrupt compressed bytes: a CRC/inflate error when read
    bad = tmp_path / "damaged.zip"
    bad.write_bytes(bytes(data))
    report = bundle_verify.verify_bundle(bad)
    assert "evidence/02-box.jpg" in {c.part for c in report.failed}, report.text()
