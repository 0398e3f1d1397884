"""The decision list for the committees (Beschlussliste): the projects proposed for funding in a year, with their
amounts, Handlungsfeld, municipality, social-plan score and the resolutions recorded so far."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.case_records import case_file_number
from app.kernel.i18n import _
from app.social_plan.alignment import result_of, score_lines
from app.state_cycle.committee_resolutions import view
from app.state_cycle.land_application import (
    NOT_PLANNED,
    field_label,
    latest_resolutions,
    planned_funding,
    proposed_amounts,
)
from db.models import Application, Programme

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ProposedProject:
    file_number: str
    version: int
    title: str
    applicant: str
    municipality: str
    field_of_action: str
    score: Decimal | None  # percent of the possible points; None before the social-plan review
    requested: Decimal
    proposed: Decimal  # the amount the committee is asked for (or resolved)
    resolution: str  # the latest resolution, "" if none yet


@dataclass(frozen=True)
class DecisionList:
    programme_code: str
    programme_name: str
    year: int
    projects: tuple[ProposedProject, ...]

    @property
    def requested(self) -> Decimal:
        return sum((p.requested for p in self.projects), ZERO)

    @property
    def proposed(self) -> Decimal:
        return sum((p.proposed for p in self.projects), ZERO)


def decision_list(session: Session, programme: Programme, year: int) -> DecisionList:
    cases = list(session.scalars(select(Application).where(
        Application.programme_id == programme.id, Application.fiscal_year == year,
        Application.status.not_in(NOT_PLANNED)).order_by(Application.file_number, Application.id)))
    ids = [c.id for c in cases]
    proposed = proposed_amounts(session, ids)
    resolved = latest_resolutions(session, ids)
    projects = []
    for case in cases:
        result = result_of(score_lines(session, case))
        resolution = resolved.get(case.id)
        projects.append(ProposedProject(
            case_file_number(case), case.version, case.title, case.applicant.name,
            case.municipality.name if case.municipality else "", field_label(case.field_of_action),
            result.percent if result else None, case.requested_amount,
            planned_funding(case, proposed.get(case.id), resolution),
            view(resolution).text if resolution else ""))
    projects.sort(key=lambda p: (p.field_of_action or "~", -(p.score or Decimal(-1)), p.file_number))
    return DecisionList(programme.code, programme.name, year, tuple(projects))


def empty_note(year: int) -> str:
    return _("Für {year} sind keine Projekte zur Förderung vorgeschlagen.").format(year=year)
