"""Translations: complete zh_CN and fr catalogues with matching placeholders, a live language switch, and a walk
over every widget under a marker translation that fails on visible text which did not go through tr()."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget

from evidenceapp.services import cases as cases_service
from evidenceapp.ui.i18n import NATIVE_NAMES

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(lang: str) -> list[tuple[str, str, str, str | None]]:
    root = ET.parse(I18N / f"evidenceapp_{lang}.ts").getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")]
            # A %n message has one translation per plural form (one in Chinese, two in English and French).
            for text in forms or [tr.text or ""]:
                out.append((name, msg.findtext("source"), text, tr.get("type")))
    return out


@pytest.mark.parametrize("lang", ["zh_CN", "fr"])
def test_catalogue_is_complete(lang):
    messages = _messages(lang)
    assert len(messages) > 200
    unfinished = [(c, s) for c, s, t, kind in messages if kind in ("unfinished", "vanished", "obsolete") or not t]
    assert not unfinished, f"untranslated in {lang}: {unfinished[:10]}"


@pytest.mark.parametrize("lang", ["en", "zh_CN", "fr"])
def test_placeholders_and_mnemonics_match(lang):
    for ctx, source, translation, _kind in _messages(lang):
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (ctx, source)
        assert source.count("&") == translation.count("&"), (ctx, source, translation)


def test_same_sources_in_every_language():
    keys = {lang: {(c, s) for c, s, _t, _k in _messages(lang)} for lang in ("en", "zh_CN", "fr")}
    assert keys["en"] == keys["zh_CN"] == keys["fr"]


def test_switching_language_changes_titles_and_labels(window, case):
    window.reload_cases()
    window.select_case(case.id)

    def labels():
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        return window.windowTitle(), tabs, window.act_new.text(), window.overview.save_button.text()

    english = labels()
    assert english[1] == ["Overview", "Evidence", "Record", "Journal", "Export"]
    window.apply_language("zh_CN")
    chinese = labels()
    assert "退款维权证据" in chinese[0] and case.title in chinese[0]
    assert chinese[1] == ["概览", "证据", "录像", "日志", "导出"]
    assert chinese[2] == "新建案件(&N)…" and chinese[3] == "保存修改"
    assert window.case_id == case.id  # the selected case survives the rebuild
    window.apply_language("fr")
    french = labels()
    assert "preuves pour litiges" in french[0]
    assert french[1] == ["Résumé", "Preuves", "Filmer", "Journal", "Exporter"]
    assert french[2] == "&Nouveau dossier…"
    window.apply_language("en")
    assert labels() == english


def _marker_translator(tmp_path: Path) -> QTranslator:
    """Every source text translated to ⟦text⟧, compiled with lrelease."""
    tree = ET.parse(I18N / "evidenceapp_en.ts")
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        forms = list(tr.iter("numerusform"))
        for target in forms or [tr]:
            target.text = f"⟦{msg.findtext('source')}⟧"
    ts = tmp_path / "marker.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "marker.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)
    tr = QTranslator()
    assert tr.load(str(qm))
    return tr


def _visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    for w in window.findChildren(QLabel):
        if not w.property("service_text"):  # the playbook's text arrives translated by its service
            texts.append(w.text())
    for w in window.findChildren(QAbstractButton):
        if not w.property("service_text"):  # e.g. the recorder's checklist, translated by its service
            texts.append(w.text())
    for w in window.findChildren(QGroupBox):
        texts.append(w.title())
    for w in window.findChildren(QLineEdit):
        texts.append(w.placeholderText())
    for w in window.findChildren(QComboBox):
        # Language names are shown in their own language on purpose.
        texts.extend(w.itemText(i) for i in range(w.count()) if w.itemText(i) not in NATIVE_NAMES.values())
    for w in window.findChildren(QTabWidget):
        texts.extend(w.tabText(i) for i in range(w.count()))
    texts.extend(a.text() for a in window.actions())
    texts.extend(m.title() for m in window.menuBar().findChildren(QMenu))
    return texts


def test_no_visible_text_escapes_translation(window, app, tmp_path, monkeypatch):
    """Under a marker translation, any Latin word outside ⟦…⟧ is text that did not go through tr()."""
    from evidenceapp.ui import i18n

    case = cases_service.create_case(app, "杯子", "taobao", "123-456", seller="店")
    marker = _marker_translator(tmp_path)
    # English loads its own catalogue too (for its plural forms): the marker stands in for it.
    monkeypatch.setattr(i18n, "qm_path", lambda lang: tmp_path / "marker.qm")
    QCoreApplication.installTranslator(marker)
    try:
        window.apply_language("en")  # rebuild every widget under the marker translation
        window.select_case(case.id)
        leaks = []
        for text in _visible_texts(window):
            outside = re.sub(r"⟦.*?⟧|<[^>]*>", "", text or "", flags=re.S)  # translated text, HTML markup
            # Data and codes, not interface text: sizes, hash name, currency, the app's name, the checklist's IMEI.
            outside = re.sub(r"\b\d+ × \d+\b|SHA-256|CNY|evidenceapp|IMEI", "", outside)
            if re.search(r"[A-Za-z]{2,}", outside):
                leaks.append(text)
        assert not leaks, f"text shown without tr(): {leaks}"
    finally:
        QCoreApplication.removeTranslator(marker)


def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    """A string added to the code but not to the .ts would show in English: lupdate must find nothing new."""
    root = I18N.parents[1]
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "evidenceapp" / "ui").rglob("*.py"))
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-source-language", "en",
                    "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    found = {(ctx.findtext("name"), m.findtext("source"))
             for ctx in ET.parse(fresh).getroot().iter("context") for m in ctx.iter("message")}
    committed = {(c, s) for c, s, _t, _k in _messages("fr")}
    assert found - committed == set(), "run scripts/build-translations.sh --update and translate the new strings"
    assert committed - found == set(), "obsolete strings: run scripts/build-translations.sh --update"


def test_french_typography_spaces_before_double_punctuation():
    """French puts a space before : ; ? ! ("Délai : 5 jours"); times (10:00) and URLs are not punctuation."""
    bad = [t for _c, _s, t, _k in _messages("fr")
           if re.search(r"[^\s\d:/(\[{](?:[:;?!])(?=\s|$)", t) and "://" not in t]
    assert not bad, bad[:5]
