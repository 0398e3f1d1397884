"""What a guard of the case workflow sees: the case, who acts, the day and the action's parameters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.kernel.permissions import Actor
from db.models import Application


@dataclass
class GuardContext:
    session: Session
    application: Application
    actor: Actor
    today: dt.date
    params: Mapping[str, Any] = field(default_factory=dict)


Guard = Callable[[GuardContext], str | None]
