"""Web page capture (网页取证) with the system's headless Chromium against a local aiohttp server, no network:
HTTP and HTTPS with a self-signed certificate, a redirect, a page that never settles, a 20 MB page, a login page,
a JavaScript dialog, refused addresses; the items, the record, the journal and the full-text search."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from websites import serve_test_site

from evidenceapp.capture.browser import find_chromium
from evidenceapp.core.errors import UrlRefused, WebCaptureFailed, WebLoginRequired

pytestmark = pytest.mark.skipif(find_chromium() is None, reason="needs Debian's chromium (CI installs it)")

@pytest.fixture
def site(tmp_path: Path):
    with serve_test_site(tmp_path) as urls:
        yield urls


def _journal(app, case_id):  # type: ignore[no-untyped-def]
    from evidenceapp.store import journal_repo

    return journal_repo.entries(app.db.con, case_id)


def test_http_listing_after_a_redirect_is_stored_as_four_linked_items(app, case, site) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from evidenceapp.services import ocr
    from evidenceapp.services.verifying import verify_case
    from evidenceapp.services.web_capture import capture_web, captures
    from evidenceapp.store import items_repo

    cap = capture_web(app, case.id, site["http"] + "/old-listing", allow_private=True, timeout_s=20)
    assert cap.http_status == 200 and cap.final_url == site["http"] + "/listing" and cap.settled
    rec = cap.record
    assert rec["redirects"] == [{"url": site["http"] + "/old-listing", "status": 302, "location": "/listing"}]
    assert rec["response_headers"]["X-Shop"] == "fake-shop" and rec["tls"] is None
    assert rec["dialogs_dismissed"] == ["alert: 限时优惠！"]
    assert [i["role"] for i in cap.items] == ["page", "mhtml", "text", "record"]
    items = {i["role"]: items_repo.get(app.db.con, i["item_id"]) for i in cap.items}
    assert all(it.kind == "web" and it.source == "web" for it in items.values())
    assert {it.id for it in captures(app, case.id)[cap.capture_id]} == {i["item_id"] for i in cap.items}
    # Each stored file is what the record says it is.
    for f in rec["files"]:
        it = items[f["role"]]
        assert it.sha256 == f["sha256"] and app.objects.path_for(it.sha256).stat().st_size == f["size"]
    stored_record = json.loads(app.objects.path_for(items["record"].sha256).read_bytes())
    assert stored_record["final_url"] == cap.final_url and stored_record["capture_id"] == cap.capture_id
    # The full page, not only the viewport: red band on top, blue below, 2700+ px tall.
    png = Image.open(io.BytesIO(app.objects.path_for(items["page"].sha256).read_bytes())).convert("RGB")
    assert png.width == 1280 and png.height > 2700
    assert png.getpixel((640, 150))[0] > 180 and png.getpixel((640, 1500))[2] > 180
    mhtml = app.objects.path_for(items["mhtml"].sha256).read_bytes()
    assert b"MIME-Version" in mhtml and b"Snapshot-Content-Location: " + cap.final_url.encode() in mhtml
    text = app.objects.path_for(items["text"].sha256).read_text(encoding="utf-8")
    assert "100%纯棉" in text and "bottom of the listing" in text
    # The page text is searchable like OCR text.
    hits = ocr.search(app, case.id, "纯棉")
    assert [h["item_id"] for h in hits] == [items["text"].id]
    entries = _journal(app, case.id)
    actions = [e.action for e in entries]
    assert actions.index("web_capture_requested") < actions.index("web_captured")
    done = next(e.payload for e in entries if e.action == "web_captured")
    assert {i["sha256"] for i in done["items"]} == {i["sha256"] for i in cap.items}
    assert verify_case(app, case.id).ok


def test_https_self_signed_is_captured_with_its_certificate_marked_untrusted(app, case, site) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.services.web_capture import capture_web

    cap = capture_web(app, case.id, site["https"] + "/listing", allow_private=True, timeout_s=20)
    assert cap.http_status == 200 and cap.final_url.startswith("https://")
    tls = cap.record["tls"]
    assert tls["trusted"] is False and tls["protocol"].startswith("TLS")
    assert len(tls["chain"]) == 1 and "fake-shop.test" in tls["chain"][0]["subject"]
    assert tls["chain"][0]["pem"].startswith("-----BEGIN CERTIFICATE-----")


def test_a_page_that_never_settles_is_taken_at_the_time_limit(app, case, site) -> None:  # type: ignore[no-untyped-def]
    import time

    from evidenceapp.services.web_capture import capture_web

    t0 = time.monotonic()
    cap = capture_web(app, case.id, site["http"] + "/never", allow_private=True, timeout_s=4)
    assert time.monotonic() - t0 < 20
    assert cap.settled is False and cap.record["settled"] is False and cap.http_status == 200
    assert len(cap.items) == 4


def test_a_20_mb_page_is_refused_and_nothing_is_stored(app, case, site) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.services.web_capture import capture_web
    from evidenceapp.store import items_repo

    with pytest.raises(WebCaptureFailed) as err:
        capture_web(app, case.id, site["http"] + "/huge", allow_private=True, timeout_s=20)
    assert err.value.code == "E_WEB_CAPTURE_FAILED" and "MB" in err.value.message
    assert items_repo.for_case(app.db.con, case.id) == []
    failed = [e.payload for e in _journal(app, case.id) if e.action == "web_capture_failed"]
    assert len(failed) == 1 and failed[0]["code"] == "E_WEB_CAPTURE_FAILED"


def test_a_login_page_is_named_and_nothing_is_stored(app, case, site) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.services.web_capture import capture_web, login_required
    from evidenceapp.store import items_repo

    with pytest.raises(WebLoginRequired) as err:
        capture_web(app, case.id, site["http"] + "/item", allow_private=True, timeout_s=20)
    assert err.value.code == "E_WEB_LOGIN_REQUIRED" and "--source screen" in err.value.message
    assert "password" in err.value.message
    assert items_repo.for_case(app.db.con, case.id) == []
    assert login_required("https://login.taobao.com/member/login.jhtml?redirectURL=x", False)
    assert login_required("https://passport.jd.com/new/login.aspx", False)
    assert not login_required("https://item.jd.com/100012043978.html", False)


def test_refused_addresses(app, case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.services import web_capture
    from evidenceapp.services.web_capture import capture_web, check_url

    for url in ("file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/x", "http://127.0.0.1:9/",
                "http://[::1]/", "http://192.168.1.1/admin", "http://10.0.0.8/", "http://169.254.169.254/latest",
                "http://localhost:8080/", "http://user:secret@example.com/"):
        with pytest.raises(UrlRefused) as err:
            capture_web(app, case.id, url)
        assert err.value.code == "E_URL_REFUSED"
        assert "secret" not in err.value.message
    # A name that resolves into the private network is refused too (DNS answer faked: no network in tests).
    monkeypatch.setattr(web_capture.socket, "getaddrinfo", lambda host, port: [(2, 1, 6, "", ("10.1.2.3", 0))])
    with pytest.raises(UrlRefused):
        check_url("http://shop.example.com/item")
    monkeypatch.setattr(web_capture.socket, "getaddrinfo", lambda host, port: [(2, 1, 6, "", ("93.184.215.14", 0))])
    assert check_url("item.taobao.com/item.htm?id=1") == "https://item.taobao.com/item.htm?id=1"
    assert check_url("http://127.0.0.1:8000/x", allow_private=True) == "http://127.0.0.1:8000/x"


def test_cli_web_json(home, case, site) -> None:  # type: ignore[no-untyped-def]
    from helpers import cli, cli_json

    code, out = cli_json("web", case.order_no, site["http"] + "/listing", "--allow-private", home=home)
    assert set(out) >= {"capture_id", "final_url", "http_status", "items"} and out["http_status"] == 200
    assert [set(i) for i in out["items"]] == [{"item_id", "kind", "sha256", "name"}] * 4
    assert {i["kind"] for i in out["items"]} == {"web"}
    proc = cli("web", case.order_no, site["http"] + "/listing", home=home)
    assert proc.returncode != 0 and "E_URL_REFUSED" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_listing_claim_is_quoted_in_the_dossier_only_if_captured(app, case, site, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from evidenceapp.core.errors import InvalidInput
    from evidenceapp.services.exporting import export_case
    from evidenceapp.services.web_capture import capture_web, quote_claim

    cap = capture_web(app, case.id, site["http"] + "/listing", allow_private=True, timeout_s=20)
    record_id = cap.items[-1]["item_id"]
    with pytest.raises(InvalidInput):
        quote_claim(app, case.id, record_id, "100% silk")  # not what the page said
    shot = quote_claim(app, case.id, record_id, "100% cotton")
    assert shot.id == cap.items[0]["item_id"]
    assert shot.proves.startswith("网页于 ") and "“100% cotton”" in shot.proves and "UTC" in shot.proves
    export_case(app, case.id, "platform", "zh_CN", tmp_path / "out", sign=False)
    pdf = next((tmp_path / "out").glob("*.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = "".join(text.split())
    assert "网页取证" in flat and "100%cotton" in flat
    assert "MultipartBoundary" not in text  # the MHTML and the page text stay in the bundle


def test_every_dossier_lists_web_and_screen_exhibits_in_its_list_and_timeline(app, case, site, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from evidenceapp.services import recording
    from evidenceapp.services.exporting import export_case
    from evidenceapp.services.items import edit_item
    from evidenceapp.services.web_capture import capture_web

    capture_web(app, case.id, site["http"] + "/listing", allow_private=True, timeout_s=20)
    take = recording.RecordingSession(app, case.id, source="synthetic", size=(320, 240), fps=10, audio=None)
    take.start()
    take.wait(1.0)
    edit_item(app, take.stop().id, kind="screen")  # a screen take without an X server: the kind is what matters
    expect = {  # (timeline words, exhibit-list words) per dossier language, from export/i18n.py
        "zh_CN": (("录屏：", "网页取证："), ("录屏，", "网页取证，")),
        "en": (("Screen recording:", "Web page captured:"), ("screen recording,", "web page capture,")),
        "fr": (("Enregistrement d'écran :", "Page web capturée :"),
               ("enregistrement d'écran,", "capture de page web,")),
    }
    for template, lang in (("platform", "zh_CN"), ("12315", "zh_CN"), ("fr-notice", "fr"), ("chargeback", "en")):
        out = tmp_path / f"{template}-{lang}"
        export_case(app, case.id, template, lang, out, sign=False)
        text = subprocess.run(["pdftotext", "-raw", str(next(out.glob("*.pdf"))), "-"], capture_output=True,
                              text=True).stdout
        # French sets a narrow no-break space before ":" (issue 17.12), which pdftotext may give back as nothing
        flat = re.sub(r"\s*([:;?!])", r"\1", " ".join(text.split()))
        for words in expect[lang]:
            for w in words:
                assert re.sub(r"\s*([:;?!])", r"\1", w) in flat, f"{template}/{lang}: {w!r} missing"


def test_cancel_stops_the_browser_and_stores_nothing(app, case, site) -> None:  # type: ignore[no-untyped-def]
    import threading
    import time

    from evidenceapp.core.errors import Cancelled
    from evidenceapp.core.progress import CancelToken
    from evidenceapp.services.web_capture import capture_web
    from evidenceapp.store import items_repo

    token = CancelToken()
    threading.Timer(1.5, token.cancel).start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        capture_web(app, case.id, site["http"] + "/never", allow_private=True, timeout_s=25, cancel=token)
    assert time.monotonic() - t0 < 15  # well before the 25 s limit
    assert items_repo.for_case(app.db.con, case.id) == []
    failed = [e.payload for e in _journal(app, case.id) if e.action == "web_capture_failed"]
    assert [f["code"] for f in failed] == ["E_CANCELLED"]


def test_every_request_of_the_page_goes_through_the_host_policy(site) -> None:  # type: ignore[no-untyped-def]
    """Sub-requests (and redirects) are checked too: here the page's host is allowed and another name for this
    computer is not, so its picture is blocked and listed in the record."""
    from evidenceapp.capture.browser import capture_page

    page = capture_page(site["http"] + "/mixed", find_chromium(), lambda host: host == "127.0.0.1", timeout_s=15)
    assert page.status == 200 and "mixed" in page.text
    assert any(u.startswith("http://localhost:") for u in page.blocked)


def test_a_captured_listing_counts_as_the_product_page_evidence(app, case, site) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.services.playbook import load_playbook
    from evidenceapp.services.web_capture import capture_web
    from evidenceapp.store import items_repo, text_repo

    book = load_playbook()
    con = app.db.con

    def found() -> set[str]:
        return {i for i, _why in book.find_evidence("product_page", case, items_repo.for_case(con, case.id),
                                                     texts=text_repo.texts_for_case(con, case.id))}

    assert found() == set()
    cap = capture_web(app, case.id, site["http"] + "/listing", allow_private=True, timeout_s=20)
    text_item = next(i["item_id"] for i in cap.items if i["role"] == "text")
    assert text_item in found()  # the page's own words ("listing") say what it is


def test_no_browser_is_a_coded_error_before_anything_is_journalled(app, case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from evidenceapp.services.web_capture import capture_web

    monkeypatch.setenv("EVIDENCEAPP_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(WebCaptureFailed, match="Chromium"):
        capture_web(app, case.id, "http://127.0.0.1:9/", allow_private=True)
    assert [e.action for e in _journal(app, case.id) if e.action.startswith("web_")] == []
