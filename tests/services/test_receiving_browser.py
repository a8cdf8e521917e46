"""End to end: a real headless Chromium (Debian's chromium + chromium-driver, driven by selenium) opens the upload
page on 127.0.0.1, selects photos in the file input, and waits until each row says "received" with the SHA-256."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from helpers import make_jpeg

from evidenceapp.services.receiving import PhoneReceiver
from evidenceapp.store import items_repo, journal_repo

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="needs Debian's chromium and chromium-driver (CI installs them)")


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # never let selenium-manager look for a driver online
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--lang=zh-CN", f"--user-data-dir={tmp_path / 'profile'}"):
        opts.add_argument(arg)
    opts.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(options=opts, service=Service(executable_path=DRIVER, log_output=str(tmp_path / "d.log")))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_chromium_uploads_photos_and_shows_received_with_hash(app, case, browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    photos = [make_jpeg(tmp_path / "phone" / f"IMG_20261120_10{i:02d}.jpg", size=(800, 600), seed=i * 40,
                        exif={0x010F: "HUAWEI", 0x0132: f"2026:11:20 10:{i:02d}:00"}) for i in range(3)]
    events = []
    rx = PhoneReceiver(app, on_event=events.append)
    url = rx.start(case.id, host="127.0.0.1", port=0)
    try:
        browser.get(url)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
        picker = browser.find_element(By.ID, "files")
        assert picker.get_attribute("accept") == "image/*,video/*" and picker.get_attribute("multiple")
        picker.send_keys("\n".join(str(p) for p in photos))

        def all_received(d) -> bool:
            states = [li.get_attribute("data-state") for li in d.find_elements(By.CSS_SELECTOR, "#list li")]
            assert "failed" not in states, d.find_element(By.ID, "list").text
            return len(states) == 3 and all(s == "received" for s in states)

        WebDriverWait(browser, 30, poll_frequency=0.1).until(all_received)
        rows = browser.find_elements(By.CSS_SELECTOR, "#list li")
        shown = [r.find_element(By.CSS_SELECTOR, "code.sha").text for r in rows]
        texts = [r.text for r in rows]
    finally:
        rx.stop()

    assert shown == [hashlib.sha256(p.read_bytes()).hexdigest() for p in photos]
    for t in texts:
        assert "已收到" in t and "JPEG" in t and "EXIF（拍摄时间、相机）: 有" in t and "与手机上的大小一致" in t
    items = items_repo.for_case(app.db.con, case.id)
    assert sorted(i.original_name for i in items) == [p.name for p in photos]
    for i in items:
        assert i.source == "phone"
        assert app.objects.path_for(i.sha256).read_bytes() == (tmp_path / "phone" / i.original_name).read_bytes()
    assert [e.payload["source"] for e in journal_repo.entries(app.db.con, case.id)
            if e.action == "item_added"] == ["phone"] * 3
    assert [e.kind for e in events].count("received") == 3
