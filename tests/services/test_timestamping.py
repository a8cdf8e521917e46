"""RFC 3161 timestamps against a local `openssl ts` TSA (no network): request, offline verification, openssl
cross-check, network trouble → "not timestamped" + timestamp later, recordings, clock offset, CLI settings."""

from __future__ import annotations

import hashlib
import subprocess
import zipfile

import pytest
from localtsa import LocalTSA
from proofkit import add_two_photos, build_bundle, pdf_text, rewrite_member, run_standalone, tamper

from evidenceapp.services.proof import bundle_verify, timestamping
from evidenceapp.store import journal_repo


@pytest.fixture
def tsa(tmp_path):
    with LocalTSA(tmp_path / "tsa") as t:
        yield t


@pytest.fixture
def tsa_app(app, tsa):
    timestamping.set_tsa(app, url=tsa.url, ca_pem=tsa.ca.read_text())
    return app


def test_request_is_valid_der_that_openssl_reads(tmp_path):
    digest = hashlib.sha256(b"x").digest()
    for nonce in (0, 1, 127, 128, 255, 2**63 - 1, 2**56):
        q = tmp_path / "q.tsq"
        q.write_bytes(timestamping.build_request(digest, nonce))
        out = subprocess.run(["openssl", "ts", "-query", "-in", str(q), "-text"], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        assert "Certificate required: yes" in out.stdout and "sha256" in out.stdout
        shown = out.stdout.split("Nonce: ", 1)[1].split()[0]
        assert int(shown, 16) == nonce


def test_token_verifies_offline_and_with_openssl(tsa, tmp_path):
    data = b"evidenceapp proof manifest 1\nexample\n"
    digest = hashlib.sha256(data).digest()
    ts = timestamping.request_timestamp(tsa.url, digest, tsa.ca.read_text())
    assert ts.ok and ts.chain_checked and ts.token, ts.reason
    assert ts.tsa_name == "CN=Local Test TSA" and ts.gen_time.endswith("Z")
    assert abs(ts.offset_s) < 2 and ts.uncertainty_s >= 1  # openssl TSA: accuracy 1 s, same clock as ours
    good = timestamping.verify_token(ts.token, digest, tsa.ca.read_bytes())
    assert good.ok and good.gen_time[:19] == ts.gen_time[:19]
    assert not timestamping.verify_token(ts.token, hashlib.sha256(b"other").digest(), tsa.ca.read_bytes()).ok
    # A CA the TSA does not chain to is refused.
    from localtsa import make_pki

    other = make_pki(tmp_path / "other")["ca"].read_bytes()
    assert not timestamping.verify_token(ts.token, digest, other).ok
    (tmp_path / "d").write_bytes(data)
    (tmp_path / "d.tsr").write_bytes(ts.token)
    ok = subprocess.run(["openssl", "ts", "-verify", "-data", "d", "-in", "d.tsr", "-CAfile", str(tsa.ca),
                         "-untrusted", str(tsa.paths["tsa"])], cwd=tmp_path, capture_output=True, text=True)
    assert ok.returncode == 0 and "Verification: OK" in ok.stdout
    ok = subprocess.run(["openssl", "ts", "-verify", "-digest", digest.hex(), "-in", "d.tsr", "-CAfile",
                         str(tsa.ca)], cwd=tmp_path, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr


@pytest.mark.parametrize("mode,needle", [("http500", "HTTP 500"), ("garbage", "not a timestamp response")])
def test_tsa_trouble_is_a_reason_not_an_exception(tsa, mode, needle):
    tsa.mode = mode
    ts = timestamping.request_timestamp(tsa.url, b"\0" * 32)
    assert not ts.ok and needle in ts.reason and ts.token is None
    assert timestamping.clock_statement(ts)["checked"] is False


def test_unreachable_tsa():
    ts = timestamping.request_timestamp("http://127.0.0.1:9/tsa", b"\0" * 32, timeout=3)
    assert not ts.ok and "could not reach" in ts.reason


def test_bundle_with_tsa_verifies_with_app_and_standard_tools(tsa_app, case, tsa, tmp_path):
    add_two_photos(tsa_app, case, tmp_path)
    bundle, summary = build_bundle(tsa_app, case, tmp_path / "out", sign_pdf=True)
    assert summary["timestamp"]["status"] == "timestamped" and summary["timestamp"]["chain_checked"]
    assert summary["clock"]["checked"] and abs(summary["clock"]["offset_s"]) < 2
    report = bundle_verify.verify_bundle(bundle, tsa_ca=tsa.ca.read_bytes())
    assert report.ok, report.text()
    tcheck = next(c for c in report.checks if c.part == "proof/manifest.tsr")
    assert tcheck.ok and summary["timestamp"]["tsa_time"][:19] in tcheck.detail
    # With no CA given, the bundle's own copy of the CA is shown but never trusted (issue 15: trust anchors never
    # come from the bundle): the timestamp is present, its issuer not trusted.
    r2 = bundle_verify.verify_bundle(bundle)
    t2 = next(c for c in r2.checks if c.part == "proof/manifest.tsr")
    assert r2.ok and t2.ok is None and "timestamp present" in t2.detail and "issuer not trusted" in t2.detail
    assert "CN=Test Root CA for local TSA" in t2.detail and "never trusted" in t2.detail
    with zipfile.ZipFile(bundle) as z:
        text = pdf_text(z.read("dossier.pdf"))
    assert "RFC 3161" in text and summary["timestamp"]["tsa_time"][:16] in text and "Clock check" in text
    res = run_standalone(bundle, tmp_path / "unz", tsa.ca)
    assert res["sums"].returncode == 0
    assert res["ts"].returncode == 0 and "Verification: OK" in res["ts"].stdout, res["ts"].stderr
    assert res["pkeyutl"].returncode == 0 and res["pkeyutl_sums"].returncode == 0


def test_tampered_token_fails_and_is_named(tsa_app, case, tsa, tmp_path):
    add_two_photos(tsa_app, case, tmp_path)
    bundle, _ = build_bundle(tsa_app, case, tmp_path / "out")
    bad = rewrite_member(bundle, "proof/manifest.tsr", lambda b: tamper("proof/manifest.tsr", b))
    report = bundle_verify.verify_bundle(bad, tsa_ca=tsa.ca.read_bytes())
    assert ("timestamp", "proof/manifest.tsr") in {(c.check, c.part) for c in report.failed}, report.text()
    res = run_standalone(bad, tmp_path / "unz", tsa.ca)
    assert res["ts"].returncode != 0  # openssl agrees
    # A token from the same TSA over something else (swapped in) fails too.
    other = timestamping.request_timestamp(tsa.url, hashlib.sha256(b"else").digest()).token
    swapped = rewrite_member(bundle, "proof/manifest.tsr", lambda b: other)
    r = bundle_verify.verify_bundle(swapped, tsa_ca=tsa.ca.read_bytes())
    assert [c.part for c in r.failed if c.check == "timestamp"] == ["proof/manifest.tsr"]


def test_export_survives_tsa_down_and_can_be_timestamped_later(tsa_app, case, tsa, tmp_path):
    add_two_photos(tsa_app, case, tmp_path)
    tsa.mode = "http500"
    bundle, summary = build_bundle(tsa_app, case, tmp_path / "out")
    assert summary["timestamp"]["status"] == "not_timestamped" and "HTTP 500" in summary["timestamp"]["reason"]
    assert summary["clock"]["checked"] is False
    with zipfile.ZipFile(bundle) as z:
        assert "proof/manifest.tsr" not in z.namelist()
        assert "Not timestamped" in pdf_text(z.read("dossier.pdf"))
    report = bundle_verify.verify_bundle(bundle, tsa_ca=tsa.ca.read_bytes())
    assert report.ok  # the export is still sound: signed, summed, chained
    t = next(c for c in report.checks if c.part == "proof/manifest.tsr")
    assert t.ok is None and "HTTP 500" in t.detail
    # Still down: timestamp-later says so and changes nothing.
    res = bundle_verify.timestamp_bundle_later(tsa_app, bundle)
    assert not res["ok"] and "HTTP 500" in res["reason"]
    tsa.mode = "ok"
    res = bundle_verify.timestamp_bundle_later(tsa_app, bundle)
    assert res["ok"] and res["gen_time"]
    report = bundle_verify.verify_bundle(bundle, tsa_ca=tsa.ca.read_bytes())
    assert report.ok, report.text()
    assert next(c for c in report.checks if c.part == "proof/manifest.tsr").ok is True
    assert bundle_verify.timestamp_bundle_later(tsa_app, bundle)["already"] is True
    res = run_standalone(bundle, tmp_path / "unz", tsa.ca)
    assert res["sums"].returncode == 0 and res["ts"].returncode == 0


def test_recording_timestamp_is_kept_journalled_and_travels_in_the_bundle(tsa_app, case, tsa, tmp_path):
    from evidenceapp.services.importing import add_bytes

    video = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40  # stands in for the recorder's take
    item, _ = add_bytes(tsa_app, case.id, video, "unboxing.mp4", source="recorder", kind="unboxing")
    ts = timestamping.timestamp_object(tsa_app, case.id, item.sha256)
    assert ts.ok and timestamping.stored_token(tsa_app, item.sha256) == ts.token
    last = journal_repo.entries(tsa_app.db.con, case.id)[-1]
    assert last.action == "timestamped" and last.payload["sha256"] == item.sha256
    assert last.payload["clock"]["checked"] is True
    # openssl checks the token against the file itself (the imprint is the file's SHA-256).
    f = tmp_path / "take.mp4"
    f.write_bytes(video)
    (tmp_path / "take.tsr").write_bytes(ts.token)
    ok = subprocess.run(["openssl", "ts", "-verify", "-data", str(f), "-in", str(tmp_path / "take.tsr"),
                         "-CAfile", str(tsa.ca)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    bundle, summary = build_bundle(tsa_app, case, tmp_path / "out")
    assert summary["evidence_tokens"] == 1
    report = bundle_verify.verify_bundle(bundle, tsa_ca=tsa.ca.read_bytes())
    assert report.ok, report.text()
    rec = next(c for c in report.checks if c.part == f"proof/timestamps/{item.sha256}.tsr")
    assert rec.ok and "unboxing.mp4" in rec.detail


def test_recording_when_tsa_down_then_timestamp_pending(tsa_app, case, tsa):
    from evidenceapp.services.importing import add_bytes

    item, _ = add_bytes(tsa_app, case.id, b"take" * 1000, "take.mp4", source="recorder", kind="unboxing")
    tsa.mode = "garbage"
    ts = timestamping.timestamp_object(tsa_app, case.id, item.sha256)
    assert not ts.ok and timestamping.stored_token(tsa_app, item.sha256) is None
    assert journal_repo.entries(tsa_app.db.con, case.id)[-1].action == "timestamp_failed"
    tsa.mode = "ok"
    res = timestamping.timestamp_pending(tsa_app, case.id)
    assert res["ok"] and [d["sha256"] for d in res["done"]] == [item.sha256]
    assert timestamping.timestamp_pending(tsa_app, case.id)["done"] == []  # nothing left


def test_clock_check(app, tsa):
    assert timestamping.check_clock(app) == timestamping.clock_statement(None)
    assert "not checked" in timestamping.describe_clock(timestamping.check_clock(app))
    timestamping.set_tsa(app, url=tsa.url, ca_pem=tsa.ca.read_text())
    c = timestamping.check_clock(app)
    assert c["checked"] and abs(c["offset_s"]) < 2 and "timestamp authority" in timestamping.describe_clock(c)


def test_settings_validation(app):
    from evidenceapp.core.errors import InvalidInput

    with pytest.raises(InvalidInput):
        timestamping.set_tsa(app, url="ftp://x")
    with pytest.raises(InvalidInput):
        timestamping.set_tsa(app, ca_pem="not a certificate")
    timestamping.set_tsa(app, url="")
    assert timestamping.tsa_settings(app) == ("", "")


def test_cli_tsa_settings_timestamp_later_and_verify(home, app, case, tsa, tmp_path):
    from helpers import cli, cli_json

    add_two_photos(app, case, tmp_path)
    bundle, _ = build_bundle(app, case, tmp_path / "out")  # no TSA configured yet
    app.close()
    _, s = cli_json("settings", "set", "tsa_url", tsa.url, home=home)
    assert s["tsa_url"] == tsa.url and s["tsa_ca"] == []
    _, s = cli_json("settings", "set", "tsa_ca", str(tsa.ca), home=home)
    assert s["tsa_ca"] == ["CN=Test Root CA for local TSA"]
    _, r = cli_json("timestamp", str(bundle), home=home)
    assert r["ok"] and r["gen_time"]
    code, rep = cli_json("verify", str(bundle), "--tsa-ca", str(tsa.ca), home=home)
    assert code == 0 and rep["ok"]
    assert any(c["part"] == "proof/manifest.tsr" and c["ok"] for c in rep["checks"])
    _, r = cli_json("timestamp", case.order_no, home=home)
    assert r["ok"] and r["done"] == []
    bad = rewrite_member(bundle, "proof/manifest.tsr", lambda b: b[:-20] + bytes(20))
    proc = cli("verify", str(bad), "--tsa-ca", str(tsa.ca), home=home)
    assert proc.returncode == 1 and "proof/manifest.tsr" in proc.stdout
    proc = cli("settings", "set", "tsa_url", "nonsense", home=home)
    assert proc.returncode == 1 and "E_INVALID_INPUT" in proc.stderr


def test_real_recording_is_timestamped_at_stop_with_clock_checks(tsa_app, case, tsa, tmp_path):
    """The recorder (services/recording/) timestamps the take's hash at stop and checks the clock at start/stop."""
    import time

    from evidenceapp.services.recording import RecordingSession

    session = RecordingSession(tsa_app, case.id, source="synthetic", size=(320, 240), fps=10, audio=None)
    session.start()
    time.sleep(0.6)
    item = session.stop()
    token = timestamping.stored_token(tsa_app, item.sha256)
    assert token is not None
    assert timestamping.verify_token(token, bytes.fromhex(item.sha256), tsa.ca.read_bytes()).ok
    entries = journal_repo.entries(tsa_app.db.con, case.id)
    started = next(e for e in entries if e.action == "recording_started").payload
    finished = next(e for e in entries if e.action == "recording_finished").payload
    assert started["clock_at_start"]["checked"] and started["clock_at_start"]["status"] == "checked"
    assert finished["clock_offset_stop"]["checked"] and abs(finished["clock_offset_stop"]["offset_s"]) < 2
    assert entries[-1].action == "timestamped" and entries[-1].payload["sha256"] == item.sha256
    # The take verifies with openssl against its own bytes.
    (tmp_path / "t.tsr").write_bytes(token)
    ok = subprocess.run(["openssl", "ts", "-verify", "-data", str(tsa_app.objects.path_for(item.sha256)),
                         "-in", str(tmp_path / "t.tsr"), "-CAfile", str(tsa.ca)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr


def test_recording_without_tsa_says_clock_not_checked(app, case):
    import time

    from evidenceapp.services.recording import RecordingSession

    session = RecordingSession(app, case.id, source="synthetic", size=(320, 240), fps=10, audio=None)
    session.start()
    time.sleep(0.3)
    item = session.stop()
    assert timestamping.stored_token(app, item.sha256) is None
    finished = next(e for e in journal_repo.entries(app.db.con, case.id) if e.action == "recording_finished")
    assert finished.payload["clock_offset_stop"]["status"] == "not checked"
    assert "no timestamp authority" in finished.payload["clock_offset_stop"]["reason"]


def test_tsa_with_unsorted_certificate_set_falls_back_to_no_certificates(tmp_path):
    with LocalTSA(tmp_path / "tsa", include_chain=True) as tsa:
        digest = hashlib.sha256(b"manifest").digest()
        chain = tsa.ca.read_text() + tsa.paths["tsa"].read_text()  # CA file with the TSA certificate in it
        ts = timestamping.request_timestamp(tsa.url, digest, chain)
        assert ts.ok and ts.chain_checked, ts.reason
        assert tsa.requests == 2  # the first answer did not parse; the second asked for no certificates
        assert timestamping.verify_token(ts.token, digest, chain.encode()).ok
        check = timestamping.verify_token(ts.token, digest, tsa.ca.read_bytes())
        assert not check.ok and "no TSA certificate" in check.detail
        (tmp_path / "m.tsr").write_bytes(ts.token)
        ok = subprocess.run(["openssl", "ts", "-verify", "-digest", digest.hex(), "-in", str(tmp_path / "m.tsr"),
                             "-CAfile", str(tsa.ca), "-untrusted", str(tsa.paths["tsa"])],
                            capture_output=True, text=True)
        assert ok.returncode == 0, ok.stderr


def test_trust_anchors_never_come_from_the_bundle(tsa_app, case, tsa, tmp_path, monkeypatch):
    """Issue 15: a token from another TSA (a forger's own, its CA shipped inside the bundle) is "present, issuer not
    trusted" against the CA the user trusts; a CA the app ships in resources/tsa/ is trusted like a configured one."""
    add_two_photos(tsa_app, case, tmp_path)
    bundle, _ = build_bundle(tsa_app, case, tmp_path / "out")
    with LocalTSA(tmp_path / "forger") as forger:
        with zipfile.ZipFile(bundle) as z:
            digest = hashlib.sha256(z.read("proof/manifest.txt")).digest()
        token = timestamping.request_timestamp(forger.url, digest).token
        forged = rewrite_member(rewrite_member(bundle, "proof/manifest.tsr", lambda b: token),
                                "proof/tsa-ca.pem", lambda b: forger.ca.read_bytes())
        r = bundle_verify.verify_bundle(forged, tsa_ca=tsa.ca.read_bytes())
        t = next(c for c in r.checks if c.check == "timestamp" and c.part == "proof/manifest.tsr")
        assert t.ok is None and "issuer not trusted" in t.detail and "does not chain" in t.detail, t.detail
        # The app's shipped CAs (resources/tsa/*.pem) are anchors too: with the forger's CA shipped, it verifies.
        res = tmp_path / "res"
        (res / "tsa").mkdir(parents=True)
        (res / "tsa" / "forger.pem").write_bytes(forger.ca.read_bytes())
        from evidenceapp import config

        monkeypatch.setattr(config, "resources_dir", lambda: res)
        r = bundle_verify.verify_bundle(forged)
        assert next(c for c in r.checks if c.check == "timestamp" and c.part == "proof/manifest.tsr").ok is True
