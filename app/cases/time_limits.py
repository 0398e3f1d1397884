"""Time limits the office itself must keep: the one-year limit for revoking and the limitation of refund claims.

* One-year limit (§ 48 Abs. 4 Satz 1 VwVfG; for a revocation § 49 Abs. 3 Satz 2 with § 48 Abs. 4 VwVfG; the
  ThürVwVfG alike): once the office learns the facts that justify withdrawing or revoking a grant, it may do so
  only within one year. The day it learned them is recorded with what it learned (`record_knowledge`); a deadline
  of kind `revocation_limit` ends one year later (§ 31 VwVfG with §§ 187 Abs. 1, 188 Abs. 2 BGB: learned on
  15.03.2026 → ends 15.03.2027), *(configurable: `revocation_limit_months`)*. Not moved off a weekend: the office
  acts before it, and the earlier day is the safe one.
* Limitation (Verjährung) of a refund claim (§ 49a VwVfG): the VwVfG names no period; the prevailing view
  applies §§ 195, 199 Abs. 1 BGB analogously: three years from the end of the year in which the claim became due
  *(configurable: `limitation_years`)*, so a claim due on 05.06.2026 is time-barred after 31.12.2029. One deadline
  of kind `limitation` per clawback (`open_limitation_deadline`), closed when the claim is settled.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.date_order import check_knowledge_date
from app.cases.deadlines import open_deadline
from app.cases.transitions import perform
from app.kernel import clock, settings
from app.kernel.case_records import load_case
from app.kernel.i18n import _
from app.kernel.periods import raw_period_end
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_date, require_text
from db.base import utcnow
from db.enums import DeadlineKind
from db.models import Application, Clawback, Deadline, RevocationKnowledge


def revocation_limit_end(learned_on: dt.date, months: int = 12) -> dt.date:
    """Last day to withdraw or revoke when the facts became known on `learned_on` (one year by default)."""
    return raw_period_end(learned_on, months=months)


def limitation_end(due_on: dt.date, years: int = 3) -> dt.date:
    """Last day before a refund claim due on `due_on` is time-barred: 31.12. of the year it fell due + `years`."""
    return dt.date(due_on.year + years, 12, 31)


def record_knowledge(uow: UnitOfWork, file_number: str, learned_on: dt.date | str, facts: str) -> int:
    """Record the day the office learned the facts for a withdrawal or revocation; opens the one-year deadline.

    Returns the id of the deadline."""
    day = require_date(learned_on, _("Kenntnis am"), field="learned_on")
    text = require_text(facts, _("Welche Tatsachen"), field="facts", max_len=20000, multiline=True)
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        perform(uow, app, "record-knowledge")  # state and role first, as every action
        check_knowledge_date(app, day, clock.today())
        end = revocation_limit_end(day, settings.get_int(uow.session, "revocation_limit_months"))
        deadline = open_deadline(uow.session, app, DeadlineKind.revocation_limit, coded(N_(
            "Jahresfrist für Rücknahme/Widerruf endet {end} (Kenntnis am {day})"), end=end, day=day), end,
            uow.actor.username)
        uow.session.flush()
        uow.session.add(RevocationKnowledge(application_id=app.id, learned_on=day, facts=text,
                                            deadline_id=deadline.id, created_by=uow.actor.username))
        deadline_id = deadline.id
        uow.commit()
    return deadline_id


def open_limitation_deadline(session: Session, app: Application, claim: Clawback, user: str) -> Deadline:
    """The limitation deadline of a refund claim, from its due day (or its decision day if it has none)."""
    session.flush()  # the claim's id
    due = claim.due_on or claim.decided_on
    end = limitation_end(due, settings.get_int(session, "limitation_years"))
    deadline = open_deadline(session, app, DeadlineKind.limitation, coded(N_(
        "Verjährung der Rückforderung über {amount} zum {end}"), amount=claim.amount, end=end), end, user)
    deadline.clawback_id = claim.id
    return deadline


def close_limitation(session: Session, claim: Clawback, user: str) -> None:
    """The claim is settled: its limitation deadline is done."""
    for deadline in session.scalars(select(Deadline).where(Deadline.clawback_id == claim.id,
                                                           Deadline.kind == DeadlineKind.limitation,
                                                           Deadline.done_at.is_(None))):
        deadline.done_at, deadline.done_by = utcnow(), user
