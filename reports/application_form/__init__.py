"""The application form for Träger (Antragsformular): a fillable PDF and an xlsx template with the same fields.

`fields` names every field once (key, German label); `pdf` and `xlsx` render a `BlankForm`; app/ reads a
returned form back by the same keys.
"""

from reports.application_form.fields import COST_LINES, FIELD_KEYS, cost_keys, field_labels
from reports.application_form.model import BlankForm
from reports.application_form.pdf import render_form_pdf
from reports.application_form.xlsx import render_form_xlsx

__all__ = ["COST_LINES", "FIELD_KEYS", "BlankForm", "cost_keys", "field_labels", "render_form_pdf",
           "render_form_xlsx"]
