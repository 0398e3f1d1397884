"""Which workflow actions to offer a user on a case: state, role, and the guards that need no input.

Guards that depend on what the user will type (amounts, dates, reasons) are checked when the action
runs; the ones that depend only on the case (an open hearing, a remedied objection, four eyes …) are
checked here so the user is not offered an action that must fail.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.cases.guard_context import GuardContext
from app.cases.guards import GUARDS
from app.cases.workflow import available
from app.kernel import clock
from app.kernel.case_records import load_case
from app.kernel.permissions import Actor

INPUT_FREE_GUARDS = frozenset({"open_hearing", "open_objection", "objection_remedied", "open_clawback", "four_eyes",
                               "open_clawback_proposal", "clawback_four_eyes", "suspended_claim",
                               "no_open_clawback_proposal"})


def possible_actions(session: Session, file_number: str, actor: Actor) -> tuple[str, ...]:
    app = load_case(session, file_number)
    context = GuardContext(session, app, actor, clock.today())
    result = []
    for transition in available(app.status, actor.role):
        guards = [GUARDS[name] for name in transition.guards if name in INPUT_FREE_GUARDS]
        if all(guard(context) is None for guard in guards):
            result.append(transition.action)
    return tuple(result)
