"""The blank application form for Träger (PDF or xlsx), and the choices it offers, which a returned form is
checked against: the configured municipalities, fields of action, applicant types and cost types."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel import clock
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.letterhead import load_letterhead
from app.kernel.lookups import programme_by_code
from db.enums import CostCategory
from db.models import ApplicantType, FieldOfAction, Municipality
from reports.application_form import BlankForm

FORMATS = ("pdf", "xlsx")


def cost_type_labels() -> dict[str, str]:
    """Cost type (code) → label on the form."""
    return {CostCategory.personnel.value: _("Personalkosten"), CostCategory.material.value: _("Sachkosten"),
            CostCategory.fees.value: _("Honorare"), CostCategory.investment.value: _("Investitionen"),
            CostCategory.other.value: _("Sonstiges")}


@dataclass(frozen=True)
class FormOptions:
    """What the form offers, as shown → as stored."""

    municipalities: tuple[str, ...]
    fields_of_action: dict[str, str]  # "6 Dialog der Generationen" → "Dialog der Generationen"
    applicant_types: dict[str, str]  # name → code
    cost_types: dict[str, str]  # label → code


def form_options(session: Session) -> FormOptions:
    fields = session.scalars(select(FieldOfAction).where(FieldOfAction.active).order_by(FieldOfAction.label))
    return FormOptions(
        municipalities=tuple(session.scalars(select(Municipality.name).where(Municipality.in_district)
                                             .order_by(Municipality.name))),
        fields_of_action={f"{f.label} {f.name}".strip(): f.name for f in fields},
        applicant_types={t.name: t.code for t in session.scalars(
            select(ApplicantType).where(ApplicantType.eligible).order_by(ApplicantType.name))},
        cost_types={label: code for code, label in cost_type_labels().items()},
    )


def blank_form(session: Session, programme_code: str) -> BlankForm:
    """The form of an active programme, with the office's letterhead and today's choices."""
    programme = programme_by_code(session, programme_code)
    if not programme.active:
        raise ValidationError(_("Das Förderprogramm »{code}« ist nicht aktiv; dafür gibt es kein Antragsformular.")
                              .format(code=programme.code), "programme")
    options = form_options(session)
    return BlankForm(
        letterhead=load_letterhead(session), programme_code=programme.code, programme_name=programme.name,
        municipalities=options.municipalities, fields_of_action=tuple(options.fields_of_action),
        applicant_types=tuple(options.applicant_types), cost_types=tuple(options.cost_types),
        created_on=clock.today())


def render_blank(session: Session, programme_code: str, kind: str) -> bytes:
    """The blank form as PDF (`kind` "pdf") or xlsx template ("xlsx")."""
    form = blank_form(session, programme_code)
    if kind == "pdf":  # reportlab / openpyxl only when a form is made (not at the window's start)
        from reports.application_form.pdf import render_form_pdf

        return render_form_pdf(form)
    if kind == "xlsx":
        from reports.application_form.xlsx import render_form_xlsx

        return render_form_xlsx(form)
    raise ValidationError(_("Das Antragsformular gibt es als PDF (.pdf) oder als Excel-Vorlage (.xlsx), nicht als "
                            "»{kind}«.").format(kind=kind), "format")
