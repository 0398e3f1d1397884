"""Translated texts inside reports/: `_()` marks them and asks the translator the program installed.

reports/ must not import app/, so it cannot reach the active catalogue itself. `app.kernel.i18n.install`
hands its own `_` over (which also honours `german_documents()`); until then texts stay German.
`translations/build.py` extracts the `_("…")` texts of reports/ together with app/'s.
"""

from __future__ import annotations

from collections.abc import Callable


def _identity(text: str) -> str:
    return text


_translate: Callable[[str], str] = _identity


def install(translate: Callable[[str], str]) -> None:
    """Use `translate` for all later `_()` calls (the installed language's catalogue)."""
    global _translate
    _translate = translate


def _(text: str) -> str:
    return _translate(text)
