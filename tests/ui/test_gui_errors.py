"""Every error code the services can raise has a human sentence in the GUI (in every language), and every
capture-time source has a label: a new code added without a sentence fails here, not in front of a user."""

from __future__ import annotations

import importlib
import pkgutil
import re

import evidenceapp.services
from evidenceapp.core import errors as core_errors
from evidenceapp.ui import errors, labels
from evidenceapp.ui.i18n import install_language


def _all_error_classes() -> list[type[core_errors.EvidenceError]]:
    # Import every service module, so a subclass defined outside core/errors.py is found too.
    for mod in pkgutil.iter_modules(evidenceapp.services.__path__, "evidenceapp.services."):
        importlib.import_module(mod.name)
    seen, todo = [], [core_errors.EvidenceError]
    while todo:
        cls = todo.pop()
        seen.append(cls)
        todo.extend(cls.__subclasses__())
    return seen


def test_every_error_code_has_a_gui_sentence():
    codes = {cls.code for cls in _all_error_classes()}
    assert len(codes) > 35
    missing = sorted(codes - set(errors.sentences()))
    assert not missing, f"error codes without a sentence in ui/errors.py: {missing}"


def test_sentences_are_translated_and_fill_their_placeholders():
    for cls in _all_error_classes():
        # Each sentence only names values the error really carries (its template's fields).
        fields = set(re.findall(r"\{(\w+)\}", cls.template)) | {"detail", "code"}
        sentence = errors.sentences()[cls.code]
        assert set(re.findall(r"\{(\w+)\}", sentence)) <= fields, (cls.code, sentence)
    english = errors.sentences()
    for lang in ("zh_CN", "fr"):
        install_language(lang)
        translated = errors.sentences()
        same = [c for c in english if translated[c] == english[c]]
        assert not same, f"{lang}: untranslated error sentences {same}"
    install_language("en")


def test_every_capture_time_source_has_a_label():
    sources = ("exif", "exif_gps", "exif_gps_offset", "exif_local", "exif_datetime", "container", "pdf_created",
               "file_mtime", "recorder", "paste", "drop", "demo", "phone", "import")
    table = labels.time_sources()
    assert [s for s in sources if s not in table] == []
    for s in ("import", "paste", "drop", "recorder", "phone", "demo"):
        assert s in labels.sources()


def test_new_dialogs_show_no_untranslated_text(window, app, case, tmp_path, monkeypatch):
    """The phone, bundle, problem-report and settings dialogs under the marker translation of test_gui_i18n: any
    Latin word outside ⟦…⟧ did not go through tr()."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit, QTreeWidget
    from test_gui_i18n import _marker_translator

    from evidenceapp.ui import i18n
    from evidenceapp.ui.dialogs.settings_dialog import SettingsDialog

    marker = _marker_translator(tmp_path)
    monkeypatch.setattr(i18n, "qm_path", lambda lang: tmp_path / "marker.qm")  # English loads a catalogue too
    QCoreApplication.installTranslator(marker)
    try:
        window.apply_language("en")
        window.select_case(case.id)
        window.show_tab("overview")
        dialogs = [window.receive_from_phone(host="127.0.0.1"), window.verify_bundle(), window.report_problem(),
                   SettingsDialog(window.ctx, window), window.overview.add_event(),
                   window.overview.edit_deadline(None)]
        leaks = []
        for dlg in dialogs:
            texts = [dlg.windowTitle()]
            texts += [w.text() for w in dlg.findChildren(QLabel) if w.objectName() not in ("receiveUrl", "keyFingerprint")]
            # Standard buttons (OK, Close …) are Qt's own, translated by its qtbase catalogue.
            standard = {b for box in dlg.findChildren(QDialogButtonBox) for b in box.buttons()
                        if box.standardButton(b) != QDialogButtonBox.StandardButton.NoButton}
            texts += [w.text() for w in dlg.findChildren(QAbstractButton) if w not in standard]
            texts += [w.placeholderText() for w in dlg.findChildren(QLineEdit)]
            for tree in dlg.findChildren(QTreeWidget):
                texts += [tree.headerItem().text(c) for c in range(tree.columnCount())]
            for text in texts:
                outside = re.sub(r"⟦.*?⟧", "", text or "", flags=re.S)
                # Data, not interface text: addresses, the export folder, hash and format names.
                outside = re.sub(r"SHA-256|EXIF|https?://\S*|/\S*|\d+(\.\d+)+", "", outside)
                if re.search(r"[A-Za-z]{2,}", outside):
                    leaks.append((dlg.objectName(), text))
            dlg.close()
        assert not leaks, f"text shown without tr(): {leaks}"
    finally:
        QCoreApplication.removeTranslator(marker)
