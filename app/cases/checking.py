"""Formal check: start it, run the rules, override with justification, request documents."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.cases.deadlines import close_deadlines, open_deadline
from app.cases.rules.eligibility import RuleResult, evaluate, rule_label
from app.cases.transitions import perform
from app.kernel import clock
from app.kernel.case_records import check_version, load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.stored_text import N_, coded, free
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_date, require_justification
from db.base import utcnow
from db.enums import DeadlineKind, Status
from db.models import Application, EligibilityResult


def _store_results(uow: UnitOfWork, app: Application, results: list[RuleResult]) -> None:
    """Keep one row per rule; an override stays only while the rule still fails for the same reason."""
    existing = {r.rule: r for r in uow.session.scalars(
        select(EligibilityResult).where(EligibilityResult.application_id == app.id))}
    for result in results:
        row = existing.get(result.rule)
        if row is None:
            row = EligibilityResult(application_id=app.id, rule=result.rule)
            uow.session.add(row)
        elif row.override_justification and (result.passed or (row.message, row.message_params) != (
                result.text.message, result.text.params_json)):
            row.override_justification = row.overridden_by = row.overridden_at = None
        # language-neutral: whoever reads the result sees it in their language (app.kernel.stored_text)
        row.passed, row.message, row.message_params = result.passed, result.text.message, result.text.params_json
        row.checked_at, row.checked_by = utcnow(), uow.actor.username
    uow.session.flush()


def start_check(uow: UnitOfWork, file_number: str, expected_version: int | None = None) -> list[RuleResult]:
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        perform(uow, app, "start-check")
        results = evaluate(uow.session, app, clock.today())
        _store_results(uow, app, results)
        uow.commit()
    return results


def run_check(uow: UnitOfWork, file_number: str) -> list[RuleResult]:
    """Re-run the rules (e.g. after documents arrived); allowed while the check is open."""
    with uow:
        uow.act("run-check", permission="case.check")
        app = load_case(uow.session, file_number, for_update=True)
        if app.status != Status.eligibility_check:
            raise ValidationError(_("Die formelle Prüfung läuft nur im Status »Formelle Prüfung«."))
        results = evaluate(uow.session, app, clock.today())
        _store_results(uow, app, results)
        uow.commit()
    return results


def override_rule(uow: UnitOfWork, file_number: str, rule: str, justification: str) -> None:
    """A caseworker overrides a failed rule with a written justification (audited)."""
    with uow:
        text = require_justification(justification, _("Begründung der Übersteuerung"), minimum=20,
                                     field="justification")
        actor = uow.act("override-rule", text, permission="case.override")
        app = load_case(uow.session, file_number, for_update=True)
        if app.status != Status.eligibility_check:
            raise ValidationError(_("Prüfregeln können nur während der formellen Prüfung übersteuert werden."))
        row = uow.session.scalar(select(EligibilityResult).where(
            EligibilityResult.application_id == app.id, EligibilityResult.rule == rule))
        if row is None or row.passed:
            raise ValidationError(_("Die Regel »{rule}« ist nicht verletzt; es gibt nichts zu übersteuern.").format(
                rule=rule_label(rule)))
        if not RuleResult(rule, False, free("")).overridable:
            raise ValidationError(_("Die Regel »{rule}« kann nicht übersteuert werden; bitte die Angaben "
                                    "korrigieren.").format(rule=rule_label(rule)))
        row.override_justification, row.overridden_by, row.overridden_at = text, actor.username, utcnow()
        uow.commit()


def request_documents(uow: UnitOfWork, file_number: str, due_on: dt.date | str, note: str | None = None,
                      expected_version: int | None = None) -> None:
    with uow:
        due = require_date(due_on, _("Frist"), field="due_on")
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        perform(uow, app, "request-documents", reason=note, params={"due_on": due})
        open_deadline(uow.session, app, DeadlineKind.documents,
                      coded(N_("Nachgeforderte Unterlagen bis {due}"), due=due), due, uow.actor.username)
        uow.commit()


def documents_received(uow: UnitOfWork, file_number: str, expected_version: int | None = None) -> list[RuleResult]:
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        perform(uow, app, "documents-received")
        close_deadlines(uow.session, app, (DeadlineKind.documents,), uow.actor.username)
        results = evaluate(uow.session, app, clock.today())
        _store_results(uow, app, results)
        uow.commit()
    return results


def confirm_eligible(uow: UnitOfWork, file_number: str, expected_version: int | None = None) -> None:
    """Close the formal check; the rules are evaluated afresh first."""
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        uow.act("confirm-eligible", permission="case.confirm-eligible")
        if app.status == Status.eligibility_check:
            _store_results(uow, app, evaluate(uow.session, app, clock.today()))
        perform(uow, app, "confirm-eligible")
        uow.commit()


def withdraw(uow: UnitOfWork, file_number: str, reason: str, expected_version: int | None = None) -> None:
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        perform(uow, app, "withdraw", reason=reason)
        close_deadlines(uow.session, app, None, uow.actor.username)
        uow.commit()
