"""Typography per language for the dossiers: French spacing before : ; ? ! and inside « », amounts as each language
writes them ("34,99 €", "€34.99", "¥199.00").

The narrow no-break space (U+202F) is what French wants before ; ? ! and :, but reportlab treats U+202F as a place
to break a line and the embedded font has no glyph for it. In a PDF paragraph it is therefore drawn as a no-break
space (U+00A0, which reportlab never breaks at) at half size, which is as narrow and extracts as U+00A0; plain text
(form.txt, HOW-TO-VERIFY) gets the real U+202F.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

NNBSP = "\u202f"
_NARROW_MARKUP = '<font size="4">\u00a0</font>'
_BEFORE = re.compile(r"[ \u00a0\u202f]([:;?!»])")
_AFTER = re.compile(r"(«)[ \u00a0\u202f]")

SYMBOLS = {"CNY": "¥", "EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "HKD": "HK$"}


def french_spacing(text: str, markup: bool) -> str:
    """Spaces before : ; ? ! » and after « become narrow no-break spaces. Only a space the writer typed is changed,
    so times (10:05), URLs and entities (&amp;) are left alone."""
    space = _NARROW_MARKUP if markup else NNBSP
    text = _BEFORE.sub(lambda m: space + m[1], text)
    return _AFTER.sub(lambda m: m[1] + space, text)


def typo(lang: str, text: str, markup: bool = True) -> str:
    return french_spacing(text, markup) if lang == "fr" else text


def money(amount: str, currency: str, lang: str) -> str:
    """"34,99 €" in French (a foreign currency by its code: "199,00 CNY"), "€34.99" / "¥199.00 CNY" otherwise."""
    try:
        value = Decimal(str(amount).replace(",", "."))
    except InvalidOperation:
        return f"{amount} {currency}".strip()
    cur = (currency or "").upper()
    if lang == "fr":
        digits = f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",")
        return f"{digits}\u00a0€" if cur == "EUR" else f"{digits}\u00a0{cur}"
    digits = f"{value:,.2f}"
    sym = SYMBOLS.get(cur, "")
    if cur == "EUR" or not sym:
        return f"{sym}{digits}" if sym else f"{digits} {cur}"
    return f"{sym}{digits} {cur}"  # ¥ and $ are shared by several currencies: the code says which
