"""The dialog of each workflow action: its fields are declared in `app.cases.action_fields`, its use case is
called through `app.case_actions.perform` (both shared with the command line).

Actions without fields run directly after the button is pressed; `register` asks a question first.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP

from app.case_actions.perform import HANDLERS, Values, perform
from app.cases.action_fields import ActionField, dialog_fields
from app.cases.detail import CaseDetail
from app.kernel.uow import UnitOfWork

__all__ = ["SPECS", "ActionSpec", "Values"]


@dataclass(frozen=True)
class ActionSpec:
    """The dialog of one action: its declared fields, an optional question, and the shared use-case call."""

    action: str
    confirm: str | None = None  # a question instead of fields
    brief: bool = False  # shows the decision brief (outcome, amount, checks, score, budget) above the fields

    @property
    def fields(self) -> tuple[ActionField, ...]:
        return dialog_fields(self.action)

    def call(self, uow: UnitOfWork, detail: CaseDetail, values: Values) -> str | None:
        return perform(uow, self.action, detail.file_number, values, detail.version)


_QUESTIONS = {"register": str(QT_TR_NOOP("Die Projektidee als Antrag registrieren und ein Aktenzeichen vergeben?"))}

_BRIEFED = frozenset({"confirm-decision"})  # the supervisor sees what she confirms (four eyes)

SPECS: dict[str, ActionSpec] = {action: ActionSpec(action, _QUESTIONS.get(action), action in _BRIEFED)
                                for action in HANDLERS}
