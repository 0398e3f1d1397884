"""What every widget needs: the database handle, the signed-in user, a reader and the job runner."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.cases.reader import Reader
from app.kernel.database import Database
from app.kernel.permissions import Actor, allowed
from app.kernel.uow import UnitOfWork
from ui.tasks import Runner


class Changes(QObject):
    """One "what changed" notice after each write; views decide whether to refresh."""

    case_changed = Signal(str)  # file number (or `IDEE-<id>` of a project idea)
    cases_changed = Signal()


@dataclass
class UiContext:
    database: Database
    actor: Actor
    runner: Runner
    changes: Changes = field(default_factory=Changes)

    @property
    def reader(self) -> Reader:
        return Reader(self.database, self.actor.username)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.database, self.actor.username)

    def may(self, permission: str) -> bool:
        return allowed(self.actor.role, permission)
