"""The phone as the camera: headless Chromium with a fake camera opens the HTTPS page on loopback and streams to
the recorder; the take decodes, has the overlay, holds what arrived; the page's checklist button marks a step; a
dropped link is a marked gap."""

from __future__ import annotations

import hashlib
import shutil
import ssl
import time
import urllib.error
import urllib.request
from pathlib import Path

import av
import pytest

from evidenceapp.services import recording as rec
from evidenceapp.store import items_repo

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs chromium and chromium-driver")
SIZE = (640, 360)


@pytest.fixture
def phone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--ignore-certificate-errors",  # the phone's user accepts the self-signed certificate
                "--disable-background-networking", "--disable-component-update", "--disable-extensions",
                "--lang=en", f"--user-data-dir={tmp_path / 'profile'}"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(options=opts, service=Service(executable_path=DRIVER, log_output=str(tmp_path / "d.log")))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _start_phone(driver, url: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url)
    driver.find_element(By.ID, "start").click()


def test_phone_streams_a_take_with_overlay_and_marks_from_the_phone(app, case, phone) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    s = rec.RecordingSession(app, case.id, "phone:127.0.0.1", size=SIZE, fps=10, audio=None, lang="en",
                             checkpoint_s=0.5)
    url = s.source.serve()
    assert url.startswith("https://127.0.0.1:") and "/c/" in url
    # The page is HTTPS with the certificate whose fingerprint the desktop shows; a wrong token gets nothing.
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    page = urllib.request.urlopen(url, context=ctx, timeout=10).read().decode()
    fp = s.source.fingerprint
    assert " ".join(fp[i:i + 4] for i in range(0, 64, 4)) in page
    der = ssl.PEM_cert_to_DER_cert(ssl.get_server_certificate(("127.0.0.1", int(url.split(":")[2].split("/")[0]))))
    assert hashlib.sha256(der).hexdigest() == fp
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(url[:-4] + "xxxx", context=ctx, timeout=10)
    refused.value.close()
    assert refused.value.code == 404

    _start_phone(phone, url)
    s.start()  # waits for the phone's first picture
    WebDriverWait(phone, 15).until(lambda d: "Recording" in d.find_element(By.ID, "rec").text)
    time.sleep(2.0)
    # The page redraws its step button at every status message: read and tap it in the page (never a stale handle).
    step = "const b = document.getElementById('mark'); return b ? b.textContent : '';"
    WebDriverWait(phone, 10).until(lambda d: d.execute_script(step).startswith("1."))
    phone.execute_script("document.getElementById('mark').click();")  # the buyer taps the step on the phone
    WebDriverWait(phone, 10).until(lambda d: d.execute_script(step).startswith("2."))
    time.sleep(3.0)
    item = s.stop()
    src = s.source
    meta = item.metadata["recording"]
    assert item.kind == "unboxing" and src.rejected == 0 and src.arrived >= 20
    assert src.overflow == 0 and src.arrived - src.delivered <= 3  # all taken but the last at stop
    assert meta["frames"] - meta["duplicated"] == src.delivered - meta["dropped"]
    with av.open(str(app.objects.path_for(item.sha256))) as c:
        frames = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
    assert len(frames) == meta["frames"]
    box = frames[-1][4:30, 4:150]
    assert (box < 90).mean() > 0.4 and (box > 200).any()  # the overlay burned in by the desktop
    labels = [m.label for m in items_repo.markers(app.db.con, item.id)]
    assert labels == [s.checklist[0]]


def test_a_dropped_phone_link_is_a_marked_gap(app, case, phone) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    s = rec.RecordingSession(app, case.id, "phone:127.0.0.1", size=SIZE, fps=10, audio=None, lang="en",
                             checkpoint_s=0.5)
    url = s.source.serve()
    _start_phone(phone, url)
    s.start()
    WebDriverWait(phone, 15).until(lambda d: "Recording" in d.find_element(By.ID, "rec").text)
    time.sleep(1.0)
    phone.execute_script("ws.onclose = null; ws.close(); ws = null; setTimeout(connect, 3000);")  # Wi-Fi drops
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not any("back after" in m["label"] for m in s.markers):
        time.sleep(0.1)
    time.sleep(1.0)
    item = s.stop()
    labels = [m.label for m in items_repo.markers(app.db.con, item.id)]
    assert labels[0] == rec.LINK_LOST_LABEL["en"] and labels[1].startswith("Picture back after a ")
    assert item.status == "ok" and item.metadata["recording"]["gaps"] >= 1
