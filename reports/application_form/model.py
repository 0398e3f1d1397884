"""What a blank application form shows, as plain values: the input of `render_form_pdf` and `render_form_xlsx`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reports.letters.model import Letterhead


@dataclass(frozen=True)
class BlankForm:
    """The office, the programme and the choices offered (municipalities, fields of action, types, cost types)."""

    letterhead: Letterhead
    programme_code: str
    programme_name: str
    municipalities: tuple[str, ...]
    fields_of_action: tuple[str, ...]  # as offered, e.g. "1 Steuerung, Vernetzung, Nachhaltigkeit und Planung"
    applicant_types: tuple[str, ...]  # names
    cost_types: tuple[str, ...]  # labels, e.g. "Personalkosten"
    created_on: dt.date
    contact: str = ""  # where questions go, e.g. the office's phone and e-mail
