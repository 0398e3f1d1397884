"""The county's proof of use to the Land for a year: every Träger case of the programmes the Land funded that
year, summed by Handlungsfeld and measure (paid, claimed, repaid, used), the Land's grant and payments and the
co-financing, and the narrative parts of the Träger's proofs of use per Handlungsfeld."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel import clock
from app.kernel.i18n import _
from app.kernel.letterhead import load_letterhead
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.state_cycle.case_money import CaseMoney, case_money, funded_cases
from app.state_cycle.land_figures import LandMoney, land_money
from db.models import Application, ProofOfUse, StateGrant
from reports.state.proof_model import FieldGroup, MeasureGroup, Narrative, ProofCase, StateProof, StateSource

PERMISSION = "case.read"


def _source(money: LandMoney) -> StateSource:
    return StateSource(f"{money.programme_code} – {money.programme_name}", money.ministry_file_number,
                       format_date(money.decided_on), money.state_grant, money.received, money.rule.text,
                       money.cofinancing, money.cofinancing_spent, money.net_paid, money.state_spent, money.unspent)


def _narratives(session: Session, cases: Sequence[Application]) -> dict[int, str]:
    """The newest Sachbericht text of each case (a final proof before an interim one)."""
    rows = session.execute(select(ProofOfUse.application_id, ProofOfUse.report_text).where(
        ProofOfUse.application_id.in_([a.id for a in cases]), ProofOfUse.report_text.is_not(None))
        .order_by(ProofOfUse.interim.desc(), ProofOfUse.received_on, ProofOfUse.id))
    return {application_id: text for application_id, text in rows if text and text.strip()}


@dataclass
class _Field:
    measures: dict[str, list[ProofCase]]
    narratives: list[Narrative]


def _grouped(cases: Sequence[Application], money: dict[int, CaseMoney], texts: dict[int, str]) -> tuple[
        FieldGroup, ...]:
    fields: dict[str, _Field] = defaultdict(lambda: _Field(defaultdict(list), []))
    without_field, without_measure = _("ohne Handlungsfeld"), _("ohne Maßnahme des Katalogs")
    for app in cases:
        name = app.field_of_action.name if app.field_of_action else without_field
        measure = f"{app.measure.code} {app.measure.title}" if app.measure else without_measure
        m = money[app.id]
        applicant = app.applicant.name
        fields[name].measures[measure].append(ProofCase(app.file_number or "", applicant, app.title, m.paid,
                                                        m.claimed, m.repaid))
        if app.id in texts:
            fields[name].narratives.append(Narrative(app.file_number or "", app.title, applicant, texts[app.id]))
    return tuple(FieldGroup(name, tuple(MeasureGroup(measure, tuple(rows)) for measure, rows in
                                        sorted(group.measures.items())), tuple(group.narratives))
                 for name, group in sorted(fields.items()))


def build_state_proof(session: Session, year: int) -> StateProof:
    grants = land_money(session, year)
    programme_ids = list(session.scalars(select(StateGrant.programme_id).where(StateGrant.fiscal_year == year)))
    cases = funded_cases(session, programme_ids, year)
    money = case_money(session, [a.id for a in cases])
    head = load_letterhead(session)
    city = head.postcode_city.split(" ", 1)[-1]
    return StateProof(head, year, f"{city}, {format_date(clock.today())}", tuple(_source(g) for g in grants),
                      _grouped(cases, money, _narratives(session, cases)))


def state_proof(uow: UnitOfWork, year: int) -> StateProof:
    with uow.read(PERMISSION) as scope:
        return build_state_proof(scope.session, year)


def state_proof_pdf(uow: UnitOfWork, year: int) -> bytes:
    from reports.state.proof_pdf import render_state_proof  # reportlab on first use, not at start

    return render_state_proof(state_proof(uow, year))


def state_proof_xlsx(uow: UnitOfWork, year: int) -> bytes:
    from reports.state.proof_xlsx import render_state_proof_xlsx

    return render_state_proof_xlsx(state_proof(uow, year))
