"""The application form for Träger (Antragsformular): a fillable PDF and an xlsx template with the same fields.

`fields` names every field once (key, German label); `pdf` and `xlsx` render a `BlankForm`; app/ reads a
returned form back by the same keys.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from reports.application_form.fields import COST_LINES, FIELD_KEYS, SHEET, cost_keys, defined_name, field_labels
from reports.application_form.model import BlankForm

if TYPE_CHECKING:
    from reports.application_form.pdf import render_form_pdf
    from reports.application_form.xlsx import render_form_xlsx

_LAZY = {"render_form_pdf": "reports.application_form.pdf", "render_form_xlsx": "reports.application_form.xlsx"}


def __getattr__(name: str) -> Any:
    """The renderers load reportlab / openpyxl: imported when a form is made, not when the window starts."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)

__all__ = [
    "COST_LINES",
    "FIELD_KEYS",
    "SHEET",
    "BlankForm",
    "cost_keys",
    "defined_name",
    "field_labels",
    "render_form_pdf",
    "render_form_xlsx",
]
