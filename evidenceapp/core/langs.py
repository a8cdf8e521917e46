"""The languages of every non-Qt text (dossiers, CLI, HOW-TO-VERIFY, playbook, phone page): one list, one spelling.

Chinese is always ``zh_CN`` (Simplified, what 12315 and the platforms' users read), never ``zh``.
"""

from __future__ import annotations

LANGS = ("zh_CN", "en", "fr")


def normalize_lang(lang: str) -> str:
    """Any spelling a user, a locale or a browser gives ("zh", "zh-Hans", "fr_FR", "") → one of ``LANGS``."""
    low = (lang or "en").replace("-", "_").lower()
    if low.startswith("zh"):
        return "zh_CN"
    if low.startswith("fr"):
        return "fr"
    return "en"
