"""The documents of the state cycle: the application to the Land (PDF for signature, xlsx annex) and the decision
list for the committees (PDF annex, xlsx), filled from the figures and rendered by `reports.state`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from app.kernel import clock
from app.kernel.atomic import write_bytes
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.letterhead import load_letterhead
from app.kernel.lookups import programme_by_code
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.social_plan.scoring import format_score
from app.state_cycle.decision_list import DecisionList, decision_list, empty_note
from app.state_cycle.land_application import LandApplication, Totals, land_application, load_state_application
from reports.letters.model import Block, Facts, Heading, LetterDocument, Para
from reports.state.application import render_application_pdf, render_application_xlsx
from reports.state.decision_list import render_decision_list_pdf, render_decision_list_xlsx
from reports.state.model import (
    AmountRow,
    DecisionListDocument,
    FieldGroup,
    GroupTotal,
    LandApplicationDocument,
    MeasureRow,
    ProposedRow,
)


def _amounts(t: Totals) -> AmountRow:
    return AmountRow(t.eligible_costs, t.funding, t.state_share, t.county_share)


def application_document(session: Session, figures: LandApplication) -> LandApplicationDocument:
    title = _("Landesprogramm {year} – {programme}").format(year=figures.year, programme=figures.programme_name)
    note = _("Kofinanzierung des Landkreises: {rule}. {explanation} Landesanteil = Zuwendung − Kofinanzierung. "
             "Stand: {day}.").format(rule=figures.rule_text, explanation=figures.rule.explanation,
                                     day=format_date(clock.today()))
    groups = []
    for field in figures.by_field_of_action():
        members = [line for line in figures.lines if (line.field_of_action or _("ohne Handlungsfeld")) == field.key]
        groups.append(FieldGroup(field.key, tuple(MeasureRow(
            line.kind_label, line.reference, line.title, line.applicant,
            f"{line.municipality} ({line.social_area})" if line.municipality and line.social_area
            else line.municipality or _("kreisweit"),
            AmountRow(line.split.eligible_costs, line.split.funding, line.split.state_share, line.split.county_share))
            for line in members), _amounts(field)))
    areas = tuple(GroupTotal(t.key, t.count, _amounts(t)) for t in figures.by_social_area())
    return LandApplicationDocument(_letter(session, figures), title, note, tuple(groups), areas,
                                   _amounts(figures.total), tuple((c.ok, c.message) for c in figures.checks))


def _letter(session: Session, figures: LandApplication) -> LetterDocument:
    total = figures.total
    subject = _("Antrag auf Gewährung einer Zuwendung aus dem Landesprogramm »Solidarisches Zusammenleben der "
                "Generationen« für das Jahr {year}").format(year=figures.year)
    body: list[Block] = [Para(_("Sehr geehrte Damen und Herren,")),
            Para(_("der Landkreis beantragt für das Jahr {year} eine Zuwendung des Landes für die Maßnahmen des "
                   "Programms »{programme}«, die den Zielen des vom Kreistag beschlossenen Fachplans dienen.").format(
                year=figures.year, programme=figures.programme_name))]
    if figures.legal_basis:
        body.append(Para(_("Rechtsgrundlage: {basis}").format(basis=figures.legal_basis)))
    if figures.plan_period:
        body.append(Para(_("Fachplan: {plan}").format(plan=figures.plan_period)))
    body.append(Heading(_("Finanzierung im Überblick")))
    body.append(Facts((
        (_("Geplante Maßnahmen"), str(len(figures.lines))),
        (_("Zuwendungsfähige Ausgaben der Träger"), format_eur(total.eligible_costs)),
        (_("Zuwendungen an die Maßnahmen (Ausgaben des Landkreises)"), format_eur(total.funding)),
        (_("Kofinanzierung des Landkreises: {rule}").format(rule=figures.rule_text), format_eur(total.county_share)),
        (_("Beantragte Zuwendung des Landes"), format_eur(total.state_share)),
    ), frozenset({4})))
    body.append(Para(_("Die Maßnahmen im Einzelnen, nach Handlungsfeldern und Sozialräumen, stehen in der Anlage. "
                       "Der Landkreis stellt die Kofinanzierung in seinem Haushalt {year} bereit.").format(
        year=figures.year)))
    head = load_letterhead(session)
    return LetterDocument(
        letterhead=head, recipient=figures.recipient,
        reference=((_("Programm"), figures.programme_code), (_("Programmjahr"), str(figures.year)),
                   (_("Datum"), format_date(clock.today()))),
        subject=subject, blocks=tuple(body),
        closing=(_("Mit freundlichen Grüßen"), "", "", "_______________________________",
                 _("Landrat / Landrätin (Unterschrift, Dienstsiegel)")),
        continuation=_("Antrag an das Land {year} – {office}").format(year=figures.year, office=head.office),
        title=subject, keywords=(figures.programme_code, str(figures.year)))


def list_document(session: Session, found: DecisionList) -> DecisionListDocument:
    head = load_letterhead(session)
    rows = tuple(ProposedRow(i, p.file_number, p.title, p.applicant, p.municipality or "–", p.field_of_action or "–",
                             format_score(p.score) if p.score is not None else "–", p.requested, p.proposed,
                             p.resolution) for i, p in enumerate(found.projects, start=1))
    return DecisionListDocument(
        " · ".join(part for part in (head.office, head.department) if part),
        _("Beschlussliste {programme} {year}").format(programme=found.programme_name, year=found.year),
        _("Anlage zur Beschlussvorlage für den Jugendhilfeausschuss und den Kreistag: zur Förderung vorgeschlagene "
          "Projekte"),
        _("Stand: {day}").format(day=format_date(clock.today())), rows, found.requested, found.proposed,
        empty_note(found.year),
        _("Beschlossen in der Sitzung vom ____________ , Beschluss-Nr. ____________     "
          "Unterschrift Vorsitz: ______________________________"))


# -- use cases that write files -----------------------------------------------------------------------------

def _render(kind: str, pdf: Callable[[], bytes], xlsx: Callable[[], bytes]) -> bytes:
    return pdf() if kind == "pdf" else xlsx()


def _kind(target: Path) -> str:
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError(_("Bitte eine Datei mit der Endung .pdf oder .xlsx angeben, nicht »{name}«.").format(
            name=target.name), "output")
    return suffix[1:]


def application_bytes(uow: UnitOfWork, year: int, kind: str, programme_code: str | None = None) -> bytes:
    with uow.read("state.plan") as scope:
        figures = land_application(scope.session, load_state_application(scope.session, year, programme_code))
        document = application_document(scope.session, figures)
    return _render(kind, lambda: render_application_pdf(document), lambda: render_application_xlsx(document))


def decision_list_bytes(uow: UnitOfWork, year: int, kind: str, programme_code: str | None = None) -> bytes:
    with uow.read("state.plan") as scope:
        programme = programme_by_code(scope.session, programme_code) if programme_code else \
            load_state_application(scope.session, year).programme
        document = list_document(scope.session, decision_list(scope.session, programme, year))
    return _render(kind, lambda: render_decision_list_pdf(document), lambda: render_decision_list_xlsx(document))


def write_application(uow: UnitOfWork, year: int, target: Path, programme_code: str | None = None) -> Path:
    write_bytes(target, application_bytes(uow, year, _kind(target), programme_code))
    return target


def write_decision_list(uow: UnitOfWork, year: int, target: Path, programme_code: str | None = None) -> Path:
    write_bytes(target, decision_list_bytes(uow, year, _kind(target), programme_code))
    return target
