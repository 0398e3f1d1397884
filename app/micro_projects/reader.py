"""Read access to micro projects for the user interface: the micro-project funds for a short application and the
proposals waiting for a batch confirmation."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.cases.decision_brief import outcome_label
from app.cases.decisions import DECISIONS
from app.kernel.uow import ReaderBase
from db.enums import Status
from db.models import Applicant, Application, Decision, Municipality, Programme, User


@dataclass(frozen=True)
class ProposedMicroProject:
    file_number: str
    programme: str
    applicant: str
    title: str
    municipality: str
    outcome: str  # German label: Bewilligung, Teilbewilligung, Ablehnung
    amount: Decimal | None
    proposed_by: str  # display name
    proposed_by_user: str  # user name, for the four-eyes hint


@dataclass(frozen=True)
class MicroFund:
    code: str
    name: str
    ceiling: Decimal | None  # the highest grant of one micro project, if the fund has one


@dataclass
class MicroProjectReader(ReaderBase):
    def micro_funds(self) -> list[MicroFund]:
        """The active micro-project funds, in code order."""
        query = (select(Programme.code, Programme.name, Programme.max_grant)
                 .where(Programme.micro.is_(True), Programme.active.is_(True)).order_by(Programme.code))
        with self._session() as session:
            return [MicroFund(code, name, ceiling) for code, name, ceiling in session.execute(query)]

    def proposed(self) -> list[ProposedMicroProject]:
        """Micro projects with an open decision proposal, in file-number order."""
        proposer = aliased(User)
        query = (select(Application.file_number, Programme.code, Applicant.name, Application.title,
                        Municipality.name, Decision.outcome, Decision.amount, proposer.display_name,
                        proposer.username)
                 .join(Programme, Programme.id == Application.programme_id)
                 .join(Applicant, Applicant.id == Application.applicant_id)
                 .outerjoin(Municipality, Municipality.id == Application.municipality_id)
                 .join(Decision, (Decision.application_id == Application.id) & (Decision.state == DECISIONS.initial))
                 .join(proposer, proposer.id == Decision.proposed_by_id)
                 .where(Programme.micro.is_(True), Application.status == Status.decision_proposed)
                 .order_by(Application.file_number))
        with self._session() as session:
            return [ProposedMicroProject(number or "", code, applicant, title, place or "", outcome_label(outcome),
                                         amount, name,
                                         user)
                    for number, code, applicant, title, place, outcome, amount, name, user in session.execute(query)]
