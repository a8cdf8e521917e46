"""The real exporter (services/exporting.py) with the proof hooks: a local TSA configured, the PDF PAdES-signed.

Done-when of issue 9: the bundle's signature and timestamp verify offline with standard tools, the dossier PDF
states what was proven and how to check it; tampering with any part fails verification and names the part.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from localtsa import LocalTSA
from proofkit import add_two_photos, pdf_text, rewrite_member, run_standalone, tamper

from evidenceapp.services.proof import bundle_verify, signing, timestamping
from evidenceapp.store import journal_repo, keys


@pytest.fixture
def tsa(tmp_path):
    with LocalTSA(tmp_path / "tsa") as t:
        yield t


def _export(app, case, out: Path, lang: str = "en"):
    from evidenceapp.services.exporting import export_case

    return export_case(app, case.id, "platform", lang, out)


@pytest.fixture
def exported(app, case, tsa, tmp_path):
    timestamping.set_tsa(app, url=tsa.url, ca_pem=tsa.ca.read_text())
    signing.set_pdf_signing(app, True)
    add_two_photos(app, case, tmp_path)
    res = _export(app, case, tmp_path / "out")
    return res


def test_export_is_signed_timestamped_and_verifies_with_standard_tools(exported, app, case, tsa, tmp_path):
    res = exported
    proof = res.proof
    assert proof["timestamp"]["status"] == "timestamped" and proof["clock"]["checked"]
    fp = keys.load_or_create(app.home).fingerprint
    assert proof["public_key_sha256"] == fp and proof["pdf_signing_cert_sha256"]
    report = bundle_verify.verify_bundle(res.bundle, tsa_ca=tsa.ca.read_bytes(), expect_key=fp)
    assert report.ok, report.text()
    checks = {c.check for c in report.checks if c.ok}
    assert {"sums", "signature", "manifest", "journal", "timestamp", "pdf"} <= checks
    # The PDF next to the bundle is the one inside it, and says what was proven and how to check it.
    with zipfile.ZipFile(res.bundle) as z:
        assert z.read(res.pdf.name) == res.pdf.read_bytes()
        how = z.read("HOW-TO-VERIFY.txt").decode()
    text = pdf_text(res.pdf.read_bytes())
    assert keys.format_fingerprint(fp)[:24] in text.replace("\n", " ")
    assert "RFC 3161" in text and proof["timestamp"]["tsa_time"][:16] in text and "self-signed" in text
    assert "openssl ts -verify" in how
    # The journal's export entry records the timestamp status and the clock offset against the TSA.
    made = [e for e in journal_repo.entries(app.db.con, case.id) if e.action == "export_made"][-1]
    assert made.payload["clock"]["checked"] and made.payload["timestamp"]["status"] == "timestamped"
    # Without the app: sha256sum -c, verify.py under a Python where evidenceapp is not importable (its own
    # pure-Python Ed25519 check: it never runs code from the bundle), openssl.
    out = run_standalone(res.bundle, tmp_path / "unz", tsa.ca)
    assert out["importable"].returncode != 0  # evidenceapp really is out of reach
    assert out["sums"].returncode == 0, out["sums"].stdout
    assert out["verify.py"].returncode == 0, out["verify.py"].stdout + out["verify.py"].stderr
    assert "checked with pure-Python RFC 8032" in out["verify.py"].stdout
    assert keys.format_fingerprint(fp) in out["verify.py"].stdout
    assert out["ts"].returncode == 0 and "Verification: OK" in out["ts"].stdout
    assert out["pkeyutl"].returncode == 0 and out["pkeyutl_sums"].returncode == 0


@pytest.mark.parametrize("part", ["journal.jsonl", "SHA256SUMS", "proof/manifest.sig", "proof/manifest.tsr",
                                  "PDF"])
def test_tampered_export_fails_naming_the_part(exported, tsa, tmp_path, part):
    name = exported.pdf.name if part == "PDF" else part
    bad = rewrite_member(exported.bundle, name, lambda b: tamper(name, b))
    report = bundle_verify.verify_bundle(bad, tsa_ca=tsa.ca.read_bytes())
    assert not report.ok
    assert name in {c.part for c in report.failed}, report.text()
    out = run_standalone(bad, tmp_path / "unz", tsa.ca)
    # The standalone tools notice too (each the part it covers).
    if part == "proof/manifest.tsr":
        assert out["ts"].returncode != 0
    elif part == "proof/manifest.sig":
        assert out["pkeyutl"].returncode != 0 and out["verify.py"].returncode & 4  # bit 4: signatures
        assert "proof/manifest.sig" in out["verify.py"].stdout
    else:
        assert out["verify.py"].returncode & 1  # bit 1: a file differs from SHA256SUMS
        assert out["sums"].returncode != 0 or part == "SHA256SUMS"


def test_export_with_tsa_down_succeeds_marked_and_timestamps_later(app, case, tsa, tmp_path):
    timestamping.set_tsa(app, url=tsa.url, ca_pem=tsa.ca.read_text())
    add_two_photos(app, case, tmp_path)
    tsa.mode = "http500"
    res = _export(app, case, tmp_path / "out", lang="fr")
    assert res.proof["timestamp"]["status"] == "not_timestamped"
    assert "Non horodaté" in pdf_text(res.pdf.read_bytes()).replace("\n", " ")
    made = [e for e in journal_repo.entries(app.db.con, case.id) if e.action == "export_made"][-1]
    assert made.payload["clock"]["checked"] is False and "HTTP 500" in made.payload["clock"]["reason"]
    report = bundle_verify.verify_bundle(res.bundle, tsa_ca=tsa.ca.read_bytes())
    assert report.ok and "not timestamped" in report.text()
    tsa.mode = "ok"
    assert bundle_verify.timestamp_bundle_later(app, res.bundle)["ok"]
    report = bundle_verify.verify_bundle(res.bundle, tsa_ca=tsa.ca.read_bytes())
    assert report.ok and any(c.part == "proof/manifest.tsr" and c.ok for c in report.checks)
    out = run_standalone(res.bundle, tmp_path / "unz", tsa.ca)
    assert out["sums"].returncode == 0 and out["verify.py"].returncode == 0 and out["ts"].returncode == 0


def test_export_without_tsa_says_clock_not_checked(app, case, tmp_path):
    add_two_photos(app, case, tmp_path)
    res = _export(app, case, tmp_path / "out", lang="zh_CN")
    assert res.proof["timestamp"]["status"] == "not_configured"
    text = pdf_text(res.pdf.read_bytes()).replace("\n", "")
    assert "未配置时间戳服务" in text and "公钥指纹" in text
    assert bundle_verify.verify_bundle(res.bundle).ok
